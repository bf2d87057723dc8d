//! Place flags between two named facilities of one kind (trial 33, F7): "were taken to the
//! Erasmus hospital" / "were taken to the Maasstad hospital" are two hospitals, whatever
//! preposition stands before them (the place flags of `places.rs` read names after a
//! locative preposition, and "taken to" names no place of the fact). A facility is a name
//! of capitalised words right before one of [`FACILITIES`] ("the Erasmus hospital", "St
//! Mary's Hospital", "Schiphol airport"). Two sentences that each name a facility of one
//! noun, by names that share no word and neither of which the other sentence holds, get a
//! solid place flag over the two names with their noun. A facility without a name ("taken
//! to hospital") and one named alike ("the Erasmus MC hospital") are no conflict.
//!
//! A sentence's named facilities are read once per sentence (`facts.rs`); the pair rule
//! only compares them. English only: in French, Spanish, Italian and Portuguese the name
//! follows the noun ("l'hôpital Erasmus", "el hospital La Paz") and is not read here.
//! Ranges are code points of each prepared sentence's text, as every flag.

use super::Ranges;
use crate::matcher::prepared::Prepared;
use crate::matcher::text::{Kind, Token};

/// Nouns of buildings and sites that are told apart by their names.
const FACILITIES: &[&str] = &[
    "hospital",
    "clinic",
    "airport",
    "station",
    "stadium",
    "prison",
    "hotel",
    "school",
    "university",
    "mosque",
    "cathedral",
    "church",
    "synagogue",
    "temple",
];

/// At most this many capitalised words make a facility's name.
const MAX_NAME_WORDS: usize = 4;

/// One named facility: its noun, the stems of its name's words and its range (the name
/// and the noun, code points).
pub(super) struct Facility {
    /// The noun of the facility, one of [`FACILITIES`].
    noun: &'static str,
    /// The stems of its name's words.
    name: Vec<u64>,
    /// Its range, the name and the noun (code points).
    range: (usize, usize),
}

/// The named facilities of sentence `p`, in order; read once per sentence (`facts.rs`).
fn facilities(p: &Prepared) -> &[Facility] {
    p.facts
        .facilities
        .get_or_init(|| read_facilities(&p.tokens))
}

/// The named facilities of a sentence's tokens, in order.
fn read_facilities(tokens: &[Token]) -> Vec<Facility> {
    let mut out = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        let Some(&noun) = FACILITIES.iter().find(|n| **n == t.norm) else {
            continue;
        };
        // The capitalised words right before the noun ("St Mary's", "Erasmus"), not a
        // sentence's first word alone ("Hospital staff said": no name).
        let mut first = i;
        while first > 0 && i - first < MAX_NAME_WORDS && is_name_word(&tokens[first - 1]) {
            first -= 1;
        }
        if first == i {
            continue;
        }
        let name: Vec<u64> = tokens[first..i].iter().map(|w| w.stem).collect();
        out.push(Facility {
            noun,
            name,
            range: (tokens[first].start, t.end),
        });
    }
    out
}

/// A word of a facility's name: capitalised inside the sentence, no number, date or
/// function word ("the", "of").
fn is_name_word(t: &Token) -> bool {
    t.proper && !t.stop && !t.date && !matches!(t.kind, Kind::Number(_))
}

/// Two named facilities of one noun, one in each sentence, whose names share no word and
/// neither of which the other sentence holds: their ranges (code points of `a`'s and `b`'s
/// texts). `None` when either sentence names no facility.
pub(super) fn facility_conflict(a: &Prepared, b: &Prepared) -> Option<Ranges> {
    let fa = facilities(a);
    if fa.is_empty() {
        return None;
    }
    let fb = facilities(b);
    let holds = |p: &Prepared, name: &[u64]| p.tokens.iter().any(|t| name.contains(&t.stem));
    for x in fa {
        for y in fb.iter().filter(|y| y.noun == x.noun) {
            if holds(b, &x.name) || holds(a, &y.name) {
                continue;
            }
            return Some((x.range, y.range));
        }
    }
    None
}

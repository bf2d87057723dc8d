//! Place flags between two named facilities of one kind (trial 33, F7): "were taken to the
//! Erasmus hospital" / "were taken to the Maasstad hospital" are two hospitals, whatever
//! preposition stands before them (the place flags of `places.rs` read names after a
//! locative preposition, and "taken to" names no place of the fact). A facility is a name
//! of capitalised words right before one of [`FACILITIES`] ("the Erasmus hospital", "St
//! Mary's Hospital", "Schiphol airport"). Two sentences that each name a facility of one
//! noun, by names that share no word and neither of which the other sentence holds, get a
//! solid place flag over the two names with their noun. A facility without a name ("taken
//! to hospital") and one named alike ("the Erasmus MC hospital") are no conflict, nor a
//! town's facility against a named one ("Porto's airport" / "Francisco Sa Carneiro
//! airport": the town's airport may be the named one).
//!
//! In French, Spanish, Italian and Portuguese the name follows the noun ("all'ospedale
//! Sant'Orsola di Bologna", "el hospital Virgen del Rocío", "l'hôpital Necker"; trial 34,
//! F5.2): in a sentence guessed to be in one of them, the capitalised words right after a
//! noun of [`ROMANCE_FACILITIES`] are the name, up to a word in lower case ("di
//! Bologna" is where the hospital is, not its name). Dutch writes the name first, as
//! English does ("het Maasstad Ziekenhuis", [`DUTCH_FACILITIES`]). Each noun is read as
//! the English one of its kind, so "Maggiore hospital" and "ospedale Sant'Orsola" are two
//! hospitals across languages. German is not read: it capitalises every noun.
//!
//! A sentence's named facilities are read once per sentence (`facts.rs`); the pair rule
//! only compares them. Ranges are code points of each prepared sentence's text, as every
//! flag.

use super::names::fold_diacritics;
use super::Ranges;
use crate::matcher::language::{guess_sentence, Language};
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

/// Nouns of facilities in French, Spanish, Italian and Portuguese, without diacritics,
/// each with the English noun of its kind ([`FACILITIES`]): the name follows them.
const ROMANCE_FACILITIES: &[(&str, &str)] = &[
    ("ospedale", "hospital"),
    ("policlinico", "hospital"),
    ("hospital", "hospital"),
    ("hopital", "hospital"),
    ("clinica", "clinic"),
    ("clinique", "clinic"),
    ("aeroporto", "airport"),
    ("aeropuerto", "airport"),
    ("aeroport", "airport"),
    ("stazione", "station"),
    ("estacion", "station"),
    ("estacao", "station"),
    ("gare", "station"),
    ("stadio", "stadium"),
    ("estadio", "stadium"),
    ("stade", "stadium"),
    ("carcere", "prison"),
    ("prision", "prison"),
    ("carcel", "prison"),
    ("prisao", "prison"),
    ("prison", "prison"),
    ("hotel", "hotel"),
    ("albergo", "hotel"),
    ("scuola", "school"),
    ("escuela", "school"),
    ("ecole", "school"),
    ("escola", "school"),
    ("universita", "university"),
    ("universidad", "university"),
    ("universite", "university"),
    ("universidade", "university"),
    ("moschea", "mosque"),
    ("mezquita", "mosque"),
    ("mosquee", "mosque"),
    ("mesquita", "mosque"),
    ("cattedrale", "cathedral"),
    ("catedral", "cathedral"),
    ("cathedrale", "cathedral"),
    ("chiesa", "church"),
    ("iglesia", "church"),
    ("eglise", "church"),
    ("igreja", "church"),
    ("sinagoga", "synagogue"),
    ("synagogue", "synagogue"),
    ("tempio", "temple"),
    ("templo", "temple"),
    ("temple", "temple"),
];

/// Dutch nouns of facilities, each with the English noun of its kind: the name comes
/// first, as in English ("het Maasstad Ziekenhuis", "luchthaven Schiphol" is not read).
const DUTCH_FACILITIES: &[(&str, &str)] = &[
    ("ziekenhuis", "hospital"),
    ("luchthaven", "airport"),
    ("stadion", "stadium"),
    ("gevangenis", "prison"),
    ("universiteit", "university"),
    ("moskee", "mosque"),
    ("kathedraal", "cathedral"),
    ("kerk", "church"),
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
    /// Named by a town's name in the possessive ("Porto's airport"): the town's facility,
    /// which may be a named one ("Francisco Sa Carneiro airport"; trial 36 F13.4).
    of_town: bool,
}

/// The named facilities of sentence `p`, in order; read once per sentence (`facts.rs`).
fn facilities(p: &Prepared) -> &[Facility] {
    p.facts
        .facilities
        .get_or_init(|| read_facilities(&p.text, &p.tokens))
}

/// The named facilities of a sentence's text and tokens, in order. Its language is
/// guessed only when a noun of a facility in another language is met.
fn read_facilities(text: &str, tokens: &[Token]) -> Vec<Facility> {
    let mut out = Vec::new();
    let language = std::cell::OnceCell::new();
    let romance = || {
        matches!(
            *language.get_or_init(|| guess_sentence(text)),
            Some(Language::French | Language::Spanish | Language::Italian | Language::Portuguese)
        )
    };
    for (i, t) in tokens.iter().enumerate() {
        let folded = fold_diacritics(&t.norm);
        let english = FACILITIES.iter().find(|n| **n == t.norm).copied();
        let dutch = DUTCH_FACILITIES
            .iter()
            .find(|(n, _)| *n == folded)
            .map(|(_, k)| *k);
        let foreign = ROMANCE_FACILITIES
            .iter()
            .find(|(n, _)| *n == folded)
            .map(|(_, k)| *k);
        if let Some(noun) = foreign.filter(|_| romance()) {
            // The capitalised words right after the noun ("ospedale Sant'Orsola", "hospital
            // Virgen"), up to a word in lower case ("di Bologna").
            let mut last = i;
            while last + 1 < tokens.len()
                && last - i < MAX_NAME_WORDS
                && is_name_word(&tokens[last + 1])
            {
                last += 1;
            }
            if last == i {
                continue;
            }
            let name: Vec<u64> = tokens[i + 1..=last].iter().map(|w| w.stem).collect();
            out.push(Facility {
                noun,
                name,
                range: (noun_start(t), tokens[last].end),
                of_town: false,
            });
            continue;
        }
        let Some(noun) = english.or(dutch) else {
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
            of_town: first + 1 == i && possessive(text, &tokens[first]),
        });
    }
    out
}

/// Whether token `t` of `text` is written in the possessive ("Porto's", "Porto’s").
fn possessive(text: &str, t: &Token) -> bool {
    let word: Vec<char> = text.chars().skip(t.start).take(t.end - t.start).collect();
    matches!(word.as_slice(), [.., '\'' | '\u{2019}', 's'])
}

/// Where the noun of token `t` starts: after an elided article or preposition written
/// with it ("all'ospedale", "l'hôpital": the token is the word after the apostrophe,
/// `text::ELISIONS`), else at the token's start. Code points.
fn noun_start(t: &Token) -> usize {
    let len = t.norm.chars().count();
    if t.end >= t.start + len {
        t.end - len
    } else {
        t.start
    }
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
            // A town's facility and a named one may be one ("Porto's airport" /
            // "Francisco Sa Carneiro airport"); two towns' are two ("Porto's airport" /
            // "Lisbon's airport").
            if holds(b, &x.name) || holds(a, &y.name) || x.of_town != y.of_town {
                continue;
            }
            return Some((x.range, y.range));
        }
    }
    None
}

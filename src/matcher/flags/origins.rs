//! The place flag of where an event started within a ship or a building (trial 45): "The
//! blaze started in the engine room" / "The fire began on the car deck" tell two places
//! of one fire, though neither names a place the place flags read (`places.rs` reads
//! names after a preposition, `facilities.rs` named buildings). A part is a phrase of
//! `lexicon::parts::PARTS` ("engine room", "car deck", "kitchen", "basement"), one row
//! for its words in seven languages ("car deck" / "vehicle deck" / "pont garage" /
//! "Autodeck" are one part); it is where the event started when a preposition of
//! `AT_PART` stands before it (with only articles and the like between,
//! `BEFORE_PART`) and a word of `STARTS` ("started", "broke out", "s'est déclaré",
//! "ausgebrochen", "fire") stands within [`BEFORE`] tokens before that preposition or
//! [`AFTER`] tokens after the part, in one clause (no punctuation and no word of
//! [`CLAUSE_ENDS`] between). A sentence's origin is its first such part; two sentences
//! whose origins are parts of two rows get a solid place flag over the two parts.
//!
//! The parts a sentence names are read once per sentence (`facts.rs`); ranges are code
//! points of each prepared sentence's text, as every flag.

use super::names::fold_diacritics;
use super::Ranges;
use crate::matcher::features::Prepared;
use crate::matcher::lexicon::parts::{AT_PART, BEFORE_PART, PARTS, STARTS};

/// How many tokens before a part's preposition a word of `STARTS` may stand ("The fire
/// broke out in a lorry's refrigeration unit on the car deck").
const BEFORE: usize = 10;

/// How many tokens after a part a word of `STARTS` may stand (German and Dutch put the
/// verb last: "im Maschinenraum ausgebrochen", "in de keuken ontstaan").
const AFTER: usize = 3;

/// Words that end a clause: a start word across one tells nothing of the part ("The fire
/// broke out and passengers gathered on the car deck").
const CLAUSE_ENDS: &[&str] = &[
    "and", "but", "while", "as", "where", "et", "mais", "und", "aber", "y", "pero", "e", "ma",
    "mas",
];

/// One part a sentence names: its row of `PARTS`, whether a ship's, its first and last
/// tokens and whether it is where the event started (see the module's doc).
#[derive(Debug, Clone, Copy)]
pub(crate) struct PartAt {
    /// Its row of `PARTS`.
    row: usize,
    /// Whether the row is a part of a ship.
    ship: bool,
    /// Its first token.
    first: usize,
    /// Its last token.
    last: usize,
    /// Whether it is where the event started.
    origin: bool,
}

/// The phrases of `PARTS` by their first word: each phrase's words and its row, longest
/// first, built once.
fn phrases() -> &'static crate::matcher::text::FxMap<&'static str, Vec<(Vec<&'static str>, usize)>>
{
    type Map = crate::matcher::text::FxMap<&'static str, Vec<(Vec<&'static str>, usize)>>;
    static MAP: std::sync::OnceLock<Map> = std::sync::OnceLock::new();
    MAP.get_or_init(|| {
        let mut map = Map::default();
        for (row, (_, _, list)) in PARTS.iter().enumerate() {
            for phrase in list.iter() {
                let words: Vec<&str> = phrase.split(' ').collect();
                map.entry(words[0])
                    .or_insert_with(Vec::new)
                    .push((words, row));
            }
        }
        for v in map.values_mut() {
            v.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        }
        map
    })
}

/// The parts sentence `p` names, in order, read once per sentence (`facts.rs`).
pub(super) fn parts(p: &Prepared) -> &[PartAt] {
    p.facts.parts.get_or_init(|| read_parts(p))
}

/// [`parts`] read afresh.
fn read_parts(p: &Prepared) -> Vec<PartAt> {
    let toks = &p.tokens;
    let map = phrases();
    let folded: Vec<std::borrow::Cow<str>> =
        toks.iter().map(|t| fold_diacritics(&t.norm)).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let found = map.get(folded[i].as_ref()).and_then(|list| {
            list.iter().find(|(words, _)| {
                words.len() <= toks.len() - i
                    && words.iter().enumerate().all(|(k, w)| folded[i + k] == *w)
            })
        });
        let Some((words, row)) = found else {
            i += 1;
            continue;
        };
        let last = i + words.len() - 1;
        out.push(PartAt {
            row: *row,
            ship: PARTS[*row].1,
            first: i,
            last,
            origin: started_at(p, &folded, i, last),
        });
        i = last + 1;
    }
    out
}

/// Whether the part on tokens `first..=last` of `p` is where the event started: a
/// preposition of `AT_PART` before it (only words of `BEFORE_PART` between, at most
/// three), and a word of `STARTS` within [`BEFORE`] tokens before the preposition or
/// [`AFTER`] after the part, in its clause.
fn started_at(p: &Prepared, folded: &[std::borrow::Cow<str>], first: usize, last: usize) -> bool {
    let mut k = first;
    while k > 0 && first - k < 3 && BEFORE_PART.contains(&folded[k - 1].as_ref()) {
        k -= 1;
    }
    let Some(prep) = k.checked_sub(1) else {
        return false;
    };
    if !AT_PART.contains(&folded[prep].as_ref()) {
        return false;
    }
    let chars = super::chars_of(p);
    let toks = &p.tokens;
    // Punctuation or a word that ends a clause between tokens `x` and `x + 1`.
    let apart = |x: usize| {
        let gap = chars.get(toks[x].end..toks[x + 1].start).unwrap_or(&[]);
        gap.iter().any(|c| {
            matches!(
                c,
                ',' | ';' | ':' | '(' | ')' | '.' | '"' | '\u{2013}' | '\u{2014}'
            )
        }) || CLAUSE_ENDS.contains(&folded[x + 1].as_ref())
    };
    let start = |x: usize| STARTS.contains(&folded[x].as_ref());
    let mut b = prep;
    while b > 0 && prep - b < BEFORE && !apart(b - 1) {
        b -= 1;
        if start(b) {
            return true;
        }
    }
    let mut a = last;
    while a + 1 < toks.len() && a - last < AFTER && !apart(a) {
        a += 1;
        if start(a) {
            return true;
        }
    }
    false
}

/// Whether sentence `p` names a part of a ship ("the car deck", "the engine room"): a
/// vehicle it names besides is cargo aboard, not the ship (`vehicles.rs`).
pub(super) fn names_ship_part(p: &Prepared) -> bool {
    parts(p).iter().any(|x| x.ship)
}

/// Whether token `i` of `p` is a word of a part's phrase ("car" of "car deck"): no
/// vehicle of its own (`vehicles.rs`).
pub(super) fn in_part(p: &Prepared, i: usize) -> bool {
    parts(p).iter().any(|x| x.first <= i && i <= x.last)
}

/// Where two sentences say the event started, when they name two parts ("engine room" /
/// "car deck"): the code points of each part; `None` when either names no origin or both
/// name one part.
pub(super) fn origin_conflict(a: &Prepared, b: &Prepared) -> Option<Ranges> {
    let x = parts(a).iter().find(|x| x.origin)?;
    let y = parts(b).iter().find(|y| y.origin)?;
    if x.row == y.row {
        return None;
    }
    let range = |p: &Prepared, s: &PartAt| (p.tokens[s.first].start, p.tokens[s.last].end);
    Some((range(a, x), range(b, y)))
}

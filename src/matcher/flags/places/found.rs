//! Where something was found: a place told after a word of finding in its clause ("a
//! dark van, which was found burnt out a few hours later near Piacenza", "un furgone
//! ritrovato bruciato vicino a Piacenza"; `lexicon::finds`) is where a thing turned up,
//! not where the event happened. Two such places are compared as any two places ("found
//! near Piacenza" / "found torched near Brescia"), but a place of a finding is never in
//! conflict with a place of the event ("near Piacenza" / "raided a museum in Cremona":
//! trial 47, item 5), and it is no place of the article's story
//! (`article_places.rs`: the note on two events named where the car was found).

use crate::matcher::lexicon::finds::finding;
use crate::matcher::prepared::Prepared;

/// How many tokens before a place's first token a word of finding may stand ("was found
/// burnt out a few hours later near Piacenza": 8).
const FOUND_REACH: usize = 9;

/// Words that open another clause: a word of finding before one tells of another place.
const CLAUSE_OPENERS: &[&str] = &[
    "and", "but", "while", "where", "et", "mais", "und", "aber", "wo", "y", "pero", "donde", "e",
    "ma", "dove", "mas", "onde", "en", "maar", "waar",
];

/// Whether the place whose name starts at token `first` of `p` is where something was
/// found: a word of finding (`lexicon::finds::finding`) within [`FOUND_REACH`] tokens
/// before it, in its clause (no clause mark, no word of [`CLAUSE_OPENERS`] between), or
/// after it at its clause's end, where German and Dutch put the participle ("Der Wagen
/// wurde später in Brescia aufgefunden", "… in Brescia aufgefunden worden").
pub(super) fn found_at(p: &Prepared, first: usize) -> bool {
    let toks = &p.tokens;
    let chars = crate::matcher::flags::chars_of(p);
    // Whether a clause mark stands between tokens `k` and `k + 1`.
    let mark = |k: usize| {
        chars
            .get(toks[k].end..toks[k + 1].start)
            .unwrap_or(&[])
            .iter()
            .any(|c| matches!(c, ',' | ';' | ':' | '(' | ')' | '.'))
    };
    let next = |k: usize| toks.get(k + 1).map_or("", |t| t.norm.as_str());
    let mut k = first;
    while k > 0 && first - k < FOUND_REACH {
        if mark(k - 1) {
            break;
        }
        k -= 1;
        let w = toks[k].norm.as_str();
        if CLAUSE_OPENERS.contains(&w) {
            break;
        }
        if finding(w, next(k)) {
            return true;
        }
    }
    // The clause ends after token `k`: its last token, or a clause mark after it.
    let clause_end = |k: usize| k + 1 >= toks.len() || mark(k);
    let mut k = first;
    while k + 1 < toks.len() && k - first < FOUND_REACH && !mark(k) {
        k += 1;
        if CLAUSE_OPENERS.contains(&toks[k].norm.as_str()) {
            return false;
        }
        let last = clause_end(k) || clause_end(k + 1);
        if last && finding(&toks[k].norm, next(k)) {
            return true;
        }
    }
    false
}

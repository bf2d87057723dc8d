//! A figure told as a part of a whole named before it (trial 46 F1): "Of those taken to
//! hospital, three were in serious condition", "14 blessés, dont trois graves", "darunter
//! drei", "de los cuales tres", "dos quais três". Such a figure is a part
//! ([`super::Role::Part`]), compared with another part ("three of them in serious
//! condition"), never with the whole's count ("Fourteen people were hospitalized"), as a
//! part told after its figure is (`toll::partitive`: "three of them").

use crate::matcher::features::Prepared;
use crate::matcher::flags::surface;
use crate::matcher::lexicon::wholes::{PART_BEFORE, PART_LEAD};
use crate::matcher::text::{phrase_at, phrase_before};

/// Whether the figure whose words start at token `first` of `p` (its bound's first word,
/// if any) is a part of a whole told before it: a phrase of [`PART_BEFORE`] right before
/// it, or a clause opened by a phrase of [`PART_LEAD`] and ended by a comma right before
/// it ([`led_by_whole`]).
pub(super) fn part_of_whole_before(p: &Prepared, first: usize) -> bool {
    let toks = &p.tokens;
    PART_BEFORE
        .iter()
        .any(|words| phrase_before(toks, first, words))
        || led_by_whole(p, first)
}

/// Marks that end a clause: the clause of a lead starts after the last of them.
const CLAUSE_MARKS: &[char] = &[
    ',', ';', ':', '.', '!', '?', '(', ')', '\u{2013}', '\u{2014}',
];

/// Whether a comma stands right before token `first` of `p` and the clause it ends opens
/// with a phrase of [`PART_LEAD`] followed by at least one more word ("Of those taken to
/// hospital," "Of them," counts too: the phrase names the whole by itself).
fn led_by_whole(p: &Prepared, first: usize) -> bool {
    let toks = &p.tokens;
    let Some(before) = first.checked_sub(1) else {
        return false;
    };
    let gap = |k: usize| surface(p, toks[k - 1].end, toks[k].start);
    if !gap(first).contains(',') {
        return false;
    }
    // The first token of the clause the comma ends.
    let start = (1..=before)
        .rev()
        .find(|&k| gap(k).contains(CLAUSE_MARKS))
        .unwrap_or(0);
    // Only what was told before the clause may open a sentence's lead ("Of those", not
    // "... said, of those").
    let opens = start == 0 || !gap(start).contains(',');
    opens
        && PART_LEAD
            .iter()
            .any(|words| start + words.len() <= first && phrase_at(toks, start, words))
}

//! A figure told as a part of a whole named before it (trial 46 F1): "Of those taken to
//! hospital, three were in serious condition", "14 blessés, dont trois graves", "darunter
//! drei", "de los cuales tres", "dos quais três". Such a figure is a part
//! ([`super::Role::Part`]), compared with another part ("three of them in serious
//! condition"), never with the whole's count ("Fourteen people were hospitalized"), as a
//! part told after its figure is (`toll::partitive`: "three of them"). So is a "some" with
//! no noun of its own after a comma ("Zahlreiche Autos wurden mitgerissen, *einige*
//! landeten im Bach": [`some_of_them`], trial 55).

use crate::matcher::features::Prepared;
use crate::matcher::flags::surface;
use crate::matcher::lexicon::wholes::{PART_BEFORE, PART_LEAD, SOME_OF_THEM};
use crate::matcher::text::Kind;
use crate::matcher::text::{phrase_at, phrase_before};

/// Whether the figure whose words start at token `first` of `p` (its bound's first word,
/// if any) is a part of a whole told before it: a phrase of [`PART_BEFORE`] right before
/// it, or a clause opened by a phrase of [`PART_LEAD`] and ended by a comma right before
/// it ([`led_by_whole`]), or a "some" standing for a part of the whole ([`some_of_them`]).
pub(super) fn part_of_whole_before(p: &Prepared, first: usize) -> bool {
    let toks = &p.tokens;
    PART_BEFORE
        .iter()
        .any(|words| phrase_before(toks, first, words))
        || led_by_whole(p, first)
        || some_of_them(p, first)
}

/// Whether token `first` of `p` is a word of [`SOME_OF_THEM`] that opens a clause after
/// a comma (not the sentence: "Some cars were swept away" counts cars) and has no noun
/// of its own: the word after it is a function word or a verb
/// (`toll::verb_after_figure`: "some *were* found", "algunos *se* hundieron"), or, German writing its nouns with a capital, a word
/// in lower case ("einige *landeten* im Bach", not "einige Autos").
fn some_of_them(p: &Prepared, first: usize) -> bool {
    let toks = &p.tokens;
    let Some(t) = toks.get(first) else {
        return false;
    };
    if first == 0 || !SOME_OF_THEM.contains(&t.norm.as_str()) {
        return false;
    }
    if !surface(p, toks[first - 1].end, t.start).contains(',') {
        return false;
    }
    let german =
        crate::matcher::flags::language_of(p) == Some(crate::matcher::language::Language::German);
    toks.get(first + 1).is_some_and(|n| {
        n.kind == Kind::Word
            && (n.stop || super::toll::verb_after_figure(&n.norm) || (german && !n.capital))
    })
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

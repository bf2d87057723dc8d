//! Whether two quantities are a cargo carried and an amount lost (trial 58: "About 400
//! tonnes of oil had leaked" / "The 183-metre vessel was carrying nearly 3,000 tonnes",
//! "2,100 tonnes of fuel on board" / "around 300 tonnes were spilt" were number flags):
//! the words of its clause near a figure (`lexicon::cargo`) tell which it is; two figures
//! of the two are two facts, two of one kind ("leaked" / "spilt") are compared as before.
//! Read by `numbers::number_conflicts`.

use super::NumSlot;
use crate::matcher::features::Prepared;
use crate::matcher::flags::anchor::tokens_within;
use crate::matcher::flags::clause_break_after;
use crate::matcher::lexicon::beginnings::word_of;
use crate::matcher::lexicon::cargo::{CARRIED, LOST};

/// How many tokens before a figure a word of its cargo or loss may stand ("was
/// *carrying* nearly 3,000 tonnes", "*A bordo* c'erano circa duemila tonnellate").
const BEFORE: usize = 5;

/// How many tokens after a figure's last token a word of its cargo or loss may stand
/// ("300 tonnes of fuel oil have already *escaped*").
const AFTER: usize = 7;

/// What a quantity is to the story, as the words near it tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Load {
    /// Carried or on board.
    Carried,
    /// Spilt, leaked, escaped.
    Lost,
}

/// Whether quantities `x` of `a` and `y` of `b` (figures of a unit: tonnes, litres,
/// barrels) are a cargo carried and an amount lost, either way round.
pub(super) fn carried_against_lost(a: &Prepared, x: &NumSlot, b: &Prepared, y: &NumSlot) -> bool {
    if x.dim == 0 || y.dim == 0 {
        return false;
    }
    match (load(a, x), load(b, y)) {
        (Some(u), Some(v)) => u != v,
        _ => false,
    }
}

/// What quantity `s` of `p` is: the words of [`CARRIED`] or [`LOST`] within [`BEFORE`]
/// tokens before its figure or [`AFTER`] tokens after it, in its clause; `None` when none
/// or both are told.
fn load(p: &Prepared, s: &NumSlot) -> Option<Load> {
    let (first, last) = tokens_within(p, (s.start, s.end))?;
    let toks = &p.tokens;
    let breaks = |i: usize| clause_break_after(p, i);
    let lo = (first.saturating_sub(BEFORE)..first)
        .rev()
        .find(|&k| breaks(k))
        .map_or(first.saturating_sub(BEFORE), |k| k + 1);
    let hi = (last..toks.len().min(last + AFTER + 1))
        .find(|&k| k + 1 >= toks.len() || breaks(k))
        .unwrap_or((last + AFTER).min(toks.len() - 1));
    let words = || {
        (lo..=hi)
            .filter(|&k| k < first || k > last)
            .map(|k| toks[k].norm.as_str())
    };
    let carried = words().any(|w| word_of(CARRIED, w));
    let lost = words().any(|w| word_of(LOST, w));
    match (carried, lost) {
        (true, false) => Some(Load::Carried),
        (false, true) => Some(Load::Lost),
        _ => None,
    }
}

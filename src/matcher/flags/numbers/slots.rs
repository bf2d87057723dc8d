//! The counts of a sentence that are no plain figure: a share ("a third of", "one in
//! five", "no one") and a score or tally ("2-3", "won 3-1").

use super::{NumSlot, Role};
use crate::matcher::features::Prepared;
use crate::matcher::flags::bounds::{bound_before, Bound};
use crate::matcher::flags::figures::{quantifier_start, unit_key, PROPORTION_STEP, SCORE_AFTER};
use crate::matcher::text::Kind;

/// An exact share in percent at token `tok` ("a third of", "one in five": a proportion
/// or a fraction, told roughly: `figures::PROPORTION_STEP`) with its bound and range; the
/// other exact slots (a score, "no one") are built from it.
pub(super) fn share_slot(
    share: f64,
    tok: usize,
    bound: Bound,
    (start, end): (usize, usize),
) -> NumSlot {
    NumSlot {
        noun: Some(unit_key("percent")),
        bound,
        step: PROPORTION_STEP,
        ..NumSlot::new(share.to_bits(), Role::Count, tok, (start, end))
    }
}

/// The score or tally of figures `f` and `i` (its second figure, of value `v`): its value
/// the two figures, lower first, so that "2-3" and "3-2" agree; its bound the words before
/// it ("nearly 2-1", a ratio); its range takes in the word of the game after it ("2-3
/// defeat").
pub(super) fn score_slot(p: &Prepared, f: usize, i: usize, v: f64) -> NumSlot {
    let toks = &p.tokens;
    let u = match toks[f].kind {
        Kind::Number(u) => u,
        _ => v,
    };
    let end = toks
        .get(i + 1)
        .filter(|t| SCORE_AFTER.contains(&t.norm.as_str()))
        .unwrap_or(&toks[i])
        .end;
    let range = (quantifier_start(toks, f), end);
    NumSlot {
        value: crate::matcher::text::hash_str(&format!("score {} {}", u.min(v), u.max(v))),
        role: Role::Score,
        noun: Some(crate::matcher::text::hash_str("score")),
        step: 1.0,
        ..share_slot(0.0, i, bound_before(toks, f).0, range)
    }
}

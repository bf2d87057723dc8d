//! A clock time told as the deadline a thing is expected by ("Power should be back by
//! midnight", "Der Strom soll bis 4 Uhr zurück sein"): an upper bound ("by", "before",
//! "bis") with a word of an expectation before it (`lexicon::deadlines::EXPECTED_BY`).
//! Two such deadlines are two forecasts of one time, compared as two told times: "by
//! midnight" / "by 4 a.m." differ softly (both may have been said), "by midnight" / "by
//! 12 a.m." agree (session 51). A bound of a thing told as done ("The explosion happened
//! before 3 p.m.", "shares were up by 1018 GMT", "returned to 300,000 homes by midnight")
//! keeps trial 21's rule: two such bounds may both hold, no flag (`flags/dates.rs`).

use super::{DateItem, Item};
use crate::matcher::features::Prepared;
use crate::matcher::lexicon::deadlines::EXPECTED_BY;

/// How many tokens before a deadline's time a word of [`EXPECTED_BY`] may stand ("should
/// be fully restored to every home by").
const EXPECTATION_REACH: usize = 8;

/// Whether the dates `d` of sentence `p` hold a deadline expected: a clock time with an
/// upper bound ("by midnight") and a word of [`EXPECTED_BY`] within
/// [`EXPECTATION_REACH`] tokens before it.
pub(super) fn expected_deadline(p: &Prepared, d: &[Item]) -> bool {
    d.iter()
        .any(|&(x, r, _)| matches!(x, DateItem::Time(.., -1)) && expectation_before(p, r.0))
}

/// Whether a word of [`EXPECTED_BY`] stands within [`EXPECTATION_REACH`] tokens before
/// code point `start` of `p`.
fn expectation_before(p: &Prepared, start: usize) -> bool {
    let toks = &p.tokens;
    let k = toks
        .iter()
        .position(|t| t.start >= start)
        .unwrap_or(toks.len());
    toks[k.saturating_sub(EXPECTATION_REACH)..k]
        .iter()
        .any(|t| EXPECTED_BY.contains(&t.norm.as_str()))
}

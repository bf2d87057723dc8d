//! A clock time told as the deadline a thing is expected by ("Power should be back by
//! midnight", "Der Strom soll bis 4 Uhr zurück sein"): an upper bound ("by", "before",
//! "bis") with a word of an expectation before it (`lexicon::deadlines::EXPECTED_BY`).
//! Two such deadlines are two forecasts of one time, compared as two told times: "by
//! midnight" / "by 4 a.m." differ softly (both may have been said), "by midnight" / "by
//! 12 a.m." agree (session 51). A bound of a thing told as done ("The explosion happened
//! before 3 p.m.", "shares were up by 1018 GMT", "returned to 300,000 homes by midnight")
//! keeps trial 21's rule: two such bounds may both hold, no flag (`flags/dates.rs`).
//! A deadline told as expected against a bound of the same thing told as done ("Power
//! should be back by midnight" / "Power was back by midnight") is the softer date flag:
//! a forecast against a fact (session 52, [`expected_against_done`]).

use super::{DateItem, Item};
use crate::matcher::features::Prepared;
use crate::matcher::flags::Ranges;
use crate::matcher::lexicon::deadlines::{DONE_BY, EXPECTED_BY};
use crate::matcher::text::Kind;

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
    expectation_at(p, start).is_some()
}

/// The token of `p` code point `start` falls in or before: the first starting there or
/// after it.
fn token_at(p: &Prepared, start: usize) -> usize {
    let toks = &p.tokens;
    toks.iter()
        .position(|t| t.start >= start)
        .unwrap_or(toks.len())
}

/// The last word of [`EXPECTED_BY`] within [`EXPECTATION_REACH`] tokens before code point
/// `start` of `p`: its token.
fn expectation_at(p: &Prepared, start: usize) -> Option<usize> {
    let k = token_at(p, start);
    (k.saturating_sub(EXPECTATION_REACH)..k)
        .rev()
        .find(|&m| EXPECTED_BY.contains(&p.tokens[m].norm.as_str()))
}

/// The last words told as done within [`EXPECTATION_REACH`] tokens before code point
/// `start` of `p` (words of [`DONE_BY`], or English ones in "ed": "returned", "was
/// restored"), when no word of [`EXPECTED_BY`] stands there: the token of the first.
fn done_at(p: &Prepared, start: usize) -> Option<usize> {
    if expectation_before(p, start) {
        return None;
    }
    let k = token_at(p, start);
    let lo = k.saturating_sub(EXPECTATION_REACH);
    let done = |m: usize| {
        let w = p.tokens[m].norm.as_str();
        DONE_BY.contains(&w) || (w.len() > 4 && w.ends_with("ed"))
    };
    // The first of the words told as done that stand together ("*was* restored").
    let last = (lo..k).rev().find(|&m| done(m))?;
    Some(
        (lo..=last)
            .rev()
            .take_while(|&m| done(m))
            .last()
            .unwrap_or(last),
    )
}

/// Whether the words from token `x` of `a` and token `y` of `b` up to the bounds at
/// tokens `ex` and `ey`, but words of [`EXPECTED_BY`], [`DONE_BY`] and "be", share a stem: one thing told ("should be *back*" / "was
/// *back*", "will be *restored*" / "was *restored*").
fn one_thing(a: &Prepared, (x, ex): (usize, usize), b: &Prepared, (y, ey): (usize, usize)) -> bool {
    let content = |p: &Prepared, from: usize, to: usize| {
        p.tokens[from..to.min(p.tokens.len())]
            .iter()
            .filter(|t| {
                let w = t.norm.as_str();
                let told = EXPECTED_BY.contains(&w) || DONE_BY.contains(&w);
                t.kind == Kind::Word && !t.date && !told && !matches!(w, "be" | "been" | "by")
            })
            .map(|t| t.stem)
            .collect::<Vec<_>>()
    };
    let sa = content(a, x, ex);
    content(b, y, ey).iter().any(|s| sa.contains(s))
}

/// A deadline `a` tells as expected against a bound of the same thing `b` tells as done
/// ("Power should be back by midnight" / "Power was back by midnight", or "… by 4 a.m."):
/// the ranges from the word of the expectation and from the word told as done to the
/// ends of the times, `a`'s first, whichever side expects. The softer date flag: a
/// forecast against a fact. Two bounds both expected or both done are the other rules'.
pub(super) fn expected_against_done(
    a: &Prepared,
    da: &[Item],
    b: &Prepared,
    db: &[Item],
) -> Option<Ranges> {
    let bounds = |d: &[Item]| -> Vec<(usize, usize)> {
        d.iter()
            .filter(|(x, ..)| matches!(x, DateItem::Time(.., -1)))
            .map(|&(_, r, _)| r)
            .collect()
    };
    let (ba, bb) = (bounds(da), bounds(db));
    let check = |e: &Prepared, be: &[(usize, usize)], d: &Prepared, bd: &[(usize, usize)]| {
        be.iter().find_map(|&re| {
            let x = expectation_at(e, re.0)?;
            bd.iter().find_map(|&rd| {
                let y = done_at(d, rd.0)?;
                let ends = (token_at(e, re.0), token_at(d, rd.0));
                one_thing(e, (x, ends.0), d, (y, ends.1))
                    .then(|| ((e.tokens[x].start, re.1), (d.tokens[y].start, rd.1)))
            })
        })
    };
    check(a, &ba, b, &bb).or_else(|| check(b, &bb, a, &ba).map(|(x, y)| (y, x)))
}

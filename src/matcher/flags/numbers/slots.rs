//! The counts of a sentence that are no plain figure: a share ("a third of", "one in
//! five", "no one") and a score or tally ("2-3", "won 3-1"); and the second figure of an
//! alternative, which counts what the first counts ("a year or two").

use super::{NumSlot, Role};
use crate::matcher::features::Prepared;
use crate::matcher::flags::bounds::{bound_before, Bound};
use crate::matcher::flags::figures::{quantifier_start, unit_key, PROPORTION_STEP, SCORE_AFTER};
use crate::matcher::flags::surface_is;
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

/// Words of "every" before an ordinal that tell a share ("jeder vierte Zug", "every
/// fourth train", "elke derde trein"), lower case; the pre-test of the reader admits them
/// (`count_start::may_count`).
pub(super) const EVERY: &[&str] = &[
    "every", "jeder", "jede", "jedes", "jeden", "jedem", "elke", "iedere", "ieder",
];

/// The share told by "every" and an ordinal at token `i` of `p` ("jeder vierte Zug": one
/// in four, 25 percent; "every second train": 50), with the noun after the ordinal in its
/// range; `None` for any other token and for "every first".
pub(super) fn every_nth(p: &Prepared, i: usize) -> Option<NumSlot> {
    let toks = &p.tokens;
    let t = toks.get(i).filter(|t| EVERY.contains(&t.norm.as_str()))?;
    let nth = toks.get(i + 1)?;
    let n = crate::matcher::flags::ordinal::ordinal(p, nth).filter(|&n| (2..=100).contains(&n))?;
    let end = toks
        .get(i + 2)
        .filter(|w| w.kind == Kind::Word && !w.stop && !w.date)
        .unwrap_or(nth)
        .end;
    Some(share_slot(
        100.0 / f64::from(n),
        i + 1,
        bound_before(toks, i).0,
        (t.start, end),
    ))
}

/// The count of nobody at token `i` of `p` ("No one", "none": `counts::nobody`): zero
/// people, or zero of what "none of" names ("none of the buildings"); `None` for any other
/// token.
pub(super) fn nobody_slot(p: &Prepared, i: usize) -> Option<NumSlot> {
    let toks = &p.tokens;
    let at = crate::matcher::flags::counts::nobody(p, i)?;
    let of = toks.get(i + 1).is_some_and(|n| n.norm == "of");
    let noun = match of {
        true => toks[i + 2..]
            .iter()
            .take(3)
            .find(|n| n.kind == Kind::Word && !n.stop)
            .map(|n| n.stem),
        false => Some(unit_key("person")),
    };
    Some(NumSlot {
        noun,
        step: 1.0,
        ..share_slot(0.0, i, Bound::Exact, (toks[at].start, toks[i].end))
    })
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

/// The second figure of an alternative ("a year or two later": "or" alone between the
/// first count's last word and the figure) counts what the first counts when it has no
/// noun of its own, its noun is the verb after it, or the first counts in a unit: its
/// noun, synonym classes and dimension are the first's. Changes the counts `out` of `p`.
pub(super) fn alternatives(p: &Prepared, out: &mut [NumSlot]) {
    let toks = &p.tokens;
    for k in 0..out.len() {
        let Some(tok) = out[k].tok else {
            continue;
        };
        let or = tok >= 2
            && tok < toks.len()
            && toks[tok - 1].norm == "or"
            && surface_is(p, toks[tok - 2].end, toks[tok].start, " or ");
        let Some(m) = or
            .then(|| out.iter().position(|s| s.end == toks[tok - 2].end))
            .flatten()
        else {
            continue;
        };
        if out[k].noun.is_none() || out[k].verb_noun || out[m].dim != 0 {
            let first = out[m];
            let s = &mut out[k];
            (s.noun, s.noun_class, s.dim) = (first.noun, first.noun_class, first.dim);
            (s.bare, s.verb_noun) = (false, false);
        }
    }
}

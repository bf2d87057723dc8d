//! The hedge rule of the outcome flags, the softer kind: one sentence tells as expected
//! or possible ("is expected to be charged", "allegedly accepted") what the other tells
//! as done ("charged", "accepted"). Ranges are code points of each sentence's own text.

use super::negation::negated;
use crate::matcher::flags::Ranges;
use crate::matcher::prepared::Prepared;
use crate::matcher::text::{Kind, Token};

/// Words that tell a fact as expected or possible, not as done ("is expected to be
/// charged", "may face charges", "was reportedly killed"). Not "could" (an ability or a
/// condition as often: "if convicted, could face" / "faces ... if convicted"), nor "will".
const HEDGES: &[&str] = &[
    "expected",
    "likely",
    "may",
    "might",
    "possibly",
    "probably",
    "reportedly",
    "allegedly",
];

/// Words between a hedge and the word it hedges ("expected to be charged", "could have
/// been killed").
const HEDGE_PATH: &[&str] = &[
    "to", "be", "have", "been", "being", "soon", "also", "will", "would", "now",
];

/// The words `toks` tells as expected or possible: (hedge token index, hedged token
/// index), the hedged word being the content word right after a [`HEDGES`] word and any
/// [`HEDGE_PATH`] words. "may" as a month is no hedge ("in May", and French "le 8 mai",
/// whose token is the month May too), nor
/// "expected" but before "to" ("had expected earnings of 19 cents").
pub(super) fn hedged(toks: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        let to = toks.get(i + 1).is_some_and(|n| n.norm == "to");
        if !HEDGES.contains(&t.norm.as_str())
            || (t.capital && t.norm == "may")
            || matches!(t.kind, Kind::Month(_))
            || (t.norm == "expected" && !to)
        {
            continue;
        }
        let mut j = i + 1;
        while j < toks.len() && HEDGE_PATH.contains(&toks[j].norm.as_str()) {
            j += 1;
        }
        if let Some(w) = toks.get(j) {
            if w.kind == Kind::Word && !w.stop && !w.proper && !w.date && !w.negation {
                out.push((i, j));
            }
        }
    }
    out
}

/// A fact told as done by one sentence and as expected or possible by the other ("Man
/// charged in fatal hit and run" / "He's expected to be charged"; "faces a murder charge"
/// / "expected to be charged": the same stem): the ranges of the plain word and of the
/// hedged phrase, `a`'s first. The softer kind of flag: the reports differ in how sure
/// they are, not in what happened. No flag when both sentences hedge the word, or when
/// the word is negated on either side (the negation rule's).
pub(crate) fn hedge_conflict(a: &Prepared, b: &Prepared) -> Option<Ranges> {
    let check = |h: &Prepared, plain: &Prepared| {
        let (hh, hp) = (hedged(&h.tokens), hedged(&plain.tokens));
        hh.iter().find_map(|&(i, j)| {
            let word = &h.tokens[j];
            let both = hp.iter().any(|&(_, k)| plain.tokens[k].stem == word.stem);
            let negated = |p: &Prepared| {
                negated(&p.tokens)
                    .iter()
                    .any(|&(_, k)| p.tokens[k].stem == word.stem)
            };
            if both || negated(h) || negated(plain) {
                return None;
            }
            let same = plain
                .tokens
                .iter()
                .find(|t| t.stem == word.stem && !t.stop)?;
            Some(((h.tokens[i].start, word.end), (same.start, same.end)))
        })
    };
    if let Some((hedge, plain)) = check(a, b) {
        return Some((hedge, plain));
    }
    check(b, a).map(|(hedge, plain)| (plain, hedge))
}

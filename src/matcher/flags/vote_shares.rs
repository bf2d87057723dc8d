//! Whose share a figure is: "Voters chose the CDU, which won 31.2 percent, while the AfD
//! took 29.8 percent" / "… the AfD, which won 31.2 percent, while the CDU took 29.8
//! percent", de "Die CDU kam auf 31,2 Prozent, die AfD auf 29,8 Prozent" / swapped
//! (trial 39 N2). Both sentences give both figures, so no figure differs; which side
//! each belongs to does. The flag is a number flag on one side's two figures.
//!
//! A figure is a side's share when a word of a share or of votes follows it
//! ([`SHARE_UNITS`], or "%" written right after it) and a name stands before it, the
//! nearest capitalised word within [`REACH`] tokens, with no other figure and no full
//! stop, semicolon or colon between (commas allowed: "the CDU, which won 31.2 percent").
//! Two sentences differ when one name has one figure in one sentence and another in the
//! other, and each sentence gives both figures (otherwise the figures differ and the
//! number flag tells it). Ranges are code points of each sentence's own text, from the
//! name to the figure's unit.

use super::figures::figure;
use super::{surface, Ranges};
use crate::matcher::prepared::Prepared;
use crate::matcher::text::Kind;

/// Words right after a figure that make it a share of a vote or a count of votes or seats
/// (lower case; "per cent", "pour cent", "por ciento" by their first word).
const SHARE_UNITS: &[&str] = &[
    "percent", "per", "prozent", "pour", "por", "procent", "pct", "seats", "sitze", "sièges",
    "escaños", "seggi", "assentos", "zetels", "votes", "stimmen", "voix", "votos", "voti",
];

/// The most tokens between a share's figure and the name whose it is.
const REACH: usize = 5;

/// A share of a sentence: the name's key (lower case), the figure, and the range from
/// the name to the unit (code points).
type Share = (String, f64, (usize, usize));

/// The shares sentence `p` gives (see the module docs), in the order of the text.
fn shares(p: &Prepared) -> Vec<Share> {
    let toks = &p.tokens;
    let mut out = Vec::new();
    for i in 0..toks.len() {
        let Some(value) = figure(toks, i) else {
            continue;
        };
        let unit = toks
            .get(i + 1)
            .filter(|u| SHARE_UNITS.contains(&u.norm.as_str()));
        let percent = surface(p, toks[i].end, toks[i].end + 1) == "%";
        let end = match (unit, percent) {
            (Some(u), _) => u.end,
            (None, true) => toks[i].end + 1,
            _ => continue,
        };
        let mut owner = None;
        for k in (i.saturating_sub(REACH)..i).rev() {
            let gap = surface(p, toks[k].end, toks[k + 1].start);
            if gap.contains(['.', ';', ':']) || figure(toks, k).is_some() {
                break;
            }
            let t = &toks[k];
            if t.capital && t.kind == Kind::Word && !t.stop && !t.date {
                owner = Some(k);
                break;
            }
        }
        let Some(k) = owner else {
            continue;
        };
        // The name's first word: capitalised words before it with no punctuation
        // between ("Reform UK").
        let mut first = k;
        while first > 0
            && {
                let t = &toks[first - 1];
                t.capital && t.kind == Kind::Word && !t.stop && !t.date
            }
            && surface(p, toks[first - 1].end, toks[first].start)
                .trim()
                .is_empty()
        {
            first -= 1;
        }
        out.push((toks[k].norm.clone(), value, (toks[first].start, end)));
    }
    out
}

/// A name whose share differs between `a` and `b` while both sentences give both
/// figures (see the module docs): the ranges of its two shares, `a`'s first.
pub(super) fn swapped_shares(a: &Prepared, b: &Prepared) -> Option<Ranges> {
    let sa = shares(a);
    if sa.len() < 2 {
        return None;
    }
    let sb = shares(b);
    let gives = |s: &[Share], v: f64| s.iter().any(|x| x.1 == v);
    sa.iter().find_map(|x| {
        sb.iter()
            .find(|y| y.0 == x.0 && y.1 != x.1 && gives(&sa, y.1) && gives(&sb, x.1))
            .map(|y| (x.2, y.2))
    })
}

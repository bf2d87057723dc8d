//! Figures swapped between two roles: "Two people were killed and five injured" / "Five
//! people were killed and two injured", "arrested three men and two women" / "two men and
//! three women". Each figure of one sentence is found in the other, but with the other
//! role, so the count-by-count rule (a figure the other sentence gives is no discrepancy)
//! sees nothing; here each figure is compared with the other sentence's figure of its own
//! role (its counted noun, or its anchor: `anchor::anchor_match`).

use super::super::bounds::Verdict;
use super::super::counts::past_verb;
use super::super::Ranges;
use super::verdict::{softer, verdict};
use super::{NumSlot, Role};
use crate::matcher::features::Prepared;
use crate::matcher::text::{Kind, Token};

/// What a figure's role is told by: the verb of its fact ("killed two", "Two people were
/// killed", "five injured"; its stem) and its counted noun ("three men"; its stem).
#[derive(Clone, Copy)]
struct RoleWords {
    verb: Option<u64>,
    noun: Option<u64>,
    /// The outcome the verb tells ([`OUTCOMES`]), if it tells one.
    outcome: Option<u8>,
}

/// Words of a toll's outcome and the outcome they tell (1 dead, 2 hurt, 3 missing): a
/// figure "killed" and one that "died" are one role, a figure "killed" and one
/// "injured" two, whatever noun each counts ("three people died and five people were
/// injured").
const OUTCOMES: &[(&str, u8)] = &[
    ("killed", 1),
    ("died", 1),
    ("dead", 1),
    ("deaths", 1),
    ("fatalities", 1),
    ("perished", 1),
    ("injured", 2),
    ("wounded", 2),
    ("hurt", 2),
    ("injuries", 2),
    ("hospitalised", 2),
    ("hospitalized", 2),
    ("missing", 3),
];

/// The outcome a word tells ([`OUTCOMES`]).
fn outcome(t: &Token) -> Option<u8> {
    OUTCOMES.iter().find(|(w, _)| *w == t.norm).map(|&(_, k)| k)
}

/// The [`RoleWords`] of count `s` of `p`: the verb is the content word right before the
/// figure ("killed two people", "arrested three men") or else the first verb in the past
/// within five words after it, before another figure ("Two people were killed", "five
/// injured"); the noun is a content word right after the figure that is no verb in the
/// past. Nothing for a Chinese or Japanese count.
fn role_words(p: &Prepared, s: &NumSlot) -> RoleWords {
    let toks = &p.tokens;
    let none = RoleWords {
        verb: None,
        noun: None,
        outcome: None,
    };
    let Some((i, t)) = s.tok.and_then(|i| Some((i, toks.get(i)?))) else {
        return none;
    };
    let content = |t: &Token| t.kind == Kind::Word && !t.stop;
    let before = i
        .checked_sub(1)
        .map(|k| &toks[k])
        .filter(|b| content(b) && b.end <= t.start);
    let after = toks[i + 1..]
        .iter()
        .take(5)
        .take_while(|n| !matches!(n.kind, Kind::Number(_) | Kind::Vague));
    // The verb, or the word of an outcome ("five dead", "three people hurt"); an
    // outcome's words are one role ("killed" / "died").
    let verb = before.or_else(|| {
        after
            .clone()
            .find(|n| content(n) && (past_verb(&n.norm) || outcome(n).is_some()))
    });
    let noun = toks
        .get(i + 1)
        .filter(|n| content(n) && !past_verb(&n.norm) && outcome(n).is_none())
        .map(|n| n.stem);
    RoleWords {
        verb: verb.map(|v| v.stem),
        noun,
        outcome: verb.and_then(outcome),
    }
}

/// Whether two figures' [`RoleWords`] tell one role: the same outcome when both tell one
/// ([`OUTCOMES`]), else the same verb or the same noun.
fn one_role(x: RoleWords, y: RoleWords) -> bool {
    let same = |u: Option<u64>, v: Option<u64>| u.is_some() && u == v;
    // Two outcomes told ("killed" / "injured"): the outcome is the role, not the noun
    // ("people" on both sides).
    if let (Some(u), Some(v)) = (x.outcome, y.outcome) {
        return u == v;
    }
    same(x.verb, y.verb) || same(x.noun, y.noun)
}

/// The number flags of two figures swapped between two roles: counts `x1`, `x2` of `a`
/// (two different values) and `y1`, `y2` of `b` where `y2` agrees with `x1` and `y1` with
/// `x2`, while `x1` is about the role of `y1` and `x2` about the role of `y2` ([`one_role`]:
/// the same verb or counted noun) and neither about the other's. Each flag pairs a figure with the
/// other sentence's figure of its role; whether it is the softer kind as `verdict::softer`
/// says. Pairs already flagged (`taken`, ranges) are not flagged again.
pub(super) fn swapped(
    a: &Prepared,
    sa: &[NumSlot],
    b: &Prepared,
    sb: &[NumSlot],
    taken: &[Ranges],
) -> Vec<(Ranges, bool)> {
    let counts = |s: &[NumSlot]| -> Vec<usize> {
        (0..s.len())
            .filter(|&i| s[i].role == Role::Count && !s[i].vague)
            .collect()
    };
    let (ca, cb) = (counts(sa), counts(sb));
    let agree = |x: &NumSlot, y: &NumSlot| verdict(x, y) == Verdict::Agree;
    let mut out: Vec<(Ranges, bool)> = Vec::new();
    for (n, &i1) in ca.iter().enumerate() {
        for &i2 in &ca[n + 1..] {
            let (x1, x2) = (&sa[i1], &sa[i2]);
            if agree(x1, x2) {
                continue;
            }
            for &j1 in &cb {
                for &j2 in &cb {
                    let (y1, y2) = (&sb[j1], &sb[j2]);
                    if j1 == j2 || !agree(x1, y2) || !agree(x2, y1) || agree(x1, y1) {
                        continue;
                    }
                    let (r1, r2) = (role_words(a, x1), role_words(a, x2));
                    let (q1, q2) = (role_words(b, y1), role_words(b, y2));
                    let straight = one_role(r1, q1) && one_role(r2, q2);
                    if !straight || one_role(r1, q2) || one_role(r2, q1) {
                        continue;
                    }
                    for (x, y) in [(x1, y1), (x2, y2)] {
                        let r = ((x.start, x.end), (y.start, y.end));
                        if !taken.contains(&r) && out.iter().all(|(o, _)| *o != r) {
                            out.push((r, softer(x, y)));
                        }
                    }
                }
            }
        }
    }
    out.sort_by_key(|((ar, _), _)| *ar);
    out
}

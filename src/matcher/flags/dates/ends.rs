//! Days that end a stop (trial 50 F2): "suspended until at least Monday" and "would not
//! run again until Wednesday at the earliest" tell the one day a stop ends, however
//! differently their verbs tell the stop, so the two days are compared; such a day is not
//! the day a thing happened ("derailed on Thursday" / "suspended until Monday": no
//! flag). A day after a word of "until" (`outcome::until_word`, seven languages), with at
//! most [`AT_LEAST_REACH`] words of [`AT_LEAST`] between ("until at least Monday",
//! "jusqu'à lundi au moins", "hasta al menos el lunes"), is such a day; "until now" is not.
//! Two such days each told as a lower bound ("until at least Friday" / "until at least
//! Saturday", [`lower_bound`]) both may hold: the softer flag (trial 55).

use crate::matcher::features::Prepared;
use crate::matcher::lexicon::until::{AT_LEAST, AT_LEAST_REACH, LOWER_BOUND, RESUMED};
use crate::matcher::outcome::{until_now, until_word};

/// Whether the date expression of tokens `e` (first, last) of `p` is the day a stop ends:
/// a word of "until" before it, with at most [`AT_LEAST_REACH`] words of [`AT_LEAST`]
/// between, and not "until now".
pub(super) fn end_day(p: &Prepared, e: (usize, usize)) -> bool {
    let toks = &p.tokens;
    let mut k = e.0;
    for _ in 0..=AT_LEAST_REACH {
        let Some(prev) = k.checked_sub(1) else {
            return false;
        };
        k = prev;
        if until_word(p, k) && !until_now(p, k) {
            return true;
        }
        if !toks
            .get(k)
            .is_some_and(|t| AT_LEAST.contains(&t.norm.as_str()))
        {
            return false;
        }
    }
    false
}

/// Whether `p` tells a thing started again ([`RESUMED`]: "will reopen on Wednesday",
/// "reprendra mercredi"): its day may be the end of a stop told with "until" elsewhere.
fn resumed(p: &Prepared) -> bool {
    p.tokens
        .iter()
        .any(|t| RESUMED.iter().any(|w| t.norm.starts_with(w)))
}

/// How two days (date expressions `xa` of `a`, `xb` of `b`) stand as ends of a stop:
/// `Some(true)` when both are ([`end_day`]): one end, compared whatever words tell the
/// stop; `Some(false)` when one is and the other is a day of a sentence telling no
/// resumption ([`RESUMED`]): the end of a stop against the day a thing happened, never
/// compared; `None` when neither is: the other rules decide.
pub(super) fn end_roles(
    a: &Prepared,
    xa: (usize, usize),
    b: &Prepared,
    xb: (usize, usize),
) -> Option<bool> {
    match (end_day(a, xa), end_day(b, xb)) {
        (true, true) => Some(true),
        (true, false) => resumed(b).then_some(true).or(Some(false)),
        (false, true) => resumed(a).then_some(true).or(Some(false)),
        (false, false) => None,
    }
}

/// How many tokens after a day a word of a lower bound may stand ("jusqu'à lundi *au
/// moins*", "until Wednesday *at the earliest*": 3).
const BOUND_AFTER: usize = 3;

/// Whether the date expression of tokens `e` (first, last) of `p` is the day a stop ends
/// ([`end_day`]) told as a lower bound: a word of [`LOWER_BOUND`] among the
/// [`AT_LEAST_REACH`] tokens before it ("until at least Friday") or the [`BOUND_AFTER`]
/// tokens after it ("until Friday at the earliest").
pub(super) fn lower_bound(p: &Prepared, e: (usize, usize)) -> bool {
    let toks = &p.tokens;
    let bound = |t: &crate::matcher::text::Token| LOWER_BOUND.contains(&t.norm.as_str());
    let before = toks
        .get(e.0.saturating_sub(AT_LEAST_REACH)..e.0)
        .unwrap_or(&[]);
    let after = toks
        .get(e.1 + 1..toks.len().min(e.1 + 1 + BOUND_AFTER))
        .unwrap_or(&[]);
    end_day(p, e) && (before.iter().any(bound) || after.iter().any(bound))
}

//! A harm denied against the same people kept safe (trial 53 F5: "No patients were
//! harmed" / "Patients were kept safe" was flagged "no patients ≠ Patients"): a negation
//! whose clause tells a harm (the injured of the casualty lexicon, [`HARMED`]) says what
//! a word of safety ([`SAFE`], `UNHARMED`) says, so long as the other side tells no harm
//! itself ("Patients were kept safe, but two were injured").

use crate::matcher::lexicon::casualty::is_form;
use crate::matcher::lexicon::safe::{HARMED, SAFE};
use crate::matcher::prepared::Prepared;

/// How many tokens after a negation its harm may stand ("No patients *were* harmed",
/// "no one in the hospital was hurt": 5).
const HARM_REACH: usize = 6;

/// Whether lower-case token `norm` is a word of harm: the injured of the casualty lexicon
/// (`outcome::INJURED_ONLY`) or [`HARMED`].
fn harm(norm: &str) -> bool {
    super::super::INJURED_ONLY
        .iter()
        .chain(HARMED)
        .any(|f| is_form(norm, f))
}

/// Whether the negation at token `i` of `neg` denies a harm in its clause (its negated
/// word at `j`, or a word within [`HARM_REACH`] tokens after it, no clause mark between:
/// "No one at the bus stop was *harmed*", session 51) and `plain` tells people kept safe
/// ([`SAFE`] or `outcome::UNHARMED`) and no harm: one outcome told two ways.
pub(super) fn harm_denied_as_safe(neg: &Prepared, i: usize, j: usize, plain: &Prepared) -> bool {
    let toks = &neg.tokens;
    let end = toks.len().min(i + 1 + HARM_REACH);
    let denied = toks.get(j).is_some_and(|t| harm(&t.norm))
        || (i + 1..end)
            .take_while(|&k| super::super::one_clause(neg, i, k, &[]))
            .any(|k| harm(&toks[k].norm));
    let safe = |n: &str| {
        SAFE.iter()
            .chain(super::super::UNHARMED)
            .any(|f| is_form(n, f))
    };
    denied
        && plain.tokens.iter().any(|t| safe(&t.norm))
        && !plain.tokens.iter().any(|t| harm(&t.norm))
}

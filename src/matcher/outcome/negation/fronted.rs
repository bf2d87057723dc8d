//! A German fate told before its denial ("*Todesopfer* gab es nach Angaben der Polizei
//! bisher *keines*", "*Tote* gab es keine"), for the negation rule
//! (`outcome/negation.rs`, trial 55 F7): the noun of the fate stands first, "gab es" /
//! "gibt es" after it, and a form of "kein" ends the clause with no noun of its own. The
//! fate is what is denied, as in "Es gab keine Todesopfer".

use super::german::{ends_clause, KEIN};
use super::{fate, EXISTENTIAL};
use crate::matcher::text::Token;

/// The most tokens between a fronted noun of a fate and its "kein" ("*Todesopfer* gab es
/// nach Angaben der Polizei bisher *keines*": 8).
const REACH: usize = 10;

/// The most tokens between the noun of a fate and its word of there being ("Todesopfer
/// *gab*": 1).
const TO_THERE_WAS: usize = 2;

/// The fronted noun of a fate that the "kein" at token `i` of `toks` denies, if any: `i`
/// ends its clause (`german::ends_clause`: no noun of its own after it), a word of
/// there being (`negation::EXISTENTIAL`: "gab", "gibt") stands within [`REACH`] tokens
/// before it, and a word of a fate ([`fate`]: "Todesopfer", "Tote", "Verletzte") or of
/// victims ("Opfer") within [`TO_THERE_WAS`] tokens before that.
pub(super) fn fronted_fate(toks: &[Token], i: usize) -> Option<usize> {
    if !KEIN.contains(&toks[i].norm.as_str()) || !ends_clause(toks, i) {
        return None;
    }
    let there = (i.saturating_sub(REACH)..i)
        .rev()
        .find(|&k| EXISTENTIAL.contains(&toks[k].norm.as_str()))?;
    (there.saturating_sub(TO_THERE_WAS)..there)
        .rev()
        .find(|&k| fate(&toks[k]).is_some() || super::lives_lost::victims_at(toks, k))
}

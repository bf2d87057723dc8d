//! A cause told as a line of inquiry (trial 56: "Selon une source proche de l'enquête, la
//! *piste* d'un acte criminel est désormais privilégiée", "a criminal act is now the main
//! *line of inquiry*" had no cause against "a gas leak caused the explosion"): a cause of
//! a class of `CAUSES` right after a noun of `lexicon::explosion_causes::LEADS` (a
//! genitive and an article between: "la pista di un attentato") or before a form of "to
//! be" with one after it. The cause is only suspected: its flag is the softer kind
//! (`cause::cause_told_as_possible`). Ranges are code points of the sentence's own text.

use super::{cause_at, cause_token, CAUSE_COPULAS};
use crate::matcher::lexicon::cause_of::CAUSE_OF;
use crate::matcher::lexicon::explosion_causes::LEADS;
use crate::matcher::prepared::Prepared;
use crate::matcher::text::Token;

/// How many tokens may stand between a noun of a line of inquiry and its cause ("piste
/// *d'un* acte", "pista *di un* attentato"): a genitive and an article.
const GAP: usize = 2;

/// How many tokens after the form of "to be" the noun of a line of inquiry may stand ("is
/// *now the main* line").
const AFTER_COPULA: usize = 4;

/// Whether token `k` of `toks` is a noun of a line of inquiry; "line" only with "of"
/// after it ("line of inquiry", not "the front line").
fn lead_at(toks: &[Token], k: usize) -> bool {
    let norm = toks[k].norm.as_str();
    let of = || toks.get(k + 1).is_some_and(|t| t.norm == "of");
    LEADS.contains(&norm) && (!norm.starts_with("line") || of())
}

/// Whether the tokens `from..to` of `toks` are all genitives or articles ("d'un" is the
/// token "un", "di un").
fn joining(toks: &[Token], from: usize, to: usize) -> bool {
    toks[from..to]
        .iter()
        .all(|t| CAUSE_OF.contains(&t.norm.as_str()) || crate::matcher::flags::is_article(&t.norm))
}

/// The cause at token `i` told as a line of inquiry, with its length in tokens: a noun of
/// [`LEADS`] before it with only genitives and articles between, or a form of "to be"
/// right after it and such a noun within [`AFTER_COPULA`] tokens after that; a cause
/// phrase that opens with the noun ("la *piste criminelle*") is one too.
fn lead_cause_at(toks: &[Token], i: usize) -> Option<(usize, usize)> {
    let (class, len) = cause_at(toks, i)?;
    let before = lead_at(toks, i)
        || (i.saturating_sub(GAP + 1)..i).any(|k| lead_at(toks, k) && joining(toks, k + 1, i));
    let e = i + len;
    let after = || {
        toks.get(e)
            .is_some_and(|t| CAUSE_COPULAS.contains(&t.norm.as_str()))
            && (e + 1..(e + 2 + AFTER_COPULA).min(toks.len())).any(|k| lead_at(toks, k))
    };
    (before || after()).then_some((class, len))
}

/// The first cause `p` tells as a line of inquiry: the class and the code point range of
/// its phrase; `None` for none.
pub(super) fn lead_cause(p: &Prepared) -> Option<(usize, (usize, usize))> {
    let toks = &p.tokens;
    (0..toks.len()).find_map(|i| {
        lead_cause_at(toks, i).map(|(class, len)| (class, (toks[i].start, toks[i + len - 1].end)))
    })
}

/// Whether the cause of `p` at code point `start` is told as a line of inquiry.
pub(super) fn lead_at_start(p: &Prepared, start: usize) -> bool {
    lead_cause_at(&p.tokens, cause_token(p, start)).is_some()
}

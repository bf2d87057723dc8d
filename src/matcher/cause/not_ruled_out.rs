//! A cause told as not ruled out (session 53's testers: "Police would not rule out a
//! deliberate act" / "A gas leak caused the explosion" had no flag): a phrase of
//! `lexicon::explosion_causes::NOT_RULED_OUT` ("not rule out", fr "n'exclut pas", es "no
//! descarta", it "non esclude", pt "não descarta") with a cause of `CAUSES` within
//! `CUE_GAP` words after it, or the German and Dutch separable verb around it ("Die
//! Polizei *schließt* einen Anschlag *nicht aus*", "sluit een aanslag niet uit"). The
//! cause is only possible: its flag is the softer kind (`cause::cause_told_as_possible`).
//! Ranges are code points of the sentence's own text.

use super::{cause_at, cause_token, CUE_GAP};
use crate::matcher::lexicon::explosion_causes::NOT_RULED_OUT;
use crate::matcher::prepared::Prepared;
use crate::matcher::text::{phrase_at, Token};

/// German and Dutch verbs of ruling out whose particle and negation stand after the
/// cause ("schließt … nicht aus", "sluit … niet uit").
const SEPARABLE: &[&str] = &["schließt", "schließen", "schliesst", "sluit", "sluiten"];

/// The cause at token `i` of `toks` told as not ruled out, with its length in tokens.
fn not_ruled_out_at(toks: &[Token], i: usize) -> Option<(usize, usize)> {
    let (class, len) = cause_at(toks, i)?;
    let before = (i.saturating_sub(CUE_GAP + 3)..i).any(|k| {
        NOT_RULED_OUT
            .iter()
            .any(|words| phrase_at(toks, k, words) && k + words.len() + CUE_GAP >= i)
    });
    let around = || {
        let e = i + len;
        (i.saturating_sub(CUE_GAP + 1)..i).any(|k| SEPARABLE.contains(&toks[k].norm.as_str()))
            && (e..(e + 2).min(toks.len())).any(|k| {
                matches!(toks[k].norm.as_str(), "nicht" | "niet")
                    && toks
                        .get(k + 1)
                        .is_some_and(|t| matches!(t.norm.as_str(), "aus" | "uit"))
            })
    };
    (before || around()).then_some((class, len))
}

/// The first cause `p` tells as not ruled out: the class and the code point range of its
/// phrase; `None` for none.
pub(super) fn not_ruled_out_cause(p: &Prepared) -> Option<(usize, (usize, usize))> {
    let toks = &p.tokens;
    (0..toks.len()).find_map(|i| {
        not_ruled_out_at(toks, i)
            .map(|(class, len)| (class, (toks[i].start, toks[i + len - 1].end)))
    })
}

/// Whether the cause of `p` at code point `start` is told as not ruled out.
pub(super) fn not_ruled_out_at_start(p: &Prepared, start: usize) -> bool {
    not_ruled_out_at(&p.tokens, cause_token(p, start)).is_some()
}

//! A fire told as an accident (session 51: "The fire was started deliberately" / "The
//! fire was an accident" had no flag): a class of its own, past those of `CAUSES`, told by
//! a word of `lexicon::fire_starts::ACCIDENTAL` ("accidental", "accidentally", de
//! "versehentlich") or by the noun after a form of "to
//! be" or a cue ("was *an accident*", "*by accident*", fr "était un accident", de "war
//! ein Unfall", es "fue un accidente", it "è stato un incidente", pt "foi um acidente",
//! nl "was een ongeluk", "per ongeluk"). Vague as a technical fault is, it is read against
//! arson and sabotage only (`cause::two_classes`). Ranges are code points of the
//! sentence's own text.

use super::{CAUSES, CAUSE_COPULAS};
use crate::matcher::flags::is_article;
use crate::matcher::lexicon::fire_starts::{ACCIDENTAL, ACCIDENTS};
use crate::matcher::prepared::Prepared;
use crate::matcher::text::Token;

/// The class of an accident: the first past those of `CAUSES`, so that no cue reads it
/// ("died in an accidental fire" is a fire).
pub(super) fn accident_class() -> usize {
    CAUSES.len()
}

/// Words that tell a cause after them, before a noun of an accident ("*by* accident", fr
/// "*par* accident", es "*por* accidente", nl "*per* ongeluk").
const BY: &[&str] = &["by", "par", "por", "per"];

/// Participles of "to be" that may stand after a form of it (`CAUSE_COPULAS`) before the
/// noun ("was *been*", it "è *stato*", es "ha *sido*", pt "tem *sido*", nl "is *geweest*").
const BEEN: &[&str] = &["been", "stato", "sido", "geweest", "gewesen", "été"];

/// A fire (or another event) told as an accident: the class of an accident and the code
/// point range of the words that tell it, a noun of `lexicon::fire_starts::ACCIDENTS`
/// after a form of "to be" (`CAUSE_COPULAS`, with its participle and an article between:
/// "was an accident", "è stato un incidente") or after a cue of [`BY`] ("by accident"),
/// else a word of `lexicon::fire_starts::ACCIDENTAL` ("accidental", "accidentally"); no
/// negation right before ("was not an accident" tells none). `None` for none.
pub(super) fn accident_told(p: &Prepared) -> Option<(usize, (usize, usize))> {
    let toks = &p.tokens;
    let class = accident_class();
    let noun = (0..toks.len()).find_map(|k| {
        if !ACCIDENTS.contains(&toks[k].norm.as_str()) || k == 0 {
            return None;
        }
        if BY.contains(&toks[k - 1].norm.as_str()) {
            return Some((k - 1, k));
        }
        after_copula(toks, k).map(|from| (from, k))
    });
    if let Some((s, e)) = noun {
        return Some((class, (toks[s].start, toks[e].end)));
    }
    (0..toks.len()).find_map(|i| {
        let negated = i > 0 && toks[i - 1].negation;
        (ACCIDENTAL.contains(&toks[i].norm.as_str()) && !negated)
            .then_some((class, (toks[i].start, toks[i].end)))
    })
}

/// Whether the word at token `k` of `toks` (`k > 0`) is told after a form of "to be"
/// (`CAUSE_COPULAS`), with a participle of it ([`BEEN`]) and an article between or not
/// ("was *an* accident", "è stato un incidente", "est un acte criminel", "was
/// deliberate"), and no negation there nor right before ("was not an accident"): the
/// token the told words start at (the article's, else `k`).
pub(super) fn after_copula(toks: &[Token], k: usize) -> Option<usize> {
    let before = toks.get(k.checked_sub(1)?)?;
    // Back over an article and a participle of "to be" to the form of it.
    let from = k - usize::from(is_article(&before.norm));
    let mut j = from.saturating_sub(1);
    if BEEN.contains(&toks[j].norm.as_str()) && j > 0 {
        j -= 1;
    }
    let negated = (j > 0 && toks[j - 1].negation) || toks[j..k].iter().any(|t| t.negation);
    (CAUSE_COPULAS.contains(&toks[j].norm.as_str()) && !negated).then_some(from)
}

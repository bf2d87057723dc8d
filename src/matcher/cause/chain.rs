//! Two links of one causal chain: "Fire at substation causes huge Berlin blackout" / "A
//! technical fault in a transformer caused the fire, the operator said." (session 50's
//! last pass: 73 % "same fact"). Each sentence tells what caused what; what one tells as
//! the cause is what the other tells was caused, and the two effects differ (the
//! blackout, the fire). They tell two facts of one story, not one fact twice: the pair's
//! score is scaled (`align::CHAIN_FACTOR`), and their causes are not compared as two
//! causes of one thing (no cause flag: `two_classes` parts two effects too).
//!
//! A sentence's link is read around its first verb of causing (`SUBJECT_CAUSED`: "causes",
//! "caused", "led to", "provocó", "verursachte" ...): the content words of its clause
//! before the verb are the cause and those after it the effect, or the other way round
//! when a passive cue follows the verb (`CAUSED`: "The fire was caused by a fault").
//! With no such verb, a noun of a cause with what it caused after it tells the link too
//! ("The cause *of the fire* at the substation is not yet known": the effect is the fire,
//! the cause what is said of it; session 52, [`noun_link`]).

use super::{one_effect, CAUSED, CAUSE_COPULAS, CAUSE_WORDS, SUBJECT_CAUSED, SUBJECT_CAUSED_AFTER};
use crate::matcher::lexicon::cause_of::CAUSE_OF;
use crate::matcher::prepared::Prepared;
use crate::matcher::text::{Kind, Token};

/// What a sentence tells was caused by what: the tokens of the content words of each side
/// of its verb of causing, within the verb's clause.
#[derive(Debug)]
pub(crate) struct CausalLink {
    /// The content words of what caused (token indices).
    cause: Vec<usize>,
    /// The content words of what was caused (token indices).
    effect: Vec<usize>,
}

/// The causal link of `p` ([`CausalLink`]), read once per sentence (`flags/facts.rs`);
/// `None` when it has no verb of causing with content words on both sides.
fn causal_link(p: &Prepared) -> Option<&CausalLink> {
    p.facts.link.get_or_init(|| read_link(p)).as_ref()
}

/// Whether token `t` is a content word of a link's side: a word, no stop word, no article.
fn content(t: &Token) -> bool {
    t.kind == Kind::Word && !t.stop && !crate::matcher::flags::is_article(&t.norm)
}

/// [`causal_link`], read from the tokens: the first verb of causing, the words of its
/// clause before it (back to a punctuation mark) and after it (its cue word passed over:
/// "led *to*", "caused *by*"; up to a punctuation mark).
fn read_link(p: &Prepared) -> Option<CausalLink> {
    let toks = &p.tokens;
    let chars = crate::matcher::flags::chars_of(p);
    let Some(v) = toks
        .iter()
        .position(|t| SUBJECT_CAUSED.contains(&t.norm.as_str()))
    else {
        return noun_link(p);
    };
    let next = toks.get(v + 1).map(|t| t.norm.as_str());
    let verb = toks[v].norm.as_str();
    let passive = CAUSED
        .iter()
        .any(|&(w, cue)| w == verb && next == Some(cue));
    let needs = SUBJECT_CAUSED_AFTER.iter().find(|&&(w, _)| w == verb);
    if needs.is_some_and(|&(_, after)| next != Some(after)) {
        return None;
    }
    // A punctuation mark between tokens `k - 1` and `k` ends a clause.
    let parted = |k: usize| {
        chars
            .get(toks[k - 1].end..toks[k].start)
            .is_some_and(|gap| gap.iter().any(|c| !c.is_whitespace() && *c != '-'))
    };
    let first = (1..=v).rev().find(|&k| parted(k)).unwrap_or(0);
    let from = (v + 1 + usize::from(passive || needs.is_some())).min(toks.len());
    let last = (from + 1..toks.len())
        .find(|&k| parted(k))
        .unwrap_or(toks.len());
    let before: Vec<usize> = (first..v).filter(|&k| content(&toks[k])).collect();
    let after: Vec<usize> = (from..last).filter(|&k| content(&toks[k])).collect();
    if before.is_empty() || after.is_empty() {
        return None;
    }
    Some(match passive {
        true => CausalLink {
            cause: after,
            effect: before,
        },
        false => CausalLink {
            cause: before,
            effect: after,
        },
    })
}

/// How many tokens after a noun of a cause its effect may run ("the cause of *the fire at
/// the substation*").
const EFFECT_WORDS: usize = 6;

/// The link a noun of a cause tells (`CAUSE_WORDS` and a genitive of
/// `lexicon::cause_of::CAUSE_OF` right after it: "The cause of the fire at the substation
/// is not yet known"): the effect the content words after the genitive up to a verb of
/// being (`CAUSE_COPULAS`), a punctuation mark or [`EFFECT_WORDS`] tokens; the cause the
/// content words after that verb to the clause's end ("known", "short circuit"). `None`
/// when either side has no content word.
fn noun_link(p: &Prepared) -> Option<CausalLink> {
    let toks = &p.tokens;
    let chars = crate::matcher::flags::chars_of(p);
    let parted = |k: usize| {
        chars
            .get(toks[k - 1].end..toks[k].start)
            .is_some_and(|gap| gap.iter().any(|c| !c.is_whitespace() && *c != '-'))
    };
    let c = (0..toks.len().saturating_sub(1)).find(|&c| {
        CAUSE_WORDS.contains(&toks[c].norm.as_str())
            && CAUSE_OF.contains(&toks[c + 1].norm.as_str())
            && !parted(c + 1)
    })?;
    let copula = |k: usize| CAUSE_COPULAS.contains(&toks[k].norm.as_str());
    let last = (c + 2 + EFFECT_WORDS).min(toks.len());
    let end = (c + 2..last)
        .find(|&k| copula(k) || parted(k))
        .filter(|&k| copula(k))?;
    let clause_end = (end + 1..toks.len())
        .find(|&k| parted(k))
        .unwrap_or(toks.len());
    let effect: Vec<usize> = (c + 2..end).filter(|&k| content(&toks[k])).collect();
    let cause: Vec<usize> = (end + 1..clause_end)
        .filter(|&k| content(&toks[k]))
        .collect();
    (!effect.is_empty() && !cause.is_empty()).then_some(CausalLink { cause, effect })
}

/// Whether a word of `xs` of `a` and one of `ys` of `b` name one thing (`one_effect`: one
/// stem, or a concept in common across languages).
fn meet(a: &Prepared, xs: &[usize], b: &Prepared, ys: &[usize]) -> bool {
    xs.iter()
        .any(|&x| ys.iter().any(|&y| one_effect(a, x, b, y)))
}

/// Whether `a` and `b` tell two links of one causal chain: each tells a link
/// ([`CausalLink`]), what one tells as the cause is what the other tells was caused, and
/// neither their causes nor their effects name one thing ("Fire at substation causes
/// huge Berlin blackout" / "A technical fault in a transformer caused the fire"). One link
/// told twice ("A fire caused the blackout" / "The blackout was caused by a fire"), two
/// causes of one effect ("Heavy rains caused the flood" / "A blocked drain caused the
/// flood") and two effects of one cause are not.
pub(crate) fn chain_links(a: &Prepared, b: &Prepared) -> bool {
    let (Some(la), Some(lb)) = (causal_link(a), causal_link(b)) else {
        return false;
    };
    if meet(a, &la.effect, b, &lb.effect) || meet(a, &la.cause, b, &lb.cause) {
        return false;
    }
    meet(a, &la.cause, b, &lb.effect) || meet(a, &la.effect, b, &lb.cause)
}

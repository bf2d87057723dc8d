//! What hit a place, told as two kinds (trial 55 F7b): "A mudslide swept through the
//! village center" / "A flash flood swept through the village center" scored 1.00 with no
//! flag. A debris flow and a flood (`lexicon::agents`) told each as what hit (the subject
//! of its clause, or after the "by" of a passive: "was hit by a mudslide") are two
//! accounts of the agent: a cause flag of the softer kind, for a debris flow often comes
//! with a flood and reports name one or the other (`flags.rs`). No flag when a sentence
//! names both kinds ("Floods and mudslides hit the region") or the same one ("flash
//! flood" / "Sturzflut"). Ranges are code points of each sentence's own text.

use crate::matcher::flags::Ranges;
use crate::matcher::lexicon::agents::AGENTS;
use crate::matcher::lexicon::passive::BY;
use crate::matcher::prepared::Prepared;
use crate::matcher::text::{phrase_at, FxMap};
use std::sync::LazyLock;

/// The most words before what hit in its clause ("A *massive* mudslide": 2, an article
/// and one word).
const BEFORE_SUBJECT: usize = 2;

/// Every phrase of [`AGENTS`] split into its words, with its kind's row, listed under its
/// first word (in the order of [`AGENTS`]): split once, and a token is compared only with
/// the phrases opening with its word (all-pairs matching reads every sentence for them).
/// Phrases of [`AGENTS`] by first word: each with its kind's row and its words.
type ByFirst = FxMap<&'static str, Vec<(usize, Vec<&'static str>)>>;

static PHRASES: LazyLock<ByFirst> = LazyLock::new(|| {
    let mut by_first = ByFirst::default();
    for (row, (_, phrases)) in AGENTS.iter().enumerate() {
        for ph in phrases.iter() {
            let words: Vec<&'static str> = ph.split(' ').collect();
            by_first.entry(words[0]).or_default().push((row, words));
        }
    }
    by_first
});

/// Each phrase of a kind of what hit in `p`: (the kind's row in [`AGENTS`], its first
/// token, its token count), the longest phrase at a token first.
fn agents_in(p: &Prepared) -> Vec<(usize, usize, usize)> {
    let toks = &p.tokens;
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let found = PHRASES.get(toks[i].norm.as_str()).and_then(|list| {
            list.iter()
                .filter(|(_, words)| phrase_at(toks, i, words))
                .map(|(row, words)| (*row, words.len()))
                .max_by_key(|&(_, n)| n)
        });
        match found {
            Some((row, n)) => {
                out.push((row, i, n));
                i += n;
            }
            None => i += 1,
        }
    }
    out
}

/// Whether the phrase of what hit at token `at` of `p` is told as what hit: it opens its
/// clause (after a clause mark or the sentence's start) with at most
/// [`BEFORE_SUBJECT`] words before it, or stands after a passive's "by" (`passive::BY`,
/// an article between allowed: "hit by a mudslide", "von einer Mure").
fn told_as_what_hit(p: &Prepared, at: usize) -> bool {
    let toks = &p.tokens;
    let mark = |k: usize| super::denied::mark_before(p, k);
    let start = (1..=at).rev().find(|&k| mark(k)).unwrap_or(0);
    let by = (at.saturating_sub(2)..at).any(|k| BY.contains(&toks[k].norm.as_str()));
    at - start <= BEFORE_SUBJECT || by
}

/// The kind of what hit that `p` tells ([`told_as_what_hit`]) and the code-point range of
/// its phrase, when `p` names one kind only.
fn kind_of(p: &Prepared) -> Option<(usize, (usize, usize))> {
    let found = agents_in(p);
    let (row, at, n) = *found.iter().find(|&&(_, at, _)| told_as_what_hit(p, at))?;
    if found.iter().any(|&(r, _, _)| r != row) {
        return None;
    }
    Some((row, (p.tokens[at].start, p.tokens[at + n - 1].end)))
}

/// [`kind_of`] of `p`, read once per sentence (`flags::facts`): all-pairs matching asks it
/// of each sentence for every pair the sentence is in.
fn told_kind(p: &Prepared) -> Option<(usize, (usize, usize))> {
    *p.facts.agent.get_or_init(|| kind_of(p))
}

/// Two kinds of what hit told by `a` and `b` ([`kind_of`]: "A mudslide swept through" /
/// "A flash flood swept through"): the ranges of the two phrases, `a`'s first.
pub(super) fn agent_conflict(a: &Prepared, b: &Prepared) -> Option<Ranges> {
    let (ka, ra) = told_kind(a)?;
    let (kb, rb) = told_kind(b)?;
    (ka != kb).then_some((ra, rb))
}

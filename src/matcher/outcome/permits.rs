//! A ban against a permission of one activity (trial 58: "The prefect banned fishing
//! along the coast." / "The prefect allowed fishing to continue along the coast." scored
//! 0.976 with no flag): a verb of `lexicon::permits::BANNED` in one sentence and of
//! `ALLOWED` in the other, told of one thing. What is banned or allowed is the words
//! right after the verb ("banned *fishing*", "a interdit *la pêche*") or, in a passive,
//! its subject ("*Fishing* was banned", "*La pêche* a été interdite"), not who bans ("The
//! prefect banned fishing" / "The prefect allowed swimming" may both be true). A negation
//! in either sentence is read by the negation rule first (`outcome.rs`).

use super::fates::clause_start;
use crate::matcher::flags::{clause_break_after, Ranges};
use crate::matcher::lexicon::beginnings::{whole_or_beginning, Beginnings};
use crate::matcher::lexicon::passive::BE;
use crate::matcher::lexicon::permits::{ALLOWED, BANNED};
use crate::matcher::prepared::Prepared;
use crate::matcher::text::Kind;
use std::sync::OnceLock;

/// How many tokens after the verb the thing banned or allowed is read ("banned *fishing
/// along the coast*").
const AFTER: usize = 3;

/// How many tokens before the verb an auxiliary of a passive is read ("*was* banned", "*a
/// été* interdite", "*è stata* vietata").
const AUXILIARY_REACH: usize = 2;

/// The ranges of a ban in one sentence and a permission in the other (either way round)
/// of one thing, if any.
pub(super) fn permit_conflict(a: &Prepared, b: &Prepared) -> Option<Ranges> {
    let (banned_a, allowed_a) = sides(a);
    // All-pairs matching asks this of every pair: most sentences tell neither.
    if banned_a.is_none() && allowed_a.is_none() {
        return None;
    }
    let (banned_b, allowed_b) = sides(b);
    let one_thing = |x: &Prepared, i: usize, y: &Prepared, j: usize| {
        let (tx, ty) = (thing(x, i), thing(y, j));
        tx.iter().any(|s| ty.contains(s))
    };
    let span = |p: &Prepared, k: usize| (p.tokens[k].start, p.tokens[k].end);
    match (banned_a, allowed_b, allowed_a, banned_b) {
        (Some(i), Some(j), _, _) if one_thing(a, i, b, j) => Some((span(a, i), span(b, j))),
        (_, _, Some(i), Some(j)) if one_thing(a, i, b, j) => Some((span(a, i), span(b, j))),
        _ => None,
    }
}

/// The first token of `p` that is a word of `BANNED` and the first of `ALLOWED`, read by
/// one table of their beginnings (`lexicon::beginnings`).
fn sides(p: &Prepared) -> (Option<usize>, Option<usize>) {
    static TABLE: OnceLock<Beginnings<bool>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let words = |list: &'static [&'static str], banned: bool| {
            list.iter().map(move |&w| {
                let (text, whole) = whole_or_beginning(w);
                (text, whole, banned)
            })
        };
        Beginnings::new(words(BANNED, true).chain(words(ALLOWED, false)))
    });
    let (mut banned, mut allowed) = (None, None);
    for (k, t) in p.tokens.iter().enumerate() {
        if t.kind != Kind::Word {
            continue;
        }
        table.of(&t.norm, |is_ban| match is_ban {
            true => _ = banned.get_or_insert(k),
            false => _ = allowed.get_or_insert(k),
        });
    }
    (banned, allowed)
}

/// The stems of what the verb at token `at` of `p` bans or allows: the content words up
/// to [`AFTER`] tokens after it in its clause, and in a passive (an auxiliary of
/// `passive::BE` within [`AUXILIARY_REACH`] tokens before it) the content words of its
/// clause before it.
fn thing(p: &Prepared, at: usize) -> Vec<u64> {
    let toks = &p.tokens;
    let breaks = |i: usize| clause_break_after(p, i);
    let content = |k: &usize| toks[*k].kind == Kind::Word && !toks[*k].stop && !toks[*k].proper;
    let mut out: Vec<u64> = (at + 1..toks.len().min(at + 1 + AFTER))
        .take_while(|&k| !breaks(k - 1))
        .filter(content)
        .map(|k| toks[k].stem)
        .collect();
    let passive = toks[at.saturating_sub(AUXILIARY_REACH)..at]
        .iter()
        .any(|t| BE.contains(&t.norm.as_str()));
    if passive {
        out.extend(
            (clause_start(p, at)..at)
                .filter(content)
                .filter(|&k| !BE.contains(&toks[k].norm.as_str()))
                .map(|k| toks[k].stem),
        );
    }
    out
}

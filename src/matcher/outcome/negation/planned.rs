//! A plan denied against the same thing told as possible: "Further cuts are not planned"
//! / "The company did not rule out further cuts", de "Weitere Stellenstreichungen seien
//! nicht geplant" / "Das Unternehmen schloss weitere Stellenstreichungen nicht aus"
//! (trial 35 F6.5). The negation denies the planning, not the cuts, so the negation rule
//! finds no negated word on the other side; the thing planned is the word before the
//! negation, and the other side tells it as possible under a "not rule out"
//! ([`super::not_ruled_out`]) or a German "schloss … nicht aus" / "nicht ausgeschlossen".
//! Ranges are code points of each sentence's own text, as every flag.

use super::{german, negation_at, not_ruled_out, FURTHER};
use crate::matcher::flags::Ranges;
use crate::matcher::prepared::Prepared;
use crate::matcher::text::{Kind, Token};

/// Words of a plan, which a negation before them denies ("not planned", "nicht geplant",
/// "pas prévu", "no previsto", "non previsto", "não prevista", "niet gepland").
const PLANNED: &[&str] = &[
    "planned",
    "geplant",
    "vorgesehen",
    "prévu",
    "prévue",
    "prévus",
    "prévues",
    "previsto",
    "prevista",
    "previstos",
    "previstas",
    "previsti",
    "previste",
    "planeado",
    "planeada",
    "planeados",
    "planeadas",
    "gepland",
];

/// How many tokens before the negation the thing planned is read.
const REACH: usize = 4;

/// Where `toks` tells the word at `at` as possible, not ruled out: the token range of the
/// words that tell it so with the word ("did not rule out further cuts"; de "schloss
/// weitere Stellenstreichungen nicht aus", "Stellenstreichungen … nicht ausgeschlossen":
/// a verb of ruling out near the word and a negation in the three tokens after it).
fn told_possible(toks: &[Token], at: usize) -> Option<(usize, usize)> {
    if let Some(h) = not_ruled_out(toks, at) {
        return Some((h, at));
    }
    let end = toks.len().min(at + 6);
    let verb = (at.saturating_sub(REACH)..end).find(|&v| v != at && german::ruled_out(toks, v))?;
    let not = (at + 1..toks.len().min(at + 4)).find(|&n| negation_at(toks, n))?;
    let particle = toks.get(not + 1).is_some_and(|t| t.norm == "aus");
    let last = verb.max(not + usize::from(particle)).max(at);
    Some((verb.min(at), last))
}

/// The words (no stop word, no negation) among the [`REACH`] tokens before token `first`
/// of `neg`, nearest first, in its clause (no comma, semicolon, colon or full stop
/// between): what a negation at `first` of a plan, or of knowing (`known.rs`), is about.
pub(super) fn words_before(neg: &Prepared, first: usize) -> impl Iterator<Item = usize> + '_ {
    let toks = &neg.tokens;
    let chars = crate::matcher::flags::chars_of(neg);
    let joined = move |k: usize| {
        (k + 1..=first).all(|m| {
            let gap = chars.get(toks[m - 1].end..toks[m].start).unwrap_or(&[]);
            !gap.iter().any(|c| matches!(c, ',' | ';' | ':' | '.'))
        })
    };
    (first.saturating_sub(REACH)..first)
        .rev()
        .filter(move |&k| {
            let t = &toks[k];
            t.kind == Kind::Word && !t.stop && !t.negation && joined(k)
        })
}

/// A plan denied at negation `i` and plan word `j` of `neg` against the thing planned
/// told as possible by `plain` ([`told_possible`]): the ranges of the thing with its
/// denied plan ("cuts are not planned") and of the words that tell it possible ("not
/// rule out further cuts"), `neg`'s first.
pub(super) fn plan_denied(neg: &Prepared, i: usize, j: usize, plain: &Prepared) -> Option<Ranges> {
    let toks = &neg.tokens;
    if !PLANNED.contains(&toks[j].norm.as_str()) {
        return None;
    }
    let things = words_before(neg, i.min(j)).filter(|&k| !FURTHER.contains(&toks[k].norm.as_str()));
    for k in things {
        let stem = toks[k].stem;
        let found = plain
            .tokens
            .iter()
            .enumerate()
            .filter(|(_, t)| t.stem == stem && !t.stop)
            .find_map(|(at, _)| told_possible(&plain.tokens, at));
        if let Some((s, e)) = found {
            let told = (toks[k].start, toks[i.max(j)].end);
            return Some((told, (plain.tokens[s].start, plain.tokens[e].end)));
        }
    }
    None
}

//! Claimants: who claimed an attack, told as two names ("L'attaque a été revendiquée par
//! le groupe LockBit" / "… par le groupe BlackCat", "The attack was claimed by the
//! LockBit group" / "BlackCat claimed the attack": trial 43 B). Shared words make such a
//! pair score as one fact; who claimed it is the one thing that differs.
//!
//! A claimant is the name after a verb of claiming and its word of "by" ("claimed by",
//! fr "revendiquée par", es "reivindicado por", pt "reivindicado pelo", it "rivendicato
//! da", nl "opgeëist door"), past the words of a group ("the LockBit group", "le groupe
//! LockBit"), or the name right before the verb ("LockBit claimed the attack"). Two
//! sentences differ when each names one and no name is the same.
//!
//! Ranges are code points of each sentence's own text, as every flag.

use super::english::extent;
use crate::matcher::flags::Ranges;
use crate::matcher::lexicon::{claims::CLAIMED, passive::BY};
use crate::matcher::prepared::Prepared;
use crate::matcher::text::{Kind, Token};

/// Words between "by" and a claimant's name: articles and the words of a group ("the
/// LockBit group", "le groupe LockBit", "el grupo", "il gruppo", "de groep", "die
/// Gruppe", "des pirates").
const BEFORE_NAME: &[&str] = &[
    "the",
    "le",
    "la",
    "les",
    "el",
    "los",
    "o",
    "os",
    "il",
    "lo",
    "gli",
    "de",
    "het",
    "der",
    "die",
    "group",
    "groupe",
    "grupo",
    "gruppo",
    "groep",
    "gruppe",
    "hacker",
    "hackers",
    "ransomware",
    "pirates",
    "piratas",
    "gang",
    "collectif",
    "collective",
];

/// Word beginnings of what is claimed: an attack or the responsibility for one ("claimed
/// that …" / "claimed victory" name no claimant of an attack).
const ATTACKS: &[&str] = &[
    "attack",
    "responsib",
    "attaque",
    "attentat",
    "cyberattaque",
    "cyberattack",
    "ataque",
    "atentado",
    "ciberataque",
    "attacco",
    "attentato",
    "aanval",
    "aanslag",
    "angriff",
    "anschlag",
    "cyberangriff",
    "responsab",
];

/// The claimant of an attack in `p` ([`read_claimant`]), read once per sentence
/// (`flags/facts.rs`): [`claimant_conflict`] asks it of both sentences of each pair, and the
/// panel's disputes of the span against every sentence of the other articles.
fn claimant(p: &Prepared) -> Option<&Token> {
    let at = p.facts.claimant.get_or_init(|| {
        read_claimant(p).and_then(|t| p.tokens.iter().position(|u| std::ptr::eq(u, t)))
    });
    at.and_then(|k| p.tokens.get(k))
}

/// The claimant of an attack in `p`: the token of its name ([`self`]), if any; none
/// when `p` tells of no attack ([`ATTACKS`]).
fn read_claimant(p: &Prepared) -> Option<&Token> {
    let toks = &p.tokens;
    if !toks
        .iter()
        .any(|t| ATTACKS.iter().any(|w| t.norm.starts_with(w)))
    {
        return None;
    }
    let name = |t: &Token| t.kind == Kind::Word && (t.proper || t.capital) && !t.date;
    let verb = toks
        .iter()
        .position(|t| CLAIMED.iter().any(|w| t.norm.starts_with(w)))?;
    // "claimed by (the) (group) LockBit".
    if toks
        .get(verb + 1)
        .is_some_and(|t| BY.contains(&t.norm.as_str()))
    {
        return toks[verb + 2..]
            .iter()
            .take(4)
            .find(|t| !BEFORE_NAME.contains(&t.norm.as_str()))
            .filter(|t| name(t));
    }
    // "LockBit claimed the attack", "LockBit a revendiqué l'attaque": a name, not the
    // first word of the sentence, right before the verb or its auxiliary.
    let before = toks[..verb].iter().rev().take(2).find(|t| {
        !matches!(
            t.norm.as_str(),
            "has" | "have" | "had" | "a" | "ha" | "heeft"
        )
    })?;
    (before.proper && name(before)).then_some(before)
}

/// Whether `a` and `b` name two claimants of an attack ([`claimant`]): the ranges of the
/// two names ("LockBit ≠ BlackCat").
pub(super) fn claimant_conflict(a: &Prepared, b: &Prepared) -> Option<Ranges> {
    let (x, y) = (claimant(a)?, claimant(b)?);
    (x.stem != y.stem).then(|| (extent(a, x), extent(b, y)))
}

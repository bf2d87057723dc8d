//! A player's transfer told with two clubs (trial 41 F2: "signed for Chelsea" / "signed
//! for Arsenal", "wechselt … zu Bayern" / "zu Real Madrid", "fichó por", "è passato alla
//! Juventus" / "all'Inter"): the club named after the verb of a move differs, of one
//! subject.

use super::fates::subject;
use crate::matcher::flags::Ranges;
use crate::matcher::prepared::Prepared;
use crate::matcher::text::{Kind, Token};

/// Verbs of a player's move to a club, in English, German, Spanish, Italian, French and
/// Portuguese (whole words).
const MOVES: &[&str] = &[
    "signed",
    "signs",
    "wechselt",
    "wechselte",
    "fichó",
    "ficha",
    "passato",
    "passata",
    "trasferito",
    "rejoint",
    "assinou",
];

/// Words that lead to the club after a verb of [`MOVES`] ("for", "zu", "por", "alla").
const TO: &[&str] = &[
    "for", "zu", "zum", "por", "al", "alla", "alle", "pour", "avec", "pelo", "com",
];

/// Articles skipped before a club's name ("el Real Madrid", "the").
const ARTICLES: &[&str] = &["the", "el", "der", "den", "le", "la", "o"];

/// How many tokens after the verb the word leading to the club is read.
const REACH: usize = 6;

/// The verb of a move in `p` and the token range of the club named after it.
fn destination(p: &Prepared) -> Option<(usize, (usize, usize))> {
    let toks = &p.tokens;
    let v = toks.iter().position(|t| MOVES.contains(&t.norm.as_str()))?;
    let name = |i: usize| {
        toks.get(i)
            .is_some_and(|t: &Token| t.proper && t.kind == Kind::Word)
    };
    // Right after the verb when the word leading to it is elided ("all'Inter").
    let start = if name(v + 1) {
        v + 1
    } else {
        let to = (v + 1..toks.len().min(v + 1 + REACH))
            .find(|&i| TO.contains(&toks[i].norm.as_str()))?;
        let mut s = to + 1;
        while toks
            .get(s)
            .is_some_and(|t| ARTICLES.contains(&t.norm.as_str()))
        {
            s += 1;
        }
        s
    };
    if !name(start) {
        return None;
    }
    let mut end = start + 1;
    while name(end) {
        end += 1;
    }
    Some((v, (start, end)))
}

/// Two clubs a player moves to, one in each sentence, told of one subject: the ranges of
/// the two clubs' names, `a`'s first.
pub(super) fn transfer_conflict(a: &Prepared, b: &Prepared) -> Option<Ranges> {
    let (va, (sa, ea)) = destination(a)?;
    let (vb, (sb, eb)) = destination(b)?;
    let na: Vec<&str> = a.tokens[sa..ea].iter().map(|t| t.norm.as_str()).collect();
    if b.tokens[sb..eb]
        .iter()
        .any(|t| na.contains(&t.norm.as_str()))
    {
        return None;
    }
    // Of one subject: the words before the verb share one.
    let (wa, _) = subject(a, va)?;
    let (wb, _) = subject(b, vb)?;
    if !wa.iter().any(|w| wb.contains(w)) {
        return None;
    }
    let range = |p: &Prepared, s: usize, e: usize| (p.tokens[s].start, p.tokens[e - 1].end);
    Some((range(a, sa, ea), range(b, sb, eb)))
}

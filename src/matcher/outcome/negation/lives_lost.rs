//! A death told as lives lost ("lost their lives", es "perdió la vida", fr "a perdu la
//! vie", it "ha perso la vita", pt "perdeu a vida"; `lexicon::deaths::LOSE`, `LIVES`) for
//! the negation rule: "Nobody at the bus stop lost their life" denies the death that "One
//! woman at the bus stop was killed" tells (session 51: it read "Nobody at the bus ≠
//! bus"), with German "ums Leben" and Dutch "om het leven" (`lexicon::deaths::LIFE_ENDED`).

use super::fate;
use crate::matcher::lexicon::casualty::Fate;
use crate::matcher::lexicon::deaths::{LIFE_ENDED, LIVES, LIVES_REACH, LOSE};
use crate::matcher::text::{phrase_at, phrase_before, Token};

/// The index of the noun of a life when token `j` of `toks` is a form of "to lose" that
/// has one within [`LIVES_REACH`] words after it ("lost their *lives*"), or opens a life
/// ended ([`LIFE_ENDED`]: "*ums* Leben"), else `None`.
pub(super) fn lives_after(toks: &[Token], j: usize) -> Option<usize> {
    if let Some(ended) = LIFE_ENDED.iter().find(|w| phrase_at(toks, j, w)) {
        return Some(j + ended.len() - 1);
    }
    if !LOSE.contains(&toks.get(j)?.norm.as_str()) {
        return None;
    }
    (j + 1..toks.len().min(j + 2 + LIVES_REACH)).find(|&k| LIVES.contains(&toks[k].norm.as_str()))
}

/// Whether token `j` of `toks` tells a death: a word of the dead of the casualty table
/// ("killed", "died", "ums"), a form of "to lose" before a life ([`lives_after`]) or the
/// last word of a life ended ([`LIFE_ENDED`]: "om het *leven*").
pub(super) fn death_at(toks: &[Token], j: usize) -> bool {
    fate(&toks[j]) == Some(Fate::Dead)
        || lives_after(toks, j).is_some()
        || LIFE_ENDED.iter().any(|w| phrase_before(toks, j + 1, w))
}

/// Where the words of a death that start at token `j` of `toks` end (code points): after
/// the noun of a life of [`lives_after`] ("lost their lives"), else the end of token `j`.
pub(super) fn end_of(toks: &[Token], j: usize) -> usize {
    toks[lives_after(toks, j).unwrap_or(j)].end
}

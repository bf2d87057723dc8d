//! A death told as lives lost ("lost their lives", es "perdió la vida", fr "a perdu la
//! vie", it "ha perso la vita", pt "perdeu a vida"; `lexicon::deaths::LOSE`, `LIVES`) for
//! the negation rule: "Nobody at the bus stop lost their life" denies the death that "One
//! woman at the bus stop was killed" tells (session 51: it read "Nobody at the bus ≠
//! bus"), with German "ums Leben" and Dutch "om het leven" (`lexicon::deaths::LIFE_ENDED`).
//! Victims denied deny a death too ("Non ci sono vittime", [`victims_at`], trial 55 F7).
//! Things lost are no lives lost: "People have lost everything they had" tells no death
//! that "Nobody has lost their life" denies (trial 55 F10, [`other_loss`]).

use super::fate;
use crate::matcher::lexicon::casualty::Fate;
use crate::matcher::lexicon::deaths::{FATAL, LIFE_ENDED, LIVES, LIVES_REACH, LOSE, VICTIMS};
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

/// Whether token `j` of `x` and token `k` of `y` are both forms of "to lose"
/// ([`LOSE`]) of which one loses a life ([`lives_after`]: "lost their lives") and the
/// other a thing ("lost everything they had", "lost their homes"): one word, two
/// outcomes, so neither denies nor tells the other (trial 55 F10: "Nobody has lost their
/// life" / "People have lost everything they had" read "lost ≠ Nobody has lost their
/// life").
pub(super) fn other_loss(x: &[Token], j: usize, y: &[Token], k: usize) -> bool {
    let lose = |t: &[Token], i: usize| t.get(i).is_some_and(|w| LOSE.contains(&w.norm.as_str()));
    lose(x, j) && lose(y, k) && lives_after(x, j).is_some() != lives_after(y, k).is_some()
}

/// Whether token `j` of `toks` is a noun of victims ([`VICTIMS`]: "victims", "vittime",
/// "Opfer"): read as a death when a negation denies it ("Non ci sono vittime", "There
/// were no victims" / "Una persona è morta"), never as a death told.
pub(super) fn victims_at(toks: &[Token], j: usize) -> bool {
    toks.get(j)
        .is_some_and(|t| VICTIMS.contains(&t.norm.as_str()))
}

/// Whether token `j` of `toks` is an adjective of a death ([`FATAL`]: nl "dodelijke") right
/// before a noun of victims: "Er vielen geen *dodelijke* slachtoffers" denies a death as
/// "geen doden" does (session 52's last tester).
pub(super) fn fatal_victims(toks: &[Token], j: usize) -> bool {
    toks.get(j)
        .is_some_and(|t| FATAL.contains(&t.norm.as_str()))
        && victims_at(toks, j + 1)
}

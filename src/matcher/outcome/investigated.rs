//! A suspect under investigation against one arrested (trial 58: it "Il comandante è
//! indagato" / "Il comandante è stato arrestato" scored 0.969 with no flag): one report
//! tells the suspect free and investigated, the other held. Both may be true (an arrest
//! follows an investigation), so the flag is the softer, dashed kind; of one subject
//! ([`one_subject`]). Words of `lexicon::suspects::INVESTIGATED` against the arrest
//! words of `outcome.rs` (`ARRESTED`).

use super::fates::clause_start;
use super::{extent, ARRESTED};
use crate::matcher::flags::Ranges;
use crate::matcher::lexicon::beginnings::word_of;
use crate::matcher::lexicon::passive::BE;
use crate::matcher::lexicon::suspects::INVESTIGATED;
use crate::matcher::prepared::Prepared;
use crate::matcher::text::{Kind, Token};

/// The ranges of a suspect under investigation in one sentence and arrested in the other
/// (either way round), of one subject, if any.
pub(super) fn investigated_against_arrested(a: &Prepared, b: &Prepared) -> Option<Ranges> {
    let pair = |x: &Prepared, y: &Prepared| {
        let i = first(x, INVESTIGATED).filter(|t| after_be(x, t))?;
        let j = first(y, ARRESTED)?;
        // Both told in one sentence ("was arrested and is under investigation").
        if first(x, ARRESTED).is_some() || first(y, INVESTIGATED).is_some() {
            return None;
        }
        one_subject(x, i, y, j).then(|| (extent(x, i), extent(y, j)))
    };
    pair(a, b).or_else(|| pair(b, a).map(|(rb, ra)| (ra, rb)))
}

/// The least code points of a word of a subject ([`one_subject`]): shorter words are
/// articles and pronouns of some language ("Il", "Le", "Der") the stop words may not hold.
const SUBJECT_WORD: usize = 4;

/// Whether tokens `x` of `a` and `y` of `b` are told of one subject: the words of their
/// clauses before them ([`SUBJECT_WORD`] code points or more, no stop word, no verb of
/// being) share a stem, or neither clause names one ("He is under investigation").
fn one_subject(a: &Prepared, x: &Token, b: &Prepared, y: &Token) -> bool {
    let words = |p: &Prepared, t: &Token| -> Vec<u64> {
        let at = p
            .tokens
            .iter()
            .position(|u| std::ptr::eq(u, t))
            .unwrap_or(0);
        p.tokens[clause_start(p, at)..at]
            .iter()
            .filter(|u| u.kind == Kind::Word && !u.stop && !BE.contains(&u.norm.as_str()))
            .filter(|u| u.norm.chars().count() >= SUBJECT_WORD)
            .map(|u| u.stem)
            .collect()
    };
    let (wa, wb) = (words(a, x), words(b, y));
    (wa.is_empty() && wb.is_empty()) || wa.iter().any(|w| wb.contains(w))
}

/// How many tokens before a word of [`INVESTIGATED`] its verb of being may stand ("*è*
/// indagato", "*is being* investigated", "*foi* constituído arguido").
const BE_REACH: usize = 2;

/// Whether a verb of being (`passive::BE`) stands within [`BE_REACH`] tokens before token
/// `t` of `p`: the suspect's state, not an act ("Police investigated the crash").
fn after_be(p: &Prepared, t: &Token) -> bool {
    let Some(i) = p.tokens.iter().position(|u| std::ptr::eq(u, t)) else {
        return false;
    };
    p.tokens[i.saturating_sub(BE_REACH)..i]
        .iter()
        .any(|u| BE.contains(&u.norm.as_str()))
}

/// The first token of `p` that is a word of `list`.
fn first<'p>(p: &'p Prepared, list: &[&'static str]) -> Option<&'p Token> {
    p.tokens
        .iter()
        .find(|t| t.kind == Kind::Word && word_of(list, &t.norm))
}

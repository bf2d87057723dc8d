//! A cause told as what the cause was, the cause first ("The prefecture said *an engine
//! failure was the most likely cause* of the grounding", "Human error was the cause of
//! the crash"; trial 58: no cause was read, so "a navigation error" against it had no
//! flag): a cause of a class of `CAUSES`, a form of "to be" right after it and a noun of a
//! cause (`CAUSE_WORDS`) within [`REACH`] tokens after that, only articles and adjectives
//! of likelihood (`lexicon::beliefs::LIKELY`) between. With "likely", "probable" the cause is only
//! suspected: its flag is the softer kind (`cause::cause_told_as_possible`). Ranges are
//! code points of the sentence's own text.

use super::{cause_at, cause_token, CAUSE_COPULAS, CAUSE_WORDS};
use crate::matcher::lexicon::beliefs::LIKELY;
use crate::matcher::prepared::Prepared;
use crate::matcher::text::Token;

/// How many tokens after the form of "to be" its noun of a cause may stand ("was *the
/// most likely* cause").
const REACH: usize = 4;

/// Words that may stand between the form of "to be" and its noun of a cause besides
/// articles and `LIKELY` ("the *most* likely cause", "the *main* cause").
const BETWEEN: &[&str] = &["most", "main", "primary", "principal", "real", "direct"];

/// The cause at token `i` of `toks` told as what the cause was: its class, its length in
/// tokens, and whether a word of `LIKELY` tells it as only suspected.
fn cause_is_at(toks: &[Token], i: usize) -> Option<(usize, usize, bool)> {
    let (class, len) = cause_at(toks, i)?;
    let e = i + len;
    if !toks
        .get(e)
        .is_some_and(|t| CAUSE_COPULAS.contains(&t.norm.as_str()))
    {
        return None;
    }
    let mut likely = false;
    for t in toks.iter().skip(e + 1).take(REACH) {
        let w = t.norm.as_str();
        if CAUSE_WORDS.contains(&w) {
            return Some((class, len, likely));
        }
        if LIKELY.contains(&w) {
            likely = true;
        } else if !BETWEEN.contains(&w) && !crate::matcher::flags::is_article(w) {
            return None;
        }
    }
    None
}

/// The first cause `p` tells as what the cause was: the class and the code point range of
/// its phrase; `None` for none.
pub(super) fn cause_is(p: &Prepared) -> Option<(usize, (usize, usize))> {
    let toks = &p.tokens;
    (0..toks.len()).find_map(|i| {
        cause_is_at(toks, i).map(|(class, len, _)| (class, (toks[i].start, toks[i + len - 1].end)))
    })
}

/// Whether the cause of `p` at code point `start` is told as only the likely cause ("was
/// the most *likely* cause").
pub(super) fn likely_at_start(p: &Prepared, start: usize) -> bool {
    cause_is_at(&p.tokens, cause_token(p, start)).is_some_and(|(_, _, likely)| likely)
}

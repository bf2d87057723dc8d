//! A source told as a noun phrase right before a speech verb that names no one ("A
//! spokesman for Putin said", "Putin's office said"), or set between commas after the
//! name that speaks ("Melissa Berryhill, a spokeswoman for Wal-Mart, said"):
//! [`subject_role`], read by the speakers found (`find.rs`) and by the generic sources
//! (`sources.rs`).

use super::clause_end::char_before;
use super::phrase::{source_phrase, Phrase};
use super::roles::is_det;
use crate::matcher::features::Prepared;
use crate::matcher::text::Token;

/// Words after which a clause may begin with its subject ("..., but a spokesman for Putin
/// said").
const CLAUSE_OPENERS: &[&str] = &["but", "while", "although", "though", "whereas", "yet"];

/// A source told as a noun phrase right before a speech verb that names no one
/// ([`subject_role`]).
pub(super) enum Subject {
    /// The phrase's role or office: its range and the stem of its last word.
    Role(((usize, usize), u64)),
    /// The phrase, starting at this token, stands between commas after a name: the name
    /// speaks ("Melissa Berryhill, a spokeswoman for Wal-Mart, said").
    Apposed(usize),
}

/// The source told as a noun phrase right before the speech verb at token `verb` (or
/// before the end, `verb` = `toks.len()`, for an attribution span's text), when it names
/// no one ([`source_phrase`] read as after "according to"): its role or office, as a
/// speaker ("A spokesman for Putin said", "A Kremlin spokesman said", "An aide to the
/// president said": the role; "Putin's office said": the office), or, when it is set
/// between commas after a capitalised word, that word's name. The phrase opens a clause:
/// the sentence's start, a punctuation mark, or [`CLAUSE_OPENERS`]. `None` when there is
/// none or it names a person or an organisation ("A statement from Kremlin spokesman
/// Dmitry Peskov said", "A spokesman for the Kremlin said"): the name right before the
/// verb is read as ever then.
pub(super) fn subject_role(p: &Prepared, toks: &[Token], verb: usize) -> Option<Subject> {
    let opens = |k: usize| {
        k == 0
            || CLAUSE_OPENERS.contains(&toks[k - 1].norm.as_str())
            || matches!(
                char_before(p, toks[k].start),
                Some(',' | '"' | '\u{201c}' | '\u{201d}' | ':' | ';' | '(' | '\u{2014}')
            )
    };
    let (k, found) = (verb.saturating_sub(12)..verb)
        .filter(|&k| (is_det(&toks[k].norm) || toks[k].proper) && opens(k))
        .find_map(|k| {
            let (found, end) = source_phrase(p, toks, k)?;
            (end + 1 == verb).then_some((k, found))
        })?;
    let Phrase::Words(s, e) = found else {
        return None;
    };
    let apposed = k > 0
        && toks[k - 1].proper
        && char_before(p, toks[k].start) == Some(',')
        && toks
            .get(verb)
            .is_some_and(|v| char_before(p, v.start) == Some(','));
    match apposed {
        true => Some(Subject::Apposed(k)),
        false => Some(Subject::Role(((toks[s].start, toks[e].end), toks[e].stem))),
    }
}

//! A source told as a noun phrase right before a speech verb that names no one ("A
//! spokesman for Putin said", "Putin's office said"), or set between commas after the
//! name that speaks ("Melissa Berryhill, a spokeswoman for Wal-Mart, said"):
//! [`subject_role`], read by the speakers found (`find.rs`) and by the generic sources
//! (`sources.rs`); a role or an age set between commas after the name that speaks
//! ("Marc Renard, the fire chief, said", "Renard, 54, said": [`apposed_name_end`]).

use super::clause_end::char_before;
use super::phrase::{source_phrase, Phrase};
use super::roles::is_det;
use crate::matcher::features::Prepared;
use crate::matcher::text::{Kind, Token};

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

/// The last token of the name that speaks when the words from token `from` up to the
/// speech verb (its first token `verb_first`, an auxiliary if any) are an appositive set
/// between commas right after it: a role after an article (`from` the article: "Marc
/// Renard, the fire chief, said", "Renard, the mayor, said") or an age (`from` the number:
/// "Renard, 54, said"). The caller tells which words those are; `None` when there is no
/// comma before `from` and before the verb, or no capitalised word right before the
/// first comma (", the fire chief, said" after a clause: the role speaks).
pub(super) fn apposed_name_end(
    p: &Prepared,
    toks: &[Token],
    from: usize,
    verb_first: usize,
) -> Option<usize> {
    let name = from.checked_sub(1)?;
    let t = toks.get(name)?;
    let comma = |k: usize| {
        toks.get(k)
            .is_some_and(|t| char_before(p, t.start) == Some(','))
    };
    let named = t.kind == Kind::Word && !t.stop && (t.proper || name == 0 && t.capital);
    (named && comma(from) && comma(verb_first) && from < verb_first).then_some(name)
}

/// Whether token `t` is an age as a news report sets it after a name ("Renard, 54,
/// said"): a whole number of 1 to 120 written in one to three digits.
pub(super) fn is_age(t: &Token) -> bool {
    let digits = (1..=3).contains(&t.norm.len()) && t.norm.bytes().all(|b| b.is_ascii_digit());
    matches!(t.kind, Kind::Number(v) if digits && (1.0..=120.0).contains(&v))
}

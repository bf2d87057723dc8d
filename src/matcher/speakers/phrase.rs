//! A source told as a noun phrase after "according to" or an inverted "said", or as the
//! subject of a speech verb: "a statement from Kremlin spokesman Dmitry Peskov",
//! "documents released by the Justice Department", "a report by Reuters", "a spokesman
//! for the Kremlin", "the Kremlin's spokesman, Dmitry Peskov", "Putin's office", "a
//! spokesman for Putin said", "an aide to the president said": which words of it name
//! who speaks.

use super::find::name_ends_clause;
use super::roles::{is_det, role_word};
use super::SPEECH;
use crate::matcher::features::Prepared;
use crate::matcher::flags::joins_name;
use crate::matcher::text::Token;

/// Who a source phrase names ([`source_phrase`]).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Phrase {
    /// A name starting at this token, read as the name right after the speech verb is
    /// ("a statement from Kremlin spokesman Dmitry Peskov": from "Kremlin"; "the
    /// Kremlin's spokesman, Dmitry Peskov": from "Dmitry"; "a spokesman for the Kremlin":
    /// from "Kremlin", an organisation by its "the").
    Name(usize),
    /// Tokens `.0..=.1` are the source: an unnamed role ("spokesman" of "a spokesman for
    /// Putin", "Putin's spokesman": not Putin) or an office ("Putin's office").
    Words(usize, usize),
}

/// Prepositions that lead from a source noun to whom it comes from: "a statement from
/// X", "a report by X", "a spokesman for X", "an aide to X".
const FROM: &[&str] = &["from", "by", "for", "to"];

/// The source named by the noun phrase at token `at` (right after "according to" or an
/// inverted "said", or the subject of a speech verb), with the phrase's last token;
/// `None` when it is no such phrase. The phrase is an article or a possessor ("a", "the",
/// "Putin's", "the Kremlin's", "the Kremlin"), one to three lower-case words ("statement",
/// "spokesman", "documents released"), then:
/// - ", Name" ending the clause: an apposition names the person ("the Kremlin's
///   spokesman, Dmitry Peskov");
/// - "from" or "by" and a name (the article may be left out before a preposition:
///   "documents released by the Justice Department"): that name, itself maybe such a
///   phrase ("a statement from the Kremlin's spokesman, Dmitry Peskov");
/// - "for" or "to" and whom the role speaks for: an organisation ("a spokesman for the
///   Kremlin": it speaks through the role), else the role itself, unnamed ("a spokesman
///   for Putin", "an aide to the president", "a lawyer for the family"), unless an
///   apposition names the role's person ("a spokesman for the Kremlin, Dmitry Peskov");
/// - nothing more after a possessor or an organisation's name: the role ("Putin's
///   spokesman", "a Kremlin spokesman"), or the office with its holder when it is one
///   ("Putin's office": an institution, `sources.rs`).
pub(super) fn source_phrase(p: &Prepared, toks: &[Token], at: usize) -> Option<(Phrase, usize)> {
    phrase(p, toks, at, 0)
}

/// [`source_phrase`], `depth` phrases deep (one phrase may hold one more).
fn phrase(p: &Prepared, toks: &[Token], at: usize, depth: usize) -> Option<(Phrase, usize)> {
    let chars = crate::matcher::flags::chars_of(p);
    let gap = |k: usize| chars.get(toks[k - 1].end..toks[k].start).unwrap_or(&[]);
    let joined = |k: usize| joins_name(gap(k));
    let mut k = at;
    let det = toks.get(k).is_some_and(|t| is_det(&t.norm));
    k += det as usize;
    // A possessor: "the Kremlin's", "Putin's", "White House's".
    let owner = k;
    let mut n = k;
    while toks.get(n).is_some_and(|t| t.proper) && n < k + 3 && (n == k || joined(n)) {
        if possessive(chars.get(toks[n].start..toks[n].end).unwrap_or(&[])) {
            k = n + 1;
            break;
        }
        n += 1;
    }
    // "the Kremlin spokesman": an organisation's name before the role, after an article.
    if det && n > k && toks.get(n).is_some_and(role_word) && joined(n) {
        k = n;
    }
    let owned = k > owner;
    // The source's own words: "statement", "spokesman", "documents released".
    let role = |t: &Token| role_word(t) && !SPEECH.contains(&t.norm.as_str());
    let words_from = |first: usize| {
        let mut k = first;
        while toks.get(k).is_some_and(role) && k < first + 3 && (k == first || joined(k)) {
            k += 1;
        }
        k
    };
    let first = k;
    k = words_from(first);
    if k == first {
        return None;
    }
    let last = k - 1;
    let next = toks.get(k);
    // The last word of a name starting at token `k`.
    let name_end = |k: usize| {
        let mut e = k;
        while toks.get(e + 1).is_some_and(|t| t.proper) && joined(e + 1) {
            e += 1;
        }
        e
    };
    // ", Dmitry Peskov": the apposition names the person.
    let apposition = |k: usize| -> Option<(Phrase, usize)> {
        let t = toks.get(k)?;
        (t.proper && gap(k).contains(&',') && !gap(k).contains(&'"'))
            .then_some(())
            .filter(|_| name_ends_clause(p, toks, k))
            .map(|_| (Phrase::Name(k), name_end(k)))
    };
    if det || owned {
        if let Some(found) = apposition(k) {
            return Some(found);
        }
    }
    match next {
        Some(t) if FROM.contains(&t.norm.as_str()) && joined(k) => {
            let x = k + 1;
            // "a spokesman for X", "an aide to X": whom the role speaks for.
            let speaks_for = matches!(t.norm.as_str(), "for" | "to");
            if depth == 0 && !speaks_for {
                if let Some(found) = phrase(p, toks, x, depth + 1) {
                    return Some(found);
                }
            }
            let article = toks.get(x).is_some_and(|t| t.norm == "the");
            let s = x + article as usize;
            if !toks.get(s).is_some_and(|t| t.proper) {
                // "an aide to the president", "a lawyer for the family": the role.
                let det = toks.get(x).is_some_and(|t| is_det(&t.norm));
                let end = words_from(x + 1);
                if !(speaks_for && det && end > x + 1) {
                    return None;
                }
                return apposition(end).or(Some((Phrase::Words(first, last), end - 1)));
            }
            let e = name_end(s);
            if !speaks_for {
                return Some((Phrase::Name(s), e));
            }
            // "a spokesman for the Kremlin, Dmitry Peskov": the apposition after whom the
            // role speaks for.
            if let Some(found) = apposition(e + 1) {
                return Some(found);
            }
            // An organisation ("the Kremlin") speaks through its spokesman; a person
            // ("Putin") does not, nor anyone through an aide: the role speaks.
            match article && t.norm == "for" {
                true => Some((Phrase::Name(s), e)),
                false => Some((Phrase::Words(first, last), e)),
            }
        }
        _ if owned && super::sources::is_institution(&toks[last]) => {
            Some((Phrase::Words(owner, last), last))
        }
        _ if owned => Some((Phrase::Words(first, last), last)),
        _ => None,
    }
}

/// Whether a word as written ends with a possessive "'s" ("Kremlin's", "Putin’s"; the
/// token's norm has lost it).
pub(crate) fn possessive(word: &[char]) -> bool {
    ends_possessive(word.iter().rev().copied())
}

/// [`possessive`] of a word given as text, read from its end without collecting its code
/// points.
pub(crate) fn possessive_text(word: &str) -> bool {
    ends_possessive(word.chars().rev())
}

/// Whether the code points `rev` (a word's, last first) open with "s" and an apostrophe:
/// the word ends with a possessive "'s".
fn ends_possessive(mut rev: impl Iterator<Item = char>) -> bool {
    matches!(
        (rev.next(), rev.next()),
        (Some('s' | 'S'), Some('\'' | '\u{2019}'))
    )
}

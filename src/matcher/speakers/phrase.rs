//! A source told as a noun phrase after "according to" or an inverted "said": "a
//! statement from Kremlin spokesman Dmitry Peskov", "documents released by the Justice
//! Department", "a report by Reuters", "a spokesman for the Kremlin", "the Kremlin's
//! spokesman, Dmitry Peskov", "Putin's office": which words of it name who speaks.

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
/// X", "a report by X", "a spokesman for X".
const FROM: &[&str] = &["from", "by", "for"];

/// The source named by the noun phrase at token `at` (right after "according to" or an
/// inverted "said"), `None` when it is no such phrase. The phrase is an article or a
/// possessor ("a", "the", "Putin's", "the Kremlin's", "the Kremlin"), one to three lower-case words
/// ("statement", "spokesman", "documents released"), then:
/// - ", Name" ending the clause: an apposition names the person ("the Kremlin's
///   spokesman, Dmitry Peskov");
/// - "from", "by" or "for" and a name (the article may be left out before a preposition:
///   "documents released by the Justice Department"): that name, itself maybe such a
///   phrase ("a statement from the Kremlin's spokesman, Dmitry Peskov"); after "for", a
///   person's name is whom the role speaks for ("a spokesman for Putin": the spokesman
///   speaks, a role), unless an apposition names the role's person;
/// - nothing more after a possessor: the role ("Putin's spokesman"), or the office with
///   its holder when it is one ("Putin's office": an institution, `sources.rs`).
pub(super) fn source_phrase(p: &Prepared, toks: &[Token], at: usize) -> Option<Phrase> {
    phrase(p, toks, at, 0)
}

/// [`source_phrase`], `depth` phrases deep (one phrase may hold one more).
fn phrase(p: &Prepared, toks: &[Token], at: usize, depth: usize) -> Option<Phrase> {
    let chars: Vec<char> = p.text.chars().collect();
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
    let first = k;
    while toks.get(k).is_some_and(role) && k < first + 3 && (k == first || joined(k)) {
        k += 1;
    }
    if k == first {
        return None;
    }
    let last = k - 1;
    let next = toks.get(k);
    // ", Dmitry Peskov": the apposition names the person.
    let apposition = |k: usize| -> Option<Phrase> {
        let t = toks.get(k)?;
        (t.proper && gap(k).contains(&',') && !gap(k).contains(&'"'))
            .then_some(())
            .filter(|_| name_ends_clause(p, toks, k))
            .map(|_| Phrase::Name(k))
    };
    if det || owned {
        if let Some(found) = apposition(k) {
            return Some(found);
        }
    }
    match next {
        Some(t) if FROM.contains(&t.norm.as_str()) && joined(k) => {
            let x = k + 1;
            if depth == 0 && t.norm != "for" {
                if let Some(found) = phrase(p, toks, x, depth + 1) {
                    return Some(found);
                }
            }
            let article = toks.get(x).is_some_and(|t| t.norm == "the");
            let s = x + article as usize;
            if !toks.get(s).is_some_and(|t| t.proper) {
                return None;
            }
            if t.norm != "for" {
                return Some(Phrase::Name(s));
            }
            // "a spokesman for the Kremlin, Dmitry Peskov": the apposition after whom the
            // role speaks for.
            let mut e = s;
            while toks.get(e + 1).is_some_and(|t| t.proper) && joined(e + 1) {
                e += 1;
            }
            if let Some(found) = apposition(e + 1) {
                return Some(found);
            }
            // An organisation ("the Kremlin") speaks through the role; a person ("Putin")
            // does not: the role speaks.
            match article {
                true => Some(Phrase::Name(s)),
                false => Some(Phrase::Words(first, last)),
            }
        }
        _ if owned && super::sources::is_institution(&toks[last]) => {
            Some(Phrase::Words(owner, last))
        }
        _ if owned => Some(Phrase::Words(first, last)),
        _ => None,
    }
}

/// Whether a word as written ends with a possessive "'s" ("Kremlin's", "Putin’s"; the
/// token's norm has lost it).
fn possessive(word: &[char]) -> bool {
    matches!(word, [.., '\'' | '\u{2019}', 's' | 'S'])
}

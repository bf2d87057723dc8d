//! Portuguese "no" ("in the", em + o: "morreram no acidente") against the negation "no"
//! of English and Spanish, for the negation rule (`outcome/negation.rs`; trial 31, F1) and
//! the score's negation feature (`prepared.rs`: a sentence's negations).

use super::guess;
use crate::matcher::language::Language;
use crate::matcher::text::{Kind, Token};

/// Function words of Portuguese that no English sentence has ("o", "dois": the article
/// and the number that Spanish writes "el", "dos").
const PORTUGUESE_WORDS: &[&str] = &[
    "em", "foi", "foram", "do", "da", "dos", "das", "ao", "os", "uma", "um", "pelo", "pela", "com",
    "não", "são", "na", "nos", "nas", "o", "dois", "duas", "num", "numa", "ele", "ela",
];

/// Endings of Portuguese past verbs ("morreu", "ficou", "morreram", "caíram", "feriu"):
/// a word of five letters or more ending so is Portuguese, not English nor Spanish
/// ("murió", "murieron").
const PORTUGUESE_PAST: &[&str] = &["ou", "eu", "aram", "eram", "iram", "íram", "iu"];

/// Words right after a Spanish "no" that make it the negation, not Portuguese "in the":
/// a clitic or an auxiliary ("no se", "no lo", "no hubo", "no fue").
const SPANISH_AFTER_NO: &[&str] = &[
    "se", "lo", "la", "le", "les", "hay", "hubo", "fue", "fueron", "ha", "han", "es", "son",
    "está", "están", "había",
];

/// Endings of Spanish verbs right after "no" ("no murieron", "no sobrevivió", "no
/// había"): the negation; Portuguese writes "no" before a noun ("no acidente").
const SPANISH_VERB_ENDINGS: &[&str] = &["aron", "ieron", "ó", "ía", "ían", "án", "ará", "erá"];

/// Whether token `i` of `toks` is Portuguese "no" ("in the": "morreram no acidente"), no
/// negation: in a sentence guessed Portuguese (`language::guess_sentence`, or
/// `language::guess_short` for a sentence of under six words) that has a word only
/// Portuguese writes ([`PORTUGUESE_WORDS`], a letter such as "ã", or a past verb of
/// [`PORTUGUESE_PAST`]), and not before a word that makes it Spanish's negation
/// ([`SPANISH_AFTER_NO`], [`SPANISH_VERB_ENDINGS`]: "Dos personas no murieron").
pub(in crate::matcher) fn portuguese_no(toks: &[Token], i: usize) -> bool {
    toks[i].norm == "no" && {
        // A word only Portuguese writes: the guess alone took "A two-week transition
        // period will begin no later than June 7." for Portuguese.
        let past = |t: &Token| {
            t.kind == Kind::Word
                && t.norm.chars().count() >= 5
                && PORTUGUESE_PAST.iter().any(|e| t.norm.ends_with(e))
        };
        let own = toks.iter().any(|t| {
            PORTUGUESE_WORDS.contains(&t.norm.as_str())
                || t.norm.contains(['ã', 'õ', 'ç', 'ê', 'ô'])
                || past(t)
        });
        let spanish = toks.get(i + 1).is_some_and(|n| {
            SPANISH_AFTER_NO.contains(&n.norm.as_str())
                || SPANISH_VERB_ENDINGS.iter().any(|e| n.norm.ends_with(e))
        });
        own && !spanish && guess(toks) == Some(Language::Portuguese)
    }
}

//! Negation and denial counted once per sentence: how many tokens negate what follows and
//! whether a word denies it ("denied that …", "a nié", "negó", "bestritt": [`is_denial`]),
//! read by the outcome flag and the negation conflict (`outcome/negation.rs`).

use super::negation::{negation_at, refusal};
use super::states;
use crate::matcher::lexicon::casualty;
use crate::matcher::lexicon::first_bytes::{first_bytes_of, may_start, FirstBytes};
use crate::matcher::prepared::Prepared;

/// How many tokens of `p` negate what follows ([`negation_at`]) and whether a word of it
/// denies what follows ([`is_denial`], but a verb of refusing before "a" and a verb, es
/// "se negó a pagar"): read once per sentence (`flags/facts.rs`; each pair
/// of all-pairs matching asks both of its sentences).
pub(in crate::matcher) fn negations_and_denial(p: &Prepared) -> (usize, bool) {
    *p.facts.negations.get_or_init(|| {
        let toks = &p.tokens;
        let negations = (0..toks.len()).filter(|&i| negation_at(toks, i)).count();
        // es "se negó a pagar", pt "negou-se a pagar" refuse, they deny nothing
        // (`negation::refusal`).
        let denial =
            |(i, t): (usize, &crate::matcher::text::Token)| is_denial(&t.norm) && !refusal(toks, i);
        (negations, toks.iter().enumerate().any(denial))
    })
}

/// A word that denies what follows it ("denied that …", "refuted reports that …", fr
/// "a nié", es "negó", de "bestritt": [`super::states::DENIED`]); `norm` a lower-case token or a
/// word of a list (a trailing `$` is dropped).
pub(super) fn is_denial(norm: &str) -> bool {
    let norm = norm.trim_end_matches('$');
    // A word whose first byte begins no word of the lists is none (most words: one test,
    // not a scan of the lists).
    if norm
        .as_bytes()
        .first()
        .is_some_and(|&b| !may_start(denial_starts(), b))
    {
        return false;
    }
    DENIAL_STEMS.iter().any(|w| norm.starts_with(w))
        || states::DENIED.iter().any(|f| casualty::is_form(norm, f))
}

/// English beginnings of a word of denial ("denied", "deny", "refuted"), for [`is_denial`].
const DENIAL_STEMS: &[&str] = &["deni", "deny", "refut"];

/// The first bytes of [`DENIAL_STEMS`] and of the forms of [`super::states::DENIED`]: a word
/// beginning with none of them is no denial.
fn denial_starts() -> &'static FirstBytes {
    static STARTS: std::sync::OnceLock<FirstBytes> = std::sync::OnceLock::new();
    STARTS.get_or_init(|| first_bytes_of(DENIAL_STEMS.iter().chain(states::DENIED).copied()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_of_denial_passes_the_first_byte_test() {
        for w in DENIAL_STEMS.iter().chain(states::DENIED) {
            assert!(is_denial(w), "{w}");
        }
        for w in ["denied", "refuted", "bestritt", "dementierte"] {
            assert!(is_denial(w), "{w}");
        }
        for w in ["said", "killed", "", "admitted"] {
            assert!(!is_denial(w), "{w}");
        }
    }
}

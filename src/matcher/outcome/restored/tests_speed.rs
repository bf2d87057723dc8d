//! Tests of `phrases`' first-byte filter (session 49, all-pairs speed): a token whose first
//! byte begins no word of `RESTORED`, `AGAIN` or `STILL` is passed over. Every word of
//! those lists, as a one-token word, still starts its phrase; a sentence with none of them
//! gives none.

use super::phrases;
use crate::matcher::features::{Idf, Prepared};
use crate::matcher::lexicon::restored::{AGAIN, DOWN, RESTORED, STILL, WORKING};

/// The phrases `s` tells.
fn told(s: &str) -> usize {
    phrases(&Prepared::new(s, Idf::builtin())).len()
}

/// Whether `w` is one token of its own text (some list words are written in two).
fn one_token(w: &str) -> bool {
    let p = Prepared::new(w, Idf::builtin());
    p.tokens.len() == 1 && p.tokens[0].norm == w
}

#[test]
fn every_word_of_the_lists_still_starts_its_phrase() {
    let mut checked = 0;
    for w in RESTORED.iter().filter(|w| one_token(w)) {
        assert!(
            told(&format!("Computer systems were {w} on Friday.")) > 0,
            "{w}"
        );
        checked += 1;
    }
    for w in AGAIN.iter().filter(|w| one_token(w)) {
        let s = format!("Computer systems were {w} {} on Friday.", WORKING[0]);
        assert!(told(&s) > 0, "{s}");
        checked += 1;
    }
    for w in STILL.iter().filter(|w| one_token(w)) {
        let s = format!("Computer systems were {w} {} on Friday.", DOWN[0]);
        assert!(told(&s) > 0, "{s}");
        checked += 1;
    }
    assert!(checked > 20, "only {checked} words checked");
    // Near cases: no word of the lists, or a word of working alone.
    for s in [
        "",
        "Computer systems were hit by a cyberattack on Friday.",
        "The systems are online.",
        "Les systèmes informatiques ont été piratés vendredi.",
    ] {
        assert_eq!(told(s), 0, "{s}");
    }
}

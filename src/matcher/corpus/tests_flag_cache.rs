//! The flags kept per pair of ranges (`corpus/flag_cache.rs`) change nothing: every
//! clause's suggestions and the scores and flags of each clause against each of them are
//! the same with the flags kept (read once, then reused by the sentence's other clauses
//! and by `score_ranges`) as read afresh each time.

use super::tests_clause_scores::{MANIF_A, MANIF_B, PONTE_A, PONTE_B};
use super::*;

/// The clauses of each sentence of `doc`: its strict parts between commas, semicolons
/// and colons, white space and the punctuation around them trimmed.
fn clauses(corpus: &Corpus, text: &str, doc: usize) -> Vec<(usize, usize)> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    for &(start, end) in corpus.sentences(doc) {
        let mut cuts = vec![start];
        cuts.extend(
            (start..end)
                .filter(|&k| matches!(chars[k], ',' | ';' | ':'))
                .map(|k| k + 1),
        );
        cuts.push(end);
        for w in cuts.windows(2) {
            let (mut s, mut e) = (w[0], w[1]);
            let edge = |c: char| c.is_whitespace() || c.is_ascii_punctuation();
            while s < e && edge(chars[s]) {
                s += 1;
            }
            while e > s && edge(chars[e - 1]) {
                e -= 1;
            }
            if s < e && (s, e) != (start, end) {
                out.push((s, e));
            }
        }
    }
    out
}

/// Every clause of both texts: its suggestions, and the score and flags of the clause
/// against each, from `corpus`.
fn every_clause(corpus: &Corpus, texts: &[&str; 2]) -> Vec<(Vec<Suggestion>, Vec<Suggestion>)> {
    let mut out = Vec::new();
    for (doc, text) in texts.iter().enumerate() {
        for (s, e) in clauses(corpus, text, doc) {
            let suggested = corpus.suggest(doc, s, e, 5);
            let scored = suggested
                .iter()
                .filter_map(|x| corpus.score_ranges((doc, s, e), (x.doc, x.start, x.end)))
                .collect();
            out.push((suggested, scored));
        }
    }
    out
}

#[test]
fn the_flags_kept_per_pair_give_what_the_flags_read_afresh_give() {
    let root = env!("CARGO_MANIFEST_DIR");
    let read = |n: &str| std::fs::read_to_string(format!("{root}/samples/{n}")).unwrap_or_default();
    let (afp, lat) = (
        read("afp-defector-footage.txt"),
        read("latimes-defector-video.txt"),
    );
    assert!(!afp.is_empty() && !lat.is_empty(), "the sample articles");
    for texts in [
        [afp.as_str(), lat.as_str()],
        [PONTE_A, PONTE_B],
        [MANIF_A, MANIF_B],
    ] {
        let kept = Corpus::new(&texts);
        let fresh = Corpus::new(&texts).keeping_flags(false);
        let (a, b) = (every_clause(&kept, &texts), every_clause(&fresh, &texts));
        assert!(!a.is_empty());
        assert_eq!(a, b);
        // Asked again, from the kept flags alone.
        assert_eq!(every_clause(&kept, &texts), b);
    }
}

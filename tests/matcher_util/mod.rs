//! Shared helpers for the matcher tests that read articles whole: a fixture article,
//! every scored pair of two articles with the texts of its two sentences, and the pair
//! whose sentences start with two given texts.
#![allow(dead_code)]

use parallax::matcher::{Corpus, PairSuggestion};

/// The text of fixture `name` in `tests/fixtures/{dir}/`. Panics when it cannot be read
/// (a test's own fixture).
pub fn article(dir: &str, name: &str) -> String {
    let path = format!("{}/tests/fixtures/{dir}/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Every scored pair of articles `a` and `b` (`Corpus::all_pairs` at 0), with the texts
/// of its two sentences, and the corpus of the two.
pub fn pairs(a: &str, b: &str) -> (Corpus, Vec<(PairSuggestion, String, String)>) {
    let corpus = Corpus::new(&[a, b]);
    let (ca, cb): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let pairs = corpus
        .all_pairs(0.0, &mut |_, _| {})
        .into_iter()
        .map(|p| {
            let ta = ca[p.a_start..p.a_end].iter().collect();
            let tb = cb[p.b_start..p.b_end].iter().collect();
            (p, ta, tb)
        })
        .collect();
    (corpus, pairs)
}

/// The pair of `pairs` (as [`pairs`] gives them) whose sentences start with `a` and `b`,
/// if it is scored.
pub fn find<'p>(
    pairs: &'p [(PairSuggestion, String, String)],
    a: &str,
    b: &str,
) -> Option<&'p PairSuggestion> {
    pairs
        .iter()
        .find(|(_, ta, tb)| ta.starts_with(a) && tb.starts_with(b))
        .map(|p| &p.0)
}

/// The flags of kind `kind` of the pair of `pairs` whose sentences start with `a` and `b`
/// (panics when the pair is not scored), as (text in `a`, text in `b`).
pub fn flags_of(
    pairs: &[(PairSuggestion, String, String)],
    kind: parallax::matcher::DiscrepancyKind,
    a: &str,
    b: &str,
) -> Vec<(String, String)> {
    let p = find(pairs, a, b).unwrap_or_else(|| panic!("pair {a:?} / {b:?}"));
    p.flags
        .iter()
        .filter(|d| d.kind == kind)
        .map(|d| (d.a.clone(), d.b.clone()))
        .collect()
}

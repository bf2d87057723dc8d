//! Benchmark-only exports, called from `tests/e2e/bench-matching.mjs` with
//! `performance.now()` around each call. Built only with the cargo feature `bench`
//! (`TRUNK_BUILD_FEATURES=bench cargo xtask dist`, see BENCHMARKS.md), so they are not in
//! the production page.

use super::worker::PageMatcher;
use crate::matcher::features::{score_prepared, Idf, Prepared};
use crate::model::Workspace;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

/// Suggestions for a workspace given as Parallax model JSON (`Workspace`), built from
/// scratch (corpus included). Returns the number of suggestions, or -1 on bad input.
#[wasm_bindgen]
pub fn parallax_bench_suggest(workspace_json: String) -> i32 {
    match serde_json::from_str::<Workspace>(&workspace_json) {
        Ok(ws) => {
            let s = crate::linking::suggestions(&ws);
            s.groups.iter().map(|g| g.suggestions.len()).sum::<usize>() as i32
        }
        Err(_) => -1,
    }
}

thread_local! {
    /// A workspace and its in-page matcher, kept between benchmark calls as the app keeps them.
    static BENCH_WS: RefCell<Option<(Workspace, PageMatcher)>> = const { RefCell::new(None) };
    /// Pre-normalised sentence pairs for [`parallax_bench_score_prepared`].
    static BENCH_PAIRS: RefCell<Vec<(Prepared, Prepared)>> = const { RefCell::new(Vec::new()) };
}

/// Keep a workspace (Parallax model JSON) and a fresh in-page matcher for
/// [`parallax_bench_suggest_kept`] / [`parallax_bench_suggest_span`]. Returns the number
/// of spans, or -1 on bad input.
#[wasm_bindgen]
pub fn parallax_bench_load(workspace_json: String) -> i32 {
    match serde_json::from_str::<Workspace>(&workspace_json) {
        Ok(ws) => {
            let n = ws.spans.len() as i32;
            BENCH_WS.with(|c| *c.borrow_mut() = Some((ws, PageMatcher::default())));
            n
        }
        Err(_) => -1,
    }
}

/// What the app does after each change while the documents stay the same: suggestions for
/// every claim and quote span of the kept workspace with the kept matcher (the first call
/// builds the corpus). Returns the number of suggestions, or -1 when nothing is loaded.
#[wasm_bindgen]
pub fn parallax_bench_suggest_kept() -> i32 {
    BENCH_WS.with(|c| match c.borrow_mut().as_mut() {
        Some((ws, m)) => {
            let s = m.suggest(ws);
            s.groups.iter().map(|g| g.suggestions.len()).sum::<usize>() as i32
        }
        None => -1,
    })
}

/// Suggestions for the kept workspace's span number `index` alone, with the kept corpus
/// (call [`parallax_bench_suggest_kept`] once first). Returns their number, or -1.
#[wasm_bindgen]
pub fn parallax_bench_suggest_span(index: usize) -> i32 {
    BENCH_WS.with(|c| match c.borrow().as_ref() {
        Some((ws, PageMatcher { matching: Some(m) })) => match ws.spans.get(index) {
            Some(span) => m.suggest_for(ws, span).len() as i32,
            None => -1,
        },
        _ => -1,
    })
}

/// Tokenise, normalise and stem every pair of `pairs_json` (a JSON array of `[a, b]`) and
/// keep them for [`parallax_bench_score_prepared`]. Returns the number of pairs, or -1.
#[wasm_bindgen]
pub fn parallax_bench_prepare_pairs(pairs_json: String) -> i32 {
    match serde_json::from_str::<Vec<(String, String)>>(&pairs_json) {
        Ok(pairs) => {
            let idf = Idf::builtin();
            let prepared: Vec<(Prepared, Prepared)> = pairs
                .iter()
                .map(|(a, b)| (Prepared::new(a, idf), Prepared::new(b, idf)))
                .collect();
            let n = prepared.len() as i32;
            BENCH_PAIRS.with(|c| *c.borrow_mut() = prepared);
            n
        }
        Err(_) => -1,
    }
}

/// Score every kept pre-normalised pair once (as `examples/bench_matcher.rs` does natively);
/// `offset` > 0 pairs sentence `a` of pair i with sentence `b` of pair (i * 7 + offset) % n
/// (mostly unrelated pairs). Returns the sum of the scores (so the work is not optimised away).
#[wasm_bindgen]
pub fn parallax_bench_score_prepared(offset: usize) -> f64 {
    BENCH_PAIRS.with(|c| {
        let pairs = c.borrow();
        let n = pairs.len();
        let mut sum = 0.0;
        for i in 0..n {
            let b = if offset == 0 { i } else { (i * 7 + offset) % n };
            sum += score_prepared(&pairs[i].0, &pairs[b].1);
        }
        sum
    })
}

/// All pairs scoring at least 0.5 between the given texts (a JSON array of strings).
/// Returns the number of pairs, or -1 on bad input.
#[wasm_bindgen]
pub fn parallax_bench_all_pairs(texts_json: String) -> i32 {
    match serde_json::from_str::<Vec<String>>(&texts_json) {
        Ok(texts) => {
            let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
            let c = crate::matcher::Corpus::new(&refs);
            c.all_pairs(crate::matcher::THRESHOLD, &mut |_, _| {}).len() as i32
        }
        Err(_) => -1,
    }
}

/// Share `part` of `parts` of the all pairs scoring at least 0.5 between the given texts (a
/// JSON array of strings; `Corpus::all_pairs_share`), as one of several Web Workers
/// computes it: the pairs as a JSON array, or an empty string on bad input.
#[wasm_bindgen]
pub fn parallax_bench_all_pairs_share(texts_json: String, part: usize, parts: usize) -> String {
    match serde_json::from_str::<Vec<String>>(&texts_json) {
        Ok(texts) => {
            let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
            let c = crate::matcher::Corpus::new(&refs);
            let share = c.all_pairs_share(crate::matcher::THRESHOLD, (part, parts), &mut |_, _| {});
            serde_json::to_string(&share).unwrap_or_default()
        }
        Err(_) => String::new(),
    }
}

/// The shares of [`parallax_bench_all_pairs_share`] (a JSON array of their arrays) merged
/// as `Corpus::merge_shares` merges them, summed up as `examples/bench_all_pairs.rs` prints
/// its checksum ("5889 pairs, 4850 flags, score sum 5018.016092" in the page at 9f7eb5a:
/// the wasm build's sum differs from the native one in the last digit), so the page can
/// check that the workers' merged output is the single run's. An empty string on bad input.
#[wasm_bindgen]
pub fn parallax_bench_merge_shares(shares_json: String) -> String {
    use crate::matcher::{Corpus, PairSuggestion};
    match serde_json::from_str::<Vec<Vec<PairSuggestion>>>(&shares_json) {
        Ok(shares) => {
            let found = Corpus::merge_shares(shares);
            let flags: usize = found.iter().map(|p| p.flags.len()).sum();
            let sum: f64 = found.iter().map(|p| p.score).sum();
            format!("{} pairs, {flags} flags, score sum {sum:.6}", found.len())
        }
        Err(_) => String::new(),
    }
}

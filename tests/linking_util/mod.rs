//! Shared helpers for the linking tests: code points of a phrase, and two articles with one
//! claim labelled and its suggestions in the other.
#![allow(dead_code)]

use parallax::linking::{self, SpanSuggestion};
use parallax::model::{Label, Workspace};

/// Code points `(start, end)` of the first `needle` in `text`. Panics when it is absent
/// (a test's own text).
pub fn cp_find(text: &str, needle: &str) -> (usize, usize) {
    let byte = text.find(needle).expect("needle in text");
    let start = text[..byte].chars().count();
    (start, start + needle.chars().count())
}

/// Two articles (`first` from "Reuters", `second` from "AP"), `claim` labelled a claim in
/// the first: the workspace and the suggestions in the second for that span, best first.
pub fn claim_suggestions(
    first: &str,
    second: &str,
    claim: &str,
) -> (Workspace, Vec<SpanSuggestion>) {
    let mut ws = Workspace::new();
    let a = ws.add_document("Reuters", "a.txt", first);
    let b = ws.add_document("AP", "b.txt", second);
    let (s, e) = cp_find(first, claim);
    let id = ws.add_span(&a, s, e, Label::Claim).expect("a span");
    let got = linking::suggestions(&ws);
    let suggestions = got
        .groups
        .iter()
        .find(|g| g.span == id)
        .map(|g| {
            g.suggestions
                .iter()
                .filter(|x| x.target_doc == b)
                .cloned()
                .collect()
        })
        .unwrap_or_default();
    (ws, suggestions)
}

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

/// Text of `(start, end)` code points of `text`.
pub fn slice(text: &str, (start, end): (usize, usize)) -> String {
    text.chars().skip(start).take(end - start).collect()
}

/// Labels `text` of document `a` (text `ta`) with `label`, accepts its suggestion in the
/// sentence of document `b` (text `tb`) that holds `sentence`, and returns the text of the
/// span the new link ends on. Panics when there is no such card (a test's own articles).
pub fn accept_in(
    ws: &mut Workspace,
    (a, ta): (&str, &str),
    (text, label): (&str, Label),
    (b, tb): (&str, &str),
    sentence: &str,
) -> String {
    let (s, e) = cp_find(ta, text);
    let span = ws.add_span(a, s, e, label).unwrap();
    let (s0, s1) = cp_find(tb, sentence);
    let all = linking::suggestions(ws);
    let group = all
        .groups
        .iter()
        .find(|g| g.span == span)
        .expect("a group for the span");
    let sug: &SpanSuggestion = group
        .suggestions
        .iter()
        .find(|x| x.target_doc == b && x.start < s1 && s0 < x.end)
        .unwrap_or_else(|| panic!("a card in {sentence:?}: {:?}", group.suggestions));
    let link = linking::accept(ws, &sug.clone()).unwrap();
    let l = ws
        .links
        .iter()
        .find(|l| l.id == link)
        .expect("the new link");
    let end = if l.a == span { &l.b } else { &l.a };
    let target = ws.span(end).expect("the span the link ends on");
    slice(tb, (target.start, target.end))
}

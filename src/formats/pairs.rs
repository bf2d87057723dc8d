//! Cross-source links as sentence-pair training data (JSONL, export only).
//!
//! One JSON object a line, the shape sentence-transformers' `InputExample` /
//! `datasets.load_dataset("json", ...)` reads for pair classification (columns
//! `sentence1`, `sentence2`, `label`), plus where each text comes from:
//!
//! `{"sentence1", "sentence2", "label": 1 | 0, "kind": "same" | "differs" | "rejected",
//!   "origin": "matcher" | "manual" | "rejected", "score": s | null,
//!   "a": {"doc", "title", "span", "start", "end", "label"},
//!   "b": {"doc", "title", "span" | null, "start", "end", "label" | null}}`
//!
//! - Every link in the workspace was accepted (made by hand, or a matcher suggestion the
//!   user kept): `label` 1. `kind: "differs"` means the same fact told differently.
//! - Every rejected suggestion: `label` 0, `b` the offered text (no span there).
//! - Offsets are code points into the document's text; `sentence1`/`sentence2` are exactly
//!   `text[start:end]`.

use crate::model::Workspace;
use serde_json::{json, Value};

/// Serialise the links and rejections as training pairs, with warnings for what the
/// format leaves out (everything that is not a pair).
pub fn export(ws: &Workspace) -> (String, Vec<String>) {
    let mut out = String::new();
    let end =
        |doc: &str, span: Option<&str>, start: usize, end: usize| -> Option<(String, Value)> {
            let d = ws.document(doc)?;
            let text = d.slice(start, end)?.to_string();
            let label = span.and_then(|s| ws.span(s)).map(|s| s.label.as_str());
            Some((
                text,
                json!({"doc": d.id, "title": d.title, "span": span, "start": start, "end": end,
                   "label": label}),
            ))
        };
    let span_end = |id: &str| {
        let s = ws.span(id)?;
        end(&s.doc, Some(&s.id), s.start, s.end)
    };
    let mut n = 0;
    for l in &ws.links {
        let (Some((ta, a)), Some((tb, b))) = (span_end(&l.a), span_end(&l.b)) else {
            continue;
        };
        let line = json!({
            "sentence1": ta, "sentence2": tb, "label": 1, "kind": l.kind, "origin": l.origin,
            "score": l.score, "a": a, "b": b,
        });
        out.push_str(&line.to_string());
        out.push('\n');
        n += 1;
    }
    let mut r = 0;
    for rej in &ws.rejections {
        let (Some((ta, a)), Some((tb, b))) =
            (span_end(&rej.span), end(&rej.doc, None, rej.start, rej.end))
        else {
            continue;
        };
        let line = json!({
            "sentence1": ta, "sentence2": tb, "label": 0, "kind": "rejected",
            "origin": "rejected", "score": null, "a": a, "b": b,
        });
        out.push_str(&line.to_string());
        out.push('\n');
        r += 1;
    }
    let warnings = if n + r == 0 {
        vec![
            "training pairs: the workspace has no links or rejected suggestions, so the file is \
             empty"
                .to_string(),
        ]
    } else {
        vec![format!(
            "training pairs: {n} accepted link(s) (label 1) and {r} rejected suggestion(s) \
             (label 0) were written; the documents' full texts, spans without links and \
             attribution relations are not part of this format"
        )]
    };
    (out, warnings)
}

//! The JSON the app autosaves after every change: the same Parallax JSON as the export
//! (one writer, [`super::json`]), built so that an article's text (up to 5 MB) is escaped
//! and hashed once, not after every label. [`DocCache`] keeps each document's JSON, keyed by
//! its shared text; the rest of the workspace (spans, links, relations, identity...) is
//! written afresh each time.

use super::json;
use crate::model::Workspace;
use std::collections::HashMap;
use std::sync::Arc;

/// Each document's JSON, by the address of its (shared, immutable) text. Holding the
/// `Arc` keeps the address from being reused while cached.
#[derive(Default)]
pub struct DocCache {
    docs: HashMap<usize, Cached>,
}

/// One document's JSON with what it was made from.
struct Cached {
    /// Held so the text's address is not reused while cached.
    _text: Arc<str>,
    id: String,
    title: String,
    source: String,
    meta: crate::model::DocMeta,
    json: Arc<str>,
}

impl DocCache {
    fn get(&mut self, d: &crate::model::Document) -> Result<Arc<str>, String> {
        let key = Arc::as_ptr(&d.text) as *const u8 as usize;
        if let Some(c) = self.docs.get(&key) {
            // Every field but the (shared, unchanging) text can be edited: compare them all.
            if c.id == d.id && c.title == d.title && c.source == d.source && c.meta == d.meta {
                return Ok(c.json.clone());
            }
        }
        let json: Arc<str> = json::document_value(d).to_string().into();
        self.docs.insert(
            key,
            Cached {
                _text: d.text.clone(),
                id: d.id.clone(),
                title: d.title.clone(),
                source: d.source.clone(),
                meta: d.meta.clone(),
                json: json.clone(),
            },
        );
        Ok(json)
    }

    /// Forget documents no longer in `ws` (or any earlier snapshot kept for undo: those
    /// are simply serialised again if they come back).
    fn retain(&mut self, ws: &Workspace) {
        let live: std::collections::HashSet<usize> = ws
            .documents
            .iter()
            .map(|d| Arc::as_ptr(&d.text) as *const u8 as usize)
            .collect();
        self.docs.retain(|k, _| live.contains(k));
    }
}

/// The workspace as compact Parallax JSON (`format`, `version`, and every field of the
/// workspace), document JSON taken from `cache`. `formats::import` reads it back.
pub fn autosave_json(ws: &Workspace, cache: &mut DocCache) -> Result<String, String> {
    autosave_with_annotator(ws, cache).map(|(json, _)| json)
}

/// [`autosave_json`], and the workspace's annotator if it names one (a top-level
/// `annotator` string, or `meta.annotator`), for the list of saved workspaces.
pub fn autosave_with_annotator(
    ws: &Workspace,
    cache: &mut DocCache,
) -> Result<(String, Option<String>), String> {
    let v = json::to_value_without_documents(ws);
    let annotator = v
        .get("annotator")
        .or_else(|| v.get("meta").and_then(|m| m.get("annotator")))
        .and_then(|a| a.as_str())
        .filter(|a| !a.trim().is_empty())
        .map(str::to_string);
    let rest = v.to_string();
    let mut docs = Vec::with_capacity(ws.documents.len());
    for d in &ws.documents {
        docs.push(cache.get(d)?);
    }
    cache.retain(ws);
    // Keys are sorted, so the top-level "documents" comes first; inside strings a quote
    // is escaped, so this pattern cannot match there.
    const EMPTY: &str = "\"documents\":[]";
    let at = rest
        .find(EMPTY)
        .ok_or_else(|| "could not prepare the workspace for saving".to_string())?;
    let total = rest.len() + docs.iter().map(|d| d.len() + 1).sum::<usize>();
    let mut out = String::with_capacity(total);
    out.push_str(&rest[..at]);
    out.push_str("\"documents\":[");
    for (i, d) in docs.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(d);
    }
    out.push(']');
    out.push_str(&rest[at + EMPTY.len()..]);
    Ok((out, annotator))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Label;

    /// What the export writes.
    fn plain(ws: &Workspace) -> serde_json::Value {
        json::to_value(ws)
    }

    #[test]
    fn same_json_as_serialising_the_whole_workspace_and_reads_back() {
        let mut ws = Workspace::new();
        let a = ws.add_document(
            "A \"quoted\" title",
            "a.txt",
            "A\n\n\"documents\":[] said the \u{1F600} text.",
        );
        ws.add_document("B", "b.txt", "B\n\nOther text here.");
        ws.add_span(&a, 3, 18, Label::Claim).unwrap();
        let mut cache = DocCache::default();
        for _ in 0..2 {
            let out = autosave_json(&ws, &mut cache).unwrap();
            let back: serde_json::Value = serde_json::from_str(&out).unwrap();
            assert_eq!(back, plain(&ws));
            let imported = crate::formats::import("saved", out.as_bytes()).unwrap();
            assert_eq!(imported.workspace.spans, ws.spans);
        }
        // A removed document leaves the cache; a new span shows up.
        let mut next = ws.clone();
        let b = next.documents[1].id.clone();
        next.remove_document(&b).unwrap();
        next.add_span(&a, 0, 1, Label::Context).unwrap();
        let out = autosave_json(&next, &mut cache).unwrap();
        assert_eq!(
            serde_json::from_str::<serde_json::Value>(&out).unwrap(),
            plain(&next)
        );
        assert_eq!(cache.docs.len(), 1);

        // Edited outlet metadata is saved (the cached JSON of that document is not reused).
        let mut edited = next.clone();
        edited.documents[0].meta.outlet = Some("AFP".into());
        let out = autosave_json(&edited, &mut cache).unwrap();
        let back = crate::formats::import("saved", out.as_bytes()).unwrap();
        assert_eq!(
            back.workspace.documents[0].meta.outlet.as_deref(),
            Some("AFP")
        );
        assert_eq!(
            serde_json::from_str::<serde_json::Value>(&out).unwrap(),
            plain(&edited)
        );

        // The identity and notes of issue 9 survive the autosave too.
        edited.identity.annotator = "maria".into();
        edited.identity.title = "Defector exercise".into();
        edited.spans[0].note = Some("a claim: it asserts a checkable fact".into());
        let (out, annotator) = autosave_with_annotator(&edited, &mut cache).unwrap();
        assert_eq!(annotator.as_deref(), Some("maria"));
        let back = crate::formats::import("saved", out.as_bytes()).unwrap();
        assert_eq!(back.workspace.identity, edited.identity);
        assert_eq!(back.workspace.spans[0].note, edited.spans[0].note);
    }
}

//! The JSON the app autosaves after every change: the same Parallax JSON as the export
//! (one writer, [`super::json`]), built so that an article's text (up to 5 MB) is escaped
//! and hashed once, not after every label. [`DocCache`] keeps each document's JSON, keyed by
//! its shared text; the rest of the workspace (spans, links, relations, identity...) is
//! written afresh each time.
//!
//! The browser keeps a workspace in two parts ([`record_json`]): a small *record* (this
//! JSON with each document's `"text"` left out; its `"sha256"` names the text) rewritten
//! after every change, and each article's text, stored once under its SHA-256.
//! [`join_record`] puts the texts back, giving Parallax JSON for `formats::import`. A
//! record whose documents still hold their texts (the layout of earlier versions, or the
//! fallback when the texts cannot be stored apart) needs nothing joined.

use super::json;
use crate::model::Workspace;
use serde_json::Value;
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
    text: Arc<str>,
    id: String,
    title: String,
    source: String,
    meta: crate::model::DocMeta,
    /// The whole document's JSON, made when first asked for.
    json: Option<Arc<str>>,
    /// The text's SHA-256 (hex) and the document's JSON without `"text"`, made when
    /// first asked for.
    stub: Option<(Arc<str>, Arc<str>)>,
}

impl DocCache {
    /// The cached entry of `d`, made afresh when `d` is new or its metadata changed.
    fn entry(&mut self, d: &crate::model::Document) -> &mut Cached {
        let key = Arc::as_ptr(&d.text) as *const u8 as usize;
        let made = |stub: Option<Arc<str>>| Cached {
            text: d.text.clone(),
            id: d.id.clone(),
            title: d.title.clone(),
            source: d.source.clone(),
            meta: d.meta.clone(),
            json: None,
            // Same text, so the same hash: only the metadata changed.
            stub: stub.map(|sha| {
                let json: Arc<str> = json::document_stub(d, &sha).to_string().into();
                (sha, json)
            }),
        };
        match self.docs.entry(key) {
            std::collections::hash_map::Entry::Occupied(o) => {
                let c = o.into_mut();
                // Every field but the (shared, unchanging) text can be edited: compare them all.
                if !(c.id == d.id && c.title == d.title && c.source == d.source && c.meta == d.meta)
                {
                    *c = made(c.stub.take().map(|s| s.0));
                }
                c
            }
            std::collections::hash_map::Entry::Vacant(v) => v.insert(made(None)),
        }
    }

    fn get(&mut self, d: &crate::model::Document) -> Arc<str> {
        let c = self.entry(d);
        if let Some(j) = &c.json {
            return j.clone();
        }
        let json: Arc<str> = json::document_value(d).to_string().into();
        c.json = Some(json.clone());
        json
    }

    /// The text's SHA-256 and the document's JSON without its text.
    fn stub(&mut self, d: &crate::model::Document) -> (Arc<str>, Arc<str>) {
        let c = self.entry(d);
        if let Some(s) = &c.stub {
            return s.clone();
        }
        let sha: Arc<str> = crate::model::text_sha256(&c.text).into();
        let stub: Arc<str> = json::document_stub(d, &sha).to_string().into();
        c.stub = Some((sha.clone(), stub.clone()));
        (sha, stub)
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
    let docs: Vec<Arc<str>> = ws.documents.iter().map(|d| cache.get(d)).collect();
    cache.retain(ws);
    assemble(ws, &docs)
}

/// The Parallax JSON of `ws` with `docs` (one JSON object per document, in order) as its
/// documents, and the annotator (see [`autosave_with_annotator`]).
fn assemble(ws: &Workspace, docs: &[Arc<str>]) -> Result<(String, Option<String>), String> {
    let v = json::to_value_without_documents(ws);
    let annotator = v
        .get("annotator")
        .or_else(|| v.get("meta").and_then(|m| m.get("annotator")))
        .and_then(|a| a.as_str())
        .filter(|a| !a.trim().is_empty())
        .map(str::to_string);
    let rest = v.to_string();
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

/// One article's text, stored apart from the record under its SHA-256.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredText {
    /// SHA-256 of the text's UTF-8 bytes, 64 lowercase hex digits (the document's
    /// `"sha256"` in the record).
    pub sha256: Arc<str>,
    /// The text exactly as loaded (shared with the workspace, not copied).
    pub text: Arc<str>,
}

/// A workspace ready to be saved in two parts.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    /// The record: Parallax JSON whose documents have no `"text"` (a few hundred bytes
    /// per document plus the annotations), or, with `inline`, the whole Parallax JSON.
    pub json: String,
    /// The workspace's annotator, if named (for the list of saved workspaces).
    pub annotator: Option<String>,
    /// Each document's text, in document order (empty with `inline`).
    pub texts: Vec<StoredText>,
}

/// Split `ws` into a record and its texts (see the module doc). Each text is hashed once
/// (the hash is cached in `cache` with the text), so after the first save of an article a
/// change costs the annotations' JSON only, whatever the texts' size. With `inline` the
/// record holds the texts itself (as [`autosave_with_annotator`]).
pub fn record_json(ws: &Workspace, cache: &mut DocCache, inline: bool) -> Result<Record, String> {
    if inline {
        let (json, annotator) = autosave_with_annotator(ws, cache)?;
        return Ok(Record {
            json,
            annotator,
            texts: Vec::new(),
        });
    }
    let mut docs = Vec::with_capacity(ws.documents.len());
    let mut texts = Vec::with_capacity(ws.documents.len());
    for d in &ws.documents {
        let (sha256, stub) = cache.stub(d);
        docs.push(stub);
        texts.push(StoredText {
            sha256,
            text: d.text.clone(),
        });
    }
    cache.retain(ws);
    let (json, annotator) = assemble(ws, &docs)?;
    Ok(Record {
        json,
        annotator,
        texts,
    })
}

/// The SHA-256 of every text a record leaves out (documents with a `"sha256"` and no
/// `"text"`), in document order. Empty for a record that holds its texts, and for one
/// that is not JSON (importing it reports the damage).
pub fn text_refs(record: &str) -> Vec<String> {
    let Ok(v) = serde_json::from_str::<Value>(record) else {
        return Vec::new();
    };
    let Some(docs) = v.get("documents").and_then(Value::as_array) else {
        return Vec::new();
    };
    docs.iter()
        .filter(|d| d.get("text").is_none())
        .filter_map(|d| d.get("sha256").and_then(Value::as_str))
        .map(str::to_string)
        .collect()
}

/// Put the texts (`texts`, by SHA-256) back into `record`, giving Parallax JSON that
/// `formats::import` reads. Documents that hold their text are left as they are.
///
/// Errors: the record is not a JSON object with a `documents` array, or a text it names
/// is missing from `texts` (the message names the article).
pub fn join_record(record: &str, texts: &HashMap<String, Arc<str>>) -> Result<String, String> {
    let mut v: Value = serde_json::from_str(record)
        .map_err(|e| format!("the saved workspace is not valid JSON ({e})"))?;
    let docs = v
        .get_mut("documents")
        .and_then(Value::as_array_mut)
        .ok_or_else(|| "the saved workspace has no list of documents".to_string())?;
    for d in docs.iter_mut() {
        let Some(o) = d.as_object_mut() else { continue };
        if o.contains_key("text") {
            continue;
        }
        let Some(sha) = o.get("sha256").and_then(Value::as_str) else {
            continue;
        };
        let text = texts.get(sha).ok_or_else(|| {
            let title = o.get("title").and_then(Value::as_str).unwrap_or("untitled");
            format!(
                "the text of the article \u{201c}{title}\u{201d} is missing from this browser's \
                 database (IndexedDB)"
            )
        })?;
        o.insert("text".into(), Value::String(text.to_string()));
    }
    Ok(v.to_string())
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

    /// A text with characters outside the BMP, CRLF line ends and a quote: what must come
    /// back byte for byte.
    const HARD: &str = "T\u{00ed}tulo \u{1F600}\r\n\r\n\u{1D49C} said \"\u{4e2d}\u{6587}\" \u{1F1EB}\u{1F1F7} ok.\n";

    #[test]
    fn record_leaves_out_texts_and_joins_back_byte_for_byte() {
        let mut ws = Workspace::new();
        let a = ws.add_document("Hard", "hard.txt", HARD);
        let b = ws.add_document("Plain", "b.txt", "B\n\nOther text here.");
        // Offsets are code points: 14..18 is "said", after two characters outside the BMP.
        ws.add_span(&a, 14, 18, Label::Claim).unwrap();
        ws.add_span(&b, 3, 8, Label::Quote).unwrap();
        let mut cache = DocCache::default();
        let rec = record_json(&ws, &mut cache, false).unwrap();
        // The record names the texts but does not hold them.
        assert!(!rec.json.contains("Other text here"));
        assert_eq!(rec.texts.len(), 2);
        assert_eq!(&*rec.texts[0].text, HARD);
        assert_eq!(&*rec.texts[0].sha256, crate::model::text_sha256(HARD));
        assert_eq!(
            text_refs(&rec.json),
            rec.texts
                .iter()
                .map(|t| t.sha256.to_string())
                .collect::<Vec<_>>()
        );
        let texts: HashMap<String, Arc<str>> = rec
            .texts
            .iter()
            .map(|t| (t.sha256.to_string(), t.text.clone()))
            .collect();
        let joined = join_record(&rec.json, &texts).unwrap();
        // Joined, it is exactly the whole-workspace JSON the export writes.
        assert_eq!(
            serde_json::from_str::<serde_json::Value>(&joined).unwrap(),
            plain(&ws)
        );
        let back = crate::formats::import("saved", joined.as_bytes()).unwrap();
        assert_eq!(&*back.workspace.documents[0].text, HARD);
        assert_eq!(back.workspace.spans, ws.spans);
        assert_eq!(
            back.workspace.span_text(&back.workspace.spans[0]),
            Some("said")
        );
        // A missing text is an error naming the article, not an empty article.
        let mut partial = texts.clone();
        partial.remove(&*rec.texts[0].sha256);
        let err = join_record(&rec.json, &partial).unwrap_err();
        assert!(err.contains("\u{201c}Hard\u{201d}"), "{err}");
    }

    #[test]
    fn record_after_an_edit_reuses_the_hash_and_changes_only_the_annotations() {
        let mut ws = Workspace::new();
        let a = ws.add_document("Hard", "hard.txt", HARD);
        let mut cache = DocCache::default();
        let first = record_json(&ws, &mut cache, false).unwrap();
        let mut next = ws.clone();
        next.add_span(&a, 0, 5, Label::Context).unwrap();
        let second = record_json(&next, &mut cache, false).unwrap();
        assert_eq!(first.texts, second.texts, "same text, same hash");
        assert!(Arc::ptr_eq(&first.texts[0].sha256, &second.texts[0].sha256));
        assert_ne!(first.json, second.json);
        // A title edit keeps the hash and shows up in the record.
        next.documents[0].title = "Renamed".into();
        let third = record_json(&next, &mut cache, false).unwrap();
        assert_eq!(third.texts[0].sha256, first.texts[0].sha256);
        assert!(third.json.contains("Renamed"));
    }

    #[test]
    fn inline_record_and_old_saves_need_no_texts() {
        let mut ws = Workspace::new();
        ws.add_document("Hard", "hard.txt", HARD);
        let mut cache = DocCache::default();
        let rec = record_json(&ws, &mut cache, true).unwrap();
        assert!(rec.texts.is_empty());
        assert!(text_refs(&rec.json).is_empty());
        // The earlier versions' save is such a record: joining changes nothing.
        let joined = join_record(&rec.json, &HashMap::new()).unwrap();
        let back = crate::formats::import("saved", joined.as_bytes()).unwrap();
        assert_eq!(&*back.workspace.documents[0].text, HARD);
        // A damaged record has no references (importing it reports the damage).
        assert!(text_refs("{\"documents\":[{\"sha256\":\"ab").is_empty());
        assert!(join_record("not json", &HashMap::new()).is_err());
    }
}

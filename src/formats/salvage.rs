//! Partial recovery of a saved workspace that no longer imports as a whole: keep every
//! article, span, link and relation that is still valid, and say what was left out.
//!
//! The app's restore code calls it when the autosaved workspace is damaged; it filters the
//! raw JSON item by item, then imports what is left with [`crate::formats::import_with`].

use super::{import_with, ImportOptions};
use crate::model::{offsets::cp_len, Label, Workspace};
use serde_json::{Map, Value};
use std::collections::{HashMap, HashSet};

fn str_of<'a>(o: &'a Map<String, Value>, key: &str) -> Option<&'a str> {
    o.get(key).and_then(Value::as_str)
}

/// Try to recover what is valid from `raw` (Parallax JSON that failed to import).
/// Returns the workspace and one message per item left out, or `None` if the text is not
/// even a JSON object with documents (then nothing can be recovered).
pub fn salvage(raw: &str) -> Option<(Workspace, Vec<String>)> {
    let mut v: Value = serde_json::from_str(raw).ok()?;
    let root = v.as_object_mut()?;
    let mut dropped = Vec::new();
    let mut ids = HashSet::new();

    // Documents: an id and a text.
    let mut doc_len: HashMap<String, usize> = HashMap::new();
    let docs = root.get_mut("documents")?.as_array_mut()?;
    docs.retain(|d| {
        let Some(o) = d.as_object() else {
            dropped.push("an article entry that is not an object".to_string());
            return false;
        };
        match (str_of(o, "id"), str_of(o, "text")) {
            (Some(id), Some(text)) if ids.insert(id.to_string()) => {
                doc_len.insert(id.to_string(), cp_len(text));
                true
            }
            (id, _) => {
                dropped.push(format!(
                    "article {} (no text, or its id is used twice)",
                    id.unwrap_or("without id")
                ));
                false
            }
        }
    });

    // Spans: inside their article, with a known label and a fresh id.
    let mut span_ids = HashSet::new();
    if let Some(spans) = root.get_mut("spans").and_then(Value::as_array_mut) {
        spans.retain(|s| {
            let Some(o) = s.as_object() else {
                dropped.push("a span entry that is not an object".to_string());
                return false;
            };
            let id = str_of(o, "id").unwrap_or("without id").to_string();
            let doc = str_of(o, "doc").unwrap_or("");
            let start = o.get("start").and_then(Value::as_u64);
            let end = o.get("end").and_then(Value::as_u64);
            let label = str_of(o, "label").and_then(Label::parse);
            let why = match (doc_len.get(doc), start, end, label) {
                (None, ..) => Some(format!("its article {doc:?} is missing")),
                (_, None, ..) | (_, _, None, _) => Some("it has no start or end".to_string()),
                (_, _, _, None) => {
                    Some("its label is not claim, quote, attribution or context".into())
                }
                (Some(&len), Some(s), Some(e), Some(_)) if s >= e || e as usize > len => Some(
                    format!("start {s}, end {e} does not fit its article of {len} characters"),
                ),
                _ if !ids.insert(id.clone()) => Some("its id is used twice".to_string()),
                _ => None,
            };
            match why {
                Some(why) => {
                    dropped.push(format!("span {id} ({why})"));
                    false
                }
                None => {
                    span_ids.insert(id);
                    true
                }
            }
        });
    }

    // Links and relations: both ends still there.
    for (key, a, b, what) in [
        ("links", "a", "b", "link"),
        ("relations", "from", "to", "attribution"),
    ] {
        if let Some(items) = root.get_mut(key).and_then(Value::as_array_mut) {
            items.retain(|item| {
                let o = item.as_object();
                let ends = o.map(|o| (str_of(o, a).unwrap_or(""), str_of(o, b).unwrap_or("")));
                let ok = ends.is_some_and(|(x, y)| span_ids.contains(x) && span_ids.contains(y));
                if !ok {
                    let id = o.and_then(|o| str_of(o, "id")).unwrap_or("without id");
                    dropped.push(format!("{what} {id} (a span it joins was left out)"));
                }
                ok
            });
        }
    }
    if let Some(items) = root.get_mut("rejections").and_then(Value::as_array_mut) {
        items.retain(|r| {
            r.get("span")
                .and_then(Value::as_str)
                .is_some_and(|s| span_ids.contains(s))
        });
    }

    let cleaned = v.to_string();
    let options = ImportOptions { reanchor: true };
    let imported = import_with("the saved workspace", cleaned.as_bytes(), &options).ok()?;
    dropped.extend(imported.warnings);
    Some((imported.workspace, dropped))
}

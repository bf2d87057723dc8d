//! JSONL (one document a line) export and import, plus import of doccano JSONL and Label
//! Studio JSON exports.
//!
//! Export, one line per document:
//! `{"id","title","source","text","spans":[{"id","start","end","label"}],
//!   "label":[[start,end,"claim"]],"relations":[{"id","from","to","kind"}]}`.
//! `label` repeats the spans doccano-style so doccano and spaCy scripts read the file
//! directly. Cross-source links, matcher scores and rejections are not carried.
//!
//! Import of a line reads `spans` if present, else doccano's `label` (`[[s, e, "L"]]`) or
//! `entities` (`[{"start_offset","end_offset","label"}]`), and `relations`
//! (`{"from"|"from_id","to"|"to_id","type"|"kind"}`). Offsets are code points. Labels match
//! case-insensitively; other labels are counted in warnings.

use super::build::{read, Draft, DraftDoc, DraftRelation, DraftSpan, Labels, Problem};
use super::json::syntax_error;
use super::{ErrorKind, FormatError, ImportOptions, Imported};
use crate::model::offsets::OffsetIndex;
use crate::model::Workspace;
use serde_json::{json, Value};
use std::collections::HashSet;

/// Serialise as JSONL, one document a line.
pub fn export(ws: &Workspace) -> String {
    let mut out = String::new();
    for d in &ws.documents {
        let spans: Vec<_> = ws.spans_of(&d.id).collect();
        let line = json!({
            "id": d.id,
            "title": d.title,
            "source": d.source,
            "text": &*d.text,
            "spans": spans.iter().map(|s| json!({
                "id": s.id, "start": s.start, "end": s.end, "label": s.label.as_str(),
            })).collect::<Vec<_>>(),
            "label": spans.iter().map(|s| json!([s.start, s.end, s.label.as_str()])).collect::<Vec<_>>(),
            "relations": ws.relations.iter()
                .filter(|r| spans.iter().any(|s| s.id == r.from))
                .map(|r| json!({"id": r.id, "from": r.from, "to": r.to, "kind": "attributes"}))
                .collect::<Vec<_>>(),
        });
        let mut line = line;
        if let (Value::Object(o), false) = (&mut line, d.meta.is_empty()) {
            o.insert("meta".into(), json!(d.meta));
        }
        out.push_str(&line.to_string());
        out.push('\n');
    }
    out
}

/// Ids are generated for items that have none, avoiding the file's own ids.
struct Ids {
    used: HashSet<String>,
    next: u64,
}

impl Ids {
    fn fresh(&mut self, prefix: &str) -> String {
        loop {
            self.next += 1;
            let id = format!("{prefix}{}", self.next);
            if self.used.insert(id.clone()) {
                return id;
            }
        }
    }
}

/// Any id value (string or number) as a string.
fn id_of(v: &Value) -> Option<String> {
    match v {
        Value::String(s) if !s.is_empty() => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// Import JSONL: ours or doccano's.
pub fn import(
    file_name: &str,
    text: &str,
    options: &ImportOptions,
) -> Result<Imported, FormatError> {
    let mut lines = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let v: Value = serde_json::from_str(line).map_err(|e| {
            let mut err = syntax_error(file_name, &e);
            err.message = format!(
                "{file_name} line {}: not valid JSON ({e}); each line must be one JSON object",
                i + 1
            );
            err
        })?;
        lines.push((i + 1, v));
    }
    if lines.is_empty() {
        return Err(FormatError::of(
            ErrorKind::Empty,
            format!("{file_name} has no documents"),
        ));
    }
    // Ids the file uses, so generated ones never collide.
    let mut used = HashSet::new();
    for (_, v) in &lines {
        if let Some(id) = v.get("id").and_then(id_of) {
            used.insert(format!("d{id}"));
            used.insert(id);
        }
        for key in ["spans", "entities", "relations"] {
            for s in v.get(key).and_then(Value::as_array).into_iter().flatten() {
                if let Some(id) = s.get("id").and_then(id_of) {
                    used.insert(id);
                }
            }
        }
    }
    let mut ids = Ids { used, next: 0 };
    let mut draft = Draft::default();
    let mut metas = Vec::new();
    for (n, v) in &lines {
        let at = format!("line {n}");
        match read_line(v, &at, &mut ids, &mut draft) {
            Err(m) => draft.problems.push(Problem::new(m)),
            // Outlet metadata: {"meta": {"outlet", "author", "published", "url"}}.
            Ok(()) => {
                if let (Some(m), Some(d)) = (v.get("meta"), draft.docs.last()) {
                    let (meta, bad) = super::json::read_meta(m, &format!("{at}: meta"));
                    draft.warnings.extend(bad);
                    if !meta.is_empty() {
                        metas.push((d.id.clone(), meta));
                    }
                }
            }
        }
    }
    let mut imported = draft.finish(options, Labels::SkipUnknown)?;
    for (id, meta) in metas {
        let _ = imported.workspace.set_document_meta(&id, meta);
    }
    Ok(imported)
}

fn read_line(v: &Value, at: &str, ids: &mut Ids, draft: &mut Draft) -> Result<(), String> {
    if !v.is_object() {
        return Err(format!(
            "{at} should be a JSON object but is {}",
            read::kind(v)
        ));
    }
    let text = read::string(v, "text", at)?;
    let doc_id = match v.get("id").and_then(id_of) {
        Some(id) if !draft.docs.iter().any(|d| d.id == id) => id,
        _ => ids.fresh("d"),
    };
    let title = read::opt_string(v, "title", at)?
        .or_else(|| {
            v.pointer("/meta/title")
                .and_then(Value::as_str)
                .map(String::from)
        })
        .unwrap_or_else(|| first_line(&text));
    let source = read::opt_string(v, "source", at)?.unwrap_or_default();
    // Span ids as written in the file (numbers included) -> our ids, for relations.
    let mut local: Vec<(String, String)> = Vec::new();
    if let Some(spans) = v.get("spans").filter(|s| !s.is_null()) {
        let spans = spans.as_array().ok_or_else(|| {
            format!(
                "{at}: \"spans\" should be a list but is {}",
                read::kind(spans)
            )
        })?;
        for (j, s) in spans.iter().enumerate() {
            let sat = format!("{at}: spans[{j}]");
            let id = fresh_span_id(s.get("id"), ids, draft, &mut local);
            draft.spans.push(DraftSpan {
                at: sat.clone(),
                id,
                doc: doc_id.clone(),
                start: read::offset(s, "start", &sat)?,
                end: read::offset(s, "end", &sat)?,
                label: label_of(s, &sat)?,
                quote: read::opt_string(s, "text", &sat)?,
            });
        }
    } else if let Some(ents) = v.get("entities").filter(|s| !s.is_null()) {
        let ents = ents.as_array().ok_or_else(|| {
            format!(
                "{at}: \"entities\" should be a list but is {}",
                read::kind(ents)
            )
        })?;
        for (j, s) in ents.iter().enumerate() {
            let sat = format!("{at}: entities[{j}]");
            let id = fresh_span_id(s.get("id"), ids, draft, &mut local);
            draft.spans.push(DraftSpan {
                at: sat.clone(),
                id,
                doc: doc_id.clone(),
                start: read::offset(s, "start_offset", &sat)?,
                end: read::offset(s, "end_offset", &sat)?,
                label: label_of(s, &sat)?,
                quote: None,
            });
        }
    } else {
        let key = if v.get("label").is_some() {
            "label"
        } else {
            "labels"
        };
        match v.get(key) {
            None | Some(Value::Null) => {}
            Some(Value::Array(items)) => {
                let mut doc_labels = 0;
                for (j, item) in items.iter().enumerate() {
                    let sat = format!("{at}: {key}[{j}]");
                    match item {
                        Value::Array(triple) if triple.len() >= 3 => {
                            let label = triple[2].as_str().ok_or_else(|| {
                                format!("{sat}: the label (third item) should be text")
                            })?;
                            let id = ids.fresh("s");
                            draft.spans.push(DraftSpan {
                                at: sat.clone(),
                                id,
                                doc: doc_id.clone(),
                                start: read::offset_value(&triple[0], "start", &sat)?,
                                end: read::offset_value(&triple[1], "end", &sat)?,
                                label: label.to_string(),
                                quote: None,
                            });
                        }
                        Value::String(_) => doc_labels += 1,
                        _ => {
                            return Err(format!(
                                "{sat} should be [start, end, \"label\"] but is {}",
                                item
                            ))
                        }
                    }
                }
                if doc_labels > 0 {
                    draft.warnings.push(format!(
                        "{at}: {doc_labels} document-level label(s) were ignored; Parallax labels spans"
                    ));
                }
            }
            Some(other) => {
                return Err(format!(
                    "{at}: \"{key}\" should be a list of [start, end, \"label\"] but is {}",
                    read::kind(other)
                ))
            }
        }
    }
    for (j, r) in read::list(v, "relations", at, true)?.iter().enumerate() {
        let rat = format!("{at}: relations[{j}]");
        let kind = r
            .get("kind")
            .or_else(|| r.get("type"))
            .and_then(Value::as_str)
            .unwrap_or("attributes");
        if !kind.eq_ignore_ascii_case("attributes") {
            draft.warnings.push(format!(
                "{rat}: relation type {kind:?} is not known to Parallax and was left out"
            ));
            continue;
        }
        let end = |names: [&str; 2]| -> Result<String, String> {
            let raw = names
                .iter()
                .find_map(|n| r.get(*n).and_then(id_of))
                .ok_or_else(|| format!("{rat}: \"{}\" is missing", names[0]))?;
            Ok(local
                .iter()
                .find(|(file_id, _)| *file_id == raw)
                .map(|(_, ours)| ours.clone())
                .unwrap_or(raw))
        };
        let from = end(["from", "from_id"])?;
        let to = end(["to", "to_id"])?;
        let id = match r.get("id").and_then(id_of) {
            Some(id) if !draft.relations.iter().any(|x| x.id == id) => id,
            _ => ids.fresh("r"),
        };
        draft.relations.push(DraftRelation {
            at: rat,
            id,
            from,
            to,
        });
    }
    draft.docs.push(DraftDoc {
        at: at.to_string(),
        id: doc_id,
        title,
        source,
        text,
        sha256: None,
    });
    Ok(())
}

/// The span's id: the file's own if it is a usable string id, else a fresh one
/// (numeric doccano ids are per-line, so they are remembered in `local` for relations).
fn fresh_span_id(
    raw: Option<&Value>,
    ids: &mut Ids,
    draft: &Draft,
    local: &mut Vec<(String, String)>,
) -> String {
    let file_id = raw.and_then(id_of);
    let id = match (&file_id, raw) {
        (Some(id), Some(Value::String(_))) if !draft.spans.iter().any(|s| &s.id == id) => {
            id.clone()
        }
        _ => ids.fresh("s"),
    };
    if let Some(f) = file_id {
        local.push((f, id.clone()));
    }
    id
}

fn label_of(s: &Value, at: &str) -> Result<String, String> {
    match s.get("label") {
        Some(Value::String(l)) => Ok(l.clone()),
        Some(Value::Array(ls)) => ls
            .first()
            .and_then(Value::as_str)
            .map(String::from)
            .ok_or_else(|| format!("{at}: \"label\" should be text")),
        None | Some(Value::Null) => Err(format!("{at}: \"label\" is missing")),
        Some(other) => Err(format!(
            "{at}: \"label\" should be text but is {}",
            read::kind(other)
        )),
    }
}

fn first_line(text: &str) -> String {
    let line = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("");
    let mut t: String = line.chars().take(80).collect();
    if line.chars().count() > 80 {
        t.push('…');
    }
    t
}

/// Import a Label Studio JSON export (a list of tasks with `data.text` and
/// `annotations[].result[]`). Offsets are code points; if a region's `text` only matches
/// when its offsets are read as UTF-16 units (as JavaScript counts), they are converted.
pub fn import_label_studio(
    file_name: &str,
    value: &Value,
    options: &ImportOptions,
) -> Result<Imported, FormatError> {
    let tasks = value.as_array().map(Vec::as_slice).unwrap_or(&[]);
    let mut ids = Ids {
        used: HashSet::new(),
        next: 0,
    };
    let mut draft = Draft::default();
    let mut utf16_fixed = 0;
    let mut multi = 0;
    for (i, task) in tasks.iter().enumerate() {
        let at = format!("task {}", i + 1);
        let r = (|| -> Result<(), String> {
            let data = task
                .get("data")
                .ok_or_else(|| format!("{at}: \"data\" is missing"))?;
            let text = match data.get("text") {
                Some(Value::String(t)) => t.clone(),
                _ => data
                    .as_object()
                    .and_then(|o| o.values().find_map(Value::as_str))
                    .map(String::from)
                    .ok_or_else(|| format!("{at}: \"data\" has no text"))?,
            };
            let doc_id = ids.fresh("d");
            let title = data
                .get("title")
                .and_then(Value::as_str)
                .map(String::from)
                .unwrap_or_else(|| first_line(&text));
            let oi = OffsetIndex::new(&text);
            let mut local: Vec<(String, String)> = Vec::new();
            let mut seen = HashSet::new();
            let sets = task
                .get("annotations")
                .or_else(|| task.get("completions"))
                .and_then(Value::as_array)
                .map(Vec::as_slice)
                .unwrap_or(&[]);
            if sets.len() > 1 {
                multi += 1;
            }
            let mut relations = Vec::new();
            for (a, set) in sets.iter().enumerate() {
                let results = set
                    .get("result")
                    .and_then(Value::as_array)
                    .map(Vec::as_slice)
                    .unwrap_or(&[]);
                for (j, res) in results.iter().enumerate() {
                    let rat = format!("{at}: annotations[{a}].result[{j}]");
                    let ty = res.get("type").and_then(Value::as_str).unwrap_or("");
                    if ty == "relation" {
                        relations.push((rat, res.clone()));
                        continue;
                    }
                    let Some(val) = res.get("value") else {
                        continue;
                    };
                    if val.get("start").is_none() {
                        continue; // choices, ratings, ...: not spans
                    }
                    let mut start = read::offset(val, "start", &rat)?;
                    let mut end = read::offset(val, "end", &rat)?;
                    let quote = read::opt_string(val, "text", &rat)?;
                    if let Some(q) = &quote {
                        let as_cp = oi.slice(&text, start as usize, end as usize);
                        if as_cp != Some(q.as_str()) {
                            let s16 = oi.utf16_to_cp(start as usize);
                            let e16 = oi.utf16_to_cp(end as usize);
                            if let (Some(s), Some(e)) = (s16, e16) {
                                if oi.slice(&text, s, e) == Some(q.as_str()) {
                                    start = s as u64;
                                    end = e as u64;
                                    utf16_fixed += 1;
                                }
                            }
                        }
                    }
                    let label = val
                        .get("labels")
                        .or_else(|| val.get(ty))
                        .and_then(Value::as_array)
                        .and_then(|l| l.first())
                        .and_then(Value::as_str)
                        .ok_or_else(|| format!("{rat}: the region has no label (value.labels)"))?
                        .to_string();
                    let key = (start, end, label.to_ascii_lowercase());
                    if !seen.insert(key) {
                        continue; // the same region from another annotator
                    }
                    let id = ids.fresh("s");
                    if let Some(rid) = res.get("id").and_then(id_of) {
                        local.push((rid, id.clone()));
                    }
                    draft.spans.push(DraftSpan {
                        at: rat,
                        id,
                        doc: doc_id.clone(),
                        start,
                        end,
                        label,
                        quote,
                    });
                }
            }
            for (rat, res) in relations {
                let find = |k: &str| {
                    res.get(k)
                        .and_then(id_of)
                        .and_then(|f| local.iter().find(|(x, _)| *x == f).map(|(_, o)| o.clone()))
                };
                match (find("from_id"), find("to_id")) {
                    (Some(from), Some(to)) => {
                        let id = ids.fresh("r");
                        draft.relations.push(DraftRelation { at: rat, id, from, to });
                    }
                    _ => draft.warnings.push(format!(
                        "{rat}: the relation refers to a region that was not imported; it was left out"
                    )),
                }
            }
            draft.docs.push(DraftDoc {
                at: at.clone(),
                id: doc_id,
                title,
                source: file_name.to_string(),
                text,
                sha256: None,
            });
            Ok(())
        })();
        if let Err(m) = r {
            draft.problems.push(Problem::new(m));
        }
    }
    if utf16_fixed > 0 {
        draft.warnings.push(format!(
            "{utf16_fixed} region(s) had offsets counted in UTF-16 units (as JavaScript counts); \
             they were converted to characters"
        ));
    }
    if multi > 0 {
        draft.warnings.push(format!(
            "{multi} task(s) had several annotators' results; they were merged"
        ));
    }
    draft.finish(options, Labels::SkipUnknown)
}

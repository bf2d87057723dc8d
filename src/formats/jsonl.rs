//! JSONL (one document a line) export and import, plus import of doccano JSONL.
//!
//! Export, one line per document, read by doccano's sequence-labelling import (`label`),
//! its relation-extraction import (`entities` + `relations`), spaCy scripts and Parallax:
//! `{"id","title","source","text",
//!   "spans":[{"id","start","end","label","text"}],
//!   "label":[[start,end,"claim"]],
//!   "entities":[{"id":1,"label","start_offset","end_offset"}],
//!   "relations":[{"id":1,"from_id":1,"to_id":2,"type":"attributes","px_id":"r9"}],
//!   "links":[{"id","a","b","kind","origin","score","flags"}],
//!   "rejections":[{"span","doc","start","end"}]}`.
//! Entity ids count from 1 within a line (doccano's shape); a link is listed in the line
//! of its span `a`, a rejection in the line of its span. Nothing of the workspace is left
//! out.
//!
//! Import of a line reads `spans` if present, else doccano's `label` / `labels`
//! (`[[s, e, "L"]]`) or `entities` (`[{"start_offset","end_offset","label"}]`), then
//! `relations` (`{"from"|"from_id","to"|"to_id","type"|"kind"}`), `links` and
//! `rejections`. Offsets are code points. Labels match case-insensitively; other labels
//! are counted in warnings.

use super::build::{
    read, Draft, DraftDoc, DraftLink, DraftRejection, DraftRelation, DraftSpan, Labels, Problem,
};
use super::json::syntax_error;
use super::{json_syntax, ErrorKind, FormatError, ImportOptions, Imported};
use crate::model::{Link, Rejection, Workspace};
use serde_json::{json, Value};
use std::collections::{BTreeMap, HashSet};

/// Serialise as JSONL, one document a line (see the module doc for the shape).
pub fn export(ws: &Workspace) -> String {
    export_with_warnings(ws).0
}

/// Serialise as JSONL, with warnings for what the format leaves out (nothing of the
/// workspace today: links and rejections travel in `links` / `rejections`).
pub fn export_with_warnings(ws: &Workspace) -> (String, Vec<String>) {
    let mut out = String::new();
    for d in &ws.documents {
        let spans: Vec<_> = ws.spans_of(&d.id).collect();
        // doccano's relation-extraction shape numbers the entities of a line from 1.
        let number: std::collections::HashMap<&str, usize> = spans
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id.as_str(), i + 1))
            .collect();
        let relations: Vec<_> = ws
            .relations
            .iter()
            .filter(|r| number.contains_key(r.from.as_str()) && number.contains_key(r.to.as_str()))
            .collect();
        let line = json!({
            "id": d.id,
            "title": d.title,
            "source": d.source,
            "text": &*d.text,
            "spans": spans.iter().map(|s| json!({
                "id": s.id, "start": s.start, "end": s.end, "label": s.label.as_str(),
                "text": d.slice(s.start, s.end).unwrap_or_default(),
            })).collect::<Vec<_>>(),
            "label": spans.iter().map(|s| json!([s.start, s.end, s.label.as_str()])).collect::<Vec<_>>(),
            "entities": spans.iter().map(|s| json!({
                "id": number[s.id.as_str()], "label": s.label.as_str(),
                "start_offset": s.start, "end_offset": s.end,
            })).collect::<Vec<_>>(),
            "relations": relations.iter().enumerate().map(|(i, r)| json!({
                "id": i + 1, "from_id": number[r.from.as_str()], "to_id": number[r.to.as_str()],
                "type": "attributes", "px_id": r.id,
            })).collect::<Vec<_>>(),
            "links": ws.links.iter()
                .filter(|l| ws.span(&l.a).is_some_and(|s| s.doc == d.id))
                .map(|l| serde_json::to_value(l).unwrap_or_default())
                .collect::<Vec<_>>(),
            "rejections": ws.rejections.iter()
                .filter(|r| ws.span(&r.span).is_some_and(|s| s.doc == d.id))
                .map(|r| serde_json::to_value(r).unwrap_or_default())
                .collect::<Vec<_>>(),
        });
        let mut line = line;
        if let (Value::Object(o), false) = (&mut line, d.meta.is_empty()) {
            o.insert("meta".into(), json!(d.meta));
        }
        out.push_str(&line.to_string());
        out.push('\n');
    }
    (out, vec![])
}

/// Ids are generated for items that have none, avoiding the file's own ids.
pub(crate) struct Ids {
    pub used: HashSet<String>,
    pub next: u64,
}

impl Ids {
    pub fn fresh(&mut self, prefix: &str) -> String {
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
pub(crate) fn id_of(v: &Value) -> Option<String> {
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
            let mut err = syntax_error(file_name, line, &e);
            err.message = match json_syntax::lone_surrogate(line) {
                Some(s) => format!(
                    "{file_name} line {}, column {}: {}",
                    i + 1,
                    s.column,
                    json_syntax::lone_surrogate_advice(&s)
                ),
                None => format!(
                    "{file_name} line {}: not valid JSON ({}, column {}); each line must be \
                     one JSON object: fix that line, or leave it out.",
                    i + 1,
                    json_syntax::cause(&e),
                    e.column()
                ),
            };
            err
        })?;
        lines.push((i + 1, v));
    }
    if lines.is_empty() {
        return Err(FormatError::of(
            ErrorKind::Empty,
            format!(
                "{file_name} has no documents; put one JSON object with the article's \
                 \"text\" on each line, or choose another file."
            ),
        ));
    }
    if lines
        .first()
        .is_some_and(|(_, v)| v.get("sentence1").is_some() && v.get("text").is_none())
    {
        return Err(FormatError::of(
            ErrorKind::Unsupported,
            format!(
                "{file_name} is a training-pairs export (sentence1, sentence2, label); it holds \
                 pairs of texts, not whole documents, so it cannot be imported. Import the \
                 Parallax JSON you exported it from."
            ),
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
    let mut left_out: BTreeMap<String, usize> = BTreeMap::new();
    let mut metas = Vec::new();
    for (n, v) in &lines {
        let at = format!("line {n}");
        match read_line(v, &at, &mut ids, &mut draft, &mut left_out) {
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
    for (what, n) in left_out {
        draft.warnings.push(format!("{n} {what}"));
    }
    let mut imported = draft.finish(options, Labels::SkipUnknown)?;
    for (id, meta) in metas {
        let _ = imported.workspace.set_document_meta(&id, meta);
    }
    Ok(imported)
}

/// The fields a line may have; others are reported (doccano's `Comments`, ...).
const KNOWN: &[&str] = &[
    "id",
    "title",
    "source",
    "text",
    "spans",
    "label",
    "labels",
    "entities",
    "relations",
    "links",
    "rejections",
    "meta",
];

/// Read one line into `draft`; what is left out is counted in `left_out` by message.
fn read_line(
    v: &Value,
    at: &str,
    ids: &mut Ids,
    draft: &mut Draft,
    left_out: &mut BTreeMap<String, usize>,
) -> Result<(), String> {
    let Some(obj) = v.as_object() else {
        return Err(format!(
            "{at} should be a JSON object but is {}",
            read::kind(v)
        ));
    };
    for (k, x) in obj {
        let empty = match x {
            Value::Null => true,
            Value::Array(a) => a.is_empty(),
            Value::Object(o) => o.is_empty(),
            Value::String(s) => s.is_empty(),
            _ => false,
        };
        if !KNOWN.contains(&k.as_str()) && !empty {
            *left_out
                .entry(format!("value(s) of the field {k:?} were not imported"))
                .or_default() += 1;
        }
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
    let mut by_entity: Vec<(String, String)> = Vec::new();
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
        // Our own export also writes doccano's `entities` (numbered from 1), which its
        // `relations` refer to by `from_id`/`to_id`: entities[j] is spans[j].
        let ours: Vec<String> = draft.spans[draft.spans.len() - spans.len()..]
            .iter()
            .map(|s| s.id.clone())
            .collect();
        for (j, e) in v
            .get("entities")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .enumerate()
        {
            if let (Some(eid), Some(id)) = (e.get("id").and_then(id_of), ours.get(j)) {
                by_entity.push((eid, id.clone()));
            }
        }
    } else {
        // doccano's variants: `entities` (relation extraction, or older exports), `label`
        // (sequence labelling), `labels`; items are {"start_offset","end_offset","label"}
        // objects (also "start"/"end") or [start, end, "label"] triples; plain strings are
        // document-level (text classification) labels.
        let key = ["entities", "label", "labels"]
            .into_iter()
            .find(|k| v.get(*k).is_some_and(|x| !x.is_null()));
        if let Some(key) = key {
            let items = v[key].as_array().ok_or_else(|| {
                format!(
                    "{at}: \"{key}\" should be a list of spans but is {}",
                    read::kind(&v[key])
                )
            })?;
            let mut doc_labels = 0;
            for (j, item) in items.iter().enumerate() {
                let sat = format!("{at}: {key}[{j}]");
                let (start, end, label) = match item {
                    Value::Array(triple) if triple.len() >= 3 => {
                        let label = triple[2].as_str().ok_or_else(|| {
                            format!("{sat}: the label (third item) should be text")
                        })?;
                        (
                            read::offset_value(&triple[0], "start", &sat)?,
                            read::offset_value(&triple[1], "end", &sat)?,
                            label.to_string(),
                        )
                    }
                    Value::Object(_) => {
                        let pick = |a: &str, b: &str| {
                            if item.get(a).is_some() {
                                read::offset(item, a, &sat)
                            } else {
                                read::offset(item, b, &sat)
                            }
                        };
                        (
                            pick("start_offset", "start")?,
                            pick("end_offset", "end")?,
                            label_of(item, &sat)?,
                        )
                    }
                    Value::String(_) => {
                        doc_labels += 1;
                        continue;
                    }
                    _ => {
                        return Err(format!(
                            "{sat} should be [start, end, \"label\"] or {{\"start_offset\", \
                             \"end_offset\", \"label\"}} but is {item}"
                        ))
                    }
                };
                let id = if item.is_object() {
                    fresh_span_id(item.get("id"), ids, draft, &mut local)
                } else {
                    ids.fresh("s")
                };
                let quote = item.get("text").and_then(Value::as_str).map(String::from);
                draft.spans.push(DraftSpan {
                    at: sat,
                    id,
                    doc: doc_id.clone(),
                    start,
                    end,
                    label,
                    quote,
                });
            }
            if doc_labels > 0 {
                draft.warnings.push(format!(
                    "{at}: {doc_labels} document-level label(s) were ignored; Parallax labels spans"
                ));
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
            *left_out
                .entry(format!(
                    "relation(s) of type {kind:?} were left out (Parallax knows \"attributes\")"
                ))
                .or_default() += 1;
            continue;
        }
        let end = |names: [&str; 2]| -> Result<String, String> {
            let (name, raw) = names
                .iter()
                .find_map(|n| Some((*n, r.get(*n).and_then(id_of)?)))
                .ok_or_else(|| format!("{rat}: \"{}\" is missing", names[0]))?;
            let map = if name.ends_with("_id") && !by_entity.is_empty() {
                &by_entity
            } else {
                &local
            };
            Ok(map
                .iter()
                .find(|(file_id, _)| *file_id == raw)
                .map(|(_, ours)| ours.clone())
                .unwrap_or(raw))
        };
        let from = end(["from", "from_id"])?;
        let to = end(["to", "to_id"])?;
        let id = match r.get("px_id").or_else(|| r.get("id")).and_then(id_of) {
            Some(id)
                if !id.bytes().all(|b| b.is_ascii_digit())
                    && !draft.relations.iter().any(|x| x.id == id) =>
            {
                id
            }
            _ => ids.fresh("r"),
        };
        draft.relations.push(DraftRelation {
            at: rat,
            id,
            from,
            to,
        });
    }
    for (j, l) in read::list(v, "links", at, true)?.iter().enumerate() {
        let lat = format!("{at}: links[{j}]");
        let link: Link = serde_json::from_value(l.clone()).map_err(|e| {
            format!("{lat}: {e}; a link is {{\"id\", \"a\", \"b\", \"kind\", \"origin\"}}")
        })?;
        draft.links.push(DraftLink {
            at: lat,
            id: link.id,
            a: link.a,
            b: link.b,
            kind: link.kind,
            origin: link.origin,
            score: link.score,
            flags: link.flags,
        });
    }
    for (j, r) in read::list(v, "rejections", at, true)?.iter().enumerate() {
        let rat = format!("{at}: rejections[{j}]");
        match serde_json::from_value::<Rejection>(r.clone()) {
            Ok(rejection) => draft.rejections.push(DraftRejection { at: rat, rejection }),
            Err(e) => draft.warnings.push(format!("{rat}: {e}; it was left out")),
        }
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

pub(crate) fn first_line(text: &str) -> String {
    let line = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("");
    crate::model::text::ellipsize(line, 80)
}

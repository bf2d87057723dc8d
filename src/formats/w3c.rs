//! W3C Web Annotation (JSON-LD) export and import, lossless.
//!
//! The export is an `AnnotationCollection` whose `first` page holds one `Annotation` per
//! span (a `TextualBody` with purpose `tagging` and the label as value; the target is the
//! document's URN with a `TextQuoteSelector` and a `TextPositionSelector`, positions in
//! **code points**), one per cross-source link (motivation `linking`, the two span
//! annotations' ids as targets) and one per attribution relation (motivation `linking`,
//! body `attributes`). What the Web Annotation vocabulary has no term for travels in
//! `px:` extension properties (`px:` is declared in the `@context`): the documents with
//! their full text (`px:documents`), link kind/origin/score/flags, rejections and
//! `px:nextId`. Import reads these files back exactly.
//!
//! The model's requirements (W3C Web Annotation Data Model §3-4, "MUST"): every
//! annotation has an IRI `id`, `type: "Annotation"` and a `target`; a `TextualBody` has a
//! `value`; position selectors have non-negative integer `start`/`end`; the collection and
//! its page each have an `id` and a `type`, and the page has `items`. Document titles use
//! a `title` term defined in the `@context` as `dcterms:title`, so JSON-LD processors keep
//! them (`tests/formats_interop.rs` checks all of this on the expanded form's keys).

use super::build::{
    read, Draft, DraftDoc, DraftLink, DraftRejection, DraftRelation, DraftSpan, Labels, Problem,
};
use super::json::{newer_version, VERSION};
use super::{ErrorKind, FormatError, ImportOptions, Imported};
use crate::model::offsets::OffsetIndex;
use crate::model::{text_sha256, Flag, LinkKind, Origin, Rejection, Workspace};
use serde_json::{json, Value};

/// The Parallax extension namespace.
pub const NS: &str = "https://parallax.invalid/ns#";
const COLLECTION: &str = "urn:parallax:collection";
/// The single page's id: the model requires one on every `AnnotationPage`.
const PAGE: &str = "urn:parallax:collection:page:1";
const DOC: &str = "urn:parallax:doc:";
const SPAN: &str = "urn:parallax:span:";
const LINK: &str = "urn:parallax:link:";
const REL: &str = "urn:parallax:relation:";

/// Characters of context kept in a TextQuoteSelector's prefix and suffix.
const CONTEXT: usize = 32;

/// Serialise as a W3C Web Annotation collection.
pub fn export(ws: &Workspace) -> String {
    serde_json::to_string_pretty(&to_value(ws)).unwrap_or_default()
}

/// The workspace as a W3C Web Annotation `AnnotationCollection` JSON value (what [`export`]
/// writes): one annotation per span, link and relation, positions in code points, with
/// the rest in `px:` extension properties (see the module docs).
pub fn to_value(ws: &Workspace) -> Value {
    let mut items = Vec::new();
    let indexes: Vec<OffsetIndex> = ws
        .documents
        .iter()
        .map(|d| OffsetIndex::new(&d.text))
        .collect();
    for s in &ws.spans {
        let Some(di) = ws.documents.iter().position(|d| d.id == s.doc) else {
            continue;
        };
        let (text, oi) = (&ws.documents[di].text, &indexes[di]);
        let exact = oi.slice(text, s.start, s.end).unwrap_or_default();
        let prefix = oi
            .slice(text, s.start.saturating_sub(CONTEXT), s.start)
            .unwrap_or_default();
        let suffix = oi
            .slice(text, s.end, (s.end + CONTEXT).min(oi.cp_len()))
            .unwrap_or_default();
        items.push(json!({
            "id": format!("{SPAN}{}", s.id),
            "type": "Annotation",
            "motivation": "tagging",
            "body": {"type": "TextualBody", "purpose": "tagging", "value": s.label.as_str()},
            "target": {
                "source": format!("{DOC}{}", s.doc),
                "selector": [
                    {"type": "TextQuoteSelector", "exact": exact, "prefix": prefix, "suffix": suffix},
                    {"type": "TextPositionSelector", "start": s.start, "end": s.end},
                ],
            },
        }));
    }
    for l in &ws.links {
        let mut bodies =
            vec![json!({"type": "TextualBody", "purpose": "tagging", "value": l.kind})];
        for f in &l.flags {
            bodies.push(json!({
                "type": "TextualBody", "purpose": "commenting",
                "value": format!("{}: {} / {}", f.kind, f.a, f.b),
            }));
        }
        let mut a = json!({
            "id": format!("{LINK}{}", l.id),
            "type": "Annotation",
            "motivation": "linking",
            "body": bodies,
            "target": [format!("{SPAN}{}", l.a), format!("{SPAN}{}", l.b)],
            "px:kind": l.kind,
            "px:origin": l.origin,
            "px:flags": l.flags,
        });
        if let Some(score) = l.score.filter(|s| s.is_finite()) {
            a["px:score"] = json!(score);
        }
        items.push(a);
    }
    for r in &ws.relations {
        items.push(json!({
            "id": format!("{REL}{}", r.id),
            "type": "Annotation",
            "motivation": "linking",
            "body": {"type": "TextualBody", "purpose": "tagging", "value": "attributes"},
            "target": [format!("{SPAN}{}", r.from), format!("{SPAN}{}", r.to)],
            "px:relation": "attributes",
        }));
    }
    let docs: Vec<Value> = ws
        .documents
        .iter()
        .map(|d| {
            let mut v = json!({
                "id": format!("{DOC}{}", d.id),
                "type": "Text",
                "format": "text/plain",
                "title": d.title,
                "px:source": d.source,
                "px:sha256": text_sha256(&d.text),
                "px:text": &*d.text,
            });
            // Outlet metadata as px:outlet, px:author, px:published, px:url (when set).
            if let Value::Object(o) = &mut v {
                for f in crate::model::DocMeta::FIELDS {
                    if let Some(x) = d.meta.get(f) {
                        o.insert(format!("px:{f}"), json!(x));
                    }
                }
            }
            v
        })
        .collect();
    json!({
        // `title` is not a Web Annotation term: define it (Dublin Core) so JSON-LD tools
        // keep the documents' titles.
        "@context": ["http://www.w3.org/ns/anno.jsonld",
                     {"px": NS, "title": "http://purl.org/dc/terms/title"}],
        "id": COLLECTION,
        "type": "AnnotationCollection",
        "label": "Parallax workspace",
        "total": items.len(),
        "px:version": super::json::VERSION,
        "px:nextId": ws.next_id,
        "px:documents": docs,
        "px:rejections": ws.rejections,
        "first": {"id": PAGE, "type": "AnnotationPage", "partOf": COLLECTION,
                  "startIndex": 0, "items": items},
        "last": PAGE,
    })
}

/// True if `v` looks like Web Annotation JSON-LD (a collection, a page, an annotation or
/// a list of annotations).
pub fn looks_like(v: &Value) -> bool {
    match v {
        Value::Object(o) => {
            o.contains_key("@context")
                || matches!(
                    o.get("type").and_then(Value::as_str),
                    Some("AnnotationCollection" | "AnnotationPage" | "Annotation")
                )
        }
        Value::Array(a) => a
            .iter()
            .any(|x| x.get("type").and_then(Value::as_str) == Some("Annotation")),
        _ => false,
    }
}

fn strip<'a>(id: &'a str, prefix: &str) -> &'a str {
    id.strip_prefix(prefix).unwrap_or(id)
}

/// Import a parsed Web Annotation value exported by Parallax.
pub fn import_value(
    file_name: &str,
    v: Value,
    options: &ImportOptions,
) -> Result<Imported, FormatError> {
    let docs = v.get("px:documents").and_then(Value::as_array);
    let Some(docs) = docs else {
        return Err(FormatError::of(
            ErrorKind::Unsupported,
            format!(
                "{file_name} is W3C Web Annotation, but it does not carry the documents' text \
                 (\"px:documents\"), so the annotations have nothing to point into. Parallax \
                 imports the Web Annotation files it exports; load the articles and annotate them, \
                 or import Parallax JSON."
            ),
        ));
    };
    let mut draft = Draft::default();
    if let Some(n) = v.get("px:version").and_then(Value::as_u64) {
        if n > VERSION {
            return Err(newer_version(n));
        }
    }
    draft.next_id = v.get("px:nextId").and_then(Value::as_u64).unwrap_or(0);
    let mut metas = Vec::new();
    for (i, d) in docs.iter().enumerate() {
        let at = format!("px:documents[{i}]");
        let mut meta = crate::model::DocMeta::default();
        for f in crate::model::DocMeta::FIELDS {
            if let Some(x) = d.get(format!("px:{f}")).and_then(Value::as_str) {
                meta.set(f, x);
            }
        }
        if let (false, Some(id)) = (meta.is_empty(), d.get("id").and_then(Value::as_str)) {
            metas.push((strip(id, DOC).to_string(), meta));
        }
        let r = (|| {
            Ok::<_, String>(DraftDoc {
                id: strip(&read::string(d, "id", &at)?, DOC).to_string(),
                title: read::opt_string(d, "title", &at)?.unwrap_or_default(),
                source: read::opt_string(d, "px:source", &at)?.unwrap_or_default(),
                text: read::string(d, "px:text", &at)?,
                sha256: read::opt_string(d, "px:sha256", &at)?,
                at: at.clone(),
            })
        })();
        match r {
            Ok(doc) => draft.docs.push(doc),
            Err(m) => draft.problems.push(Problem::new(m)),
        }
    }
    let items: &[Value] = match &v {
        Value::Array(a) => a,
        _ => v
            .pointer("/first/items")
            .or_else(|| v.get("items"))
            .and_then(Value::as_array)
            .map(Vec::as_slice)
            .unwrap_or(&[]),
    };
    for (i, a) in items.iter().enumerate() {
        let at = match a.get("id").and_then(Value::as_str) {
            Some(id) => format!("annotation {i} ({id})"),
            None => format!("annotation {i}"),
        };
        if let Err(m) = read_annotation(a, &at, &mut draft) {
            draft.problems.push(Problem::new(m));
        }
    }
    if let Some(rs) = v.get("px:rejections").and_then(Value::as_array) {
        for (i, r) in rs.iter().enumerate() {
            let at = format!("px:rejections[{i}]");
            let rej = (|| {
                Ok::<_, String>(Rejection {
                    span: read::string(r, "span", &at)?,
                    doc: read::string(r, "doc", &at)?,
                    start: read::offset(r, "start", &at)? as usize,
                    end: read::offset(r, "end", &at)? as usize,
                })
            })();
            match rej {
                Ok(rejection) => draft.rejections.push(DraftRejection { at, rejection }),
                Err(m) => draft.problems.push(Problem::new(m)),
            }
        }
    }
    let mut imported = draft.finish(options, Labels::Strict)?;
    for (id, meta) in metas {
        let _ = imported.workspace.set_document_meta(&id, meta);
    }
    Ok(imported)
}

fn read_annotation(a: &Value, at: &str, draft: &mut Draft) -> Result<(), String> {
    let id = read::string(a, "id", at)?;
    let motivation = a.get("motivation").and_then(Value::as_str).unwrap_or("");
    let bodies: Vec<&Value> = match a.get("body") {
        Some(Value::Array(b)) => b.iter().collect(),
        Some(b) => vec![b],
        None => vec![],
    };
    let tag = bodies
        .iter()
        .find(|b| b.get("purpose").and_then(Value::as_str) == Some("tagging"))
        .and_then(|b| b.get("value"))
        .and_then(Value::as_str)
        .unwrap_or("");
    if motivation == "linking" {
        let targets = read::list(a, "target", at, false)?;
        let ends: Vec<String> = targets
            .iter()
            .filter_map(|t| t.as_str().or_else(|| t.get("id").and_then(Value::as_str)))
            .map(|t| strip(t, SPAN).to_string())
            .collect();
        if ends.len() != 2 {
            return Err(format!(
                "{at}: a linking annotation needs exactly two targets"
            ));
        }
        if a.get("px:relation").is_some() || tag == "attributes" {
            draft.relations.push(DraftRelation {
                at: at.to_string(),
                id: strip(&id, REL).to_string(),
                from: ends[0].clone(),
                to: ends[1].clone(),
            });
            return Ok(());
        }
        let kind_name = a.get("px:kind").and_then(Value::as_str).unwrap_or(tag);
        let kind = match kind_name {
            "same" => LinkKind::Same,
            "differs" => LinkKind::Differs,
            other => {
                return Err(format!(
                    "{at}: link kind {other:?} is not \"same\" or \"differs\""
                ))
            }
        };
        let origin = match a
            .get("px:origin")
            .and_then(Value::as_str)
            .unwrap_or("manual")
        {
            "matcher" => Origin::Matcher,
            "manual" => Origin::Manual,
            other => {
                return Err(format!(
                    "{at}: origin {other:?} is not \"matcher\" or \"manual\""
                ))
            }
        };
        let score = match a.get("px:score") {
            None | Some(Value::Null) => None,
            Some(s) => Some(
                s.as_f64()
                    .ok_or_else(|| format!("{at}: px:score should be a number"))?,
            ),
        };
        let mut flags = Vec::new();
        for (j, f) in read::list(a, "px:flags", at, true)?.iter().enumerate() {
            let fat = format!("{at}: px:flags[{j}]");
            flags.push(Flag {
                kind: read::string(f, "kind", &fat)?,
                a: read::string(f, "a", &fat)?,
                b: read::string(f, "b", &fat)?,
                vague: read::opt_bool(f, "vague", &fat)?,
            });
        }
        draft.links.push(DraftLink {
            at: at.to_string(),
            id: strip(&id, LINK).to_string(),
            a: ends[0].clone(),
            b: ends[1].clone(),
            kind,
            origin,
            score,
            flags,
        });
        return Ok(());
    }
    // A span.
    let target = a
        .get("target")
        .ok_or_else(|| format!("{at}: \"target\" is missing"))?;
    let target = match target {
        Value::Array(t) => t
            .first()
            .ok_or_else(|| format!("{at}: \"target\" is empty"))?,
        t => t,
    };
    let source = read::string(target, "source", at)?;
    let selectors: Vec<&Value> = match target.get("selector") {
        Some(Value::Array(s)) => s.iter().collect(),
        Some(s) => vec![s],
        None => vec![],
    };
    let find = |ty: &str| {
        selectors
            .iter()
            .find(|s| s.get("type").and_then(Value::as_str) == Some(ty))
            .copied()
    };
    let pos = find("TextPositionSelector")
        .ok_or_else(|| format!("{at}: the target has no TextPositionSelector"))?;
    let quote = match find("TextQuoteSelector") {
        Some(q) => read::opt_string(q, "exact", at)?,
        None => None,
    };
    if tag.is_empty() {
        return Err(format!(
            "{at}: the annotation has no tagging body with the label"
        ));
    }
    draft.spans.push(DraftSpan {
        at: at.to_string(),
        id: strip(&id, SPAN).to_string(),
        doc: strip(&source, DOC).to_string(),
        start: read::offset(pos, "start", at)?,
        end: read::offset(pos, "end", at)?,
        label: tag.to_string(),
        quote,
    });
    Ok(())
}

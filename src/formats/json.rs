//! Parallax JSON: the lossless workspace format (`schema/parallax.schema.json`,
//! `docs/FORMATS.md`).
//!
//! ```json
//! {"format": "parallax", "version": 1, "next_id": 12,
//!  "documents": [{"id", "title", "source", "sha256", "text",
//!                 "outlet"?, "author"?, "published"?, "url"?, "imported_from"?}],
//!  "annotator": "maria", "exercise": {"title", "instructions"},
//!  "spans": [{"id", "doc", "start", "end", "label", "text", "note", "annotators"}],
//!  "links": [{"id", "a", "b", "kind", "origin", "score", "flags": [{"kind", "a", "b"}], "note"}],
//!  "relations": [{"id", "kind", "from", "to", "note"}],
//!  "rejections": [{"span", "doc", "start", "end"}]}
//! ```
//!
//! `annotator`, `exercise` and every `note`/`annotators` are optional and written only when
//! set, so files without them are exactly as before; so is a document's `imported_from`
//! (what its annotations came in through, [`ImportedFrom`]), which import keeps as written.
//!
//! Offsets count code points. Import reads the file as a `serde_json::Value` and walks it
//! by hand, so every message names the item (`spans[3] (id "s7")`) and the field.

use super::build::{
    read, Draft, DraftDoc, DraftLink, DraftRejection, DraftRelation, DraftSpan, Labels, Problem,
};
use super::{json_syntax, ErrorKind, FormatError, ImportOptions, Imported};
use crate::model::{
    text_sha256, DocMeta, Document, Flag, ImportedFrom, LinkKind, Origin, Rejection, Workspace,
};
use serde_json::{json, Map, Value};

/// The format version this Parallax writes and reads.
pub const VERSION: u64 = 1;

/// The error for a file of format version `n` above [`VERSION`] (Parallax JSON, and the
/// version the W3C and brat exports record): open it with a newer Parallax.
pub(crate) fn newer_version(n: u64) -> FormatError {
    FormatError::of(
        ErrorKind::Version,
        format!(
            "version {n} is newer than this Parallax understands ({VERSION}); \
             open it with a newer Parallax."
        ),
    )
}

/// Serialise the workspace as pretty-printed Parallax JSON.
pub fn export(ws: &Workspace) -> String {
    let v = to_value(ws);
    serde_json::to_string_pretty(&v).unwrap_or_default()
}

/// The workspace as a Parallax JSON value.
pub fn to_value(ws: &Workspace) -> Value {
    let mut v = to_value_without_documents(ws);
    v["documents"] = Value::Array(ws.documents.iter().map(document_value).collect());
    v
}

/// One document as Parallax JSON writes it: `{"id", "title", "source", "sha256", "text"}`
/// plus the publication details that are set. The autosave keeps this per document (see
/// [`super::autosave`]), so a long text is escaped once, not after every label.
pub(crate) fn document_value(d: &Document) -> Value {
    let mut v = document_stub(d, &text_sha256(&d.text));
    if let Value::Object(o) = &mut v {
        o.insert("text".into(), json!(&*d.text));
    }
    v
}

/// [`document_value`] without `"text"`, given the text's SHA-256 (`sha256`, hex): what
/// the browser's save record keeps of a document whose text is stored apart.
pub(crate) fn document_stub(d: &Document, sha256: &str) -> Value {
    let mut v = json!({
        "id": d.id,
        "title": d.title,
        "source": d.source,
        "sha256": sha256,
    });
    // Publication details, only those that are set (all optional), and what the
    // annotations came in through, when recorded.
    if let Value::Object(o) = &mut v {
        for f in DocMeta::FIELDS {
            if let Some(x) = d.meta.get(f) {
                o.insert(f.into(), json!(x));
            }
        }
        if !d.imported_from.is_unknown() {
            o.insert("imported_from".into(), json!(d.imported_from));
        }
    }
    v
}

/// A document's optional `imported_from` ([`ImportedFrom`]'s names), and a warning when it
/// is present but not one of them (it then reads as unknown: a newer Parallax may name a
/// format this one does not know).
fn read_imported_from(v: &Value, at: &str) -> (ImportedFrom, Option<String>) {
    match v.get("imported_from") {
        None | Some(Value::Null) => (ImportedFrom::Unknown, None),
        Some(x) => match serde_json::from_value::<ImportedFrom>(x.clone()) {
            Ok(f) => (f, None),
            Err(_) => (
                ImportedFrom::Unknown,
                Some(format!(
                    "{at}: imported_from {x} is not a format this Parallax knows (text, \
                     jsonl, labelstudio, w3c, brat); it reads as unknown"
                )),
            ),
        },
    }
}

/// Everything [`to_value`] writes, with `"documents": []`: the one writer of the rest of
/// the format, shared by the export and the autosave.
pub(crate) fn to_value_without_documents(ws: &Workspace) -> Value {
    let spans: Vec<Value> = ws
        .spans
        .iter()
        .map(|s| {
            // Each document slices through its own offset index: O(log n) per span.
            let text = ws.span_text(s).unwrap_or_default();
            let mut v = json!({
                "id": s.id,
                "doc": s.doc,
                "start": s.start,
                "end": s.end,
                "label": s.label.as_str(),
                "text": text,
            });
            if let Some(note) = &s.note {
                v["note"] = json!(note);
            }
            if !s.annotators.is_empty() {
                v["annotators"] = json!(s.annotators);
            }
            v
        })
        .collect();
    let links: Vec<Value> = ws
        .links
        .iter()
        .map(|l| {
            let mut o = Map::new();
            o.insert("id".into(), json!(l.id));
            o.insert("a".into(), json!(l.a));
            o.insert("b".into(), json!(l.b));
            o.insert("kind".into(), json!(l.kind));
            o.insert("origin".into(), json!(l.origin));
            if let Some(score) = l.score.filter(|s| s.is_finite()) {
                o.insert("score".into(), json!(score));
            }
            o.insert("flags".into(), json!(l.flags));
            if let Some(note) = &l.note {
                o.insert("note".into(), json!(note));
            }
            Value::Object(o)
        })
        .collect();
    let mut v = json!({
        "format": "parallax",
        "version": VERSION,
        "next_id": ws.next_id,
        "documents": [],
        "spans": spans,
        "links": links,
        "relations": ws.relations,
        "rejections": ws.rejections,
    });
    let id = &ws.identity;
    if !id.annotator.is_empty() {
        v["annotator"] = json!(id.annotator);
    }
    if !id.title.is_empty() || !id.instructions.is_empty() {
        v["exercise"] = json!({"title": id.title, "instructions": id.instructions});
    }
    v
}

/// Read the optional additions of the format (identity, notes, span annotators) into a
/// workspace already built from the same value. A field of the wrong type is left out
/// with a warning naming it; nothing here can refuse the file.
fn read_additions(value: &Value, ws: &mut Workspace, warnings: &mut Vec<String>) {
    fn text(v: Option<&Value>, at: &str, warnings: &mut Vec<String>) -> Option<String> {
        match v {
            None | Some(Value::Null) => None,
            Some(Value::String(s)) => Some(s.clone()),
            Some(other) => {
                warnings.push(format!(
                    "{at} should be a text but is {}; it was left out",
                    read::kind(other)
                ));
                None
            }
        }
    }
    if let Some(a) = text(value.get("annotator"), "\"annotator\"", warnings) {
        ws.identity.annotator = a.trim().to_string();
    }
    match value.get("exercise") {
        None | Some(Value::Null) => {}
        Some(e @ Value::Object(_)) => {
            ws.identity.title =
                text(e.get("title"), "exercise.title", warnings).unwrap_or_default();
            ws.identity.instructions =
                text(e.get("instructions"), "exercise.instructions", warnings).unwrap_or_default();
        }
        Some(other) => warnings.push(format!(
            "\"exercise\" should be an object with \"title\" and \"instructions\" but is {}; \
             it was left out",
            read::kind(other)
        )),
    }
    for section in ["spans", "relations", "links"] {
        let Some(items) = value.get(section).and_then(Value::as_array) else {
            continue;
        };
        for (i, item) in items.iter().enumerate() {
            let Some(id) = item.get("id").and_then(Value::as_str) else {
                continue;
            };
            let at = located(section, i, item);
            if let Some(note) = text(item.get("note"), &format!("{at}: note"), warnings) {
                // The item was built from this very value, so the id exists.
                let _ = ws.set_note(id, Some(note));
            }
            if section != "spans" {
                continue;
            }
            let names: Vec<String> = match item.get("annotators") {
                None | Some(Value::Null) => continue,
                Some(Value::Array(list)) if list.iter().all(Value::is_string) => list
                    .iter()
                    .filter_map(|n| n.as_str().map(str::to_string))
                    .collect(),
                Some(_) => {
                    warnings.push(format!(
                        "{at}: annotators should be a list of names; it was left out"
                    ));
                    continue;
                }
            };
            if let Some(s) = ws.spans.iter_mut().find(|s| s.id == id) {
                s.annotators = names;
            }
        }
    }
}

/// A JSON syntax error in `text` as a message with line and column; a lone UTF-16
/// surrogate escape is named as such, where it is.
pub(crate) fn syntax_error(file_name: &str, text: &str, e: &serde_json::Error) -> FormatError {
    use serde_json::error::Category;
    if e.classify() == Category::Syntax {
        if let Some(s) = json_syntax::lone_surrogate(text).filter(|s| s.line <= e.line()) {
            return FormatError::of(
                ErrorKind::Syntax,
                format!(
                    "{file_name} line {}, column {}: {}",
                    s.line,
                    s.column,
                    json_syntax::lone_surrogate_advice(&s)
                ),
            );
        }
    }
    let what = match e.classify() {
        Category::Eof => "ends too early (the file may be cut off)".to_string(),
        Category::Io => "could not be read".to_string(),
        _ => format!("is not valid JSON ({})", json_syntax::cause(e)),
    };
    FormatError::of(
        ErrorKind::Syntax,
        format!(
            "{file_name} {what} at line {}, column {}; fix it there (or export the file \
             again from the program that wrote it).",
            e.line(),
            e.column()
        ),
    )
}

/// Validate a parsed Parallax JSON value and build the workspace.
pub fn import_value(value: Value, options: &ImportOptions) -> Result<Imported, FormatError> {
    import_value_in(value, options, false)
}

/// [`import_value`], leaving bad items out and naming them in the warnings (with what
/// depended on them) instead of refusing the file: the recovery of a damaged save. The
/// file is still refused when it is not Parallax JSON of a known version.
pub(crate) fn import_value_lenient(
    value: Value,
    options: &ImportOptions,
) -> Result<Imported, FormatError> {
    import_value_in(value, options, true)
}

fn import_value_in(
    value: Value,
    options: &ImportOptions,
    lenient: bool,
) -> Result<Imported, FormatError> {
    let Value::Object(top) = &value else {
        return Err(FormatError::of(
            ErrorKind::Unsupported,
            format!(
                "this is not a Parallax workspace: expected an object with \"format\": \"parallax\", found {}; import a file Parallax exported.",
                read::kind(&value)
            ),
        ));
    };
    match top.get("format") {
        Some(Value::String(f)) if f == "parallax" => {}
        Some(Value::String(f)) => {
            return Err(FormatError::of(
                ErrorKind::Unsupported,
                format!(
                    "this is a {f:?} file, not a Parallax workspace (\"format\": \"parallax\"); import a file Parallax exported."
                ),
            ))
        }
        Some(other) => {
            return Err(FormatError::new(format!(
                "\"format\" should be the text \"parallax\" but is {}; set it to \"parallax\".",
                read::kind(other)
            )))
        }
        None => {
            return Err(FormatError::new(
                "\"format\": \"parallax\" is missing, so this is not a Parallax workspace; \
                 add it, or import a file Parallax exported.",
            ))
        }
    }
    match top.get("version") {
        Some(v) => match v.as_u64() {
            Some(VERSION) => {}
            Some(n) if n > VERSION => return Err(newer_version(n)),
            _ => {
                return Err(FormatError::of(
                    ErrorKind::Version,
                    format!(
                        "\"version\" is {v}, but Parallax workspaces have version {VERSION}; \
                         export the file again from Parallax."
                    ),
                ))
            }
        },
        None => {
            return Err(FormatError::new(format!(
                "\"version\" is missing; add \"version\": {VERSION} next to \"format\"."
            )))
        }
    }

    let mut draft = Draft {
        lenient,
        ..Draft::default()
    };
    let known = [
        "format",
        "version",
        "next_id",
        "documents",
        "spans",
        "links",
        "relations",
        "rejections",
        "generator",
        "annotator",
        "exercise",
    ];
    for key in top.keys() {
        if !known.contains(&key.as_str()) {
            draft.warnings.push(format!(
                "the field {key:?} is not part of the format and was ignored"
            ));
        }
    }
    match top.get("next_id") {
        None | Some(Value::Null) => {}
        Some(v) => match v.as_u64() {
            Some(n) => draft.next_id = n,
            None => draft.problems.push(Problem::new(format!(
                "\"next_id\" should be a whole number but is {v}"
            ))),
        },
    }

    // Publication details by document id, applied once the workspace is built.
    // They are optional descriptions: one of the wrong type is left out with a warning.
    let metas = std::cell::RefCell::new(Vec::<(String, DocMeta)>::new());
    let meta_warnings = std::cell::RefCell::new(Vec::<String>::new());
    let froms = std::cell::RefCell::new(Vec::<(String, ImportedFrom)>::new());
    draft.docs = read_section(&value, "documents", &mut draft, true, |v, at| {
        let (meta, bad) = read_meta(v, at);
        meta_warnings.borrow_mut().extend(bad);
        let (from, bad) = read_imported_from(v, at);
        meta_warnings.borrow_mut().extend(bad);
        if let Some(id) = v.get("id").and_then(Value::as_str) {
            if !meta.is_empty() {
                metas.borrow_mut().push((id.to_string(), meta));
            }
            if !from.is_unknown() {
                froms.borrow_mut().push((id.to_string(), from));
            }
        }
        Ok(DraftDoc {
            id: read::string(v, "id", at)?,
            title: read::opt_string(v, "title", at)?.unwrap_or_default(),
            source: read::opt_string(v, "source", at)?.unwrap_or_default(),
            text: read::string(v, "text", at)?,
            sha256: read::opt_string(v, "sha256", at)?,
            at: at.to_string(),
        })
    });
    draft.spans = read_section(&value, "spans", &mut draft, true, |v, at| {
        Ok(DraftSpan {
            id: read::string(v, "id", at)?,
            doc: read::string(v, "doc", at)?,
            start: read::offset(v, "start", at)?,
            end: read::offset(v, "end", at)?,
            label: read::string(v, "label", at)?,
            quote: read::opt_string(v, "text", at)?,
            at: at.to_string(),
        })
    });
    draft.links = read_section(&value, "links", &mut draft, false, read_link);
    draft.relations = read_section(&value, "relations", &mut draft, false, |v, at| {
        let kind = read::opt_string(v, "kind", at)?.unwrap_or_else(|| "attributes".into());
        if !kind.eq_ignore_ascii_case("attributes") {
            return Err(format!(
                "{at}: kind {kind:?} is unknown; the only relation kind is \"attributes\""
            ));
        }
        Ok(DraftRelation {
            id: read::string(v, "id", at)?,
            from: read::string(v, "from", at)?,
            to: read::string(v, "to", at)?,
            at: at.to_string(),
        })
    });
    draft.rejections = read_section(&value, "rejections", &mut draft, false, |v, at| {
        Ok(DraftRejection {
            at: at.to_string(),
            rejection: Rejection {
                span: read::string(v, "span", at)?,
                doc: read::string(v, "doc", at)?,
                start: read::offset(v, "start", at)? as usize,
                end: read::offset(v, "end", at)? as usize,
            },
        })
    });

    draft.warnings.extend(meta_warnings.into_inner());
    let mut imported = draft.finish(options, Labels::Strict)?;
    read_additions(&value, &mut imported.workspace, &mut imported.warnings);
    for (id, meta) in metas.into_inner() {
        // The id was read from this file, so the document exists; ignore it otherwise.
        let _ = imported.workspace.set_document_meta(&id, meta);
    }
    for (id, from) in froms.into_inner() {
        let _ = imported.workspace.set_imported_from(&id, from);
    }
    Ok(imported)
}

/// A document's optional `outlet`, `author`, `published`, `url` text fields, and a warning
/// for each one that is present but not text (it is left out).
pub(crate) fn read_meta(v: &Value, at: &str) -> (DocMeta, Vec<String>) {
    let mut meta = DocMeta::default();
    let mut warnings = Vec::new();
    for f in DocMeta::FIELDS {
        match read::opt_string(v, f, at) {
            Ok(Some(x)) => {
                meta.set(f, &x);
            }
            Ok(None) => {}
            Err(e) => warnings.push(format!("{e}; it was left out")),
        }
    }
    (meta, warnings)
}

/// Read every item of the section `name` with `parse`. Problems go into the draft, naming
/// the item; with `mark_broken` the ids of refused items are remembered, so that what
/// refers to them is not reported a second time. A missing or malformed `documents` list
/// marks the documents as broken.
fn read_section<T>(
    value: &Value,
    name: &str,
    draft: &mut Draft,
    mark_broken: bool,
    parse: impl Fn(&Value, &str) -> Result<T, String>,
) -> Vec<T> {
    let items = match read::list(value, name, "the workspace", name != "documents") {
        Ok(items) => items,
        Err(m) => {
            if name == "documents" {
                draft.documents_broken = true;
            }
            draft.problems.push(Problem::new(m));
            return Vec::new();
        }
    };
    let mut out = Vec::with_capacity(items.len());
    for (i, v) in items.iter().enumerate() {
        let at = located(name, i, v);
        if !v.is_object() {
            let m = format!("{at} should be an object but is {}", read::kind(v));
            draft.problems.push(Problem::new(m));
            continue;
        }
        match parse(v, &at) {
            Ok(item) => out.push(item),
            Err(m) => {
                if mark_broken {
                    if let Some(id) = v.get("id").and_then(Value::as_str) {
                        draft.broken.insert(id.to_string());
                    }
                }
                draft.problems.push(Problem::new(m));
            }
        }
    }
    out
}

/// `spans[3] (id "s7")`, or `spans[3]` when the item has no usable id.
pub(crate) fn located(section: &str, i: usize, v: &Value) -> String {
    match v.get("id").and_then(Value::as_str) {
        Some(id) => format!("{section}[{i}] (id {id:?})"),
        None => format!("{section}[{i}]"),
    }
}

fn read_link(v: &Value, at: &str) -> Result<DraftLink, String> {
    let kind = match read::string(v, "kind", at)?.to_ascii_lowercase().as_str() {
        "same" => LinkKind::Same,
        "differs" => LinkKind::Differs,
        other => {
            return Err(format!(
                "{at}: kind {other:?} is unknown; a link is \"same\" or \"differs\""
            ))
        }
    };
    let origin = match read::opt_string(v, "origin", at)?
        .unwrap_or_else(|| "manual".into())
        .to_ascii_lowercase()
        .as_str()
    {
        "matcher" => Origin::Matcher,
        "manual" => Origin::Manual,
        other => {
            return Err(format!(
                "{at}: origin {other:?} is unknown; a link comes from \"matcher\" or \"manual\""
            ))
        }
    };
    let score = match v.get("score") {
        None | Some(Value::Null) => None,
        Some(Value::Number(n)) => n.as_f64(),
        Some(other) => {
            return Err(format!(
                "{at}: score should be a number but is {}",
                read::kind(other)
            ))
        }
    };
    let mut flags = Vec::new();
    for (j, f) in read::list(v, "flags", at, true)?.iter().enumerate() {
        let fat = format!("{at}: flags[{j}]");
        flags.push(Flag {
            kind: read::string(f, "kind", &fat)?,
            a: read::string(f, "a", &fat)?,
            b: read::string(f, "b", &fat)?,
            vague: read::opt_bool(f, "vague", &fat)?,
        });
    }
    Ok(DraftLink {
        id: read::string(v, "id", at)?,
        a: read::string(v, "a", at)?,
        b: read::string(v, "b", at)?,
        kind,
        origin,
        score,
        flags,
        at: at.to_string(),
    })
}

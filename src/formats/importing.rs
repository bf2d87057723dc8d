//! Importing a workspace from a file of any importable format ([`import`],
//! [`import_with`]): a brat zip, or a text file whose format is detected from its content
//! (Parallax JSON, JSONL ours and doccano's, Label Studio JSON, W3C Web Annotation). Each
//! document records the format it came in through ([`Document::imported_from`]), except
//! from Parallax JSON, which keeps the record it holds.
//!
//! [`Document::imported_from`]: crate::model::Document::imported_from

use super::{
    brat, check_size, decode, json, jsonl, labelstudio, not_articles, w3c, ErrorKind, FormatError,
    ImportOptions, Imported, SizeLimit,
};
use crate::model::ImportedFrom;

/// Import a workspace from a file of any importable format, without re-anchoring.
pub fn import(file_name: &str, bytes: &[u8]) -> Result<Imported, FormatError> {
    import_with(file_name, bytes, &ImportOptions::default())
}

/// Import a workspace from a file of any importable format: Parallax JSON, JSONL (ours and
/// doccano's), Label Studio JSON, W3C Web Annotation (as exported by Parallax), or a brat
/// zip. The format is detected from the content. A file that holds no articles is refused
/// ([`ErrorKind::Empty`]), as an empty article file is, whatever its format: it would
/// leave an empty workspace in place of the open one.
pub fn import_with(
    file_name: &str,
    bytes: &[u8],
    options: &ImportOptions,
) -> Result<Imported, FormatError> {
    check_size(file_name, bytes.len() as u64, SizeLimit::Import)?;
    let imported = if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        brat::import(file_name, bytes, options)?.recorded(ImportedFrom::Brat)
    } else {
        import_text(file_name, bytes, options)?
    };
    if imported.workspace.is_empty() {
        return Err(no_articles(file_name));
    }
    Ok(imported)
}

/// A workspace file that holds no articles: importing it would leave (or, in place of the
/// open workspace, make) an empty workspace, so it is refused whatever its format.
fn no_articles(file_name: &str) -> FormatError {
    FormatError::of(
        ErrorKind::Empty,
        format!(
            "{file_name} holds no articles, so there is nothing to import; choose a workspace \
             file exported with its articles, or load the articles themselves (.txt, .md or \
             .html files)."
        ),
    )
}

/// [`import_with`] for a file that is not a zip: decoded, then read by its content.
fn import_text(
    file_name: &str,
    bytes: &[u8],
    options: &ImportOptions,
) -> Result<Imported, FormatError> {
    if let Some(e) = not_articles::refusal(file_name) {
        return Err(e);
    }
    let lower = file_name.to_ascii_lowercase();
    let decoded = decode::decode(file_name, bytes).map_err(|e| match e.kind {
        // decode's message is about articles ("not an article; load a .txt…"): here a
        // workspace file was expected.
        ErrorKind::Binary => FormatError::of(
            ErrorKind::Binary,
            format!(
                "{file_name} looks like {}, not a workspace file; import a Parallax JSON, \
                 JSONL, Label Studio, W3C Web Annotation or brat zip file.",
                decode::sniff_binary(bytes).unwrap_or("a binary file")
            ),
        ),
        _ => e,
    })?;
    if let Some(e) = not_articles::own_html_refusal(file_name, &decoded.text) {
        return Err(e);
    }
    let mut notes = decoded.notes;
    let text = decoded.text;
    let mut out = detect_and_import(file_name, &lower, &text, options)?;
    notes.append(&mut out.warnings);
    out.warnings = notes;
    Ok(out)
}

fn detect_and_import(
    file_name: &str,
    lower: &str,
    text: &str,
    options: &ImportOptions,
) -> Result<Imported, FormatError> {
    let trimmed = text.trim_start();
    if lower.ends_with(".jsonl") || lower.ends_with(".ndjson") {
        return jsonl::import(file_name, text, options).map(|i| i.recorded(ImportedFrom::Jsonl));
    }
    if !(trimmed.starts_with('{') || trimmed.starts_with('[')) {
        return Err(not_importable(file_name));
    }
    let value: serde_json::Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            // Several JSON objects one per line: JSONL.
            if e.classify() == serde_json::error::Category::Syntax
                && trimmed.starts_with('{')
                && first_line_is_object(trimmed)
            {
                return jsonl::import(file_name, text, options)
                    .map(|i| i.recorded(ImportedFrom::Jsonl));
            }
            return Err(json::syntax_error(file_name, text, &e));
        }
    };
    if let Some(e) = not_articles::annotations_elsewhere_refusal(file_name, &value) {
        return Err(e);
    }
    match &value {
        serde_json::Value::Object(o) => {
            if o.contains_key("format") || o.contains_key("documents") {
                json::import_value(value, options)
            } else if w3c::looks_like(&value) {
                w3c::import_value(file_name, value, options).map(|i| i.recorded(ImportedFrom::W3c))
            } else if labelstudio::looks_like(&value) {
                labelstudio::import(file_name, &value, options)
                    .map(|i| i.recorded(ImportedFrom::LabelStudio))
            } else if o.contains_key("text") {
                jsonl::import(file_name, text, options).map(|i| i.recorded(ImportedFrom::Jsonl))
            } else {
                Err(not_importable(file_name))
            }
        }
        serde_json::Value::Array(items) => {
            if w3c::looks_like(&value) {
                w3c::import_value(file_name, value, options).map(|i| i.recorded(ImportedFrom::W3c))
            } else if labelstudio::looks_like(&value) || labelstudio::looks_like_min(&value) {
                labelstudio::import(file_name, &value, options)
                    .map(|i| i.recorded(ImportedFrom::LabelStudio))
            } else if items
                .iter()
                .all(|t| t.get("text").is_some_and(|x| x.is_string()))
            {
                // doccano-style records in a JSON list instead of one a line.
                let lines: Vec<String> = items.iter().map(|t| t.to_string()).collect();
                jsonl::import(file_name, &lines.join("\n"), options)
                    .map(|i| i.recorded(ImportedFrom::Jsonl))
            } else if items.is_empty() {
                Err(FormatError::of(
                    ErrorKind::Empty,
                    format!(
                        "{file_name} is an empty list, so there is nothing to import; choose a \
                         workspace file exported with its articles."
                    ),
                ))
            } else {
                Err(not_importable(file_name))
            }
        }
        _ => Err(not_importable(file_name)),
    }
}

fn first_line_is_object(text: &str) -> bool {
    let line = text.lines().next().unwrap_or("");
    matches!(
        serde_json::from_str::<serde_json::Value>(line),
        Ok(serde_json::Value::Object(_))
    )
}

fn not_importable(file_name: &str) -> FormatError {
    FormatError::of(
        ErrorKind::Unsupported,
        format!(
            "{file_name} is not a workspace file Parallax can import (Parallax JSON, JSONL, \
             doccano JSONL, Label Studio JSON, W3C Web Annotation from Parallax, or a brat zip); \
             export the annotations as one of these, and load articles from .txt, .md or \
             .html files."
        ),
    )
}

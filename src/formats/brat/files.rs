//! The files of a brat zip: texts, annotations (joining the BioNLP partial files) and
//! `links.json`, sorted by stem; and the export's newline record put back.

use super::super::json::{newer_version, VERSION};
use super::super::not_articles::{office_document, office_refusal};
use super::super::zip::Entry;
use super::super::{ErrorKind, FormatError};
use serde_json::Value;
use std::collections::{BTreeMap, HashMap, HashSet};

/// Split a zip path into (stem with directories, extension).
fn split_ext(name: &str) -> Option<(&str, &str)> {
    let dot = name.rfind('.')?;
    if name[dot..].contains('/') {
        return None;
    }
    Some((&name[..dot], &name[dot + 1..]))
}

fn ignorable(name: &str) -> bool {
    name.starts_with("__MACOSX/") || name.rsplit('/').next().is_some_and(|b| b.starts_with('.'))
}

/// The files of a brat zip, by stem (path without extension), and `links.json`.
pub(super) struct Files<'e> {
    pub txt: BTreeMap<String, &'e Entry>,
    pub ann: BTreeMap<String, &'e Entry>,
    pub manifest: Value,
}

/// Sort the zip's entries into texts, annotations and the manifest. Errors: a
/// `links.json` that is not JSON; no `.ann` file at all.
pub(super) fn sort_files<'e>(
    file_name: &str,
    entries: &'e [Entry],
) -> Result<Files<'e>, FormatError> {
    let mut files = Files {
        txt: BTreeMap::new(),
        ann: BTreeMap::new(),
        manifest: Value::Null,
    };
    for e in entries {
        if ignorable(&e.name) {
            continue;
        }
        if e.name.rsplit('/').next() == Some("links.json") {
            files.manifest = serde_json::from_slice(&e.data).map_err(|err| {
                FormatError::of(
                    ErrorKind::Syntax,
                    format!(
                        "{file_name}: {} is not valid JSON ({err}); fix it or leave it out \
                         of the zip.",
                        e.name
                    ),
                )
            })?;
            continue;
        }
        match split_ext(&e.name) {
            Some((stem, "txt")) => {
                files.txt.insert(stem.to_string(), e);
            }
            Some((stem, "ann")) => {
                files.ann.insert(stem.to_string(), e);
            }
            _ => {}
        }
    }
    // A word processor's file is a zip too (trial 44 F5: a .docx given to Import was
    // told it "has no brat .ann files"): say what it is and what to load instead, as
    // Open files… says it (trial 46, 8).
    let names: Vec<&str> = entries.iter().map(|e| e.name.as_str()).collect();
    if let (true, Some(what)) = (files.ann.is_empty(), office_document(&names)) {
        return Err(office_refusal(file_name, what));
    }
    if files.ann.is_empty() {
        return Err(FormatError::of(
            ErrorKind::Unsupported,
            format!(
                "{file_name} has no brat .ann files; a brat zip holds a name.txt and a name.ann \
                 for each document: put both of each document in the zip."
            ),
        ));
    }
    if let Some(n) = files.manifest.get("version").and_then(Value::as_u64) {
        if n > VERSION {
            return Err(newer_version(n));
        }
    }
    Ok(files)
}

/// Undo the export's newline change: `newlines` is `[[brat offset, "crlf" | "cr"], ...]`
/// from `links.json`; entries that do not point at a `\n` are ignored.
pub(super) fn restore_newlines(text: String, newlines: Option<&Value>) -> String {
    let Some(list) = newlines.and_then(Value::as_array) else {
        return text;
    };
    let mut at: HashMap<usize, &str> = HashMap::new();
    for e in list {
        if let (Some(b), Some(k)) = (
            e.get(0).and_then(Value::as_u64),
            e.get(1).and_then(Value::as_str),
        ) {
            at.insert(b as usize, k);
        }
    }
    let mut out = String::with_capacity(text.len() + at.len());
    for (i, c) in text.chars().enumerate() {
        match (c, at.get(&i)) {
            ('\n', Some(&"crlf")) => out.push_str("\r\n"),
            ('\n', Some(&"cr")) => out.push('\r'),
            _ => out.push(c),
        }
    }
    out
}

/// For each stem with partial annotation files (`.a1`, `.a2`, `.co`, `.rel`, in brat's
/// order) and no `.ann`, one `.ann` entry holding them all, named after the first.
pub(super) fn partial_files_joined(entries: &[Entry]) -> Vec<Entry> {
    const PARTIAL: [&str; 4] = ["a1", "a2", "co", "rel"];
    let has_ann: HashSet<&str> = entries
        .iter()
        .filter_map(|e| split_ext(&e.name))
        .filter(|(_, ext)| *ext == "ann")
        .map(|(stem, _)| stem)
        .collect();
    let mut joined: BTreeMap<&str, Vec<u8>> = BTreeMap::new();
    for ext in PARTIAL {
        for e in entries.iter().filter(|e| !ignorable(&e.name)) {
            match split_ext(&e.name) {
                Some((stem, x)) if x == ext && !has_ann.contains(stem) => {
                    let data = joined.entry(stem).or_default();
                    data.extend_from_slice(&e.data);
                    if !data.ends_with(b"\n") {
                        data.push(b'\n');
                    }
                }
                _ => {}
            }
        }
    }
    joined
        .into_iter()
        .map(|(stem, data)| Entry {
            name: format!("{stem}.ann"),
            data,
        })
        .collect()
}

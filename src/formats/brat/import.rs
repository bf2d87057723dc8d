//! brat import: a zip of `.txt` + `.ann` files (see the parent module).

use super::super::build::{
    Draft, DraftDoc, DraftLink, DraftRejection, DraftRelation, DraftSpan, Labels, Problem,
};
use super::super::zip::{self, Entry};
use super::super::{ErrorKind, FormatError, ImportOptions, Imported};
use super::{brat_text, numeric};
use crate::model::offsets::OffsetIndex;
use crate::model::{Flag, LinkKind, Origin, Rejection};
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

/// Import a brat zip.
pub fn import(
    file_name: &str,
    bytes: &[u8],
    options: &ImportOptions,
) -> Result<Imported, FormatError> {
    let mut entries = zip::read(file_name, bytes)?;
    // brat reads `name.ann`, or when there is none the partial files of the BioNLP shared
    // tasks (`name.a1`, `name.a2`, `name.co`, `name.rel`) together, as one `.ann`.
    let joined = partial_files_joined(&entries);
    entries.extend(joined);
    let mut txt: BTreeMap<String, &Entry> = BTreeMap::new();
    let mut ann: BTreeMap<String, &Entry> = BTreeMap::new();
    let mut manifest = Value::Null;
    let mut draft = Draft::default();
    for e in &entries {
        if ignorable(&e.name) {
            continue;
        }
        if e.name.rsplit('/').next() == Some("links.json") {
            manifest = serde_json::from_slice(&e.data).map_err(|err| {
                FormatError::of(
                    ErrorKind::Syntax,
                    format!("{file_name}: {} is not valid JSON ({err})", e.name),
                )
            })?;
            continue;
        }
        match split_ext(&e.name) {
            Some((stem, "txt")) => {
                txt.insert(stem.to_string(), e);
            }
            Some((stem, "ann")) => {
                ann.insert(stem.to_string(), e);
            }
            _ => {}
        }
    }
    if ann.is_empty() {
        return Err(FormatError::of(
            ErrorKind::Unsupported,
            format!(
                "{file_name} has no brat .ann files; a brat zip holds a name.txt and a name.ann \
                 for each document"
            ),
        ));
    }
    if let Some(n) = manifest.get("version").and_then(Value::as_u64) {
        if n > 1 {
            return Err(FormatError::of(
                ErrorKind::Version,
                format!("version {n} is newer than this Parallax understands (1); open it with a newer Parallax"),
            ));
        }
    }
    draft.next_id = manifest.get("next_id").and_then(Value::as_u64).unwrap_or(0);
    let meta: HashMap<String, &Value> = manifest
        .get("documents")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|m| Some((m.get("file")?.as_str()?.to_string(), m)))
        .collect();
    // Order: as in links.json, then the rest by name.
    let mut order: Vec<String> = manifest
        .get("documents")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|m| m.get("file")?.as_str().map(String::from))
        .filter(|f| txt.contains_key(f))
        .collect();
    for stem in txt.keys() {
        if !order.contains(stem) {
            order.push(stem.clone());
        }
    }
    for stem in ann.keys() {
        if !txt.contains_key(stem) {
            draft.problems.push(Problem::new(format!(
                "{stem}.ann has no {stem}.txt beside it; brat needs the text to place annotations"
            )));
        }
    }
    // Fresh ids go above every number in use.
    let mut max_num = draft.next_id;
    for e in ann.values() {
        for line in String::from_utf8_lossy(&e.data).lines() {
            let head = line.split('\t').next().unwrap_or("");
            if let Some(n) = head.get(1..).and_then(|d| d.parse::<u64>().ok()) {
                max_num = max_num.max(n);
            }
        }
    }
    let mut used: HashSet<String> = HashSet::new();
    let mut fresh = |prefix: &str, used: &mut HashSet<String>| loop {
        max_num += 1;
        let id = format!("{prefix}{max_num}");
        if used.insert(id.clone()) {
            return id;
        }
    };
    // (file, T id) -> span id
    let mut span_ids: HashMap<(String, String), String> = HashMap::new();
    let mut ignored: BTreeMap<char, usize> = BTreeMap::new();
    let mut fragments = 0;
    let mut other_relations: BTreeMap<String, usize> = BTreeMap::new();
    for stem in &order {
        let Some(t) = txt.get(stem) else { continue };
        // brat texts are UTF-8; anything may be in them (even nothing), so the article
        // checks (empty, binary) do not apply. A leading BOM is not part of brat's offsets
        // either way, so it is kept.
        let text = match std::str::from_utf8(&t.data) {
            Ok(s) => s.to_string(),
            Err(_) => {
                draft.warnings.push(format!(
                    "{} is not valid UTF-8, so it was read as Windows-1252; check the spans' positions",
                    t.name
                ));
                crate::formats::decode::windows_1252(&t.data)
            }
        };
        let m = meta.get(stem.as_str()).copied().unwrap_or(&Value::Null);
        let text = restore_newlines(text, m.get("newlines"));
        // brat offsets count the text with universal newlines: map them to ours.
        let (_, orig, _) = brat_text(&text);
        let to_orig = |b: u64| -> u64 {
            match orig.get(b as usize) {
                Some(o) => *o as u64,
                None => b + (orig.last().copied().unwrap_or(0) as u64 + 1) - orig.len() as u64,
            }
        };
        let doc_id = match m.get("id").and_then(Value::as_str) {
            Some(id) if used.insert(id.to_string()) => id.to_string(),
            _ => {
                let base = stem.rsplit('/').next().unwrap_or(stem).to_string();
                if !base.is_empty() && used.insert(base.clone()) {
                    base
                } else {
                    fresh("d", &mut used)
                }
            }
        };
        let title = m
            .get("title")
            .and_then(Value::as_str)
            .map(String::from)
            .unwrap_or_else(|| {
                text.lines()
                    .map(str::trim)
                    .find(|l| !l.is_empty())
                    .unwrap_or(stem)
                    .chars()
                    .take(120)
                    .collect()
            });
        let source = m
            .get("source")
            .and_then(Value::as_str)
            .map(String::from)
            .unwrap_or_else(|| t.name.clone());
        let oi = OffsetIndex::new(&text);
        if let Some(a) = ann.get(stem) {
            let content = match std::str::from_utf8(&a.data) {
                Ok(s) => s.to_string(),
                Err(_) => {
                    draft
                        .problems
                        .push(Problem::new(format!("{} is not UTF-8 text", a.name)));
                    continue;
                }
            };
            let odd = |kind: &str, key: &str| {
                m.get(kind)
                    .and_then(|o| o.get(key))
                    .and_then(Value::as_str)
                    .map(String::from)
            };
            let mut rel_lines = Vec::new();
            for (n, line) in content.lines().enumerate() {
                let at = format!("{} line {}", a.name, n + 1);
                if line.trim().is_empty() {
                    continue;
                }
                let first = line.chars().next().unwrap_or(' ');
                match first {
                    'T' => {
                        let parts: Vec<&str> = line.splitn(3, '\t').collect();
                        if parts.len() < 2 {
                            draft.problems.push(Problem::new(format!(
                                "{at}: expected \"T1<tab>Label start end<tab>text\""
                            )));
                            continue;
                        }
                        let tid = parts[0].to_string();
                        let mut fields = parts[1].splitn(2, ' ');
                        let label = fields.next().unwrap_or("").to_string();
                        let ranges = fields.next().unwrap_or("");
                        let mut bounds: Vec<(u64, u64)> = Vec::new();
                        let mut bad = None;
                        for frag in ranges.split(';') {
                            let nums: Vec<&str> = frag.split_whitespace().collect();
                            let parsed = match nums.as_slice() {
                                [s, e] => s.parse::<u64>().ok().zip(e.parse::<u64>().ok()),
                                _ => None,
                            };
                            match parsed {
                                Some(p) => bounds.push(p),
                                None => bad = Some(frag.to_string()),
                            }
                        }
                        if let Some(frag) = bad {
                            draft.problems.push(Problem::new(format!(
                                "{at}: {tid} has {:?} where two whole numbers (start end) belong",
                                frag.trim()
                            )));
                            continue;
                        }
                        let raw_start = bounds.iter().map(|b| b.0).min().unwrap_or(0);
                        let raw_end = bounds.iter().map(|b| b.1).max().unwrap_or(0);
                        let (mut start, mut end) = (to_orig(raw_start), to_orig(raw_end));
                        let exact = m.get("ranges").and_then(|r| r.get(&tid)).and_then(|r| {
                            let n = |i: usize| r.get(i).and_then(Value::as_u64);
                            let hull = (n(2)?, n(3)?);
                            (hull == (raw_start, raw_end)).then_some((n(0)?, n(1)?))
                        });
                        let id = match odd("spans", &tid) {
                            Some(id) if used.insert(id.clone()) => id,
                            _ => {
                                let cand = format!("s{}", tid.get(1..).unwrap_or(""));
                                if numeric(&cand, 's').is_some() && used.insert(cand.clone()) {
                                    cand
                                } else {
                                    fresh("s", &mut used)
                                }
                            }
                        };
                        span_ids.insert((stem.clone(), tid.clone()), id.clone());
                        let quote = parts.get(2).map(|q| q.to_string());
                        // brat shows newlines as spaces and joins fragments with a space.
                        let squash = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
                        let slice = |a: u64, b: u64| oi.slice(&text, a as usize, b as usize);
                        if let Some(q) = &quote {
                            // A file whose offsets count "\r" (not written by brat itself).
                            let mapped = slice(start, end).map(squash);
                            let raw = slice(raw_start, raw_end).map(squash);
                            if mapped.as_deref() != Some(&squash(q))
                                && raw.as_deref() == Some(&squash(q))
                            {
                                (start, end) = (raw_start, raw_end);
                            }
                        }
                        let found = slice(start, end);
                        // Fragments split only by white space (line breaks, tabs) are one
                        // span written the way brat must; others lose their gaps.
                        let gaps_blank = found.is_some_and(|f| match &quote {
                            Some(q) => squash(q) == squash(f),
                            None => true,
                        });
                        if bounds.len() > 1 && !gaps_blank {
                            fragments += 1;
                        }
                        let quote = match (&quote, found) {
                            (Some(q), Some(found))
                                if squash(q) == squash(found) || bounds.len() > 1 =>
                            {
                                None
                            }
                            (q, _) => q.clone(),
                        };
                        let quote = match exact {
                            Some((a, b)) => {
                                (start, end) = (a, b);
                                None
                            }
                            None => quote,
                        };
                        draft.spans.push(DraftSpan {
                            at: format!("{at} ({tid})"),
                            id,
                            doc: doc_id.clone(),
                            start,
                            end,
                            label,
                            quote,
                        });
                    }
                    'R' => rel_lines.push((at, line.to_string())),
                    '#' => {}
                    c => *ignored.entry(c).or_default() += 1,
                }
            }
            for (at, line) in rel_lines {
                let parts: Vec<&str> = line.split('\t').collect();
                let fields: Vec<&str> = parts
                    .get(1)
                    .map(|p| p.split_whitespace().collect())
                    .unwrap_or_default();
                let Some((kind, args)) = fields.split_first() else {
                    draft.problems.push(Problem::new(format!(
                        "{at}: expected \"R1<tab>Attributes Arg1:T1 Arg2:T2\""
                    )));
                    continue;
                };
                if !kind.eq_ignore_ascii_case("attributes") {
                    *other_relations.entry(kind.to_string()).or_default() += 1;
                    continue;
                }
                let arg = |name: &str| {
                    args.iter()
                        .find_map(|a| a.strip_prefix(name).and_then(|r| r.strip_prefix(':')))
                        .map(|t| {
                            span_ids
                                .get(&(stem.clone(), t.to_string()))
                                .cloned()
                                .unwrap_or_else(|| format!("{t} (not in {stem}.ann)"))
                        })
                };
                let (Some(from), Some(to)) = (arg("Arg1"), arg("Arg2")) else {
                    draft.problems.push(Problem::new(format!(
                        "{at}: a relation needs Arg1:T.. and Arg2:T.."
                    )));
                    continue;
                };
                let rid = parts[0].to_string();
                let id = match odd("relations", &rid) {
                    Some(id) if used.insert(id.clone()) => id,
                    _ => {
                        let cand = format!("r{}", rid.get(1..).unwrap_or(""));
                        if numeric(&cand, 'r').is_some() && used.insert(cand.clone()) {
                            cand
                        } else {
                            fresh("r", &mut used)
                        }
                    }
                };
                draft.relations.push(DraftRelation { at, id, from, to });
            }
        }
        draft.docs.push(DraftDoc {
            at: t.name.clone(),
            id: doc_id,
            title,
            source,
            text,
            sha256: None,
        });
    }
    if fragments > 0 {
        draft.warnings.push(format!(
            "{fragments} discontinuous brat annotation(s) were imported as one span each, from the \
             first fragment's start to the last one's end"
        ));
    }
    for (kind, n) in other_relations {
        draft.warnings.push(format!(
            "{n} relation(s) of type {kind:?} were left out (Parallax knows \"Attributes\")"
        ));
    }
    for (c, n) in ignored {
        let what = match c {
            'E' => "events",
            'A' | 'M' => "attributes",
            'N' => "normalisations",
            '*' => "equivalences",
            _ => "unknown lines",
        };
        draft.warnings.push(format!(
            "{n} brat line(s) starting with {c:?} ({what}) were ignored"
        ));
    }
    // Links from links.json.
    for (i, l) in manifest
        .get("links")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .enumerate()
    {
        let at = format!("links.json links[{i}]");
        let end = |k: &str| -> Option<String> {
            let e = l.get(k)?;
            span_ids
                .get(&(
                    e.get("file")?.as_str()?.to_string(),
                    e.get("ann")?.as_str()?.to_string(),
                ))
                .cloned()
        };
        let (Some(a), Some(b)) = (end("a"), end("b")) else {
            draft.warnings.push(format!(
                "{at}: one of its ends is not in the brat files; the link was left out"
            ));
            continue;
        };
        let kind = match l.get("kind").and_then(Value::as_str) {
            Some("differs") => LinkKind::Differs,
            _ => LinkKind::Same,
        };
        let origin = match l.get("origin").and_then(Value::as_str) {
            Some("matcher") => Origin::Matcher,
            _ => Origin::Manual,
        };
        let flags: Vec<Flag> = l
            .get("flags")
            .cloned()
            .and_then(|f| serde_json::from_value(f).ok())
            .unwrap_or_default();
        let id = match l.get("id").and_then(Value::as_str) {
            Some(id) if used.insert(id.to_string()) => id.to_string(),
            _ => fresh("l", &mut used),
        };
        draft.links.push(DraftLink {
            at,
            id,
            a,
            b,
            kind,
            origin,
            score: l.get("score").and_then(Value::as_f64),
            flags,
        });
    }
    for (i, r) in manifest
        .get("rejections")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .enumerate()
    {
        let at = format!("links.json rejections[{i}]");
        match serde_json::from_value::<Rejection>(r.clone()) {
            Ok(rejection) => draft.rejections.push(DraftRejection { at, rejection }),
            Err(e) => draft.warnings.push(format!("{at}: {e}; it was left out")),
        }
    }
    draft.finish(options, Labels::SkipUnknown)
}

/// Undo the export's newline change: `newlines` is `[[brat offset, "crlf" | "cr"], ...]`
/// from `links.json`; entries that do not point at a `\n` are ignored.
fn restore_newlines(text: String, newlines: Option<&Value>) -> String {
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
fn partial_files_joined(entries: &[Entry]) -> Vec<Entry> {
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

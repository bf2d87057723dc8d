//! brat import: a zip of `.txt` + `.ann` files (see the parent module).

use super::super::build::{
    Draft, DraftDoc, DraftLink, DraftRejection, DraftRelation, DraftSpan, Labels, Problem,
};
use super::super::zip::{self, Entry};
use super::super::{FormatError, ImportOptions, Imported};
use super::files::{partial_files_joined, restore_newlines, sort_files, Files};
use super::{brat_text, numeric};
use crate::model::offsets::OffsetIndex;
use crate::model::{Flag, LinkKind, Origin, Rejection};
use serde_json::Value;
use std::collections::{BTreeMap, HashMap, HashSet};

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
    let files = sort_files(file_name, &entries)?;
    let mut reader = Reader::new(&files);
    for stem in reader.order(&files) {
        if let Some(t) = files.txt.get(&stem) {
            reader.document(&stem, t, files.ann.get(&stem).copied());
        }
    }
    reader.summarise();
    reader.links();
    reader.rejections();
    reader.draft.finish(options, Labels::SkipUnknown)
}

/// What an import has read so far: the draft, and the ids handed out.
struct Reader<'m> {
    draft: Draft,
    /// `links.json` (or null).
    manifest: &'m Value,
    /// Per-document entries of `links.json`, by file stem.
    meta: HashMap<String, &'m Value>,
    /// Ids given out so far.
    used: HashSet<String>,
    /// The highest number in use; fresh ids go above it.
    max_num: u64,
    /// (file stem, T id) -> span id.
    span_ids: HashMap<(String, String), String>,
    /// Lines of kinds Parallax does not read, by their first character.
    ignored: BTreeMap<char, usize>,
    /// Discontinuous annotations joined into one span.
    fragments: usize,
    /// Relations of other types than Attributes, by type.
    other_relations: BTreeMap<String, usize>,
}

impl<'m> Reader<'m> {
    fn new(files: &'m Files<'_>) -> Self {
        let manifest = &files.manifest;
        let mut draft = Draft {
            next_id: manifest.get("next_id").and_then(Value::as_u64).unwrap_or(0),
            ..Draft::default()
        };
        let meta = manifest
            .get("documents")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|m| Some((m.get("file")?.as_str()?.to_string(), m)))
            .collect();
        for stem in files.ann.keys() {
            if !files.txt.contains_key(stem) {
                draft.problems.push(Problem::new(format!(
                    "{stem}.ann has no {stem}.txt beside it; brat needs the text to place annotations"
                )));
            }
        }
        // Fresh ids go above every number in use.
        let mut max_num = draft.next_id;
        for e in files.ann.values() {
            for line in String::from_utf8_lossy(&e.data).lines() {
                let head = line.split('\t').next().unwrap_or("");
                if let Some(n) = head.get(1..).and_then(|d| d.parse::<u64>().ok()) {
                    max_num = max_num.max(n);
                }
            }
        }
        Reader {
            draft,
            manifest,
            meta,
            used: HashSet::new(),
            max_num,
            span_ids: HashMap::new(),
            ignored: BTreeMap::new(),
            fragments: 0,
            other_relations: BTreeMap::new(),
        }
    }

    /// The documents' order: as in links.json, then the rest by name.
    fn order(&self, files: &Files) -> Vec<String> {
        let mut order: Vec<String> = self
            .manifest
            .get("documents")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|m| m.get("file")?.as_str().map(String::from))
            .filter(|f| files.txt.contains_key(f))
            .collect();
        for stem in files.txt.keys() {
            if !order.contains(stem) {
                order.push(stem.clone());
            }
        }
        order
    }

    /// A fresh id with this prefix, above every number in use.
    fn fresh(&mut self, prefix: &str) -> String {
        loop {
            self.max_num += 1;
            let id = format!("{prefix}{}", self.max_num);
            if self.used.insert(id.clone()) {
                return id;
            }
        }
    }

    /// `wanted` if it is free, else `from_brat` (a brat id such as `T12` turned into
    /// `s12`) if that is a free numeric id, else a fresh one.
    fn id_for(&mut self, wanted: Option<String>, from_brat: &str, prefix: char) -> String {
        if let Some(id) = wanted {
            if self.used.insert(id.clone()) {
                return id;
            }
        }
        let cand = format!("{prefix}{}", from_brat.get(1..).unwrap_or(""));
        if numeric(&cand, prefix).is_some() && self.used.insert(cand.clone()) {
            cand
        } else {
            self.fresh(&prefix.to_string())
        }
    }

    /// One document: its text, id, title and source, and the annotations of its `.ann`.
    fn document(&mut self, stem: &str, t: &Entry, ann: Option<&Entry>) {
        // brat texts are UTF-8; anything may be in them (even nothing), so the article
        // checks (empty, binary) do not apply. A leading BOM is not part of brat's offsets
        // either way, so it is kept.
        let text = match std::str::from_utf8(&t.data) {
            Ok(s) => s.to_string(),
            Err(_) => {
                self.draft.warnings.push(format!(
                    "{} is not valid UTF-8, so it was read as Windows-1252; check the spans' positions",
                    t.name
                ));
                crate::formats::decode::windows_1252(&t.data)
            }
        };
        let m = self.meta.get(stem).copied().unwrap_or(&Value::Null);
        let text = restore_newlines(text, m.get("newlines"));
        let doc_id = match m.get("id").and_then(Value::as_str) {
            Some(id) if self.used.insert(id.to_string()) => id.to_string(),
            _ => {
                let base = stem.rsplit('/').next().unwrap_or(stem).to_string();
                if !base.is_empty() && self.used.insert(base.clone()) {
                    base
                } else {
                    self.fresh("d")
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
        if let Some(a) = ann {
            if !self.annotations(stem, a, m, &doc_id, &text) {
                return;
            }
        }
        self.draft.docs.push(DraftDoc {
            at: t.name.clone(),
            id: doc_id,
            title,
            source,
            text,
            sha256: None,
        });
    }

    /// The lines of one `.ann` file: text-bound annotations first, then relations (which
    /// refer to them). False (reported) when the file is not UTF-8 text: then its
    /// document is left out too.
    fn annotations(&mut self, stem: &str, a: &Entry, m: &Value, doc_id: &str, text: &str) -> bool {
        let content = match std::str::from_utf8(&a.data) {
            Ok(s) => s,
            Err(_) => {
                self.draft
                    .problems
                    .push(Problem::new(format!("{} is not UTF-8 text", a.name)));
                return false;
            }
        };
        let doc = Doc::new(text, m, doc_id, stem);
        let mut rel_lines = Vec::new();
        for (n, line) in content.lines().enumerate() {
            let at = format!("{} line {}", a.name, n + 1);
            if line.trim().is_empty() {
                continue;
            }
            match line.chars().next().unwrap_or(' ') {
                'T' => self.text_bound(&at, line, &doc),
                'R' => rel_lines.push((at, line)),
                '#' => {}
                c => *self.ignored.entry(c).or_default() += 1,
            }
        }
        for (at, line) in rel_lines {
            self.relation(at, line, &doc);
        }
        true
    }

    /// A `T` line: one span.
    fn text_bound(&mut self, at: &str, line: &str, doc: &Doc) {
        let parts: Vec<&str> = line.splitn(3, '\t').collect();
        if parts.len() < 2 {
            self.draft.problems.push(Problem::new(format!(
                "{at}: expected \"T1<tab>Label start end<tab>text\""
            )));
            return;
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
                None => bad = Some(frag),
            }
        }
        if let Some(frag) = bad {
            self.draft.problems.push(Problem::new(format!(
                "{at}: {tid} has {:?} where two whole numbers (start end) belong",
                frag.trim()
            )));
            return;
        }
        let odd = doc.odd("spans", &tid);
        let id = self.id_for(odd, &tid, 's');
        self.span_ids
            .insert((doc.stem.to_string(), tid.clone()), id.clone());
        let quote = parts.get(2).map(|q| q.to_string());
        let (start, end, quote) = self.place(doc, &tid, &bounds, quote);
        self.draft.spans.push(DraftSpan {
            at: format!("{at} ({tid})"),
            id,
            doc: doc.id.to_string(),
            start,
            end,
            label,
            quote,
        });
    }

    /// Where a text-bound annotation with these fragments (brat offsets) goes in the kept
    /// text, and the text to check it against (`None` when the place is certain).
    fn place(
        &mut self,
        doc: &Doc,
        tid: &str,
        bounds: &[(u64, u64)],
        quote: Option<String>,
    ) -> (u64, u64, Option<String>) {
        let raw_start = bounds.iter().map(|b| b.0).min().unwrap_or(0);
        let raw_end = bounds.iter().map(|b| b.1).max().unwrap_or(0);
        let (mut start, mut end) = (doc.to_orig(raw_start), doc.to_orig(raw_end));
        let exact = doc.m.get("ranges").and_then(|r| r.get(tid)).and_then(|r| {
            let n = |i: usize| r.get(i).and_then(Value::as_u64);
            let hull = (n(2)?, n(3)?);
            (hull == (raw_start, raw_end)).then_some((n(0)?, n(1)?))
        });
        // brat shows newlines as spaces and joins fragments with a space.
        let squash = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        let slice = |a: u64, b: u64| doc.index.slice(doc.text, a as usize, b as usize);
        if let Some(q) = &quote {
            // A file whose offsets count "\r" (not written by brat itself).
            let mapped = slice(start, end).map(squash);
            let raw = slice(raw_start, raw_end).map(squash);
            if mapped.as_deref() != Some(&squash(q)) && raw.as_deref() == Some(&squash(q)) {
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
            self.fragments += 1;
        }
        let quote = match (&quote, found) {
            (Some(q), Some(found)) if squash(q) == squash(found) || bounds.len() > 1 => None,
            (q, _) => q.clone(),
        };
        match exact {
            Some((a, b)) => (a, b, None),
            None => (start, end, quote),
        }
    }

    /// An `R` line: an attribution relation (other types are counted and left out).
    fn relation(&mut self, at: String, line: &str, doc: &Doc) {
        let parts: Vec<&str> = line.split('\t').collect();
        let fields: Vec<&str> = parts
            .get(1)
            .map(|p| p.split_whitespace().collect())
            .unwrap_or_default();
        let Some((kind, args)) = fields.split_first() else {
            self.draft.problems.push(Problem::new(format!(
                "{at}: expected \"R1<tab>Attributes Arg1:T1 Arg2:T2\""
            )));
            return;
        };
        if !kind.eq_ignore_ascii_case("attributes") {
            *self.other_relations.entry(kind.to_string()).or_default() += 1;
            return;
        }
        let stem = doc.stem;
        let arg = |name: &str| {
            args.iter()
                .find_map(|a| a.strip_prefix(name).and_then(|r| r.strip_prefix(':')))
                .map(|t| {
                    self.span_ids
                        .get(&(stem.to_string(), t.to_string()))
                        .cloned()
                        .unwrap_or_else(|| format!("{t} (not in {stem}.ann)"))
                })
        };
        let (Some(from), Some(to)) = (arg("Arg1"), arg("Arg2")) else {
            self.draft.problems.push(Problem::new(format!(
                "{at}: a relation needs Arg1:T.. and Arg2:T.."
            )));
            return;
        };
        let rid = parts[0];
        let odd = doc.odd("relations", rid);
        let id = self.id_for(odd, rid, 'r');
        self.draft
            .relations
            .push(DraftRelation { at, id, from, to });
    }

    /// Warnings for what was read only in part or left out.
    fn summarise(&mut self) {
        let warnings = &mut self.draft.warnings;
        if self.fragments > 0 {
            warnings.push(format!(
                "{} discontinuous brat annotation(s) were imported as one span each, from the \
                 first fragment's start to the last one's end",
                self.fragments
            ));
        }
        for (kind, n) in &self.other_relations {
            warnings.push(format!(
                "{n} relation(s) of type {kind:?} were left out (Parallax knows \"Attributes\")"
            ));
        }
        for (c, n) in &self.ignored {
            let what = match c {
                'E' => "events",
                'A' | 'M' => "attributes",
                'N' => "normalisations",
                '*' => "equivalences",
                _ => "unknown lines",
            };
            warnings.push(format!(
                "{n} brat line(s) starting with {c:?} ({what}) were ignored"
            ));
        }
    }

    /// Cross-document links from links.json.
    fn links(&mut self) {
        let links = self.manifest.get("links").and_then(Value::as_array);
        for (i, l) in links.into_iter().flatten().enumerate() {
            let at = format!("links.json links[{i}]");
            let end = |k: &str| -> Option<String> {
                let e = l.get(k)?;
                self.span_ids
                    .get(&(
                        e.get("file")?.as_str()?.to_string(),
                        e.get("ann")?.as_str()?.to_string(),
                    ))
                    .cloned()
            };
            let (Some(a), Some(b)) = (end("a"), end("b")) else {
                self.draft.warnings.push(format!(
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
                Some(id) if self.used.insert(id.to_string()) => id.to_string(),
                _ => self.fresh("l"),
            };
            self.draft.links.push(DraftLink {
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
    }

    /// Rejected suggestions from links.json.
    fn rejections(&mut self) {
        let rejections = self.manifest.get("rejections").and_then(Value::as_array);
        for (i, r) in rejections.into_iter().flatten().enumerate() {
            let at = format!("links.json rejections[{i}]");
            match serde_json::from_value::<Rejection>(r.clone()) {
                Ok(rejection) => self.draft.rejections.push(DraftRejection { at, rejection }),
                Err(e) => self
                    .draft
                    .warnings
                    .push(format!("{at}: {e}; it was left out")),
            }
        }
    }
}

/// One document's text as the annotations of its `.ann` are placed in it.
struct Doc<'a> {
    text: &'a str,
    index: OffsetIndex,
    /// `orig[i]`: the code point in `text` of brat's offset `i` ([`brat_text`]).
    orig: Vec<usize>,
    /// Its entry in links.json (or null).
    m: &'a Value,
    id: &'a str,
    stem: &'a str,
}

impl<'a> Doc<'a> {
    fn new(text: &'a str, m: &'a Value, id: &'a str, stem: &'a str) -> Self {
        let (_, orig, _) = brat_text(text);
        Doc {
            text,
            index: OffsetIndex::new(text),
            orig,
            m,
            id,
            stem,
        }
    }

    /// brat offsets count the text with universal newlines: map one to ours.
    fn to_orig(&self, b: u64) -> u64 {
        let orig = &self.orig;
        match orig.get(b as usize) {
            Some(o) => *o as u64,
            None => b + (orig.last().copied().unwrap_or(0) as u64 + 1) - orig.len() as u64,
        }
    }

    /// The id links.json records for brat id `key` of this kind (`spans`, `relations`).
    fn odd(&self, kind: &str, key: &str) -> Option<String> {
        self.m
            .get(kind)
            .and_then(|o| o.get(key))
            .and_then(Value::as_str)
            .map(String::from)
    }
}

//! Building a new workspace from what an importer read: one place that checks offsets,
//! span texts (with optional re-anchoring), labels, duplicate ids and dangling references,
//! and writes messages naming what is wrong and where.
//!
//! Each importer fills a [`Draft`] with raw items (each with a `at` location such as
//! `spans[3] (id "s7")` or `line 4`) and calls [`Draft::finish`].

use super::{ErrorKind, FormatError, ImportOptions, Imported};
use crate::model::offsets::OffsetIndex;
use crate::model::{
    Document, Flag, Label, Link, LinkKind, Origin, Rejection, Relation, RelationKind, Span,
    Workspace,
};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::Arc;

pub(crate) struct DraftDoc {
    pub at: String,
    pub id: String,
    pub title: String,
    pub source: String,
    pub text: String,
    pub sha256: Option<String>,
}

pub(crate) struct DraftSpan {
    pub at: String,
    pub id: String,
    pub doc: String,
    pub start: u64,
    pub end: u64,
    pub label: String,
    /// The text the file says the span covers, if it says.
    pub quote: Option<String>,
}

pub(crate) struct DraftLink {
    pub at: String,
    pub id: String,
    pub a: String,
    pub b: String,
    pub kind: LinkKind,
    pub origin: Origin,
    pub score: Option<f64>,
    pub flags: Vec<Flag>,
}

pub(crate) struct DraftRelation {
    pub at: String,
    pub id: String,
    pub from: String,
    pub to: String,
}

pub(crate) struct DraftRejection {
    pub at: String,
    pub rejection: Rejection,
}

/// How strict to be about labels.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Labels {
    /// An unknown label is an error (Parallax's own formats).
    Strict,
    /// Spans with unknown labels are left out and counted in a warning (foreign formats).
    SkipUnknown,
}

#[derive(Default)]
pub(crate) struct Draft {
    pub docs: Vec<DraftDoc>,
    pub spans: Vec<DraftSpan>,
    pub links: Vec<DraftLink>,
    pub relations: Vec<DraftRelation>,
    pub rejections: Vec<DraftRejection>,
    pub next_id: u64,
    pub warnings: Vec<String>,
    /// Problems found while reading (types, missing fields); reported with the rest.
    pub problems: Vec<Problem>,
    /// Ids of items already reported as broken: what refers to them is not reported again.
    pub broken: HashSet<String>,
    /// The documents could not be read at all, so missing documents are not reported.
    pub documents_broken: bool,
}

pub(crate) struct Problem {
    pub message: String,
    /// A span whose text moved: re-anchoring can fix it.
    pub reanchorable: bool,
}

impl Problem {
    pub fn new(message: impl Into<String>) -> Self {
        Problem {
            message: message.into(),
            reanchorable: false,
        }
    }
}

/// At most this many problems are listed in one error message.
const MAX_LISTED: usize = 8;

/// Turn problems into one error: the first few, and how many more.
pub(crate) fn problems_error(problems: Vec<Problem>) -> FormatError {
    let can_reanchor = !problems.is_empty() && problems.iter().all(|p| p.reanchorable);
    let n = problems.len();
    let mut message = if n == 1 {
        problems[0].message.clone()
    } else {
        let mut m = format!("{n} problems were found:");
        for p in problems.iter().take(MAX_LISTED) {
            m.push_str("\n- ");
            m.push_str(&p.message);
        }
        if n > MAX_LISTED {
            m.push_str(&format!("\n- ... and {} more", n - MAX_LISTED));
        }
        m
    };
    if can_reanchor {
        message.push_str(
            "\nThe documents' texts seem to have changed since the spans were made. Import \
             again with re-anchoring to move each span to the nearest place where its text occurs.",
        );
    }
    FormatError {
        message,
        kind: ErrorKind::Invalid,
        can_reanchor,
    }
}

/// Show a text briefly in a message.
pub(crate) fn brief(text: &str) -> String {
    const MAX: usize = 60;
    if text.chars().count() <= MAX {
        format!("{text:?}")
    } else {
        let head: String = text.chars().take(MAX).collect();
        format!("{:?}…", head)
    }
}

impl Draft {
    /// Check everything and build the workspace.
    pub fn finish(
        mut self,
        options: &ImportOptions,
        labels: Labels,
    ) -> Result<Imported, FormatError> {
        let mut problems = std::mem::take(&mut self.problems);
        let mut broken = std::mem::take(&mut self.broken);
        let documents_broken = self.documents_broken;
        let mut warnings = std::mem::take(&mut self.warnings);
        let mut ids: HashMap<String, String> = HashMap::new();
        let mut claim_id = |id: &str, at: &str, problems: &mut Vec<Problem>| {
            if id.is_empty() {
                problems.push(Problem::new(format!("{at}: the id is empty")));
                return false;
            }
            if let Some(first) = ids.get(id) {
                problems.push(Problem::new(format!(
                    "{at}: the id {id:?} is already used by {first}; every id must be unique"
                )));
                return false;
            }
            ids.insert(id.to_string(), at.to_string());
            true
        };

        // Documents.
        let mut ws = Workspace::new();
        let mut index: HashMap<String, (usize, OffsetIndex)> = HashMap::new();
        for d in self.docs {
            if !claim_id(&d.id, &d.at, &mut problems) {
                continue;
            }
            if let Some(recorded) = &d.sha256 {
                let actual = crate::model::text_sha256(&d.text);
                if !recorded.eq_ignore_ascii_case(&actual) {
                    warnings.push(format!(
                        "{}: the text's SHA-256 does not match the one recorded in the file, so \
                         the text was changed after export; spans are checked against their \
                         recorded text",
                        d.at
                    ));
                }
            }
            let oi = OffsetIndex::new(&d.text);
            index.insert(d.id.clone(), (ws.documents.len(), oi));
            ws.documents
                .push(Document::new(d.id, d.title, d.source, Arc::from(d.text)));
        }

        // Spans.
        let mut unknown: BTreeMap<String, usize> = BTreeMap::new();
        let mut skipped_spans: HashSet<String> = HashSet::new();
        let attempted: Vec<String> = self.spans.iter().map(|s| s.id.clone()).collect();
        // The editor's rule: the same range with the same label is one span. A repeat is
        // dropped and what refers to it is moved to the span kept (`alias`).
        let mut kept: HashMap<(String, u64, u64, Label), String> = HashMap::new();
        let mut alias: HashMap<String, String> = HashMap::new();
        for s in self.spans {
            let label = match Label::parse(&s.label) {
                Some(l) => l,
                None => match labels {
                    Labels::Strict => {
                        problems.push(Problem::new(format!(
                            "{}: label {:?} is not one of claim, quote, attribution, context",
                            s.at, s.label
                        )));
                        continue;
                    }
                    Labels::SkipUnknown => {
                        *unknown.entry(s.label.clone()).or_default() += 1;
                        skipped_spans.insert(s.id.clone());
                        continue;
                    }
                },
            };
            if !claim_id(&s.id, &s.at, &mut problems) {
                continue;
            }
            let Some((di, oi)) = index.get(&s.doc) else {
                if !documents_broken && !broken.contains(&s.doc) {
                    problems.push(Problem::new(format!(
                        "{}: document {:?} does not exist",
                        s.at, s.doc
                    )));
                }
                broken.insert(s.id);
                continue;
            };
            let text = &ws.documents[*di].text;
            let len = oi.cp_len() as u64;
            let fault = if s.start >= s.end {
                Some(if s.start == s.end {
                    format!(
                        "{}: start and end are both {}; a span must cover at least one character",
                        s.at, s.start
                    )
                } else {
                    format!("{}: start {} is after end {}", s.at, s.start, s.end)
                })
            } else if s.end > len {
                Some(format!(
                    "{}: end {} is past the end of document {:?} ({} characters)",
                    s.at, s.end, s.doc, len
                ))
            } else {
                None
            };
            let found = if fault.is_none() {
                oi.slice(text, s.start as usize, s.end as usize)
            } else {
                None
            };
            let (start, end) = match (&fault, &s.quote, found) {
                (None, None, _) => (s.start, s.end),
                (None, Some(q), Some(f)) if q == f => (s.start, s.end),
                (_, None, _) => {
                    problems.push(Problem::new(fault.unwrap_or_default()));
                    continue;
                }
                (_, Some(q), found) => {
                    if q.is_empty() {
                        problems.push(Problem::new(format!(
                            "{}: the span's text is empty; a span must cover at least one character",
                            s.at
                        )));
                        continue;
                    }
                    if options.reanchor {
                        match nearest(text, q, s.start) {
                            Some((a, b)) => {
                                warnings.push(format!(
                                    "span {:?} was re-anchored from {}..{} to {}..{} in document \
                                     {:?}, where its text {} occurs",
                                    s.id,
                                    s.start,
                                    s.end,
                                    a,
                                    b,
                                    s.doc,
                                    brief(q)
                                ));
                                (a, b)
                            }
                            None => {
                                problems.push(Problem::new(format!(
                                    "{}: its text {} does not occur anywhere in document {:?}, so \
                                     it cannot be re-anchored",
                                    s.at,
                                    brief(q),
                                    s.doc
                                )));
                                continue;
                            }
                        }
                    } else {
                        let message = match (fault, found) {
                            (Some(f), _) => format!("{f}; the span's text is {}", brief(q)),
                            (None, found) => format!(
                                "{}: the text at {}..{} of document {:?} is {}, but the span's \
                                 text is {}",
                                s.at,
                                s.start,
                                s.end,
                                s.doc,
                                brief(found.unwrap_or_default()),
                                brief(q)
                            ),
                        };
                        problems.push(Problem {
                            message,
                            reanchorable: true,
                        });
                        continue;
                    }
                }
            };
            let key = (s.doc.clone(), start, end, label);
            if let Some(first) = kept.get(&key) {
                alias.insert(s.id, first.clone());
                continue;
            }
            kept.insert(key, s.id.clone());
            ws.spans.push(Span {
                id: s.id,
                doc: s.doc,
                start: start as usize,
                end: end as usize,
                label,
                note: None,
                annotators: Vec::new(),
            });
        }
        for (name, n) in &unknown {
            warnings.push(format!(
                "{n} span{} with label {name:?} {} not imported (Parallax knows claim, quote, \
                 attribution, context)",
                if *n == 1 { "" } else { "s" },
                if *n == 1 { "was" } else { "were" },
            ));
        }
        if !alias.is_empty() {
            let n = alias.len();
            warnings.push(format!(
                "{n} repeated span{} (the same range and label as another span) {} left out; \
                 what referred to {} now refers to the span kept",
                if n == 1 { "" } else { "s" },
                if n == 1 { "was" } else { "were" },
                if n == 1 { "it" } else { "them" },
            ));
        }
        let resolve = |id: String| alias.get(&id).cloned().unwrap_or(id);
        let built: HashSet<&str> = ws.spans.iter().map(|s| s.id.as_str()).collect();
        for id in attempted {
            if !built.contains(id.as_str())
                && !skipped_spans.contains(&id)
                && !alias.contains_key(&id)
            {
                broken.insert(id);
            }
        }
        let span_doc: HashMap<&str, (&str, Label)> = ws
            .spans
            .iter()
            .map(|s| (s.id.as_str(), (s.doc.as_str(), s.label)))
            .collect();

        // Links.
        let mut links = Vec::new();
        let mut dropped_links = 0;
        let mut repeated = 0;
        for mut l in self.links {
            if !claim_id(&l.id, &l.at, &mut problems) {
                continue;
            }
            l.a = resolve(l.a);
            l.b = resolve(l.b);
            if links
                .iter()
                .any(|k: &Link| (k.a == l.a && k.b == l.b) || (k.a == l.b && k.b == l.a))
            {
                repeated += 1;
                continue;
            }
            if skipped_spans.contains(&l.a) || skipped_spans.contains(&l.b) {
                dropped_links += 1;
                continue;
            }
            let (a, b) = (span_doc.get(l.a.as_str()), span_doc.get(l.b.as_str()));
            match (a, b) {
                (None, _) | (_, None) => {
                    let missing = if a.is_none() { &l.a } else { &l.b };
                    if broken.contains(missing) {
                        continue;
                    }
                    problems.push(Problem::new(format!(
                        "{}: span {missing:?} does not exist",
                        l.at
                    )));
                    continue;
                }
                (Some((da, _)), Some((db, _))) if da == db => {
                    problems.push(Problem::new(format!(
                        "{}: spans {:?} and {:?} are both in document {:?}; a link joins spans of \
                         two different documents",
                        l.at, l.a, l.b, da
                    )));
                    continue;
                }
                _ => {}
            }
            if let Some(score) = l.score {
                if !(0.0..=1.0).contains(&score) {
                    problems.push(Problem::new(format!(
                        "{}: score {score} is outside 0..1",
                        l.at
                    )));
                    continue;
                }
            }
            links.push(Link {
                id: l.id,
                a: l.a,
                b: l.b,
                kind: l.kind,
                origin: l.origin,
                score: l.score,
                flags: l.flags,
                note: None,
            });
        }
        if dropped_links > 0 {
            warnings.push(format!(
                "{dropped_links} link{} left out because {} spans with unknown labels",
                if dropped_links == 1 { " was" } else { "s were" },
                if dropped_links == 1 {
                    "it joins"
                } else {
                    "they join"
                }
            ));
        }

        // Relations.
        let mut relations = Vec::new();
        let mut dropped_relations = 0;
        for mut r in self.relations {
            if !claim_id(&r.id, &r.at, &mut problems) {
                continue;
            }
            r.from = resolve(r.from);
            r.to = resolve(r.to);
            if relations
                .iter()
                .any(|k: &Relation| k.from == r.from && k.to == r.to)
            {
                repeated += 1;
                continue;
            }
            if skipped_spans.contains(&r.from) || skipped_spans.contains(&r.to) {
                dropped_relations += 1;
                continue;
            }
            if broken.contains(&r.from) || broken.contains(&r.to) {
                continue;
            }
            let (from, to) = (span_doc.get(r.from.as_str()), span_doc.get(r.to.as_str()));
            let problem = match (from, to) {
                (None, _) => Some(format!("{}: span {:?} does not exist", r.at, r.from)),
                (_, None) => Some(format!("{}: span {:?} does not exist", r.at, r.to)),
                (Some((df, lf)), Some((dt, lt))) => {
                    if df != dt {
                        Some(format!(
                            "{}: spans {:?} and {:?} are in different documents; an attribution \
                             relation stays within one document",
                            r.at, r.from, r.to
                        ))
                    } else if *lf != Label::Attribution {
                        Some(format!(
                            "{}: span {:?} is a {}, but only an attribution can attribute",
                            r.at, r.from, lf
                        ))
                    } else if !matches!(lt, Label::Quote | Label::Claim) {
                        Some(format!(
                            "{}: span {:?} is a {}; an attribution attributes a quote or a claim",
                            r.at, r.to, lt
                        ))
                    } else {
                        None
                    }
                }
            };
            match problem {
                Some(p) if labels == Labels::SkipUnknown => {
                    warnings.push(format!("{p}; the relation was left out"));
                }
                Some(p) => problems.push(Problem::new(p)),
                None => relations.push(Relation {
                    id: r.id,
                    kind: RelationKind::Attributes,
                    from: r.from,
                    to: r.to,
                    note: None,
                }),
            }
        }
        if dropped_relations > 0 {
            warnings.push(format!(
                "{dropped_relations} relation{} left out because of spans with unknown labels",
                if dropped_relations == 1 {
                    " was"
                } else {
                    "s were"
                }
            ));
        }

        if repeated > 0 {
            warnings.push(format!(
                "{repeated} repeated link(s) or relation(s) (the same two spans as another) were \
                 left out"
            ));
        }

        // Rejections: only remembered suggestions, so a stale one is dropped with a warning.
        let mut rejections = Vec::new();
        for r in self.rejections {
            let mut rej = r.rejection;
            rej.span = resolve(rej.span);
            let ok_span = span_doc.contains_key(rej.span.as_str());
            let ok_range = index
                .get(&rej.doc)
                .is_some_and(|(_, oi)| rej.start < rej.end && rej.end <= oi.cp_len());
            if ok_span && ok_range {
                if !rejections.contains(&rej) {
                    rejections.push(rej);
                }
            } else {
                warnings.push(format!(
                    "{}: the rejected suggestion refers to a span or text range that does not \
                     exist; it was left out",
                    r.at
                ));
            }
        }

        if !problems.is_empty() {
            return Err(problems_error(problems));
        }
        ws.links = links;
        ws.relations = relations;
        ws.rejections = rejections;
        ws.next_id = self.next_id;
        ws.renumber_after_import();
        // Safety net: the model's own check must agree.
        let left = ws.validate();
        if !left.is_empty() {
            return Err(problems_error(
                left.into_iter()
                    .map(|e| Problem::new(e.to_string()))
                    .collect(),
            ));
        }
        Ok(Imported {
            workspace: ws,
            warnings,
        })
    }
}

/// The occurrence of `quote` in `text` whose start is nearest to code point `near`.
fn nearest(text: &str, quote: &str, near: u64) -> Option<(u64, u64)> {
    let qlen = quote.chars().count() as u64;
    let mut best: Option<(u64, u64)> = None;
    let mut from = 0;
    // Byte offsets of matches, converted to code points incrementally.
    let mut cp = 0u64;
    let mut last_byte = 0usize;
    while let Some(pos) = text[from..].find(quote) {
        let byte = from + pos;
        cp += text[last_byte..byte].chars().count() as u64;
        last_byte = byte;
        let dist = cp.abs_diff(near);
        if best.is_none_or(|(_, d)| dist < d) {
            best = Some((cp, dist));
        }
        let step = text[byte..].chars().next().map_or(1, char::len_utf8);
        from = byte + step;
    }
    best.map(|(s, _)| (s, s + qlen))
}

pub(crate) use super::read;

//! [`Draft::finish`]: the workspace built through the model's [`Builder`], step by step
//! (documents, spans, links, relations, rejections), with located messages.

use super::{
    brief, nearest, problems_error, Draft, DraftDoc, DraftLink, DraftRejection, DraftRelation,
    DraftSpan, Labels, Problem,
};
use crate::formats::{FormatError, ImportOptions, Imported};
use crate::model::{Builder, Document, Label, Link, ModelError, Relation, RelationKind, Span};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::Arc;

impl Draft {
    /// Check everything with the model's rules ([`crate::model::rules`]) and build the
    /// workspace. Strict (the default): any problem refuses the file, listing the problems.
    /// Lenient (`self.lenient`): each bad item is left out and named in the warnings, with
    /// what depended on it.
    pub fn finish(
        mut self,
        options: &ImportOptions,
        labels: Labels,
    ) -> Result<Imported, FormatError> {
        let mut run = Run {
            builder: Builder::new(),
            first_at: HashMap::new(),
            problems: Vec::new(),
            warnings: std::mem::take(&mut self.warnings),
            broken: std::mem::take(&mut self.broken),
            documents_broken: self.documents_broken,
            skipped: HashSet::new(),
            alias: HashMap::new(),
            repeated: 0,
            options,
            labels,
            lenient: self.lenient,
            unplaced: HashSet::new(),
            left_out: Vec::new(),
            off_as_code_points: 0,
            off_as_utf16: 0,
            unchanged_docs: HashSet::new(),
            off_in_unchanged: 0,
        };
        for p in std::mem::take(&mut self.problems) {
            run.problem(p);
        }
        run.documents(self.docs);
        run.spans(self.spans);
        run.links(self.links);
        run.relations(self.relations);
        if run.repeated > 0 {
            run.warnings.push(format!(
                "{} repeated link(s) or relation(s) (the same two spans as another) were \
                 left out",
                run.repeated
            ));
        }
        run.rejections(self.rejections);
        if !run.problems.is_empty() {
            let utf16 = run.off_as_code_points > 0 && run.off_as_utf16 == 0;
            let misplaced =
                run.off_as_code_points > 0 && run.off_in_unchanged == run.off_as_code_points;
            return Err(problems_error(run.problems, utf16, misplaced));
        }
        Ok(Imported {
            workspace: run.builder.finish(self.next_id),
            warnings: run.warnings,
            left_out: run.left_out,
        })
    }
}

/// One run of [`Draft::finish`]: the workspace being built and what was found so far.
struct Run<'a> {
    builder: Builder,
    /// Where each id was first used, for "already used by" messages.
    first_at: HashMap<String, String>,
    problems: Vec<Problem>,
    warnings: Vec<String>,
    /// Ids of items already reported as broken: what refers to them is not reported again.
    broken: HashSet<String>,
    documents_broken: bool,
    /// Spans left out for their unknown label.
    skipped: HashSet<String>,
    /// A repeated span (same range and label) -> the span kept.
    alias: HashMap<String, String>,
    /// Repeated links and relations left out.
    repeated: usize,
    options: &'a ImportOptions,
    labels: Labels,
    lenient: bool,
    /// Spans re-anchoring could not place (their text occurs nowhere in their article).
    unplaced: HashSet<String>,
    /// What was left out because re-anchoring could not place it: see [`Imported::left_out`].
    left_out: Vec<String>,
    /// Spans with a text of their own that their offsets, read as code points, do not hold.
    off_as_code_points: usize,
    /// Spans with a text of their own that their offsets, read as UTF-16 code units
    /// (JavaScript string indices), do not hold. None, while some are off as code points:
    /// the file counted UTF-16 units (trial 42, F3), see [`FormatError::utf16_offsets`].
    off_as_utf16: usize,
    /// Documents whose text matches the SHA-256 the file records for it: not edited since.
    unchanged_docs: HashSet<String>,
    /// Of [`off_as_code_points`](Self::off_as_code_points), the spans in such a document:
    /// all of them, and the spans were misplaced, not the text changed (trial 43, F).
    off_in_unchanged: usize,
}

impl Run<'_> {
    /// A bad item: refuses the file, or (lenient) is left out and named.
    fn problem(&mut self, p: Problem) {
        if self.lenient {
            self.warnings
                .push(format!("{}; it was left out", p.message));
        } else {
            self.problems.push(p);
        }
    }

    /// An item left out because something it refers to was: named only when lenient
    /// (a refused file names the cause).
    fn dependent(&mut self, message: String) {
        if self.lenient {
            self.warnings.push(message);
        }
    }

    /// Reserve an item's id under the model's id rule; false (reported) when it breaks it.
    fn claim(&mut self, id: &str, at: &str) -> bool {
        match self.builder.claim_id(id) {
            Ok(()) => {
                self.first_at.insert(id.to_string(), at.to_string());
                true
            }
            Err(ModelError::EmptyId) => {
                self.problem(Problem::new(format!("{at}: the id is empty")));
                false
            }
            Err(_) => {
                let first = self.first_at.get(id).cloned().unwrap_or_default();
                self.problem(Problem::new(format!(
                    "{at}: the id {id:?} is already used by {first}; every id must be unique"
                )));
                false
            }
        }
    }

    fn resolve(&self, id: String) -> String {
        self.alias.get(&id).cloned().unwrap_or(id)
    }

    fn documents(&mut self, docs: Vec<DraftDoc>) {
        for d in docs {
            if !self.claim(&d.id, &d.at) {
                continue;
            }
            // As an empty article file is refused (`decode`), so is an empty text. (Text of
            // only white space is kept: spans over it round-trip, and it was never refused.)
            if d.text.is_empty() {
                self.problem(Problem::new(format!(
                    "{}: the text is empty; every document needs its article's text (give it \
                     its text or remove the document from the file)",
                    d.at
                )));
                self.broken.insert(d.id);
                continue;
            }
            if let Some(recorded) = &d.sha256 {
                let actual = crate::model::text_sha256(&d.text);
                if recorded.eq_ignore_ascii_case(&actual) {
                    self.unchanged_docs.insert(d.id.clone());
                } else {
                    self.warnings.push(format!(
                        "{}: the text's SHA-256 does not match the one recorded in the file, so \
                         the text was changed after export; spans are checked against their \
                         recorded text",
                        d.at
                    ));
                }
            }
            let doc = Document::new(d.id, d.title, d.source, Arc::from(d.text));
            self.builder.add_document(doc);
        }
    }

    fn spans(&mut self, spans: Vec<DraftSpan>) {
        let attempted: Vec<String> = spans.iter().map(|s| s.id.clone()).collect();
        let mut unknown: BTreeMap<String, usize> = BTreeMap::new();
        for s in spans {
            let Some(label) = Label::parse(&s.label) else {
                if self.labels == Labels::Strict {
                    self.problem(Problem::new(format!(
                        "{}: label {:?} is not one of claim, quote, attribution, context",
                        s.at, s.label
                    )));
                } else {
                    *unknown.entry(s.label.clone()).or_default() += 1;
                    self.skipped.insert(s.id.clone());
                }
                continue;
            };
            self.span(s, label);
        }
        for (name, n) in &unknown {
            self.warnings.push(format!(
                "{n} span{} with label {name:?} {} not imported (Parallax knows claim, quote, \
                 attribution, context)",
                if *n == 1 { "" } else { "s" },
                if *n == 1 { "was" } else { "were" },
            ));
        }
        if !self.alias.is_empty() {
            let n = self.alias.len();
            self.warnings.push(format!(
                "{n} repeated span{} (the same range and label as another span) {} left out; \
                 what referred to {} now refers to the span kept",
                if n == 1 { "" } else { "s" },
                if n == 1 { "was" } else { "were" },
                if n == 1 { "it" } else { "them" },
            ));
        }
        // What refers to a span refused here is not reported again.
        for id in attempted {
            if self.builder.span(&id).is_none()
                && !self.skipped.contains(&id)
                && !self.alias.contains_key(&id)
            {
                self.broken.insert(id);
            }
        }
    }

    /// One span with a known label: its id, its document, its place, then the model's
    /// range rule and the one-span-per-range-and-label rule.
    fn span(&mut self, s: DraftSpan, label: Label) {
        if !self.claim(&s.id, &s.at) {
            return;
        }
        if self.builder.document(&s.doc).is_none() {
            if !self.documents_broken && !self.broken.contains(&s.doc) {
                self.problem(Problem::new(format!(
                    "{}: document {:?} does not exist",
                    s.at, s.doc
                )));
            } else {
                self.dependent(format!(
                    "{}: its document {:?} was left out, so the span was left out too",
                    s.at, s.doc
                ));
            }
            self.broken.insert(s.id);
            return;
        }
        let Some((start, end)) = self.place(&s) else {
            return;
        };
        let span = Span {
            id: s.id.clone(),
            doc: s.doc,
            start,
            end,
            label,
            note: None,
            annotators: Vec::new(),
        };
        match self.builder.add_span(span) {
            Ok(kept) if kept != s.id => {
                self.alias.insert(s.id, kept);
            }
            Ok(_) => {}
            Err(e) => self.problem(Problem::new(format!("{}: {e}", s.at))),
        }
    }

    /// Where span `s` goes (code points): its offsets when they fit its document (the
    /// model's range rule) and hold its recorded text, else (re-anchoring) the nearest
    /// occurrence of that text. `None` (reported) when it has no place.
    fn place(&mut self, s: &DraftSpan) -> Option<(usize, usize)> {
        let (start, end) = (to_usize(s.start), to_usize(s.end));
        let fault = match self.builder.check_range(&s.doc, start, end) {
            Ok(()) => None,
            Err(ModelError::BadRange { len, .. }) => Some(range_fault(s, len)),
            Err(e) => Some(format!("{}: {e}", s.at)),
        };
        let text = self.builder.document(&s.doc)?.text.clone();
        let found = match (&fault, &s.quote) {
            (None, Some(_)) => self.builder.document(&s.doc)?.slice(start, end),
            _ => None,
        }
        .map(str::to_string);
        if let Some(q) = s.quote.as_deref().filter(|q| !q.is_empty()) {
            if fault.is_some() || found.as_deref() != Some(q) {
                self.off_as_code_points += 1;
                if self.unchanged_docs.contains(&s.doc) {
                    self.off_in_unchanged += 1;
                }
            }
            let doc = self.builder.document(&s.doc)?;
            if !reads_as_utf16(doc, s.start, s.end, q) {
                self.off_as_utf16 += 1;
            }
        }
        match (&fault, &s.quote, found.as_deref()) {
            (None, None, _) => Some((start, end)),
            (None, Some(q), Some(f)) if q == f => Some((start, end)),
            (_, None, _) => {
                self.problem(Problem::new(fault.unwrap_or_default()));
                None
            }
            (_, Some(q), _) if q.is_empty() => {
                self.problem(Problem::new(format!(
                    "{}: the span's text is empty; a span must cover at least one character",
                    s.at
                )));
                None
            }
            (_, Some(q), found) if !self.options.reanchor => {
                let message = match fault {
                    Some(f) => format!("{f}; the span's text is {}", brief(q)),
                    None => format!(
                        "{}: the text at {}..{} of document {:?} is {}, but the span's text is {}",
                        s.at,
                        s.start,
                        s.end,
                        s.doc,
                        brief(found.unwrap_or_default()),
                        brief(q)
                    ),
                };
                self.problem(Problem {
                    message,
                    reanchorable: true,
                });
                None
            }
            (_, Some(q), _) => match nearest(&text, q, s.start) {
                Some((a, b, count)) => {
                    // The quote found more than once (trial 25, U5): the nearest is a
                    // guess, and an attribution may have moved to another claim's sentence.
                    let unsure = if count > 1 {
                        format!(
                            "; the text occurs {count} times there, so this place (the \
                             nearest to where the span was) is a guess: check it"
                        )
                    } else {
                        String::new()
                    };
                    self.warnings.push(format!(
                        "span {:?} was re-anchored from {}..{} to {}..{} in document {:?}, \
                         where its text {} occurs{unsure}",
                        s.id,
                        s.start,
                        s.end,
                        a,
                        b,
                        s.doc,
                        brief(q)
                    ));
                    Some((to_usize(a), to_usize(b)))
                }
                None => {
                    // Left out, not refusing the file: the spans that can be placed are
                    // kept (trial 24, U4), and this one is named.
                    self.unplaced.insert(s.id.clone());
                    self.left_out.push(format!(
                        "{}: its text {} does not occur anywhere in document {:?}, so it \
                         could not be re-anchored and was left out",
                        s.at,
                        brief(q),
                        s.doc
                    ));
                    None
                }
            },
        }
    }

    fn links(&mut self, links: Vec<DraftLink>) {
        let mut dropped = 0;
        for mut l in links {
            if !self.claim(&l.id, &l.at) {
                continue;
            }
            l.a = self.resolve(l.a);
            l.b = self.resolve(l.b);
            if self.skipped.contains(&l.a) || self.skipped.contains(&l.b) {
                dropped += 1;
                continue;
            }
            if self.link_fits(&l) {
                let link = Link {
                    id: l.id.clone(),
                    a: l.a,
                    b: l.b,
                    kind: l.kind,
                    origin: l.origin,
                    score: l.score,
                    flags: l.flags,
                    note: None,
                };
                match self.builder.add_link(link) {
                    Ok(kept) if kept != l.id => self.repeated += 1,
                    Ok(_) => {}
                    Err(e) => self.problem(Problem::new(format!("{}: {e}", l.at))),
                }
            }
        }
        if dropped > 0 {
            self.warnings.push(format!(
                "{dropped} link{} left out because {} spans with unknown labels",
                if dropped == 1 { " was" } else { "s were" },
                if dropped == 1 {
                    "it joins"
                } else {
                    "they join"
                }
            ));
        }
    }

    /// The model's link rule, then the format's: a score is a probability. False (reported
    /// unless a span it joins was refused already) when the link is left out. A repeat of
    /// an accepted link is let through: the builder counts it.
    fn link_fits(&mut self, l: &DraftLink) -> bool {
        match self.builder.check_link(&l.a, &l.b) {
            Ok(()) => {}
            Err(ModelError::NoSuchSpan(missing)) => {
                if self.unplaced.contains(&missing) {
                    self.left_out.push(format!(
                        "{}: it joins span {missing:?}, which could not be re-anchored, so the \
                         link was left out too",
                        l.at
                    ));
                } else if self.broken.contains(&missing) {
                    self.dependent(format!(
                        "{}: span {missing:?} was left out, so the link was left out too",
                        l.at
                    ));
                } else if self.lenient {
                    self.problem(Problem::new(format!(
                        "{}: span {missing:?} does not exist",
                        l.at
                    )));
                } else {
                    // One dangling link does not cost the whole file (trial 43, F): the
                    // rest is imported and this link is named as left out.
                    self.left_out.push(dangling(&l.at, "link", &missing));
                }
                return false;
            }
            Err(ModelError::SameDocumentLink { .. }) => {
                let doc = self.builder.span(&l.a).map(|s| s.doc.clone());
                self.problem(Problem::new(format!(
                    "{}: spans {:?} and {:?} are both in document {:?}; a link joins spans of \
                     two different documents",
                    l.at,
                    l.a,
                    l.b,
                    doc.unwrap_or_default()
                )));
                return false;
            }
            Err(e) => {
                self.problem(Problem::new(format!("{}: {e}", l.at)));
                return false;
            }
        }
        if self.builder.link_between(&l.a, &l.b).is_some() {
            return true;
        }
        match l.score {
            Some(score) if !(0.0..=1.0).contains(&score) => {
                self.problem(Problem::new(format!(
                    "{}: score {score} is outside 0..1",
                    l.at
                )));
                false
            }
            _ => true,
        }
    }

    fn relations(&mut self, relations: Vec<DraftRelation>) {
        let mut dropped = 0;
        for mut r in relations {
            if !self.claim(&r.id, &r.at) {
                continue;
            }
            r.from = self.resolve(r.from);
            r.to = self.resolve(r.to);
            if self.skipped.contains(&r.from) || self.skipped.contains(&r.to) {
                dropped += 1;
                continue;
            }
            if let Some(gone) = [&r.from, &r.to]
                .into_iter()
                .find(|x| self.unplaced.contains(*x))
            {
                self.left_out.push(format!(
                    "{}: span {gone:?} could not be re-anchored, so the relation was left out too",
                    r.at
                ));
                continue;
            }
            if let Some(gone) = [&r.from, &r.to]
                .into_iter()
                .find(|x| self.broken.contains(*x))
            {
                let message = format!(
                    "{}: span {gone:?} was left out, so the relation was left out too",
                    r.at
                );
                self.dependent(message);
                continue;
            }
            let fault = match self.builder.check_relation(&r.from, &r.to) {
                Ok(()) => None,
                Err(ModelError::NoSuchSpan(missing)) if !self.lenient => {
                    // As a dangling link: left out and named, the rest imported.
                    self.left_out.push(dangling(&r.at, "relation", &missing));
                    continue;
                }
                Err(e) => Some(relation_fault(&r, e)),
            };
            match fault {
                Some(p) if self.labels == Labels::SkipUnknown => {
                    self.warnings
                        .push(format!("{p}; the relation was left out"));
                }
                Some(p) => self.problem(Problem::new(p)),
                None => {
                    let relation = Relation {
                        id: r.id.clone(),
                        kind: RelationKind::Attributes,
                        from: r.from,
                        to: r.to,
                        note: None,
                    };
                    match self.builder.add_relation(relation) {
                        Ok(kept) if kept != r.id => self.repeated += 1,
                        Ok(_) => {}
                        Err(e) => self.problem(Problem::new(format!("{}: {e}", r.at))),
                    }
                }
            }
        }
        if dropped > 0 {
            self.warnings.push(format!(
                "{dropped} relation{} left out because of spans with unknown labels",
                if dropped == 1 { " was" } else { "s were" }
            ));
        }
    }

    /// Rejections are only remembered suggestions, so a stale one is dropped with a warning.
    fn rejections(&mut self, rejections: Vec<DraftRejection>) {
        for r in rejections {
            let mut rejection = r.rejection;
            rejection.span = self.resolve(rejection.span);
            if self.builder.add_rejection(rejection).is_err() {
                self.warnings.push(format!(
                    "{}: the rejected suggestion refers to a span or text range that does not \
                     exist; it was left out",
                    r.at
                ));
            }
        }
    }
}

/// What [`Imported::left_out`] says of a link or relation (`what`) at `at` that names a
/// span `missing` the file does not have: left out, and why.
fn dangling(at: &str, what: &str, missing: &str) -> String {
    format!("{at}: span {missing:?} does not exist in the file, so the {what} was left out")
}

/// An offset read from a file as a code point index (saturating: a huge one stays too
/// large for any document).
fn to_usize(n: u64) -> usize {
    usize::try_from(n).unwrap_or(usize::MAX)
}

/// The message for a span that breaks the range rule, with the file's own numbers.
fn range_fault(s: &DraftSpan, len: usize) -> String {
    if s.start == s.end {
        format!(
            "{}: start and end are both {}; a span must cover at least one character",
            s.at, s.start
        )
    } else if s.start > s.end {
        format!("{}: start {} is after end {}", s.at, s.start, s.end)
    } else {
        format!(
            "{}: end {} is past the end of document {:?} ({} characters)",
            s.at, s.end, s.doc, len
        )
    }
}

/// The message for a relation that breaks the model's relation rule, located at `r.at`.
fn relation_fault(r: &DraftRelation, e: ModelError) -> String {
    let at = &r.at;
    match e {
        ModelError::NoSuchSpan(id) => format!("{at}: span {id:?} does not exist"),
        ModelError::RelationAcrossDocuments { from, to } => format!(
            "{at}: spans {from:?} and {to:?} are in different documents; an attribution \
             relation stays within one document"
        ),
        ModelError::NotAnAttribution { span, label } => {
            format!("{at}: span {span:?} is a {label}, but only an attribution can attribute")
        }
        ModelError::NotAttributable { span, label } => format!(
            "{at}: span {span:?} is a {label}; an attribution attributes a quote or a claim"
        ),
        e => format!("{at}: {e}"),
    }
}

/// Whether `quote` is the text of `doc` between `start` and `end` read as UTF-16 code
/// units (JavaScript string indices), neither inside a surrogate pair.
fn reads_as_utf16(doc: &Document, start: u64, end: u64, quote: &str) -> bool {
    let (start, end) = (to_usize(start), to_usize(end));
    let oi = doc.offsets();
    let (Some(a), Some(b)) = (oi.utf16_to_cp(start), oi.utf16_to_cp(end)) else {
        return false;
    };
    oi.cp_to_utf16(a) == Some(start)
        && oi.cp_to_utf16(b) == Some(end)
        && doc.slice(a, b) == Some(quote)
}

//! The rules every span, link and relation obeys, written once. The editor's operations
//! ([`Workspace::add_span`], [`Workspace::add_link`], [`Workspace::add_relation`]) and the
//! importers' [`Builder`] both call the functions here, so a file can never bring in what
//! the editor could not make, and [`Workspace::validate`] checks a whole workspace with the
//! same functions.
//!
//! - a span's `start..end` (code points) is non-empty and inside its document;
//! - a link joins spans of two different documents; the same pair is linked once;
//! - a relation joins an attribution to a quote or claim of the same document; the same
//!   pair is related once;
//! - the same range with the same label is one span;
//! - ids are non-empty and unique across documents, spans, links and relations.

use super::types::*;
use super::workspace::{ModelError, Workspace};
use std::collections::{HashMap, HashSet};

/// The range rule: `start..end` (code points) must be non-empty and end at most at `len`,
/// the length of document `doc` in code points. Errors: [`ModelError::BadRange`].
pub fn check_range(doc: &str, start: usize, end: usize, len: usize) -> Result<(), ModelError> {
    if start >= end || end > len {
        return Err(ModelError::BadRange {
            doc: doc.to_string(),
            start,
            end,
            len,
        });
    }
    Ok(())
}

/// The link rule: a cross-source link joins spans of two different documents.
/// Errors: [`ModelError::SameDocumentLink`].
pub fn check_link(a: &Span, b: &Span) -> Result<(), ModelError> {
    if a.doc == b.doc {
        return Err(ModelError::SameDocumentLink {
            a: a.id.clone(),
            b: b.id.clone(),
        });
    }
    Ok(())
}

/// The relation rule: attribution span `from` attributes quote or claim span `to` of the
/// same document. Errors: [`ModelError::RelationAcrossDocuments`],
/// [`ModelError::NotAnAttribution`], [`ModelError::NotAttributable`], in that order.
pub fn check_relation(from: &Span, to: &Span) -> Result<(), ModelError> {
    if from.doc != to.doc {
        return Err(ModelError::RelationAcrossDocuments {
            from: from.id.clone(),
            to: to.id.clone(),
        });
    }
    if from.label != Label::Attribution {
        return Err(ModelError::NotAnAttribution {
            span: from.id.clone(),
            label: from.label,
        });
    }
    if !matches!(to.label, Label::Quote | Label::Claim) {
        return Err(ModelError::NotAttributable {
            span: to.id.clone(),
            label: to.label,
        });
    }
    Ok(())
}

/// The id rule for items that bring their own id: non-empty and not yet in `used`.
/// Errors: [`ModelError::EmptyId`], [`ModelError::DuplicateId`].
pub fn check_new_id(id: &str, used: &HashSet<String>) -> Result<(), ModelError> {
    if id.is_empty() {
        return Err(ModelError::EmptyId);
    }
    if used.contains(id) {
        return Err(ModelError::DuplicateId(id.to_string()));
    }
    Ok(())
}

/// A workspace built item by item from items that carry their own ids (an imported file),
/// under the rules above. Each `add_*` either adds the item or returns the rule it breaks
/// and leaves the workspace as it was, so a caller can refuse the file or drop the item
/// and go on (lenient). Lookups are hashed: building `n` items costs O(n).
#[derive(Debug, Default)]
pub struct Builder {
    ws: Workspace,
    ids: HashSet<String>,
    docs: HashMap<String, usize>,
    spans: HashMap<String, usize>,
    same_range: HashMap<(String, usize, usize, Label), String>,
    link_pairs: HashMap<(String, String), String>,
    relation_pairs: HashMap<(String, String), String>,
}

impl Builder {
    /// An empty builder.
    pub fn new() -> Self {
        Self::default()
    }

    /// Reserve `id` for an item about to be added (ids are unique across documents,
    /// spans, links and relations). A reserved id stays taken even if the item is then
    /// refused. Errors: [`ModelError::EmptyId`], [`ModelError::DuplicateId`].
    pub fn claim_id(&mut self, id: &str) -> Result<(), ModelError> {
        check_new_id(id, &self.ids)?;
        self.ids.insert(id.to_string());
        Ok(())
    }

    /// Add a document at the end (its id claimed with [`Builder::claim_id`]).
    pub fn add_document(&mut self, doc: Document) {
        self.docs.insert(doc.id.clone(), self.ws.documents.len());
        self.ws.documents.push(doc);
    }

    /// The document with this id, if added.
    pub fn document(&self, id: &str) -> Option<&Document> {
        self.docs.get(id).map(|&i| &self.ws.documents[i])
    }

    /// The span with this id, if added.
    pub fn span(&self, id: &str) -> Option<&Span> {
        self.spans.get(id).map(|&i| &self.ws.spans[i])
    }

    /// The range rule for document `doc`. Errors: [`ModelError::NoSuchDocument`],
    /// [`ModelError::BadRange`].
    pub fn check_range(&self, doc: &str, start: usize, end: usize) -> Result<(), ModelError> {
        let d = self
            .document(doc)
            .ok_or_else(|| ModelError::NoSuchDocument(doc.to_string()))?;
        check_range(doc, start, end, d.cp_len())
    }

    /// Add a span under the range rule. Returns the id of the span that now holds this
    /// range and label: `span.id`, or the id of an earlier span with the same range and
    /// label (then nothing is added, as in [`Workspace::add_span`]).
    /// Errors: [`ModelError::NoSuchDocument`], [`ModelError::BadRange`].
    pub fn add_span(&mut self, span: Span) -> Result<String, ModelError> {
        self.check_range(&span.doc, span.start, span.end)?;
        let key = (span.doc.clone(), span.start, span.end, span.label);
        if let Some(first) = self.same_range.get(&key) {
            return Ok(first.clone());
        }
        self.same_range.insert(key, span.id.clone());
        self.spans.insert(span.id.clone(), self.ws.spans.len());
        let id = span.id.clone();
        self.ws.spans.push(span);
        Ok(id)
    }

    /// The link rule for spans `a` and `b`. Errors: [`ModelError::NoSuchSpan`] (naming
    /// `a` first), [`ModelError::SameDocumentLink`].
    pub fn check_link(&self, a: &str, b: &str) -> Result<(), ModelError> {
        let sa = self
            .span(a)
            .ok_or_else(|| ModelError::NoSuchSpan(a.to_string()))?;
        let sb = self
            .span(b)
            .ok_or_else(|| ModelError::NoSuchSpan(b.to_string()))?;
        check_link(sa, sb)
    }

    /// The id of the link already joining spans `a` and `b` (in either order), if any.
    pub fn link_between(&self, a: &str, b: &str) -> Option<&str> {
        self.link_pairs.get(&unordered(a, b)).map(String::as_str)
    }

    /// Add a link under the link rule. Returns the id of the link that now joins the two
    /// spans: `link.id`, or an earlier link's joining the same pair (in either order; then
    /// nothing is added). Errors: as [`Builder::check_link`].
    pub fn add_link(&mut self, link: Link) -> Result<String, ModelError> {
        self.check_link(&link.a, &link.b)?;
        let key = unordered(&link.a, &link.b);
        if let Some(first) = self.link_pairs.get(&key) {
            return Ok(first.clone());
        }
        self.link_pairs.insert(key, link.id.clone());
        let id = link.id.clone();
        self.ws.links.push(link);
        Ok(id)
    }

    /// The relation rule for spans `from` and `to`. Errors: [`ModelError::NoSuchSpan`]
    /// (naming `from` first), then as [`check_relation`].
    pub fn check_relation(&self, from: &str, to: &str) -> Result<(), ModelError> {
        let f = self
            .span(from)
            .ok_or_else(|| ModelError::NoSuchSpan(from.to_string()))?;
        let t = self
            .span(to)
            .ok_or_else(|| ModelError::NoSuchSpan(to.to_string()))?;
        check_relation(f, t)
    }

    /// The id of the relation already joining `from` to `to`, if any.
    pub fn relation_between(&self, from: &str, to: &str) -> Option<&str> {
        let key = (from.to_string(), to.to_string());
        self.relation_pairs.get(&key).map(String::as_str)
    }

    /// Add a relation under the relation rule. Returns the id of the relation that now
    /// joins `from` to `to`: `relation.id`, or an earlier one's (then nothing is added).
    /// Errors: as [`Builder::check_relation`].
    pub fn add_relation(&mut self, relation: Relation) -> Result<String, ModelError> {
        self.check_relation(&relation.from, &relation.to)?;
        let key = (relation.from.clone(), relation.to.clone());
        if let Some(first) = self.relation_pairs.get(&key) {
            return Ok(first.clone());
        }
        self.relation_pairs.insert(key, relation.id.clone());
        let id = relation.id.clone();
        self.ws.relations.push(relation);
        Ok(id)
    }

    /// Remember a rejected suggestion: its span exists and its range fits its document.
    /// A repeat is kept once. Errors: [`ModelError::NoSuchSpan`],
    /// [`ModelError::NoSuchDocument`], [`ModelError::BadRange`].
    pub fn add_rejection(&mut self, rejection: Rejection) -> Result<(), ModelError> {
        if self.span(&rejection.span).is_none() {
            return Err(ModelError::NoSuchSpan(rejection.span));
        }
        self.check_range(&rejection.doc, rejection.start, rejection.end)?;
        self.ws.reject(rejection);
        Ok(())
    }

    /// The workspace built, with fresh ids starting above `next_id` and above every
    /// numeric id suffix in use ([`Workspace::renumber_after_import`]).
    pub fn finish(mut self, next_id: u64) -> Workspace {
        self.ws.next_id = next_id;
        self.ws.renumber_after_import();
        self.ws
    }
}

fn unordered(a: &str, b: &str) -> (String, String) {
    if a <= b {
        (a.to_string(), b.to_string())
    } else {
        (b.to_string(), a.to_string())
    }
}

/// Whole-workspace checks: the rules above over every item.
impl Workspace {
    /// Check every invariant with the rules of this module (tests and property tests use
    /// it). Returns every problem found.
    pub fn validate(&self) -> Vec<ModelError> {
        let mut problems = Vec::new();
        let mut seen = std::collections::HashSet::new();
        let ids = self
            .documents
            .iter()
            .map(|d| &d.id)
            .chain(self.spans.iter().map(|s| &s.id))
            .chain(self.links.iter().map(|l| &l.id))
            .chain(self.relations.iter().map(|r| &r.id));
        for id in ids {
            if !seen.insert(id) {
                problems.push(ModelError::DuplicateId(id.clone()));
            }
        }
        for s in &self.spans {
            if let Err(e) = self.check_range(&s.doc, s.start, s.end) {
                problems.push(e);
            }
        }
        for l in &self.links {
            let ends = (self.span(&l.a), self.span(&l.b));
            let fits = match ends {
                (Some(a), Some(b)) => check_link(a, b),
                (None, _) => Err(ModelError::NoSuchSpan(l.a.clone())),
                (_, None) => Err(ModelError::NoSuchSpan(l.b.clone())),
            };
            if let Err(e) = fits {
                problems.push(e);
            }
        }
        for r in &self.relations {
            if let Err(e) = super::workspace::relation_fits(&self.spans, r) {
                problems.push(e);
            }
        }
        problems
    }

    /// Make `next_id` larger than every numeric id suffix in use, so fresh ids never
    /// collide with imported ones. (Files written before `next_id` meant "the next number"
    /// held the last number used; read as the next one, at worst the id of an item deleted
    /// last is used again.)
    pub fn renumber_after_import(&mut self) {
        // A file may say anything: numbers from 2^53 up (not exact in JSON, and near
        // overflow) neither set `next_id` nor count as ids in use for it (`fresh_id`
        // still skips any id in use).
        if self.next_id >= ID_CEILING {
            self.next_id = 0;
        }
        let max = self
            .documents
            .iter()
            .map(|d| &d.id)
            .chain(self.spans.iter().map(|s| &s.id))
            .chain(self.links.iter().map(|l| &l.id))
            .chain(self.relations.iter().map(|r| &r.id))
            .filter_map(|id| {
                id.trim_start_matches(|c: char| c.is_ascii_alphabetic())
                    .parse::<u64>()
                    .ok()
            })
            .filter(|&n| n < ID_CEILING)
            .max()
            .unwrap_or(0);
        self.next_id = self.next_id.max(max + 1);
    }
}

/// Id numbers from here up are ignored when choosing fresh ids after an import: 2^53, the
/// largest integer a JSON number holds exactly; far from overflow when counting on.
const ID_CEILING: u64 = 1 << 53;

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    fn doc(id: &str, text: &str) -> Document {
        Document::new(id.into(), id.into(), String::new(), Arc::from(text))
    }

    fn span(id: &str, doc: &str, start: usize, end: usize, label: Label) -> Span {
        Span {
            id: id.into(),
            doc: doc.into(),
            start,
            end,
            label,
            note: None,
            annotators: Vec::new(),
        }
    }

    #[test]
    fn the_builder_applies_the_editors_rules() {
        let mut b = Builder::new();
        b.claim_id("d1").unwrap();
        b.add_document(doc("d1", "Ann said the bus 😀 crashed."));
        b.claim_id("d2").unwrap();
        b.add_document(doc("d2", "The bus crashed."));
        assert_eq!(b.claim_id("d1"), Err(ModelError::DuplicateId("d1".into())));
        assert_eq!(b.claim_id(""), Err(ModelError::EmptyId));
        // 27 code points: an end of 27 fits, 28 does not.
        assert!(b.add_span(span("s1", "d1", 0, 27, Label::Claim)).is_ok());
        assert!(matches!(
            b.add_span(span("s9", "d1", 0, 28, Label::Claim)),
            Err(ModelError::BadRange { len: 27, .. })
        ));
        assert!(matches!(
            b.add_span(span("s9", "d3", 0, 1, Label::Claim)),
            Err(ModelError::NoSuchDocument(_))
        ));
        // The same range and label is one span.
        assert_eq!(
            b.add_span(span("s2", "d1", 0, 27, Label::Claim)).unwrap(),
            "s1"
        );
        b.add_span(span("s3", "d1", 0, 3, Label::Attribution))
            .unwrap();
        b.add_span(span("s4", "d2", 0, 7, Label::Claim)).unwrap();
        let link = |id: &str, a: &str, bb: &str| Link {
            id: id.into(),
            a: a.into(),
            b: bb.into(),
            kind: LinkKind::Same,
            origin: Origin::Manual,
            score: None,
            flags: vec![],
            note: None,
        };
        assert!(matches!(
            b.add_link(link("l5", "s1", "s3")),
            Err(ModelError::SameDocumentLink { .. })
        ));
        assert_eq!(b.add_link(link("l5", "s1", "s4")).unwrap(), "l5");
        assert_eq!(b.add_link(link("l6", "s4", "s1")).unwrap(), "l5");
        let rel = |id: &str, from: &str, to: &str| Relation {
            id: id.into(),
            kind: RelationKind::Attributes,
            from: from.into(),
            to: to.into(),
            note: None,
        };
        assert!(matches!(
            b.add_relation(rel("r7", "s1", "s3")),
            Err(ModelError::NotAnAttribution { .. })
        ));
        assert!(matches!(
            b.add_relation(rel("r7", "s3", "s4")),
            Err(ModelError::RelationAcrossDocuments { .. })
        ));
        assert_eq!(b.add_relation(rel("r7", "s3", "s1")).unwrap(), "r7");
        let ws = b.finish(2);
        assert!(ws.validate().is_empty(), "{:?}", ws.validate());
        assert_eq!(
            (ws.spans.len(), ws.links.len(), ws.relations.len()),
            (3, 1, 1)
        );
        assert_eq!(ws.next_id, 8, "fresh ids start above every id in use (r7)");
    }
}

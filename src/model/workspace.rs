//! The workspace: every document, span, link, relation and rejection, with the operations
//! that keep them consistent (ids are unique and stable, spans lie inside their text,
//! links join spans of different documents, removing a span removes what points at it).
//!
//! Cloning a workspace is cheap enough for undo snapshots: document texts are shared.

#[cfg(test)]
use super::offsets::cp_len;
use super::rules;
use super::types::*;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::fmt;
use std::sync::Arc;

/// Why an operation on the workspace was refused. Each message says what was wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ModelError {
    /// No document has this id.
    NoSuchDocument(String),
    /// No span has this id.
    NoSuchSpan(String),
    /// No link has this id.
    NoSuchLink(String),
    /// No relation has this id.
    NoSuchRelation(String),
    /// `start..end` is empty, reversed or beyond the document's `len` code points.
    BadRange {
        /// The document's id.
        doc: String,
        /// Requested start, in code points.
        start: usize,
        /// Requested end, in code points (exclusive).
        end: usize,
        /// The document's length in code points.
        len: usize,
    },
    /// A link must join spans of two different documents.
    SameDocumentLink {
        /// The first span's id.
        a: String,
        /// The second span's id.
        b: String,
    },
    /// A relation joins spans of one document; these are in two.
    RelationAcrossDocuments {
        /// The attribution's id.
        from: String,
        /// The attributed span's id.
        to: String,
    },
    /// Only an attribution attributes; this span (a relation's `from`) has another label.
    NotAnAttribution {
        /// The span's id.
        span: String,
        /// Its label.
        label: Label,
    },
    /// An attribution attributes a quote or a claim; this span (a relation's `to`) is not one.
    NotAttributable {
        /// The span's id.
        span: String,
        /// Its label.
        label: Label,
    },
    /// An id appears twice.
    DuplicateId(String),
    /// An item brought an empty id.
    EmptyId,
}

impl fmt::Display for ModelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ModelError::NoSuchDocument(id) => write!(f, "there is no document with id {id:?}"),
            ModelError::NoSuchSpan(id) => write!(f, "there is no span with id {id:?}"),
            ModelError::NoSuchLink(id) => write!(f, "there is no link with id {id:?}"),
            ModelError::NoSuchRelation(id) => write!(f, "there is no relation with id {id:?}"),
            ModelError::BadRange { doc, start, end, len } => write!(
                f,
                "span {start}..{end} does not fit document {doc:?}, which has {len} characters \
                 (start must be below end, end at most the length)"
            ),
            ModelError::SameDocumentLink { a, b } => write!(
                f,
                "spans {a:?} and {b:?} are in the same document; a cross-source link joins two documents"
            ),
            ModelError::RelationAcrossDocuments { from, to } => write!(
                f,
                "attribution {from:?} and {to:?} are in different documents; attribute within one article"
            ),
            ModelError::NotAnAttribution { span, label } => write!(
                f,
                "span {span:?} is a {label}, not an attribution; only an attribution attributes"
            ),
            ModelError::NotAttributable { span, label } => write!(
                f,
                "span {span:?} is a {label}; an attribution attributes a quote or a claim"
            ),
            ModelError::DuplicateId(id) => write!(f, "the id {id:?} is used twice"),
            ModelError::EmptyId => write!(f, "an id is empty; every item needs an id"),
        }
    }
}

impl std::error::Error for ModelError {}

/// Hex SHA-256 of a text's UTF-8 bytes, used to verify offsets later and to notice the
/// same article loaded twice.
pub fn text_sha256(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// Everything the user has loaded and annotated.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Workspace {
    /// Documents in display order.
    pub documents: Vec<Document>,
    /// Labelled spans of all documents, in the order they were made or imported.
    pub spans: Vec<Span>,
    /// Cross-source links between spans of different documents.
    #[serde(default)]
    pub links: Vec<Link>,
    /// Relations between spans of one document (attribution to quote or claim).
    #[serde(default)]
    pub relations: Vec<Relation>,
    /// Matcher suggestions the user rejected, so they are not offered again.
    #[serde(default)]
    pub rejections: Vec<Rejection>,
    /// The next number used for a fresh id; never reused, so ids stay stable.
    #[serde(default)]
    pub next_id: u64,
    /// Who made this workspace and for which exercise (may be empty).
    #[serde(default)]
    pub identity: Identity,
}

impl Workspace {
    /// An empty workspace.
    pub fn new() -> Self {
        Self::default()
    }

    /// Whether no document is loaded.
    pub fn is_empty(&self) -> bool {
        self.documents.is_empty()
    }

    /// A fresh id with the given prefix (`d`, `s`, `l`, `r`), unique in this workspace.
    fn fresh_id(&mut self, prefix: &str) -> String {
        loop {
            // Ids count from 1; `next_id` is the number the next fresh id takes.
            let n = self.next_id.max(1);
            self.next_id = n + 1;
            let id = format!("{prefix}{n}");
            if !self.id_in_use(&id) {
                return id;
            }
        }
    }

    fn id_in_use(&self, id: &str) -> bool {
        self.documents.iter().any(|d| d.id == id)
            || self.spans.iter().any(|s| s.id == id)
            || self.links.iter().any(|l| l.id == id)
            || self.relations.iter().any(|r| r.id == id)
    }

    // ----- documents -----

    /// Add a document at the end; returns its id.
    pub fn add_document(&mut self, title: &str, source: &str, text: &str) -> String {
        let id = self.fresh_id("d");
        self.documents.push(Document::new(
            id.clone(),
            title.to_string(),
            source.to_string(),
            Arc::from(text),
        ));
        id
    }

    /// Record what document `id` and its annotations came in through
    /// ([`crate::model::Document::imported_from`]). Errors: [`ModelError::NoSuchDocument`].
    pub fn set_imported_from(
        &mut self,
        id: &str,
        from: crate::model::ImportedFrom,
    ) -> Result<(), ModelError> {
        self.document_mut(id)?.imported_from = from;
        Ok(())
    }

    /// Document `id`, to change its details. Errors: [`ModelError::NoSuchDocument`].
    fn document_mut(&mut self, id: &str) -> Result<&mut crate::model::Document, ModelError> {
        self.documents
            .iter_mut()
            .find(|d| d.id == id)
            .ok_or_else(|| ModelError::NoSuchDocument(id.to_string()))
    }

    /// Replace the publication details (outlet, author, date, URL) of document `id`.
    /// Errors: [`ModelError::NoSuchDocument`].
    pub fn set_document_meta(
        &mut self,
        id: &str,
        meta: crate::model::DocMeta,
    ) -> Result<(), ModelError> {
        self.document_mut(id)?.meta = meta;
        Ok(())
    }

    /// The document with this id, if any.
    pub fn document(&self, id: &str) -> Option<&Document> {
        self.documents.iter().find(|d| d.id == id)
    }

    /// The id of a document whose text is exactly `text`, if one is loaded.
    pub fn find_same_text(&self, text: &str) -> Option<&Document> {
        self.documents.iter().find(|d| &*d.text == text)
    }

    /// The document whose text is the same article as `text` up to line ends, a BOM and
    /// trailing white space ([`crate::model::text::same_article`]), e.g. one file saved
    /// on Windows and on Linux. Texts are stored exactly as loaded; this only compares.
    pub fn find_same_article(&self, text: &str) -> Option<&Document> {
        let wanted = crate::model::text::comparable(text);
        self.documents
            .iter()
            .find(|d| &*d.text == text || crate::model::text::comparable(&d.text) == wanted)
    }

    /// Remove a document with its spans and everything pointing at them.
    pub fn remove_document(&mut self, id: &str) -> Result<(), ModelError> {
        let pos = self.documents.iter().position(|d| d.id == id);
        let pos = pos.ok_or_else(|| ModelError::NoSuchDocument(id.to_string()))?;
        self.documents.remove(pos);
        let gone: Vec<String> = self
            .spans
            .iter()
            .filter(|s| s.doc == id)
            .map(|s| s.id.clone())
            .collect();
        self.spans.retain(|s| s.doc != id);
        self.drop_references(&gone);
        self.rejections.retain(|r| r.doc != id);
        Ok(())
    }

    /// Move a document to display position `to` (clamped to the end).
    pub fn move_document(&mut self, id: &str, to: usize) -> Result<(), ModelError> {
        let pos = self.documents.iter().position(|d| d.id == id);
        let pos = pos.ok_or_else(|| ModelError::NoSuchDocument(id.to_string()))?;
        let doc = self.documents.remove(pos);
        let to = to.min(self.documents.len());
        self.documents.insert(to, doc);
        Ok(())
    }

    // ----- spans -----

    /// The span with this id, if any.
    pub fn span(&self, id: &str) -> Option<&Span> {
        self.spans.iter().find(|s| s.id == id)
    }

    /// The spans of one document, in no particular order.
    pub fn spans_of<'a>(&'a self, doc: &'a str) -> impl Iterator<Item = &'a Span> + 'a {
        self.spans.iter().filter(move |s| s.doc == doc)
    }

    /// The text a span covers.
    pub fn span_text(&self, span: &Span) -> Option<&str> {
        let doc = self.document(&span.doc)?;
        doc.slice(span.start, span.end)
    }

    /// Check that `start..end` is a non-empty range inside document `doc`.
    pub fn check_range(&self, doc: &str, start: usize, end: usize) -> Result<(), ModelError> {
        let d = self
            .document(doc)
            .ok_or_else(|| ModelError::NoSuchDocument(doc.to_string()))?;
        rules::check_range(doc, start, end, d.cp_len())
    }

    /// Add a labelled span; returns its id. If the same range already has the same
    /// label, returns that span's id and adds nothing.
    pub fn add_span(
        &mut self,
        doc: &str,
        start: usize,
        end: usize,
        label: Label,
    ) -> Result<String, ModelError> {
        self.check_range(doc, start, end)?;
        if let Some(s) = self
            .spans
            .iter()
            .find(|s| s.doc == doc && s.start == start && s.end == end && s.label == label)
        {
            return Ok(s.id.clone());
        }
        let id = self.fresh_id("s");
        self.spans.push(Span {
            id: id.clone(),
            doc: doc.to_string(),
            start,
            end,
            label,
            note: None,
            annotators: Vec::new(),
        });
        Ok(id)
    }

    /// Change a span's label; relations whose ends no longer fit the labels are removed.
    ///
    /// # Errors
    /// [`ModelError::NoSuchSpan`] when no span has the id `span`.
    pub fn set_label(&mut self, span: &str, label: Label) -> Result<(), ModelError> {
        let s = self.spans.iter_mut().find(|s| s.id == span);
        s.ok_or_else(|| ModelError::NoSuchSpan(span.to_string()))?
            .label = label;
        // A relation stays valid only while its ends keep fitting labels.
        let spans = &self.spans;
        self.relations.retain(|r| relation_fits(spans, r).is_ok());
        Ok(())
    }

    /// Remove a span and every link and relation that uses it.
    pub fn remove_span(&mut self, span: &str) -> Result<(), ModelError> {
        let pos = self.spans.iter().position(|s| s.id == span);
        let pos = pos.ok_or_else(|| ModelError::NoSuchSpan(span.to_string()))?;
        self.spans.remove(pos);
        self.drop_references(&[span.to_string()]);
        Ok(())
    }

    fn drop_references(&mut self, spans: &[String]) {
        let gone = |id: &String| spans.contains(id);
        self.links.retain(|l| !gone(&l.a) && !gone(&l.b));
        self.relations.retain(|r| !gone(&r.from) && !gone(&r.to));
        self.rejections.retain(|r| !gone(&r.span));
    }

    // ----- links -----

    /// Link two spans of different documents; returns the link id. Linking the same pair
    /// twice returns the existing link's id. The kind follows the flags: `differs` when
    /// there are any, else `same` ([`Workspace::add_link_of_kind`] sets it otherwise).
    pub fn add_link(
        &mut self,
        a: &str,
        b: &str,
        origin: Origin,
        score: Option<f64>,
        flags: Vec<Flag>,
    ) -> Result<String, ModelError> {
        let kind = if flags.is_empty() {
            LinkKind::Same
        } else {
            LinkKind::Differs
        };
        self.add_link_of_kind(a, b, origin, score, flags, kind)
    }

    /// [`Workspace::add_link`] with the kind given: flags that do not make the link's
    /// kind (a clause's sentence's flags outside the clause, trial 48) are kept on a
    /// `same` link. An existing link of the pair is returned as it is, its kind unchanged.
    pub fn add_link_of_kind(
        &mut self,
        a: &str,
        b: &str,
        origin: Origin,
        score: Option<f64>,
        flags: Vec<Flag>,
        kind: LinkKind,
    ) -> Result<String, ModelError> {
        let sa = self
            .span(a)
            .ok_or_else(|| ModelError::NoSuchSpan(a.to_string()))?;
        let sb = self
            .span(b)
            .ok_or_else(|| ModelError::NoSuchSpan(b.to_string()))?;
        rules::check_link(sa, sb)?;
        if let Some(l) = self
            .links
            .iter()
            .find(|l| (l.a == a && l.b == b) || (l.a == b && l.b == a))
        {
            return Ok(l.id.clone());
        }
        let id = self.fresh_id("l");
        self.links.push(Link {
            id: id.clone(),
            a: a.to_string(),
            b: b.to_string(),
            kind,
            origin,
            score,
            flags,
            note: None,
        });
        Ok(id)
    }

    /// The link with this id, if any.
    pub fn link(&self, id: &str) -> Option<&Link> {
        self.links.iter().find(|l| l.id == id)
    }

    /// Remove a link.
    ///
    /// # Errors
    /// [`ModelError::NoSuchLink`] when no link has this id.
    pub fn remove_link(&mut self, id: &str) -> Result<(), ModelError> {
        let pos = self.links.iter().position(|l| l.id == id);
        self.links
            .remove(pos.ok_or_else(|| ModelError::NoSuchLink(id.to_string()))?);
        Ok(())
    }

    /// Set a link's kind (the annotator's call: "same fact" or "told differently"). Its
    /// origin, score and flags stay as they are.
    ///
    /// # Errors
    /// [`ModelError::NoSuchLink`] when no link has this id.
    pub fn set_link_kind(&mut self, id: &str, kind: LinkKind) -> Result<(), ModelError> {
        let link = self.links.iter_mut().find(|l| l.id == id);
        link.ok_or_else(|| ModelError::NoSuchLink(id.to_string()))?
            .kind = kind;
        Ok(())
    }

    /// Links that use a span.
    pub fn links_of<'a>(&'a self, span: &'a str) -> impl Iterator<Item = &'a Link> + 'a {
        self.links
            .iter()
            .filter(move |l| l.a == span || l.b == span)
    }

    // ----- relations -----

    /// Record that attribution span `from` attributes quote or claim span `to`.
    pub fn add_relation(&mut self, from: &str, to: &str) -> Result<String, ModelError> {
        let probe = Relation {
            id: String::new(),
            kind: RelationKind::Attributes,
            from: from.to_string(),
            to: to.to_string(),
            note: None,
        };
        relation_fits(&self.spans, &probe)?;
        if let Some(r) = self.relations.iter().find(|r| r.from == from && r.to == to) {
            return Ok(r.id.clone());
        }
        let id = self.fresh_id("r");
        self.relations.push(Relation {
            id: id.clone(),
            ..probe
        });
        Ok(id)
    }

    /// Set or clear (`None` or blank) the note of the span, relation or link with this id.
    /// Errors: [`ModelError::NoSuchSpan`] if no item has the id.
    pub fn set_note(&mut self, id: &str, note: Option<String>) -> Result<(), ModelError> {
        let note = note.filter(|n| !n.trim().is_empty());
        if let Some(s) = self.spans.iter_mut().find(|s| s.id == id) {
            s.note = note;
        } else if let Some(r) = self.relations.iter_mut().find(|r| r.id == id) {
            r.note = note;
        } else if let Some(l) = self.links.iter_mut().find(|l| l.id == id) {
            l.note = note;
        } else {
            return Err(ModelError::NoSuchSpan(id.to_string()));
        }
        Ok(())
    }

    /// The note of the span, relation or link with this id, if it has one.
    pub fn note(&self, id: &str) -> Option<&str> {
        let s = self.spans.iter().find(|s| s.id == id).map(|s| &s.note);
        let r = || self.relations.iter().find(|r| r.id == id).map(|r| &r.note);
        let l = || self.links.iter().find(|l| l.id == id).map(|l| &l.note);
        s.or_else(r).or_else(l).and_then(|n| n.as_deref())
    }

    /// Remove a relation.
    ///
    /// # Errors
    /// [`ModelError::NoSuchRelation`] when no relation has this id.
    pub fn remove_relation(&mut self, id: &str) -> Result<(), ModelError> {
        let pos = self.relations.iter().position(|r| r.id == id);
        self.relations
            .remove(pos.ok_or_else(|| ModelError::NoSuchRelation(id.to_string()))?);
        Ok(())
    }

    /// Quote spans that no attribution points at: what a newsroom exercise looks for.
    pub fn unattributed_quotes(&self) -> impl Iterator<Item = &Span> + '_ {
        self.spans.iter().filter(move |s| {
            s.label == Label::Quote && !self.relations.iter().any(|r| r.to == s.id)
        })
    }

    // ----- rejections -----

    /// Remember that a suggestion was rejected.
    pub fn reject(&mut self, rejection: Rejection) {
        if !self.rejections.contains(&rejection) {
            self.rejections.push(rejection);
        }
    }

    /// Whether the matcher's suggestion of `doc`'s code points `start..end` for `span` was
    /// rejected before.
    pub fn is_rejected(&self, span: &str, doc: &str, start: usize, end: usize) -> bool {
        self.rejections
            .iter()
            .any(|r| r.span == span && r.doc == doc && r.start == start && r.end == end)
    }
}

/// The relation rule ([`rules::check_relation`]) for a relation whose ends are looked up
/// in `spans`. Errors: [`ModelError::NoSuchSpan`] first.
pub(super) fn relation_fits(spans: &[Span], r: &Relation) -> Result<(), ModelError> {
    let find = |id: &str| {
        spans
            .iter()
            .find(|s| s.id == id)
            .ok_or_else(|| ModelError::NoSuchSpan(id.to_string()))
    };
    rules::check_relation(find(&r.from)?, find(&r.to)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn two_docs() -> (Workspace, String, String) {
        let mut ws = Workspace::new();
        let a = ws.add_document("A", "a.txt", "Carroll said the soldier was shot 4 times.");
        let b = ws.add_document("B", "b.txt", "Brooks said he was shot several times 😀.");
        (ws, a, b)
    }

    #[test]
    fn spans_links_relations_cascade() {
        let (mut ws, a, b) = two_docs();
        let claim = ws.add_span(&a, 13, 42, Label::Claim).unwrap();
        let attr = ws.add_span(&a, 0, 12, Label::Attribution).unwrap();
        let other = ws.add_span(&b, 12, 37, Label::Claim).unwrap();
        assert_eq!(
            ws.span_text(ws.span(&claim).unwrap()),
            Some("the soldier was shot 4 times.")
        );
        let rel = ws.add_relation(&attr, &claim).unwrap();
        assert!(
            ws.add_relation(&claim, &attr).is_err(),
            "a claim cannot attribute"
        );
        let link = ws
            .add_link(&claim, &other, Origin::Manual, None, vec![])
            .unwrap();
        assert!(matches!(
            ws.add_link(&claim, &attr, Origin::Manual, None, vec![]),
            Err(ModelError::SameDocumentLink { .. })
        ));
        assert!(ws.validate().is_empty());
        ws.remove_span(&claim).unwrap();
        assert!(ws.link(&link).is_none());
        assert!(ws.relations.iter().all(|r| r.id != rel));
        ws.remove_document(&b).unwrap();
        assert!(ws.spans_of(&b).next().is_none());
    }

    #[test]
    fn ranges_are_checked_in_code_points() {
        let (mut ws, _, b) = two_docs();
        let len = cp_len(&ws.document(&b).unwrap().text);
        assert!(ws.add_span(&b, len - 2, len, Label::Context).is_ok());
        assert!(matches!(
            ws.add_span(&b, 3, 3, Label::Claim),
            Err(ModelError::BadRange { .. })
        ));
        assert!(matches!(
            ws.add_span(&b, 0, len + 1, Label::Claim),
            Err(ModelError::BadRange { .. })
        ));
    }

    #[test]
    fn next_id_is_the_number_the_next_fresh_id_takes() {
        let (mut ws, a, _) = two_docs();
        let n = ws.next_id;
        assert_eq!(
            ws.add_span(&a, 0, 5, Label::Claim).unwrap(),
            format!("s{n}")
        );
        assert_eq!(ws.next_id, n + 1);
        assert_eq!(Workspace::new().next_id, 0);
        let mut fresh = Workspace::new();
        let d = fresh.add_document("t", "x.txt", "Some text.");
        assert_eq!(d, "d1", "ids count from 1");
    }

    #[test]
    fn ids_are_never_reused() {
        let (mut ws, a, _) = two_docs();
        let s1 = ws.add_span(&a, 0, 5, Label::Claim).unwrap();
        ws.remove_span(&s1).unwrap();
        let s2 = ws.add_span(&a, 0, 5, Label::Claim).unwrap();
        assert_ne!(s1, s2);
        let mut copy = ws.clone();
        copy.next_id = 0;
        copy.renumber_after_import();
        let s3 = copy.add_span(&a, 1, 5, Label::Claim).unwrap();
        assert!(copy.validate().is_empty(), "{s3} collides");
    }

    #[test]
    fn unattributed_quotes_are_found() {
        let (mut ws, a, _) = two_docs();
        let q = ws.add_span(&a, 13, 42, Label::Quote).unwrap();
        assert_eq!(ws.unattributed_quotes().count(), 1);
        let at = ws.add_span(&a, 0, 12, Label::Attribution).unwrap();
        ws.add_relation(&at, &q).unwrap();
        assert_eq!(ws.unattributed_quotes().count(), 0);
        // Relabelling the attribution breaks the relation.
        ws.set_label(&at, Label::Context).unwrap();
        assert_eq!(ws.unattributed_quotes().count(), 1);
    }
}

//! The workspace's data types: documents, labelled spans, cross-source links, relations.
//!
//! These are plain serde structs; the Parallax JSON format (`formats::json`) is built on
//! them. All offsets count Unicode code points (see [`crate::model::offsets`]).

use super::offsets::OffsetIndex;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::sync::{Arc, OnceLock};

/// The four span labels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Label {
    /// An assertion of fact that can be checked (shortcut 1).
    Claim,
    /// Words reported as someone's speech or writing (shortcut 2).
    Quote,
    /// The words that say who a quote or claim comes from, e.g. "the mayor said" (shortcut 3).
    Attribution,
    /// Background the article gives around its claims and quotes (shortcut 4).
    Context,
}

impl Label {
    /// All labels, in keyboard-shortcut order (1..=4).
    pub const ALL: [Label; 4] = [
        Label::Claim,
        Label::Quote,
        Label::Attribution,
        Label::Context,
    ];

    /// The lowercase name used in every format.
    pub fn as_str(self) -> &'static str {
        match self {
            Label::Claim => "claim",
            Label::Quote => "quote",
            Label::Attribution => "attribution",
            Label::Context => "context",
        }
    }

    /// Parse a label name, ignoring case and surrounding space. `None` for anything else.
    pub fn parse(name: &str) -> Option<Label> {
        let n = name.trim();
        Label::ALL
            .into_iter()
            .find(|l| l.as_str().eq_ignore_ascii_case(n))
    }

    /// The keyboard shortcut digit (1..=4).
    pub fn key(self) -> char {
        match self {
            Label::Claim => '1',
            Label::Quote => '2',
            Label::Attribution => '3',
            Label::Context => '4',
        }
    }
}

impl fmt::Display for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A loaded article. Its text never changes after loading, so it is shared (`Arc`) between
/// workspace snapshots for cheap undo, and so is its offset index, built on first use.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(from = "DocumentRepr", into = "DocumentRepr")]
pub struct Document {
    /// Stable id, e.g. `"d1"`.
    pub id: String,
    /// The article's title, shown above it; the outlet name falls back to it.
    pub title: String,
    /// Where it came from: the file name, `"sample"`, or `"pasted"`.
    #[serde(default)]
    pub source: String,
    /// The full text. Spans index it by code point. Never changed after loading (the
    /// offset index below describes it).
    pub text: Arc<str>,
    /// Who published it and when (all optional; written as flat fields `outlet`,
    /// `author`, `published`, `url` on the document object).
    pub meta: DocMeta,
    /// The kind of file the article and its annotations came in through
    /// (`"imported_from"` on the document object; [`ImportedFrom::Unknown`] for workspaces
    /// saved before it was recorded).
    pub imported_from: ImportedFrom,
    /// Code point <-> byte/UTF-16 index of `text`, built on first use, shared by clones.
    index: Arc<OnceLock<OffsetIndex>>,
}

/// A document as serde writes and reads it: the metadata as flat optional fields. (This
/// rather than `#[serde(flatten)]`, whose buffering code costs wasm size.)
#[derive(Serialize, Deserialize)]
struct DocumentRepr {
    id: String,
    title: String,
    #[serde(default)]
    source: String,
    text: Arc<str>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    outlet: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    author: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    published: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    url: Option<String>,
    #[serde(default, skip_serializing_if = "ImportedFrom::is_unknown")]
    imported_from: ImportedFrom,
}

impl From<DocumentRepr> for Document {
    fn from(r: DocumentRepr) -> Self {
        let mut d = Document::new(r.id, r.title, r.source, r.text);
        d.meta = DocMeta {
            outlet: r.outlet,
            author: r.author,
            published: r.published,
            url: r.url,
        };
        d.imported_from = r.imported_from;
        d
    }
}

impl From<Document> for DocumentRepr {
    fn from(d: Document) -> Self {
        DocumentRepr {
            id: d.id,
            title: d.title,
            source: d.source,
            text: d.text,
            outlet: d.meta.outlet,
            author: d.meta.author,
            published: d.meta.published,
            url: d.meta.url,
            imported_from: d.imported_from,
        }
    }
}

impl Document {
    /// A document with no metadata; `id` should be unique in its workspace and `text` is
    /// stored exactly as given (spans index it by code point).
    pub fn new(id: String, title: String, source: String, text: Arc<str>) -> Self {
        Document {
            id,
            title,
            source,
            text,
            meta: DocMeta::default(),
            imported_from: ImportedFrom::Unknown,
            index: Arc::default(),
        }
    }

    /// The outlet's name for display: the `outlet` field, else the title.
    pub fn outlet_name(&self) -> &str {
        match self.meta.outlet.as_deref().map(str::trim) {
            Some(o) if !o.is_empty() => o,
            _ => &self.title,
        }
    }

    /// The offset index of the text (built once, then shared).
    pub fn offsets(&self) -> &OffsetIndex {
        self.index.get_or_init(|| OffsetIndex::new(&self.text))
    }

    /// Whether [`Document::offsets`] has been built for this text (by this document or any
    /// clone of it).
    pub fn offsets_built(&self) -> bool {
        self.index.get().is_some()
    }

    /// Length of the text in code points.
    pub fn cp_len(&self) -> usize {
        self.offsets().cp_len()
    }

    /// The text between code points `start` and `end` (Python's `text[start:end]`), in
    /// O(log n); `None` if reversed or out of bounds.
    pub fn slice(&self, start: usize, end: usize) -> Option<&str> {
        self.offsets().slice(&self.text, start, end)
    }
}

/// Documents are equal when their content is; the cached index does not count, nor does
/// [`Document::imported_from`] (where the copy came in through: the same article and
/// annotations read back from another format are the same content).
impl PartialEq for Document {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
            && self.title == other.title
            && self.source == other.source
            && self.text == other.text
            && self.meta == other.meta
    }
}

impl Eq for Document {}

/// The kind of file an article and its annotations came in through, recorded per document
/// (trial 44 F4: a grade could only guess that a copy with no cross-source link came from
/// Label Studio). Written in Parallax JSON as `"imported_from"` (left out when unknown);
/// importing Parallax JSON keeps each article's record, since that file is the workspace
/// itself; every other import records its own format.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ImportedFrom {
    /// Not recorded: a workspace saved before the record was kept (session 45), or an
    /// article built by code.
    #[default]
    Unknown,
    /// An article file (`.txt`, `.md`, `.html`) or pasted text, annotated in Parallax.
    Text,
    /// JSONL (Parallax's or doccano's), one document a line.
    Jsonl,
    /// Label Studio tasks JSON: spans and relations within one text, no cross-source link.
    LabelStudio,
    /// W3C Web Annotation JSON-LD.
    W3c,
    /// A brat standoff zip.
    Brat,
}

impl ImportedFrom {
    /// Whether nothing is recorded ([`ImportedFrom::Unknown`]).
    pub fn is_unknown(&self) -> bool {
        *self == ImportedFrom::Unknown
    }

    /// The name shown to people: `Label Studio`, `W3C Web Annotation`, ...
    pub fn display_name(self) -> &'static str {
        match self {
            ImportedFrom::Unknown => "an unrecorded format",
            ImportedFrom::Text => "an article file or pasted text",
            ImportedFrom::Jsonl => "JSONL",
            ImportedFrom::LabelStudio => "Label Studio",
            ImportedFrom::W3c => "W3C Web Annotation",
            ImportedFrom::Brat => "brat",
        }
    }

    /// Whether the format can carry cross-source links (links between spans of two
    /// articles): all but Label Studio, whose tasks are one text each.
    pub fn carries_links(self) -> bool {
        self != ImportedFrom::LabelStudio
    }
}

/// Publication details of an article, read from a saved web page or typed by the user.
/// Every field is optional free text; `published` is kept as written (usually an ISO 8601
/// date or date-time such as `2017-11-22T08:30:00Z`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct DocMeta {
    /// The outlet (publication) name, e.g. `"AFP"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
    /// The byline.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    /// The publication date or date-time, as written by the source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    /// The article's address (canonical URL). Kept as text; Parallax never fetches it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

impl DocMeta {
    /// The four field names, in the order forms and formats use.
    pub const FIELDS: [&'static str; 4] = ["outlet", "author", "published", "url"];

    /// True when no field is set.
    pub fn is_empty(&self) -> bool {
        self.outlet.is_none()
            && self.author.is_none()
            && self.published.is_none()
            && self.url.is_none()
    }

    /// The field called `name` (one of [`DocMeta::FIELDS`]).
    pub fn get(&self, name: &str) -> Option<&str> {
        match name {
            "outlet" => self.outlet.as_deref(),
            "author" => self.author.as_deref(),
            "published" => self.published.as_deref(),
            "url" => self.url.as_deref(),
            _ => None,
        }
    }

    /// Set the field called `name`; blank text clears it (leading/trailing space is
    /// trimmed). Returns false for an unknown field name.
    pub fn set(&mut self, name: &str, value: &str) -> bool {
        let v = value.trim();
        let v = (!v.is_empty()).then(|| v.to_string());
        match name {
            "outlet" => self.outlet = v,
            "author" => self.author = v,
            "published" => self.published = v,
            "url" => self.url = v,
            _ => return false,
        }
        true
    }

    /// Fill fields that are unset here from `other`.
    pub fn fill_from(&mut self, other: &DocMeta) {
        for f in Self::FIELDS {
            if self.get(f).is_none() {
                if let Some(v) = other.get(f) {
                    self.set(f, v);
                }
            }
        }
    }
}

/// A labelled span of one document, `start..end` in code points.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    /// Stable id, e.g. `"s12"`.
    pub id: String,
    /// The id of the document it belongs to.
    pub doc: String,
    /// First code point of the span in the document's text (inclusive).
    pub start: usize,
    /// End of the span in code points (exclusive); `start < end <= len`, `len` being the
    /// text's length in code points.
    pub end: usize,
    /// The span's label.
    pub label: Label,
    /// A free-text note, e.g. an answer key's explanation ("a claim: it asserts a
    /// checkable fact"). `None` when there is none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// In a curated workspace (see `crate::exercise::curate`): the annotators who had this
    /// span. Empty otherwise.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub annotators: Vec<String>,
}

/// Whether two linked spans agree or report the fact differently.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LinkKind {
    /// The two spans state the same fact.
    Same,
    /// The two spans report the same fact differently (see the link's flags).
    Differs,
}

/// Who made a link.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Origin {
    /// Made from a claim matcher suggestion.
    Matcher,
    /// Made by the user by hand.
    Manual,
}

/// A discrepancy between two linked spans: the same slot filled differently.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Flag {
    /// What kind of slot: `"number"`, `"speaker"`, `"vehicle"`, `"weapon"`, `"person"`, `"place"`, `"date"`, ...
    pub kind: String,
    /// The value in span `a`.
    pub a: String,
    /// The value in span `b`.
    pub b: String,
    /// The softer kind of flag: one side or both tell the slot loosely ("several times",
    /// "earlier in December", "at least 10 people"), against an exact value ("at least
    /// four times", "on December 2", "twelve people") or another loose one ("at least 12
    /// people"), and both may be true; not necessarily a contradiction
    /// ([`SOFTER_FLAG_NOTE`]). Written only when true; files without it read as false.
    #[serde(default, skip_serializing_if = "is_false")]
    pub vague: bool,
}

/// What a softer flag ([`Flag::vague`]) says, in its tooltip and in the report's list of
/// differences: true of every softer flag, whether one side or both tell the slot loosely
/// ("at least 23 homes" / "at least 31 houses": both are bounds, neither is exact).
pub const SOFTER_FLAG_NOTE: &str = "told loosely on one side or both (a bound, a range, a rounded or vague figure, something only expected), so both may be true: not necessarily a contradiction";

/// [`SOFTER_FLAG_NOTE`] in a few words, after a flag's values in a line (the report's
/// matrix, the suggestion's reason).
pub const SOFTER_FLAG_SHORT: &str = "loosely told, both may be true";

/// What a softer cause flag says: a cause one side says is not yet known (or only
/// possible) against one the other gives (trial 39 N7: the figures' wording, "a bound, a
/// range ...", was shown for it).
pub const SOFTER_CAUSE_NOTE: &str = "a cause one side says is not yet known, or only possible, against a cause the other gives, so both may be true at their times: not necessarily a contradiction";

/// What a softer place flag says: two places one of which may lie in the other, or two
/// cities of one metropolitan area (`matcher::flags::places`).
pub const SOFTER_PLACE_NOTE: &str = "places that may lie one in the other or in one area (a town and a city near it, two cities of one metropolitan area), so both may be true: not necessarily a contradiction";

/// What a softer flag of `kind` says ([`SOFTER_FLAG_NOTE`], or the cause's and the
/// place's own wording: [`SOFTER_CAUSE_NOTE`], [`SOFTER_PLACE_NOTE`]), for its tooltip
/// and the report's list of differences.
pub fn softer_note(kind: &str) -> &'static str {
    match kind {
        "cause" => SOFTER_CAUSE_NOTE,
        "place" => SOFTER_PLACE_NOTE,
        _ => SOFTER_FLAG_NOTE,
    }
}

/// [`softer_note`] in a few words, after a flag's values in a line (the report's matrix,
/// the suggestion's reason): [`SOFTER_FLAG_SHORT`] but for a cause and a place.
pub fn softer_short(kind: &str) -> &'static str {
    match kind {
        "cause" => "a cause not yet known, both may be true",
        "place" => "one may lie in the other, both may be true",
        _ => SOFTER_FLAG_SHORT,
    }
}

/// For serde: leave a `false` flag out of the JSON.
fn is_false(b: &bool) -> bool {
    !*b
}

/// A cross-source link between two spans in different documents.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Link {
    /// Stable id, e.g. `"l3"`.
    pub id: String,
    /// Span id in one document.
    pub a: String,
    /// Span id in another document.
    pub b: String,
    /// Whether the two spans agree or report the fact differently.
    pub kind: LinkKind,
    /// Whether the link came from the matcher or was made by hand.
    pub origin: Origin,
    /// The matcher's score in [0, 1], for `origin: matcher`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<f64>,
    /// Discrepancies between the two spans (empty when they agree).
    #[serde(default)]
    pub flags: Vec<Flag>,
    /// A free-text note (see [`Span::note`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// The kind of a relation within one document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RelationKind {
    /// `from` (an attribution span) attributes `to` (a quote or claim span).
    Attributes,
}

/// A relation between two spans of the same document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Relation {
    /// Stable id, e.g. `"r2"`.
    pub id: String,
    /// The relation's kind (only `attributes` for now).
    pub kind: RelationKind,
    /// The attribution span's id.
    pub from: String,
    /// The attributed quote or claim span's id.
    pub to: String,
    /// A free-text note (see [`Span::note`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Who made a workspace and for which exercise. All fields may be empty (a workspace made
/// outside an exercise). Export file names are built from them
/// (`crate::exercise::export_file_name`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Identity {
    /// The annotator's name, e.g. `"maria"`; empty until the user gives it.
    #[serde(default)]
    pub annotator: String,
    /// The exercise's title, e.g. `"Defector exercise"`; empty outside an exercise.
    #[serde(default)]
    pub title: String,
    /// The trainer's instructions for the exercise (plain text); empty if none.
    #[serde(default)]
    pub instructions: String,
}

/// A matcher suggestion the user rejected, remembered so it is not offered again.
/// Identified by the span it was suggested for and the target text range.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rejection {
    /// The span the suggestion was made for.
    pub span: String,
    /// The document of the suggested text.
    pub doc: String,
    /// Start of the rejected suggestion in `doc`, in code points (inclusive).
    pub start: usize,
    /// End of the rejected suggestion in `doc`, in code points (exclusive).
    pub end: usize,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::offsets::{cp_len, slice_cp};

    /// Trial 39 N7: a softer cause flag (a cause not yet known) is not told in the
    /// figures' words; a figure's still is.
    #[test]
    fn a_softer_cause_or_place_flag_has_its_own_wording() {
        assert!(!softer_note("cause").contains("figure"));
        assert!(softer_note("cause").contains("not yet known"));
        assert!(!softer_short("cause").contains("loosely"));
        assert!(!softer_note("place").contains("figure"));
        assert_eq!(softer_note("number"), SOFTER_FLAG_NOTE);
        assert_eq!(softer_short("date"), SOFTER_FLAG_SHORT);
    }

    #[test]
    fn documents_slice_by_code_point_and_share_their_index() {
        let text = "Ça 😀 va\r\n中文 e\u{301}";
        let d = Document::new("d1".into(), "t".into(), "s".into(), Arc::from(text));
        assert_eq!(d.cp_len(), cp_len(text));
        for start in 0..=d.cp_len() {
            for end in start..=d.cp_len() + 1 {
                assert_eq!(
                    d.slice(start, end),
                    slice_cp(text, start, end),
                    "{start}..{end}"
                );
            }
        }
        let copy = d.clone();
        assert!(
            std::ptr::eq(d.offsets(), copy.offsets()),
            "clones share one index"
        );
        let fresh = Document::new("d1".into(), "t".into(), "s".into(), Arc::from(text));
        assert_eq!(d, fresh, "the cached index does not affect equality");
    }

    #[test]
    fn documents_serialise_their_metadata_as_flat_optional_fields() {
        let mut d = Document::new("d1".into(), "t".into(), "s".into(), Arc::from("x"));
        let plain = serde_json::to_value(&d).unwrap();
        assert_eq!(
            plain,
            serde_json::json!({"id": "d1", "title": "t", "source": "s", "text": "x"})
        );
        d.meta.set("outlet", "AFP");
        d.meta.set("published", "2017-11-22");
        let v = serde_json::to_value(&d).unwrap();
        assert_eq!(v["outlet"], "AFP");
        assert_eq!(v["published"], "2017-11-22");
        assert!(v.get("author").is_none());
        let back: Document = serde_json::from_value(v).unwrap();
        assert_eq!(back, d);
        let old: Document = serde_json::from_value(plain).unwrap();
        assert!(old.meta.is_empty());
    }
}

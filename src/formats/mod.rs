//! Reading articles and importing/exporting workspaces, robust against hostile input.
//!
//! - [`read_article`]: the bytes of a `.txt`, `.md` or `.html` file -> title and plain text
//!   ([`decode`] handles BOMs, UTF-16 and Windows-1252; [`html`] extracts text from HTML).
//! - [`export`] / [`import`] / [`import_with`]: a whole workspace to and from a file in one
//!   of the [`Format`]s. Import detects the format from the content, and also reads
//!   doccano JSONL and Label Studio JSON exports.
//! - [`salvage::salvage`]: recover what is still valid from a damaged Parallax JSON file
//!   (the app's autosave), naming what was left out.
//! - [`check_size`] with [`MAX_ARTICLE_BYTES`] / [`MAX_IMPORT_BYTES`]: the app calls it with
//!   the file's size before reading the file at all.
//!
//! Every offset read or written counts Unicode **code points** (Python's `text[start:end]`);
//! `docs/FORMATS.md` describes each format.
//!
//! Decisions a user may notice:
//! - Article text is kept exactly as decoded (CRLF stays CRLF, no Unicode normalisation),
//!   so offsets into a `.txt` file match the file. A leading byte-order mark is removed.
//!   For `.txt`/`.md` the title line stays in the text too.
//! - Import never touches an existing workspace: it returns a whole new one, or an error.
//! - A span whose recorded `text` no longer matches its offsets is refused; the error has
//!   `can_reanchor: true` and [`import_with`] with `ImportOptions { reanchor: true }` moves
//!   each such span to the nearest occurrence of its text, with one warning per span; a
//!   span whose text occurs nowhere in its article is left out (with the links and
//!   relations touching it), named in [`Imported::left_out`], and the rest is imported.
//!
//! Additions to the original API: [`import_with`], [`ImportOptions`], [`ErrorKind`],
//! `FormatError::{kind, can_reanchor}`, [`Format::from_name`], [`Format::name`],
//! [`SizeLimit`], [`check_size`], [`MAX_ARTICLE_BYTES`], [`MAX_IMPORT_BYTES`].

pub mod autosave;
pub mod brat;
mod build;
pub mod dateline;
pub mod decode;
mod errors;
pub mod html;
pub mod html_meta;
mod importing;
pub mod json;
pub mod json_syntax;
pub mod jsonl;
pub mod labelstudio;
pub mod not_articles;
pub mod pairs;
pub mod paste_draft;
pub(crate) mod read;
pub mod registry;
pub mod salvage;
mod title;
pub mod w3c;
pub mod zip;

use crate::model::Workspace;
pub use errors::{
    check_size, grouped, naming, with_stop, ErrorKind, FormatError, SizeLimit, OFFSETS_MISPLACED,
    REANCHOR_ADVICE, TEXT_CHANGED, UTF16_OFFSETS,
};
pub use importing::{import, import_with};
pub(crate) use title::is_headline;
use title::{clip_title, fallback_title};

/// The largest article file [`read_article`] accepts (5 MB): far above any news article.
pub const MAX_ARTICLE_BYTES: u64 = 5 * 1024 * 1024;
/// The largest workspace file [`import`] accepts (50 MB).
pub const MAX_IMPORT_BYTES: u64 = 50 * 1024 * 1024;

/// The file-name endings of Parallax's exports, one per [`Format`]: Parallax JSON,
/// JSONL, W3C Web Annotation, brat, Label Studio and the pairs table. An export is named
/// `TITLE.ANNOTATOR.` followed by one of these (see `exercise::export_file_name`).
pub const EXPORT_SUFFIXES: [&str; 6] = [
    "parallax.json",
    "parallax.jsonl",
    "parallax-annotations.jsonld",
    "parallax-brat.zip",
    "parallax-labelstudio.json",
    "parallax-pairs.jsonl",
];

/// The export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Parallax JSON: the whole workspace, lossless.
    Parallax,
    /// One document a line: `{"text", "spans": [...]}` (doccano / spaCy).
    Jsonl,
    /// W3C Web Annotation JSON-LD: texts, spans, links, relations, rejections and outlet
    /// metadata (not the annotator, exercise or notes; see [`left_out`]).
    W3c,
    /// brat standoff, `.txt` + `.ann` per document, zipped.
    Brat,
    /// Label Studio tasks JSON (regions and relations), to continue in Label Studio.
    LabelStudio,
    /// Cross-source links as sentence-pair training data (JSONL, export only).
    Pairs,
}

impl Format {
    /// Every format, in menu order.
    pub const ALL: [Format; 6] = [
        Format::Parallax,
        Format::Jsonl,
        Format::W3c,
        Format::Brat,
        Format::LabelStudio,
        Format::Pairs,
    ];

    /// A short lowercase name: `parallax`, `jsonl`, `w3c`, `brat`, `labelstudio`, `pairs`.
    pub fn name(self) -> &'static str {
        match self {
            Format::Parallax => "parallax",
            Format::Jsonl => "jsonl",
            Format::W3c => "w3c",
            Format::Brat => "brat",
            Format::LabelStudio => "labelstudio",
            Format::Pairs => "pairs",
        }
    }

    /// Parse a format name (case-insensitive; also `json`, `doccano`, `webanno`, `zip`,
    /// `label-studio`, `sentence-pairs`).
    pub fn from_name(name: &str) -> Option<Format> {
        match name.trim().to_ascii_lowercase().as_str() {
            "parallax" | "json" => Some(Format::Parallax),
            "jsonl" | "doccano" => Some(Format::Jsonl),
            "w3c" | "webanno" | "web-annotation" | "jsonld" => Some(Format::W3c),
            "brat" | "zip" => Some(Format::Brat),
            "labelstudio" | "label-studio" | "label_studio" => Some(Format::LabelStudio),
            "pairs" | "sentence-pairs" | "training-pairs" => Some(Format::Pairs),
            _ => None,
        }
    }
}

/// A file ready to download or write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exported {
    /// The file name to save under, fixed per format (e.g. `parallax.json`, `parallax-brat.zip`).
    pub file_name: String,
    /// The MIME type to download it with, e.g. `application/json`, `application/zip`.
    pub mime: String,
    /// The file's contents.
    pub bytes: Vec<u8>,
    /// What this format cannot carry from this workspace (or carries only in a side file),
    /// for the user to read at export time; empty when nothing is left out.
    pub warnings: Vec<String>,
}

/// A workspace read from a file, with anything the user should know (labels not
/// recognised, spans re-anchored, ...).
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    /// The new workspace; it never replaces an existing one by itself.
    pub workspace: Workspace,
    /// What the user should be told: labels not recognised, spans re-anchored, ...
    pub warnings: Vec<String>,
    /// What re-anchoring ([`ImportOptions::reanchor`]) could not place and left out, one
    /// sentence each naming the item: a span whose text occurs nowhere in its article, and
    /// the links and relations touching it; and a link or relation naming a span the file
    /// does not have (trial 43, F: one such link refused the whole file). Empty when everything was imported. Callers
    /// say these more loudly than `warnings`: work was left behind (the page shows an
    /// error notice; `parallax convert` writes the rest and exits with 2).
    pub left_out: Vec<String>,
}

impl Imported {
    /// The same import with `from` recorded on every document: what its annotations came
    /// in through ([`crate::model::Document::imported_from`]).
    pub(crate) fn recorded(mut self, from: crate::model::ImportedFrom) -> Self {
        for d in &mut self.workspace.documents {
            d.imported_from = from;
        }
        self
    }
}

/// The notice for what importing file `name` left out (`left_out`, as
/// [`Imported::left_out`] has it): how many items, each named on its own line, and that the
/// rest was imported. The page's Import and its class view say it.
pub fn left_out_notice(name: &str, left_out: &[String]) -> String {
    let n = left_out.len();
    let list: String = left_out.iter().map(|w| format!("\n- {w}")).collect();
    // Re-anchoring's items say "re-anchored"; a link to a span the file does not have
    // (trial 43, F) is no text change, and its item says why on its own line.
    let why = if left_out.iter().all(|w| w.contains("re-anchored")) {
        " could not be placed in the changed text and"
    } else {
        ""
    };
    format!(
        "{name}: {n} item{}{why} {} left out; everything else was imported:{list}",
        if n == 1 { "" } else { "s" },
        if n == 1 { "was" } else { "were" },
    )
}

/// The notice for the warnings of importing file `name` (as [`Imported::warnings`] has
/// them: each span re-anchored, with where it moved): every warning in one notice, each on
/// its own line after the file's name ("moved.json: span \"s3\" was re-anchored ..."), so
/// every moved span is listed (trial 35, F12: one notice per warning, and the page keeps
/// only the newest few information notices, so two of five moved spans went unsaid).
/// `None` when there are none.
pub fn warnings_notice(name: &str, warnings: &[String]) -> Option<String> {
    let lines: Vec<String> = warnings.iter().map(|w| format!("{name}: {w}")).collect();
    (!lines.is_empty()).then(|| lines.join("\n"))
}

/// How to import.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ImportOptions {
    /// Move spans whose recorded text no longer matches their offsets to the nearest
    /// occurrence of that text (each move is reported in the warnings).
    pub reanchor: bool,
}

/// An article read from a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    /// The title: for HTML the `<title>` or else the first `<h1>`; for text the first non-empty
    /// line (without Markdown `#` marks) that is not a timestamp or byline line ("Last
    /// Updated: Monday, 28 November 2005, 02:24 GMT", [`crate::matcher::is_timestamp_line`]);
    /// else the file name without extension. At most 200 characters.
    pub title: String,
    /// The article's text exactly as decoded (CRLF kept, leading BOM removed); for HTML, the
    /// extracted paragraphs. Spans index it by code point.
    pub text: String,
    /// Things the user should be told, e.g. "decoded as Windows-1252".
    pub notes: Vec<String>,
    /// Outlet, author, date and URL found in a saved web page ([`html_meta`]); empty
    /// for plain text.
    pub meta: crate::model::DocMeta,
}

/// Export the workspace in `format`, with warnings naming what the format leaves out
/// (see [`left_out`]).
pub fn export(ws: &Workspace, format: Format) -> Exported {
    let mut out = export_format(ws, format);
    out.warnings.extend(left_out(ws, format));
    out
}

/// What of this workspace `format` does not carry and the format's own exporter does not
/// already name: the annotator name and exercise (title, instructions) and the notes on
/// spans, links and relations, which only Parallax JSON keeps; the outlet metadata, which
/// brat and Label Studio leave out. Empty for Parallax JSON and for training pairs (a
/// dataset of sentence pairs, not a workspace).
pub fn left_out(ws: &Workspace, format: Format) -> Vec<String> {
    if matches!(format, Format::Parallax | Format::Pairs) {
        return Vec::new();
    }
    let mut parts = Vec::new();
    let id = &ws.identity;
    if !id.annotator.trim().is_empty() {
        parts.push("the annotator name".to_string());
    }
    if !id.title.trim().is_empty() || !id.instructions.trim().is_empty() {
        parts.push("the exercise title and instructions".to_string());
    }
    let notes = ws.spans.iter().filter(|s| s.note.is_some()).count()
        + ws.links.iter().filter(|l| l.note.is_some()).count()
        + ws.relations.iter().filter(|r| r.note.is_some()).count();
    if notes > 0 {
        parts.push(format!("{notes} note(s)"));
    }
    if matches!(format, Format::Brat | Format::LabelStudio) {
        let described = ws.documents.iter().filter(|d| !d.meta.is_empty()).count();
        if described > 0 {
            parts.push(format!(
                "the outlet, author, date and address of {described} article(s)"
            ));
        }
    }
    if parts.is_empty() {
        return Vec::new();
    }
    vec![format!(
        "This format leaves out {}: export Parallax JSON to keep everything.",
        parts.join(", ")
    )]
}

fn export_format(ws: &Workspace, format: Format) -> Exported {
    let file = |name: &str, mime: &str, bytes: Vec<u8>, warnings: Vec<String>| Exported {
        file_name: name.into(),
        mime: mime.into(),
        bytes,
        warnings,
    };
    match format {
        Format::Parallax => file(
            EXPORT_SUFFIXES[0],
            "application/json",
            json::export(ws).into_bytes(),
            vec![],
        ),
        Format::Jsonl => {
            let (text, warnings) = jsonl::export_with_warnings(ws);
            file(
                EXPORT_SUFFIXES[1],
                "application/x-ndjson",
                text.into_bytes(),
                warnings,
            )
        }
        Format::W3c => file(
            EXPORT_SUFFIXES[2],
            "application/ld+json",
            w3c::export(ws).into_bytes(),
            vec![],
        ),
        Format::Brat => {
            let (bytes, warnings) = brat::export(ws);
            file(EXPORT_SUFFIXES[3], "application/zip", bytes, warnings)
        }
        Format::LabelStudio => {
            let (text, warnings) = labelstudio::export(ws);
            file(
                EXPORT_SUFFIXES[4],
                "application/json",
                text.into_bytes(),
                warnings,
            )
        }
        Format::Pairs => {
            let (text, warnings) = pairs::export(ws);
            file(
                EXPORT_SUFFIXES[5],
                "application/x-ndjson",
                text.into_bytes(),
                warnings,
            )
        }
    }
}

/// Read an article from a text, Markdown or HTML file.
///
/// `.html`/`.htm`/`.xhtml` files (or any file starting with `<!DOCTYPE html` or `<html`)
/// go through [`html::extract`] and [`html_meta::extract_meta`]; everything else is plain text kept exactly as decoded,
/// whose first non-empty line (without Markdown `#` marks) becomes the title. A file whose
/// name says it is an annotation or table file (a brat `.ann`, `annotation.conf`, `.csv`…)
/// is refused with what to do instead ([`not_articles::refusal`]), and so is a coverage
/// report or the Parallax page itself ([`not_articles::own_html_refusal`]). The outlet
/// is the page's metadata's, else the one a wire dateline opening the body names
/// (`SEOUL (Reuters) - ...`, [`dateline::outlet_from_dateline`]).
pub fn read_article(file_name: &str, bytes: &[u8]) -> Result<Article, FormatError> {
    if let Some(e) = not_articles::refusal(file_name) {
        return Err(e);
    }
    check_size(file_name, bytes.len() as u64, SizeLimit::Article)?;
    let decoded = decode::decode(file_name, bytes)?;
    if let Some(e) = not_articles::own_html_refusal(file_name, &decoded.text) {
        return Err(e);
    }
    let mut notes = decoded.notes;
    let text = decoded.text;
    let lower = file_name.to_ascii_lowercase();
    let is_html_name =
        lower.ends_with(".html") || lower.ends_with(".htm") || lower.ends_with(".xhtml");
    if is_html_name || html::looks_like_html(&text) {
        let page = html::extract(&text);
        if page.text.trim().is_empty() {
            return Err(FormatError::of(
                ErrorKind::Empty,
                format!(
                    "{file_name} is an HTML page without any article text; save the page \
                     again with its article, or paste the article's text."
                ),
            ));
        }
        if !is_html_name {
            notes.push(format!(
                "{file_name} contains HTML, so its text was extracted from the markup"
            ));
        }
        notes.push(format!(
            "Extracted {} paragraph{} of text from the HTML; scripts, styles, navigation, \
             headers, footers and forms were left out.",
            page.paragraphs,
            if page.paragraphs == 1 { "" } else { "s" }
        ));
        let mut meta = html_meta::extract_meta(&text);
        // The page's metadata wins over a wire dateline in its text.
        if meta.outlet.is_none() {
            meta.outlet = dateline::outlet_from_dateline(&page.text);
        }
        let title = if decode::is_blank(&page.title) {
            fallback_title(file_name)
        } else {
            title::without_site_suffix(&page.title, meta.outlet.as_deref())
        };
        return Ok(Article {
            title: clip_title(&title),
            text: page.text,
            notes,
            meta,
        });
    }
    if text.trim_start().starts_with("{\\rtf") {
        return Err(FormatError::of(
            ErrorKind::Unsupported,
            format!(
                "{file_name} is an RTF document, not plain text; save it as plain text (.txt) \
                 and load that."
            ),
        ));
    }
    let is_md = lower.ends_with(".md") || lower.ends_with(".markdown");
    // The first line that is not a page's "Last updated: ..." line or byline; a live
    // page's title ("Austria flash flood: live updates") is furniture but names the
    // article (trial 55). A line ends
    // at "\n", "\r\n" or a lone "\r" (an old Mac export, trial 44 F5).
    // A line of only invisible characters (zero-width spaces, joiners: `decode::is_blank`)
    // shows as nothing, so it is passed over like an empty one: it would make a heading
    // no one can see (session 49's last pass).
    // In Markdown a heading's own words count ("# " followed by nothing visible is passed
    // over too).
    let lines = || text.split(['\n', '\r']).map(str::trim);
    let shows = |l: &&str| {
        let words = if is_md { md_heading_words(l) } else { l };
        !decode::is_blank(words)
    };
    let first = lines()
        .filter(shows)
        .find(|l| !crate::matcher::is_timestamp_line(l) || crate::matcher::is_live_title_line(l))
        .or_else(|| lines().find(shows));
    let title = match first {
        Some(line) if is_md && (line.starts_with('#') || is_headline(line)) => {
            let t = md_heading_words(line);
            if decode::is_blank(t) {
                fallback_title(file_name)
            } else {
                t.to_string()
            }
        }
        // A first line that is a paragraph, not a headline ("The soldier was shot five
        // times, officials said. He was flown ..."), is text only: the file's name titles it.
        Some(line) if is_headline(line) => line.to_string(),
        _ => fallback_title(file_name),
    };
    let meta = crate::model::DocMeta {
        outlet: dateline::outlet_from_dateline(&text),
        ..Default::default()
    };
    Ok(Article {
        title: clip_title(&title),
        text,
        notes,
        meta,
    })
}

/// A Markdown line without its heading marks: "## Big news ##" -> "Big news".
fn md_heading_words(line: &str) -> &str {
    line.trim_start_matches('#').trim_end_matches('#').trim()
}

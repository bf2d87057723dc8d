//! Files that are annotations or tables, not articles, told apart by their names: a brat
//! `.ann` (or BioNLP `.a1`/`.a2`) without its text, brat's `annotation.conf` and other
//! `.conf` files, CSV/TSV tables and CoNLL token files. Their text would otherwise load
//! as an article ("T1 Claim 0 3 abc"); they are refused by name with what to do instead,
//! the same on the page (Open files…, Import…) and in the command-line tool. Parallax's
//! own HTML files, the coverage report and the page itself, are told by their content
//! ([`own_html_refusal`]); so are a word processor's files, zips of a known shape
//! ([`office_document`], [`office_refusal`]), in one message whichever way they came; and
//! so are JSON records of annotations whose text is kept elsewhere, Hypothes.is exports
//! among them ([`annotations_elsewhere_refusal`]).

use super::{ErrorKind, FormatError};

/// How to give Parallax what such a file describes, for the files that are not brat's.
const WHAT_PARALLAX_READS: &str = "Parallax loads articles from .txt, .md or .html files \
     and imports annotations from Parallax JSON, JSONL, Label Studio JSON, W3C Web \
     Annotation or brat zip files";

/// The refusal of `file_name` when its name says it is an annotation or table file that
/// is neither an article nor a workspace file Parallax imports; `None` for other names.
pub fn refusal(file_name: &str) -> Option<FormatError> {
    let lower = file_name.to_ascii_lowercase();
    let ext = lower.rsplit_once('.').map_or("", |(_, e)| e);
    let message = match ext {
        "ann" | "a1" | "a2" => format!(
            "{file_name} is a brat annotation file without its text, not an article; put \
             each .txt and its .ann in one zip file and import the zip."
        ),
        "conf" => format!(
            "{file_name} is a brat configuration file, not an article; put it in one zip \
             file with each .txt and its .ann and import the zip."
        ),
        "csv" | "tsv" => format!(
            "{file_name} is a table ({}), not an article or a workspace file; convert it \
             to a format Parallax reads: {WHAT_PARALLAX_READS}.",
            ext.to_ascii_uppercase()
        ),
        "conll" | "conllu" | "iob" | "bio" => format!(
            "{file_name} is a CoNLL-style file (one token a line), not an article or a \
             workspace file; convert it to a format Parallax reads: {WHAT_PARALLAX_READS}."
        ),
        _ => return None,
    };
    Some(FormatError::of(ErrorKind::Unsupported, message))
}

/// What a word processor's file is, told by the names of its zip's entries (a Word
/// `.docx` holds `word/document.xml`, an OpenDocument file `mimetype` and `content.xml`):
/// `"a Word document (.docx)"` or `"an OpenDocument file (.odt)"`; `None` for any other
/// zip.
pub fn office_document(names: &[&str]) -> Option<&'static str> {
    let has = |name: &str| names.contains(&name);
    if has("word/document.xml") {
        Some("a Word document (.docx)")
    } else if has("content.xml") && has("mimetype") {
        Some("an OpenDocument file (.odt)")
    } else {
        None
    }
}

/// The refusal of `file_name`, a word processor's file (`what`, from
/// [`office_document`]): the same message whether it was opened as an article (*Open
/// files…*, `parallax` reading an article) or imported as a workspace file (*Import…*, a
/// zip taken for brat's); trial 46, 8: the one `.docx` was described two ways.
pub fn office_refusal(file_name: &str, what: &str) -> FormatError {
    FormatError::of(
        ErrorKind::Binary,
        format!(
            "{file_name} is {what}, not an article's text or a workspace file; copy the \
             article's text out of it (or save it as plain text) and load that .txt, .md \
             or .html file."
        ),
    )
}

/// [`office_refusal`] for `bytes` (the contents of `file_name`) when they are a readable
/// zip of a word processor's file; `None` for any other bytes (a zip that cannot be read
/// is left to the caller's own message).
pub fn office_zip_refusal(file_name: &str, bytes: &[u8]) -> Option<FormatError> {
    if !bytes.starts_with(b"PK\x03\x04") {
        return None;
    }
    let entries = super::zip::read(file_name, bytes).ok()?;
    let names: Vec<&str> = entries.iter().map(|e| e.name.as_str()).collect();
    office_document(&names).map(|what| office_refusal(file_name, what))
}

/// The `generator` mark Parallax writes into the head of its coverage report and of the
/// page itself.
const GENERATOR: &str = "<meta name=\"generator\" content=\"Parallax\">";

/// The refusal of `file_name` when its decoded `text` is one of Parallax's own HTML files:
/// a coverage report (`parallax report`, *Report…* in the page) or the Parallax page
/// itself, whose text would otherwise load as an article; `None` for any other text.
/// Only the head is read (up to `</head>`, or the first 4,096 bytes without one).
pub fn own_html_refusal(file_name: &str, text: &str) -> Option<FormatError> {
    // Both start as HTML documents; a plain text is not searched.
    if !super::html::looks_like_html(text) {
        return None;
    }
    let head = match text.find("</head>") {
        Some(at) => &text[..at],
        None => {
            let mut at = text.len().min(4096);
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            &text[..at]
        }
    };
    if !head.contains(GENERATOR) {
        return None;
    }
    let message = if head.contains("<title>Coverage report") {
        format!(
            "{file_name} is a coverage report Parallax wrote; it is for reading and \
             printing, and Parallax cannot read it back. Open the workspace it was made \
             from (Workspaces\u{2026}), or import that workspace's Parallax JSON export."
        )
    } else {
        format!(
            "{file_name} is the Parallax page itself, not an article; open articles \
             (.txt, .md or .html files) in it."
        )
    };
    Some(FormatError::of(ErrorKind::Unsupported, message))
}

/// The keys by which an annotation record points into a text held somewhere else (a web
/// page's address, a target and its selectors): Hypothes.is and other web annotators
/// write them, and a record holding them carries no article (its `"text"` is the
/// annotator's note, not the annotated text).
const POINTS_ELSEWHERE: [&str; 4] = ["target", "uri", "selector", "source"];

/// The keys that make a record with a `"text"` a doccano / Parallax JSONL line: its spans.
const SPAN_KEYS: [&str; 4] = ["label", "labels", "entities", "spans"];

/// True if `record` is an annotation of a text held elsewhere: a JSON object with a key of
/// [`POINTS_ELSEWHERE`] and none of the span keys a JSONL line holds.
fn points_elsewhere(record: &serde_json::Value) -> bool {
    record.as_object().is_some_and(|o| {
        POINTS_ELSEWHERE.iter().any(|k| o.contains_key(*k))
            && !SPAN_KEYS.iter().any(|k| o.contains_key(*k))
    })
}

/// The refusal of `file_name` when its parsed JSON `value` holds annotations of texts kept
/// elsewhere, not articles: one record, a list of records or a `{"rows": [...]}` search
/// result of Hypothes.is-style annotations (each with a `"target"`, `"uri"` or selector
/// and no spans), which would otherwise be read as a JSONL line and load the annotator's
/// note as a one-line article (trial 49, 6). `None` for any other value. A Web Annotation
/// file with an `@context` is W3C's and left to its own message.
pub fn annotations_elsewhere_refusal(
    file_name: &str,
    value: &serde_json::Value,
) -> Option<FormatError> {
    use serde_json::Value;
    if super::w3c::looks_like(value) {
        return None;
    }
    let records: Vec<&Value> = match value {
        Value::Array(items) => items.iter().collect(),
        Value::Object(o) if o.contains_key("@context") => return None,
        Value::Object(o) => match o.get("rows") {
            Some(Value::Array(rows)) => rows.iter().collect(),
            _ => vec![value],
        },
        _ => return None,
    };
    if records.is_empty() || !records.iter().all(|r| points_elsewhere(r)) {
        return None;
    }
    let hypothesis = records.iter().any(|r| {
        r.get("user")
            .and_then(Value::as_str)
            .is_some_and(|u| u.starts_with("acct:"))
            || r.get("uri").is_some() && r.get("target").is_some()
    });
    let what = if hypothesis {
        "annotations exported from Hypothes.is (or a tool like it)"
    } else {
        "annotations of a text kept elsewhere (a \"target\" or \"uri\" for each)"
    };
    Some(FormatError::of(
        ErrorKind::Unsupported,
        format!(
            "{file_name} holds {what}: they point into a web page or document by its address \
             and do not carry its text, so there is no article to import. Save the article \
             as a .txt or .html file, load it with Open files\u{2026} and label its spans \
             here; {WHAT_PARALLAX_READS}."
        ),
    ))
}

#[cfg(test)]
mod tests {
    use super::{annotations_elsewhere_refusal, own_html_refusal, refusal};
    use serde_json::json;

    #[test]
    fn parallax_own_html_files_are_refused_by_content() {
        let mut ws = crate::model::Workspace::new();
        ws.add_document("AFP", "afp.txt", "The soldier was shot.");
        let report = crate::report::html::render(&ws);
        let e = own_html_refusal("r.html", &report).expect("the report is refused");
        assert!(e.to_string().contains("coverage report"), "{e}");
        let page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\">\
                    <meta name=\"generator\" content=\"Parallax\"><title>Parallax</title>";
        let e = own_html_refusal("parallax.html", page).expect("the page is refused");
        assert!(e.to_string().contains("the Parallax page itself"), "{e}");
        assert!(own_html_refusal("a.html", "<html><head><title>News</title>").is_none());
        assert!(own_html_refusal("a.txt", "Parallax is a tool").is_none());
    }

    #[test]
    fn only_annotation_and_table_names_are_refused() {
        for name in [
            "d1.ann",
            "D1.ANN",
            "x.a1",
            "annotation.conf",
            "data.csv",
            "t.tsv",
            "a.conll",
        ] {
            assert!(refusal(name).is_some(), "{name}");
        }
        for name in [
            "a.txt",
            "a.md",
            "page.html",
            "notes",
            "ann",
            "csv.txt",
            "ws.json",
        ] {
            assert!(refusal(name).is_none(), "{name}");
        }
    }

    #[test]
    fn annotations_of_texts_kept_elsewhere_are_refused_and_jsonl_lines_are_not() {
        // Trial 49, 6: a Hypothes.is export, as a list, one record and an API search result.
        let record = json!({"id": "h1", "uri": "https://example.org/a", "text": "ransom figure",
            "target": [{"source": "https://example.org/a", "selector": [{"type":
            "TextQuoteSelector", "exact": "$5 million", "prefix": "a ransom of "}]}],
            "tags": ["number"], "user": "acct:ana@hypothes.is"});
        for value in [
            json!([record.clone()]),
            record.clone(),
            json!({"total": 1, "rows": [record.clone()]}),
        ] {
            let e = annotations_elsewhere_refusal("h.json", &value).expect("refused");
            assert!(e.to_string().contains("Hypothes.is"), "{e}");
            assert!(e.to_string().contains("no article to import"), "{e}");
            // Session 47: a refusal of several sentences ends with a full stop.
            assert!(e.to_string().ends_with("brat zip files."), "{e}");
        }
        // Another tool's records that only point elsewhere: refused without naming Hypothes.is.
        let other = json!([{"text": "note", "target": {"source": "doc.pdf"}}]);
        let e = annotations_elsewhere_refusal("o.json", &other).expect("refused");
        assert!(!e.to_string().contains("Hypothes.is"), "{e}");
        assert!(e.to_string().ends_with("brat zip files."), "{e}");
        // Near cases: JSONL / doccano lines (a text with spans), plain texts, W3C JSON-LD.
        for value in [
            json!([{"text": "Ann said.", "label": [[0, 3, "PERSON"]]}]),
            json!({"text": "Ann said.", "entities": [], "uri": "x"}),
            json!([{"text": "Ann said."}]),
            json!({"@context": "http://www.w3.org/ns/anno.jsonld", "target": "x"}),
            json!([]),
            json!({"rows": []}),
        ] {
            assert!(
                annotations_elsewhere_refusal("d.json", &value).is_none(),
                "{value}"
            );
        }
    }
}

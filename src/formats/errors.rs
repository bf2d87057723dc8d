//! Why a file could not be read ([`FormatError`], with its [`ErrorKind`]) and the size
//! limits checked before a file is read at all ([`SizeLimit`], [`check_size`]).

use super::{MAX_ARTICLE_BYTES, MAX_IMPORT_BYTES};
use std::fmt;

/// What sort of problem a [`FormatError`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// The file is larger than the limit.
    TooLarge,
    /// The file is empty or only white space.
    Empty,
    /// The file is an image, PDF, archive or other binary file.
    Binary,
    /// The file is not well-formed (JSON syntax, ZIP structure, ...).
    Syntax,
    /// The file was written by a newer Parallax.
    Version,
    /// The file is well-formed but its content is wrong (types, offsets, references).
    Invalid,
    /// The file is of a kind Parallax cannot import.
    Unsupported,
}

/// Why a file could not be read. The message names what was wrong and what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatError {
    /// What was wrong and what to do, for the user to read.
    pub message: String,
    /// The sort of problem, for callers that react differently (e.g. offer re-anchoring).
    pub kind: ErrorKind,
    /// True when every problem is a span whose text moved: importing again with
    /// `ImportOptions { reanchor: true }` can repair it.
    pub can_reanchor: bool,
    /// True when the spans did not move at all but their offsets count UTF-16 code units
    /// (JavaScript string indices) where Parallax counts code points: every span that has
    /// its text reads it when its offsets are taken as UTF-16 units, and some do not read
    /// it as code points (after an emoji). Only with [`can_reanchor`](Self::can_reanchor);
    /// [`reanchor_cause`](Self::reanchor_cause) says it.
    pub utf16_offsets: bool,
    /// True when the articles' texts did not change (each matches the SHA-256 the file
    /// records for it) but some spans' offsets do not hold their quoted text: the spans
    /// were misplaced, not the text edited (trial 43, F: "texts seem to have changed"
    /// misled). Only with [`can_reanchor`](Self::can_reanchor) and not with
    /// [`utf16_offsets`](Self::utf16_offsets); [`reanchor_cause`](Self::reanchor_cause)
    /// says it.
    pub offsets_misplaced: bool,
}

/// The sentence that ends a [`FormatError`] re-anchoring can repair
/// ([`FormatError::can_reanchor`]), in the page's words: its Import offers *Re-anchor by
/// quote*. A caller that re-anchors another way says its own with
/// [`FormatError::with_reanchor_advice`]. It starts with [`TEXT_CHANGED`], the cause; the advice
/// for a file whose offsets count UTF-16 units starts with [`UTF16_OFFSETS`] instead
/// ([`FormatError::page_advice`]).
pub const REANCHOR_ADVICE: &str = "The documents' texts seem to have changed since the spans \
     were made. Import again with re-anchoring to move each span to the nearest place where \
     its text occurs.";

/// The cause [`REANCHOR_ADVICE`] names: the articles' texts were edited after the spans
/// were made (see [`FormatError::reanchor_cause`]).
pub const TEXT_CHANGED: &str =
    "The documents' texts seem to have changed since the spans were made.";

/// The cause of a refusal whose spans' offsets count UTF-16 code units
/// ([`FormatError::utf16_offsets`]; trial 42, F3: "texts seem to have changed" misled, the
/// text was the same): what happened and the two ways out, re-anchoring (named after it
/// by the caller) or converting the offsets.
pub const UTF16_OFFSETS: &str = "The documents' texts have not changed: the spans' offsets \
     look like UTF-16 code units (JavaScript string indices), and Parallax counts code points \
     (Python's text[start:end]), so each span after an emoji or another character outside \
     the Basic Multilingual Plane points one unit further per such character. To fix it, \
     convert the offsets to code points in the program that wrote the file (in JavaScript, \
     count Array.from(text) items), or re-anchor each span by its text.";

/// The cause of a refusal whose articles' texts are unchanged (each matches its recorded
/// SHA-256) while some spans' offsets do not hold their quoted text
/// ([`FormatError::offsets_misplaced`]).
pub const OFFSETS_MISPLACED: &str = "The documents' texts have not changed (each matches the \
     SHA-256 recorded in the file), but the offsets of some spans do not match their quoted \
     text: the spans were misplaced by whatever wrote or edited the file.";

/// The page's re-anchoring action after the cause ([`REANCHOR_ADVICE`] without it).
const PAGE_ACTION: &str = "Import again with re-anchoring to move each span to the nearest \
     place where its text occurs.";

impl FormatError {
    /// The sentence saying why the spans do not sit on their text, for a caller's own
    /// re-anchoring advice: [`UTF16_OFFSETS`] when the offsets count UTF-16 units,
    /// [`OFFSETS_MISPLACED`] when the texts are unchanged and the offsets miss their
    /// quoted text, else [`TEXT_CHANGED`].
    pub fn reanchor_cause(&self) -> &'static str {
        if self.utf16_offsets {
            UTF16_OFFSETS
        } else if self.offsets_misplaced {
            OFFSETS_MISPLACED
        } else {
            TEXT_CHANGED
        }
    }

    /// The page's advice ending the message of an error that
    /// [`can_reanchor`](Self::can_reanchor): its cause and *Import again with re-anchoring*.
    pub fn page_advice(&self) -> String {
        format!("{} {PAGE_ACTION}", self.reanchor_cause())
    }

    /// This error with its re-anchoring advice ([`page_advice`](Self::page_advice), ending
    /// the message of an error that [`can_reanchor`](Self::can_reanchor)) replaced by
    /// `advice`, e.g. the command line's `parallax convert IN --to parallax --reanchor`
    /// (trial 24, E2), which starts with [`reanchor_cause`](Self::reanchor_cause); the
    /// error as it is when it has no such advice.
    pub fn with_reanchor_advice(mut self, advice: &str) -> Self {
        if self.can_reanchor {
            if let Some(rest) = self.message.strip_suffix(&self.page_advice()) {
                self.message = format!("{rest}{advice}");
            }
        }
        self
    }

    /// An [`ErrorKind::Invalid`] error.
    pub fn new(message: impl Into<String>) -> Self {
        Self::of(ErrorKind::Invalid, message)
    }

    /// An error of the given kind with this message.
    pub fn of(kind: ErrorKind, message: impl Into<String>) -> Self {
        FormatError {
            message: message.into(),
            kind,
            can_reanchor: false,
            utf16_offsets: false,
            offsets_misplaced: false,
        }
    }
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for FormatError {}

/// A message `msg` about one source as the user reads it: the source named once, by
/// `shown` (the name the user knows: a file's name, its path on the command line,
/// "Pasted text"), after `lead` ("Could not import", "Could not read"; "" for none), and
/// ended by a full stop. `name` is how the reader's message names the source (a file's
/// base name, "pasted text"); a message that opens with it (in any case) is not prefixed
/// again: "a.json is empty" reads "Could not import a.json: it is empty" after a lead,
/// "dir/a.json is empty" without one (trial 47: "Could not import junk.bin.txt:
/// junk.bin.txt looks like…"). A message that names it by `shown` elsewhere is kept whole
/// when there is no lead. Every refusal the page, the class view and the command line show of a file
/// or a paste is said through here.
pub fn naming(lead: &str, shown: &str, name: &str, msg: &str) -> String {
    let msg = msg.trim_end();
    let rest = msg
        .get(..name.len())
        .filter(|head| !name.is_empty() && head.eq_ignore_ascii_case(name))
        .map(|_| &msg[name.len()..])
        .filter(|rest| rest.is_empty() || rest.starts_with([' ', ':', ',']));
    let said = match (rest, lead.is_empty()) {
        (Some(rest), true) => format!("{shown}{rest}"),
        // "a.jsonl line 3: …", "x.zip: a.txt is …": the place follows the name.
        (Some(rest), false) if rest.starts_with(" line ") || !rest.starts_with(' ') => {
            format!("{lead} {shown}{rest}")
        }
        (Some(rest), false) => format!("{lead} {shown}: it{rest}"),
        (None, true) if msg.contains(shown) => msg.to_string(),
        (None, true) => format!("{shown}: {msg}"),
        (None, false) => format!("{lead} {shown}: {msg}"),
    };
    with_stop(shown_bidi_controls(said))
}

/// `text` with each bidirectional embedding, override or isolate control (U+202A-U+202E,
/// U+2066-U+2069) written out as "[U+202E]": a file named "\u{202E}txt.exe junk.txt" turned
/// the whole refusal around ("s'elcitra na ton …", the last pass of session 48), and hid the
/// name's true order. Text without such controls is returned as it is.
fn shown_bidi_controls(text: String) -> String {
    let control = |c: char| matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
    if !text.contains(control) {
        return text;
    }
    text.chars()
        .map(|c| match control(c) {
            true => format!("[U+{:04X}]", c as u32),
            false => c.to_string(),
        })
        .collect()
}

/// `text` ended by a full stop unless it ends a sentence already (., ! or ?, or an
/// ellipsis of a text cut short).
pub fn with_stop(mut text: String) -> String {
    if !text.ends_with(['.', '!', '?', '\u{2026}']) {
        text.push('.');
    }
    text
}

/// Which size limit [`check_size`] applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SizeLimit {
    /// [`MAX_ARTICLE_BYTES`], for [`read_article`](super::read_article).
    Article,
    /// [`MAX_IMPORT_BYTES`], for [`import`](super::import).
    Import,
}

impl SizeLimit {
    /// The limit in bytes.
    pub fn bytes(self) -> u64 {
        match self {
            SizeLimit::Article => MAX_ARTICLE_BYTES,
            SizeLimit::Import => MAX_IMPORT_BYTES,
        }
    }
}

/// Refuse a file of `len` bytes that is over the limit, before reading it.
pub fn check_size(file_name: &str, len: u64, limit: SizeLimit) -> Result<(), FormatError> {
    let max = limit.bytes();
    if len <= max {
        return Ok(());
    }
    let what = match limit {
        SizeLimit::Article => "articles up to",
        SizeLimit::Import => "workspace files up to",
    };
    let advice = match limit {
        SizeLimit::Article => "load the article's text alone (a .txt file) or a shorter part of it",
        SizeLimit::Import => "split the workspace into smaller files",
    };
    Err(FormatError::of(
        ErrorKind::TooLarge,
        format!(
            "{file_name} is {}; Parallax reads {what} {}. Please {advice}.",
            human_size(len, max),
            human_size(max, len)
        ),
    ))
}

/// `n` bytes for a message, in MB or KB with one decimal; with the exact count of bytes
/// too when `other` (the figure it is compared with) would read the same.
fn human_size(n: u64, other: u64) -> String {
    let short = |n: u64| {
        const MB: u64 = 1024 * 1024;
        if n >= MB {
            format!("{:.1} MB", n as f64 / MB as f64)
        } else if n >= 1024 {
            format!("{:.1} KB", n as f64 / 1024.0)
        } else {
            format!("{n} bytes")
        }
    };
    let s = short(n);
    if n >= 1024 && s == short(other) {
        format!("{s} ({} bytes)", grouped(n))
    } else {
        s
    }
}

/// `n` with its thousands grouped by commas: 5242880 -> "5,242,880" (for messages).
pub fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::{import, read_article};
    use crate::model::{Label, Workspace};

    /// Words a refusal's advice starts with (after a separator: "; choose …", ". Save …").
    const INSTRUCTIONS: &[&str] = &[
        "add", "choose", "convert", "copy", "correct", "export", "fix", "import", "load", "open",
        "paste", "please", "put", "remove", "save", "set", "split", "unzip", "zip",
    ];

    /// Whether `msg` tells the user what to do: one of [`INSTRUCTIONS`] opens a clause.
    fn instructs(msg: &str) -> bool {
        let m = msg.to_lowercase();
        INSTRUCTIONS.iter().any(|v| {
            ["; ", ": ", ". ", ", or ", ", and ", "\n", "(or "]
                .iter()
                .any(|sep| m.contains(&format!("{sep}{v} ")))
        })
    }

    /// One refusal of every kind, from the readers themselves: (source name, error).
    fn refusals() -> Vec<(&'static str, FormatError)> {
        let ws = |f: &dyn Fn(&mut serde_json::Value)| {
            let mut w = Workspace::new();
            let d = w.add_document("Ferry", "a.txt", "The ferry sank. Nobody was hurt.");
            let _ = w.add_span(&d, 4, 9, Label::Claim);
            let mut v = crate::formats::json::to_value(&w);
            f(&mut v);
            v.to_string().into_bytes()
        };
        let import_err = |name: &str, bytes: &[u8]| import(name, bytes).err();
        let article_err = |name: &str, bytes: &[u8]| read_article(name, bytes).err();
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
        let zw = "\u{200b}\u{feff}\u{200c}\u{200d}\u{2060}\n".as_bytes();
        let cases: Vec<(&'static str, Option<FormatError>)> = vec![
            ("big.json", check_size("big.json", SizeLimit::Import.bytes() + 1, SizeLimit::Import).err()),
            ("big.txt", check_size("big.txt", SizeLimit::Article.bytes() + 1, SizeLimit::Article).err()),
            ("empty.json", import_err("empty.json", b"")),
            ("blank.json", import_err("blank.json", b" \n\t ")),
            ("zw.json", import_err("zw.json", zw)),
            ("zw.txt", article_err("zw.txt", zw)),
            ("list.json", import_err("list.json", b"[]")),
            ("none.json", import_err("none.json", &ws(&|v| v["documents"] = serde_json::json!([])))),
            ("page.html", article_err("page.html", b"<html><body><p></p></body></html>")),
            ("junk.bin.txt", article_err("junk.bin.txt", png)),
            ("junk.bin", import_err("junk.bin", png)),
            ("bad.json", import_err("bad.json", b"{\"format\": \"parallax\", ")),
            ("bad2.json", import_err("bad2.json", b"{\"format\": \"parallax\" x}")),
            ("bad.jsonl", import_err("bad.jsonl", b"{\"text\": \"A.\"}\n{oops\n")),
            ("sur.json", import_err("sur.json", b"{\"text\": \"\\ud83d\"}")),
            ("bad.zip", import_err("bad.zip", b"PK\x03\x04 not really a zip")),
            ("new.json", import_err("new.json", &ws(&|v| v["version"] = 99.into()))),
            ("fmt.json", import_err("fmt.json", &ws(&|v| v["format"] = 5.into()))),
            ("nov.json", import_err("nov.json", &ws(&|v| {
                if let Some(o) = v.as_object_mut() {
                    o.remove("version");
                }
            }))),
            ("span.json", import_err("span.json", &ws(&|v| v["spans"][0]["end"] = 99.into()))),
            ("spans.json", import_err("spans.json", &ws(&|v| {
                v["spans"][0]["end"] = 99.into();
                v["spans"][0]["label"] = "nonsense".into();
            }))),
            ("notes.json", import_err("notes.json", b"{\"hello\": 1}")),
            ("notes.txt", import_err("notes.txt", b"Just an article.")),
            ("data.csv", import_err("data.csv", b"a,b\n1,2\n")),
            ("x.conll", import_err("x.conll", b"The\tO\n")),
            ("x.ann", import_err("x.ann", b"T1\tEvent 0 3\tThe\n")),
            ("doc.rtf", article_err("doc.rtf", b"{\\rtf1\\ansi Hello}")),
            ("pasted text", article_err("pasted text", b"{\\rtf1\\ansi Hello}")),
            ("pairs.jsonl", import_err("pairs.jsonl", b"{\"sentence1\": \"A.\", \"sentence2\": \"B.\", \"label\": 1}\n")),
            ("w3c.json", import_err("w3c.json", br#"{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation", "target": {"source": "a"}}"#)),
        ];
        cases
            .into_iter()
            .map(|(name, e)| (name, e.unwrap_or_else(|| panic!("{name} was not refused"))))
            .collect()
    }

    #[test]
    fn every_refusal_names_its_source_once_ends_with_a_stop_and_says_what_to_do() {
        let refusals = refusals();
        // Every kind is walked (a new kind must get a case here).
        let kinds = [
            ErrorKind::TooLarge,
            ErrorKind::Empty,
            ErrorKind::Binary,
            ErrorKind::Syntax,
            ErrorKind::Version,
            ErrorKind::Invalid,
            ErrorKind::Unsupported,
        ];
        for kind in kinds {
            match kind {
                ErrorKind::TooLarge
                | ErrorKind::Empty
                | ErrorKind::Binary
                | ErrorKind::Syntax
                | ErrorKind::Version
                | ErrorKind::Invalid
                | ErrorKind::Unsupported => {}
            }
            assert!(
                refusals.iter().any(|(_, e)| e.kind == kind),
                "no case of {kind:?}"
            );
        }
        for (name, e) in &refusals {
            assert!(
                instructs(&e.message),
                "{name} ({:?}) says nothing to do: {e}",
                e.kind
            );
            let shown = if *name == "pasted text" {
                "Pasted text"
            } else {
                name
            };
            for lead in ["Could not import", "Could not read", ""] {
                let said = naming(lead, shown, name, &e.message);
                let times = said.to_lowercase().matches(&name.to_lowercase()).count();
                assert_eq!(times, 1, "{name} named {times} times: {said}");
                assert!(said.ends_with('.'), "{said}");
                assert!(said.starts_with(lead), "{said}");
            }
        }
    }

    #[test]
    fn a_name_with_a_bidi_override_cannot_turn_the_message_around() {
        let said = naming(
            "Could not import",
            "\u{202E}txt.exe junk.txt",
            "\u{202E}txt.exe junk.txt",
            "\u{202E}txt.exe junk.txt looks like a binary file, not an article",
        );
        assert_eq!(
            said,
            "Could not import [U+202E]txt.exe junk.txt: it looks like a binary file, not an article."
        );
        // Other names are left as they are, right-to-left letters included.
        let plain = naming(
            "Could not import",
            "שלום.txt",
            "שלום.txt",
            "שלום.txt is empty",
        );
        assert_eq!(plain, "Could not import שלום.txt: it is empty.");
    }

    #[test]
    fn naming_takes_the_name_a_message_opens_with() {
        let msg =
            "junk.bin.txt looks like a PNG image, not a workspace file; import a Parallax JSON";
        assert_eq!(
            naming("Could not import", "junk.bin.txt", "junk.bin.txt", msg),
            "Could not import junk.bin.txt: it looks like a PNG image, not a workspace file; \
             import a Parallax JSON."
        );
        assert_eq!(
            naming("", "dir/junk.bin.txt", "junk.bin.txt", msg),
            "dir/junk.bin.txt looks like a PNG image, not a workspace file; import a Parallax JSON."
        );
        // A place after the name, or another case ("pasted text" for "Pasted text").
        assert_eq!(
            naming(
                "Could not import",
                "a.jsonl",
                "a.jsonl",
                "a.jsonl line 3: not JSON; fix it."
            ),
            "Could not import a.jsonl line 3: not JSON; fix it."
        );
        assert_eq!(
            naming(
                "",
                "Pasted text",
                "Pasted text",
                "pasted text is an RTF document; save it."
            ),
            "Pasted text is an RTF document; save it."
        );
        // Near cases: a name that only starts the first word is no name; a message that
        // does not name it is prefixed; one that names it later is kept whole with no lead.
        assert_eq!(
            naming(
                "Could not read",
                "a.json",
                "a.json",
                "a.jsonl is other; fix it"
            ),
            "Could not read a.json: a.jsonl is other; fix it."
        );
        assert_eq!(
            naming("", "a.txt", "a.txt", "line 3: bad…"),
            "a.txt: line 3: bad…"
        );
        assert_eq!(naming("", "a.txt", "a.txt", "see a.txt."), "see a.txt.");
    }
}

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

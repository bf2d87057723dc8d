//! Building a new workspace from what an importer read. The rules (ranges, links,
//! relations, ids, one span per range and label) are the model's own
//! ([`crate::model::rules`], the ones the editor obeys): the workspace is built through
//! [`crate::model::Builder`]. This module adds what only a file can get wrong (labels by
//! name, span texts that moved, with optional re-anchoring, scores) and writes messages
//! naming what is wrong and where.
//!
//! Each importer fills a [`Draft`] with raw items (each with a `at` location such as
//! `spans[3] (id "s7")` or `line 4`) and calls [`Draft::finish`]: strict (a bad item
//! refuses the file) or lenient (a bad item is left out and named).

use super::{ErrorKind, FormatError};
use crate::model::{Flag, LinkKind, Origin, Rejection};
use std::collections::HashSet;

mod finish;

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
    /// Leave bad items out and name them in the warnings instead of refusing the file
    /// (the recovery of a damaged save, [`super::salvage`]).
    pub lenient: bool,
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

/// What a refusal of a file whose content is wrong ([`ErrorKind::Invalid`], no
/// re-anchoring) ends with.
pub(crate) const FIX_INVALID: &str = "Correct this in the program that wrote the file and \
     export it again (or edit the file), then import it again.";

/// At most this many problems are listed in one error message.
const MAX_LISTED: usize = 8;

/// Turn problems into one error: the first few, and how many more. `utf16_offsets`: the
/// spans' offsets count UTF-16 units (see [`FormatError::utf16_offsets`]), said when every
/// problem is one re-anchoring can repair; `misplaced`: the articles' texts are unchanged
/// (see [`FormatError::offsets_misplaced`]), said likewise.
pub(crate) fn problems_error(
    problems: Vec<Problem>,
    utf16_offsets: bool,
    misplaced: bool,
) -> FormatError {
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
    let mut e = FormatError {
        message: String::new(),
        kind: ErrorKind::Invalid,
        can_reanchor,
        utf16_offsets: can_reanchor && utf16_offsets,
        offsets_misplaced: can_reanchor && !utf16_offsets && misplaced,
    };
    if can_reanchor {
        message.push('\n');
        message.push_str(&e.page_advice());
    } else if n > 0 {
        // Every refusal says what to do (session 48).
        message = super::with_stop(message);
        message.push_str(if n == 1 { " " } else { "\n" });
        message.push_str(FIX_INVALID);
    }
    e.message = message;
    e
}

/// Show a text briefly in a message, as written: between typographic quotation marks
/// (“…”), at most 60 code points ([`crate::model::text::ellipsize`]: cut at a word and
/// ended by …). The user reads it: its own quotation marks, accents, emoji and the
/// joiners inside an emoji stay as they are (trial 35, F12: Rust's escapes were shown,
/// `"\"We lost everything` and `\u{200d}`); only a line break or another control
/// character, which would break the message's line, is shown as a space.
pub(crate) fn brief(text: &str) -> String {
    let shown: String = crate::model::text::ellipsize(text, 60)
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    format!("\u{201c}{shown}\u{201d}")
}

/// The occurrence of `quote` in `text` whose start is nearest to code point `near`, and
/// how many times `quote` occurs in `text` (more than one: the choice is a guess).
pub(crate) fn nearest(text: &str, quote: &str, near: u64) -> Option<(u64, u64, usize)> {
    let qlen = quote.chars().count() as u64;
    let mut best: Option<(u64, u64)> = None;
    let mut count = 0;
    let mut from = 0;
    // Byte offsets of matches, converted to code points incrementally.
    let mut cp = 0u64;
    let mut last_byte = 0usize;
    while let Some(pos) = text[from..].find(quote) {
        let byte = from + pos;
        cp += text[last_byte..byte].chars().count() as u64;
        last_byte = byte;
        count += 1;
        let dist = cp.abs_diff(near);
        if best.is_none_or(|(_, d)| dist < d) {
            best = Some((cp, dist));
        }
        let step = text[byte..].chars().next().map_or(1, char::len_utf8);
        from = byte + step;
    }
    best.map(|(s, _)| (s, s + qlen, count))
}

pub(crate) use super::read;

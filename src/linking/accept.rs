//! Applying the user's decisions to the workspace: accepting a suggestion (a new span over
//! the part that matches, and the link), linking two spans by hand with the flags a
//! suggestion between them would carry, and what rejecting one remembers.

use super::{model_flags, Matching, SpanSuggestion};
use crate::model::{Document, ModelError, Origin, Rejection, Span, Workspace};

/// Accept a suggestion: create the target span if needed (with the suggestion's label: the
/// source span's, or a claim for a quote matched in reported speech)
/// and link it to the source (`origin: matcher`, the score, the flags). The link's kind is
/// [`SpanSuggestion::kind_on`] the source span: a clause whose flags all lie in the rest of
/// its sentence makes a `same` link, those flags kept on it (trial 48). Returns the link id.
/// Nothing changes if it fails (the source span is gone, the range no longer fits...).
pub fn accept(ws: &mut Workspace, s: &SpanSuggestion) -> Result<String, ModelError> {
    let source = ws
        .span(&s.source)
        .ok_or_else(|| ModelError::NoSuchSpan(s.source.clone()))?;
    let label = s.label;
    // A flag on the span's dated head ("Thursday 09:00 – ") is the span's own.
    let kind = s.kind_on(super::span_reach(ws, source));
    let existing = s
        .target_span
        .as_deref()
        .filter(|id| ws.span(id).is_some_and(|t| t.doc == s.target_doc))
        .map(str::to_string);
    // Check everything that could fail before changing anything.
    if s.target_doc == source.doc {
        return Err(ModelError::SameDocumentLink {
            a: s.source.clone(),
            b: s.target_span.clone().unwrap_or_default(),
        });
    }
    let target = match existing {
        Some(id) => id,
        None => {
            ws.check_range(&s.target_doc, s.start, s.end)?;
            ws.add_span(&s.target_doc, s.start, s.end, label)?
        }
    };
    ws.add_link_of_kind(
        &s.source,
        &target,
        Origin::Matcher,
        Some(s.score),
        s.model_flags(),
        kind,
    )
}

/// Link spans `a` and `b` by hand (`origin: manual`, no score): the link gets the flags
/// accepting a suggestion to link the two spans would give (span text against span text,
/// speakers from the workspace's attributions; `Matching::span_pair`), and so its kind
/// as an accepted link does: `differs` when flagged, else `same`. Returns the link id (an
/// existing link's, if the pair is linked already). Errors: as [`Workspace::add_link`].
pub fn link_by_hand(ws: &mut Workspace, a: &str, b: &str) -> Result<String, ModelError> {
    let flags = match (ws.span(a), ws.span(b)) {
        (Some(sa), Some(sb)) if sa.doc != sb.doc => {
            // Flags read only the two texts: a corpus of the two articles gives the same
            // flags as the whole workspace's, without indexing every article; of a long
            // article, only the text around the span and its attributions is indexed.
            let docs: Vec<Document> = [sa, sb]
                .into_iter()
                .filter_map(|s| Some(around(ws.document(&s.doc)?, &kept_ranges(ws, s))))
                .collect();
            Matching::new(&docs)
                .span_pair(ws, sa, sb)
                .map(|s| model_flags(&s.flags))
                .unwrap_or_default()
        }
        // Not a valid pair: add_link says why.
        _ => Vec::new(),
    };
    ws.add_link(a, b, Origin::Manual, None, flags)
}

/// Articles longer than this (bytes of UTF-8) are cut down to the text around a hand-drawn
/// link's span before its flags are computed ([`around`]), so that linking by hand in a
/// multi-megabyte article does not index all of it on the page's thread.
const LONG_ARTICLE: usize = 100_000;

/// How much text around a kept range [`around`] keeps on each side (code points): far
/// more than a sentence.
const AROUND: usize = 4_000;

/// The ranges of `span`'s document a hand-drawn link's flags read: the span and the
/// attribution spans attributing it.
fn kept_ranges(ws: &Workspace, span: &Span) -> Vec<(usize, usize)> {
    let attributions = ws
        .relations
        .iter()
        .filter(|r| r.to == span.id)
        .filter_map(|r| ws.span(&r.from))
        .filter(|a| a.doc == span.doc)
        .map(|a| (a.start, a.end));
    std::iter::once((span.start, span.end))
        .chain(attributions)
        .collect()
}

/// `doc` itself when it is short; else a copy whose text keeps [`AROUND`] code points
/// around each of `keep` and line breaks, every other character a space, so every code
/// point offset stays where it was while the rest costs nothing to index.
fn around(doc: &Document, keep: &[(usize, usize)]) -> Document {
    if doc.text.len() <= LONG_ARTICLE {
        return doc.clone();
    }
    let windows: Vec<(usize, usize)> = keep
        .iter()
        .map(|&(s, e)| (s.saturating_sub(AROUND), e.saturating_add(AROUND)))
        .collect();
    let text: String = doc
        .text
        .chars()
        .enumerate()
        .map(|(i, c)| {
            if c == '\n' || windows.iter().any(|&(s, e)| (s..e).contains(&i)) {
                c
            } else {
                ' '
            }
        })
        .collect();
    Document::new(
        doc.id.clone(),
        doc.title.clone(),
        doc.source.clone(),
        text.into(),
    )
}

/// What rejecting a suggestion remembers: the source span and the suggested sentence.
pub fn rejection(s: &SpanSuggestion) -> Rejection {
    Rejection {
        span: s.source.clone(),
        doc: s.target_doc.clone(),
        start: s.sentence.0,
        end: s.sentence.1,
    }
}

/// Whether a suggestion computed earlier still applies to `ws`: its source span exists
/// unchanged, it is not rejected, and the source is not yet linked to its target.
pub fn still_applies(ws: &Workspace, s: &SpanSuggestion) -> bool {
    let Some(src) = ws.span(&s.source) else {
        return false;
    };
    if src.doc != s.source_doc || ws.document(&s.target_doc).is_none() {
        return false;
    }
    if ws.is_rejected(&s.source, &s.target_doc, s.sentence.0, s.sentence.1)
        || ws.is_rejected(&s.source, &s.target_doc, s.start, s.end)
    {
        return false;
    }
    if let Some(t) = &s.target_span {
        if ws.span(t).is_none() {
            return false;
        }
    }
    !ws.links_of(&s.source).any(|l| {
        let other = if l.a == s.source { &l.b } else { &l.a };
        ws.span(other).is_some_and(|t| {
            t.doc == s.target_doc && t.start < s.sentence.1 && s.sentence.0 < t.end
        })
    })
}

//! The reducer's edits of spans and articles: loading articles (one undo step per drop),
//! labelling a selection (snapped to words or trimmed, in code points), relabelling with
//! the attribution it breaks named, clicks on spans, and moving the selection along the
//! spans in reading order.

use super::{AppState, NoticeAction, NoticeKind, PickedRange};
use crate::formats;
use crate::model::{text, Label, Workspace};
use std::rc::Rc;

impl AppState {
    /// Add read articles as one undo step; a failed read, an empty text or an article
    /// already loaded becomes a notice instead.
    pub(super) fn add_articles(&mut self, items: Vec<(String, Result<formats::Article, String>)>) {
        let mut added = Vec::new();
        let mut refused = Vec::new();
        let mut next = (**self.workspace()).clone();
        for (name, result) in items {
            match result {
                Err(msg) => refused.push(naming(&name, &msg)),
                Ok(article) => {
                    if formats::decode::is_blank(&article.text) {
                        self.notify(
                            NoticeKind::Error,
                            format!("{name} has no text to annotate; choose another file."),
                        );
                        continue;
                    }
                    if let Some(d) = next.find_same_article(&article.text) {
                        let how = if *d.text == *article.text {
                            ""
                        } else {
                            " (it differs only in line ends, a byte order mark or trailing white space)"
                        };
                        self.notify(
                            NoticeKind::Info,
                            format!(
                                "{name} is already loaded as \u{201c}{}\u{201d}{how}; not added again.",
                                d.title
                            ),
                        );
                        continue;
                    }
                    for note in &article.notes {
                        self.notify(NoticeKind::Info, naming(&name, note));
                    }
                    // Said once, on loading (trial 28, F13): a run with no sentence stop is
                    // matched in pieces (`matcher::segment`), so a link never covers it.
                    if let Some(n) = crate::matcher::longest_cut(&article.text) {
                        self.notify(
                            NoticeKind::Info,
                            format!(
                                "{name} has a stretch of {} characters with no sentence stop; \
                                 suggestions read it in pieces of at most {} characters.",
                                crate::formats::grouped(n as u64),
                                crate::formats::grouped(crate::matcher::SENTENCE_MAX as u64)
                            ),
                        );
                    }
                    let id = next.add_document(&article.title, &name, &article.text);
                    let _ = next.set_document_meta(&id, article.meta.clone());
                    let _ = next.set_imported_from(&id, crate::model::ImportedFrom::Text);
                    added.push(article.title);
                }
            }
        }
        // Every refused file of the pick in one notice: the notices shown are few, and a
        // refusal pushed out by the next is never seen.
        match refused.as_slice() {
            [] => {}
            [one] => self.notify(NoticeKind::Error, one.clone()),
            many => self.notify(
                NoticeKind::Error,
                format!(
                    "{} files were not loaded:\n{}",
                    many.len(),
                    many.iter()
                        .map(|m| format!("\u{2022} {m}"))
                        .collect::<Vec<_>>()
                        .join("\n")
                ),
            ),
        }
        if !added.is_empty() {
            self.history.push(Rc::new(next));
        }
    }

    /// Label the picked range `(doc, start, end)` in code points (snapped to words or
    /// trimmed), or relabel the selected span when nothing is picked; else say how.
    pub(super) fn label(&mut self, picked: Option<PickedRange>, label: Label) {
        match picked {
            Some(Err(msg)) => self.notify(NoticeKind::Error, msg),
            Some(Ok((doc, start, end))) => {
                let ws = self.workspace().clone();
                let Some(d) = ws.document(&doc) else {
                    self.notify(NoticeKind::Error, "That article is no longer loaded.");
                    return;
                };
                // With the document's offset index: independent of the text's length.
                let range = if self.snap {
                    text::snap_to_words_in(&d.text, d.offsets(), start, end).map(|r| {
                        // A claim up to a sentence's last word takes its stop, as an
                        // accepted suggestion's span does (trial 33, F14).
                        if label == Label::Claim {
                            text::take_final_stop(&d.text, d.offsets(), r)
                        } else {
                            r
                        }
                    })
                } else {
                    text::trim_range_in(&d.text, d.offsets(), start, end)
                };
                let Some((s, e)) = range else {
                    self.notify(
                        NoticeKind::Info,
                        "Only white space is selected; select some words first.",
                    );
                    return;
                };
                if let Some(id) = self.edit("add the span", |w| w.add_span(&doc, s, e, label)) {
                    self.selected = Some(id);
                }
            }
            None => match self.selected.clone() {
                Some(id) => self.relabel(&id, label),
                None => self.notify(
                    NoticeKind::Info,
                    format!(
                        "Select some text in an article first, then press {} or click \u{201c}{label}\u{201d}.",
                        label.key()
                    ),
                ),
            },
        }
    }

    /// Change a span's label; if that breaks an attribution relation (a claim cannot
    /// attribute), say so with an Undo button.
    pub(super) fn relabel(&mut self, id: &str, label: Label) {
        let before = self.workspace().clone();
        if self
            .edit("change the label", |w| w.set_label(id, label))
            .is_some()
        {
            let change = crate::model::change::describe(&before, self.workspace());
            if change.broken_relations > 0 {
                self.notify_with(
                    NoticeKind::Error,
                    format!(
                        "{}: a {label} cannot be part of that attribution, so {} removed. \
                         Undo with Ctrl+Z to keep it.",
                        capitalised(change.parts.first().map_or("", String::as_str)),
                        if change.broken_relations == 1 {
                            "the relation was".to_string()
                        } else {
                            format!("{} relations were", change.broken_relations)
                        }
                    ),
                    Some(NoticeAction::Undo),
                );
            }
        }
        self.tidy();
    }

    /// A click on span `id` outside manual-link mode: completes an attribution, or
    /// selects the span (deselects it when it was selected).
    pub(super) fn click_span(&mut self, id: String) {
        if let Some(from) = self.connecting.clone() {
            if from == id {
                self.connecting = None;
                return;
            }
            if let Some(why) = attribution_refused(self.workspace(), &from, &id) {
                // Still attributing: the user can click the right span next.
                self.notify(NoticeKind::Error, why);
                return;
            }
            if self
                .edit("attribute", |w| w.add_relation(&from, &id))
                .is_some()
            {
                self.connecting = None;
                self.selected = Some(id);
            }
            return;
        }
        self.selected = if self.selected.as_deref() == Some(&id) {
            None
        } else {
            Some(id)
        };
    }

    /// Select the next (`step` +1) or previous (-1) span in reading order: articles left
    /// to right, then by start, the longer of two spans with the same start first.
    pub(super) fn select_adjacent(&mut self, step: isize) {
        let ws = self.workspace().clone();
        let order: std::collections::HashMap<&str, usize> = ws
            .documents
            .iter()
            .enumerate()
            .map(|(i, d)| (d.id.as_str(), i))
            .collect();
        let mut spans: Vec<_> = ws.spans.iter().collect();
        spans.sort_by_key(|x| {
            (
                order.get(x.doc.as_str()).copied(),
                x.start,
                std::cmp::Reverse(x.end),
            )
        });
        if !spans.is_empty() {
            let n = spans.len() as isize;
            let at = self
                .selected
                .as_deref()
                .and_then(|id| spans.iter().position(|x| x.id == id))
                .map(|i| (i as isize + step).rem_euclid(n))
                .unwrap_or(if step > 0 { 0 } else { n - 1 });
            self.selected = Some(spans[at as usize].id.clone());
        }
    }
}

/// `text` with its first letter in upper case.
fn capitalised(text: &str) -> String {
    let mut c = text.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// A message about file `name` (or "Pasted text") naming it once: see [`formats::naming`].
fn naming(name: &str, msg: &str) -> String {
    formats::naming("", name, name, msg)
}

/// Why attribution span `from` cannot credit span `to`, in the user's words (titles and
/// span texts, not ids), or `None` when it can: `to` must be a quote or a claim of the
/// same article.
fn attribution_refused(ws: &Workspace, from: &str, to: &str) -> Option<String> {
    let (a, b) = (ws.span(from)?, ws.span(to)?);
    let title = |doc: &str| {
        ws.document(doc)
            .map(|d| d.title.clone())
            .unwrap_or_default()
    };
    if a.doc != b.doc {
        return Some(format!(
            "An attribution credits a quote or claim of its own article: click one in \
             \u{201c}{}\u{201d} (or Esc to stop attributing).",
            title(&a.doc)
        ));
    }
    if !matches!(b.label, Label::Quote | Label::Claim) {
        return Some(format!(
            "{} is {} {} span; an attribution credits a quote or a claim: click one (or Esc \
             to stop attributing).",
            crate::model::change::quoted(ws, b),
            if b.label == Label::Attribution {
                "an"
            } else {
                "a"
            },
            b.label
        ));
    }
    None
}

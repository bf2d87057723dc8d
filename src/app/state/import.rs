//! Importing a workspace file into the reducer: read it (any supported format), then
//! replace an empty workspace at once or ask whether to merge or replace; a file whose
//! offsets do not match its text offers to re-anchor. An article file (.txt, .md, .html)
//! that is no workspace file is added as an article, with a notice saying so.

use super::{merge::merge, AppState, ImportMode, NoticeAction, NoticeKind, PendingImport};
use crate::formats::{self, ImportOptions};
use std::rc::Rc;

impl AppState {
    /// Read workspace file `name`; an empty workspace is replaced at once, else the
    /// import waits in `pending_import` for merge or replace.
    pub(super) fn import(&mut self, name: String, bytes: Rc<[u8]>, reanchor: bool) {
        let options = ImportOptions { reanchor };
        let result = formats::import_with(&name, &bytes, &options);
        self.import_parsed(name, bytes, result);
    }

    /// [`AppState::import`] from the parse on: `result` is what
    /// `formats::import_with(name, bytes, ..)` returned (an error offers to re-anchor
    /// `bytes` when it can).
    pub(super) fn import_parsed(
        &mut self,
        name: String,
        bytes: Rc<[u8]>,
        result: Result<formats::Imported, formats::FormatError>,
    ) {
        match result {
            // An article picked with Import… (trial 28, F14): loaded as Open files… would,
            // and said so.
            Err(e) if e.kind == formats::ErrorKind::Unsupported && is_article_file(&name) => {
                let before = self.workspace().documents.len();
                let article = formats::read_article(&name, &bytes).map_err(|e| e.to_string());
                self.add_articles(vec![(name.clone(), article)]);
                if self.workspace().documents.len() > before {
                    self.notify(
                        NoticeKind::Info,
                        format!(
                            "{name} is not a workspace file; added it as an article (Open \
                             files\u{2026} loads articles, Import\u{2026} workspace files)."
                        ),
                    );
                }
            }
            Err(e) => {
                let action = e.can_reanchor.then(|| NoticeAction::Reanchor {
                    name: name.clone(),
                    bytes: bytes.clone(),
                });
                self.notify_with(
                    NoticeKind::Error,
                    formats::naming("Could not import", &name, &name, &e.message),
                    action,
                );
            }
            Ok(imported) => {
                let pending = PendingImport {
                    name,
                    imported: Rc::new(imported.workspace),
                    warnings: imported.warnings,
                    left_out: imported.left_out,
                };
                if self.workspace().is_empty() {
                    self.finish_import(pending, ImportMode::Replace);
                } else {
                    self.pending_import = Some(pending);
                }
            }
        }
    }

    /// Merge or replace with a pending import (one undo step) and say what happened.
    pub(super) fn finish_import(&mut self, pending: PendingImport, mode: ImportMode) {
        // Every warning in one notice: the page keeps only the newest few information
        // notices, and one per moved span lost the first (trial 35, F12).
        if let Some(text) = formats::warnings_notice(&pending.name, &pending.warnings) {
            self.notify(NoticeKind::Info, text);
        }
        // Re-anchoring kept every span it could place; what it could not is one error
        // notice naming each item (trial 24, U4: the whole file was refused).
        if !pending.left_out.is_empty() {
            self.notify(
                NoticeKind::Error,
                formats::left_out_notice(&pending.name, &pending.left_out),
            );
        }
        let n = pending.imported.documents.len();
        match mode {
            ImportMode::Replace => {
                self.history.push(pending.imported.clone());
                self.notify_with(
                    NoticeKind::Info,
                    format!(
                        "Imported {} ({n} article{}). Undo with Ctrl+Z.",
                        pending.name,
                        if n == 1 { "" } else { "s" }
                    ),
                    Some(NoticeAction::Undo),
                );
            }
            ImportMode::Merge => {
                // Merged on a copy: a file that adds nothing is said so, with no undo step.
                let before = self.workspace().clone();
                let mut next = (*before).clone();
                match merge(&mut next, &pending.imported) {
                    Err(e) => self.notify(
                        NoticeKind::Error,
                        format!("Could not merge the import: {e}."),
                    ),
                    Ok(()) if next == *before => self.notify(
                        NoticeKind::Info,
                        format!(
                            "Merged {} into the workspace: nothing new (its articles, spans and \
                             links were all there already).",
                            pending.name
                        ),
                    ),
                    Ok(()) => {
                        let change = crate::model::change::describe(&before, &next);
                        self.history.push(Rc::new(next));
                        let what = if change.parts.is_empty() {
                            String::new()
                        } else {
                            format!(": {}", change.summary())
                        };
                        self.notify(
                            NoticeKind::Info,
                            format!(
                                "Merged {} into the workspace{what}. Undo with Ctrl+Z.",
                                pending.name
                            ),
                        );
                    }
                }
            }
        }
        self.selected = None;
        self.connecting = None;
    }
}

/// Whether `name` is named as an article file (.txt, .md, .markdown, .html, .htm, .xhtml).
fn is_article_file(name: &str) -> bool {
    let n = name.to_ascii_lowercase();
    [".txt", ".md", ".markdown", ".html", ".htm", ".xhtml"]
        .iter()
        .any(|ext| n.ends_with(ext))
}

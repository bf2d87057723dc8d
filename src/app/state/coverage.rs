//! The app's coverage state and actions: which articles sit side by side (the rest stay
//! in the article switcher, one click away), the fact-by-outlet matrix (open, sort
//! order), and editing an article's outlet metadata (undoable).
//!
//! Plain Rust (no web-sys): the reducer calls [`apply`] for [`Action::Coverage`](
//! crate::app::state::Action::Coverage).

use super::{AppState, NoticeKind};
use crate::model::{DocMeta, ModelError};
use crate::report::matrix::SortBy;
use std::rc::Rc;

/// How many articles sit side by side at most once the user chooses.
pub const MAX_SIDE_BY_SIDE: usize = 3;

/// Coverage view state (not part of the workspace, so not undone).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CoverageState {
    /// The documents shown side by side, in the order chosen; empty means all.
    pub pinned: Vec<String>,
    /// The matrix is open (it covers the columns).
    pub matrix_open: bool,
    /// The order of the matrix's rows.
    pub sort: SortBy,
}

/// Coverage actions.
#[derive(Debug, Clone, PartialEq)]
pub enum CoverageAction {
    /// Replace a document's outlet, author, date and URL (one undo step).
    SetMeta {
        /// The document id.
        doc: String,
        /// The new details (all four fields).
        meta: DocMeta,
    },
    /// Bring a document to the side-by-side view (the oldest shown one makes room).
    Show(String),
    /// Add a document to, or take it from, the side-by-side view.
    Toggle(String),
    /// Show every article again.
    ShowAll,
    /// Move the side-by-side window one article right (+1) or left (-1).
    Shift(isize),
    /// Open (true) or close the matrix.
    OpenMatrix(bool),
    /// Open the matrix if closed, else close it (key M).
    ToggleMatrix,
    /// Order the matrix's rows.
    Sort(SortBy),
    /// From a matrix cell: select the span, close the matrix, show its article.
    GoTo(String),
}

/// Drop pinned documents that are gone (removed, undone), and bring the selected span's
/// article into the side-by-side view when it is not shown (selected from the keyboard,
/// the links list or the inspector).
pub fn tidy(s: &mut AppState) {
    let ws = s.workspace().clone();
    s.coverage.pinned.retain(|d| ws.document(d).is_some());
    if let Some(doc) = selected_doc(s) {
        show(s, &doc);
    }
}

/// The document of the selected span, if a span is selected.
fn selected_doc(s: &AppState) -> Option<String> {
    let id = s.selected.as_deref()?;
    s.workspace().span(id).map(|x| x.doc.clone())
}

fn show(s: &mut AppState, doc: &str) {
    // With every article shown there is nothing to change (the page scrolls to it).
    let c = &mut s.coverage;
    if c.pinned.is_empty() || c.pinned.iter().any(|d| d == doc) {
        return;
    }
    if c.pinned.len() >= MAX_SIDE_BY_SIDE {
        c.pinned.remove(0);
    }
    c.pinned.push(doc.to_string());
}

/// After the user changed which articles are shown: a selected span whose article left
/// the view is deselected (else [`tidy`] would bring the article straight back).
fn deselect_hidden(s: &mut AppState) {
    if let Some(doc) = selected_doc(s) {
        if !s.coverage.pinned.is_empty() && !s.coverage.pinned.contains(&doc) {
            s.selected = None;
            s.connecting = None;
        }
    }
}

/// Apply a coverage action.
pub fn apply(s: &mut AppState, action: CoverageAction) {
    let moves_view = matches!(action, CoverageAction::Toggle(_) | CoverageAction::Shift(_));
    apply_inner(s, action);
    if moves_view {
        deselect_hidden(s);
    }
}

fn apply_inner(s: &mut AppState, action: CoverageAction) {
    match action {
        CoverageAction::SetMeta { doc, meta } => {
            let same = s.workspace().document(&doc).map(|d| d.meta == meta);
            if same == Some(true) {
                return;
            }
            let r: Result<(), ModelError> = s
                .history
                .edit(|w| Rc::make_mut(w).set_document_meta(&doc, meta));
            if let Err(e) = r {
                s.notify(
                    NoticeKind::Error,
                    format!("Could not change the article's details: {e}."),
                );
            }
        }
        CoverageAction::Show(doc) => show(s, &doc),
        CoverageAction::Toggle(doc) => {
            let c = &mut s.coverage;
            if let Some(i) = c.pinned.iter().position(|d| *d == doc) {
                c.pinned.remove(i);
            } else {
                if c.pinned.len() >= MAX_SIDE_BY_SIDE {
                    c.pinned.remove(0);
                }
                c.pinned.push(doc);
            }
        }
        CoverageAction::ShowAll => s.coverage.pinned.clear(),
        CoverageAction::Shift(step) => {
            let ids: Vec<String> = s
                .workspace()
                .documents
                .iter()
                .map(|d| d.id.clone())
                .collect();
            let n = ids.len() as isize;
            if n == 0 {
                return;
            }
            let width = if s.coverage.pinned.is_empty() {
                MAX_SIDE_BY_SIDE.min(ids.len())
            } else {
                s.coverage.pinned.len()
            };
            let first = s
                .coverage
                .pinned
                .iter()
                .filter_map(|d| ids.iter().position(|x| x == d))
                .min()
                .map_or(0, |i| (i as isize + step).rem_euclid(n));
            s.coverage.pinned = (0..width as isize)
                .map(|k| ids[((first + k) % n) as usize].clone())
                .collect();
        }
        CoverageAction::OpenMatrix(open) => s.coverage.matrix_open = open,
        CoverageAction::ToggleMatrix => {
            s.coverage.matrix_open = !s.coverage.matrix_open && !s.workspace().is_empty()
        }
        CoverageAction::Sort(by) => s.coverage.sort = by,
        CoverageAction::GoTo(span) => {
            let doc = s.workspace().span(&span).map(|x| x.doc.clone());
            if let Some(doc) = doc {
                show(s, &doc);
                s.coverage.matrix_open = false;
                s.selected = Some(span);
                s.connecting = None;
            }
        }
    }
}

/// The documents to show as columns, in workspace order: the pinned ones, or all.
pub fn visible(s: &AppState) -> Vec<&crate::model::Document> {
    let ws = s.history.present();
    let docs = ws.documents.iter();
    if s.coverage.pinned.is_empty() {
        docs.collect()
    } else {
        docs.filter(|d| s.coverage.pinned.contains(&d.id)).collect()
    }
}

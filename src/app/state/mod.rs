//! The app's single reducer, in plain Rust (no yew, no web-sys; tested natively with
//! `cargo test`): the workspace with its undo history, the selected span, attribution and
//! manual-link modes, the snap-to-words toggle, notices, the pending import dialog, the
//! coverage view.
//!
//! Every change to the workspace goes through [`History::edit`] (via `AppState::edit`),
//! so undo/redo covers everything; an edit that fails leaves the state untouched and adds
//! a notice. Snapshots are `Rc<Workspace>`: cloning the state (which the browser's
//! `use_reducer` does on every action) copies pointers, and an edit copies the workspace
//! once (texts are shared).
//!
//! - [`actions`]: [`Action`] and what actions carry; [`reduce`](reduce::reduce) applies one.
//! - [`notices`]: notices and the autosave status.
//! - [`coverage`]: which articles sit side by side, the matrix, outlet details.
//! - `edits`, `import`, `links`: the reducer's steps, by subject; [`merge()`] joins two
//!   workspaces; [`matching`] is the suggestions panel's matching status.
//! - [`curation`]: the class view's curation, a reducer of its own (its choices, their undo
//!   and whether they are saved).

pub mod actions;
pub mod coverage;
pub mod curation;
mod edits;
mod import;
mod links;
pub mod matching;
pub mod merge;
pub mod notices;
pub mod reduce;

pub use actions::{Action, ImportMode, LinkAction, LoadedFile, PendingImport, PickedRange};
pub use merge::merge;
pub use notices::{Autosave, Notice, NoticeAction, NoticeKind, RESTORING, RESTORING_NOTICE};
pub use reduce::{reduce, BLANK_PASTE};

use crate::model::{History, Label, ModelError, Workspace};
use std::rc::Rc;

/// The two sample articles, compiled into the app: file name, outlet (plain text carries
/// none; shared/samples/README.md and the file names give them), bytes.
pub const SAMPLES: [(&str, &str, &[u8]); 2] = [
    (
        "afp-defector-footage.txt",
        "AFP",
        include_bytes!("../../../samples/afp-defector-footage.txt"),
    ),
    (
        "latimes-defector-video.txt",
        "Los Angeles Times",
        include_bytes!("../../../samples/latimes-defector-video.txt"),
    ),
];

/// Everything the app shows and edits (see the module doc).
#[derive(Debug, Clone)]
pub struct AppState {
    /// The workspace snapshots: the present one, undo and redo steps.
    pub history: History<Rc<Workspace>>,
    /// The selected span's id.
    pub selected: Option<String>,
    /// Widen selections to whole words.
    pub snap: bool,
    /// An attribution span waiting for the quote or claim it attributes.
    pub connecting: Option<String>,
    /// Manual-link mode: the span waiting for a click on a span of another article.
    pub linking: Option<String>,
    /// Show only quotes without attribution (others are dimmed).
    pub only_unattributed: bool,
    /// What the user is told, oldest first (at most [`notices::MAX_NOTICES`] of
    /// information; errors until dismissed, see [`notices::MAX_ERROR_NOTICES`]).
    pub notices: Vec<Notice>,
    next_notice: u64,
    pub autosave: Autosave,
    pub pending_import: Option<PendingImport>,
    pub help_open: bool,
    /// The class view (grading, agreement, curation) is open.
    pub classroom_open: bool,
    /// Articles side by side, the matrix (issue 10).
    pub coverage: coverage::CoverageState,
    /// The id the workspace is saved under; `None` until the user picks or starts one.
    pub workspace_id: Option<String>,
    /// Why this tab may not change the workspace (another tab opened it), if so.
    pub read_only: Option<String>,
    /// The saved workspaces offered on the start screen, while it is open.
    pub chooser: Option<Rc<Vec<crate::formats::registry::Entry>>>,
}

/// Equality for Yew's props (components take the reducer handle): the workspace snapshots
/// are compared by pointer (a change makes a new `Rc`), so comparing two states costs
/// O(undo steps), not a walk over every span of every snapshot. The destructuring has no
/// `..`: a new field must be added here.
impl PartialEq for AppState {
    fn eq(&self, other: &Self) -> bool {
        let AppState {
            history,
            selected,
            snap,
            connecting,
            linking,
            only_unattributed,
            notices,
            next_notice,
            autosave,
            pending_import,
            help_open,
            classroom_open,
            coverage,
            workspace_id,
            read_only,
            chooser,
        } = self;
        history.same_by(&other.history, Rc::ptr_eq)
            && *selected == other.selected
            && *snap == other.snap
            && *connecting == other.connecting
            && *linking == other.linking
            && *only_unattributed == other.only_unattributed
            && *notices == other.notices
            && *next_notice == other.next_notice
            && *autosave == other.autosave
            && match (pending_import, &other.pending_import) {
                (None, None) => true,
                (Some(a), Some(b)) => {
                    Rc::ptr_eq(&a.imported, &b.imported)
                        && a.name == b.name
                        && a.warnings == b.warnings
                }
                _ => false,
            }
            && *help_open == other.help_open
            && *classroom_open == other.classroom_open
            && *coverage == other.coverage
            && *workspace_id == other.workspace_id
            && *read_only == other.read_only
            && *chooser == other.chooser
    }
}

impl Default for AppState {
    fn default() -> Self {
        AppState::new(Workspace::new())
    }
}

impl AppState {
    /// A state around `ws`, nothing selected, no workspace id (not saved until given one).
    pub fn new(ws: Workspace) -> Self {
        AppState {
            history: History::new(Rc::new(ws)),
            selected: None,
            snap: true,
            connecting: None,
            linking: None,
            only_unattributed: false,
            notices: Vec::new(),
            next_notice: 0,
            autosave: Autosave::Working,
            pending_import: None,
            help_open: false,
            classroom_open: false,
            coverage: Default::default(),
            workspace_id: None,
            read_only: None,
            chooser: None,
        }
    }

    /// The workspace as it is now (the history's present snapshot).
    pub fn workspace(&self) -> &Rc<Workspace> {
        self.history.present()
    }

    /// Apply an undoable edit; on failure nothing changes and the error becomes a notice.
    pub(crate) fn edit<R>(
        &mut self,
        what: &str,
        f: impl FnOnce(&mut Workspace) -> Result<R, ModelError>,
    ) -> Option<R> {
        let out = self.history.edit(|ws| f(Rc::make_mut(ws)));
        self.edited(what, out)
    }

    /// [`AppState::edit`] joining the newest undo step when that one has the same `key`
    /// ([`History::edit_merging`]).
    pub(crate) fn edit_merging<R>(
        &mut self,
        key: &str,
        what: &str,
        f: impl FnOnce(&mut Workspace) -> Result<R, ModelError>,
    ) -> Option<R> {
        let out = self.history.edit_merging(key, |ws| f(Rc::make_mut(ws)));
        self.edited(what, out)
    }

    /// An edit's result; its error becomes a notice ("Could not {what}: ...").
    fn edited<R>(&mut self, what: &str, out: Result<R, ModelError>) -> Option<R> {
        match out {
            Ok(r) => Some(r),
            Err(e) => {
                self.notify(NoticeKind::Error, format!("Could not {what}: {e}."));
                None
            }
        }
    }

    /// Drop the selection and connection if their spans are gone (after undo, delete...).
    pub(crate) fn tidy(&mut self) {
        let ws = self.history.present().clone();
        if let Some(id) = &self.selected {
            if ws.span(id).is_none() {
                self.selected = None;
            }
        }
        if let Some(id) = &self.connecting {
            if ws.span(id).map(|s| s.label) != Some(Label::Attribution) {
                self.connecting = None;
            }
        }
    }
}

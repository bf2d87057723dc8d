//! Everything the app can be asked to do ([`Action`]) and the values actions carry: files
//! read from disk, a selection already converted to code points, link changes.

use super::coverage::CoverageAction;
use super::AppState;
use crate::linking::SpanSuggestion;
use crate::model::{Identity, Label, LinkKind, Rejection, Workspace};
use std::rc::Rc;

/// A DOM selection already converted to code points `(doc, start, end)`, or why it
/// could not be.
pub type PickedRange = Result<(String, usize, usize), String>;

/// A file's name and bytes, or why it could not be read.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadedFile {
    pub name: String,
    pub bytes: Result<Vec<u8>, String>,
}

/// A workspace file waiting for the user to choose merge or replace.
#[derive(Debug, Clone, PartialEq)]
pub struct PendingImport {
    pub name: String,
    pub imported: Rc<Workspace>,
    pub warnings: Vec<String>,
    /// What re-anchoring could not place and left out ([`crate::formats::Imported::left_out`]).
    pub left_out: Vec<String>,
}

/// How an imported workspace joins a non-empty one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportMode {
    Merge,
    Replace,
}

/// Link changes; each one is a single undo step.
#[derive(Debug, Clone, PartialEq)]
pub enum LinkAction {
    /// Accept a matcher suggestion (creating the target span if needed).
    Accept(Box<SpanSuggestion>),
    /// Reject a suggestion: it is remembered and not offered again.
    Reject(Rejection),
    /// Link two spans by hand.
    Manual { a: String, b: String },
    /// Remove the link with this id.
    Remove(String),
    /// Set the kind of the link with this id ("same fact" or "told differently"); its
    /// origin, score and flags stay. Setting the kind it already has changes nothing.
    SetKind { id: String, kind: LinkKind },
}

/// What the reducer can be asked to do.
pub enum Action {
    /// Article files (one drop or one pick: one undo step).
    LoadArticles(Vec<LoadedFile>),
    LoadSample,
    AddPasted {
        title: String,
        text: String,
    },
    /// Label the picked text (if any) or relabel the selected span.
    Label {
        picked: Option<PickedRange>,
        label: Label,
    },
    /// Add a span at exactly these offsets (no snapping).
    AddSpan {
        doc: String,
        start: usize,
        end: usize,
        label: Label,
    },
    SetLabel {
        span: String,
        label: Label,
    },
    DeleteSpan(String),
    DeleteSelected,
    SelectSpan(Option<String>),
    /// Select the next (+1) or previous (-1) span in reading order (articles left to
    /// right, then by position).
    SelectAdjacent(isize),
    /// A click on a span: selects it, or completes an attribution or a manual link.
    ClickSpan(String),
    RemoveDocument(String),
    MoveDocument {
        doc: String,
        delta: isize,
    },
    Undo,
    Redo,
    SetSnap(bool),
    /// A workspace file was read.
    Import {
        name: String,
        bytes: Rc<[u8]>,
        reanchor: bool,
    },
    /// A workspace file already read and parsed (`formats::import_with`, done in a task
    /// of its own before dispatching, so that loading is not one long task): the same as
    /// [`Action::Import`] from there on. `bytes` are kept for re-anchoring.
    Imported {
        name: String,
        bytes: Rc<[u8]>,
        result: Rc<Result<crate::formats::Imported, crate::formats::FormatError>>,
    },
    ResolveImport(Option<ImportMode>),
    /// Start attributing from the selected attribution span (key A).
    StartConnect,
    CancelConnect,
    /// Start linking the selected span by hand (key L): the next click on a span of
    /// another article links the two.
    StartLink,
    /// Leave manual-link mode (Esc).
    CancelLink,
    /// Enter while attributing (A) or linking (L): the selected span (reached from the
    /// keyboard with `[` `]`) completes the attribution or link, as a click on it would.
    /// Outside those modes, nothing happens.
    PickSelected,
    RemoveRelation(String),
    SetOnlyUnattributed(bool),
    Notify(super::NoticeKind, String),
    /// What an export said, one notice each, replacing the previous export's notices.
    NotifyExport(Vec<String>),
    DismissNotice(u64),
    /// The outcome of an autosave.
    Saved(Result<(), String>),
    PauseAutosave(String),
    SetHelp(bool),
    /// Accept/reject a suggestion, link by hand, remove a link or set its kind (undoable).
    Linking(LinkAction),
    /// Set who annotates and the exercise's title and instructions (undoable).
    SetIdentity(Identity),
    /// Set or clear (`None`/blank) the note of a span, relation or link (undoable).
    SetNote {
        id: String,
        note: Option<String>,
    },
    /// Open or close the class view (grading, agreement, curation).
    SetClassroom(bool),
    /// Articles side by side, the matrix, outlet metadata.
    Coverage(CoverageAction),
    /// Switch to another state (a workspace opened from storage, or a new one).
    Open(Box<AppState>),
    /// Another tab opened this workspace: this tab stops changing it.
    ReadOnly(String),
    /// Show (`Some`) or close the list of saved workspaces.
    SetChooser(Option<Rc<Vec<crate::formats::registry::Entry>>>),
}

impl Action {
    /// The names of the files this action would open (articles or a workspace file), in
    /// order; empty for every other action. A refused action names them, so the user knows
    /// which file to open again.
    pub fn file_names(&self) -> Vec<&str> {
        match self {
            Action::LoadArticles(files) => files.iter().map(|f| f.name.as_str()).collect(),
            Action::Import { name, .. } | Action::Imported { name, .. } => vec![name.as_str()],
            _ => Vec::new(),
        }
    }

    /// Whether the action changes the workspace (refused while the tab is read-only or
    /// no workspace is open).
    pub fn changes_workspace(&self) -> bool {
        matches!(
            self,
            Action::LoadArticles(_)
                | Action::LoadSample
                | Action::AddPasted { .. }
                | Action::Label { .. }
                | Action::AddSpan { .. }
                | Action::SetLabel { .. }
                | Action::DeleteSpan(_)
                | Action::DeleteSelected
                | Action::RemoveDocument(_)
                | Action::MoveDocument { .. }
                | Action::Undo
                | Action::Redo
                | Action::Import { .. }
                | Action::Imported { .. }
                | Action::ResolveImport(Some(_))
                | Action::StartConnect
                | Action::RemoveRelation(_)
                | Action::Linking(_)
                | Action::SetIdentity(_)
                | Action::SetNote { .. }
                | Action::Coverage(CoverageAction::SetMeta { .. })
        )
    }
}

//! The app's single reducer: the workspace with its undo history, the selected span,
//! the snap-to-words toggle, notices, and the pending import dialog.
//!
//! Every change to the workspace goes through [`History::edit`], so undo/redo covers
//! everything; an edit that fails leaves the state untouched and adds a notice.
//! Snapshots are `Rc<Workspace>`: cloning the state (which `use_reducer` does on every
//! action) copies pointers, and an edit copies the workspace once (texts are shared).

use crate::formats::{self, ImportOptions};
use crate::model::{text, History, Label, ModelError, Workspace};
use std::rc::Rc;
use yew::prelude::*;

/// How long a notice list may grow; the oldest go first.
const MAX_NOTICES: usize = 4;

/// The two sample articles, compiled into the app.
pub const SAMPLES: [(&str, &[u8]); 2] = [
    (
        "afp-defector-footage.txt",
        include_bytes!("../../samples/afp-defector-footage.txt"),
    ),
    (
        "latimes-defector-video.txt",
        include_bytes!("../../samples/latimes-defector-video.txt"),
    ),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoticeKind {
    Info,
    Error,
}

/// A button a notice offers.
#[derive(Debug, Clone, PartialEq)]
pub enum NoticeAction {
    /// Download the workspace as Parallax JSON (e.g. when autosave failed).
    ExportNow,
    /// Import the file again, moving spans whose text moved.
    Reanchor { name: String, bytes: Rc<[u8]> },
    /// Undo the last change.
    Undo,
    /// Download this text (e.g. stored data that could not be read), unchanged.
    DownloadText { name: String, text: Rc<str> },
    /// Reload the saved workspace and edit it in this tab (the other tab becomes read-only).
    TakeOver,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    pub id: u64,
    pub kind: NoticeKind,
    pub text: String,
    pub action: Option<NoticeAction>,
}

/// Whether the workspace is being saved in the browser.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Autosave {
    Working,
    /// The last save failed; the message says why.
    Failed(String),
    /// Saving is paused so stored data that could not be set aside is not overwritten.
    Paused(String),
}

/// A workspace file waiting for the user to choose merge or replace.
#[derive(Debug, Clone, PartialEq)]
pub struct PendingImport {
    pub name: String,
    pub imported: Rc<Workspace>,
    pub warnings: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportMode {
    Merge,
    Replace,
}

/// A DOM selection already converted to code points, or why it could not be.
pub type PickedRange = Result<(String, usize, usize), String>;

#[derive(Debug, Clone)]
pub struct AppState {
    pub history: History<Rc<Workspace>>,
    /// The selected span's id.
    pub selected: Option<String>,
    /// Widen selections to whole words.
    pub snap: bool,
    /// An attribution span waiting for the quote or claim it attributes.
    pub connecting: Option<String>,
    /// Show only quotes without attribution (others are dimmed).
    pub only_unattributed: bool,
    pub notices: Vec<Notice>,
    next_notice: u64,
    pub autosave: Autosave,
    pub pending_import: Option<PendingImport>,
    pub help_open: bool,
    /// The class view (grading, agreement, curation) is open.
    pub classroom_open: bool,
    /// Articles side by side, the matrix (issue 10).
    pub coverage: crate::app::coverage::CoverageState,
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

/// A file's name and bytes, or why it could not be read.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadedFile {
    pub name: String,
    pub bytes: Result<Vec<u8>, String>,
}

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
    /// A click on a span: selects it, or completes a connection.
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
    ResolveImport(Option<ImportMode>),
    StartConnect,
    CancelConnect,
    RemoveRelation(String),
    SetOnlyUnattributed(bool),
    Notify(NoticeKind, String),
    DismissNotice(u64),
    /// The outcome of an autosave.
    Saved(Result<(), String>),
    PauseAutosave(String),
    SetHelp(bool),
    /// Accept/reject a suggestion, link by hand, remove a link (undoable).
    Linking(crate::app::components::links::LinkAction),
    /// Set who annotates and the exercise's title and instructions (undoable).
    SetIdentity(crate::model::Identity),
    /// Set or clear (`None`/blank) the note of a span, relation or link (undoable).
    SetNote {
        id: String,
        note: Option<String>,
    },
    /// Open or close the class view (grading, agreement, curation).
    SetClassroom(bool),
    /// Articles side by side, the matrix, outlet metadata.
    Coverage(crate::app::coverage::CoverageAction),
    /// Switch to another state (a workspace opened from storage, or a new one).
    Open(Box<AppState>),
    /// Another tab opened this workspace: this tab stops changing it.
    ReadOnly(String),
    /// Show (`Some`) or close the list of saved workspaces.
    SetChooser(Option<Rc<Vec<crate::formats::registry::Entry>>>),
}

impl Action {
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
                | Action::ResolveImport(Some(_))
                | Action::StartConnect
                | Action::RemoveRelation(_)
                | Action::Linking(_)
                | Action::SetIdentity(_)
                | Action::SetNote { .. }
                | Action::Coverage(crate::app::coverage::CoverageAction::SetMeta { .. })
        )
    }
}

impl AppState {
    pub fn new(ws: Workspace) -> Self {
        AppState {
            history: History::new(Rc::new(ws)),
            selected: None,
            snap: true,
            connecting: None,
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

    pub fn workspace(&self) -> &Rc<Workspace> {
        self.history.present()
    }

    pub fn notify(&mut self, kind: NoticeKind, text: impl Into<String>) {
        self.notify_with(kind, text, None);
    }

    pub fn notify_with(
        &mut self,
        kind: NoticeKind,
        text: impl Into<String>,
        action: Option<NoticeAction>,
    ) {
        self.next_notice += 1;
        self.notices.push(Notice {
            id: self.next_notice,
            kind,
            text: text.into(),
            action,
        });
        if self.notices.len() > MAX_NOTICES {
            let extra = self.notices.len() - MAX_NOTICES;
            self.notices.drain(..extra);
        }
    }

    /// Say what an undo or redo did, replacing the notice of the previous undo or redo, so
    /// pressing Ctrl+Z many times shows one notice, not a pile of them.
    fn notify_history(&mut self, text: String) {
        self.notices
            .retain(|n| !(n.text.starts_with("Undid: ") || n.text.starts_with("Redid: ")));
        self.notify(NoticeKind::Info, text);
    }

    /// Apply an undoable edit; on failure nothing changes and the error becomes a notice.
    fn edit<R>(
        &mut self,
        what: &str,
        f: impl FnOnce(&mut Workspace) -> Result<R, ModelError>,
    ) -> Option<R> {
        let out = self.history.edit(|ws| f(Rc::make_mut(ws)));
        match out {
            Ok(r) => Some(r),
            Err(e) => {
                self.notify(NoticeKind::Error, format!("Could not {what}: {e}."));
                None
            }
        }
    }

    /// Drop the selection and connection if their spans are gone (after undo, delete...).
    fn tidy(&mut self) {
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

    fn add_articles(&mut self, items: Vec<(String, Result<formats::Article, String>)>) {
        let mut added = Vec::new();
        let mut next = (**self.workspace()).clone();
        for (name, result) in items {
            match result {
                Err(msg) => self.notify(NoticeKind::Error, naming(&name, &msg)),
                Ok(article) => {
                    if article.text.trim().is_empty() {
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
                    let id = next.add_document(&article.title, &name, &article.text);
                    let _ = next.set_document_meta(&id, article.meta.clone());
                    added.push(article.title);
                }
            }
        }
        if !added.is_empty() {
            self.history.push(Rc::new(next));
        }
    }

    fn label(&mut self, picked: Option<PickedRange>, label: Label) {
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
                    text::snap_to_words_in(&d.text, d.offsets(), start, end)
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
    fn relabel(&mut self, id: &str, label: Label) {
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

    fn import(&mut self, name: String, bytes: Rc<[u8]>, reanchor: bool) {
        let options = ImportOptions { reanchor };
        match formats::import_with(&name, &bytes, &options) {
            Err(e) => {
                let action = e.can_reanchor.then(|| NoticeAction::Reanchor {
                    name: name.clone(),
                    bytes: bytes.clone(),
                });
                self.notify_with(
                    NoticeKind::Error,
                    format!("Could not import {name}: {e}"),
                    action,
                );
            }
            Ok(imported) => {
                let pending = PendingImport {
                    name,
                    imported: Rc::new(imported.workspace),
                    warnings: imported.warnings,
                };
                if self.workspace().is_empty() {
                    self.finish_import(pending, ImportMode::Replace);
                } else {
                    self.pending_import = Some(pending);
                }
            }
        }
    }

    fn finish_import(&mut self, pending: PendingImport, mode: ImportMode) {
        for w in &pending.warnings {
            self.notify(NoticeKind::Info, format!("{}: {w}", pending.name));
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
                let merged = self.edit("merge the import", |w| merge(w, &pending.imported));
                if merged.is_some() {
                    self.notify(
                        NoticeKind::Info,
                        format!(
                            "Merged {} into the workspace. Undo with Ctrl+Z.",
                            pending.name
                        ),
                    );
                }
            }
        }
        self.selected = None;
        self.connecting = None;
    }

    fn click_span(&mut self, id: String) {
        if let Some(from) = self.connecting.clone() {
            if from == id {
                self.connecting = None;
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
}

/// Add everything in `other` to `ws` with fresh ids. An article whose text is already
/// loaded is not duplicated: its spans join the loaded one.
pub fn merge(ws: &mut Workspace, other: &Workspace) -> Result<(), ModelError> {
    use std::collections::HashMap;
    let mut docs: HashMap<&str, String> = HashMap::new();
    for d in &other.documents {
        let id = match ws.find_same_text(&d.text) {
            Some(same) => same.id.clone(),
            None => {
                let id = ws.add_document(&d.title, &d.source, &d.text);
                ws.set_document_meta(&id, d.meta.clone())?;
                id
            }
        };
        docs.insert(&d.id, id);
    }
    let mut spans: HashMap<&str, String> = HashMap::new();
    for s in &other.spans {
        let doc = docs
            .get(s.doc.as_str())
            .ok_or_else(|| ModelError::NoSuchDocument(s.doc.clone()))?;
        let id = ws.add_span(doc, s.start, s.end, s.label)?;
        if s.note.is_some() && ws.note(&id).is_none() {
            ws.set_note(&id, s.note.clone())?;
        }
        spans.insert(&s.id, id);
    }
    let span = |id: &str| {
        spans
            .get(id)
            .cloned()
            .ok_or_else(|| ModelError::NoSuchSpan(id.to_string()))
    };
    for r in &other.relations {
        ws.add_relation(&span(&r.from)?, &span(&r.to)?)?;
    }
    for l in &other.links {
        ws.add_link(
            &span(&l.a)?,
            &span(&l.b)?,
            l.origin,
            l.score,
            l.flags.clone(),
        )?;
    }
    for r in &other.rejections {
        if let (Ok(s), Some(d)) = (span(&r.span), docs.get(r.doc.as_str())) {
            ws.reject(crate::model::Rejection {
                span: s,
                doc: d.clone(),
                ..r.clone()
            });
        }
    }
    Ok(())
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        // Cheap: the history holds `Rc` snapshots.
        // A successful autosave while saving works changes nothing: keep the same Rc so
        // nothing re-renders.
        if matches!(action, Action::Saved(Ok(()))) && self.autosave == Autosave::Working {
            return self;
        }
        if action.changes_workspace() {
            let choosing = self.chooser.is_some() && self.workspace_id.is_none();
            let why = match &self.read_only {
                Some(why) => Some((why.clone(), Some(NoticeAction::TakeOver))),
                None if choosing => Some((
                    "Choose a saved workspace to continue, or start a new one.".to_string(),
                    None,
                )),
                None => None,
            };
            if let Some((why, action)) = why {
                let mut s = Rc::unwrap_or_clone(self);
                s.notify_with(
                    NoticeKind::Error,
                    format!("Nothing was changed: {why}"),
                    action,
                );
                return Rc::new(s);
            }
        }
        let mut s = Rc::unwrap_or_clone(self);
        match action {
            Action::LoadArticles(files) => {
                let items = files
                    .into_iter()
                    .map(|f| {
                        let article = f.bytes.and_then(|b| {
                            formats::read_article(&f.name, &b).map_err(|e| e.to_string())
                        });
                        (f.name, article)
                    })
                    .collect();
                s.add_articles(items);
            }
            Action::LoadSample => {
                let items = SAMPLES
                    .iter()
                    .map(|(name, bytes)| {
                        let a = formats::read_article(name, bytes).map_err(|e| e.to_string());
                        (name.to_string(), a)
                    })
                    .collect();
                s.add_articles(items);
            }
            Action::AddPasted { title, text } => {
                // Through read_article like a file: the same size limit and title rules
                // (a pasted text is plain text, kept exactly).
                let result = formats::read_article("pasted text", text.as_bytes())
                    .map(|mut a| {
                        let title = title.trim();
                        if !title.is_empty() {
                            a.title = title.to_string();
                        }
                        a
                    })
                    .map_err(|e| e.to_string());
                s.add_articles(vec![("Pasted text".to_string(), result)]);
            }
            Action::Label { picked, label } => s.label(picked, label),
            Action::AddSpan {
                doc,
                start,
                end,
                label,
            } => {
                if let Some(id) = s.edit("add the span", |w| w.add_span(&doc, start, end, label)) {
                    s.selected = Some(id);
                }
            }
            Action::SetLabel { span, label } => s.relabel(&span, label),
            Action::DeleteSpan(id) => {
                s.edit("delete the span", |w| w.remove_span(&id));
                s.tidy();
            }
            Action::DeleteSelected => {
                if let Some(id) = s.selected.clone() {
                    s.edit("delete the span", |w| w.remove_span(&id));
                    s.tidy();
                }
            }
            Action::SelectSpan(id) => {
                s.selected = id;
                s.connecting = None;
            }
            Action::ClickSpan(id) => s.click_span(id),
            Action::SelectAdjacent(step) => {
                let ws = s.workspace().clone();
                let order: std::collections::HashMap<&str, usize> = ws
                    .documents
                    .iter()
                    .enumerate()
                    .map(|(i, d)| (d.id.as_str(), i))
                    .collect();
                let mut spans: Vec<_> = ws.spans.iter().collect();
                spans.sort_by_key(|x| (order.get(x.doc.as_str()).copied(), x.start, std::cmp::Reverse(x.end)));
                if !spans.is_empty() {
                    let n = spans.len() as isize;
                    let at = s
                        .selected
                        .as_deref()
                        .and_then(|id| spans.iter().position(|x| x.id == id))
                        .map(|i| (i as isize + step).rem_euclid(n))
                        .unwrap_or(if step > 0 { 0 } else { n - 1 });
                    s.selected = Some(spans[at as usize].id.clone());
                }
            }
            Action::RemoveDocument(id) => {
                let title = s.workspace().document(&id).map(|d| d.title.clone());
                let spans = s.workspace().spans_of(&id).count();
                if s.edit("remove the article", |w| w.remove_document(&id)).is_some() {
                    let title = title.unwrap_or_default();
                    let text = if spans > 0 {
                        format!("Removed \u{201c}{title}\u{201d} and its {spans} span(s). Undo with Ctrl+Z.")
                    } else {
                        format!("Removed \u{201c}{title}\u{201d}. Undo with Ctrl+Z.")
                    };
                    s.notify_with(NoticeKind::Info, text, Some(NoticeAction::Undo));
                    s.tidy();
                }
            }
            Action::MoveDocument { doc, delta } => {
                let pos = s.workspace().documents.iter().position(|d| d.id == doc);
                if let Some(pos) = pos {
                    let to = pos as isize + delta;
                    let len = s.workspace().documents.len() as isize;
                    if (0..len).contains(&to) {
                        s.edit("move the article", |w| w.move_document(&doc, to as usize));
                    }
                }
            }
            Action::Undo => {
                let before = s.workspace().clone();
                if s.history.undo() {
                    let what = crate::model::change::describe(s.workspace(), &before).summary();
                    s.notify_history(format!("Undid: {what}."));
                    s.tidy();
                } else {
                    s.notify(NoticeKind::Info, "Nothing to undo.");
                }
            }
            Action::Redo => {
                let before = s.workspace().clone();
                if s.history.redo() {
                    let what = crate::model::change::describe(&before, s.workspace()).summary();
                    s.notify_history(format!("Redid: {what}."));
                    s.tidy();
                } else {
                    s.notify(NoticeKind::Info, "Nothing to redo.");
                }
            }
            Action::SetSnap(on) => s.snap = on,
            Action::Import {
                name,
                bytes,
                reanchor,
            } => s.import(name, bytes, reanchor),
            Action::ResolveImport(mode) => {
                if let Some(pending) = s.pending_import.take() {
                    if let Some(mode) = mode {
                        s.finish_import(pending, mode);
                    }
                }
            }
            Action::StartConnect => match s.selected.clone() {
                Some(id)
                    if s.workspace().span(&id).map(|x| x.label) == Some(Label::Attribution) =>
                {
                    s.connecting = Some(id);
                }
                _ => s.notify(
                    NoticeKind::Info,
                    "Select an attribution span first (click it), then press A and click the quote or claim it attributes.",
                ),
            },
            Action::CancelConnect => s.connecting = None,
            Action::RemoveRelation(id) => {
                s.edit("remove the attribution", |w| w.remove_relation(&id));
            }
            Action::SetOnlyUnattributed(on) => s.only_unattributed = on,
            Action::Notify(kind, text) => s.notify(kind, text),
            Action::DismissNotice(id) => s.notices.retain(|n| n.id != id),
            Action::Saved(result) => match result {
                Ok(()) => {
                    if matches!(s.autosave, Autosave::Failed(_)) {
                        s.autosave = Autosave::Working;
                    }
                }
                Err(msg) => {
                    if !matches!(s.autosave, Autosave::Paused(_)) {
                        s.autosave = Autosave::Failed(msg);
                    }
                }
            },
            Action::PauseAutosave(msg) => s.autosave = Autosave::Paused(msg),
            Action::SetHelp(open) => s.help_open = open,
            Action::Linking(a) => crate::app::components::links::apply(&mut s, a),
            Action::SetIdentity(identity) => {
                if s.workspace().identity != identity {
                    let mut next = (**s.workspace()).clone();
                    next.identity = identity;
                    s.history.push(Rc::new(next));
                }
            }
            Action::SetNote { id, note } => {
                let note = note.filter(|n| !n.trim().is_empty());
                if s.workspace().note(&id) != note.as_deref() {
                    s.edit("save the note", |w| w.set_note(&id, note));
                }
            }
            Action::SetClassroom(open) => s.classroom_open = open,
            Action::Coverage(a) => crate::app::coverage::apply(&mut s, a),
            Action::Open(next) => {
                // Keep what the user was told, then add what opening says.
                let mut next = *next;
                let said = std::mem::take(&mut next.notices);
                next.notices = std::mem::take(&mut s.notices);
                next.next_notice = s.next_notice;
                for n in said {
                    next.notify_with(n.kind, n.text, n.action);
                }
                s = next;
            }
            Action::ReadOnly(why) => {
                if s.read_only.is_none() {
                    s.notify_with(NoticeKind::Error, why.clone(), Some(NoticeAction::TakeOver));
                }
                s.read_only = Some(why);
                s.connecting = None;
                s.pending_import = None;
            }
            Action::SetChooser(list) => s.chooser = list,
        }
        crate::app::coverage::tidy(&mut s);
        Rc::new(s)
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

/// A message about file `name`, prefixed with the name unless it already names the file.
fn naming(name: &str, msg: &str) -> String {
    if msg.contains(name) {
        msg.to_string()
    } else {
        format!("{name}: {msg}")
    }
}

//! Opening, restoring and saving workspaces in the browser (wasm only): the start
//! screen's list, a new workspace, restoring a saved one (a damaged save is salvaged,
//! never wiped), autosave (at once for small workspaces, debounced for large ones), and
//! the hand-over when another tab opens the same workspace.

use super::browser;
use super::root::Dispatch;
use super::state::{self, Action, AppState, Autosave, NoticeKind};
use std::rc::Rc;

/// The state for saved workspace `id`: this tab claims it (another tab that has it open
/// becomes read-only), then restores it. A damaged save is salvaged, never wiped.
pub fn open_saved(id: &str) -> AppState {
    let claimed = browser::claim_workspace(id);
    let mut s = restore_state(id);
    s.workspace_id = Some(id.to_string());
    if let Err(e) = claimed {
        s.autosave = Autosave::Failed(format!("{e}; your work is not saved automatically"));
    }
    s
}

/// The state for a new, empty workspace with a fresh id.
pub fn open_new() -> AppState {
    let id = browser::new_workspace_id();
    let mut s = AppState::default();
    if let Err(e) = browser::claim_workspace(&id) {
        s.autosave = Autosave::Failed(format!("{e}; your work is not saved automatically"));
    }
    s.workspace_id = Some(id);
    s
}

/// At start: the list of saved workspaces if there are any, else a new workspace.
pub(crate) fn initial_state() -> AppState {
    match browser::list_workspaces() {
        Ok(list) if !list.is_empty() => {
            let mut s = AppState::default();
            s.chooser = Some(Rc::new(list));
            s
        }
        Ok(_) => open_new(),
        Err(why) => {
            let mut s = open_new();
            s.autosave = Autosave::Failed(format!("{why}; your work is not saved automatically"));
            s
        }
    }
}

fn restore_state(id: &str) -> AppState {
    match browser::restore_workspace(id) {
        browser::Restored::Nothing => AppState::default(),
        browser::Restored::Workspace(ws, warnings) => {
            let mut s = AppState::new(ws);
            for w in warnings {
                s.notify(
                    NoticeKind::Info,
                    format!("Restoring the saved workspace: {w}"),
                );
            }
            s
        }
        browser::Restored::Corrupt {
            error,
            kept,
            raw,
            salvaged,
        } => {
            let download = Some(state::NoticeAction::DownloadText {
                name: "parallax-saved-workspace.json".into(),
                text: raw,
            });
            let kept_text = match &kept {
                Some(key) => format!(
                    "The original data was kept in local storage under \u{201c}{key}\u{201d}."
                ),
                None => String::new(),
            };
            match salvaged {
                Some((ws, dropped)) => {
                    let mut s = AppState::new(ws);
                    s.notify_with(
                        NoticeKind::Error,
                        format!(
                            "The saved workspace had problems, so part of it was left out: {}. \
                             Everything else was restored. {kept_text}",
                            dropped.join("; ")
                        ),
                        download,
                    );
                    if kept.is_none() {
                        s.autosave = Autosave::Paused(
                            "The saved workspace could not be set aside, so autosave is paused \
                             to keep it. Export your work to save it."
                                .into(),
                        );
                    }
                    s
                }
                None => {
                    let mut s = AppState::default();
                    match kept {
                        Some(key) => s.notify_with(
                            NoticeKind::Error,
                            format!(
                                "The saved workspace could not be read ({error}). Its data was kept in \
                                 local storage under \u{201c}{key}\u{201d}; starting empty."
                            ),
                            download,
                        ),
                        None => {
                            s.notify_with(
                                NoticeKind::Error,
                                format!("The saved workspace could not be read ({error})."),
                                download,
                            );
                            s.autosave = Autosave::Paused(format!(
                                "The saved workspace could not be read ({error}) and could not be set \
                                 aside, so autosave is paused to keep it. Export your work to save it."
                            ));
                        }
                    }
                    s
                }
            }
        }
        browser::Restored::Unavailable(why) => {
            let mut s = AppState::default();
            s.autosave = Autosave::Failed(format!("{why}; your work is not saved automatically"));
            s
        }
    }
}

pub(crate) const TAKEN: &str =
    "This workspace was opened in another tab or copy of Parallax, which now \
                     saves it. This tab is read-only so that neither overwrites the other's work.";

/// How long after the last change a large workspace is saved, in milliseconds.
pub(crate) const SAVE_DELAY_MS: u32 = 100;

/// From this much article text (bytes) on, saving waits for [`SAVE_DELAY_MS`]: below it
/// the save costs a few milliseconds and runs at once.
pub(crate) const DEFER_SAVE_BYTES: usize = 1 << 20;

thread_local! {
    /// The workspace waiting to be saved: its id and snapshot.
    pub(crate) static PENDING: std::cell::RefCell<Option<(String, Rc<crate::model::Workspace>)>> =
        const { std::cell::RefCell::new(None) };
}

/// Save the waiting workspace now, if any (`dispatch`: report the outcome; none when the
/// page is going away).
pub(crate) fn flush_pending(dispatch: Option<&Dispatch>) {
    let Some((id, ws)) = PENDING.with(|p| p.borrow_mut().take()) else {
        return;
    };
    match dispatch {
        Some(d) => autosave(&id, &ws, d),
        None => {
            let _ = browser::save_workspace(&id, &ws);
        }
    }
}

fn autosave(id: &str, ws: &crate::model::Workspace, dispatch: &Dispatch) {
    match browser::save_workspace(id, ws) {
        browser::SaveOutcome::Saved => dispatch.dispatch(Action::Saved(Ok(()))),
        browser::SaveOutcome::Failed(e) => dispatch.dispatch(Action::Saved(Err(e))),
        browser::SaveOutcome::Taken(Ok(None)) => {
            dispatch.dispatch(Action::ReadOnly(TAKEN.to_string()))
        }
        browser::SaveOutcome::Taken(Ok(Some((_, title)))) => {
            dispatch.dispatch(Action::ReadOnly(format!(
            "{TAKEN} Your latest change was kept as a new saved workspace \u{201c}{title}\u{201d} \
                 (Workspaces\u{2026} lists it)."
        )))
        }
        browser::SaveOutcome::Taken(Err(e)) => {
            dispatch.dispatch(Action::ReadOnly(TAKEN.to_string()));
            dispatch.dispatch(Action::Saved(Err(format!(
                "your latest change could not be kept as a copy ({e})"
            ))));
        }
    }
}

/// Open saved workspace `id` in this tab (the tab that had it becomes read-only).
pub fn open_workspace(id: &str, dispatch: &Dispatch) {
    dispatch.dispatch(Action::Open(Box::new(open_saved(id))));
}

/// Start a new, empty workspace in this tab.
pub fn new_workspace(dispatch: &Dispatch) {
    dispatch.dispatch(Action::Open(Box::new(open_new())));
}

/// Show the list of saved workspaces.
pub fn show_workspaces(dispatch: &Dispatch) {
    match browser::list_workspaces() {
        Ok(list) => dispatch.dispatch(Action::SetChooser(Some(Rc::new(list)))),
        Err(e) => dispatch.dispatch(Action::Notify(NoticeKind::Error, e)),
    }
}

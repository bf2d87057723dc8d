//! Opening, restoring and saving workspaces in the browser (wasm only): reading dropped or
//! picked files into the workspace ([`load_files`]), the start
//! screen's list, a new workspace, restoring a saved one (asynchronously: its article
//! texts come from IndexedDB; a damaged save is salvaged, never wiped), autosave (at once
//! for small workspaces, debounced for large ones), and the hand-over when another tab
//! opens the same workspace. The storage itself is [`storage`]'s.

use super::browser;
use super::state::{
    self, Action, AppState, Autosave, LoadedFile, NoticeKind, RESTORING, RESTORING_NOTICE,
};
use super::storage;
use super::view::WsRef;
use super::{is_workspace_file, Dispatch};
use crate::formats::SizeLimit;
use std::rc::Rc;
use yew::prelude::*;

thread_local! {
    /// Counts the workspaces opened in this tab: a restore that ends after another
    /// workspace was opened is dropped.
    static OPENING: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

fn next_opening() -> u64 {
    OPENING.with(|o| {
        o.set(o.get() + 1);
        o.get()
    })
}

/// Open saved workspace `id`: this tab claims it (another tab that has it open becomes
/// read-only), shows the empty page with "Restoring…" (read-only, so no key edits a
/// half-restored state, and nothing is saved), then the restored workspace. A damaged
/// save is salvaged, never wiped.
pub fn open_saved(id: &str, dispatch: &Dispatch) {
    let saved = id.to_string();
    restore_in_tab(
        id.to_string(),
        dispatch,
        async move { storage::restore_workspace(&saved).await },
        |_, _| {},
    );
}

/// What [`open_saved`] and [`open_older`] share: claim `id` for this tab, show the empty
/// page read-only with "Restoring…" at once, then the state `restore` yields, after
/// `finish(id, state)` (a continuation's note), under `id`. A restore that ends after
/// another workspace was opened in this tab is dropped; a claim that failed leaves
/// autosave off with the reason.
fn restore_in_tab(
    id: String,
    dispatch: &Dispatch,
    restore: impl std::future::Future<Output = storage::Restored> + 'static,
    finish: impl FnOnce(&str, &mut AppState) + 'static,
) {
    let turn = next_opening();
    let claimed = storage::claim_workspace(&id);
    let mut waiting = AppState::default();
    waiting.read_only = Some(RESTORING.to_string());
    waiting.notify(NoticeKind::Info, RESTORING_NOTICE);
    dispatch.dispatch(Action::Open(Box::new(waiting)));
    let dispatch = dispatch.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let mut s = restore_state(restore.await);
        if OPENING.with(|o| o.get()) != turn {
            return; // another workspace was opened meanwhile
        }
        finish(&id, &mut s);
        s.workspace_id = Some(id);
        if let Err(e) = claimed {
            s.autosave = Autosave::Failed(format!("{e}; your work is not saved automatically"));
        }
        dispatch.dispatch(Action::Open(Box::new(s)));
    });
}

/// What the user is told on continuing an older version's workspace.
const CONTINUED: &str = "This workspace was saved by an older version of Parallax. It is \
    continued here in the new format, as a new saved workspace; the older version's copy is \
    left as it was, so the older file can still open it; changes made there later do not reach \
    this copy.";

/// Continue the older version's workspace `older_id` (see [`storage::restore_older`])
/// in this tab, under a fresh id in this version's layout: shown like [`open_saved`],
/// saved at once under the new id, and noted in the list as its continuation. Nothing
/// the older version stored is changed, so a copy of the older file goes on with its own.
pub fn open_older(older_id: &str, dispatch: &Dispatch) {
    let older = older_id.to_string();
    let noted = older_id.to_string();
    restore_in_tab(
        storage::new_workspace_id(),
        dispatch,
        async move { storage::restore_older(&older).await },
        move |id, s| {
            if !s.workspace().is_empty() {
                storage::note_continued(id, &noted, s.workspace());
                s.notify(NoticeKind::Info, CONTINUED);
            }
        },
    );
}

/// The state for a new, empty workspace with a fresh id.
pub fn open_new() -> AppState {
    next_opening();
    let id = storage::new_workspace_id();
    let mut s = AppState::default();
    if let Err(e) = storage::claim_workspace(&id) {
        s.autosave = Autosave::Failed(format!("{e}; your work is not saved automatically"));
    }
    s.workspace_id = Some(id);
    s
}

/// What a tab reloaded on its own workspace is told once that workspace is back
/// ([`reopen_after_reload`]), after its title.
const REOPENED: &str = "is back as you left it (restored after the page was reloaded). \
    Saved workspaces\u{2026} lists every workspace saved in this browser and starts a new one.";

/// Reopen saved workspace `entry`, the one this tab had before the page was reloaded
/// (`registry::reopen_at_start`), as [`open_saved`] does, with a notice saying the work is
/// back and a button to the list of saved workspaces.
fn reopen_after_reload(entry: &crate::formats::registry::Entry, dispatch: &Dispatch) {
    let saved = entry.id.clone();
    let title = entry.title.clone();
    restore_in_tab(
        entry.id.clone(),
        dispatch,
        async move { storage::restore_workspace(&saved).await },
        move |_, s| {
            if !s.workspace().is_empty() {
                s.notify_with(
                    NoticeKind::Info,
                    format!("Your workspace {} {REOPENED}", super::view::quoted(&title)),
                    Some(state::NoticeAction::ShowWorkspaces),
                );
            }
        },
    );
}

thread_local! {
    /// The saved workspace to reopen once the page is up ([`reopen_after_reload`]): the
    /// one this tab had before a reload, when it is the only one saved.
    static REOPEN_AT_START: std::cell::RefCell<Option<crate::formats::registry::Entry>> =
        const { std::cell::RefCell::new(None) };
}

/// At start: the list of saved workspaces if there are any, else a new workspace; but
/// when the page was reloaded on the only workspace saved, that workspace, at once
/// (`registry::reopen_at_start`; meanwhile the page waits read-only, "Restoring…"). The
/// list is local storage's; [`use_autosave`] then brings it up to date with the
/// workspaces' mirrors in IndexedDB (see [`refresh_list`]).
pub(crate) fn initial_state() -> AppState {
    storage::start();
    match storage::list_workspaces() {
        Ok(list) if !list.is_empty() => {
            let had = storage::had_in_tab();
            let reopen = crate::formats::registry::reopen_at_start(
                &list,
                had.as_deref(),
                storage::claimed_elsewhere,
            );
            if let Some(entry) = reopen.cloned() {
                REOPEN_AT_START.with(|r| *r.borrow_mut() = Some(entry));
                let mut s = AppState::default();
                s.read_only = Some(RESTORING.to_string());
                s.notify(NoticeKind::Info, RESTORING_NOTICE);
                return s;
            }
            LISTED_AT_START.with(|l| *l.borrow_mut() = Some(list.clone()));
            let mut s = AppState::default();
            s.chooser = Some(Rc::new(list));
            s
        }
        Ok(_) => {
            let s = open_new();
            LISTED_AT_START.with(|l| *l.borrow_mut() = Some(Vec::new()));
            s
        }
        Err(why) => {
            let mut s = open_new();
            s.autosave = Autosave::Failed(format!("{why}; your work is not saved automatically"));
            s
        }
    }
}

fn restore_state(restored: storage::Restored) -> AppState {
    match restored {
        storage::Restored::Nothing => AppState::default(),
        storage::Restored::Workspace(ws, warnings) => {
            let mut s = AppState::new(ws);
            for w in warnings {
                s.notify(
                    NoticeKind::Info,
                    format!("Restoring the saved workspace: {w}"),
                );
            }
            s
        }
        storage::Restored::Corrupt {
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
        storage::Restored::Unavailable(why) => {
            let mut s = AppState::default();
            s.autosave = Autosave::Failed(format!("{why}; your work is not saved automatically"));
            s
        }
    }
}

/// The notice of a tab whose workspace was deleted in another tab (or copy of the file).
const DELETED: &str = "This workspace was deleted in another tab or copy of Parallax. Everything \
    is still here, in this tab: your next change saves it again, and it comes back in the list \
    of saved workspaces. To let it go, close this tab without changing anything.";

const TAKEN: &str = "This workspace was opened in another tab or copy of Parallax, which now \
                     saves it. This tab is read-only so that neither overwrites the other's work.";

/// How long after the last change a large workspace is saved, in milliseconds.
const SAVE_DELAY_MS: u32 = 100;

/// Below this estimated size of the save (article text plus [`SPAN_SAVE_BYTES`] a span,
/// in bytes) a workspace is saved at once, inside the change's task: it costs a
/// millisecond or two, and a crash right after the change loses nothing. Larger ones are
/// saved right after the frame that shows the change, so the save does not delay it.
const SAVE_NOW_BYTES: usize = 64 << 10;

/// About how many bytes of JSON one span adds to a save.
const SPAN_SAVE_BYTES: usize = 100;

/// From this much article text (bytes) on, saving waits for [`SAVE_DELAY_MS`] (a burst
/// of changes is saved once).
const DEFER_SAVE_BYTES: usize = 1 << 20;

thread_local! {
    /// The workspace waiting to be saved: its id and snapshot.
    static PENDING: std::cell::RefCell<Option<(String, Rc<crate::model::Workspace>)>> =
        const { std::cell::RefCell::new(None) };
}

thread_local! {
    /// Set while [`leaving`] commits the focused field: the edit that commits is saved
    /// from the reducer's glue ([`changed_while_leaving`]), not after its render.
    static LEAVING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// The page is being left (reload, closing the tab, another address): a text field still
/// being typed in is committed (its `change` event dispatches an edit, which
/// [`changed_while_leaving`] puts in the pending save as the reducer makes it), and the
/// pending save is written, all inside the `pagehide` event. The edit is not left to
/// [`use_autosave`]'s effect: Yew runs effects after rendering, and a render longer than
/// its 16 ms slice yields to a timer first, which a page being unloaded never runs (the
/// CI flake of "a note and a name still being typed … are saved").
fn leaving() {
    LEAVING.with(|l| l.set(true));
    browser::commit_focused_field();
    LEAVING.with(|l| l.set(false));
    flush_pending(None);
}

/// Called by the reducer's glue (`root.rs`) after an action changed the workspace to
/// `state`'s: while [`leaving`] commits a field, the change becomes the pending save
/// (unless saving is paused or the tab is read-only, as [`use_autosave`] decides), so it
/// is written before the page goes.
pub fn changed_while_leaving(state: &AppState) {
    if !LEAVING.with(std::cell::Cell::get) {
        return;
    }
    let paused = matches!(state.autosave, Autosave::Paused(_)) || state.read_only.is_some();
    if let (false, Some(id)) = (paused, &state.workspace_id) {
        PENDING.with(|p| *p.borrow_mut() = Some((id.clone(), state.workspace().clone())));
    }
}

/// Save the waiting workspace now, if any (`dispatch`: report the outcome; none when the
/// page is going away).
fn flush_pending(dispatch: Option<&Dispatch>) {
    let Some((id, ws)) = PENDING.with(|p| p.borrow_mut().take()) else {
        return;
    };
    match dispatch {
        Some(d) => autosave(&id, ws, d),
        None => storage::save_workspace(&id, ws, Rc::new(|_| ())),
    }
}

thread_local! {
    /// Whether the user was told that saves go to local storage only.
    static TOLD_LOCAL_ONLY: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// Whether the user was told that saves go to IndexedDB only (local storage full).
    static TOLD_DATABASE_ONLY: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// Whether the user was told that a save's IndexedDB mirror failed (once per tab).
    static TOLD_UNMIRRORED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Show `why` as an error notice unless `told` says this tab has shown it already.
fn tell_once(
    told: &'static std::thread::LocalKey<std::cell::Cell<bool>>,
    dispatch: &Dispatch,
    why: String,
) {
    if !told.with(|t| t.replace(true)) {
        dispatch.dispatch(Action::Notify(NoticeKind::Error, why));
    }
}

fn autosave(id: &str, ws: Rc<crate::model::Workspace>, dispatch: &Dispatch) {
    let dispatch = dispatch.clone();
    storage::save_workspace(
        id,
        ws,
        Rc::new(move |outcome| {
            match outcome {
            storage::SaveOutcome::Saved => {
                TOLD_DATABASE_ONLY.with(|t| t.set(false));
                dispatch.dispatch(Action::Saved(Ok(())))
            }
            storage::SaveOutcome::SavedInLocalStorage(why) => {
                dispatch.dispatch(Action::Saved(Ok(())));
                tell_once(&TOLD_LOCAL_ONLY, &dispatch, why);
            }
            storage::SaveOutcome::SavedInDatabaseOnly(why) => {
                dispatch.dispatch(Action::Saved(Ok(())));
                tell_once(&TOLD_DATABASE_ONLY, &dispatch, why);
            }
            storage::SaveOutcome::Unmirrored(why) => tell_once(&TOLD_UNMIRRORED, &dispatch, why),
            storage::SaveOutcome::Failed(e) => {
                // A later save that local storage takes again may warn anew if it fills.
                TOLD_DATABASE_ONLY.with(|t| t.set(false));
                dispatch.dispatch(Action::Saved(Err(e)))
            }
            storage::SaveOutcome::Taken(Ok(None)) => {
                dispatch.dispatch(Action::ReadOnly(TAKEN.to_string()))
            }
            storage::SaveOutcome::Taken(Ok(Some((_, title)))) => {
                dispatch.dispatch(Action::ReadOnly(format!(
                    "{TAKEN} Your latest change was kept as a new saved workspace \u{201c}{title}\u{201d} \
                     (Workspaces\u{2026} lists it)."
                )))
            }
            storage::SaveOutcome::Taken(Err(e)) => {
                dispatch.dispatch(Action::ReadOnly(TAKEN.to_string()));
                dispatch.dispatch(Action::Saved(Err(format!(
                    "your latest change could not be kept as a copy ({e})"
                ))));
            }
        }
        }),
    );
}

/// Open saved workspace `id` in this tab (the tab that had it becomes read-only).
pub fn open_workspace(id: &str, dispatch: &Dispatch) {
    open_saved(id, dispatch);
}

/// Delete saved workspace `id` for good (see [`storage::delete_workspace`]) and show the
/// list without it, with a notice saying what was deleted.
pub fn delete_workspace(id: &str, title: &str, dispatch: &Dispatch) {
    match storage::delete_workspace(id) {
        Ok(()) => {
            dispatch.dispatch(Action::Notify(
                NoticeKind::Info,
                format!("Deleted the saved workspace \u{201c}{title}\u{201d}."),
            ));
            show_workspaces(dispatch);
        }
        Err(e) => dispatch.dispatch(Action::Notify(NoticeKind::Error, e)),
    }
}

/// Replace the workspace open in this tab, `current`, by the pending import `name`
/// (Import, then Replace): a copy of `current` is first kept as a saved workspace of its
/// own, "<title> (before importing <name>)", so the replaced work stays in the list after
/// the page is closed, where Ctrl+Z no longer reaches (trial 48, F8). The user is told
/// where the copy is, or, if it could not be kept, why, and that Ctrl+Z and Export JSON
/// still keep it.
pub fn replace_by_import(current: Rc<crate::model::Workspace>, name: &str, dispatch: &Dispatch) {
    if !current.is_empty() {
        let d = dispatch.clone();
        storage::keep_copy(
            current,
            format!(" (before importing {name})"),
            Box::new(move |kept| {
                d.dispatch(match kept {
                    Ok((_, title)) => Action::Notify(
                        NoticeKind::Info,
                        format!(
                            "The workspace you replaced is kept as \u{201c}{title}\u{201d} \
                             (Workspaces\u{2026} lists it)."
                        ),
                    ),
                    Err(e) => Action::Notify(
                        NoticeKind::Error,
                        format!(
                            "The workspace you replaced could not be kept as a saved copy \
                             ({e}). Ctrl+Z brings it back while this page is open; Export \
                             JSON after that keeps it."
                        ),
                    ),
                })
            }),
        );
    }
    dispatch.dispatch(Action::ResolveImport(Some(state::ImportMode::Replace)));
}

/// Continue the older version's workspace `id` in this tab (see [`open_older`]).
pub fn open_older_workspace(id: &str, dispatch: &Dispatch) {
    open_older(id, dispatch);
}

/// Start a new, empty workspace in this tab.
pub fn new_workspace(dispatch: &Dispatch) {
    dispatch.dispatch(Action::Open(Box::new(open_new())));
}

/// Show the list of saved workspaces: local storage's at once, then, when the mirrors
/// in IndexedDB change it (see [`refresh_list`]), the up-to-date one.
pub fn show_workspaces(dispatch: &Dispatch) {
    match storage::list_workspaces() {
        Ok(list) => {
            refresh_list(list.clone(), dispatch);
            dispatch.dispatch(Action::SetChooser(Some(Rc::new(list))));
        }
        Err(e) => dispatch.dispatch(Action::Notify(NoticeKind::Error, e)),
    }
}

thread_local! {
    /// The list local storage gave at start when no workspace was reopened after a reload
    /// (empty: none, so a new workspace was opened); `None` once brought up to date, when
    /// local storage could not be read, or when a workspace is being reopened (whose list is
    /// brought up to date after it, `REOPEN_AT_START`).
    static LISTED_AT_START: std::cell::RefCell<Option<Vec<crate::formats::registry::Entry>>> =
        const { std::cell::RefCell::new(None) };
}

/// Read the list with the workspaces' mirrors in IndexedDB ([`storage::list_durable`]) and
/// show it when it differs from `shown` (local storage's): a newer save, or a workspace
/// only IndexedDB kept, after the browser was killed. Nothing is shown when a workspace was
/// opened meanwhile, or when the up-to-date list is empty.
fn refresh_list(shown: Vec<crate::formats::registry::Entry>, dispatch: &Dispatch) {
    refresh_when(dispatch, move |list| list != shown.as_slice());
}

/// Read the list with the workspaces' mirrors in IndexedDB and show it when `differs`
/// says so of it ([`refresh_list`]); after a reload that reopened this tab's workspace at
/// once, when it holds another workspace (a newer save of that one is no reason to ask).
fn refresh_when(
    dispatch: &Dispatch,
    differs: impl Fn(&[crate::formats::registry::Entry]) -> bool + 'static,
) {
    let turn = OPENING.with(|o| o.get());
    let dispatch = dispatch.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(list) = storage::list_durable().await else {
            return; // local storage's list stays
        };
        if differs(&list) && !list.is_empty() && OPENING.with(|o| o.get()) == turn {
            dispatch.dispatch(Action::SetChooser(Some(Rc::new(list))));
        }
    });
}

/// Read files (articles and workspace files) and dispatch them: all articles of one pick
/// or drop as one undo step.
pub fn load_files(files: Vec<web_sys::File>, dispatch: Dispatch) {
    read_files(files, dispatch, false);
}

/// Read files picked with Import…: each is read as a workspace file whatever its name, so a
/// binary file is refused with the workspace files' advice, and an article file is added
/// as an article with a notice saying so (`state/import.rs`; trial 28, F14).
pub fn import_files(files: Vec<web_sys::File>, dispatch: Dispatch) {
    read_files(files, dispatch, true);
}

/// [`load_files`], or with `import` every file read as a workspace file ([`import_files`]).
fn read_files(files: Vec<web_sys::File>, dispatch: Dispatch, import: bool) {
    if files.is_empty() {
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let mut articles = Vec::new();
        for f in files {
            let name = f.name();
            if import || is_workspace_file(&name) {
                match browser::read_file(&f, SizeLimit::Import).await {
                    Ok(bytes) => {
                        // Parsed and checked in a task of its own, then shown in another:
                        // loading a large workspace is not one long task.
                        browser::next_task().await;
                        let bytes: Rc<[u8]> = Rc::from(bytes);
                        let options = crate::formats::ImportOptions { reanchor: false };
                        let result = crate::formats::import_with(&name, &bytes, &options);
                        browser::next_task().await;
                        dispatch.dispatch(Action::Imported {
                            name,
                            bytes,
                            result: Rc::new(result),
                        })
                    }
                    Err(e) => dispatch.dispatch(Action::Notify(NoticeKind::Error, e)),
                }
            } else {
                let bytes = browser::read_file(&f, SizeLimit::Article).await;
                articles.push(LoadedFile { name, bytes });
            }
        }
        if !articles.is_empty() {
            dispatch.dispatch(Action::LoadArticles(articles));
        }
    });
}

/// Save the workspace after every change under its id `id` (not while `paused`: read-only
/// or autosave paused), and turn this tab read-only when another tab opens the same
/// workspace. Outcomes are dispatched (`Saved`, `ReadOnly`).
#[hook]
pub fn use_autosave(ws: WsRef, paused: bool, id: Option<String>, dispatch: Dispatch) {
    // Autosave after every workspace change, under the workspace's own id, unless
    // another tab took the workspace over. A small workspace is saved at once (a crash
    // loses nothing); a larger one right after the frame that shows the change; one with
    // megabytes of text SAVE_DELAY_MS later (a burst of changes is saved once). Leaving
    // the page or switching workspaces saves at once.
    {
        let dispatch = dispatch.clone();
        let timer = use_mut_ref(|| None::<gloo::timers::callback::Timeout>);
        let frame = use_mut_ref(|| None::<gloo::render::AnimationFrame>);
        use_effect_with((ws, paused, id.clone()), move |(w, paused, id)| {
            let other = PENDING.with(|p| {
                p.borrow()
                    .as_ref()
                    .is_some_and(|(pid, _)| Some(pid) != id.as_ref())
            });
            if other {
                flush_pending(Some(&dispatch));
            }
            if let (false, Some(id)) = (*paused, id) {
                PENDING.with(|p| *p.borrow_mut() = Some((id.clone(), w.0.clone())));
                let text: usize = w.0.documents.iter().map(|d| d.text.len()).sum();
                // A hidden page gets no frames and may be gone before a timer: a change
                // made while it is being left (a field committed by `leaving`) is saved now.
                if text + SPAN_SAVE_BYTES * w.0.spans.len() < SAVE_NOW_BYTES
                    || browser::page_hidden()
                {
                    *timer.borrow_mut() = None;
                    *frame.borrow_mut() = None;
                    flush_pending(Some(&dispatch));
                    return;
                }
                if text < DEFER_SAVE_BYTES {
                    // Right after the frame that shows the change (a task queued from the
                    // next animation frame): the save is off the key-to-frame path. A
                    // hidden tab gets no frames: then the timer saves it.
                    let d = dispatch.clone();
                    *frame.borrow_mut() =
                        Some(browser::after_frame(move || flush_pending(Some(&d))));
                    let d = dispatch.clone();
                    *timer.borrow_mut() = Some(gloo::timers::callback::Timeout::new(
                        SAVE_DELAY_MS,
                        move || flush_pending(Some(&d)),
                    ));
                    return;
                }
                *frame.borrow_mut() = None;
                let dispatch = dispatch.clone();
                *timer.borrow_mut() = Some(gloo::timers::callback::Timeout::new(
                    SAVE_DELAY_MS,
                    move || flush_pending(Some(&dispatch)),
                ));
            }
        });
    }
    use_effect_with((), move |_| {
        let listener = web_sys::window()
            .map(|w| gloo::events::EventListener::new(&w, "pagehide", |_| leaving()));
        move || drop(listener)
    });
    // Leaving the page for good (not into the back-forward cache) gives up this tab's
    // claim on its workspace, after the save above: the list in other tabs then tells a
    // workspace open in a tab from one whose tab was closed (trial 48, F9).
    use_effect_with(id.clone(), move |id| {
        let id = id.clone();
        let listener = web_sys::window().zip(id).map(|(w, id)| {
            gloo::events::EventListener::new(&w, "pagehide", move |e| {
                if storage::left_for_good(e) {
                    storage::release_workspace(&id);
                }
            })
        });
        move || drop(listener)
    });
    // At start, the list of saved workspaces as their mirrors in IndexedDB have it (a
    // browser killed before local storage was written), also when local storage had none.
    {
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| {
            // This tab's workspace after a reload first: the list, if IndexedDB's mirrors
            // hold more than it, is shown over it (its turn is after the reopening).
            if let Some(entry) = REOPEN_AT_START.with(|r| r.borrow_mut().take()) {
                reopen_after_reload(&entry, &dispatch);
                let id = entry.id;
                refresh_when(&dispatch, move |list| list.iter().any(|e| e.id != id));
            } else if let Some(shown) = LISTED_AT_START.with(|l| l.borrow_mut().take()) {
                refresh_list(shown, &dispatch);
            }
        });
    }

    // Another tab (or copy of the file) opening this workspace makes this tab read-only;
    // one deleting its save is told, and the next change saves it again.
    {
        let dispatch = dispatch.clone();
        use_effect_with(id, move |id| {
            let listener = id.clone().and_then(|id| {
                storage::on_workspace_taken(id, move |what| match what {
                    storage::Elsewhere::Taken => {
                        dispatch.dispatch(Action::ReadOnly(TAKEN.to_string()))
                    }
                    storage::Elsewhere::Deleted => {
                        dispatch.dispatch(Action::Notify(NoticeKind::Info, DELETED.to_string()))
                    }
                })
            });
            move || drop(listener)
        });
    }
}

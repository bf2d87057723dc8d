//! The browser app (Yew, wasm32 only): [`state`] holds the one reducer, [`view`] the pure
//! view model (paragraphs, span buckets, nested-mark segments), [`browser`] all web-sys
//! glue, and [`components`] one component per file. [`App`] only composes them and wires
//! the page-wide things: keyboard shortcuts, drag and drop, autosave.

pub mod browser;
pub mod components;
pub mod coverage;
pub mod keys;
pub mod state;
pub mod view;
pub mod worker;

use crate::formats::SizeLimit;
use crate::model::Label;
use components::matrix_view::{matrix_view, MatrixViewProps};
use components::switcher::{article_switcher, SwitchItem, SwitcherProps};
use components::{
    article_column::ArticleColumn, help::Help, import_dialog::ImportDialog, inspector::Inspector,
    loader::EmptyState, notices::Notices, toolbar::Toolbar, workspaces::WorkspaceChooser,
};
use coverage::CoverageAction;
use state::{Action, AppState, Autosave, LoadedFile, NoticeKind};
use std::rc::Rc;
use view::{Focus, WsRef};
use yew::prelude::*;

/// The reducer's dispatcher, handed to components.
pub type Dispatch = UseReducerDispatcher<AppState>;

/// Files whose names say "workspace" are imported; everything else is an article.
pub fn is_workspace_file(name: &str) -> bool {
    let n = name.to_ascii_lowercase();
    [".json", ".jsonl", ".jsonld", ".zip"]
        .iter()
        .any(|ext| n.ends_with(ext))
}

/// Read files (articles and workspace files) and dispatch them: all articles of one pick
/// or drop as one undo step.
pub fn load_files(files: Vec<web_sys::File>, dispatch: Dispatch) {
    if files.is_empty() {
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let mut articles = Vec::new();
        for f in files {
            let name = f.name();
            if is_workspace_file(&name) {
                match browser::read_file(&f, SizeLimit::Import).await {
                    Ok(bytes) => dispatch.dispatch(Action::Import {
                        name,
                        bytes: Rc::from(bytes),
                        reanchor: false,
                    }),
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
fn initial_state() -> AppState {
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

/// While a modal dialog is open it takes every key (this runs in the capture phase, before
/// any shortcut listener, and stops the event there): Esc closes it, Tab stays inside it,
/// and nothing behind it changes. Keys still do their default inside the dialog (typing,
/// Enter on a button).
fn on_dialog_key(e: &KeyboardEvent) {
    let Some(dialog) = browser::open_dialog() else {
        return;
    };
    e.stop_propagation();
    match e.key().as_str() {
        "Escape" => {
            e.prevent_default();
            browser::close_dialog(&dialog);
        }
        "Tab" => {
            e.prevent_default();
            browser::cycle_focus(&dialog, e.shift_key());
        }
        _ => {}
    }
}

fn on_key(e: KeyboardEvent, dispatch: &Dispatch) {
    if browser::is_typing_target(e.target()) || e.alt_key() {
        return;
    }
    let ctrl = e.ctrl_key() || e.meta_key();
    let key = e.key();
    if e.shift_key() && browser::extend_selection(e.target(), &key, ctrl) {
        e.prevent_default();
        browser::draw_caret();
        return;
    }
    if !e.shift_key() && browser::move_caret(e.target(), &key, ctrl) {
        e.prevent_default();
        return;
    }
    if ctrl {
        let action = match key.as_str() {
            "z" | "Z" if e.shift_key() => Some(Action::Redo),
            "z" | "Z" => Some(Action::Undo),
            "y" | "Y" => Some(Action::Redo),
            _ => None,
        };
        if let Some(a) = action {
            e.prevent_default();
            dispatch.dispatch(a);
        }
        return;
    }
    match key.as_str() {
        "1" | "2" | "3" | "4" => {
            let label = Label::ALL.into_iter().find(|l| key.starts_with(l.key()));
            if let Some(label) = label {
                e.prevent_default();
                label_now(label, dispatch);
            }
        }
        "Delete" | "Backspace" => {
            e.prevent_default();
            dispatch.dispatch(Action::DeleteSelected);
        }
        "Escape" => {
            dispatch.dispatch(Action::SetHelp(false));
            dispatch.dispatch(Action::SetClassroom(false));
            dispatch.dispatch(Action::SelectSpan(None));
            // Esc also clears a text selection and the reading caret.
            browser::clear_selection();
            browser::draw_caret();
        }
        "a" | "A" => dispatch.dispatch(Action::StartConnect),
        "]" => dispatch.dispatch(Action::SelectAdjacent(1)),
        "[" => dispatch.dispatch(Action::SelectAdjacent(-1)),
        "?" => dispatch.dispatch(Action::SetHelp(true)),
        "m" | "M" => dispatch.dispatch(Action::Coverage(coverage::CoverageAction::ToggleMatrix)),
        "," => dispatch.dispatch(Action::Coverage(coverage::CoverageAction::Shift(-1))),
        "." => dispatch.dispatch(Action::Coverage(coverage::CoverageAction::Shift(1))),
        _ => {}
    }
}

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

/// Run `f` in a task of its own right after the next frame is drawn (a timeout queued
/// from the frame's animation callback), so its work (a save, a scroll that needs the
/// layout) does not delay that frame. Dropping the handle before the frame cancels it.
pub fn after_frame(f: impl FnOnce() + 'static) -> gloo::render::AnimationFrame {
    gloo::render::request_animation_frame(move |_| {
        gloo::timers::callback::Timeout::new(0, f).forget();
    })
}

/// Save the waiting workspace now, if any (`dispatch`: report the outcome; none when the
/// page is going away).
fn flush_pending(dispatch: Option<&Dispatch>) {
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

/// Label the current text selection (or relabel the selected span) and clear the
/// browser selection.
pub fn label_now(label: Label, dispatch: &Dispatch) {
    let picked = browser::selection_offsets();
    let had = picked.as_ref().is_some_and(|p| p.is_ok());
    dispatch.dispatch(Action::Label { picked, label });
    if had {
        browser::clear_selection();
    }
}

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(initial_state);
    let dispatch = state.dispatcher();
    let ws = state.workspace().clone();
    let derived = use_memo(WsRef(ws.clone()), |w| view::derive(&w.0));

    // Autosave after every workspace change, under the workspace's own id, unless
    // another tab took the workspace over. A small workspace is saved at once (a crash
    // loses nothing); a larger one right after the frame that shows the change; one with
    // megabytes of text SAVE_DELAY_MS later (a burst of changes is saved once). Leaving
    // the page or switching workspaces saves at once.
    {
        let dispatch = dispatch.clone();
        let paused = matches!(state.autosave, Autosave::Paused(_)) || state.read_only.is_some();
        let id = state.workspace_id.clone();
        let timer = use_mut_ref(|| None::<gloo::timers::callback::Timeout>);
        let frame = use_mut_ref(|| None::<gloo::render::AnimationFrame>);
        use_effect_with((WsRef(ws.clone()), paused, id), move |(w, paused, id)| {
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
                if text + SPAN_SAVE_BYTES * w.0.spans.len() < SAVE_NOW_BYTES {
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
                    *frame.borrow_mut() = Some(after_frame(move || flush_pending(Some(&d))));
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
            .map(|w| gloo::events::EventListener::new(&w, "pagehide", |_| flush_pending(None)));
        move || drop(listener)
    });

    // Another tab (or copy of the file) opening this workspace makes this tab read-only.
    {
        let dispatch = dispatch.clone();
        use_effect_with(state.workspace_id.clone(), move |id| {
            let listener = id.clone().and_then(|id| {
                browser::on_workspace_taken(id, move |_| {
                    dispatch.dispatch(Action::ReadOnly(TAKEN.to_string()))
                })
            });
            move || drop(listener)
        });
    }

    // Keep the selected span in view (it may be selected from the keyboard or a list).
    use_effect_with(state.selected.clone(), |selected| {
        if let Some(id) = selected {
            browser::reveal_span(id);
            // The side panel follows: its top shows this span and its suggestions.
            browser::scroll_sidebar_top();
        }
    });

    // Page-wide keyboard shortcuts.
    {
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|w| {
                // Not passive: shortcuts call preventDefault.
                let options = gloo::events::EventListenerOptions::enable_prevent_default();
                gloo::events::EventListener::new_with_options(&w, "keydown", options, move |e| {
                    if let Some(e) = wasm_bindgen::JsCast::dyn_ref::<KeyboardEvent>(e) {
                        on_key(e.clone(), &dispatch);
                    }
                })
            });
            move || drop(listener)
        });
    }

    // The reading caret follows the selection (keys, clicks) and the scrolling.
    use_effect_with((), move |_| {
        let listeners = web_sys::window().and_then(|w| {
            let doc = w.document()?;
            let on_sel = gloo::events::EventListener::new(&doc, "selectionchange", |_| {
                browser::draw_caret()
            });
            let options = gloo::events::EventListenerOptions {
                phase: gloo::events::EventListenerPhase::Capture,
                passive: true,
            };
            let on_scroll =
                gloo::events::EventListener::new_with_options(&w, "scroll", options, |_| {
                    browser::draw_caret()
                });
            Some((on_sel, on_scroll))
        });
        move || drop(listeners)
    });

    // Dialogs first: a capture-phase listener on the window sees every key before the
    // shortcut listeners (here and in other components).
    use_effect_with((), move |_| {
        let listener = web_sys::window().map(|w| {
            let options = gloo::events::EventListenerOptions {
                phase: gloo::events::EventListenerPhase::Capture,
                passive: false,
            };
            gloo::events::EventListener::new_with_options(&w, "keydown", options, move |e| {
                if let Some(e) = wasm_bindgen::JsCast::dyn_ref::<KeyboardEvent>(e) {
                    on_dialog_key(e);
                }
            })
        });
        move || drop(listener)
    });

    let dragging = use_state(|| false);
    let ondragover = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            if !*dragging {
                dragging.set(true);
            }
        })
    };
    let ondragleave = {
        let dragging = dragging.clone();
        // Leaving the window (not just moving between elements).
        Callback::from(move |e: DragEvent| {
            if e.related_target().is_none() {
                dragging.set(false);
            }
        })
    };
    let ondrop = {
        let dispatch = dispatch.clone();
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            let files = e.data_transfer().and_then(|d| d.files());
            load_files(browser::file_list(files), dispatch.clone());
        })
    };

    // The skip link: focus the first article (or the start screen's first control).
    let skip_to_articles = Callback::from(|e: MouseEvent| {
        e.prevent_default();
        browser::focus_first_article();
    });
    let focus = Rc::new(Focus::new(
        state.selected.as_deref(),
        state.connecting.as_deref(),
        &derived.related,
    ));
    let count = ws.documents.len();
    let shown = coverage::visible(&state);
    let shown_count = shown.len();
    let empty: Rc<[view::SpanInfo]> = Rc::from(Vec::new());
    let position = |id: &str| ws.documents.iter().position(|d| d.id == id).unwrap_or(0);
    let columns = shown.iter().map(|d| {
        let i = position(&d.id);
        let spans = derived
            .spans
            .get(&d.id)
            .cloned()
            .unwrap_or_else(|| empty.clone());
        html! {
            <ArticleColumn
                key={d.id.clone()}
                id={AttrValue::from(d.id.clone())}
                title={AttrValue::from(d.title.clone())}
                source={AttrValue::from(d.source.clone())}
                text={view::SharedText(d.text.clone())}
                spans={spans}
                focus={focus.clone()}
                only_unattributed={state.only_unattributed}
                index={i}
                count={count}
                dispatch={dispatch.clone()}
                meta={d.meta.clone()}
            />
        }
    });

    // The matrix, built only while it is open (once per workspace change or sort).
    let matrix = use_memo(
        (
            WsRef(ws.clone()),
            state.coverage.matrix_open,
            state.coverage.sort,
        ),
        |(w, open, sort)| {
            open.then(|| {
                let mut m = crate::report::matrix::build(&w.0);
                m.sort(*sort);
                Rc::new(m)
            })
        },
    );
    let switch_items: Vec<SwitchItem> = ws
        .documents
        .iter()
        .map(|d| SwitchItem {
            id: AttrValue::from(d.id.clone()),
            outlet: AttrValue::from(d.outlet_name().to_string()),
            title: AttrValue::from(d.title.clone()),
            visible: shown.iter().any(|x| x.id == d.id),
            pinned: state.coverage.pinned.contains(&d.id),
        })
        .collect();
    // A coverage action from a component's value (switcher, matrix).
    fn cov_cb<T: 'static>(
        dispatch: &Dispatch,
        f: impl Fn(T) -> CoverageAction + 'static,
    ) -> Callback<T> {
        let dispatch = dispatch.clone();
        Callback::from(move |v: T| {
            let a = f(v);
            if let CoverageAction::Show(id) = &a {
                browser::reveal_article(id);
            }
            dispatch.dispatch(Action::Coverage(a))
        })
    }

    let mut main_class = classes!("app");
    if state.connecting.is_some() {
        main_class.push("connecting");
    }
    if state.only_unattributed {
        main_class.push("only-unattributed");
    }
    if *dragging {
        main_class.push("dragging");
    }
    if state.read_only.is_some() {
        main_class.push("read-only");
    }
    html! {
        <div class={main_class} data-workspace-id={state.workspace_id.clone()} {ondragover} {ondragleave} {ondrop}>
            <a class="skip-link" href="#articles" onclick={skip_to_articles}>{ "Skip to the articles" }</a>
            <Toolbar state={state.clone()} unattributed={derived.unattributed} />
            <components::identity_bar::IdentityBar identity={ws.identity.clone()} has_docs={count > 0}
                on_change={{
                    let dispatch = dispatch.clone();
                    Callback::from(move |i| dispatch.dispatch(Action::SetIdentity(i)))
                }} />
            <Notices state={state.clone()} />
            if count == 0 {
                <EmptyState dispatch={dispatch.clone()} />
            } else {
                <div class="workspace">
                    <div class="coverage-main">
                        if count > 1 {
                            { article_switcher(&SwitcherProps {
                                items: switch_items,
                                on_show: cov_cb(&dispatch, CoverageAction::Show),
                                on_toggle: cov_cb(&dispatch, CoverageAction::Toggle),
                                on_all: cov_cb(&dispatch, |_: ()| CoverageAction::ShowAll),
                                on_shift: cov_cb(&dispatch, CoverageAction::Shift),
                            }) }
                        }
                        if let Some(m) = (*matrix).clone() {
                            { matrix_view(&MatrixViewProps {
                                matrix: m,
                                sort: state.coverage.sort,
                                on_sort: cov_cb(&dispatch, CoverageAction::Sort),
                                on_goto: cov_cb(&dispatch, CoverageAction::GoTo),
                                on_close: cov_cb(&dispatch, |_: ()| CoverageAction::OpenMatrix(false)),
                            }) }
                        } else {
                            <div class="columns" id="articles" tabindex="-1" style={format!("--columns: {shown_count}")}>
                                { for columns }
                            </div>
                        }
                    </div>
                    <div class="sidebar">
                        <Inspector state={state.clone()} />
                        <components::suggestions::SuggestionsPanel state={state.clone()} />
                    </div>
                </div>
            }
            if let Some(p) = state.pending_import.clone() {
                <ImportDialog name={AttrValue::from(p.name.clone())} dispatch={dispatch.clone()} />
            }
            if state.help_open {
                <Help dispatch={dispatch.clone()} />
            }
            if state.classroom_open {
                <components::classroom::Classroom workspace={ws.clone()}
                    on_close={{
                        let dispatch = dispatch.clone();
                        Callback::from(move |_| dispatch.dispatch(Action::SetClassroom(false)))
                    }}
                    on_error={{
                        let dispatch = dispatch.clone();
                        Callback::from(move |m| dispatch.dispatch(Action::Notify(NoticeKind::Error, m)))
                    }} />
            }
            if let Some(list) = state.chooser.clone() {
                <WorkspaceChooser entries={list} current={state.workspace_id.clone().map(AttrValue::from)}
                                  dispatch={dispatch.clone()} />
            }
        </div>
    }
}

/// Mount the app on the page's body.
pub fn start() {
    // In the matcher's Web Worker (same wasm, no window) there is nothing to mount.
    if web_sys::window().is_none() {
        return;
    }
    yew::Renderer::<App>::new().render();
}

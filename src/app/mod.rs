//! The browser app (Yew, wasm32 only): [`state`] holds the one reducer, [`view`] the pure
//! view model (paragraphs, span buckets, nested-mark segments), [`browser`] all web-sys
//! glue, and [`components`] one component per file. [`App`] only composes them and wires
//! the page-wide things: keyboard shortcuts, drag and drop, autosave.

pub mod browser;
pub mod components;
pub mod coverage;
pub mod state;
pub mod view;
pub mod worker;

use crate::formats::SizeLimit;
use crate::model::Label;
use components::matrix_view::{matrix_view, MatrixViewProps};
use components::switcher::{article_switcher, SwitchItem, SwitcherProps};
use components::{
    article_column::ArticleColumn, help::Help, import_dialog::ImportDialog, inspector::Inspector,
    loader::EmptyState, notices::Notices, toolbar::Toolbar,
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

fn initial_state() -> AppState {
    match browser::restore_workspace() {
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

fn on_key(e: KeyboardEvent, dispatch: &Dispatch) {
    if browser::is_typing_target(e.target()) || e.alt_key() {
        return;
    }
    let ctrl = e.ctrl_key() || e.meta_key();
    let key = e.key();
    if e.shift_key() && browser::extend_selection(e.target(), &key, ctrl) {
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
            dispatch.dispatch(Action::SelectSpan(None));
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

    // Autosave after every workspace change.
    {
        let dispatch = dispatch.clone();
        let paused = matches!(state.autosave, Autosave::Paused(_));
        use_effect_with((WsRef(ws.clone()), paused), move |(w, paused)| {
            if !*paused {
                dispatch.dispatch(Action::Saved(browser::save_workspace(&w.0)));
            }
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
    html! {
        <div class={main_class} {ondragover} {ondragleave} {ondrop}>
            <Toolbar state={state.clone()} unattributed={derived.unattributed} />
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
                            <div class="columns" style={format!("--columns: {shown_count}")}>
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

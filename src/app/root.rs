//! The root component [`App`]: composes the columns, the side panel and the dialogs, and
//! wires the page-wide things (autosave, tabs, drag and drop, the keyboard listeners of
//! [`crate::app::keys`]). Also the reducer's wasm glue: [`AppState`] as a
//! `yew::Reducible` (the reducer itself is [`crate::app::state::reduce`], plain Rust).

use super::coverage::{self, CoverageAction};
use super::session;
use super::state::{Action, AppState, Autosave, NoticeKind};
use super::view::{self, Focus, WsRef};
use super::{browser, components, keys, scroll, session::load_files, steps, Dispatch};
use components::matrix_view::{matrix_view, MatrixViewProps};
use components::switcher::{article_switcher, SwitchItem, SwitcherProps};
use components::{
    article_column::ArticleColumn, help::Help, import_dialog::ImportDialog, inspector::Inspector,
    loader::EmptyState, notices::Notices, toolbar::Toolbar, workspaces::WorkspaceChooser,
};
use std::rc::Rc;
use yew::prelude::*;

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let before = self.workspace().clone();
        let next = super::state::reduce(self, action);
        if !Rc::ptr_eq(&before, next.workspace()) {
            session::changed_while_leaving(&next);
        }
        next
    }
}

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(session::initial_state);
    let dispatch = state.dispatcher();
    let ws = state.workspace().clone();
    let derived = use_memo(WsRef(ws.clone()), |w| view::derive(&w.0));

    // Each article's offset index (code points <-> bytes, built once per text and shared
    // by every snapshot) is built in a step of its own after the article appears, not by
    // the first label's snapping (19 ms for a 4.4 MB article, inside the key's task).
    {
        let texts: Vec<usize> = ws
            .documents
            .iter()
            .map(|d| std::sync::Arc::as_ptr(&d.text) as *const u8 as usize)
            .collect();
        let ws = ws.clone();
        use_effect_with(texts, move |_| {
            let queued: Vec<steps::Step> = ws
                .documents
                .iter()
                .filter(|d| !d.offsets_built())
                .map(|d| {
                    let d = d.clone();
                    steps::queue_step(move || {
                        d.offsets();
                    })
                })
                .collect();
            move || drop(queued)
        });
    }

    // Autosave, and this tab's hand-over when another tab opens the workspace.
    session::use_autosave(
        WsRef(ws.clone()),
        matches!(state.autosave, Autosave::Paused(_)) || state.read_only.is_some(),
        state.workspace_id.clone(),
        dispatch.clone(),
    );

    // A workspace the browser refused to save: closing or reloading the page asks first
    // (the browser's own "Leave site?" question) until a save succeeds again, so work
    // the notice's "Export now" did not keep is not lost to one click.
    use_effect_with(
        matches!(state.autosave, Autosave::Failed(_)) && state.read_only.is_none(),
        |&ask| {
            let listener = ask.then(crate::app::browser::ask_before_leaving);
            move || drop(listener)
        },
    );

    // Keep the selected span in view (it may be selected from the keyboard or a list).
    use_effect_with(state.selected.clone(), |selected| {
        if let Some(id) = selected {
            scroll::scroll_to_span(id, scroll::Reveal::Nearest);
            // The side panel follows: its top shows this span and its suggestions.
            scroll::scroll_sidebar_top();
        }
    });

    // Manual-link mode: a click on a span completes the link (before the article sees it).
    {
        let dispatch = dispatch.clone();
        use_effect_with(state.linking.is_some(), move |on| {
            let listener = on
                .then(|| {
                    browser::capture_span_clicks(move |id| dispatch.dispatch(Action::ClickSpan(id)))
                })
                .flatten();
            move || drop(listener)
        });
    }

    // Page-wide keyboard shortcuts (one listener: keys::on_key).
    {
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|w| {
                // Not passive: shortcuts call preventDefault.
                let options = gloo::events::EventListenerOptions::enable_prevent_default();
                gloo::events::EventListener::new_with_options(&w, "keydown", options, move |e| {
                    if let Some(e) = wasm_bindgen::JsCast::dyn_ref::<KeyboardEvent>(e) {
                        keys::on_key(e.clone(), &dispatch);
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
            let on_sel =
                gloo::events::EventListener::new(&doc, "selectionchange", |_| keys::draw_caret());
            // A drag that went on into another article (or the panel) is cut back to the
            // article where it started, at the pointer's line.
            let on_up = gloo::events::EventListener::new(&doc, "mouseup", |e| {
                if let Some(e) = wasm_bindgen::JsCast::dyn_ref::<web_sys::MouseEvent>(e) {
                    browser::keep_selection_in_article(
                        f64::from(e.client_x()),
                        f64::from(e.client_y()),
                    );
                }
            });
            let options = gloo::events::EventListenerOptions {
                phase: gloo::events::EventListenerPhase::Capture,
                passive: true,
            };
            let on_scroll =
                gloo::events::EventListener::new_with_options(&w, "scroll", options, |_| {
                    keys::draw_caret()
                });
            Some((on_sel, on_up, on_scroll))
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
                    keys::on_dialog_key(e);
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

    // The skip link: focus the first article (or the start screen's first control), or
    // the coverage matrix while it is shown instead of the articles. Its `href` names an
    // element that is on the page in each of these views.
    let matrix_open = state.coverage.matrix_open && !ws.documents.is_empty();
    let (skip_href, skip_text) = if ws.documents.is_empty() {
        ("#load-sample", "Skip to the articles")
    } else if matrix_open {
        ("#matrix", "Skip to the coverage matrix")
    } else {
        ("#articles", "Skip to the articles")
    };
    let skip_to_articles = Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        if matrix_open {
            keys::focus_by_id("matrix");
        } else {
            keys::focus_first_article();
        }
    });
    // The second skip link: the side panel's suggestions, so a keyboard user reaches them
    // without tabbing through the toolbar and every article.
    let skip_to_suggestions = Callback::from(|e: MouseEvent| {
        e.prevent_default();
        keys::focus_by_id("suggestions");
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
    // Columns that appear together (a workspace or several articles loaded): the first at
    // once, each other one a step later (a frame each), so loading is not one long task.
    let seen = use_mut_ref(std::collections::HashSet::<String>::new);
    let new_ids: Vec<String> = shown
        .iter()
        .filter(|d| !seen.borrow().contains(&d.id))
        .map(|d| d.id.clone())
        .collect();
    *seen.borrow_mut() = shown.iter().map(|d| d.id.clone()).collect();
    let now = |id: &str| new_ids.len() < 2 || new_ids.first().is_some_and(|f| f == id);
    let columns = shown.iter().map(|d| {
        let i = position(&d.id);
        let spans = derived
            .spans
            .get(&d.id)
            .cloned()
            .unwrap_or_else(|| empty.clone());
        html! {
            <components::deferred::Deferred key={d.id.clone()} now={now(&d.id)}>
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
            </components::deferred::Deferred>
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
    let names = crate::model::names::entry_names(
        &ws.documents
            .iter()
            .map(|d| (d.outlet_name(), d.title.as_str()))
            .collect::<Vec<_>>(),
    );
    let switch_items: Vec<SwitchItem> = ws
        .documents
        .iter()
        .zip(names)
        .map(|(d, name)| SwitchItem {
            id: AttrValue::from(d.id.clone()),
            outlet: AttrValue::from(name),
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
                scroll::reveal_article(id);
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
    let read_only = components::note_editor::ReadOnly(state.read_only.is_some());
    html! {
        <ContextProvider<components::note_editor::ReadOnly> context={read_only}>
        <div class={main_class} data-workspace-id={state.workspace_id.clone()} {ondragover} {ondragleave} {ondrop}>
            <a class="skip-link" href={skip_href} onclick={skip_to_articles}>{ skip_text }</a>
            if count > 0 {
                <a class="skip-link" href="#suggestions" onclick={skip_to_suggestions}>{ "Skip to the suggested links" }</a>
            }
            <Toolbar ws={WsRef(ws.clone())} can_undo={state.history.can_undo()}
                can_redo={state.history.can_redo()} matrix_open={state.coverage.matrix_open}
                snap={state.snap} connecting={state.connecting.is_some()}
                only_unattributed={state.only_unattributed} unattributed={derived.unattributed}
                taken_id={state.read_only.as_deref().filter(|r| *r != super::state::RESTORING)
                    .and(state.workspace_id.clone())}
                workspace_id={state.workspace_id.clone()}
                dispatch={dispatch.clone()} />
            <components::identity_bar::IdentityBar identity={ws.identity.clone()} has_docs={count > 0}
                on_change={{
                    let dispatch = dispatch.clone();
                    Callback::from(move |i| dispatch.dispatch(Action::SetIdentity(i)))
                }} />
            <Notices notices={state.notices.clone()} autosave={state.autosave.clone()}
                ws={WsRef(ws.clone())} workspace_id={state.workspace_id.clone()}
                dispatch={dispatch.clone()} />
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
                        // A frame after the articles when a workspace appears (loading is
                        // not one long task).
                        <components::deferred::Deferred>
                        <Inspector ws={WsRef(ws.clone())} selected={state.selected.clone()}
                            dispatch={dispatch.clone()} />
                        <components::suggestions::SuggestionsPanel ws={WsRef(ws.clone())}
                            selected={state.selected.clone()} linking={state.linking.clone()}
                            dispatch={dispatch.clone()} />
                        </components::deferred::Deferred>
                    </div>
                </div>
            }
            if let Some(p) = state.pending_import.clone() {
                <ImportDialog name={AttrValue::from(p.name.clone())} current={WsRef(ws.clone())}
                              articles={p.imported.documents.len()} spans={p.imported.spans.len()}
                              dispatch={dispatch.clone()} />
            }
            if state.help_open {
                <Help dispatch={dispatch.clone()} />
            }
            // Always mounted, hidden while closed: the class view keeps its files, grades
            // and curation until the page is closed.
            <components::classroom::Classroom open={state.classroom_open} workspace={WsRef(ws.clone())}
                    on_close={{
                        let dispatch = dispatch.clone();
                        Callback::from(move |_| dispatch.dispatch(Action::SetClassroom(false)))
                    }}
                    on_error={{
                        let dispatch = dispatch.clone();
                        Callback::from(move |m| dispatch.dispatch(Action::Notify(NoticeKind::Error, m)))
                    }} />
            if let Some(list) = state.chooser.clone() {
                <WorkspaceChooser entries={list} current={state.workspace_id.clone().map(AttrValue::from)}
                                  dispatch={dispatch.clone()} />
            }
        </div>
        </ContextProvider<components::note_editor::ReadOnly>>
    }
}

/// Mount the app on the page's body.
pub fn start() {
    // A panic's message, kept for the suggestions panel and the worker's error reply.
    crate::app::worker::install_panic_hook();
    // In the matcher's Web Worker (same wasm, no window) there is nothing to mount.
    if web_sys::window().is_none() {
        return;
    }
    yew::Renderer::<App>::new().render();
}

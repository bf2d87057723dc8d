//! The suggestions panel (`#suggestions`): the selected claim or quote span's suggestion
//! cards ([`SpanGroupView`]; the most recently labelled one's when the selection is not a
//! claim or quote), a virtualised one-line-per-span overview of all of them
//! ([`Overview`]), the best unlabelled matches; manual linking (select a span, press L or
//! "Link…", click a span in another article); and the links list ([`Links`]). Only one
//! span's cards are ever rendered, so the panel's cost does not grow with the spans.
//!
//! Matching runs after each workspace change (debounced): in the page for small
//! workspaces, in a Web Worker ([`crate::app::worker`]) above
//! [`WORKER_THRESHOLD`](crate::app::worker::WORKER_THRESHOLD) sentences, with a progress
//! bar (`#match-progress`). Results computed for an older workspace are discarded (the
//! newest workspace is matched next); results on screen are filtered against the current
//! workspace so accepted or rejected suggestions disappear at once.

use super::links::{excerpt, reveal_span, LinkAction, Links};
use super::overview::Overview;
use super::suggestion_group::{suggestion_html, ResultsRef, SpanGroupView};
use crate::app::state::{Action, AppState, NoticeKind};
use crate::app::view::WsRef;
use crate::app::worker::{self, MatchWorker, PageMatcher, Reply, WorkerEvent};
use crate::app::{browser, Dispatch};
use crate::linking::{self, is_matched_label, Suggestions};
use crate::model::Workspace;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::{Rc, Weak};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// What the panel shows about matching (its own small reducer).
#[derive(Default, PartialEq)]
pub struct MatchView {
    pub results: Option<Rc<Suggestions>>,
    /// Matching in the worker is under way: `(done, total)` spans, `total` 0 while indexing.
    pub progress: Option<(usize, usize)>,
    /// Where the last results were computed: `"page"` or `"worker"`.
    pub engine: &'static str,
    pub sentences: usize,
}

pub enum ViewAction {
    Started { sentences: usize },
    Progress(usize, usize),
    Done(Rc<Suggestions>, &'static str),
}

impl Reducible for MatchView {
    type Action = ViewAction;
    fn reduce(self: Rc<Self>, action: ViewAction) -> Rc<Self> {
        let mut v = MatchView {
            results: self.results.clone(),
            progress: self.progress,
            engine: self.engine,
            sentences: self.sentences,
        };
        match action {
            ViewAction::Started { sentences } => {
                v.progress = Some((0, 0));
                v.sentences = sentences;
            }
            ViewAction::Progress(d, t) => v.progress = Some((d, t)),
            ViewAction::Done(s, engine) => {
                v.sentences = s.sentences.max(v.sentences);
                v.results = Some(s);
                v.progress = None;
                v.engine = engine;
            }
        }
        Rc::new(v)
    }
}

type ViewDispatch = UseReducerDispatcher<MatchView>;

/// How many unlabelled matches are rendered as cards (the best ones).
const UNLABELLED_SHOWN: usize = 20;

/// Where matching happens and what is under way (not rendered; lives in a `use_mut_ref`).
#[derive(Default)]
struct Engine {
    current: Option<Rc<Workspace>>,
    key: Vec<(String, usize)>,
    generation: u64,
    sentences: usize,
    page: PageMatcher,
    worker: Option<MatchWorker>,
    worker_broken: bool,
    next_id: u64,
    in_flight: Option<u64>,
    /// The workspace changed while the worker was busy: match again when it answers.
    dirty: bool,
}

/// What to tell the view after releasing the engine.
enum Outcome {
    Nothing,
    View(ViewAction),
    Notice(String, ViewAction),
}

fn finish(out: Outcome, view: &ViewDispatch, app: &Dispatch) {
    match out {
        Outcome::Nothing => {}
        Outcome::View(a) => view.dispatch(a),
        Outcome::Notice(msg, a) => {
            view.dispatch(a);
            app.dispatch(Action::Notify(NoticeKind::Error, msg));
        }
    }
}

/// Match the page's workspace now (called after the debounce).
fn run(engine: &Rc<RefCell<Engine>>, ws: Rc<Workspace>, view: &ViewDispatch, app: &Dispatch) {
    let out = {
        let mut e = engine.borrow_mut();
        e.current = Some(ws.clone());
        let key = worker::documents_key(&ws);
        if key != e.key {
            e.key = key;
            e.generation += 1;
            e.sentences = worker::sentence_count(&ws);
        }
        let nothing = ws.documents.len() < 2 || !ws.spans.iter().any(|s| is_matched_label(s.label));
        if nothing {
            let empty = Suggestions {
                sentences: e.sentences,
                ..Default::default()
            };
            Outcome::View(ViewAction::Done(Rc::new(empty), "page"))
        } else if e.sentences > worker::WORKER_THRESHOLD
            && !e.worker_broken
            && worker::boot().is_some()
        {
            if e.in_flight.is_some() {
                e.dirty = true;
                Outcome::Nothing
            } else {
                send(&mut e, engine, view, app)
            }
        } else {
            Outcome::View(ViewAction::Done(Rc::new(e.page.suggest(&ws)), "page"))
        }
    };
    finish(out, view, app);
}

/// Send the current workspace to the worker (starting it if needed); on failure, match
/// in the page and say why.
fn send(
    e: &mut Engine,
    engine: &Rc<RefCell<Engine>>,
    view: &ViewDispatch,
    app: &Dispatch,
) -> Outcome {
    let Some(ws) = e.current.clone() else {
        return Outcome::Nothing;
    };
    if e.worker.is_none() {
        let weak: Weak<RefCell<Engine>> = Rc::downgrade(engine);
        let (v, a) = (view.clone(), app.clone());
        match MatchWorker::start(move |ev| on_event(&weak, ev, &v, &a)) {
            Ok(w) => e.worker = Some(w),
            Err(msg) => return fall_back(e, msg),
        }
    }
    e.next_id += 1;
    let id = e.next_id;
    let generation = e.generation;
    let sent = match e.worker.as_mut() {
        Some(w) => w.send(id, generation, &ws),
        None => Err("no worker".into()),
    };
    match sent {
        Ok(()) => {
            e.in_flight = Some(id);
            e.dirty = false;
            Outcome::View(ViewAction::Started {
                sentences: e.sentences,
            })
        }
        Err(msg) => fall_back(e, msg),
    }
}

/// Stop using the worker and match the current workspace in the page.
fn fall_back(e: &mut Engine, why: String) -> Outcome {
    if let Some(w) = e.worker.take() {
        // Not dropped here: this may run inside the worker's own message handler.
        gloo::timers::callback::Timeout::new(0, move || drop(w)).forget();
    }
    e.worker_broken = true;
    e.in_flight = None;
    e.dirty = false;
    let results = match e.current.clone() {
        Some(ws) => e.page.suggest(&ws),
        None => Suggestions::default(),
    };
    Outcome::Notice(
        format!("Matching in the background stopped ({why}); matching in the page instead."),
        ViewAction::Done(Rc::new(results), "page"),
    )
}

fn on_event(engine: &Weak<RefCell<Engine>>, ev: WorkerEvent, view: &ViewDispatch, app: &Dispatch) {
    let Some(engine) = engine.upgrade() else {
        return;
    };
    let out = {
        let Ok(mut e) = engine.try_borrow_mut() else {
            return;
        };
        match ev {
            WorkerEvent::Progress { id, done, total } if e.in_flight == Some(id) => {
                Outcome::View(ViewAction::Progress(done, total))
            }
            WorkerEvent::Progress { .. } => Outcome::Nothing,
            WorkerEvent::Reply { id, reply } if e.in_flight == Some(id) => {
                e.in_flight = None;
                match reply {
                    Reply::NeedDocuments => {
                        if let Some(w) = e.worker.as_mut() {
                            w.sent_generation = None;
                        }
                        send(&mut e, &engine, view, app)
                    }
                    Reply::Failed(msg) => fall_back(&mut e, msg),
                    // The workspace changed meanwhile: these results are stale.
                    Reply::Done(_) if e.dirty => send(&mut e, &engine, view, app),
                    Reply::Done(s) => Outcome::View(ViewAction::Done(Rc::new(s), "worker")),
                }
            }
            WorkerEvent::Reply { .. } => Outcome::Nothing,
            WorkerEvent::Failed(msg) => fall_back(&mut e, msg),
        }
    };
    finish(out, view, app);
}

#[derive(Properties, PartialEq)]
pub struct SuggestionsProps {
    pub state: UseReducerHandle<AppState>,
}

#[function_component(SuggestionsPanel)]
pub fn suggestions_panel(props: &SuggestionsProps) -> Html {
    let state = &props.state;
    let dispatch = state.dispatcher();
    let ws = state.workspace().clone();
    let view = use_reducer(MatchView::default);
    let engine = use_mut_ref(Engine::default);
    let link_from = use_state(|| None::<String>);

    // Match after each workspace change, debounced; a newer change cancels the timer.
    {
        let (engine, vd, app) = (engine.clone(), view.dispatcher(), dispatch.clone());
        use_effect_with(WsRef(ws.clone()), move |w| {
            let ws = w.0.clone();
            let timer = gloo::timers::callback::Timeout::new(120, move || {
                run(&engine, ws, &vd, &app);
            });
            move || drop(timer)
        });
    }

    // L starts a manual link from the selected span; Escape cancels.
    {
        let (link_from, selected) = (link_from.clone(), state.selected.clone());
        let app = dispatch.clone();
        use_effect_with((selected, link_from.is_some()), move |(selected, _)| {
            let selected = selected.clone();
            let listener = web_sys::window().map(|w| {
                gloo::events::EventListener::new(&w, "keydown", move |e| {
                    let Some(e) = e.dyn_ref::<KeyboardEvent>() else { return };
                    if browser::is_typing_target(e.target()) || e.ctrl_key() || e.meta_key() || e.alt_key() {
                        return;
                    }
                    match e.key().as_str() {
                        "l" | "L" => match &selected {
                            Some(id) => link_from.set(Some(id.clone())),
                            None => app.dispatch(Action::Notify(
                                NoticeKind::Info,
                                "Click a span first, then press L and click a span in another article to link them.".into(),
                            )),
                        },
                        "Escape" => link_from.set(None),
                        _ => {}
                    }
                })
            });
            move || drop(listener)
        });
    }

    // While linking, a click on a span of another article completes the link.
    {
        let link_from = link_from.clone();
        let app = dispatch.clone();
        use_effect_with(
            ((*link_from).clone(), WsRef(ws.clone())),
            move |(from, w)| {
                let ws = w.0.clone();
                let from = from.clone();
                let listener = match (from, web_sys::window()) {
                    (Some(from), Some(win)) => {
                        let opts = gloo::events::EventListenerOptions {
                            phase: gloo::events::EventListenerPhase::Capture,
                            passive: false,
                        };
                        Some(gloo::events::EventListener::new_with_options(
                            &win,
                            "click",
                            opts,
                            move |e| {
                                let mark = e
                                    .target()
                                    .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                                    .and_then(|el| el.closest("mark.span-mark").ok().flatten())
                                    .and_then(|m| m.get_attribute("data-span-id"));
                                let Some(to) = mark else { return };
                                e.stop_immediate_propagation();
                                e.prevent_default();
                                let (a, b) = (ws.span(&from), ws.span(&to));
                                match (a, b) {
                            (Some(a), Some(b)) if a.doc != b.doc => {
                                app.dispatch(Action::Linking(LinkAction::Manual { a: from.clone(), b: to }));
                                link_from.set(None);
                            }
                            (Some(_), Some(_)) if from != to => app.dispatch(Action::Notify(
                                NoticeKind::Info,
                                "A link joins two articles: click a span in another article (Esc to cancel).".into(),
                            )),
                            _ => link_from.set(None),
                        }
                            },
                        ))
                    }
                    _ => None,
                };
                move || drop(listener)
            },
        );
    }

    let selected = state.selected.clone().filter(|id| ws.span(id).is_some());
    let start_link = {
        let (link_from, selected) = (link_from.clone(), selected.clone());
        Callback::from(move |_: MouseEvent| link_from.set(selected.clone()))
    };
    let cancel_link = {
        let link_from = link_from.clone();
        Callback::from(move |_: MouseEvent| link_from.set(None))
    };

    let progress = view.progress.map(|(done, total)| {
        let text = if total == 0 {
            format!("Indexing {} sentences in the background\u{2026}", view.sentences)
        } else {
            format!("Matching in the background: {done} / {total} spans ({} sentences)", view.sentences)
        };
        html! {
            <div id="match-progress" role="status" data-done={done.to_string()} data-total={total.to_string()}>
                if total == 0 {
                    <progress></progress>
                } else {
                    <progress max={total.to_string()} value={done.to_string()}></progress>
                }
                <span class="progress-text">{ text }</span>
            </div>
        }
    });

    let mut focus_group: Option<Html> = None;
    let mut focus_is_selected = false;
    let mut overview: Option<Html> = None;
    let mut unlabelled: Vec<Html> = Vec::new();
    let mut unlabelled_total = 0;
    if let Some(r) = &view.results {
        // The group shown in full: the selected span's, else the most recently labelled
        // claim or quote's (spans are added at the end of the workspace's list).
        let index: HashMap<&str, usize> = r
            .groups
            .iter()
            .enumerate()
            .map(|(i, g)| (g.span.as_str(), i))
            .collect();
        let chosen = selected.as_deref().and_then(|id| index.get(id).copied());
        focus_is_selected = chosen.is_some();
        let focus = chosen.or_else(|| {
            ws.spans
                .iter()
                .rev()
                .find_map(|s| index.get(s.id.as_str()).copied())
        });
        if let Some(i) = focus {
            focus_group = Some(html! {
                <SpanGroupView key={r.groups[i].span.clone()} ws={WsRef(ws.clone())}
                    results={ResultsRef(r.clone())} index={i} current={chosen.is_some()}
                    dispatch={dispatch.clone()} />
            });
            let on_pick = {
                let d = dispatch.clone();
                Callback::from(move |id: String| {
                    d.dispatch(Action::SelectSpan(Some(id.clone())));
                    reveal_span(&id);
                })
            };
            overview = Some(html! {
                <Overview ws={WsRef(ws.clone())} results={ResultsRef(r.clone())}
                    focus={focus.map(|i| r.groups[i].span.clone())} {on_pick} />
            });
        }
        // Best first; only the best few are rendered (each is a full card).
        let applying = r
            .unlabelled
            .iter()
            .filter(|s| linking::still_applies(&ws, s));
        for s in applying {
            unlabelled_total += 1;
            if unlabelled.len() < UNLABELLED_SHOWN {
                unlabelled.push(suggestion_html(&ws, s, &dispatch, true));
            }
        }
    }

    let stale = view.results.is_some() && view.progress.is_some();
    html! {
        <aside id="suggestions" class={classes!("suggestions-panel", stale.then_some("stale"))}
               data-engine={view.engine} data-sentences={view.sentences.to_string()}
               aria-label="Suggested links">
            <h3>{ "Suggested links" }</h3>
            { for progress }
            if let Some(from) = (*link_from).clone() {
                <p class="link-mode" role="status">
                    { format!("Linking \u{201c}{}\u{201d}: click a span in another article. ", excerpt(&ws, &from, 50)) }
                    <button class="cancel-link" onclick={cancel_link}>{ "Cancel (Esc)" }</button>
                </p>
            } else if selected.is_some() {
                <button class="start-link" onclick={start_link} title="Link the selected span to a span in another article">
                    { "Link\u{2026} " }<kbd>{ "L" }</kbd>
                </button>
            }
            if ws.documents.len() < 2 {
                <p class="hint">{ "Load at least two articles to get suggestions." }</p>
            } else if let Some(group) = focus_group {
                if !focus_is_selected {
                    <p class="hint focus-hint">{ "The latest claim or quote; click a span or a row below to see its suggestions." }</p>
                }
                <div class="suggestion-groups">{ group }</div>
                { for overview }
            } else {
                <p class="hint">{ "Label a claim or a quote (select text, press 1 or 2) to see matching sentences in the other articles." }</p>
            }
            if !unlabelled.is_empty() {
                <section class="unlabelled">
                    <h3>{ format!("Unlabelled matches ({unlabelled_total})") }</h3>
                    <p class="hint">
                        { "Sentences no one labelled yet that state a labelled claim or quote." }
                        if unlabelled_total > unlabelled.len() {
                            { format!(" The best {} are shown.", unlabelled.len()) }
                        }
                    </p>
                    <ol class="suggestion-list">{ for unlabelled }</ol>
                </section>
            }
            <Links state={state.clone()} />
        </aside>
    }
}

//! Scheduling: what the suggestions panel runs after each workspace change. Where to
//! match (in the page, or in the worker above [`WORKER_THRESHOLD`] sentences or
//! [`WORKER_BYTES`] bytes of text), one request
//! in flight, stale results dropped, stopping and starting again, and what the panel is
//! told ([`Reports`]).

use super::page::{boot, MatchWorker, PageMatcher};
use super::protocol::{Reply, WorkerEvent};
use crate::app::state::matching::ViewAction;
use crate::linking::{is_matched_label, Suggestions};
use crate::model::Workspace;
use std::cell::RefCell;
use std::rc::{Rc, Weak};
use std::sync::Arc;

/// Above this many sentences in total, matching runs in the worker (when there is one).
pub const WORKER_THRESHOLD: usize = 300;

/// Above this many bytes of text in total, matching runs in the worker too, however few
/// the sentences: a few long ones cost as much as many short ones (trial 28, F13).
pub const WORKER_BYTES: usize = 150_000;

/// Whether matching `ws` belongs in the worker: [`WORKER_THRESHOLD`] sentences or
/// [`WORKER_BYTES`] bytes of text.
fn heavy(ws: &Workspace, sentences: usize) -> bool {
    sentences > WORKER_THRESHOLD
        || ws.documents.iter().map(|d| d.text.len()).sum::<usize>() > WORKER_BYTES
}

/// The identity of a set of loaded texts: ids and text pointers (texts never change, and
/// undo shares them), so a new generation is noticed without comparing texts.
pub fn documents_key(ws: &Workspace) -> Vec<(String, usize)> {
    let mut key: Vec<(String, usize)> = ws
        .documents
        .iter()
        .map(|d| (d.id.clone(), Arc::as_ptr(&d.text) as *const u8 as usize))
        .collect();
    key.sort();
    key
}

/// Total number of sentences the matcher would see.
pub fn sentence_count(ws: &Workspace) -> usize {
    ws.documents
        .iter()
        .map(|d| crate::matcher::segment(&d.text).len())
        .sum()
}

/// Where matching happens and what is under way (not rendered; lives in a `use_mut_ref`).
#[derive(Default)]
pub struct Engine {
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
    /// The user stopped matching in the worker ([`cancel`]): nothing is sent to it until
    /// [`resume`].
    stopped: bool,
}

/// Where matching results and errors go: the panel's view, the app's notices.
#[derive(Clone)]
pub struct Reports {
    /// What matching did (started, progress, results).
    pub view: Rc<dyn Fn(ViewAction)>,
    /// Matching in the worker failed (the page matches instead): an error notice.
    pub notice: Rc<dyn Fn(String)>,
}

/// What to tell the view after releasing the engine.
enum Outcome {
    Nothing,
    View(ViewAction),
    Notice(String, ViewAction),
}

fn finish(out: Outcome, to: &Reports) {
    match out {
        Outcome::Nothing => {}
        Outcome::View(a) => (to.view)(a),
        Outcome::Notice(msg, a) => {
            (to.view)(a);
            (to.notice)(msg);
        }
    }
}

/// Match the page's workspace now (the panel calls this after its debounce): in the
/// page, or in the worker above [`WORKER_THRESHOLD`] sentences; results and errors go to
/// `to`.
pub fn schedule(engine: &Rc<RefCell<Engine>>, ws: Rc<Workspace>, to: &Reports) {
    let out = {
        let mut e = engine.borrow_mut();
        e.current = Some(ws.clone());
        let key = documents_key(&ws);
        let mut restart = false;
        if key != e.key {
            e.key = key;
            e.generation += 1;
            e.sentences = sentence_count(&ws);
            // The articles changed (one removed or added) while the worker indexed or
            // matched the old ones: that run is of no use, and its bar would go on
            // counting the old articles' sentences (trial 22, F5). Stop it; a new worker
            // gets the new articles below.
            restart = e.in_flight.is_some();
        }
        if restart {
            drop_worker(&mut e);
        }
        let nothing = ws.documents.len() < 2 || !ws.spans.iter().any(|s| is_matched_label(s.label));
        if nothing {
            let empty = Suggestions {
                sentences: e.sentences,
                ..Default::default()
            };
            e.stopped = false;
            Outcome::View(ViewAction::Done(Rc::new(empty), "page"))
        } else if heavy(&ws, e.sentences) && !e.worker_broken && boot().is_some() {
            if e.stopped {
                Outcome::Nothing
            } else if e.in_flight.is_some() {
                e.dirty = true;
                Outcome::Nothing
            } else {
                send(&mut e, engine, to)
            }
        } else {
            e.stopped = false;
            Outcome::View(ViewAction::Done(Rc::new(e.page.suggest(&ws)), "page"))
        }
    };
    finish(out, to);
}

/// Stop the worker's run now (trial 22, F5): the worker is ended (a run cannot be
/// interrupted inside it), and nothing is matched in it until [`resume`]. Only the
/// suggestions wait; the workspace is not touched. Does nothing when no run is under way.
pub fn cancel(engine: &Rc<RefCell<Engine>>, to: &Reports) {
    let out = {
        let Ok(mut e) = engine.try_borrow_mut() else {
            return;
        };
        if e.in_flight.is_none() {
            Outcome::Nothing
        } else {
            drop_worker(&mut e);
            e.stopped = true;
            Outcome::View(ViewAction::Stopped)
        }
    };
    finish(out, to);
}

/// Match again after [`cancel`]: the workspace as it is now, from the start (a new worker
/// indexes the articles again).
pub fn resume(engine: &Rc<RefCell<Engine>>, to: &Reports) {
    let ws = {
        let Ok(mut e) = engine.try_borrow_mut() else {
            return;
        };
        e.stopped = false;
        e.current.clone()
    };
    if let Some(ws) = ws {
        schedule(engine, ws, to);
    }
}

/// End the worker and forget its run (a later [`send`] starts a new one). Not for use
/// inside the worker's own message handler (see [`fall_back`]).
fn drop_worker(e: &mut Engine) {
    e.worker = None;
    e.in_flight = None;
    e.dirty = false;
}

/// Send the current workspace to the worker (starting it if needed); on failure, match
/// in the page and say why.
fn send(e: &mut Engine, engine: &Rc<RefCell<Engine>>, to: &Reports) -> Outcome {
    let Some(ws) = e.current.clone() else {
        return Outcome::Nothing;
    };
    if e.worker.is_none() {
        let weak: Weak<RefCell<Engine>> = Rc::downgrade(engine);
        let to = to.clone();
        match MatchWorker::start(move |ev| on_event(&weak, ev, &to)) {
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
        Ok(indexing) => {
            e.in_flight = Some(id);
            e.dirty = false;
            Outcome::View(ViewAction::Started {
                sentences: e.sentences,
                indexing,
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

fn on_event(engine: &Weak<RefCell<Engine>>, ev: WorkerEvent, to: &Reports) {
    let Some(engine) = engine.upgrade() else {
        return;
    };
    let out = {
        let Ok(mut e) = engine.try_borrow_mut() else {
            return;
        };
        match ev {
            WorkerEvent::Indexing { id, done, total } if e.in_flight == Some(id) => {
                Outcome::View(ViewAction::Indexing(done, total))
            }
            WorkerEvent::Progress { id, done, total } if e.in_flight == Some(id) => {
                Outcome::View(ViewAction::Progress(done, total))
            }
            WorkerEvent::Indexing { .. } | WorkerEvent::Progress { .. } => Outcome::Nothing,
            WorkerEvent::Reply { id, reply } if e.in_flight == Some(id) => {
                e.in_flight = None;
                match reply {
                    Reply::NeedDocuments => {
                        if let Some(w) = e.worker.as_mut() {
                            w.sent_generation = None;
                        }
                        send(&mut e, &engine, to)
                    }
                    Reply::Failed(msg) => fall_back(&mut e, msg),
                    // Put together by `assemble` before it gets here.
                    Reply::DoneInParts { .. } => {
                        fall_back(&mut e, "the matcher's answer arrived incomplete".into())
                    }
                    // The workspace changed meanwhile: these results are stale.
                    Reply::Done(_) if e.dirty => send(&mut e, &engine, to),
                    Reply::Done(s) => Outcome::View(ViewAction::Done(Rc::new(s), "worker")),
                }
            }
            WorkerEvent::Reply { .. } | WorkerEvent::Part { .. } => Outcome::Nothing,
            WorkerEvent::Failed(msg) => fall_back(&mut e, msg),
        }
    };
    finish(out, to);
}

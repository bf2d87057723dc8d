//! Scheduling: what the suggestions panel runs after each workspace change. Where to
//! match (in the page, or in the worker above [`WORKER_THRESHOLD`] sentences or
//! [`WORKER_BYTES`] bytes of text), one request
//! in flight, stale results dropped, stopping and starting again, and what the panel is
//! told ([`Reports`]).
//!
//! A failure of the matcher (a panic: trial 35's F13) aborts the wasm call, so nothing
//! after it runs. In the page, matching runs outside the engine's borrow (which would
//! stay taken for good) under a watchdog timer that only a finished run clears; if it
//! fires, the panel says the matcher failed ([`crate::app::state::matching::failure_message`])
//! and nothing more is matched in the page (whose matcher may have been left half-way):
//! later runs go to a worker, a fresh one each time one failed. A panic in the worker ends
//! that worker and is told the same way; the page does not retry the same work itself.

use super::page::{boot, MatchWorker, PageMatcher};
use super::protocol::{Reply, WorkerEvent};
use crate::app::state::matching::{failure_message, ViewAction};
use crate::linking::{is_matched_label, Suggestions};
use crate::model::Workspace;
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};
use std::sync::Arc;

thread_local! {
    /// The matcher panicked in the page: its state (caches, borrows) may be left half-way,
    /// so nothing more is matched in the page until it is reloaded.
    static PAGE_FAILED: Cell<bool> = const { Cell::new(false) };
}

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
    /// Match this workspace in the page (after the engine is released), then tell the
    /// notice if any.
    InPage(Rc<Workspace>, Option<String>),
}

fn finish(out: Outcome, engine: &Rc<RefCell<Engine>>, to: &Reports) {
    match out {
        Outcome::Nothing => {}
        Outcome::View(a) => (to.view)(a),
        Outcome::InPage(ws, notice) => {
            match_in_page(engine, &ws, to);
            if let Some(msg) = notice {
                (to.notice)(msg);
            }
        }
    }
}

/// Match `ws` in the page and show the results. The page's matcher is taken out of the
/// engine for the run, so a panic does not leave the engine borrowed; [`guarded`] tells the
/// panel if the run never ends.
fn match_in_page(engine: &Rc<RefCell<Engine>>, ws: &Workspace, to: &Reports) {
    let Ok(mut page) = engine
        .try_borrow_mut()
        .map(|mut e| std::mem::take(&mut e.page))
    else {
        return;
    };
    let results = guarded(to, || page.suggest(ws));
    if let Ok(mut e) = engine.try_borrow_mut() {
        e.page = page;
    }
    (to.view)(ViewAction::Done(Rc::new(results), "page"));
}

/// Run `f`, matcher code, in the page under a watchdog: a timer that only `f`'s return
/// clears. A panic aborts `f` and everything after it, so the timer fires and tells the
/// panel ([`page_failed`]).
fn guarded<T>(to: &Reports, f: impl FnOnce() -> T) -> T {
    let watchdog = {
        let to = to.clone();
        gloo::timers::callback::Timeout::new(0, move || page_failed(&to))
    };
    let out = f();
    watchdog.cancel();
    out
}

/// The watchdog of [`guarded`] fired: the matcher panicked in the page. Say so in the
/// panel; nothing more is matched in the page.
fn page_failed(to: &Reports) {
    PAGE_FAILED.with(|f| f.set(true));
    let why = super::take_panic_message().unwrap_or_else(|| "the matcher stopped".into());
    (to.view)(ViewAction::Failed(failure_message(&why)));
}

/// Match the page's workspace now (the panel calls this after its debounce): in the
/// page, or in the worker above [`WORKER_THRESHOLD`] sentences; results and errors go to
/// `to`.
pub fn schedule(engine: &Rc<RefCell<Engine>>, ws: Rc<Workspace>, to: &Reports) {
    // Counted before the engine is borrowed: the count runs the matcher's segmenter.
    let key = documents_key(&ws);
    let Ok(same) = engine.try_borrow().map(|e| e.key == key) else {
        return;
    };
    let count = (!same).then(|| guarded(to, || sentence_count(&ws)));
    let page_failed = PAGE_FAILED.with(Cell::get);
    let out = {
        let Ok(mut e) = engine.try_borrow_mut() else {
            return;
        };
        e.current = Some(ws.clone());
        let mut restart = false;
        if let Some(count) = count {
            e.key = key;
            e.generation += 1;
            e.sentences = count;
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
        } else if (heavy(&ws, e.sentences) || page_failed) && !e.worker_broken && boot().is_some() {
            if e.stopped {
                Outcome::Nothing
            } else if e.in_flight.is_some() {
                e.dirty = true;
                Outcome::Nothing
            } else {
                send(&mut e, engine, to)
            }
        } else if page_failed {
            // No worker to match in, and the page's matcher failed before.
            Outcome::View(ViewAction::Failed(failure_message(
                "the matcher failed in this page before; reload the page to match again",
            )))
        } else {
            e.stopped = false;
            Outcome::InPage(ws.clone(), None)
        }
    };
    finish(out, engine, to);
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
    finish(out, engine, to);
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

/// End the worker without dropping it here: this may run inside the worker's own message
/// handler.
fn end_worker(e: &mut Engine) {
    if let Some(w) = e.worker.take() {
        gloo::timers::callback::Timeout::new(0, move || drop(w)).forget();
    }
    e.in_flight = None;
    e.dirty = false;
}

/// Stop using the worker and match the current workspace in the page (unless the page's
/// matcher failed before: then say that matching failed).
fn fall_back(e: &mut Engine, why: String) -> Outcome {
    end_worker(e);
    e.worker_broken = true;
    if PAGE_FAILED.with(Cell::get) {
        return Outcome::View(ViewAction::Failed(failure_message(&why)));
    }
    match e.current.clone() {
        Some(ws) => Outcome::InPage(
            ws,
            Some(format!(
                "Matching in the background stopped ({why}); matching in the page instead."
            )),
        ),
        None => Outcome::View(ViewAction::Done(Rc::new(Suggestions::default()), "page")),
    }
}

/// The matcher panicked in the worker: end that worker (its state is not to be trusted)
/// and say so; the page does not redo the same work (it would fail the same way). A
/// workspace changed meanwhile is sent to a new worker at once (the change may be the
/// removal of the article that failed); otherwise the next change or "Match again" does.
fn crashed(e: &mut Engine, engine: &Rc<RefCell<Engine>>, to: &Reports, why: &str) -> Outcome {
    let dirty = e.dirty;
    end_worker(e);
    if dirty {
        send(e, engine, to)
    } else {
        Outcome::View(ViewAction::Failed(failure_message(why)))
    }
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
            WorkerEvent::Crashed(msg) if e.in_flight.is_some() => {
                crashed(&mut e, &engine, to, &msg)
            }
            WorkerEvent::Crashed(_) => Outcome::Nothing,
        }
    };
    finish(out, &engine, to);
}

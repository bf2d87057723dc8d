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
//!
//! A large run ([`SPLIT_PAIRS`] sentence pairs or more, on a browser with two cores or
//! more) is split over two workers, each holding the whole corpus and matching one share
//! of the spans (`split.rs`); the page merges the answers into exactly one worker's. If
//! one of the two breaks, the other computes its share too (the share already answered is
//! kept) and later runs go to one worker; a panic ends both, as above.

use super::page::{boot, MatchWorker, PageMatcher};
use super::protocol::{Reply, WorkerEvent};
use super::split::{cores, Share, SPLIT_PAIRS};
use crate::app::state::matching::{failure_message, ViewAction};
use crate::linking::{is_matched_label, Suggestions};
use crate::model::Workspace;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
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
    sentence_counts(ws).values().sum()
}

/// The number of sentences the matcher would see in each document, by id.
fn sentence_counts(ws: &Workspace) -> HashMap<String, usize> {
    ws.documents
        .iter()
        .map(|d| (d.id.clone(), crate::matcher::segment(&d.text).len()))
        .collect()
}

/// Where matching happens and what is under way (not rendered; lives in a `use_mut_ref`).
#[derive(Default)]
pub struct Engine {
    current: Option<Rc<Workspace>>,
    key: Vec<(String, usize)>,
    generation: u64,
    sentences: usize,
    /// The sentences of each document, by id (what a span of it is scored against is the
    /// others': [`split_wanted`]).
    by_doc: HashMap<String, usize>,
    page: PageMatcher,
    /// The matcher workers: a run of one share goes to the first one alive (or a new one
    /// in the first place); a split run's share `k` to place `k`.
    workers: [Option<MatchWorker>; 2],
    worker_broken: bool,
    /// A second worker broke: every run goes to one worker from then on.
    split_broken: bool,
    next_id: u64,
    /// The run under way, one [`Share`] per part (empty when nothing is under way).
    in_flight: Vec<Share>,
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
    /// Tell the view, then the notice (a second worker broke; the run goes on).
    ViewAndNotice(Option<ViewAction>, String),
    /// Match this workspace in the page (after the engine is released), then tell the
    /// notice if any.
    InPage(Rc<Workspace>, Option<String>),
}

fn finish(out: Outcome, engine: &Rc<RefCell<Engine>>, to: &Reports) {
    match out {
        Outcome::Nothing => {}
        Outcome::View(a) => (to.view)(a),
        Outcome::ViewAndNotice(a, msg) => {
            if let Some(a) = a {
                (to.view)(a);
            }
            (to.notice)(msg);
        }
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
    let count = (!same).then(|| guarded(to, || sentence_counts(&ws)));
    let page_failed = PAGE_FAILED.with(Cell::get);
    let out = {
        let Ok(mut e) = engine.try_borrow_mut() else {
            return;
        };
        e.current = Some(ws.clone());
        let mut restart = false;
        if let Some(by_doc) = count {
            e.key = key;
            e.generation += 1;
            e.sentences = by_doc.values().sum();
            e.by_doc = by_doc;
            // The articles changed (one removed or added) while the worker indexed or
            // matched the old ones: that run is of no use, and its bar would go on
            // counting the old articles' sentences (trial 22, F5). Stop it; a new worker
            // gets the new articles below.
            restart = !e.in_flight.is_empty();
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
            } else if !e.in_flight.is_empty() {
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
        if e.in_flight.is_empty() {
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

/// End the workers and forget their run (a later [`send`] starts a new one). Not for use
/// inside a worker's own message handler (see [`fall_back`]).
fn drop_worker(e: &mut Engine) {
    e.workers = [None, None];
    e.in_flight.clear();
    e.dirty = false;
}

/// Whether the run of `ws` is to be split over two workers: [`SPLIT_PAIRS`] sentence pairs
/// or more to score (each claim or quote span against the sentences of the other
/// documents, as the shares are balanced), two cores or more, and no second worker broke
/// before.
fn split_wanted(e: &Engine, ws: &Workspace) -> bool {
    let pairs: u64 = ws
        .spans
        .iter()
        .filter(|s| is_matched_label(s.label))
        .map(|s| {
            e.sentences
                .saturating_sub(e.by_doc.get(&s.doc).copied().unwrap_or(0)) as u64
        })
        .sum();
    !e.split_broken && pairs >= SPLIT_PAIRS && cores() >= 2
}

/// Send the current workspace to the worker (starting it if needed), or split over two
/// ([`split_wanted`]); on failure, match in the page and say why (a second worker that
/// cannot start leaves its share to the first, with a notice).
fn send(e: &mut Engine, engine: &Rc<RefCell<Engine>>, to: &Reports) -> Outcome {
    let Some(ws) = e.current.clone() else {
        return Outcome::Nothing;
    };
    let parts = if split_wanted(e, &ws) { 2 } else { 1 };
    e.in_flight.clear();
    e.dirty = false;
    let mut indexing = false;
    let mut notice = None;
    for part in 0..parts {
        let place = if parts == 1 { first_alive(e) } else { part };
        match send_share(e, engine, to, part, parts, place) {
            Ok(ix) => indexing |= ix,
            Err(msg) if part == 0 => return fall_back(e, msg),
            // The second worker could not start: the first does its share too.
            Err(msg) => {
                e.split_broken = true;
                match send_share(e, engine, to, part, parts, 0) {
                    Ok(ix) => {
                        indexing |= ix;
                        notice = Some(second_notice(&msg));
                    }
                    Err(msg) => return fall_back(e, msg),
                }
            }
        }
    }
    let started = ViewAction::Started {
        sentences: e.sentences,
        indexing,
    };
    match notice {
        Some(msg) => Outcome::ViewAndNotice(Some(started), msg),
        None => Outcome::View(started),
    }
}

/// The first worker place holding a worker, else the first place.
fn first_alive(e: &Engine) -> usize {
    e.workers.iter().position(Option::is_some).unwrap_or(0)
}

/// Send share `part` of `parts` of the current workspace to the worker at `place`
/// (starting one there if needed) as a new request, and note it in the run. Whether the
/// documents went along.
fn send_share(
    e: &mut Engine,
    engine: &Rc<RefCell<Engine>>,
    to: &Reports,
    part: usize,
    parts: usize,
    place: usize,
) -> Result<bool, String> {
    let ws = e.current.clone().ok_or("nothing to match")?;
    if e.workers[place].is_none() {
        let weak: Weak<RefCell<Engine>> = Rc::downgrade(engine);
        let to = to.clone();
        e.workers[place] = Some(MatchWorker::start(move |ev| {
            on_event(&weak, place, ev, &to)
        })?);
    }
    e.next_id += 1;
    let id = e.next_id;
    let generation = e.generation;
    let share = (parts > 1).then_some((part, parts));
    let sent = match e.workers[place].as_mut() {
        Some(w) => w.send(id, generation, &ws, share),
        None => Err("no worker".into()),
    };
    match sent {
        Ok(indexing) => {
            let entry = Share::new(id, place, part);
            match e.in_flight.iter_mut().find(|s| s.part == part) {
                Some(s) => *s = entry,
                None => e.in_flight.push(entry),
            }
            Ok(indexing)
        }
        Err(msg) => {
            end_at(e, place);
            Err(msg)
        }
    }
}

/// The notice when a second worker broke and the other one does its share.
fn second_notice(why: &str) -> String {
    format!(
        "A second matcher worker stopped ({why}); the other one finishes the job, and \
         matching runs in one worker from now on."
    )
}

/// The worker at `place` broke while another is alive: end it, split no more, and send
/// every share of the run it still owed to the other worker (the shares already answered
/// are kept). `Err` when there is no other worker, or it cannot be reached either.
fn second_broke(
    e: &mut Engine,
    engine: &Rc<RefCell<Engine>>,
    to: &Reports,
    place: usize,
    why: &str,
) -> Result<bool, String> {
    end_at(e, place);
    e.split_broken = true;
    let other = 1 - place;
    if e.workers[other].is_none() {
        return Err(why.to_string());
    }
    let owed: Vec<(usize, usize)> = e
        .in_flight
        .iter()
        .filter(|s| s.place == place && s.answer.is_none())
        .map(|s| (s.part, e.in_flight.len()))
        .collect();
    let mut indexing = false;
    for (part, parts) in owed {
        indexing |= send_share(e, engine, to, part, parts, other)?;
    }
    Ok(indexing)
}

/// End the worker at `place` without dropping it here (this may run inside its own
/// message handler).
fn end_at(e: &mut Engine, place: usize) {
    if let Some(w) = e.workers[place].take() {
        gloo::timers::callback::Timeout::new(0, move || drop(w)).forget();
    }
}

/// End the workers without dropping them here: this may run inside a worker's own
/// message handler.
fn end_worker(e: &mut Engine) {
    end_at(e, 0);
    end_at(e, 1);
    e.in_flight.clear();
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

/// The worker at `place` broke (could not start, its script failed, or it answered a
/// failure): with another worker in a split run, that one finishes the job; alone, the
/// page matches instead ([`fall_back`]).
fn lost(
    e: &mut Engine,
    engine: &Rc<RefCell<Engine>>,
    to: &Reports,
    place: usize,
    why: String,
) -> Outcome {
    let other = 1 - place;
    if e.workers[other].is_none() {
        return fall_back(e, why);
    }
    let running = !e.in_flight.is_empty();
    match second_broke(e, engine, to, place, &why) {
        Ok(_) if running => Outcome::ViewAndNotice(None, second_notice(&why)),
        Ok(_) => Outcome::Nothing,
        Err(msg) => fall_back(e, msg),
    }
}

/// A share of the run answered: keep it; with every share in, the merged answer.
fn answered(e: &mut Engine, k: usize, s: Suggestions) -> Outcome {
    e.in_flight[k].answer(s);
    match super::split::merged(&mut e.in_flight) {
        Some((merged, engine)) => Outcome::View(ViewAction::Done(Rc::new(merged), engine)),
        None => Outcome::Nothing,
    }
}

/// The view's count of a job split over shares: `(done, total)` summed over the shares,
/// as `view` (indexing or matching progress) shows it.
fn summed((done, total): (usize, usize), view: fn(usize, usize) -> ViewAction) -> Outcome {
    Outcome::View(view(done, total))
}

fn on_event(engine: &Weak<RefCell<Engine>>, place: usize, ev: WorkerEvent, to: &Reports) {
    let Some(engine) = engine.upgrade() else {
        return;
    };
    let out = {
        let Ok(mut e) = engine.try_borrow_mut() else {
            return;
        };
        let share = |e: &Engine, id: u64| e.in_flight.iter().position(|s| s.id == id);
        match ev {
            WorkerEvent::Indexing { id, done, total } => match share(&e, id) {
                Some(k) => {
                    e.in_flight[k].indexing = (done, total);
                    summed(super::split::indexing(&e.in_flight), ViewAction::Indexing)
                }
                None => Outcome::Nothing,
            },
            WorkerEvent::Progress { id, done, total } => match share(&e, id) {
                Some(k) => {
                    e.in_flight[k].progress = (done, total);
                    summed(super::split::progress(&e.in_flight), ViewAction::Progress)
                }
                None => Outcome::Nothing,
            },
            WorkerEvent::Reply { id, reply } => match share(&e, id) {
                None => Outcome::Nothing,
                Some(k) => match reply {
                    Reply::NeedDocuments => {
                        let (part, parts, place) =
                            (e.in_flight[k].part, e.in_flight.len(), e.in_flight[k].place);
                        if let Some(w) = e.workers[place].as_mut() {
                            w.sent_generation = None;
                        }
                        match send_share(&mut e, &engine, to, part, parts, place) {
                            Ok(_) => Outcome::Nothing,
                            Err(msg) => lost(&mut e, &engine, to, place, msg),
                        }
                    }
                    Reply::Failed(msg) => lost(&mut e, &engine, to, place, msg),
                    // Put together by `assemble` before it gets here.
                    Reply::DoneInParts { .. } => lost(
                        &mut e,
                        &engine,
                        to,
                        place,
                        "the matcher's answer arrived incomplete".into(),
                    ),
                    // The workspace changed meanwhile: these results are stale.
                    Reply::Done(_) if e.dirty => send(&mut e, &engine, to),
                    Reply::Done(s) => answered(&mut e, k, s),
                },
            },
            WorkerEvent::Part { .. } => Outcome::Nothing,
            WorkerEvent::Failed(msg) => lost(&mut e, &engine, to, place, msg),
            WorkerEvent::Crashed(msg) if !e.in_flight.is_empty() => {
                crashed(&mut e, &engine, to, &msg)
            }
            WorkerEvent::Crashed(_) => Outcome::Nothing,
        }
    };
    finish(out, &engine, to);
}

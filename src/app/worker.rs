//! Matching off the main thread: a classic Web Worker built from the page's own
//! wasm-bindgen glue, plus the in-page fallback.
//!
//! The built page (`dist/parallax.html`, see `xtask/src/inline.rs`) sets
//! `window.parallaxBoot = { module: WebAssembly.Module, glue: "<classic glue>" }`. A worker
//! is started from a blob URL holding that glue and [`BOOTSTRAP_JS`]; its first message
//! carries the compiled module, which it instantiates with `initSync` (this runs the
//! app's `main`, which returns at once without a `window`). Each later message is a
//! request handled by [`parallax_worker_run`], which posts `{id, progress: [done, total]}`
//! while it works and returns the reply as JSON.
//!
//! Documents are sent once per *generation* (a set of loaded texts); later requests carry
//! only spans, links and rejections, and the worker keeps its corpus.
//!
//! Without `window.parallaxBoot` (trunk serve, wasm tests) or after any worker error, the
//! page matches in the page itself ([`PageMatcher`]).
//!
//! [`schedule`] decides, after each workspace change, where to match (page or worker),
//! keeps one request in flight, drops results computed for an older workspace (the newest
//! is matched next) and reports to the suggestions panel through [`Reports`].

use crate::app::state::matching::ViewAction;
use crate::linking::{is_matched_label, Matching, SpanGroup, Suggestions};

mod parts;
use crate::model::{Document, Link, Rejection, Span, Workspace};
use parts::in_parts;
pub use parts::{assemble, GROUPS_PER_PART};
use serde::{Deserialize, Serialize};
use std::cell::RefCell;
use std::rc::{Rc, Weak};
use std::sync::Arc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Above this many sentences in total, matching runs in the worker (when there is one).
pub const WORKER_THRESHOLD: usize = 300;

/// The worker's message loop, appended to the glue. Errors are posted, never thrown away.
pub const BOOTSTRAP_JS: &str = r#"
self.onmessage = function (e) {
  var m = e.data || {};
  if (m.module) {
    try { initSync({ module: m.module }); self.postMessage({ ready: true }); }
    catch (err) { self.postMessage({ fatal: "could not start the matcher: " + err }); }
    return;
  }
  try { self.postMessage({ id: m.id, result: parallax_worker_run(m.request) }); }
  catch (err) { self.postMessage({ id: m.id, error: String(err) }); }
};
"#;

/// What the page sends (serialised; the worker reads it as [`Request`]).
#[derive(Serialize)]
pub struct RequestRef<'a> {
    pub id: u64,
    pub generation: u64,
    pub documents: Option<&'a [Document]>,
    pub spans: &'a [Span],
    pub links: &'a [Link],
    pub rejections: &'a [Rejection],
}

/// A matching request as the worker reads it.
#[derive(Deserialize)]
pub struct Request {
    pub id: u64,
    pub generation: u64,
    pub documents: Option<Vec<Document>>,
    pub spans: Vec<Span>,
    pub links: Vec<Link>,
    pub rejections: Vec<Rejection>,
}

/// The worker's answer.
#[derive(Debug, Serialize, Deserialize)]
pub enum Reply {
    Done(Suggestions),
    /// A large answer: its groups were posted before it, in order, in `parts` messages
    /// `{id, part}` of at most [`GROUPS_PER_PART`] groups (a JSON array of `SpanGroup`s);
    /// `rest` holds everything else (its `groups` are empty). The page decodes each part
    /// in the task of its message, so no single task decodes the whole answer.
    DoneInParts {
        rest: Suggestions,
        parts: usize,
    },
    /// The worker does not hold this generation's documents: send them.
    NeedDocuments,
    Failed(String),
}

thread_local! {
    /// The worker's corpus and the documents it was built from, per generation.
    static CORPUS: RefCell<Option<(u64, Vec<Document>, Matching)>> = const { RefCell::new(None) };
}

/// Post `{id, progress: [done, total]}` to the page, if running in a worker.
fn post_progress(id: u64, done: usize, total: usize) {
    let Ok(scope) = js_sys::global().dyn_into::<web_sys::DedicatedWorkerGlobalScope>() else {
        return;
    };
    let msg = js_sys::Object::new();
    let pair = js_sys::Array::of2(&(done as f64).into(), &(total as f64).into());
    let _ = js_sys::Reflect::set(&msg, &"id".into(), &(id as f64).into());
    let _ = js_sys::Reflect::set(&msg, &"progress".into(), &pair);
    let _ = scope.post_message(&msg);
}

/// Handle one request in the worker: JSON in, JSON ([`Reply`]) out.
#[wasm_bindgen]
pub fn parallax_worker_run(request_json: String) -> String {
    let reply = match serde_json::from_str::<Request>(&request_json) {
        Err(e) => Reply::Failed(format!("the matcher received a malformed request ({e})")),
        Ok(req) => run(req),
    };
    serde_json::to_string(&reply).unwrap_or_else(|e| {
        format!("{{\"Failed\":\"the matcher could not encode its answer ({e})\"}}")
    })
}

fn run(req: Request) -> Reply {
    CORPUS.with(|cell| {
        let mut cache = cell.borrow_mut();
        if let Some(docs) = req.documents {
            post_progress(req.id, 0, 0);
            let m = Matching::new(&docs);
            *cache = Some((req.generation, docs, m));
        }
        let Some((generation, docs, m)) = cache.as_ref() else {
            return Reply::NeedDocuments;
        };
        if *generation != req.generation {
            return Reply::NeedDocuments;
        }
        let ws = Workspace {
            documents: docs.clone(),
            spans: req.spans,
            links: req.links,
            relations: Vec::new(),
            rejections: req.rejections,
            next_id: 0,
            identity: Default::default(),
        };
        let id = req.id;
        let mut last = 0usize;
        let result = m.suggest(&ws, &mut |done, total| {
            let step = (total / 50).max(1);
            if done == total || done >= last + step {
                last = done;
                post_progress(id, done, total);
            }
        });
        in_parts(id, result)
    })
}

/// Whether the page was started by the inliner's loader (so a worker can be made).
pub fn boot() -> Option<(JsValue, String)> {
    let window = web_sys::window()?;
    let boot = js_sys::Reflect::get(&window, &"parallaxBoot".into()).ok()?;
    if boot.is_undefined() || boot.is_null() {
        return None;
    }
    let module = js_sys::Reflect::get(&boot, &"module".into()).ok()?;
    let glue = js_sys::Reflect::get(&boot, &"glue".into())
        .ok()?
        .as_string()?;
    if module.is_undefined() || glue.is_empty() {
        return None;
    }
    Some((module, glue))
}

/// Something the worker said.
#[derive(Debug)]
pub enum WorkerEvent {
    Progress {
        id: u64,
        done: usize,
        total: usize,
    },
    Reply {
        id: u64,
        reply: Reply,
    },
    /// Some groups of a large answer ([`Reply::DoneInParts`]), in order.
    Part {
        id: u64,
        groups: Vec<SpanGroup>,
    },
    /// The worker broke (could not start, threw, or crashed): stop using it.
    Failed(String),
}

fn number(v: &JsValue, key: &str) -> Option<f64> {
    js_sys::Reflect::get(v, &key.into()).ok()?.as_f64()
}

fn decode(data: &JsValue) -> Option<WorkerEvent> {
    let get = |k: &str| {
        js_sys::Reflect::get(data, &k.into())
            .ok()
            .filter(|v| !v.is_undefined())
    };
    if get("ready").is_some() {
        return None;
    }
    if let Some(fatal) = get("fatal") {
        return Some(WorkerEvent::Failed(fatal.as_string().unwrap_or_default()));
    }
    let id = number(data, "id").unwrap_or(0.0) as u64;
    if let Some(p) = get("progress") {
        let done = number(&p, "0").unwrap_or(0.0) as usize;
        let total = number(&p, "1").unwrap_or(0.0) as usize;
        return Some(WorkerEvent::Progress { id, done, total });
    }
    if let Some(err) = get("error") {
        return Some(WorkerEvent::Failed(
            err.as_string().unwrap_or_else(|| "unknown error".into()),
        ));
    }
    if let Some(part) = get("part") {
        let text = part.as_string().unwrap_or_default();
        return Some(match serde_json::from_str::<Vec<SpanGroup>>(&text) {
            Ok(groups) => WorkerEvent::Part { id, groups },
            Err(e) => WorkerEvent::Failed(format!("unreadable answer from the matcher ({e})")),
        });
    }
    let text = get("result").and_then(|r| r.as_string())?;
    Some(match serde_json::from_str::<Reply>(&text) {
        Ok(reply) => WorkerEvent::Reply { id, reply },
        Err(e) => WorkerEvent::Failed(format!("unreadable answer from the matcher ({e})")),
    })
}

/// A running matcher worker. Dropping it stops the worker.
pub struct MatchWorker {
    worker: web_sys::Worker,
    url: String,
    _onmessage: Closure<dyn FnMut(web_sys::MessageEvent)>,
    _onerror: Closure<dyn FnMut(web_sys::Event)>,
    /// The generation whose documents the worker holds (as far as the page knows).
    pub sent_generation: Option<u64>,
}

impl MatchWorker {
    /// Start a worker from the page's boot data; `on_event` gets everything it says.
    pub fn start(on_event: impl Fn(WorkerEvent) + 'static) -> Result<MatchWorker, String> {
        let (module, glue) =
            boot().ok_or("this page was not built with a matcher worker (no parallaxBoot)")?;
        let source = format!("{glue}\n{BOOTSTRAP_JS}");
        let parts = js_sys::Array::of1(&JsValue::from_str(&source));
        let opts = web_sys::BlobPropertyBag::new();
        opts.set_type("text/javascript");
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts)
            .map_err(|e| format!("could not prepare the worker ({e:?})"))?;
        let url = web_sys::Url::create_object_url_with_blob(&blob)
            .map_err(|e| format!("could not prepare the worker ({e:?})"))?;
        let worker = web_sys::Worker::new(&url).map_err(|e| {
            let _ = web_sys::Url::revoke_object_url(&url);
            format!("the browser refused to start a worker ({e:?})")
        })?;
        let on_event = std::rc::Rc::new(on_event);
        let on_msg = on_event.clone();
        // The parts of a large answer received so far: (request id, parts, groups).
        let mut held: Option<(u64, usize, Vec<SpanGroup>)> = None;
        let onmessage =
            Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
                match decode(&e.data()) {
                    // Each part of a large answer is decoded in its own message's task.
                    Some(WorkerEvent::Part { id, groups }) => match &mut held {
                        Some((hid, n, g)) if *hid == id => {
                            *n += 1;
                            g.extend(groups);
                        }
                        _ => held = Some((id, 1, groups)),
                    },
                    // A reply is decoded here and handled (the panel re-rendered) in a task
                    // of its own, so a large answer is not one long task.
                    Some(WorkerEvent::Reply { id, reply }) => {
                        let ev = assemble(held.take(), id, reply);
                        let on_msg = on_msg.clone();
                        gloo::timers::callback::Timeout::new(0, move || on_msg(ev)).forget();
                    }
                    Some(ev) => on_msg(ev),
                    None => {}
                }
            });
        let onerror = Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
            e.prevent_default();
            let msg = js_sys::Reflect::get(&e, &"message".into())
                .ok()
                .and_then(|m| m.as_string())
                .unwrap_or_else(|| "the worker stopped".into());
            on_event(WorkerEvent::Failed(msg));
        });
        worker.set_onmessage(Some(onmessage.as_ref().unchecked_ref()));
        worker.set_onerror(Some(onerror.as_ref().unchecked_ref()));
        let init = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&init, &"module".into(), &module);
        worker
            .post_message(&init)
            .map_err(|e| format!("could not hand the matcher to the worker ({e:?})"))?;
        Ok(MatchWorker {
            worker,
            url,
            _onmessage: onmessage,
            _onerror: onerror,
            sent_generation: None,
        })
    }

    /// Send a request for `ws`; documents go along when the worker lacks this generation.
    pub fn send(&mut self, id: u64, generation: u64, ws: &Workspace) -> Result<(), String> {
        let with_docs = self.sent_generation != Some(generation);
        let req = RequestRef {
            id,
            generation,
            documents: with_docs.then_some(ws.documents.as_slice()),
            spans: &ws.spans,
            links: &ws.links,
            rejections: &ws.rejections,
        };
        let json = serde_json::to_string(&req)
            .map_err(|e| format!("could not encode the request ({e})"))?;
        let msg = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&msg, &"id".into(), &(id as f64).into());
        let _ = js_sys::Reflect::set(&msg, &"request".into(), &json.into());
        self.worker
            .post_message(&msg)
            .map_err(|e| format!("could not reach the worker ({e:?})"))?;
        self.sent_generation = Some(generation);
        Ok(())
    }
}

impl Drop for MatchWorker {
    fn drop(&mut self) {
        self.worker.set_onmessage(None);
        self.worker.set_onerror(None);
        self.worker.terminate();
        let _ = web_sys::Url::revoke_object_url(&self.url);
    }
}

/// The in-page matcher: the corpus is rebuilt only when the documents change.
#[derive(Default)]
pub struct PageMatcher {
    pub(crate) matching: Option<Matching>,
}

impl PageMatcher {
    pub fn suggest(&mut self, ws: &Workspace) -> Suggestions {
        let m = match self.matching.take() {
            Some(m) if m.fits(&ws.documents) => m,
            _ => Matching::new(&ws.documents),
        };
        let out = m.suggest(ws, &mut |_, _| {});
        self.matching = Some(m);
        out
    }
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

// ----- scheduling: what the suggestions panel runs after each workspace change -----

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
        } else if e.sentences > WORKER_THRESHOLD && !e.worker_broken && boot().is_some() {
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

fn on_event(engine: &Weak<RefCell<Engine>>, ev: WorkerEvent, to: &Reports) {
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

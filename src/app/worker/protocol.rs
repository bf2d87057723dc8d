//! The messages between the page and the matcher worker (the table in `worker.rs`): the
//! request the page sends, the reply the worker returns, the loop that runs in the worker
//! ([`BOOTSTRAP_JS`]) and the page's reading of what the worker posts ([`WorkerEvent`]).

use crate::linking::{SpanGroup, Suggestions};
use crate::model::{Document, Link, Rejection, Relation, Span};
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

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
  catch (err) {
    var panic = self.parallaxPanic; self.parallaxPanic = undefined;
    self.postMessage({ id: m.id, error: String(err), panic: panic });
  }
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
    /// The user's relations (an attribution drawn to its quote credits that quote's
    /// speaker: `linking::context`), so the worker flags speakers as the page does.
    pub relations: &'a [Relation],
    pub rejections: &'a [Rejection],
    /// Split runs only: match share `(part, parts)` of the spans
    /// (`Matching::suggest_share`); absent: all of them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub share: Option<(usize, usize)>,
}

/// A matching request as the worker reads it.
#[derive(Deserialize)]
pub struct Request {
    pub id: u64,
    pub generation: u64,
    pub documents: Option<Vec<Document>>,
    pub spans: Vec<Span>,
    pub links: Vec<Link>,
    /// Absent in a request from an older page: no relations.
    #[serde(default)]
    pub relations: Vec<Relation>,
    pub rejections: Vec<Rejection>,
    /// The share of the spans to match, `(part, parts)`; absent (one worker): all.
    #[serde(default)]
    pub share: Option<(usize, usize)>,
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

/// Something the worker said.
#[derive(Debug)]
pub enum WorkerEvent {
    /// Indexing the documents of request `id`: `done` of `total` sentences (`{id,
    /// indexing}`).
    Indexing {
        id: u64,
        done: usize,
        total: usize,
    },
    /// Matching request `id`: `done` of `total` spans (`{id, progress}`).
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
    /// The worker broke (could not start, or its script failed): stop using it.
    Failed(String),
    /// The matcher panicked in the worker while answering a request (`{id, error,
    /// panic}`): the panic's message if the hook recorded it, else the error. The worker's
    /// state is no longer to be trusted; the same request would fail in the page too.
    Crashed(String),
}

fn number(v: &JsValue, key: &str) -> Option<f64> {
    js_sys::Reflect::get(v, &key.into()).ok()?.as_f64()
}

pub(super) fn decode(data: &JsValue) -> Option<WorkerEvent> {
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
    let pair = |p: &JsValue| {
        let done = number(p, "0").unwrap_or(0.0) as usize;
        let total = number(p, "1").unwrap_or(0.0) as usize;
        (done, total)
    };
    if let Some(p) = get("indexing") {
        let (done, total) = pair(&p);
        return Some(WorkerEvent::Indexing { id, done, total });
    }
    if let Some(p) = get("progress") {
        let (done, total) = pair(&p);
        return Some(WorkerEvent::Progress { id, done, total });
    }
    if let Some(err) = get("error") {
        let panic = get("panic").and_then(|p| p.as_string());
        return Some(WorkerEvent::Crashed(panic.unwrap_or_else(|| {
            err.as_string().unwrap_or_else(|| "unknown error".into())
        })));
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

//! The worker's side: it keeps the corpus of the last documents sent, answers each
//! [`Request`] with a [`Reply`] and posts its progress (`{id, indexing}` while it indexes,
//! `{id, progress}` while it matches) to the page. A request may ask for one share of the
//! spans (`share`, a run split over two workers): it then matches and counts those alone.

use super::parts::in_parts;
use super::protocol::{Reply, Request};
use crate::linking::Matching;
use crate::model::{Document, Workspace};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

thread_local! {
    /// The worker's corpus and the documents it was built from, per generation.
    static CORPUS: RefCell<Option<(u64, Vec<Document>, Matching)>> = const { RefCell::new(None) };
}

/// Post `{id, <key>: [done, total]}` to the page (`key` "indexing" or "progress"), if
/// running in a worker.
fn post_pair(id: u64, key: &str, done: usize, total: usize) {
    let Ok(scope) = js_sys::global().dyn_into::<web_sys::DedicatedWorkerGlobalScope>() else {
        return;
    };
    let msg = js_sys::Object::new();
    let pair = js_sys::Array::of2(&(done as f64).into(), &(total as f64).into());
    let _ = js_sys::Reflect::set(&msg, &"id".into(), &(id as f64).into());
    let _ = js_sys::Reflect::set(&msg, &key.into(), &pair);
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
            // Sentences indexed of all (`Corpus::new_reporting`: about a hundred messages).
            let m = Matching::new_reporting(&docs, &mut |done, total| {
                post_pair(req.id, "indexing", done, total)
            });
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
            relations: req.relations,
            rejections: req.rejections,
            next_id: 0,
            identity: Default::default(),
        };
        let id = req.id;
        let mut last = 0usize;
        let share = req.share.unwrap_or((0, 1));
        let result = m.suggest_share(&ws, share, &mut |done, total| {
            let step = (total / 50).max(1);
            if done == total || done >= last + step {
                last = done;
                post_pair(id, "progress", done, total);
            }
        });
        in_parts(id, result)
    })
}

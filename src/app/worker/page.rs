//! The page's side of matching: starting a worker from the page's boot data and talking
//! to it ([`MatchWorker`]), and matching in the page itself ([`PageMatcher`]) when there is
//! no worker.

use super::parts::assemble;
use super::protocol::{decode, RequestRef, WorkerEvent, BOOTSTRAP_JS};
use crate::linking::{Matching, SpanGroup, Suggestions};
use crate::model::Workspace;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

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

    /// Send a request for `ws` (for share `(part, parts)` of its spans when `share` is
    /// given); documents go along when the worker lacks this generation. Whether they
    /// went along (the worker then indexes them first).
    pub fn send(
        &mut self,
        id: u64,
        generation: u64,
        ws: &Workspace,
        share: Option<(usize, usize)>,
    ) -> Result<bool, String> {
        let with_docs = self.sent_generation != Some(generation);
        let req = RequestRef {
            id,
            generation,
            documents: with_docs.then_some(ws.documents.as_slice()),
            spans: &ws.spans,
            links: &ws.links,
            relations: &ws.relations,
            rejections: &ws.rejections,
            share,
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
        Ok(with_docs)
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
        super::crash::fail_if_asked();
        let m = match self.matching.take() {
            Some(m) if m.fits(&ws.documents) => m,
            _ => Matching::new(&ws.documents),
        };
        let out = m.suggest(ws, &mut |_, _| {});
        self.matching = Some(m);
        out
    }
}

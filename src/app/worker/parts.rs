//! A large matcher answer in parts: the worker posts the suggestion groups in messages
//! of at most [`GROUPS_PER_PART`] groups before the rest of the answer
//! ([`Reply::DoneInParts`]), so that the page decodes them in several tasks, none long;
//! the page puts them back together ([`assemble`]).

use super::protocol::{Reply, WorkerEvent};
use crate::linking::{SpanGroup, Suggestions};
use wasm_bindgen::JsCast;

/// Suggestion groups per part of a large answer ([`Reply::DoneInParts`]).
pub const GROUPS_PER_PART: usize = 25;

/// In a worker, with more than [`GROUPS_PER_PART`] groups: post the groups in parts
/// `{id, part: "[...]"}` and answer [`Reply::DoneInParts`] with the rest. Otherwise (or
/// outside a worker) the whole answer as [`Reply::Done`].
pub(super) fn in_parts(id: u64, mut result: Suggestions) -> Reply {
    let scope = js_sys::global().dyn_into::<web_sys::DedicatedWorkerGlobalScope>();
    let Ok(scope) = scope else {
        return Reply::Done(result);
    };
    if result.groups.len() <= GROUPS_PER_PART {
        return Reply::Done(result);
    }
    let mut parts = 0;
    for chunk in result.groups.chunks(GROUPS_PER_PART) {
        let json = match serde_json::to_string(chunk) {
            Ok(json) => json,
            Err(e) => {
                return Reply::Failed(format!("the matcher could not encode its answer ({e})"))
            }
        };
        let msg = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&msg, &"id".into(), &(id as f64).into());
        let _ = js_sys::Reflect::set(&msg, &"part".into(), &json.into());
        if let Err(e) = scope.post_message(&msg) {
            return Reply::Failed(format!("the matcher could not send its answer ({e:?})"));
        }
        parts += 1;
    }
    result.groups.clear();
    Reply::DoneInParts {
        rest: result,
        parts,
    }
}

/// Put a large answer back together: `held` is `(id, parts, groups)` received so far;
/// `reply` the final message of request `id`. A [`Reply::DoneInParts`] whose parts did not
/// all arrive becomes a failure (the page then matches by itself).
pub fn assemble(held: Option<(u64, usize, Vec<SpanGroup>)>, id: u64, reply: Reply) -> WorkerEvent {
    match reply {
        Reply::DoneInParts { mut rest, parts } => match held {
            Some((hid, n, groups)) if hid == id && n == parts => {
                rest.groups = groups;
                WorkerEvent::Reply {
                    id,
                    reply: Reply::Done(rest),
                }
            }
            _ => WorkerEvent::Failed("the matcher's answer arrived incomplete".into()),
        },
        reply => WorkerEvent::Reply { id, reply },
    }
}

//! Matching off the main thread: a classic Web Worker built from the page's own
//! wasm-bindgen glue, plus the in-page fallback.
//!
//! The built page (`dist/parallax.html`, see `xtask/src/inline.rs`) sets
//! `window.parallaxBoot = { module: WebAssembly.Module, glue: "<classic glue>" }`. A worker
//! is started from a blob URL holding that glue and [`BOOTSTRAP_JS`]; its first message
//! carries the compiled module, which it instantiates with `initSync` (this runs the
//! app's `main`, which returns at once without a `window`). Each later message is a
//! request handled by [`parallax_worker_run`].
//!
//! The protocol, every message a plain object (`protocol.rs` holds the types):
//!
//! | from   | message                          | meaning                                            |
//! |--------|----------------------------------|----------------------------------------------------|
//! | page   | `{module}`                       | the compiled wasm module: start the matcher        |
//! | worker | `{ready: true}`                  | the matcher started                                |
//! | worker | `{fatal}`                        | it could not start (the page matches instead)      |
//! | page   | `{id, request}`                  | a [`Request`] as JSON                              |
//! | worker | `{id, indexing: [done, total]}`  | sentences of the articles indexed, after each one  |
//! | worker | `{id, progress: [done, total]}`  | claim and quote spans matched                      |
//! | worker | `{id, part}`                     | some groups of a large answer (`parts.rs`)         |
//! | worker | `{id, result}`                   | the [`Reply`] as JSON, last for its request        |
//! | worker | `{id, error, panic}`             | the request threw: the matcher panicked (`panic`:  |
//! |        |                                  | its message); the page says so, matches no more    |
//! |        |                                  | there, and starts a new worker on the next run     |
//!
//! Documents are sent once per *generation* (a set of loaded texts); later requests carry
//! only spans, links and rejections, and the worker keeps its corpus. Only a request with
//! documents indexes, so only it posts `indexing`.
//!
//! The parts: `protocol.rs` (the messages and their decoding), `serve.rs` (the worker's
//! side: its corpus and [`parallax_worker_run`]), `page.rs` (the page's side: starting and
//! talking to a worker, [`MatchWorker`], and matching in the page, [`PageMatcher`]) and
//! `split.rs` (a large run split over two workers, each matching one share of the spans,
//! `{id, request}` with `share: [part, parts]`; the page merges the shares) and
//! `schedule.rs`: [`schedule`] decides, after each workspace change, where to match (page
//! or worker), keeps one request in flight, drops results computed for an older workspace
//! (the newest is matched next) and reports to the suggestions panel through [`Reports`].
//! Without `window.parallaxBoot` (trunk serve, wasm tests) or after a worker error other
//! than a panic, the page matches in the page itself. A panic of the matcher (`crash.rs`
//! records its message) is shown in the panel; after one in the page, matching runs only
//! in workers, each new one a fresh instance (`schedule.rs`).

mod crash;
mod page;
mod parts;
mod protocol;
mod schedule;
mod serve;
mod split;

#[cfg(feature = "test-failures")]
pub use crash::fail_next_run;
pub use crash::{install_panic_hook, take_panic_message};
pub use page::{boot, MatchWorker, PageMatcher};
pub use parts::{assemble, GROUPS_PER_PART};
pub use protocol::{Reply, Request, RequestRef, WorkerEvent, BOOTSTRAP_JS};
pub use schedule::{
    cancel, documents_key, resume, schedule, sentence_count, Engine, Reports, WORKER_THRESHOLD,
};
pub use serve::parallax_worker_run;
pub use split::SPLIT_PAIRS;

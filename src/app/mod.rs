//! The browser app. [`state`] holds the one reducer (with [`coverage`], the side-by-side
//! and matrix state): plain Rust, compiled and tested natively. The rest is the Yew layer
//! (wasm32 only): `view` the pure view model (paragraphs, span buckets, nested-mark
//! segments), `browser` all other web-sys glue but saving, `storage` saving workspaces
//! (records in local storage, article texts in IndexedDB through `idb`), `scroll`
//! scrolling to spans and articles, `steps` rendering large views one step a frame, `keys`
//! the keyboard (shortcuts, dialogs, the reading caret), `session` opening, saving and
//! handing over workspaces between tabs, `worker` matching in a Web Worker and its
//! scheduling, `components` one component per file, and `root`'s `App`, which only
//! composes them. `bench` (cargo feature `bench`) holds the benchmark-only exports.

pub mod state;

/// The side-by-side and matrix state (part of the reducer's state).
pub use state::coverage;

#[cfg(all(target_arch = "wasm32", feature = "bench"))]
pub mod bench;
#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod idb;
#[cfg(target_arch = "wasm32")]
pub mod keys;
#[cfg(target_arch = "wasm32")]
pub mod root;
#[cfg(target_arch = "wasm32")]
pub mod scroll;
#[cfg(target_arch = "wasm32")]
pub mod session;
#[cfg(target_arch = "wasm32")]
pub mod steps;
#[cfg(target_arch = "wasm32")]
pub mod storage;
#[cfg(target_arch = "wasm32")]
pub mod view;
#[cfg(target_arch = "wasm32")]
pub mod worker;

#[cfg(target_arch = "wasm32")]
pub use browser::after_frame;
#[cfg(target_arch = "wasm32")]
pub use keys::label_now;
#[cfg(target_arch = "wasm32")]
pub use root::{start, App};
#[cfg(target_arch = "wasm32")]
pub use session::{
    delete_workspace, import_files, load_files, new_workspace, open_new, open_older_workspace,
    open_saved, open_workspace, replace_by_import, show_workspaces,
};

/// The reducer's dispatcher, handed to components (wasm only).
#[cfg(target_arch = "wasm32")]
pub type Dispatch = yew::UseReducerDispatcher<state::AppState>;

/// Files whose names say "workspace" are imported; everything else is an article.
pub fn is_workspace_file(name: &str) -> bool {
    let n = name.to_ascii_lowercase();
    [".json", ".jsonl", ".jsonld", ".zip"]
        .iter()
        .any(|ext| n.ends_with(ext))
}

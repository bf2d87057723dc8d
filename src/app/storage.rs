//! Saving workspaces in the browser (wasm only).
//!
//! Each workspace has an id. Its *record* (Parallax JSON without the article texts, see
//! [`formats::autosave`]) is kept in local storage under `parallax.v2.ws.<id>`, beside the
//! index of saved workspaces and the owner key that turns a second tab read-only: all
//! small, synchronous, and seen by other tabs through `storage` events. The article
//! texts, which can be megabytes, go to IndexedDB ([`super::idb`]) under
//! `<id>/<sha256 of the text>`, once per text: after that a change rewrites only the
//! record, whatever the size of the articles. A record is written only once every text
//! it names is stored, so a reload always finds them; texts a workspace's record no
//! longer names (removed articles) are deleted when it is next opened.
//!
//! Each record written to local storage is also written, with its list entry, to
//! IndexedDB ([`durable`]): Chromium writes local storage to disk lazily, so a killed
//! browser loses its last changes there. Restoring ([`restore`]) and listing
//! ([`list_durable`]) use the newer copy; the owner key still decides who writes.
//!
//! When IndexedDB cannot be used, records hold their texts (and are not mirrored). Every function returns a
//! value or a `Result` with a message; nothing here panics.
//!
//! The class view's curation choices are kept beside them in IndexedDB, one small record
//! per set of files ([`curation`]). The list of saved workspaces is read and written in
//! `list.rs`, which tab writes a workspace is decided in `tabs.rs`. The paste box's draft
//! (text not yet added as an article) has a key per workspace, read and written in
//! `draft.rs`.
//!
//! Workspaces saved by older versions (whole, under `parallax.ws.<id>`, see
//! [`registry::OLDER_PREFIX`]) are listed too, and read but never written, nor their
//! index or owner keys: an older copy of the file, which cannot read a record without
//! texts, keeps working on its own data. Opening one continues it under a fresh id in
//! this layout ([`restore_older`], [`note_continued`]).

pub mod curation;
mod draft;
mod durable;
mod list;
mod restore;
mod tabs;

pub use draft::{clear_draft, draft_wait_secs, read_draft, write_draft};
pub use durable::list_durable;
pub use list::{delete_workspace, list_workspaces, new_workspace_id, note_continued};
pub use restore::{peek_workspace, restore_older, restore_workspace, Restored};
pub use tabs::{
    claim_workspace, claimed_elsewhere, had_in_tab, left_for_good, on_workspace_taken,
    release_workspace, silent_claim_ms, tab_id, Elsewhere,
};

use list::{local_lists, read_registry, write_registry};

use super::idb;
use crate::formats::autosave::{self, StoredText};
use crate::formats::registry::{self, Entry};
use crate::model::Workspace;
use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;
use std::sync::Arc;
use wasm_bindgen::JsCast;

fn storage() -> Result<web_sys::Storage, String> {
    let unavailable = || "this browser does not allow local storage for this page".to_string();
    web_sys::window()
        .ok_or_else(unavailable)?
        .local_storage()
        .map_err(|_| unavailable())?
        .ok_or_else(unavailable)
}

/// What to do once a save is known to be done (called at once or later).
pub type Done = Rc<dyn Fn(SaveOutcome)>;

/// A save waiting for its texts, called with the outcome of their write.
type Retry = Box<dyn FnOnce(Result<(), String>)>;

/// Texts to store: (IndexedDB key, text).
type Texts = Vec<(String, Arc<str>)>;

thread_local! {
    static DOC_JSON: RefCell<autosave::DocCache> = Default::default();
    /// Keys of texts known to be in IndexedDB (written or read by this tab).
    static STORED: RefCell<HashSet<String>> = Default::default();
    /// Keys of texts being written.
    static WRITING: RefCell<HashSet<String>> = Default::default();
    /// By workspace id: the latest save waiting for its texts (called with the outcome
    /// of a text write).
    static WAITING: RefCell<HashMap<String, Retry>> =
        Default::default();
}

/// Start this tab's heartbeat ([`tabs::start_heartbeat`]) and start opening IndexedDB, so
/// the first save need not wait for it.
pub fn start() {
    tabs::start_heartbeat();
    wasm_bindgen_futures::spawn_local(async {
        let _ = idb::open().await;
    });
}

/// The IndexedDB key of a text of workspace `id`.
fn text_key(id: &str, sha256: &str) -> String {
    format!("{id}/{sha256}")
}

/// What the user is told when the browser refused to store `len` bytes (`e`: its error).
fn quota_message(e: &wasm_bindgen::JsValue, len: usize) -> String {
    let size = if len < 1024 {
        format!("{len} bytes")
    } else {
        format!("{} KB", len.div_ceil(1024))
    };
    let full = e
        .dyn_ref::<web_sys::DomException>()
        .is_some_and(|d| d.name() == "QuotaExceededError");
    if full {
        return format!(
            "local storage is full: the browser refused to store the workspace ({size}); it \
             holds about 5 MB for Parallax and every other page opened from a file on this \
             computer"
        );
    }
    let detail = e
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .unwrap_or_default();
    format!(
        "the browser refused to store the workspace ({size}){}",
        if detail.is_empty() {
            String::new()
        } else {
            format!(": {detail}")
        }
    )
}

/// What the user is told when a save went to IndexedDB only (`refused`: why local
/// storage did not take it).
fn database_only(refused: &str) -> String {
    format!(
        "Your changes are saved in the browser's database (IndexedDB) only, because {refused}. \
         Nothing is lost, and this workspace opens with them. To make room, delete saved \
         workspaces you no longer need (Workspaces\u{2026}), or remove the stored data of other \
         pages opened from files; Export JSON keeps a copy of your work."
    )
}

thread_local! {
    /// The time of this tab's last save (ms since 1970).
    static LAST_SAVE_MS: std::cell::Cell<f64> = const { std::cell::Cell::new(0.0) };
}

/// The time of a save (ms since 1970): now, but always later than this tab's previous
/// save, so two saves within a millisecond still tell which is newer (see
/// [`registry::prefer_mirror`]).
fn save_time() -> f64 {
    LAST_SAVE_MS.with(|l| {
        let t = js_sys::Date::now().max(l.get() + 1.0);
        l.set(t);
        t
    })
}

/// The outcome of an autosave.
pub enum SaveOutcome {
    Saved,
    /// Saved, but only in local storage (IndexedDB is unavailable: the message says why
    /// and what that means for the user).
    SavedInLocalStorage(String),
    /// Saved in IndexedDB only: local storage refused the record (full). The message says
    /// so, that the work is kept, and how to free space.
    SavedInDatabaseOnly(String),
    /// Reported after `Saved`: the save's mirror in IndexedDB failed (the message says so
    /// and what it means: the save is in local storage, not yet safe from a crash).
    Unmirrored(String),
    /// Another tab (or copy of the file) opened this workspace since: nothing was written.
    /// This tab's version, if it differs from the stored one, was saved as a new workspace
    /// (`Some((id, title))`), or could not be (`Err`).
    Taken(Result<Option<(String, String)>, String>),
    Failed(String),
}

/// The record of `ws` (texts apart unless IndexedDB is known to be unavailable), with
/// the texts not yet stored for workspace `id` as (key, text).
fn prepare(id: &str, ws: &Workspace) -> Result<(autosave::Record, Texts), String> {
    let inline = matches!(idb::availability(), Some(Err(_)));
    let rec = DOC_JSON.with(|c| autosave::record_json(ws, &mut c.borrow_mut(), inline))?;
    let missing = STORED.with(|s| {
        let s = s.borrow();
        rec.texts
            .iter()
            .map(|StoredText { sha256, text }| (text_key(id, sha256), text.clone()))
            .filter(|(k, _)| !s.contains(k))
            .collect()
    });
    Ok((rec, missing))
}

/// Store `missing` texts (those not being written already), then call the waiting save
/// of `id` (`retry`, which replaces any earlier one for `id`) with the outcome.
fn wait_for_texts(id: &str, missing: Texts, retry: Retry) {
    WAITING.with(|w| w.borrow_mut().insert(id.to_string(), retry));
    let new: Texts = WRITING.with(|w| {
        let mut w = w.borrow_mut();
        missing
            .into_iter()
            .filter(|(k, _)| w.insert(k.clone()))
            .collect()
    });
    if new.is_empty() {
        return; // a write in progress calls the waiting save when it ends
    }
    wasm_bindgen_futures::spawn_local(async move {
        let result = idb::put_texts(&new).await;
        WRITING.with(|w| {
            let mut w = w.borrow_mut();
            for (k, _) in &new {
                w.remove(k);
            }
        });
        if result.is_ok() {
            STORED.with(|s| s.borrow_mut().extend(new.into_iter().map(|(k, _)| k)));
        }
        let waiting: Vec<_> = WAITING.with(|w| w.borrow_mut().drain().collect());
        for (_, retry) in waiting {
            retry(result.clone());
        }
    });
}

/// What a failed text write means for a waiting save: when IndexedDB turned out to be
/// unavailable, the save is tried again (it then keeps the texts in the record).
fn texts_failed(e: String) -> Option<String> {
    match idb::availability() {
        Some(Err(_)) => None,
        _ => Some(e),
    }
}

/// The notice for saves kept in local storage because IndexedDB is unavailable.
fn local_only(why: &str) -> String {
    format!(
        "This browser does not let Parallax use its database (IndexedDB: {why}), so workspaces \
         are saved in local storage only, which holds about 5 MB for all of them: a large \
         workspace may not be kept. Export JSON to keep your work."
    )
}

/// Save workspace `ws` under id `id` if this tab still owns it (see
/// [`registry::may_write`]), then call `done` with the outcome: at once, or once the
/// texts of new articles are stored (then only the latest save of `id` is made). An empty
/// workspace removes its save and leaves the list, and stays claimed by this tab.
pub fn save_workspace(id: &str, ws: Rc<Workspace>, done: Done) {
    let store = match storage() {
        Ok(s) => s,
        Err(e) => return done(SaveOutcome::Failed(e)),
    };
    let owner = store.get_item(&registry::owner_key(id)).ok().flatten();
    if !registry::may_write(owner.as_deref(), &tab_id()) {
        WAITING.with(|w| w.borrow_mut().remove(id));
        return save_copy(&store, id, ws, done);
    }
    if owner.is_none() {
        let _ = store.set_item(&registry::owner_key(id), &tab_id());
    }
    let key = registry::data_key(id);
    if ws.is_empty() && ws.spans.is_empty() {
        WAITING.with(|w| w.borrow_mut().remove(id));
        list::unlist(&store, id);
        // Still open in this tab, it stays claimed by it (unlisting took the mark): a new
        // workspace in another tab then leaves its paste box draft alone (two tabs with a
        // new workspace each took each other's drafts). The claim goes with the tab.
        let _ = store.set_item(&registry::owner_key(id), &tab_id());
        return done(match store.remove_item(&key) {
            Ok(()) => SaveOutcome::Saved,
            Err(_) => SaveOutcome::Failed("could not clear the saved workspace".into()),
        });
    }
    let (rec, missing) = match prepare(id, &ws) {
        Ok(p) => p,
        Err(e) => return done(SaveOutcome::Failed(e)),
    };
    if !missing.is_empty() {
        let id2 = id.to_string();
        return wait_for_texts(
            id,
            missing,
            Box::new(move |r| match r.err().and_then(texts_failed) {
                None => save_workspace(&id2, ws, done),
                Some(e) => done(SaveOutcome::Failed(e)),
            }),
        );
    }
    WAITING.with(|w| w.borrow_mut().remove(id));
    if let Err(e) = store.set_item(&key, &rec.json) {
        // Local storage is full (another page opened from a file may have filled it; they
        // share it). The save's mirror in IndexedDB is then its newer copy, which opening
        // and the list prefer: the changes are kept there.
        let refused = quota_message(&e, rec.json.len());
        // The list's entry in local storage stays the older one (writing it would make
        // local storage's older record look as new as the mirror's).
        let entry = Entry::describe(id, &ws, rec.annotator.clone(), save_time());
        return durable::mirror_then(&rec.json, entry, move |kept| {
            done(match kept {
                Ok(()) => SaveOutcome::SavedInDatabaseOnly(database_only(&refused)),
                Err(e) => SaveOutcome::Failed(format!("{refused}, and {e}")),
            })
        });
    }
    let mut r = read_registry(&store);
    r.upsert(Entry::describe(id, &ws, rec.annotator.clone(), save_time()));
    write_registry(&store, &r);
    tidy_texts(id, &rec);
    let outcome = match idb::availability() {
        Some(Err(why)) => SaveOutcome::SavedInLocalStorage(local_only(&why)),
        _ => SaveOutcome::Saved,
    };
    // The same save, durable against a killed browser (what continues what included). A
    // mirror IndexedDB refuses (a full disk) is reported after the save: the work is in
    // local storage, but a crash may now lose its last minute.
    let entry = r.entries.iter().find(|e| e.id == id).cloned();
    if let Some(e) = entry.filter(|_| matches!(outcome, SaveOutcome::Saved)) {
        let done = done.clone();
        durable::mirror_then(&rec.json, e, move |kept| {
            if let Err(why) = kept {
                done(SaveOutcome::Unmirrored(unmirrored(&why)))
            }
        });
    }
    done(outcome)
}

/// What the user is told when a save's mirror in IndexedDB failed (`why`) while local
/// storage took the save.
fn unmirrored(why: &str) -> String {
    format!(
        "Crash protection is off: {why}. Your changes are saved in local storage, but if the \
         browser crashes, the last minute of them may be lost. Export JSON keeps a copy; \
         freeing disk space may help."
    )
}

/// Remove the texts of workspace `id` other than `keep` (keys) from IndexedDB, in the
/// background (a failure leaves unused texts behind, nothing else). A text this tab
/// stores again meanwhile (an undone removal saved) is kept.
fn forget_texts(id: &str, keep: Vec<String>) {
    if idb::availability().is_none_or(|a| a.is_err()) {
        return;
    }
    let prefix = format!("{id}/");
    STORED.with(|s| {
        s.borrow_mut()
            .retain(|k| !k.starts_with(&prefix) || keep.contains(k))
    });
    wasm_bindgen_futures::spawn_local(async move {
        let kept = |k: &str| {
            keep.iter().any(|x| x == k)
                || STORED.with(|s| s.borrow().contains(k))
                || WRITING.with(|w| w.borrow().contains(k))
        };
        let _ = idb::delete_unused(&prefix, kept).await;
    });
}

/// After workspace `id` was saved with `rec`: the texts this tab stored for it that the
/// record no longer needs (articles removed) leave IndexedDB.
fn tidy_texts(id: &str, rec: &autosave::Record) {
    let keep: Vec<String> = rec.texts.iter().map(|t| text_key(id, &t.sha256)).collect();
    let prefix = format!("{id}/");
    let unused = STORED.with(|s| {
        s.borrow()
            .iter()
            .any(|k| k.starts_with(&prefix) && !keep.contains(k))
    });
    if unused {
        forget_texts(id, keep);
    }
}

/// Save `ws` as a new workspace when it differs from what is stored under `id`.
fn save_copy(store: &web_sys::Storage, id: &str, ws: Rc<Workspace>, done: Done) {
    let (rec, _) = match prepare(id, &ws) {
        Ok(p) => p,
        Err(e) => return done(SaveOutcome::Taken(Err(e))),
    };
    let stored = store.get_item(&registry::data_key(id)).ok().flatten();
    if stored.as_deref() == Some(rec.json.as_str()) || ws.is_empty() {
        return done(SaveOutcome::Taken(Ok(None)));
    }
    write_copy(
        new_workspace_id(),
        ws,
        " (copy from another tab)".into(),
        Box::new(move |r| done(SaveOutcome::Taken(r.map(Some)))),
    );
}

/// Where a copy written by [`write_copy`] went: `Ok((id, title))`, or why it could not be
/// written.
type CopyDone = Box<dyn FnOnce(Result<(String, String), String>)>;

/// Keep `ws` as a new saved workspace of its own (a fresh id, listed as its first
/// article's title followed by `suffix`), texts and all, then call `done` with its
/// `(id, title)` or why it could not be kept (local storage unavailable or full, the
/// texts refused). Used before an import replaces the workspace open in this tab, so
/// what it held stays in the list after the page is closed (trial 48, F8).
pub fn keep_copy(ws: Rc<Workspace>, suffix: String, done: CopyDone) {
    write_copy(new_workspace_id(), ws, suffix, done);
}

/// Write the copy `ws` under the new id `new`, titled with `suffix`, once its texts are
/// stored.
fn write_copy(new: String, ws: Rc<Workspace>, suffix: String, done: CopyDone) {
    let (rec, missing) = match prepare(&new, &ws) {
        Ok(p) => p,
        Err(e) => return done(Err(e)),
    };
    if !missing.is_empty() {
        let id = new.clone();
        return wait_for_texts(
            &id,
            missing,
            Box::new(move |r| match r.err().and_then(texts_failed) {
                None => write_copy(new, ws, suffix, done),
                Some(e) => done(Err(e)),
            }),
        );
    }
    let store = match storage() {
        Ok(s) => s,
        Err(e) => return done(Err(e)),
    };
    if let Err(e) = store.set_item(&registry::data_key(&new), &rec.json) {
        return done(Err(quota_message(&e, rec.json.len())));
    }
    let mut entry = Entry::describe(&new, &ws, rec.annotator.clone(), save_time());
    entry.title = format!("{}{suffix}", entry.title);
    let title = entry.title.clone();
    durable::mirror(&rec.json, entry.clone());
    let mut r = read_registry(&store);
    r.upsert(entry);
    write_registry(&store, &r);
    done(Ok((new, title)))
}

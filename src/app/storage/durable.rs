//! Each save's mirror in IndexedDB (wasm only): Chromium writes local storage to disk
//! lazily, so a killed browser loses its last minute of changes there, while a committed
//! IndexedDB transaction is on disk. Every save of a record to local storage also writes
//! the record and its list entry to IndexedDB ([`mirror`], see
//! [`crate::formats::registry::mirror`]); restoring and listing use the newer copy
//! ([`newer_mirror`], [`list_durable`]); deleting a workspace deletes its mirror
//! ([`forget`]). Without IndexedDB nothing is mirrored and local storage alone is used.
//! Failures only mean local storage's copy is the one used: nothing here panics.

use super::{idb, local_lists, read_registry, write_registry};
use crate::formats::registry::{self, Entry, Mirror};
use std::cell::RefCell;
use std::collections::HashSet;

thread_local! {
    /// Workspaces deleted by this tab: their mirrors are not listed even if the delete is
    /// still being committed.
    static DELETED: RefCell<HashSet<String>> = Default::default();
}

/// Whether IndexedDB is known to be unusable (then nothing is mirrored).
fn unavailable() -> bool {
    matches!(idb::availability(), Some(Err(_)))
}

/// Write the mirror of a save: `record` as just written to local storage and its list
/// `entry`, in the background. Mirrors are written in the order of the saves (each
/// transaction is made when its save is, and IndexedDB commits them in that order).
pub(super) fn mirror(record: &str, entry: Entry) {
    if unavailable() {
        return;
    }
    // A failed mirror leaves local storage's copy, as saved before mirrors existed.
    mirror_then(record, entry, |_| ());
}

/// Write the mirror of a save as [`mirror`] does, then call `then` with the outcome: the
/// only copy of the save when local storage refused it (full), so the caller says whether
/// the changes are kept. Errors: IndexedDB unavailable or refusing the write (message).
pub(super) fn mirror_then(
    record: &str,
    entry: Entry,
    then: impl FnOnce(Result<(), String>) + 'static,
) {
    if unavailable() {
        return then(Err(
            "the browser's database (IndexedDB) cannot be used".into()
        ));
    }
    DELETED.with(|d| d.borrow_mut().remove(&entry.id));
    let key = registry::mirror_key(&entry.id);
    let value = Mirror {
        entry,
        record: record.to_string(),
    }
    .to_json();
    wasm_bindgen_futures::spawn_local(async move {
        then(idb::put_value(&key, &value).await);
    });
}

/// Delete workspace `id`'s mirror, in the background (with its save).
pub(super) fn forget(id: &str) {
    DELETED.with(|d| d.borrow_mut().insert(id.to_string()));
    if unavailable() {
        return;
    }
    let key = registry::mirror_key(id);
    wasm_bindgen_futures::spawn_local(async move {
        let _ = idb::delete_value(&key).await;
    });
}

/// Why a mirror could not be used: the message, and the stored text when it is damaged.
pub(super) type Unreadable = (String, Option<String>);

/// Workspace `id`'s mirror, if there is one (none without IndexedDB). Errors: the
/// database could not be read, or the mirror is damaged (its text comes with the message).
async fn read(id: &str) -> Result<Option<Mirror>, Unreadable> {
    if unavailable() || DELETED.with(|d| d.borrow().contains(id)) {
        return Ok(None);
    }
    let got = idb::get_texts(&[registry::mirror_key(id)])
        .await
        .map_err(|e| (e, None))?;
    match got.into_iter().next().flatten() {
        None => Ok(None),
        Some(raw) => match Mirror::parse(&raw) {
            Some(m) => Ok(Some(m)),
            None => Err((
                "its copy in the browser's database (IndexedDB) is damaged".to_string(),
                Some(raw),
            )),
        },
    }
}

/// Workspace `id`'s mirror when it is newer than local storage's record `local` (see
/// [`registry::prefer_mirror`]), else `None`. Errors: as [`read`].
pub(super) async fn newer_mirror(
    store: &web_sys::Storage,
    id: &str,
    local: Option<&str>,
) -> Result<Option<Mirror>, Unreadable> {
    let Some(m) = read(id).await? else {
        return Ok(None);
    };
    let r = read_registry(store);
    let entry = r.entries.iter().find(|e| e.id == id);
    Ok(registry::prefer_mirror(local, entry, &m).then_some(m))
}

/// Put a newer mirror back into local storage (record and list entry), when this tab may
/// write the workspace: older copies of the page and the list read local storage. A
/// failure (no room) changes nothing: the mirror stays the newer copy.
pub(super) fn write_back(store: &web_sys::Storage, m: &Mirror) {
    let id = &m.entry.id;
    let owner = store.get_item(&registry::owner_key(id)).ok().flatten();
    if !registry::may_write(owner.as_deref(), &super::tab_id()) {
        return;
    }
    if store.set_item(&registry::data_key(id), &m.record).is_ok() {
        let mut r = read_registry(store);
        r.upsert(m.entry.clone());
        write_registry(store, &r);
    }
}

/// The workspaces saved in this browser, as [`super::list_workspaces`] lists them from
/// local storage, brought up to date with their mirrors: a newer mirror's entry replaces
/// local storage's, and a workspace whose record only IndexedDB holds (local storage lost
/// it) is listed. Without IndexedDB, local storage's list. Errors: local storage
/// unavailable.
pub async fn list_durable() -> Result<Vec<Entry>, String> {
    let store = super::storage()?;
    let (mut own, older) = local_lists(&store)?;
    if !unavailable() {
        if let Ok(values) = idb::values_with_prefix(registry::mirror::MIRROR_PREFIX).await {
            let mirrors: Vec<Mirror> = values
                .iter()
                .filter_map(|v| Mirror::parse(v))
                .filter(|m| !DELETED.with(|d| d.borrow().contains(&m.entry.id)))
                .collect();
            registry::with_mirrors(
                &mut own,
                |id| store.get_item(&registry::data_key(id)).ok().flatten(),
                &mirrors,
            );
        }
    }
    Ok(registry::merged_list(&own, &older))
}

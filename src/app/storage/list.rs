//! The list of workspaces saved in this browser (wasm only): the index in local storage
//! ([`registry::INDEX_KEY`]) reconciled with the data keys, the older versions' index
//! (read, never written), the move of a one-slot save into the list, and deleting a
//! saved workspace.

use super::{durable, forget_texts, storage};
use crate::formats::registry::{self, Entry, Registry};
use crate::formats::{self};
use crate::model::Workspace;

/// A fresh workspace id.
pub fn new_workspace_id() -> String {
    registry::new_id(js_sys::Date::now(), js_sys::Math::random())
}

/// The index of this version's workspaces as local storage holds it.
pub(super) fn read_registry(store: &web_sys::Storage) -> Registry {
    Registry::parse(
        store
            .get_item(registry::INDEX_KEY)
            .ok()
            .flatten()
            .as_deref(),
    )
}

/// Write the index of this version's workspaces to local storage.
pub(super) fn write_registry(store: &web_sys::Storage, r: &Registry) {
    // The index is only a summary (rebuilt from the keys), so failing to write it loses nothing.
    let _ = store.set_item(registry::INDEX_KEY, &r.to_json());
}

/// Move the save of the one-slot era ([`registry::LEGACY_KEY`]) under a fresh id of this
/// version, unchanged (a record with its texts inside, which [`super::restore_workspace`] reads;
/// a damaged one too: opening it salvages what it can). The old key is removed only once
/// the copy is stored.
fn migrate_legacy(store: &web_sys::Storage) {
    let Ok(Some(raw)) = store.get_item(registry::LEGACY_KEY) else {
        return;
    };
    let id = new_workspace_id();
    if store.set_item(&registry::data_key(&id), &raw).is_err() {
        return; // no room: keep the old slot; it is tried again next time
    }
    let entry = match formats::import("the saved workspace", raw.as_bytes()) {
        Ok(imp) => Entry::describe(&id, &imp.workspace, None, js_sys::Date::now()),
        Err(_) => Entry {
            id: id.clone(),
            title: "Saved workspace (damaged)".into(),
            annotator: None,
            articles: 0,
            spans: 0,
            changed_ms: js_sys::Date::now(),
            older: false,
            continued_from: None,
        },
    };
    let mut r = read_registry(store);
    r.upsert(entry);
    write_registry(store, &r);
    let _ = store.remove_item(registry::LEGACY_KEY);
}

/// The workspaces saved in this browser (every copy of the file shares them), most
/// recently changed first: this version's, and those of older versions not continued
/// since they last changed (see [`registry::merged_list`]). Moves an old one-slot save
/// into the list first.
pub fn list_workspaces() -> Result<Vec<Entry>, String> {
    let store = storage()?;
    let (own, older) = local_lists(&store)?;
    Ok(registry::merged_list(&own, &older))
}

/// The index of this version's workspaces and that of older versions, as local storage
/// holds them, each reconciled with the data keys (only this version's is written back).
pub(super) fn local_lists(store: &web_sys::Storage) -> Result<(Registry, Registry), String> {
    migrate_legacy(store);
    let n = store
        .length()
        .map_err(|_| "could not read local storage".to_string())?;
    let keys: Vec<String> = (0..n).filter_map(|i| store.key(i).ok().flatten()).collect();
    let ids: Vec<String> = keys
        .iter()
        .filter_map(|k| registry::id_of_data_key(k).map(str::to_string))
        .collect();
    let mut r = read_registry(store);
    let before = r.clone();
    r.reconcile(&ids);
    if r != before {
        write_registry(store, &r);
    }
    // The older versions' index is only read (reconciled here, not written back).
    let older_ids: Vec<String> = keys
        .iter()
        .filter_map(|k| registry::id_of_older_data_key(k).map(str::to_string))
        .collect();
    let mut older = Registry::parse(
        store
            .get_item(registry::OLDER_INDEX_KEY)
            .ok()
            .flatten()
            .as_deref(),
    );
    older.reconcile(&older_ids);
    Ok((r, older))
}

/// Note in the list that workspace `id` (this version's, holding `ws`) continues the older
/// version's workspace `older_id`, as it is now: the list then shows only `id` until the
/// older file changes `older_id`.
pub fn note_continued(id: &str, older_id: &str, ws: &Workspace) {
    let Ok(store) = storage() else { return };
    let changed_ms = Registry::parse(
        store
            .get_item(registry::OLDER_INDEX_KEY)
            .ok()
            .flatten()
            .as_deref(),
    )
    .entries
    .into_iter()
    .find(|e| e.id == older_id)
    .map_or(0.0, |e| e.changed_ms);
    let mut entry = Entry::describe(id, ws, None, js_sys::Date::now());
    entry.continued_from = Some(registry::Continued {
        id: older_id.to_string(),
        changed_ms,
    });
    let mut r = read_registry(&store);
    r.upsert(entry);
    write_registry(&store, &r);
}

/// Delete saved workspace `id` (this version's) for good: its record, its claim, its
/// entry in the list, its paste box draft and, in the background, its article texts in
/// IndexedDB. A tab that
/// still has it open is told ([`super::Elsewhere::Deleted`]), keeps it in the page and saves it
/// again, texts and all, on its next change, so only what no tab holds is gone. Errors: local storage unavailable or refusing the removal.
pub fn delete_workspace(id: &str) -> Result<(), String> {
    let store = storage()?;
    store
        .remove_item(&registry::data_key(id))
        .map_err(|_| "could not delete the saved workspace from local storage".to_string())?;
    unlist(&store, id);
    // Its paste box draft goes with it (not in `unlist`: an emptied workspace is unlisted
    // too, and keeps its draft).
    super::clear_draft(Some(id));
    Ok(())
}

/// Take workspace `id` out of this browser's list: its owner mark, its registry entry,
/// its article texts in IndexedDB and its durable copy (not its data key: each caller
/// removes that itself, with its own message).
pub(super) fn unlist(store: &web_sys::Storage, id: &str) {
    let _ = store.remove_item(&registry::owner_key(id));
    let mut r = read_registry(store);
    r.remove(id);
    write_registry(store, &r);
    forget_texts(id, Vec::new());
    durable::forget(id);
}

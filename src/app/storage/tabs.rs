//! Which tab writes a workspace (wasm only): this tab's id, claiming a workspace (its
//! owner key in local storage), and hearing through `storage` events that another tab
//! (or copy of the file) took or deleted the workspace open in this one.

use super::{quota_message, storage, STORED};
use crate::formats::registry;
use wasm_bindgen::JsCast;

thread_local! {
    static TAB_ID: String = format!(
        "tab-{}-{}",
        js_sys::Date::now() as u64,
        (js_sys::Math::random() * 1e9) as u64
    );
}

/// This tab's id (random, per page load): written to a workspace's owner key.
pub fn tab_id() -> String {
    TAB_ID.with(|t| t.clone())
}

/// Make this tab the one that writes workspace `id`; a tab that had it open sees the
/// change (a `storage` event) and becomes read-only.
pub fn claim_workspace(id: &str) -> Result<(), String> {
    storage()?
        .set_item(&registry::owner_key(id), &tab_id())
        .map_err(|e| quota_message(&e, 0))
}

/// Give up this tab's claim on workspace `id` when the page goes away (`pagehide`): its
/// owner key is removed if it still names this tab, so the list can tell a workspace
/// open in another tab ([`claimed_elsewhere`]) from one whose tab was closed. Nothing
/// else changes; a storage failure is ignored (the claim then stays, as before).
pub fn release_workspace(id: &str) {
    let Ok(store) = storage() else { return };
    let key = registry::owner_key(id);
    if store.get_item(&key).ok().flatten().as_deref() == Some(tab_id().as_str()) {
        let _ = store.remove_item(&key);
    }
}

/// Whether workspace `id` is claimed by another tab (or copy of the file) that has not
/// released it: open there, or left claimed by a browser that was killed. `false` when
/// local storage cannot be read.
pub fn claimed_elsewhere(id: &str) -> bool {
    storage()
        .ok()
        .and_then(|s| s.get_item(&registry::owner_key(id)).ok().flatten())
        .is_some_and(|owner| owner != tab_id())
}

/// What another tab (or copy of the file) did to the workspace open in this one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Elsewhere {
    /// It opened the workspace: that tab now saves it, this one is read-only.
    Taken,
    /// It deleted the workspace's save (from the list, or by emptying it). This tab still
    /// holds everything; its article texts count as unsaved again, so its next save
    /// writes them back with the record.
    Deleted,
}

/// Call `f` when another tab (or copy of the file) claims workspace `id` or deletes its
/// save (a `storage` event: only other tabs get one).
pub fn on_workspace_taken(
    id: String,
    f: impl Fn(Elsewhere) + 'static,
) -> Option<gloo::events::EventListener> {
    let window = web_sys::window()?;
    let me = tab_id();
    Some(gloo::events::EventListener::new(
        &window,
        "storage",
        move |e| {
            let Some(e) = e.dyn_ref::<web_sys::StorageEvent>() else {
                return;
            };
            let Some(key) = e.key() else { return };
            if key == registry::owner_key(&id) {
                if let Some(owner) = e.new_value() {
                    if owner != me {
                        f(Elsewhere::Taken);
                    }
                }
            } else if key == registry::data_key(&id) && e.new_value().is_none() {
                // The other tab also deletes the texts from IndexedDB: this tab must not
                // take them for stored, or its next save would keep a record without them.
                let prefix = format!("{id}/");
                STORED.with(|s| s.borrow_mut().retain(|k| !k.starts_with(&prefix)));
                f(Elsewhere::Deleted);
            }
        },
    ))
}

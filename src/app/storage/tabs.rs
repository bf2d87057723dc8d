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

//! The paste box's drafts in local storage, one per workspace (wasm only; see
//! [`crate::formats::paste_draft`]): read when the box opens, written as the user types
//! (the box debounces), removed once the text is in the workspace, the box is cleared or
//! the workspace is deleted. Every function takes the workspace's id (`None` while no
//! workspace is open: nothing is read or kept) and returns a value or a `Result` with a
//! message; nothing here panics.

use super::{read_registry, storage};
use crate::formats::paste_draft::{self, PasteDraft, MAX_BYTES};
use crate::formats::registry;
use wasm_bindgen::JsCast;

/// The draft kept for workspace `workspace_id`, if there is one. A workspace not saved yet
/// with no draft of its own takes up one left by another workspace not saved and open in
/// no other tab (a reload before the first article: see [`paste_draft::orphan_key`]),
/// moving it under its own key; a new workspace open in another tab keeps its draft.
pub fn read_draft(workspace_id: Option<&str>) -> Option<PasteDraft> {
    let id = workspace_id?;
    let store = storage().ok()?;
    let own = paste_draft::key(id);
    if let Some(d) = PasteDraft::parse(store.get_item(&own).ok().flatten().as_deref()) {
        return Some(d);
    }
    let (keys, saved_ids) = keys_and_saved(&store)?;
    let saved = |w: &str| saved_ids.iter().any(|s| s == w);
    let from = paste_draft::orphan_key(&keys, id, &saved, &super::claimed_elsewhere)?;
    let raw = store.get_item(from).ok().flatten();
    let draft = PasteDraft::parse(raw.as_deref());
    // Moved only once stored under its own key; a damaged one is dropped.
    let moved = match &raw {
        Some(raw) if draft.is_some() => store.set_item(&own, raw).is_ok(),
        _ => true,
    };
    if moved {
        let _ = store.remove_item(from);
    }
    draft
}

/// How many seconds until a draft is offered to workspace `workspace_id`, which has none
/// now ([`read_draft`] gave none), when a new workspace's draft is held by a tab that
/// stopped answering (no heartbeat for [`registry::SILENT_MS`]: a killed browser's, or a
/// hidden tab's; see [`paste_draft::waiting_ms`]). `None` when none waits.
pub fn draft_wait_secs(workspace_id: Option<&str>) -> Option<u64> {
    let id = workspace_id?;
    let store = storage().ok()?;
    let (keys, saved_ids) = keys_and_saved(&store)?;
    let saved = |w: &str| saved_ids.iter().any(|s| s == w);
    let ms = paste_draft::waiting_ms(&keys, id, &saved, &super::silent_claim_ms)?;
    Some((ms.max(0.0) / 1000.0).ceil() as u64)
}

/// The local storage keys, and the ids of the workspaces saved (with a data key or an
/// entry in the index); `None` when local storage cannot be read.
fn keys_and_saved(store: &web_sys::Storage) -> Option<(Vec<String>, Vec<String>)> {
    let keys: Vec<String> = (0..store.length().ok()?)
        .filter_map(|i| store.key(i).ok().flatten())
        .collect();
    let saved = keys
        .iter()
        .filter_map(|k| registry::id_of_data_key(k))
        .map(str::to_string)
        .chain(read_registry(store).entries.into_iter().map(|e| e.id))
        .collect();
    Some((keys, saved))
}

/// Keep `draft` for workspace `workspace_id` (an empty one removes the draft). Errors: no
/// workspace is open, the draft is over [`MAX_BYTES`], local storage is unavailable or
/// refused it (full), with a message for the user.
pub fn write_draft(workspace_id: Option<&str>, draft: &PasteDraft) -> Result<(), String> {
    let Some(id) = workspace_id else {
        return Err("no workspace is open to keep it for".to_string());
    };
    if draft.is_empty() {
        clear_draft(Some(id));
        return Ok(());
    }
    if draft.too_large() {
        clear_draft(Some(id)); // an older, shorter draft is not the box's text
        return Err(format!(
            "it is over {} MB, and the browser's local storage (about 5 MB for every page \
             opened from a file) is kept for your workspaces",
            MAX_BYTES / 1_000_000
        ));
    }
    let json = draft.to_json();
    storage()?
        .set_item(&paste_draft::key(id), &json)
        .map_err(|e| refused(&e, json.len()))
}

/// Why local storage did not take a draft of `len` bytes (`e`: the browser's error).
fn refused(e: &wasm_bindgen::JsValue, len: usize) -> String {
    let full = e
        .dyn_ref::<web_sys::DomException>()
        .is_some_and(|d| d.name() == "QuotaExceededError");
    if full {
        format!(
            "it is too large for the browser's local storage ({} KB; about 5 MB are shared \
             by every page opened from a file on this computer)",
            len.div_ceil(1024)
        )
    } else {
        "the browser refused to store it".to_string()
    }
}

/// Forget the draft of workspace `workspace_id` (nothing happens when there is none, no
/// workspace is open or storage is unavailable).
pub fn clear_draft(workspace_id: Option<&str>) {
    if let (Some(id), Ok(s)) = (workspace_id, storage()) {
        let _ = s.remove_item(&paste_draft::key(id));
    }
}

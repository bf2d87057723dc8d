//! The paste box's draft in local storage (wasm only; see
//! [`crate::formats::paste_draft`]): read when the box opens, written as the user types
//! (the box debounces), removed once the text is in the workspace or the box is cleared.
//! Every function returns a value or a `Result` with a message; nothing here panics.

use super::storage;
use crate::formats::paste_draft::{PasteDraft, KEY, MAX_BYTES};
use wasm_bindgen::JsCast;

/// The draft kept in this browser, if there is one.
pub fn read_draft() -> Option<PasteDraft> {
    let raw = storage().ok()?.get_item(KEY).ok().flatten();
    PasteDraft::parse(raw.as_deref())
}

/// Keep `draft` (an empty one removes the draft). Errors: the draft is over
/// [`MAX_BYTES`], local storage is unavailable or refused it (full), with a message for
/// the user.
pub fn write_draft(draft: &PasteDraft) -> Result<(), String> {
    if draft.is_empty() {
        clear_draft();
        return Ok(());
    }
    if draft.too_large() {
        clear_draft(); // an older, shorter draft is not the box's text
        return Err(format!(
            "it is over {} MB, and the browser's local storage (about 5 MB for every page \
             opened from a file) is kept for your workspaces",
            MAX_BYTES / 1_000_000
        ));
    }
    let json = draft.to_json();
    storage()?
        .set_item(KEY, &json)
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

/// Forget the draft (nothing happens when there is none or storage is unavailable).
pub fn clear_draft() {
    if let Ok(s) = storage() {
        let _ = s.remove_item(KEY);
    }
}

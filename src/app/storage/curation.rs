//! The class view's curation choices in IndexedDB (wasm only): one small record per set of
//! files curated ([`SavedCuration`], under `curation:<fingerprint of the files>`), written
//! with each change of the choices ([`save`]) and read for each new set of files curated
//! ([`saved_curations`]): after a reload or a crash, or when a class's files are loaded
//! again after another's; deleted when no choice is left, or forgotten from the list of
//! saved curations ([`forget`]). They share the store of the article texts (see [`super::idb`]: a new store
//! would need a version upgrade that older copies of the page refuse). Every function
//! returns a `Result` with a message; nothing here panics.

use super::idb;
use crate::exercise::curate::SavedCuration;

/// The prefix of the curation records' keys (no article text's key starts with it).
const PREFIX: &str = "curation:";

/// Store `record` (under its files' fingerprint), flushed to disk before it is reported
/// done. Errors: IndexedDB unavailable or refusing the write (the message says which).
pub async fn save(record: &SavedCuration) -> Result<(), String> {
    idb::put_value(&format!("{PREFIX}{}", record.files), &record.to_json())
        .await
        .map_err(|e| e.replace("the workspace's copy", "the curation choices"))
}

/// Every curation record stored in this browser; damaged ones are passed over (a newer
/// record of the same files replaces them at the next save). Errors: IndexedDB
/// unavailable or unreadable.
pub async fn saved_curations() -> Result<Vec<SavedCuration>, String> {
    let values = idb::values_with_prefix(PREFIX).await?;
    Ok(values
        .iter()
        .filter_map(|v| SavedCuration::parse(v).ok())
        .collect())
}

/// Delete the record of the files of fingerprint `files` (nothing if there is none).
/// Errors: IndexedDB unavailable or refusing the deletion.
pub async fn forget(files: &str) -> Result<(), String> {
    idb::delete_value(&format!("{PREFIX}{files}")).await
}

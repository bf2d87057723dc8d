//! Reading a saved workspace back (wasm only): its record, from local storage or from its
//! mirror in IndexedDB, whichever is newer (see [`registry::prefer_mirror`]), joined with
//! its article texts from IndexedDB. A damaged save is salvaged and set aside, never wiped.

use super::durable;
use super::{forget_texts, idb, storage, text_key, STORED};
use crate::formats::autosave;
use crate::formats::registry;
use crate::formats::{self};
use crate::model::Workspace;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::Arc;

/// What was found in storage for a workspace.
pub enum Restored {
    Nothing,
    Workspace(Workspace, Vec<String>),
    /// The stored data could not be read. `kept` is the key it was copied to, or `None`
    /// if copying failed or was not needed (then autosave must not overwrite it).
    Corrupt {
        error: String,
        kept: Option<String>,
        /// The stored text, so the user can download it.
        raw: Rc<str>,
        /// What could be recovered, with what was left out.
        salvaged: Option<(Workspace, Vec<String>)>,
    },
    Unavailable(String),
}

/// Read saved workspace `id`: its record (local storage's, or its mirror in IndexedDB
/// when that is newer: local storage lost the last changes when the browser was killed),
/// and the texts it names from IndexedDB. A record taken from the mirror is written back to
/// local storage when this tab may write it. A record holding its texts (saved without IndexedDB, or moved from the one-slot era) is
/// read as it is; the next save moves its texts to IndexedDB and only then rewrites it.
/// Corrupt data is copied to another key, never wiped; a record whose texts cannot be
/// read is left as it is.
pub async fn restore_workspace(id: &str) -> Restored {
    read_record(id, false).await
}

/// Read saved workspace `id` as it is now, for a tab that no longer edits it (another tab
/// took it over): its newest record (local storage's, or its mirror's when newer) joined
/// with its texts. Unlike [`restore_workspace`], nothing is written or forgotten: no write
/// back, no texts dropped, no damaged copy set aside; the tab that edits it owns those.
/// Errors: storage unavailable, nothing saved, or the save unreadable (message).
pub async fn peek_workspace(id: &str) -> Result<Workspace, String> {
    let store = storage()?;
    let key = registry::data_key(id);
    let local = store
        .get_item(&key)
        .map_err(|_| "could not read local storage".to_string())?;
    let raw = match (
        durable::newer_mirror(&store, id, local.as_deref()).await,
        local,
    ) {
        (Ok(Some(m)), _) => m.record,
        (_, Some(raw)) => raw,
        (Ok(None), None) => return Err("nothing is saved under this workspace".into()),
        (Err((error, _)), None) => return Err(error),
    };
    let refs = autosave::text_refs(&raw);
    let json = if refs.is_empty() {
        raw
    } else {
        let keys: Vec<String> = refs.iter().map(|sha| text_key(id, sha)).collect();
        let texts = idb::get_texts(&keys).await?;
        let found: HashMap<String, Arc<str>> = refs
            .iter()
            .zip(texts)
            .filter_map(|(sha, t)| Some((sha.clone(), Arc::from(t?))))
            .collect();
        autosave::join_record(&raw, &found)?
    };
    formats::import("the saved workspace", json.as_bytes())
        .map(|imp| imp.workspace)
        .map_err(|e| e.to_string())
}

/// Read the older version's workspace `id` (see [`registry::OLDER_PREFIX`]) to continue
/// it under a new id: nothing stored is changed (a damaged one stays where it is, which
/// the notice names).
pub async fn restore_older(id: &str) -> Restored {
    read_record(id, true).await
}

async fn read_record(id: &str, older: bool) -> Restored {
    let store = match storage() {
        Ok(s) => s,
        Err(e) => return Restored::Unavailable(e),
    };
    let key = if older {
        registry::older_data_key(id)
    } else {
        registry::data_key(id)
    };
    let local = match store.get_item(&key) {
        Ok(local) => local,
        Err(_) => return Restored::Unavailable("could not read local storage".into()),
    };
    let newer = if older {
        Ok(None)
    } else {
        durable::newer_mirror(&store, id, local.as_deref()).await
    };
    let raw = match (newer, local) {
        (Ok(Some(m)), _) => {
            durable::write_back(&store, &m);
            m.record
        }
        // A mirror that cannot be read: local storage's copy, as before mirrors.
        (_, Some(raw)) => raw,
        (Ok(None), None) => return Restored::Nothing,
        // Only the mirror may hold it: nothing is opened, and autosave is paused (`kept`
        // is none) so that nothing is saved over it.
        (Err((error, raw)), None) => {
            return Restored::Corrupt {
                error,
                kept: None,
                raw: raw.unwrap_or_default().into(),
                salvaged: None,
            }
        }
    };
    let refs = autosave::text_refs(&raw);
    if refs.is_empty() {
        return import_record(&store, &key, &raw, raw.clone(), older);
    }
    let keys: Vec<String> = refs.iter().map(|sha| text_key(id, sha)).collect();
    let joined = match idb::get_texts(&keys).await {
        Ok(texts) => {
            let found: HashMap<String, Arc<str>> = refs
                .iter()
                .zip(texts)
                .filter_map(|(sha, t)| Some((sha.clone(), Arc::from(t?))))
                .collect();
            autosave::join_record(&raw, &found)
        }
        Err(e) => Err(e),
    };
    match joined {
        Ok(json) if older => import_record(&store, &key, &raw, json, older),
        Ok(json) => {
            STORED.with(|s| s.borrow_mut().extend(keys.iter().cloned()));
            // Texts of articles removed before the last save are no longer needed.
            forget_texts(id, keys);
            import_record(&store, &key, &raw, json, older)
        }
        Err(error) => Restored::Corrupt {
            error,
            // An older version's record is never written, so it stays where it is.
            kept: older.then(|| key.clone()),
            raw: raw.into(),
            salvaged: None,
        },
    }
}

/// Import `json` (the saved workspace with its texts). When it is damaged, `record` (what
/// local storage holds under `key`: without the texts, which stay in IndexedDB, so it fits)
/// is copied aside; the notice offers `json` for download, and what is valid is salvaged.
/// An `older` version's record is not copied: it stays under `key`, never written.
fn import_record(
    store: &web_sys::Storage,
    key: &str,
    record: &str,
    json: String,
    older: bool,
) -> Restored {
    match formats::import("the saved workspace", json.as_bytes()) {
        Ok(imp) => {
            // Nothing left out silently: what import left out is said with the warnings.
            let mut warnings = imp.warnings;
            warnings.extend(imp.left_out);
            Restored::Workspace(imp.workspace, warnings)
        }
        Err(e) if older => Restored::Corrupt {
            error: e.to_string(),
            kept: Some(key.to_string()),
            salvaged: crate::formats::salvage::salvage(&json),
            raw: json.into(),
        },
        Err(e) => {
            // One kept copy per damaged text: reopening does not copy it again.
            let existing = (0..store.length().unwrap_or(0))
                .filter_map(|i| store.key(i).ok().flatten())
                .find(|k| {
                    k.starts_with(&format!("{key}.corrupt-"))
                        && store.get_item(k).ok().flatten().as_deref() == Some(record)
                });
            let kept = existing.or_else(|| {
                let copy = format!("{key}.corrupt-{}", js_sys::Date::now() as u64);
                store.set_item(&copy, record).ok().map(|_| copy)
            });
            Restored::Corrupt {
                error: e.to_string(),
                kept,
                salvaged: crate::formats::salvage::salvage(&json),
                raw: json.into(),
            }
        }
    }
}

//! A workspace's *mirror*: the copy of its record and list entry that each save also
//! writes to IndexedDB (under [`mirror_key`]), beside the copy in local storage. Chromium
//! writes local storage to disk lazily, so a killed browser (SIGKILL, power cut, OS crash)
//! loses roughly the last minute of its changes there, and a brand-new workspace can lose
//! its record while its list entry survives; a committed IndexedDB transaction is on disk.
//! On start and restore the newest of the two copies is used ([`prefer_mirror`]), and a
//! workspace held only by its mirror is listed ([`with_mirrors`]). Plain Rust: the app's
//! storage glue reads and writes the strings.
//!
//! Which copy is newer is decided by the entries' `changed_ms` (the save's time, the same
//! in both copies of one save): local storage's index entry against the mirror's entry.

use super::{Entry, Registry};
use serde::{Deserialize, Serialize};

/// The prefix of the mirrors' keys in IndexedDB's store of texts. Text keys are
/// `<workspace id>/<sha256>` and ids start with a letter and hold no `:`, so the two never
/// meet (an older copy of the page deletes texts by the prefix `<id>/` only).
pub const MIRROR_PREFIX: &str = "record:";

/// The IndexedDB key of workspace `id`'s mirror.
pub fn mirror_key(id: &str) -> String {
    format!("{MIRROR_PREFIX}{id}")
}

/// A workspace's copy in IndexedDB: its list entry (what the start screen shows, with the
/// save's time in `changed_ms`) and its record (Parallax JSON without the texts, exactly
/// as written to local storage).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mirror {
    /// The list entry as saved (its `id` is the workspace's).
    pub entry: Entry,
    /// The record as saved.
    pub record: String,
}

impl Mirror {
    /// The mirror as JSON, for IndexedDB.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Read a stored mirror; `None` when the text is not one (damaged, or of another kind):
    /// local storage's copy is then the only one.
    pub fn parse(raw: &str) -> Option<Mirror> {
        serde_json::from_str::<Mirror>(raw)
            .ok()
            .filter(|m| super::valid_id(&m.entry.id).is_some())
    }
}

/// Whether the `mirror` of a workspace is newer than what local storage holds of it
/// (`local_record`, and its index entry `local_entry`): yes when local storage has no
/// record, or a different record whose entry is missing or older (`changed_ms`). The same
/// record, or a local one at least as recent (written by a copy of the page that does not
/// mirror, or while the mirror's write failed), keeps local storage's copy.
pub fn prefer_mirror(
    local_record: Option<&str>,
    local_entry: Option<&Entry>,
    mirror: &Mirror,
) -> bool {
    match (local_record, local_entry) {
        (None, _) => true,
        (Some(r), _) if r == mirror.record => false,
        (Some(_), None) => true,
        (Some(_), Some(e)) => mirror.entry.changed_ms > e.changed_ms,
    }
}

/// Bring the list of this version's workspaces (`own`, read from local storage and
/// reconciled with its data keys `local_ids`) up to date with the `mirrors`: a workspace
/// whose mirror is newer (see [`prefer_mirror`]; `local_record` gives local storage's
/// record of an id) is listed with the mirror's entry (keeping what it continues), one
/// held only by its mirror is added. Returns whether anything changed.
pub fn with_mirrors(
    own: &mut Registry,
    local_record: impl Fn(&str) -> Option<String>,
    mirrors: &[Mirror],
) -> bool {
    let mut changed = false;
    for m in mirrors {
        let id = &m.entry.id;
        let local = local_record(id);
        let entry = own.entries.iter().find(|e| &e.id == id);
        // A listed entry without a local record is reconcile's placeholder: not a real one.
        let entry = entry.filter(|_| local.is_some());
        if prefer_mirror(local.as_deref(), entry, m) {
            own.upsert(m.entry.clone());
            changed = true;
        }
    }
    changed
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(id: &str, spans: usize, t: f64) -> Entry {
        Entry {
            id: id.into(),
            title: id.to_uppercase(),
            annotator: None,
            articles: 2,
            spans,
            changed_ms: t,
            older: false,
            continued_from: None,
        }
    }

    fn mirror(id: &str, spans: usize, t: f64) -> Mirror {
        Mirror {
            entry: entry(id, spans, t),
            record: format!("{{\"spans\":{spans}}}"),
        }
    }

    #[test]
    fn mirror_round_trips_and_damaged_ones_are_none() {
        let m = mirror("w1-a", 3, 10.0);
        assert_eq!(Mirror::parse(&m.to_json()), Some(m));
        assert_eq!(Mirror::parse("not json"), None);
        assert_eq!(
            Mirror::parse(r#"{"entry":{"id":"../x","title":"t"},"record":"{}"}"#),
            None
        );
        // Mirror keys never look like a text key (`<id>/<sha>`) or a data key.
        assert!(!mirror_key("w1-a").starts_with("w1-a/"));
        assert_eq!(super::super::id_of_data_key(&mirror_key("w1-a")), None);
    }

    #[test]
    fn the_newest_copy_wins() {
        let m = mirror("w1-a", 3, 10.0);
        // Local storage lost the record (a brand-new workspace, killed): the mirror.
        assert!(prefer_mirror(None, Some(&entry("w1-a", 0, 5.0)), &m));
        assert!(prefer_mirror(None, None, &m));
        // Local storage kept an older save: the mirror.
        assert!(prefer_mirror(
            Some("{\"spans\":1}"),
            Some(&entry("w1-a", 1, 5.0)),
            &m
        ));
        // The same save in both: local storage's.
        assert!(!prefer_mirror(
            Some(&m.record),
            Some(&entry("w1-a", 3, 10.0)),
            &m
        ));
        // A later save only in local storage (a copy of the page without mirrors, or the
        // mirror's write failed): local storage's.
        assert!(!prefer_mirror(
            Some("{\"spans\":4}"),
            Some(&entry("w1-a", 4, 12.0)),
            &m
        ));
        // A different record without an entry: the mirror (the save that wrote both).
        assert!(prefer_mirror(Some("{\"spans\":1}"), None, &m));
    }

    #[test]
    fn the_list_shows_newer_mirrors_and_those_only_in_indexeddb() {
        let mut own = Registry::default();
        let mut cont = entry("w1-a", 1, 5.0);
        cont.continued_from = Some(super::super::Continued {
            id: "old".into(),
            changed_ms: 1.0,
        });
        own.upsert(cont);
        own.upsert(entry("w2-b", 2, 7.0));
        // An entry whose record local storage lost (a new workspace, killed): the mirror's.
        own.upsert(entry("w4-d", 0, 0.0));
        let local = |id: &str| match id {
            "w1-a" => Some("{\"spans\":1}".to_string()),
            "w2-b" => Some("{\"spans\":2}".to_string()),
            _ => None,
        };
        let mirrors = [
            mirror("w1-a", 3, 10.0),
            mirror("w2-b", 2, 7.0),
            mirror("w3-c", 1, 8.0),
            mirror("w4-d", 5, 9.0),
        ];
        assert!(with_mirrors(&mut own, local, &mirrors));
        let spans: Vec<(String, usize)> =
            own.recent().into_iter().map(|e| (e.id, e.spans)).collect();
        assert_eq!(
            spans,
            [
                ("w1-a".to_string(), 3),
                ("w4-d".into(), 5),
                ("w3-c".into(), 1),
                ("w2-b".into(), 2)
            ]
        );
        // What w1-a continues is kept from local storage's entry.
        assert!(own.entries[0].continued_from.is_some());
        // Nothing newer: nothing changes.
        let before = own.clone();
        assert!(!with_mirrors(&mut own, |_| None, &[]));
        assert_eq!(own, before);
    }
}

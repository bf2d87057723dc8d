//! The list of workspaces saved in the browser: each workspace is stored under its own
//! key (`parallax.ws.<id>`), and an index (`parallax.workspaces`) keeps what the start
//! screen shows of each one (title, annotator, number of articles and spans, last
//! change). Plain Rust: the app's storage glue reads and writes the strings.
//!
//! The index is only a summary: a workspace whose key exists but whose index entry is
//! missing or damaged is still listed (with a placeholder title), so nothing saved is
//! ever hidden from the user. Before workspaces had ids, the app kept one save under
//! [`LEGACY_KEY`]; the app moves it under a fresh id the first time it opens.

use crate::model::Workspace;
use serde::{Deserialize, Serialize};

/// The key of the index of saved workspaces.
pub const INDEX_KEY: &str = "parallax.workspaces";
/// The one storage slot used before workspaces had ids.
pub const LEGACY_KEY: &str = "parallax.workspace";
/// The prefix of every workspace's own keys.
pub const DATA_PREFIX: &str = "parallax.ws.";

/// The key holding workspace `id` (Parallax JSON, as exported).
pub fn data_key(id: &str) -> String {
    format!("{DATA_PREFIX}{id}")
}

/// The key naming the tab that may write workspace `id` (the last one that opened it).
pub fn owner_key(id: &str) -> String {
    format!("{DATA_PREFIX}{id}.owner")
}

/// The workspace id of a data key, or `None` for any other key (owner keys, kept
/// copies of damaged saves, other apps' keys).
pub fn id_of_data_key(key: &str) -> Option<&str> {
    let id = key.strip_prefix(DATA_PREFIX)?;
    (!id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')).then_some(id)
}

/// A fresh workspace id from the time (ms since 1970) and a random number in `0..1`:
/// `w` + base-36 digits, safe in a storage key.
pub fn new_id(now_ms: f64, random: f64) -> String {
    let t = now_ms.max(0.0) as u64;
    let r = (random.clamp(0.0, 1.0) * 1_679_616.0) as u64; // 36^4
    format!("w{}-{}", base36(t), base36(r))
}

fn base36(mut n: u64) -> String {
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// What the start screen shows of one saved workspace.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    /// The workspace's id, part of its storage key.
    pub id: String,
    /// The first article's title (with "+ N more" for the others), or "Empty workspace".
    pub title: String,
    /// The annotator's name, when one was given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annotator: Option<String>,
    /// Number of articles in the workspace.
    #[serde(default)]
    pub articles: usize,
    /// Number of spans in the workspace.
    #[serde(default)]
    pub spans: usize,
    /// Last change, ms since 1970 (JavaScript `Date.now()`); 0 when unknown.
    #[serde(default)]
    pub changed_ms: f64,
}

impl Entry {
    /// The entry for workspace `id` as it is now. The title is the first article's title
    /// (with "+ N more" for the others), or "Empty workspace".
    pub fn describe(id: &str, ws: &Workspace, annotator: Option<String>, now_ms: f64) -> Entry {
        let title = match ws.documents.first() {
            None => "Empty workspace".to_string(),
            Some(d) if ws.documents.len() == 1 => d.title.clone(),
            Some(d) => format!("{} + {} more", d.title, ws.documents.len() - 1),
        };
        Entry {
            id: id.to_string(),
            title,
            annotator,
            articles: ws.documents.len(),
            spans: ws.spans.len(),
            changed_ms: now_ms,
        }
    }
}

/// The index of saved workspaces.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Registry {
    /// The saved workspaces' entries, one per id, in the order stored.
    pub entries: Vec<Entry>,
}

impl Registry {
    /// Read the index. Damaged text or entries are skipped (never an error): the
    /// workspaces themselves are listed by [`Registry::reconcile`] from their keys.
    pub fn parse(raw: Option<&str>) -> Registry {
        let items: Vec<serde_json::Value> = raw
            .and_then(|r| serde_json::from_str(r).ok())
            .unwrap_or_default();
        let mut entries: Vec<Entry> = Vec::new();
        for v in items {
            if let Ok(e) = serde_json::from_value::<Entry>(v) {
                if !entries.iter().any(|x| x.id == e.id) {
                    entries.push(e);
                }
            }
        }
        Registry { entries }
    }

    /// The index as JSON (an array of entries).
    pub fn to_json(&self) -> String {
        serde_json::to_string(&self.entries).unwrap_or_else(|_| "[]".into())
    }

    /// Add or replace the entry with `e.id`.
    pub fn upsert(&mut self, e: Entry) {
        match self.entries.iter_mut().find(|x| x.id == e.id) {
            Some(x) => *x = e,
            None => self.entries.push(e),
        }
    }

    /// Drop the entry with this id (nothing if there is none).
    pub fn remove(&mut self, id: &str) {
        self.entries.retain(|e| e.id != id);
    }

    /// Make the index match the workspaces actually stored (`stored_ids`, from the data
    /// keys): entries without data go, data without an entry gets a placeholder entry.
    pub fn reconcile(&mut self, stored_ids: &[String]) {
        self.entries.retain(|e| stored_ids.contains(&e.id));
        for id in stored_ids {
            if !self.entries.iter().any(|e| &e.id == id) {
                self.entries.push(Entry {
                    id: id.clone(),
                    title: format!("Saved workspace {id}"),
                    annotator: None,
                    articles: 0,
                    spans: 0,
                    changed_ms: 0.0,
                });
            }
        }
    }

    /// The entries, most recently changed first.
    pub fn recent(&self) -> Vec<Entry> {
        let mut v = self.entries.clone();
        v.sort_by(|a, b| b.changed_ms.total_cmp(&a.changed_ms).then(a.id.cmp(&b.id)));
        v
    }
}

/// Whether tab `me` may write a workspace whose owner key holds `owner`: yes when nobody
/// claimed it or `me` did. Another tab's claim means that tab opened it later and has
/// (at least) everything this tab saved; writing now would overwrite its work.
pub fn may_write(owner: Option<&str>, me: &str) -> bool {
    owner.is_none_or(|o| o == me)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(id: &str, t: f64) -> Entry {
        Entry {
            id: id.into(),
            title: id.to_uppercase(),
            annotator: None,
            articles: 1,
            spans: 2,
            changed_ms: t,
        }
    }

    #[test]
    fn keys_round_trip_and_ignore_other_keys() {
        let id = new_id(1_700_000_000_000.0, 0.5);
        assert!(id.starts_with('w'));
        assert_eq!(id_of_data_key(&data_key(&id)), Some(id.as_str()));
        assert_eq!(id_of_data_key(&owner_key(&id)), None);
        assert_eq!(
            id_of_data_key(&format!("{}.corrupt-1", data_key(&id))),
            None
        );
        assert_eq!(id_of_data_key(LEGACY_KEY), None);
        assert_eq!(id_of_data_key(INDEX_KEY), None);
        assert_ne!(new_id(5.0, 0.1), new_id(5.0, 0.2));
    }

    #[test]
    fn damaged_index_keeps_valid_entries_and_reconcile_lists_every_save() {
        let raw = r#"[{"id":"a","title":"A","changed_ms":5}, 7, {"title":"no id"},
                      {"id":"b","title":"B","annotator":"kim","changed_ms":9}]"#;
        let mut r = Registry::parse(Some(raw));
        assert_eq!(r.entries.len(), 2);
        assert_eq!(r.entries[1].annotator.as_deref(), Some("kim"));
        assert_eq!(Registry::parse(Some("not json")).entries.len(), 0);
        // "a" has no data any more; "c" has data but no entry.
        r.reconcile(&["b".into(), "c".into()]);
        let ids: Vec<_> = r.recent().into_iter().map(|e| e.id).collect();
        assert_eq!(ids, ["b", "c"]);
        assert!(r
            .entries
            .iter()
            .any(|e| e.id == "c" && e.title.contains('c')));
    }

    #[test]
    fn recent_orders_by_last_change_and_upsert_replaces() {
        let mut r = Registry::default();
        r.upsert(entry("a", 1.0));
        r.upsert(entry("b", 3.0));
        r.upsert(entry("a", 5.0));
        assert_eq!(r.entries.len(), 2);
        let back = Registry::parse(Some(&r.to_json()));
        assert_eq!(back, r);
        let ids: Vec<_> = back.recent().into_iter().map(|e| e.id).collect();
        assert_eq!(ids, ["a", "b"]);
        r.remove("a");
        assert_eq!(r.entries.len(), 1);
    }

    #[test]
    fn describe_names_the_articles() {
        let mut ws = Workspace::new();
        assert_eq!(
            Entry::describe("x", &ws, None, 0.0).title,
            "Empty workspace"
        );
        ws.add_document("Harbour plan", "a.txt", "Harbour plan\n\nText.");
        ws.add_document("Other", "b.txt", "Other\n\nMore.");
        let e = Entry::describe("x", &ws, Some("kim".into()), 42.0);
        assert_eq!(e.title, "Harbour plan + 1 more");
        assert_eq!((e.articles, e.spans, e.changed_ms), (2, 0, 42.0));
    }

    #[test]
    fn only_the_owner_or_nobody_may_write() {
        assert!(may_write(None, "t1"));
        assert!(may_write(Some("t1"), "t1"));
        assert!(!may_write(Some("t2"), "t1"));
    }
}

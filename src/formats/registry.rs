//! The list of workspaces saved in the browser: each workspace is stored under its own
//! key (`parallax.v2.ws.<id>`), and an index (`parallax.v2.workspaces`) keeps what the
//! start screen shows of each one (title, annotator, number of articles and spans, last
//! change). Plain Rust: the app's storage glue reads and writes the strings.
//!
//! The index is only a summary: a workspace whose key exists but whose index entry is
//! missing or damaged is still listed (with a placeholder title), so nothing saved is
//! ever hidden from the user. Before workspaces had ids, the app kept one save under
//! [`LEGACY_KEY`]; the app moves it under a fresh id the first time it opens.
//!
//! Versions before article texts moved to IndexedDB kept each workspace whole (texts
//! inside) under `parallax.ws.<id>` ([`OLDER_PREFIX`]) with the index
//! `parallax.workspaces` ([`OLDER_INDEX_KEY`]). Those versions cannot read a record
//! without its texts (they set it aside as damaged and drop it from their list), so
//! this version never writes there: it lists those workspaces ([`Entry::older`]) and
//! continues one as a new workspace of its own ([`Entry::continued_from`]), leaving the
//! older version's copy as it is, for the older file to go on with.

use crate::model::Workspace;
use serde::{Deserialize, Serialize};

pub mod mirror;
pub use mirror::{mirror_key, prefer_mirror, with_mirrors, Mirror};

/// The key of the index of saved workspaces.
pub const INDEX_KEY: &str = "parallax.v2.workspaces";
/// The one storage slot used before workspaces had ids.
pub const LEGACY_KEY: &str = "parallax.workspace";
/// The prefix of every workspace's own keys.
pub const DATA_PREFIX: &str = "parallax.v2.ws.";
/// The index of the workspaces saved by older versions (whole, texts inside); read, never
/// written.
pub const OLDER_INDEX_KEY: &str = "parallax.workspaces";
/// The prefix of the workspaces saved by older versions; read, never written.
pub const OLDER_PREFIX: &str = "parallax.ws.";

/// The key holding workspace `id` as an older version saved it.
pub fn older_data_key(id: &str) -> String {
    format!("{OLDER_PREFIX}{id}")
}

/// The workspace id of an older version's data key (as that version reads them), or
/// `None` for any other key.
pub fn id_of_older_data_key(key: &str) -> Option<&str> {
    valid_id(key.strip_prefix(OLDER_PREFIX)?)
}

fn valid_id(id: &str) -> Option<&str> {
    (!id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')).then_some(id)
}

/// The key holding workspace `id`'s record (Parallax JSON without the article texts, see
/// `formats::autosave`; with them where IndexedDB is unavailable).
pub fn data_key(id: &str) -> String {
    format!("{DATA_PREFIX}{id}")
}

/// The key naming the tab that may write workspace `id` (the last one that opened it).
pub fn owner_key(id: &str) -> String {
    format!("{DATA_PREFIX}{id}.owner")
}

/// What the key of a tab's heartbeat starts with; the tab's id follows. Each open tab
/// writes the time (ms since 1970) under its key every [`HEARTBEAT_MS`], so that a claim
/// ([`owner_key`]) left by a browser that was killed, which never gave it up, can be told
/// from one held by a tab still open ([`claim_is_live`]).
pub const ALIVE_PREFIX: &str = "parallax.v2.tab-alive.";

/// How often an open tab writes its heartbeat, in milliseconds.
pub const HEARTBEAT_MS: u32 = 20_000;

/// How long a claim stands without a heartbeat, in milliseconds: three minutes. Chromium
/// runs the timers of a tab hidden for five minutes at most once a minute ("intensive
/// wake-up throttling", Chrome 88), so a hidden tab still open beats at least that often.
pub const CLAIM_STALE_MS: f64 = 180_000.0;

/// How long a tab may go without a beat before the page says that it stopped answering:
/// 45 s, more than two beats ([`HEARTBEAT_MS`]). Its claim still stands until
/// [`CLAIM_STALE_MS`] (session 48): a hidden tab that Chromium throttles to one wake-up a
/// minute is still open at 45-60 s and may be typing into its draft, so taking the draft
/// then could split one text into two; the page says when it will be offered instead.
pub const SILENT_MS: f64 = 45_000.0;

/// Another tab's claim on a workspace, as tab `me` sees it ([`claim_state`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Claim {
    /// Nobody claims the workspace, or `me` does.
    Free,
    /// Another tab claims it and has beaten within [`SILENT_MS`].
    Live,
    /// Another tab claims it and has not beaten for [`SILENT_MS`]: hidden and throttled,
    /// or gone with its browser. Its claim stands for `stale_in_ms` more milliseconds.
    Silent {
        /// Milliseconds until the claim is stale ([`CLAIM_STALE_MS`] after the last beat).
        stale_in_ms: f64,
    },
    /// Another tab's claim with no beat for [`CLAIM_STALE_MS`], or none at all: a killed
    /// browser's (or a copy of the file from before heartbeats). Its owner key can go.
    Dead,
}

/// The claim on a workspace whose owner key holds `owner`, seen from tab `me`, when the
/// owner's heartbeat holds `beat` (see [`claim_is_live`]) at `now_ms` (ms since 1970).
pub fn claim_state(owner: Option<&str>, me: &str, beat: Option<&str>, now_ms: f64) -> Claim {
    match owner {
        None => Claim::Free,
        Some(o) if o == me => Claim::Free,
        Some(_) if !claim_is_live(beat, now_ms) => Claim::Dead,
        Some(_) => {
            // Live: a number less than CLAIM_STALE_MS old (or in the future).
            let last = beat
                .and_then(|b| b.trim().parse::<f64>().ok())
                .unwrap_or(now_ms);
            let age = now_ms - last;
            if age < SILENT_MS {
                Claim::Live
            } else {
                Claim::Silent {
                    stale_in_ms: CLAIM_STALE_MS - age,
                }
            }
        }
    }
}

/// The key of the heartbeat of tab `tab` (the id a tab writes to owner keys).
pub fn alive_key(tab: &str) -> String {
    format!("{ALIVE_PREFIX}{tab}")
}

/// Whether a tab whose heartbeat holds `beat` (the stored string; `None` when there is
/// none) is open at `now_ms` (ms since 1970): its last beat is less than
/// [`CLAIM_STALE_MS`] old. No beat, or one that is not a number, is a tab that is gone:
/// killed before it could give up its claim, or a copy of the file from before heartbeats
/// (session 47), whose claim then no longer keeps a new workspace's draft from being
/// taken up. A beat in the future (another clock) counts as live.
pub fn claim_is_live(beat: Option<&str>, now_ms: f64) -> bool {
    beat.and_then(|b| b.trim().parse::<f64>().ok())
        .is_some_and(|t| t.is_finite() && now_ms - t < CLAIM_STALE_MS)
}

/// The workspace id of a data key, or `None` for any other key (owner keys, kept
/// copies of damaged saves, other apps' keys).
pub fn id_of_data_key(key: &str) -> Option<&str> {
    valid_id(key.strip_prefix(DATA_PREFIX)?)
}

/// The saved workspace a page reloaded in its tab opens at once, without the list
/// (trial 57: after a reload the list came first, and the work was back only after
/// "Continue": a newcomer may think it lost). `list`: the saved workspaces; `had`: the one
/// this tab had open before the reload (its session storage says so); `elsewhere(id)`:
/// whether another open tab holds `id`. Only when the list holds exactly one workspace,
/// of this version, and it is the one this tab had, held by no other tab; with several,
/// or another tab's, or in a new tab, the list asks which.
pub fn reopen_at_start<'a>(
    list: &'a [Entry],
    had: Option<&str>,
    elsewhere: impl Fn(&str) -> bool,
) -> Option<&'a Entry> {
    match list {
        [only] if !only.older && had == Some(only.id.as_str()) && !elsewhere(&only.id) => {
            Some(only)
        }
        _ => None,
    }
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
    /// Saved by an older version (under [`OLDER_PREFIX`]): set when listing, never stored.
    #[serde(skip)]
    pub older: bool,
    /// The older version's workspace this one continues, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub continued_from: Option<Continued>,
}

/// Which older version's workspace a workspace continues, and that workspace's last
/// change (ms since 1970, from the older index) when it was continued: while it is
/// unchanged, the list shows only the continuation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Continued {
    /// The id of the older version's workspace.
    pub id: String,
    /// Its `changed_ms` in the older index when it was continued.
    pub changed_ms: f64,
}

impl Entry {
    /// The entry for workspace `id` as it is now. The title is the first article's title
    /// (with "+ N more" for the others), or "Empty workspace"; an exercise's title comes
    /// first ("Defector exercise: Watch: ... + 1 more").
    pub fn describe(id: &str, ws: &Workspace, annotator: Option<String>, now_ms: f64) -> Entry {
        let articles = match ws.documents.first() {
            None => "Empty workspace".to_string(),
            Some(d) if ws.documents.len() == 1 => d.title.clone(),
            Some(d) => format!("{} + {} more", d.title, ws.documents.len() - 1),
        };
        let title = match ws.identity.title.trim() {
            "" => articles,
            exercise => format!("{exercise}: {articles}"),
        };
        Entry {
            id: id.to_string(),
            title,
            annotator,
            articles: ws.documents.len(),
            spans: ws.spans.len(),
            changed_ms: now_ms,
            older: false,
            continued_from: None,
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

    /// Add or replace the entry with `e.id` (keeping what it continues when `e` does not
    /// say).
    pub fn upsert(&mut self, mut e: Entry) {
        match self.entries.iter_mut().find(|x| x.id == e.id) {
            Some(x) => {
                if e.continued_from.is_none() {
                    e.continued_from = x.continued_from.take();
                }
                *x = e
            }
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
                    older: false,
                    continued_from: None,
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

/// The list the start screen shows: this version's workspaces (`own`) and the older
/// versions' (`older`, marked [`Entry::older`]), most recently changed first. An older
/// workspace is left out while one of `own` continues it and it has not changed since
/// (its `changed_ms` is the one noted); once the older file changes it, it is listed
/// again, so nothing saved by either version is hidden.
pub fn merged_list(own: &Registry, older: &Registry) -> Vec<Entry> {
    let mut all = own.clone();
    for e in &older.entries {
        let continued = own.entries.iter().any(|x| {
            x.continued_from
                .as_ref()
                .is_some_and(|c| c.id == e.id && c.changed_ms == e.changed_ms)
        });
        if !continued {
            all.entries.push(Entry {
                older: true,
                ..e.clone()
            });
        }
    }
    all.recent()
}

/// Whether tab `me` may write a workspace whose owner key holds `owner`: yes when nobody
/// claimed it or `me` did. Another tab's claim means that tab opened it later and has
/// (at least) everything this tab saved; writing now would overwrite its work.
pub fn may_write(owner: Option<&str>, me: &str) -> bool {
    owner.is_none_or(|o| o == me)
}

#[cfg(test)]
mod tests_reopen;
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
            older: false,
            continued_from: None,
        }
    }

    #[test]
    fn older_keys_are_apart_from_this_versions_keys() {
        let id = new_id(1_700_000_000_000.0, 0.5);
        // What an older version reads (its data keys start with OLDER_PREFIX and hold an
        // id without dots) never matches a key this version writes.
        for k in [data_key(&id), owner_key(&id), INDEX_KEY.to_string()] {
            assert_eq!(id_of_older_data_key(&k), None, "{k}");
            assert!(k != OLDER_INDEX_KEY && k != LEGACY_KEY, "{k}");
        }
        assert_eq!(
            id_of_older_data_key(&older_data_key(&id)),
            Some(id.as_str())
        );
        assert_eq!(id_of_data_key(&older_data_key(&id)), None);
    }

    #[test]
    fn merged_list_hides_an_older_workspace_only_while_its_continuation_is_current() {
        let mut own = Registry::default();
        own.upsert(entry("new", 5.0));
        let mut older = Registry::default();
        older.upsert(entry("old", 3.0));
        older.upsert(entry("other", 1.0));
        let listed = |own: &Registry, older: &Registry| -> Vec<(String, bool)> {
            merged_list(own, older)
                .into_iter()
                .map(|e| (e.id, e.older))
                .collect()
        };
        assert_eq!(
            listed(&own, &older),
            [
                ("new".to_string(), false),
                ("old".into(), true),
                ("other".into(), true)
            ]
        );
        // "cont" continues "old" as it was at 3.0: "old" is not listed twice.
        let mut cont = entry("cont", 6.0);
        cont.continued_from = Some(Continued {
            id: "old".into(),
            changed_ms: 3.0,
        });
        own.upsert(cont);
        // A later save of "cont" (which does not say what it continues) keeps it.
        own.upsert(entry("cont", 7.0));
        let back = Registry::parse(Some(&own.to_json()));
        assert_eq!(
            listed(&back, &older),
            [
                ("cont".to_string(), false),
                ("new".into(), false),
                ("other".into(), true)
            ]
        );
        // The older file changed "old" since: it is listed again.
        older.upsert(entry("old", 9.0));
        assert_eq!(listed(&back, &older)[0], ("old".to_string(), true));
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
        // An exercise's workspace is listed by the exercise's title first.
        ws.identity.title = "Harbour exercise".into();
        assert_eq!(
            Entry::describe("x", &ws, None, 0.0).title,
            "Harbour exercise: Harbour plan + 1 more"
        );
    }

    #[test]
    fn only_the_owner_or_nobody_may_write() {
        assert!(may_write(None, "t1"));
        assert!(may_write(Some("t1"), "t1"));
        assert!(!may_write(Some("t2"), "t1"));
    }

    #[test]
    fn a_claim_stands_while_its_tab_beats_and_not_after_a_killed_browser() {
        let now = 1_700_000_000_000.0;
        let beat = |ms_ago: f64| format!("{}", now - ms_ago);
        // A tab that beat 20 s ago, or a hidden one throttled to a beat a minute: open.
        assert!(claim_is_live(Some(&beat(20_000.0)), now));
        assert!(claim_is_live(Some(&beat(119_000.0)), now));
        // Another machine's clock a little ahead.
        assert!(claim_is_live(Some(&beat(-5_000.0)), now));
        // A browser killed ten minutes ago, no beat at all (a copy of the file from before
        // heartbeats), or a damaged value: gone.
        assert!(!claim_is_live(Some(&beat(600_000.0)), now));
        assert!(!claim_is_live(Some(&beat(CLAIM_STALE_MS)), now));
        assert!(!claim_is_live(None, now));
        for damaged in ["", "soon", "NaN", "inf"] {
            assert!(!claim_is_live(Some(damaged), now), "{damaged:?}");
        }
        // The beat of a live claim is never more than CLAIM_STALE_MS away.
        assert!(claim_is_live(Some(&beat(CLAIM_STALE_MS - 1.0)), now));
        // A heartbeat's key is none of a workspace's keys.
        let key = alive_key("tab-1-2");
        assert_eq!(id_of_data_key(&key), None);
        assert!(key.starts_with(ALIVE_PREFIX) && !key.starts_with(DATA_PREFIX));
    }

    #[test]
    fn a_claim_is_said_silent_after_two_missed_beats_and_dead_once_stale() {
        let now = 1_700_000_000_000.0;
        let beat = |ms_ago: f64| format!("{}", now - ms_ago);
        let state = |owner: Option<&str>, ms_ago: Option<f64>| {
            claim_state(owner, "me", ms_ago.map(beat).as_deref(), now)
        };
        // Nobody's, or this tab's own: free whatever its beat.
        assert_eq!(state(None, Some(600_000.0)), Claim::Free);
        assert_eq!(state(Some("me"), None), Claim::Free);
        // A tab that beat 20 s ago (one beat), or 44 s ago: live, nothing said.
        assert_eq!(state(Some("other"), Some(20_000.0)), Claim::Live);
        assert_eq!(state(Some("other"), Some(SILENT_MS - 1_000.0)), Claim::Live);
        assert_eq!(state(Some("other"), Some(-5_000.0)), Claim::Live);
        // No beat for 45 s, or 90 s (a hidden tab throttled to a minute, or a killed
        // browser): silent, with the time left until its claim is stale.
        assert_eq!(
            state(Some("other"), Some(SILENT_MS)),
            Claim::Silent {
                stale_in_ms: CLAIM_STALE_MS - SILENT_MS
            }
        );
        assert_eq!(
            state(Some("other"), Some(90_000.0)),
            Claim::Silent {
                stale_in_ms: 90_000.0
            }
        );
        // Three minutes without a beat, no beat at all, or a damaged one: dead.
        assert_eq!(state(Some("other"), Some(CLAIM_STALE_MS)), Claim::Dead);
        assert_eq!(state(Some("other"), Some(600_000.0)), Claim::Dead);
        assert_eq!(state(Some("other"), None), Claim::Dead);
        assert_eq!(
            claim_state(Some("other"), "me", Some("soon"), now),
            Claim::Dead
        );
    }
}

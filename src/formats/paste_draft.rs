//! The paste box's draft: the title and text typed or pasted into the box and not yet
//! added as an article, kept in the browser's local storage (trial 47: a half-typed text
//! was gone after a reload, with nothing said). One draft per workspace, under
//! [`key`]`(workspace id)`: a draft typed in one workspace is not offered in another. A new
//! workspace's first article is pasted before that workspace is ever saved, and a reload
//! then opens a new workspace under a fresh id; so a workspace that is not saved and has
//! no draft of its own takes up a draft left by a workspace that is not saved either and
//! is open in no other tab ([`orphan_key`]: two tabs each with a new workspace took each
//! other's drafts), and the draft of the one-per-browser era ([`LEGACY_KEY`]). Plain
//! Rust: the app's storage glue (`app/storage/draft.rs`) reads and writes the strings.
//!
//! A damaged or foreign value under a key reads as no draft; nothing here panics.

use serde::{Deserialize, Serialize};

/// The local storage key of the one draft per browser that Parallax kept before drafts
/// were kept per workspace (session 45); a workspace not saved yet takes it up.
pub const LEGACY_KEY: &str = "parallax.v2.paste-draft";

/// What the key of a workspace's draft starts with; the workspace's id follows.
pub const KEY_PREFIX: &str = "parallax.v2.paste-draft.";

/// The local storage key of the draft of workspace `workspace_id`.
pub fn key(workspace_id: &str) -> String {
    format!("{KEY_PREFIX}{workspace_id}")
}

/// The workspace id of a draft's key (`None` for any other key, the legacy one too).
pub fn id_of_key(key: &str) -> Option<&str> {
    key.strip_prefix(KEY_PREFIX).filter(|id| !id.is_empty())
}

/// The key of a draft that workspace `own` takes up when it has none of its own: only when
/// `own` is not saved (`saved` says which workspace ids are), the legacy draft, else the
/// first draft (of `keys`, the local storage keys, in order) of another workspace that is
/// not saved either and not open in another tab (`open_elsewhere`: claimed by a tab that
/// has not let it go): a new workspace's draft left by a reload before its first article.
/// A saved workspace's draft stays its own, and so does that of a new workspace open in
/// another tab (session 46: two tabs with a new workspace each took each other's draft).
/// `None` when there is none to take up.
pub fn orphan_key<'k>(
    keys: &'k [String],
    own: &str,
    saved: &dyn Fn(&str) -> bool,
    open_elsewhere: &dyn Fn(&str) -> bool,
) -> Option<&'k str> {
    if saved(own) {
        return None;
    }
    let legacy = keys.iter().find(|k| *k == LEGACY_KEY);
    let other = || {
        keys.iter()
            .find(|k| id_of_key(k).is_some_and(|id| id != own && !saved(id) && !open_elsewhere(id)))
    };
    legacy.or_else(other).map(String::as_str)
}

/// How long (ms) until a draft is offered to workspace `own`, which has none to take up
/// now ([`orphan_key`] found none): the least of `silent_for` (the time left on the claim
/// of a tab that stopped answering, `None` for any other claim) over the drafts of the
/// other workspaces that are not saved (of `keys`, as [`orphan_key`] reads them). `None`
/// when `own` is saved or no such draft waits (session 48: nothing was said while a
/// killed browser's claim was not yet stale).
pub fn waiting_ms(
    keys: &[String],
    own: &str,
    saved: &dyn Fn(&str) -> bool,
    silent_for: &dyn Fn(&str) -> Option<f64>,
) -> Option<f64> {
    if saved(own) {
        return None;
    }
    keys.iter()
        .filter_map(|k| id_of_key(k))
        .filter(|id| *id != own && !saved(id))
        .filter_map(silent_for)
        .min_by(f64::total_cmp)
}

/// The largest draft kept, in bytes of UTF-8 (title and text): local storage holds about
/// 5 MB for every page opened from a file, and the saved workspaces need it (their
/// records hold their texts where IndexedDB cannot be used). A text typed by hand never
/// comes near; a long article pasted whole is not kept until it is added.
pub const MAX_BYTES: usize = 1_000_000;

/// What the paste box held: its title and its text, exactly as typed (no trimming, line
/// ends kept).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PasteDraft {
    /// The optional title (headline or outlet).
    #[serde(default)]
    pub title: String,
    /// The article's text.
    #[serde(default)]
    pub text: String,
}

impl PasteDraft {
    /// Whether there is nothing worth keeping: no text and no title but white space and
    /// invisible characters ([`crate::formats::decode::is_blank`]: a box holding only
    /// zero-width spaces was kept and greeted as "your text from before" on reopening).
    pub fn is_empty(&self) -> bool {
        crate::formats::decode::is_blank(&self.title)
            && crate::formats::decode::is_blank(&self.text)
    }

    /// Whether the draft is over [`MAX_BYTES`], so it is not kept.
    pub fn too_large(&self) -> bool {
        self.title.len() + self.text.len() > MAX_BYTES
    }

    /// The stored form (JSON).
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The draft stored as `raw`; `None` for no value, a value that is not a draft, or an
    /// empty draft.
    pub fn parse(raw: Option<&str>) -> Option<PasteDraft> {
        let d: PasteDraft = serde_json::from_str(raw?).ok()?;
        (!d.is_empty()).then_some(d)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_draft_reads_back_exactly() {
        let d = PasteDraft {
            title: " Cremona ".into(),
            text: "CREMONA (Reuters) -\r\nThieves 🎻 \"stole\" two violins.\n".into(),
        };
        assert_eq!(PasteDraft::parse(Some(&d.to_json())), Some(d));
    }

    #[test]
    fn a_title_alone_is_kept_but_white_space_is_nothing() {
        let title = PasteDraft {
            title: "AP".into(),
            text: String::new(),
        };
        assert!(!title.is_empty());
        assert_eq!(PasteDraft::parse(Some(&title.to_json())), Some(title));
        let blank = PasteDraft {
            title: "  ".into(),
            text: "\n\t ".into(),
        };
        assert!(blank.is_empty());
        assert_eq!(PasteDraft::parse(Some(&blank.to_json())), None);
        // Zero-width spaces and a joiner show as nothing: no draft to greet on reopening.
        let invisible = PasteDraft {
            title: "\u{200B}".into(),
            text: "\u{200B}\u{200B}\u{200D} \u{FEFF}".into(),
        };
        assert!(invisible.is_empty());
        assert_eq!(PasteDraft::parse(Some(&invisible.to_json())), None);
        // One visible letter among them is text worth keeping.
        let visible = PasteDraft {
            title: String::new(),
            text: "\u{200B}a\u{200B}".into(),
        };
        assert!(!visible.is_empty());
    }

    #[test]
    fn a_draft_over_a_million_bytes_is_too_large() {
        let at = |n: usize| PasteDraft {
            title: "AP".into(),
            text: "é".repeat(n / 2) + &"x".repeat(n % 2),
        };
        assert!(!at(MAX_BYTES - 2).too_large());
        assert!(at(MAX_BYTES - 1).too_large());
        assert!(!PasteDraft::default().too_large());
    }

    #[test]
    fn each_workspace_has_its_own_key() {
        assert_eq!(key("w1"), "parallax.v2.paste-draft.w1");
        assert_ne!(key("w1"), key("w2"));
        assert_eq!(id_of_key(&key("w1")), Some("w1"));
        for other in [LEGACY_KEY, "parallax.v2.paste-draft.", "parallax.v2.ws.w1"] {
            assert_eq!(id_of_key(other), None, "{other}");
        }
    }

    /// A saved workspace never takes up another's draft, nor gives its own away; a new one
    /// (not saved) takes up the legacy draft first, else one of a workspace not saved.
    #[test]
    fn only_a_new_workspace_takes_up_a_draft_left_by_a_new_one() {
        let keys: Vec<String> = vec![
            "parallax.v2.ws.a".into(),
            key("a"),
            key("gone"),
            "unrelated".into(),
        ];
        let saved = |id: &str| id == "a";
        let nowhere = |_: &str| false;
        // A saved workspace with no draft: none taken up.
        assert_eq!(orphan_key(&keys, "a", &saved, &nowhere), None);
        // A new workspace: the draft of the workspace never saved, not the saved one's.
        assert_eq!(
            orphan_key(&keys, "new", &saved, &nowhere),
            Some(key("gone").as_str())
        );
        // Nothing left but a saved workspace's draft: none.
        let only_saved = vec![key("a")];
        assert_eq!(orphan_key(&only_saved, "new", &saved, &nowhere), None);
        // Its own key is not another's.
        assert_eq!(orphan_key(&[key("new")], "new", &saved, &nowhere), None);
        // The legacy draft first.
        let with_legacy = vec![key("gone"), LEGACY_KEY.to_string()];
        assert_eq!(
            orphan_key(&with_legacy, "new", &saved, &nowhere),
            Some(LEGACY_KEY)
        );
        assert_eq!(orphan_key(&with_legacy, "a", &saved, &nowhere), None);
    }

    /// Session 46: two tabs, each with a new workspace not saved yet; the second took up
    /// the draft typed in the first, which was still open there. A new workspace open in
    /// another tab keeps its draft; one whose tab was closed or reloaded (its claim let go)
    /// gives it up, as before; the legacy draft is taken up either way.
    #[test]
    fn a_new_workspace_open_in_another_tab_keeps_its_draft() {
        let keys: Vec<String> = vec![key("tab1"), key("gone")];
        let saved = |_: &str| false;
        let open = |id: &str| id == "tab1";
        // The draft of the workspace open in the other tab is skipped, the left one taken.
        assert_eq!(
            orphan_key(&keys, "tab2", &saved, &open),
            Some(key("gone").as_str())
        );
        // Only the other tab's draft: none taken up.
        assert_eq!(orphan_key(&[key("tab1")], "tab2", &saved, &open), None);
        // Its tab closed (nothing open elsewhere): taken up, as before.
        let nowhere = |_: &str| false;
        assert_eq!(
            orphan_key(&[key("tab1")], "tab2", &saved, &nowhere),
            Some(key("tab1").as_str())
        );
        // The legacy draft belongs to no tab.
        let with_legacy = vec![key("tab1"), LEGACY_KEY.to_string()];
        assert_eq!(
            orphan_key(&with_legacy, "tab2", &saved, &open),
            Some(LEGACY_KEY)
        );
    }

    #[test]
    fn a_damaged_or_foreign_value_is_no_draft() {
        for raw in ["", "{", "[1,2]", "\"text\"", "{\"text\": 3}", "null"] {
            assert_eq!(PasteDraft::parse(Some(raw)), None, "{raw:?}");
        }
        assert_eq!(PasteDraft::parse(None), None);
        // Fields it does not know are ignored; missing ones are empty.
        assert_eq!(
            PasteDraft::parse(Some("{\"text\": \"A theft.\", \"v\": 2}")),
            Some(PasteDraft {
                title: String::new(),
                text: "A theft.".into()
            })
        );
    }

    #[test]
    fn a_draft_held_by_a_tab_that_stopped_answering_is_said_with_its_wait() {
        let keys: Vec<String> = [
            "parallax.v2.index",
            &key("live"),
            &key("silent"),
            &key("quiet"),
            &key("saved"),
        ]
        .iter()
        .map(|k| k.to_string())
        .collect();
        let saved = |id: &str| id == "saved" || id == "mine-saved";
        let silent = |id: &str| match id {
            "silent" => Some(90_000.0),
            "quiet" => Some(30_000.0),
            "saved" => Some(1_000.0),
            _ => None,
        };
        // The soonest of the silent claims on drafts of workspaces not saved.
        assert_eq!(waiting_ms(&keys, "mine", &saved, &silent), Some(30_000.0));
        // Near cases: a saved workspace takes up nothing, so nothing waits for it; its own
        // draft is not counted; live claims only: nothing waits.
        assert_eq!(waiting_ms(&keys, "mine-saved", &saved, &silent), None);
        assert_eq!(waiting_ms(&keys[..3], "silent", &saved, &silent), None);
        assert_eq!(waiting_ms(&keys, "mine", &saved, &|_| None), None);
    }
}

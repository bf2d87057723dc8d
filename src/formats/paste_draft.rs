//! The paste box's draft: the title and text typed or pasted into the box and not yet
//! added as an article, kept in the browser's local storage under [`KEY`] (trial 47: a
//! half-typed text was gone after a reload, with nothing said). One draft per browser
//! profile and copy of the file: it is not a workspace's, since the first article of a
//! new workspace is pasted before that workspace is ever saved. Plain Rust: the app's
//! storage glue (`app/storage/draft.rs`) reads and writes the string.
//!
//! A damaged or foreign value under the key reads as no draft; nothing here panics.

use serde::{Deserialize, Serialize};

/// The local storage key of the draft.
pub const KEY: &str = "parallax.v2.paste-draft";

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
    /// Whether there is nothing worth keeping: no text and no title but white space.
    pub fn is_empty(&self) -> bool {
        self.title.trim().is_empty() && self.text.trim().is_empty()
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
}

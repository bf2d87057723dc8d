//! What the app tells the user: notices (info or error, some with a button; at most
//! [`MAX_NOTICES`] of information, and every error until dismissed, up to
//! [`MAX_ERROR_NOTICES`]), and whether autosave works. Plain Rust; the reducer adds notices
//! through [`AppState::notify`] and [`AppState::notify_with`].

use super::AppState;
use std::rc::Rc;

/// How many information notices are kept; the oldest go first (they also fade).
pub const MAX_NOTICES: usize = 4;

/// How many error notices are kept. Errors stay until dismissed, however many came at
/// once: five bad files loaded together give five errors, all shown (the stack scrolls;
/// trial 24, U1: only the last four were kept, the first file's message was lost). Only
/// beyond this many, which no one reads, do the oldest go.
pub const MAX_ERROR_NOTICES: usize = 100;

/// Whether a notice reports something done (info) or something that failed (error).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoticeKind {
    Info,
    Error,
}

/// A button a notice offers.
#[derive(Debug, Clone, PartialEq)]
pub enum NoticeAction {
    /// Download the workspace as Parallax JSON (e.g. when autosave failed).
    ExportNow,
    /// Import the file again, moving spans whose text moved.
    Reanchor { name: String, bytes: Rc<[u8]> },
    /// Undo the last change.
    Undo,
    /// Download this text (e.g. stored data that could not be read), unchanged.
    DownloadText { name: String, text: Rc<str> },
    /// Reload the saved workspace and edit it in this tab (the other tab becomes read-only).
    TakeOver,
    /// Show the list of saved workspaces (after a reload opened this tab's at once).
    ShowWorkspaces,
}

/// Why edits are refused while a saved workspace is being restored (the waiting state's
/// `read_only`).
pub const RESTORING: &str = "the saved workspace is still being restored; wait a moment";

/// The notice shown while a saved workspace is restored; it goes when the workspace is
/// back (it is not carried into the restored state).
pub const RESTORING_NOTICE: &str = "Restoring the saved workspace\u{2026}";

/// One message shown above the articles; `id` is unique within a state (for dismissing).
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    pub id: u64,
    pub kind: NoticeKind,
    pub text: String,
    pub action: Option<NoticeAction>,
    /// What an export said (what the format leaves out, no annotator name): the next
    /// export's notices replace these, so exporting in five formats does not pile them up.
    pub export: bool,
}

/// Whether the workspace is being saved in the browser.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Autosave {
    Working,
    /// The last save failed; the message says why.
    Failed(String),
    /// Saving is paused so stored data that could not be set aside is not overwritten.
    Paused(String),
}

impl AppState {
    /// Add a notice without a button.
    pub fn notify(&mut self, kind: NoticeKind, text: impl Into<String>) {
        self.notify_with(kind, text, None);
    }

    /// Add a notice, with a button if `action` is given; it replaces one of the same kind,
    /// text and button. The oldest information notices go beyond [`MAX_NOTICES`] of them,
    /// the oldest errors beyond [`MAX_ERROR_NOTICES`].
    pub fn notify_with(
        &mut self,
        kind: NoticeKind,
        text: impl Into<String>,
        action: Option<NoticeAction>,
    ) {
        let text = text.into();
        // The same notice again replaces the old one, moving it to the end (pressing
        // Ctrl+Y three times with nothing to redo shows one notice, not three; nor do
        // three refused edits in a read-only tab).
        self.notices
            .retain(|n| !(n.kind == kind && n.text == text && n.action == action));
        self.next_notice += 1;
        self.notices.push(Notice {
            id: self.next_notice,
            kind,
            text,
            action,
            export: false,
        });
        for (kind, max) in [
            (NoticeKind::Info, MAX_NOTICES),
            (NoticeKind::Error, MAX_ERROR_NOTICES),
        ] {
            let mut extra = self
                .notices
                .iter()
                .filter(|n| n.kind == kind)
                .count()
                .saturating_sub(max);
            self.notices.retain(|n| {
                let drop = extra > 0 && n.kind == kind;
                if drop {
                    extra -= 1;
                }
                !drop
            });
        }
    }

    /// Say what an undo or redo did, replacing the notice of the previous undo or redo, so
    /// pressing Ctrl+Z many times shows one notice, not a pile of them.
    pub(super) fn notify_history(&mut self, text: String) {
        self.notices
            .retain(|n| !(n.text.starts_with("Undid: ") || n.text.starts_with("Redid: ")));
        self.notify(NoticeKind::Info, text);
    }

    /// Say what an export said (`texts`, each one notice), replacing what the previous
    /// export said (trial 33, F15: exports in five formats left a pile of notices, the
    /// annotator-name warning among them again and again).
    pub(super) fn notify_export(&mut self, texts: Vec<String>) {
        self.notices.retain(|n| !n.export);
        for text in texts {
            self.notify(NoticeKind::Info, text);
            if let Some(n) = self.notices.last_mut() {
                n.export = true;
            }
        }
    }

    /// Keep the notices of `self` (and its notice counter) in `next`, then add the
    /// notices `next` came with: used when another state is opened.
    pub(super) fn carry_notices_into(&mut self, next: &mut AppState) {
        if self.read_only.as_deref() == Some(RESTORING) {
            // The wait is over: its "Restoring…" goes; everything else the user was told stays.
            self.notices.retain(|n| n.text != RESTORING_NOTICE);
        }
        let said = std::mem::take(&mut next.notices);
        next.notices = std::mem::take(&mut self.notices);
        next.next_notice = self.next_notice;
        for n in said {
            next.notify_with(n.kind, n.text, n.action);
        }
    }
}

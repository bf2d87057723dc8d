//! Cross-source links in the reducer: accepting and rejecting suggestions, removing a
//! link or changing its kind, and manual-link mode (select a span, press L, click a span
//! in another article).
//! Every link change goes through [`AppState::edit`], so it is one undo step and a
//! failure becomes a notice.

use super::{AppState, LinkAction, NoticeKind};
use crate::linking;
use crate::model::ModelError;

impl AppState {
    /// Apply a link change (one undo step; on failure nothing changes and a notice says why).
    pub(super) fn apply_link(&mut self, action: LinkAction) {
        match action {
            LinkAction::Accept(sug) => {
                self.edit("accept the suggestion", |w| {
                    linking::accept(w, &sug).map(|_| ())
                });
            }
            LinkAction::Reject(r) => {
                if self
                    .workspace()
                    .is_rejected(&r.span, &r.doc, r.start, r.end)
                {
                    return;
                }
                self.edit("reject the suggestion", |w| {
                    w.reject(r);
                    Ok::<(), ModelError>(())
                });
            }
            LinkAction::Manual { a, b } => {
                self.edit("link the spans", |w| {
                    linking::link_by_hand(w, &a, &b).map(|_| ())
                });
            }
            LinkAction::Remove(id) => {
                self.edit("remove the link", |w| w.remove_link(&id));
            }
            LinkAction::SetKind { id, kind } => {
                // No undo step for a kind the link already has (an unknown id goes on to
                // the edit, whose error becomes a notice).
                if self.workspace().link(&id).map(|l| l.kind) == Some(kind) {
                    return;
                }
                self.edit("change the link's kind", |w| w.set_link_kind(&id, kind));
            }
        }
    }

    /// Key L or "Link…": start linking from the selected span, or say how. Without
    /// articles there is nothing to link and nothing is said (the panel is not shown).
    pub(super) fn start_link(&mut self) {
        if self.workspace().documents.is_empty() {
            return;
        }
        match self.selected.clone() {
            Some(id) => self.linking = Some(id),
            None => self.notify(
                NoticeKind::Info,
                "Click a span first, then press L and click a span in another article to link them.",
            ),
        }
    }

    /// While linking from `from`, a click on span `to`: the link to take (`Some`, when
    /// `to` is in another article; manual-link mode ends), or `None` (a span of the same
    /// article is explained and the mode stays; clicking `from` itself ends the mode).
    pub(super) fn link_click(&mut self, from: &str, to: &str) -> Option<LinkAction> {
        let ws = self.workspace().clone();
        match (ws.span(from), ws.span(to)) {
            (Some(a), Some(b)) if a.doc != b.doc => {
                self.linking = None;
                Some(LinkAction::Manual {
                    a: from.to_string(),
                    b: to.to_string(),
                })
            }
            (Some(_), Some(_)) if from != to => {
                self.notify(
                    NoticeKind::Info,
                    "A link joins two articles: click a span in another article (Esc to cancel).",
                );
                None
            }
            _ => {
                self.linking = None;
                None
            }
        }
    }
}

//! What the suggestions panel shows about matching: the latest results, the progress of
//! matching in the Web Worker, and where the results were computed. Plain Rust; the panel
//! keeps it in a small reducer of its own (it is not part of the workspace or of undo).

use crate::linking::Suggestions;
use std::rc::Rc;

/// The panel's view of matching.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct MatchView {
    /// The latest suggestions, if any were computed.
    pub results: Option<Rc<Suggestions>>,
    /// Matching in the worker is under way: `(done, total)` spans, `total` 0 while indexing.
    pub progress: Option<(usize, usize)>,
    /// Where the last results were computed: `"page"` or `"worker"`.
    pub engine: &'static str,
    /// How many sentences the articles have (the worker is used above a threshold).
    pub sentences: usize,
    /// The user stopped matching in the worker ([`ViewAction::Stopped`]): the results shown,
    /// if any, are not up to date until it is started again.
    pub stopped: bool,
}

/// What happened to matching.
#[derive(Debug)]
pub enum ViewAction {
    /// The worker started matching a workspace of `sentences` sentences.
    Started { sentences: usize },
    /// The worker matched `done` of `total` spans.
    Progress(usize, usize),
    /// Results arrived from `"page"` or `"worker"`.
    Done(Rc<Suggestions>, &'static str),
    /// The user stopped matching in the worker (nothing of the workspace changes).
    Stopped,
}

impl MatchView {
    /// The view after `action`.
    pub fn apply(&self, action: ViewAction) -> MatchView {
        let mut v = self.clone();
        match action {
            ViewAction::Started { sentences } => {
                v.progress = Some((0, 0));
                v.sentences = sentences;
                v.stopped = false;
            }
            ViewAction::Stopped => {
                v.progress = None;
                v.stopped = true;
            }
            ViewAction::Progress(d, t) => v.progress = Some((d, t)),
            ViewAction::Done(s, engine) => {
                v.sentences = s.sentences.max(v.sentences);
                v.results = Some(s);
                v.progress = None;
                v.stopped = false;
                v.engine = engine;
            }
        }
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stopping_clears_the_bar_and_starting_again_clears_stopped() {
        let v = MatchView::default().apply(ViewAction::Started { sentences: 900 });
        assert_eq!(v.progress, Some((0, 0)));
        let v = v
            .apply(ViewAction::Progress(3, 10))
            .apply(ViewAction::Stopped);
        assert_eq!((v.progress, v.stopped), (None, true));
        let v = v.apply(ViewAction::Started { sentences: 400 });
        assert_eq!(
            (v.progress, v.stopped, v.sentences),
            (Some((0, 0)), false, 400)
        );
    }
}

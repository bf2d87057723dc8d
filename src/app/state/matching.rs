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
    /// Matching in the worker is under way, and how far it is.
    pub progress: Option<Progress>,
    /// Where the last results were computed: `"page"` or `"worker"`.
    pub engine: &'static str,
    /// How many sentences the articles have (the worker is used above a threshold).
    pub sentences: usize,
    /// The user stopped matching in the worker ([`ViewAction::Stopped`]): the results shown,
    /// if any, are not up to date until it is started again.
    pub stopped: bool,
    /// The matcher failed ([`ViewAction::Failed`]): what the panel tells the user. The
    /// results shown, if any, are the last ones it computed.
    pub failed: Option<String>,
}

/// How far matching in the worker is: its stage, and how much of it is done.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Progress {
    /// Indexing the articles: `done` of `total` sentences.
    Indexing { done: usize, total: usize },
    /// Matching the claims and quotes: `done` of `total` spans; `total` 0 until the worker
    /// first says how many.
    Matching { done: usize, total: usize },
}

impl Progress {
    /// The stage in a word: "indexing" or "matching".
    pub fn stage(&self) -> &'static str {
        match self {
            Progress::Indexing { .. } => "indexing",
            Progress::Matching { .. } => "matching",
        }
    }
}

/// What happened to matching.
#[derive(Debug)]
pub enum ViewAction {
    /// The worker started on a workspace of `sentences` sentences, indexing its articles
    /// first when `indexing` (they were sent with the request), else matching at once.
    Started { sentences: usize, indexing: bool },
    /// The worker indexed `done` of `total` sentences.
    Indexing(usize, usize),
    /// The worker matched `done` of `total` spans.
    Progress(usize, usize),
    /// Results arrived from `"page"` or `"worker"`.
    Done(Rc<Suggestions>, &'static str),
    /// The user stopped matching in the worker (nothing of the workspace changes).
    Stopped,
    /// The matcher failed (it panicked, in the page or in the worker): the message for the
    /// panel, which says what happened, that the work is kept and what to do.
    Failed(String),
}

/// What the panel says when the matcher failed (a panic in the page or in the worker;
/// `why` is the panic's message, or the browser's error when there is none): what
/// happened, that nothing of the work is lost, and what the user can do.
pub fn failure_message(why: &str) -> String {
    let why = why.trim();
    let why = if why.is_empty() { "no details" } else { why };
    format!(
        "The matcher failed on these articles, so suggestions are not up to date. Nothing of \
         your work was lost: articles, spans and links are saved. Suggestions come back when \
         you match again or change the workspace; if the failure comes back, export the \
         workspace and report it with this message (an article just added is the likely \
         cause: removing it should bring the other articles' suggestions back). Details: {why}"
    )
}

impl MatchView {
    /// The view after `action`.
    pub fn apply(&self, action: ViewAction) -> MatchView {
        let mut v = self.clone();
        match action {
            ViewAction::Started {
                sentences,
                indexing,
            } => {
                v.progress = Some(match indexing {
                    true => Progress::Indexing {
                        done: 0,
                        total: sentences,
                    },
                    false => Progress::Matching { done: 0, total: 0 },
                });
                v.sentences = sentences;
                v.stopped = false;
                v.failed = None;
            }
            ViewAction::Stopped => {
                v.progress = None;
                v.stopped = true;
            }
            ViewAction::Failed(msg) => {
                v.progress = None;
                v.stopped = false;
                v.failed = Some(msg);
            }
            ViewAction::Indexing(done, total) => {
                v.progress = Some(Progress::Indexing { done, total })
            }
            ViewAction::Progress(done, total) => {
                v.progress = Some(Progress::Matching { done, total })
            }
            ViewAction::Done(s, engine) => {
                v.sentences = s.sentences.max(v.sentences);
                v.results = Some(s);
                v.progress = None;
                v.stopped = false;
                v.failed = None;
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
        let v = MatchView::default().apply(ViewAction::Started {
            sentences: 900,
            indexing: true,
        });
        let indexing = |done, total| Some(Progress::Indexing { done, total });
        assert_eq!(v.progress, indexing(0, 900));
        let v = v
            .apply(ViewAction::Progress(3, 10))
            .apply(ViewAction::Stopped);
        assert_eq!((v.progress, v.stopped), (None, true));
        let v = v.apply(ViewAction::Started {
            sentences: 400,
            indexing: true,
        });
        assert_eq!(
            (v.progress, v.stopped, v.sentences),
            (indexing(0, 400), false, 400)
        );
    }

    #[test]
    fn the_bar_tells_the_stage_and_how_far_it_is() {
        let v = MatchView::default().apply(ViewAction::Started {
            sentences: 900,
            indexing: true,
        });
        let v = v.apply(ViewAction::Indexing(450, 900));
        assert_eq!(
            v.progress,
            Some(Progress::Indexing {
                done: 450,
                total: 900
            })
        );
        assert_eq!(v.progress.map(|p| p.stage()), Some("indexing"));
        let v = v.apply(ViewAction::Progress(2, 5));
        assert_eq!(v.progress, Some(Progress::Matching { done: 2, total: 5 }));
        assert_eq!(v.progress.map(|p| p.stage()), Some("matching"));
        // The worker holds the articles already: it matches at once.
        let v = MatchView::default().apply(ViewAction::Started {
            sentences: 900,
            indexing: false,
        });
        assert_eq!(v.progress, Some(Progress::Matching { done: 0, total: 0 }));
    }

    #[test]
    fn a_failure_keeps_the_last_results_and_the_next_run_clears_it() {
        let results = Rc::new(Suggestions {
            sentences: 12,
            ..Default::default()
        });
        let v = MatchView::default()
            .apply(ViewAction::Done(results.clone(), "page"))
            .apply(ViewAction::Started {
                sentences: 12,
                indexing: true,
            });
        let msg = failure_message("index out of bounds");
        let v = v.apply(ViewAction::Failed(msg.clone()));
        assert_eq!(v.failed.as_deref(), Some(msg.as_str()));
        assert_eq!((v.progress, v.stopped), (None, false));
        assert!(v.results.as_ref().is_some_and(|r| Rc::ptr_eq(r, &results)));
        // Matching again clears the message, whether it starts in the worker or ends.
        let started = v.apply(ViewAction::Started {
            sentences: 12,
            indexing: false,
        });
        assert_eq!(started.failed, None);
        assert_eq!(v.apply(ViewAction::Done(results, "page")).failed, None);
    }

    #[test]
    fn the_failure_message_says_the_work_is_kept_and_what_to_do() {
        let msg = failure_message("  panicked at names.rs:115  ");
        assert!(msg.contains("Nothing of your work was lost"), "{msg}");
        assert!(msg.contains("export the workspace"), "{msg}");
        assert!(msg.ends_with("Details: panicked at names.rs:115"), "{msg}");
        assert!(failure_message("").ends_with("Details: no details"));
    }
}

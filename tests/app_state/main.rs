//! The app's reducer (`parallax::app::state`), natively: real action sequences as the page
//! dispatches them (labelling, relabelling, undo/redo, accepting a suggestion, manual
//! links, attribution, read-only tabs, merging another tab's work), checked on the
//! resulting workspace and notices. No browser needed.

use parallax::app::state::{
    merge, reduce, Action, AppState, ImportMode, LinkAction, LoadedFile, NoticeAction, NoticeKind,
};
use parallax::formats::{self, Format};
use parallax::model::{Label, Origin, Workspace};
use std::rc::Rc;

/// Apply `actions` one after the other, as `use_reducer` does.
pub fn run(state: AppState, actions: Vec<Action>) -> AppState {
    let mut s = Rc::new(state);
    for a in actions {
        s = reduce(s, a);
    }
    Rc::unwrap_or_clone(s)
}

pub fn file(name: &str, text: &str) -> LoadedFile {
    LoadedFile {
        name: name.into(),
        bytes: Ok(text.as_bytes().to_vec()),
    }
}

pub fn texts(s: &AppState) -> Vec<String> {
    s.notices.iter().map(|n| n.text.clone()).collect()
}

/// The code point range of `needle` in document `doc` of the state's workspace.
pub fn range_of(s: &AppState, doc: usize, needle: &str) -> (String, usize, usize) {
    let d = &s.workspace().documents[doc];
    let at = d.text.find(needle).expect("the needle is in the text");
    let start = d.text[..at].chars().count();
    (d.id.clone(), start, start + needle.chars().count())
}

/// A state with two short articles loaded (a writable, saved workspace).
pub fn two_articles() -> AppState {
    let mut s = AppState::default();
    s.workspace_id = Some("w1".into());
    run(
        s,
        vec![Action::LoadArticles(vec![
            file(
                "a.txt",
                "Alpha report\n\nOfficials said the soldier was shot five times. Ümit waited.\n",
            ),
            file(
                "b.txt",
                "Beta report\n\nThe soldier was shot at least four times, a spokesman said.\n",
            ),
        ])],
    )
}

/// Add a span over `needle` of document `doc` (exact offsets) and return its id.
pub fn add_span(s: AppState, doc: usize, needle: &str, label: Label) -> (AppState, String) {
    let (doc, start, end) = range_of(&s, doc, needle);
    let s = run(
        s,
        vec![Action::AddSpan {
            doc,
            start,
            end,
            label,
        }],
    );
    let id = s.selected.clone().expect("a new span is selected");
    (s, id)
}

mod curation;
mod edits;
mod links;
mod loading;
mod notices;
mod panels;

//! The reducer in the browser: loading files, labelling, importing, read-only tabs,
//! undo/redo notices (`AppState` driven by `Action`s, as the page drives it).

use super::*;
use parallax::app::state::{Action, AppState, ImportMode, LoadedFile, NoticeKind};
use yew::Reducible;

fn run(state: AppState, actions: Vec<Action>) -> AppState {
    let mut s = std::rc::Rc::new(state);
    for a in actions {
        s = s.reduce(a);
    }
    std::rc::Rc::unwrap_or_clone(s)
}

fn file(name: &str, text: &str) -> LoadedFile {
    LoadedFile {
        name: name.into(),
        bytes: Ok(text.as_bytes().to_vec()),
    }
}

#[wasm_bindgen_test]
fn loading_reports_bad_files_and_duplicates_but_loads_the_rest() {
    let s = run(
        AppState::default(),
        vec![Action::LoadArticles(vec![
            file("a.txt", "Alpha said the soldier ran."),
            LoadedFile {
                name: "broken.txt".into(),
                bytes: Err("the browser could not read the file".into()),
            },
            file("empty.txt", "   "),
            file("b.txt", "Beta reported shots."),
            file("a-again.txt", "Alpha said the soldier ran."),
        ])],
    );
    let ws = s.workspace();
    let titles: Vec<&str> = ws.documents.iter().map(|d| d.title.as_str()).collect();
    // A one-line file that reads as a sentence has no title line: its file name is the
    // title (`formats::title`).
    assert_eq!(titles, ["a", "b"]);
    let errors: Vec<&str> = s
        .notices
        .iter()
        .filter(|n| n.kind == NoticeKind::Error)
        .map(|n| n.text.as_str())
        .collect();
    assert!(
        errors.iter().any(|t| t.contains("broken.txt")),
        "{errors:?}"
    );
    assert!(errors.iter().any(|t| t.contains("empty.txt")), "{errors:?}");
    assert!(s
        .notices
        .iter()
        .any(|n| n.text.contains("a-again.txt") && n.text.contains("already loaded")));
    // One pick is one undo step.
    let s = run(s, vec![Action::Undo]);
    assert!(s.workspace().is_empty());
}

#[wasm_bindgen_test]
fn labelling_snaps_undoes_and_refuses_bad_edits() {
    let s = run(
        AppState::default(),
        vec![Action::LoadArticles(vec![file(
            "a.txt",
            "Carroll said the soldier was shot.",
        )])],
    );
    let doc = s.workspace().documents[0].id.clone();
    // "ldier wa" snaps to "soldier was".
    let s = run(
        s,
        vec![Action::Label {
            picked: Some(Ok((doc.clone(), 19, 27))),
            label: Label::Claim,
        }],
    );
    let span = s.workspace().spans[0].clone();
    assert_eq!((span.start, span.end), (17, 28));
    assert_eq!(s.selected.as_deref(), Some(span.id.as_str()));
    // With no text selected, a label key relabels the selected span.
    let s = run(
        s,
        vec![Action::Label {
            picked: None,
            label: Label::Quote,
        }],
    );
    assert_eq!(s.workspace().spans[0].label, Label::Quote);
    // Snapping off: the exact range (trimmed).
    let s = run(
        s,
        vec![
            Action::SetSnap(false),
            Action::Label {
                picked: Some(Ok((doc.clone(), 19, 27))),
                label: Label::Context,
            },
        ],
    );
    assert!(s
        .workspace()
        .spans
        .iter()
        .any(|x| (x.start, x.end) == (19, 27)));
    // A failed edit changes nothing and says why.
    let before = s.workspace().clone();
    let s = run(
        s,
        vec![Action::SetLabel {
            span: "nope".into(),
            label: Label::Claim,
        }],
    );
    assert!(std::rc::Rc::ptr_eq(&before, s.workspace()));
    assert!(s
        .notices
        .last()
        .is_some_and(|n| n.kind == NoticeKind::Error && n.text.contains("nope")));
    // Undo twice, redo once.
    let s = run(s, vec![Action::Undo, Action::Undo]);
    assert_eq!(s.workspace().spans[0].label, Label::Claim);
    let s = run(s, vec![Action::Redo]);
    assert_eq!(s.workspace().spans[0].label, Label::Quote);
}

#[wasm_bindgen_test]
fn import_into_a_full_workspace_asks_then_merges_without_duplicates() {
    let s = run(
        AppState::default(),
        vec![Action::LoadArticles(vec![file(
            "a.txt",
            "Carroll said the soldier was shot.",
        )])],
    );
    let exported = parallax::formats::export(s.workspace(), parallax::formats::Format::Parallax);
    let mut other = parallax::model::Workspace::new();
    let d = other.add_document("A", "a.txt", "Carroll said the soldier was shot.");
    other.add_span(&d, 0, 7, Label::Attribution).unwrap();
    other.add_document("B", "b.txt", "Brooks said so.");
    let bytes = parallax::formats::export(&other, parallax::formats::Format::Parallax).bytes;
    let s = run(
        s,
        vec![Action::Import {
            name: "other.json".into(),
            bytes: bytes.into(),
            reanchor: false,
        }],
    );
    assert!(s.pending_import.is_some(), "asks merge or replace");
    assert_eq!(s.workspace().documents.len(), 1, "nothing changed yet");
    let s = run(s, vec![Action::ResolveImport(Some(ImportMode::Merge))]);
    assert_eq!(
        s.workspace().documents.len(),
        2,
        "the same text is not added twice"
    );
    assert_eq!(s.workspace().spans.len(), 1);
    assert!(s.workspace().validate().is_empty());
    let s = run(s, vec![Action::Undo]);
    assert_eq!(
        parallax::formats::export(s.workspace(), parallax::formats::Format::Parallax).bytes,
        exported.bytes
    );
}

#[wasm_bindgen_test]
fn buckets_put_a_span_in_every_paragraph_it_touches() {
    let text = "One two.\nThree four.\n\nFive six.";
    let paras = view::layout(text);
    assert_eq!(paras.len(), 3);
    let spans = vec![
        span("s1", 4, 15, Label::Claim),
        span("s2", 22, 26, Label::Quote),
    ];
    let b = view::buckets(&paras, &spans);
    let ids = |i: usize| b[i].iter().map(|s| s.id.to_string()).collect::<Vec<_>>();
    assert_eq!(ids(0), ["s1"]);
    assert_eq!(ids(1), ["s1"]);
    assert_eq!(ids(2), ["s2"]);
}

// ----- issue 11: read-only tabs, choosing a workspace, undo that says what it undid -----

#[wasm_bindgen_test]
fn a_read_only_tab_changes_nothing_and_offers_to_take_over() {
    use parallax::app::state::NoticeAction;
    let s = run(AppState::default(), vec![Action::LoadSample]);
    let before = s.workspace().clone();
    let s = run(
        s,
        vec![
            Action::ReadOnly("This workspace was opened in another tab.".into()),
            Action::LoadSample,
            Action::Undo,
            Action::RemoveDocument(before.documents[0].id.clone()),
        ],
    );
    assert!(
        std::rc::Rc::ptr_eq(s.workspace(), &before),
        "nothing changed"
    );
    let refused = s
        .notices
        .iter()
        .filter(|n| n.text.starts_with("Nothing was changed"))
        .count();
    // Three refusals say the same: one notice, not three stacked copies.
    assert_eq!(refused, 1);
    assert!(s
        .notices
        .iter()
        .all(|n| n.action.is_none() || n.action == Some(NoticeAction::TakeOver)));
    // Opening the workspace again (take over) gives a writable state.
    let mut fresh = AppState::new((*before).clone());
    fresh.workspace_id = Some("w1".into());
    let s = run(s, vec![Action::Open(Box::new(fresh)), Action::Undo]);
    assert!(s.read_only.is_none());
    assert_eq!(s.workspace_id.as_deref(), Some("w1"));
}

#[wasm_bindgen_test]
fn while_choosing_a_workspace_nothing_is_changed() {
    let mut s = AppState::default();
    s.chooser = Some(std::rc::Rc::new(Vec::new()));
    let s = run(s, vec![Action::LoadSample]);
    assert!(s.workspace().is_empty());
    assert!(s
        .notices
        .iter()
        .any(|n| n.text.contains("Choose a saved workspace")));
}

#[wasm_bindgen_test]
fn undo_and_redo_say_what_they_did() {
    let s = run(AppState::default(), vec![Action::LoadSample]);
    let doc = s.workspace().documents[0].id.clone();
    let s = run(
        s,
        vec![
            Action::AddSpan {
                doc,
                start: 0,
                end: 3,
                label: Label::Claim,
            },
            Action::Undo,
        ],
    );
    let texts =
        |s: &AppState| -> Vec<String> { s.notices.iter().map(|n| n.text.clone()).collect() };
    assert!(
        texts(&s)
            .iter()
            .any(|t| t.starts_with("Undid: added the claim")),
        "{:?}",
        texts(&s)
    );
    let s = run(s, vec![Action::Redo]);
    assert!(
        texts(&s)
            .iter()
            .any(|t| t.starts_with("Redid: added the claim")),
        "{:?}",
        texts(&s)
    );
    // The redo's notice replaces the undo's: pressing Ctrl+Z and Ctrl+Y many times shows
    // one notice, not a pile.
    assert_eq!(
        texts(&s)
            .iter()
            .filter(|t| t.starts_with("Undid: ") || t.starts_with("Redid: "))
            .count(),
        1,
        "{:?}",
        texts(&s)
    );
}

#[wasm_bindgen_test]
fn the_same_article_with_other_line_ends_is_not_loaded_twice() {
    let s = run(
        AppState::default(),
        vec![Action::LoadArticles(vec![
            file(
                "a.txt",
                "Port plan\n\nThe city said the port opens in June.\n",
            ),
            file(
                "b.txt",
                "Port plan\r\n\r\nThe city said the port opens in June.",
            ),
        ])],
    );
    assert_eq!(s.workspace().documents.len(), 1);
    assert!(s
        .notices
        .iter()
        .any(|n| n.text.contains("b.txt is already loaded")));
}

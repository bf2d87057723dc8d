//! Merging another tab's work, state equality, the matching status and the coverage views.

use super::*;

#[test]
fn merging_another_tabs_work_keeps_both_and_does_not_duplicate_articles() {
    // Tab 1 and tab 2 start from the same two articles and label different things.
    let base = two_articles();
    let (tab1, _) = add_span(base.clone(), 0, "was shot five times", Label::Claim);
    let (tab2, said) = add_span(base, 1, "a spokesman said", Label::Attribution);
    let (tab2, shot) = add_span(tab2, 1, "was shot at least four times", Label::Claim);
    let tab2 = run(
        tab2,
        vec![
            Action::SelectSpan(Some(said)),
            Action::StartConnect,
            Action::ClickSpan(shot),
        ],
    );
    assert_eq!(tab2.workspace().relations.len(), 1);

    // Tab 2's export imported into tab 1: asked, then merged.
    let bytes = formats::export(tab2.workspace(), Format::Parallax).bytes;
    let s = run(
        tab1,
        vec![Action::Import {
            name: "tab2.parallax.json".into(),
            bytes: Rc::from(bytes.clone()),
            reanchor: false,
        }],
    );
    assert!(
        s.pending_import.is_some(),
        "a non-empty workspace asks first"
    );
    let s = run(s, vec![Action::ResolveImport(Some(ImportMode::Merge))]);
    assert!(s.pending_import.is_none());
    let ws = s.workspace().clone();
    assert_eq!(
        ws.documents.len(),
        2,
        "the same articles are not added again"
    );
    assert_eq!(ws.spans.len(), 3);
    assert_eq!(ws.relations.len(), 1);
    let labels: Vec<_> = ws
        .spans
        .iter()
        .map(|x| (ws.span_text(x).unwrap_or("").to_string(), x.label))
        .collect();
    assert!(labels.contains(&("was shot five times".to_string(), Label::Claim)));
    assert!(labels.contains(&("a spokesman said".to_string(), Label::Attribution)));
    assert!(texts(&s)
        .iter()
        .any(|t| t.starts_with("Merged tab2.parallax.json")));
    // The notice says what the merge added.
    assert!(
        texts(&s).iter().any(|t| t.starts_with(
            "Merged tab2.parallax.json into the workspace: added 2 spans; added an attribution."
        )),
        "{:?}",
        texts(&s)
    );
    // The same file again adds nothing: said so, and no undo step is made.
    let merged = s.workspace().clone();
    let again = run(
        s.clone(),
        vec![
            Action::Import {
                name: "tab2.parallax.json".into(),
                bytes: Rc::from(bytes.clone()),
                reanchor: false,
            },
            Action::ResolveImport(Some(ImportMode::Merge)),
        ],
    );
    assert_eq!(*again.workspace(), merged);
    assert!(
        texts(&again)
            .last()
            .is_some_and(|t| t.contains("nothing new")),
        "{:?}",
        texts(&again)
    );
    let undone = run(again, vec![Action::Undo]);
    assert_eq!(
        undone.workspace().spans.len(),
        1,
        "one undo takes the first merge back: the second made no step"
    );
    // One undo takes the whole merge back.
    let s = run(s, vec![Action::Undo]);
    assert_eq!(s.workspace().spans.len(), 1);
}

#[test]
fn merge_maps_ids_and_keeps_notes() {
    let mut ws = Workspace::new();
    let d = ws.add_document("A", "a.txt", "One two three. Four five six.");
    ws.add_span(&d, 0, 3, Label::Claim).expect("a valid span");
    let mut other = Workspace::new();
    let od = other.add_document("A", "a.txt", "One two three. Four five six.");
    let ob = other.add_document("B", "b.txt", "Seven eight nine.");
    let s1 = other.add_span(&od, 4, 7, Label::Claim).expect("valid");
    let s2 = other.add_span(&ob, 0, 5, Label::Claim).expect("valid");
    other
        .set_note(&s1, Some("key: two".into()))
        .expect("the span exists");
    other
        .add_link(&s1, &s2, Origin::Manual, None, Vec::new())
        .expect("two articles");
    merge(&mut ws, &other).expect("a valid workspace merges");
    assert_eq!(ws.documents.len(), 2);
    assert_eq!(ws.spans.len(), 3);
    assert_eq!(ws.links.len(), 1);
    let two = ws
        .spans
        .iter()
        .find(|x| ws.span_text(x) == Some("two"))
        .expect("merged span");
    assert_eq!(ws.note(&two.id), Some("key: two"));
    let link = &ws.links[0];
    assert!(ws.span(&link.a).is_some() && ws.span(&link.b).is_some());
}

#[test]
fn equality_compares_every_field_and_snapshots_by_pointer() {
    let s = two_articles();
    let same = s.clone();
    assert_eq!(s, same);
    let mut linking = s.clone();
    linking.linking = Some("s1".into());
    assert_ne!(s, linking);
    let mut connecting = s.clone();
    connecting.connecting = Some("s1".into());
    assert_ne!(s, connecting);
    // An equal workspace in a new snapshot is a change (a new Rc).
    let copy = AppState::new((**s.workspace()).clone());
    assert_ne!(AppState::new((**s.workspace()).clone()), copy);
    // A successful save while saving works returns the very same state.
    let rc = Rc::new(s);
    let after = reduce(rc.clone(), Action::Saved(Ok(())));
    assert!(Rc::ptr_eq(&rc, &after));
    let failed = reduce(rc, Action::Saved(Err("quota".into())));
    assert_eq!(
        failed.autosave,
        parallax::app::state::Autosave::Failed("quota".into())
    );
}

#[test]
fn the_panels_matching_status_follows_start_progress_and_results() {
    use parallax::app::state::matching::{MatchView, Progress, ViewAction};
    use parallax::linking::Suggestions;
    let v = MatchView::default().apply(ViewAction::Started {
        sentences: 420,
        indexing: true,
    });
    let indexing = |done, total| Some(Progress::Indexing { done, total });
    assert_eq!(v.progress, indexing(0, 420), "indexing");
    assert_eq!(v.sentences, 420);
    let v = v.apply(ViewAction::Indexing(210, 420));
    assert_eq!(v.progress, indexing(210, 420), "half the sentences indexed");
    let v = v.apply(ViewAction::Progress(3, 29));
    assert_eq!(v.progress, Some(Progress::Matching { done: 3, total: 29 }));
    let results = Rc::new(Suggestions {
        sentences: 400,
        ..Default::default()
    });
    let v = v.apply(ViewAction::Done(results.clone(), "worker"));
    assert_eq!(v.progress, None, "done: no progress bar");
    assert_eq!(v.engine, "worker");
    assert_eq!(v.sentences, 420, "the larger count is kept");
    assert!(v.results.as_ref().is_some_and(|r| Rc::ptr_eq(r, &results)));
}

#[test]
fn side_by_side_follows_the_selection_and_the_matrix_goes_to_a_span() {
    use parallax::app::coverage::{visible, CoverageAction, MAX_SIDE_BY_SIDE};
    // The matrix does not open on an empty workspace.
    let s = run(
        AppState::default(),
        vec![Action::Coverage(CoverageAction::ToggleMatrix)],
    );
    assert!(!s.coverage.matrix_open);

    let mut s = AppState::default();
    s.workspace_id = Some("w1".into());
    let s = run(
        s,
        vec![Action::LoadArticles(
            (0..4)
                .map(|i| {
                    file(
                        &format!("{i}.txt"),
                        &format!("Title {i}\n\nOutlet {i} said it.\n"),
                    )
                })
                .collect(),
        )],
    );
    let ids: Vec<String> = s
        .workspace()
        .documents
        .iter()
        .map(|d| d.id.clone())
        .collect();
    assert_eq!(
        visible(&s).len(),
        4,
        "nothing chosen: every article is shown"
    );
    let s = run(
        s,
        vec![
            Action::Coverage(CoverageAction::Toggle(ids[0].clone())),
            Action::Coverage(CoverageAction::Toggle(ids[1].clone())),
        ],
    );
    assert_eq!(s.coverage.pinned, ids[..2].to_vec());
    // Moving the window one article right.
    let s = run(s, vec![Action::Coverage(CoverageAction::Shift(1))]);
    assert_eq!(s.coverage.pinned, ids[1..3].to_vec());
    // Selecting a span of a hidden article brings that article into view.
    let (s, span) = add_span(s, 3, "said it", Label::Claim);
    assert!(s.coverage.pinned.contains(&ids[3]));
    assert!(s.coverage.pinned.len() <= MAX_SIDE_BY_SIDE);
    // From the matrix: go to a span of article 0 closes the matrix and shows it.
    let (s, first) = add_span(s, 0, "said it", Label::Claim);
    let s = run(
        s,
        vec![
            Action::SelectSpan(Some(span)),
            Action::Coverage(CoverageAction::OpenMatrix(true)),
            Action::Coverage(CoverageAction::GoTo(first.clone())),
        ],
    );
    assert!(!s.coverage.matrix_open);
    assert_eq!(s.selected.as_deref(), Some(first.as_str()));
    assert!(visible(&s).iter().any(|d| d.id == ids[0]));
    // Removing a shown article drops it from the view.
    let s = run(s, vec![Action::RemoveDocument(ids[0].clone())]);
    assert!(!s.coverage.pinned.contains(&ids[0]));
    assert!(s.selected.is_none(), "its span went with it");
}

/// `Action::Imported`: a workspace file parsed before dispatching (the page parses it in a
/// task of its own, issue 11) ends in the same state as `Action::Import`, which parses in
/// the reducer: replaced when empty, asked when not, the same error notice for a bad file,
/// refused while read-only.
#[test]
fn a_workspace_parsed_before_dispatch_imports_like_one_parsed_in_the_reducer() {
    let (labelled, _) = add_span(two_articles(), 0, "was shot five times", Label::Claim);
    let bytes: Rc<[u8]> = Rc::from(formats::export(labelled.workspace(), Format::Parallax).bytes);
    let both = |state: &AppState, name: &str, bytes: &Rc<[u8]>| {
        let parsed = formats::import_with(name, bytes, &formats::ImportOptions::default());
        let a = run(
            state.clone(),
            vec![Action::Import {
                name: name.into(),
                bytes: bytes.clone(),
                reanchor: false,
            }],
        );
        let b = run(
            state.clone(),
            vec![Action::Imported {
                name: name.into(),
                bytes: bytes.clone(),
                result: Rc::new(parsed),
            }],
        );
        (a, b)
    };
    let mut empty = AppState::default();
    empty.workspace_id = Some("w2".into());

    // Into an empty workspace: replaced at once, one undo step, the same notices.
    let (a, b) = both(&empty, "ws.json", &bytes);
    assert_eq!(b.workspace().spans.len(), 1);
    assert_eq!(b.workspace().documents.len(), 2);
    assert_eq!(a.workspace(), b.workspace());
    assert_eq!(texts(&a), texts(&b));
    assert!(b.pending_import.is_none());
    let undone = run(b, vec![Action::Undo]);
    assert!(undone.workspace().documents.is_empty());

    // Into a non-empty workspace: nothing changes until merge or replace is chosen.
    let (a, b) = both(&labelled, "ws.json", &bytes);
    assert_eq!(b.workspace(), labelled.workspace());
    assert_eq!(a.pending_import, b.pending_import);
    assert!(b.pending_import.is_some());

    // A file that is not a workspace: the same error, the workspace untouched.
    let bad: Rc<[u8]> = Rc::from(&b"{\"format\": \"parallax\", \"documents\": 3"[..]);
    let (a, b) = both(&empty, "bad.json", &bad);
    assert!(b.workspace().documents.is_empty());
    assert_eq!(texts(&a), texts(&b));
    assert!(
        b.notices
            .iter()
            .any(|n| n.kind == NoticeKind::Error && n.text.starts_with("Could not import bad.json")),
        "{:?}",
        texts(&b)
    );

    // Refused while the tab is read-only, like every change.
    let mut read_only = empty.clone();
    read_only.read_only = Some("another tab has this workspace".into());
    let (_, b) = both(&read_only, "ws.json", &bytes);
    assert!(b.workspace().documents.is_empty());
}

/// Restoring a saved workspace: the waiting state's "Restoring…" goes when the workspace
/// is back; what else the user was told stays, and what opening says is added.
#[test]
fn the_restoring_notice_goes_when_the_workspace_is_back() {
    use parallax::app::state::{AppState, NoticeKind, RESTORING, RESTORING_NOTICE};
    let mut waiting = AppState::default();
    waiting.read_only = Some(RESTORING.to_string());
    waiting.notify(NoticeKind::Info, RESTORING_NOTICE);
    waiting.notify(NoticeKind::Error, "Another tab took the workspace over");
    let mut restored = two_articles();
    restored.notify(NoticeKind::Info, "Restored with a warning");
    let s = run(waiting, vec![Action::Open(Box::new(restored))]);
    let texts: Vec<&str> = s.notices.iter().map(|n| n.text.as_str()).collect();
    assert!(!texts.contains(&RESTORING_NOTICE), "{texts:?}");
    assert!(
        texts.contains(&"Another tab took the workspace over"),
        "{texts:?}"
    );
    assert!(texts.contains(&"Restored with a warning"), "{texts:?}");
    assert!(s.read_only.is_none());

    // Opening something else while nothing is being restored keeps every notice.
    let mut shown = two_articles();
    shown.notify(NoticeKind::Info, RESTORING_NOTICE);
    let s = run(shown, vec![Action::Open(Box::default())]);
    assert_eq!(s.notices.len(), 1);
}

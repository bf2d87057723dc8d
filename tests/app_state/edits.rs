//! Editing through the reducer: labels, snapping, attribution, manual and suggested links,
//! read-only tabs.

use super::*;

#[test]
fn labelling_a_selection_snaps_to_words_and_relabelling_names_the_broken_attribution() {
    let s = two_articles();
    assert_eq!(s.workspace().documents.len(), 1 + 1);
    // A selection that cuts words ("ficials said the sol") is widened to whole words.
    let (doc, start, end) = range_of(&s, 0, "Officials said the soldier");
    let s = run(
        s,
        vec![Action::Label {
            picked: Some(Ok((doc.clone(), start + 2, end - 4))),
            label: Label::Attribution,
        }],
    );
    let ws = s.workspace().clone();
    let span = &ws.spans[0];
    assert_eq!(
        ws.span_text(span),
        Some("Officials said the soldier"),
        "snapped to words"
    );
    assert_eq!(s.selected.as_deref(), Some(span.id.as_str()));
    let attribution = span.id.clone();

    // Attribute a claim, then relabel the attribution as a claim: the relation breaks and
    // the notice says so, with an Undo button.
    let (s, claim) = add_span(s, 0, "was shot five times", Label::Claim);
    let s = run(
        s,
        vec![
            Action::SelectSpan(Some(attribution.clone())),
            Action::StartConnect,
            Action::ClickSpan(claim.clone()),
        ],
    );
    assert_eq!(s.workspace().relations.len(), 1);
    assert!(s.connecting.is_none());
    let s = run(
        s,
        vec![Action::SetLabel {
            span: attribution.clone(),
            label: Label::Claim,
        }],
    );
    assert!(s.workspace().relations.is_empty());
    let last = s.notices.last().expect("a notice");
    assert_eq!(last.kind, NoticeKind::Error);
    assert!(
        last.text.contains("the relation was removed"),
        "{}",
        last.text
    );
    assert_eq!(last.action, Some(NoticeAction::Undo));

    // Undo brings the relation back and says what it undid; redo removes it again.
    let s = run(s, vec![Action::Undo]);
    assert_eq!(s.workspace().relations.len(), 1);
    assert_eq!(
        s.workspace().span(&attribution).map(|x| x.label),
        Some(Label::Attribution)
    );
    assert!(
        texts(&s).iter().any(|t| t.starts_with("Undid: ")),
        "{:?}",
        texts(&s)
    );
    let s = run(s, vec![Action::Redo, Action::Undo, Action::Redo]);
    assert!(s.workspace().relations.is_empty());
    let history_notices = texts(&s)
        .iter()
        .filter(|t| t.starts_with("Undid: ") || t.starts_with("Redid: "))
        .count();
    assert_eq!(
        history_notices, 1,
        "one undo/redo notice, replaced each time"
    );
    assert!(texts(&s).last().is_some_and(|t| t.starts_with("Redid: ")));
}

#[test]
fn only_white_space_and_no_selection_are_explained_not_edited() {
    let s = two_articles();
    let before = s.workspace().clone();
    let (doc, start, _) = range_of(&s, 0, " the soldier");
    let s = run(
        s,
        vec![
            Action::Label {
                picked: Some(Ok((doc, start, start + 1))),
                label: Label::Claim,
            },
            Action::Label {
                picked: None,
                label: Label::Quote,
            },
            Action::Label {
                picked: Some(Err("The selection is not inside an article.".into())),
                label: Label::Quote,
            },
        ],
    );
    assert!(Rc::ptr_eq(s.workspace(), &before), "nothing changed");
    let t = texts(&s);
    assert!(t[0].contains("Only white space"), "{t:?}");
    assert!(t[1].contains("press 2"), "{t:?}");
    assert_eq!(t[2], "The selection is not inside an article.");
}

#[test]
fn attribution_mode_needs_an_attribution_and_refuses_a_claim_as_source() {
    let s = two_articles();
    let (s, claim) = add_span(s, 0, "was shot five times", Label::Claim);
    let (s, other) = add_span(s, 0, "Ümit waited.", Label::Claim);
    // A claim cannot attribute: StartConnect explains instead of starting.
    let s = run(
        s,
        vec![
            Action::SelectSpan(Some(claim.clone())),
            Action::StartConnect,
        ],
    );
    assert!(s.connecting.is_none());
    assert!(texts(&s)
        .last()
        .is_some_and(|t| t.starts_with("Select an attribution span first")));
    // With an attribution: the click completes the relation and selects its target.
    let (s, said) = add_span(s, 0, "Officials said", Label::Attribution);
    let s = run(s, vec![Action::StartConnect]);
    assert_eq!(s.connecting.as_deref(), Some(said.as_str()));
    let s = run(s, vec![Action::ClickSpan(other.clone())]);
    let ws = s.workspace().clone();
    assert_eq!(ws.relations.len(), 1);
    assert_eq!(
        (ws.relations[0].from.as_str(), ws.relations[0].to.as_str()),
        (said.as_str(), other.as_str())
    );
    assert_eq!(s.selected.as_deref(), Some(other.as_str()));
    // Deleting the attribution span takes the relation with it; one undo restores both.
    let s = run(s, vec![Action::DeleteSpan(said.clone())]);
    assert!(s.workspace().relations.is_empty());
    let s = run(s, vec![Action::Undo]);
    assert_eq!(s.workspace().relations.len(), 1);
}

#[test]
fn manual_link_mode_links_across_articles_and_explains_a_same_article_click() {
    // Without articles, L does nothing (there is no panel to link from).
    let empty = run(AppState::default(), vec![Action::StartLink]);
    assert!(empty.linking.is_none() && empty.notices.is_empty());
    let s = two_articles();
    // L with nothing selected says how.
    let s = run(s, vec![Action::SelectSpan(None), Action::StartLink]);
    assert!(s.linking.is_none());
    assert!(texts(&s)
        .last()
        .is_some_and(|t| t.starts_with("Click a span first, then press L")));

    let (s, a) = add_span(s, 0, "was shot five times", Label::Claim);
    let (s, same_doc) = add_span(s, 0, "Ümit waited.", Label::Claim);
    let (s, b) = add_span(s, 1, "was shot at least four times", Label::Claim);
    let s = run(
        s,
        vec![Action::SelectSpan(Some(a.clone())), Action::StartLink],
    );
    assert_eq!(s.linking.as_deref(), Some(a.as_str()));

    // A span of the same article: explained, the mode stays, nothing selected instead.
    let s = run(s, vec![Action::ClickSpan(same_doc.clone())]);
    assert_eq!(s.linking.as_deref(), Some(a.as_str()));
    assert!(s.workspace().links.is_empty());
    assert_eq!(
        s.selected.as_deref(),
        Some(a.as_str()),
        "the click only linked"
    );
    assert!(texts(&s)
        .last()
        .is_some_and(|t| t.starts_with("A link joins two articles")));

    // A span of the other article: linked by hand, the mode ends, one undo step.
    let s = run(s, vec![Action::ClickSpan(b.clone())]);
    assert!(s.linking.is_none());
    let ws = s.workspace().clone();
    assert_eq!(ws.links.len(), 1);
    assert_eq!(
        (ws.links[0].a.as_str(), ws.links[0].b.as_str()),
        (a.as_str(), b.as_str())
    );
    assert_eq!(ws.links[0].origin, Origin::Manual);
    assert_eq!(s.selected.as_deref(), Some(a.as_str()));

    // Esc's CancelLink ends the mode; a click then selects as usual.
    let s = run(
        s,
        vec![
            Action::StartLink,
            Action::CancelLink,
            Action::ClickSpan(b.clone()),
        ],
    );
    assert!(s.linking.is_none());
    assert_eq!(s.selected.as_deref(), Some(b.as_str()));
    // Clicking the span being linked ends the mode without a link.
    let s = run(s, vec![Action::StartLink, Action::ClickSpan(b.clone())]);
    assert!(s.linking.is_none());
    assert_eq!(s.workspace().links.len(), 1);

    let s = run(s, vec![Action::Undo]);
    assert!(s.workspace().links.is_empty());
}

#[test]
fn a_link_the_model_refuses_leaves_the_workspace_and_says_why() {
    let s = two_articles();
    let (s, a) = add_span(s, 0, "was shot five times", Label::Claim);
    let (s, same_doc) = add_span(s, 0, "Ümit waited.", Label::Claim);
    let before = s.workspace().clone();
    let s = run(
        s,
        vec![
            Action::Linking(LinkAction::Manual {
                a: a.clone(),
                b: "s999".into(),
            }),
            Action::Linking(LinkAction::Remove("l999".into())),
        ],
    );
    assert!(Rc::ptr_eq(s.workspace(), &before));
    let t = texts(&s);
    assert!(
        t[t.len() - 2].starts_with("Could not link the spans: "),
        "{t:?}"
    );
    assert!(
        t[t.len() - 1].starts_with("Could not remove the link: "),
        "{t:?}"
    );
    assert!(s
        .notices
        .iter()
        .rev()
        .take(2)
        .all(|n| n.kind == NoticeKind::Error));
    let _ = same_doc;
}

#[test]
fn accepting_a_suggestion_links_and_rejecting_hides_it_once() {
    let s = run(
        {
            let mut s = AppState::default();
            s.workspace_id = Some("w1".into());
            s
        },
        vec![Action::LoadSample],
    );
    assert_eq!(s.workspace().documents.len(), 2);
    // The samples are plain text: the outlets come with them, for the switcher and matrix.
    let outlets: Vec<&str> = s
        .workspace()
        .documents
        .iter()
        .map(|d| d.outlet_name())
        .collect();
    assert_eq!(outlets, ["AFP", "Los Angeles Times"]);
    let (s, claim) = add_span(
        s,
        0,
        "The defector was shot at least four times",
        Label::Claim,
    );
    let found = parallax::linking::suggestions(s.workspace());
    let group = found
        .groups
        .iter()
        .find(|g| g.span == claim)
        .expect("the claim has suggestions in the other article");
    assert!(group.suggestions.len() >= 2, "{group:?}");
    let best = group.suggestions[0].clone();
    let second = group.suggestions[1].clone();
    assert_eq!(best.target_doc, s.workspace().documents[1].id);

    let s = run(
        s,
        vec![Action::Linking(LinkAction::Accept(Box::new(best.clone())))],
    );
    let ws = s.workspace().clone();
    assert_eq!(ws.links.len(), 1);
    let link = &ws.links[0];
    assert_eq!(link.origin, Origin::Matcher);
    assert_eq!(link.a, claim);
    let target = ws.span(&link.b).expect("the target span exists");
    assert_eq!(target.doc, best.target_doc);
    assert!(
        !parallax::linking::still_applies(&ws, &best),
        "accepted: gone"
    );

    // Rejecting is remembered; rejecting the same suggestion again changes nothing.
    let rejection = parallax::model::Rejection {
        span: second.source.clone(),
        doc: second.target_doc.clone(),
        start: second.start,
        end: second.end,
    };
    let s = run(
        s,
        vec![Action::Linking(LinkAction::Reject(rejection.clone()))],
    );
    let after_reject = s.workspace().clone();
    assert_eq!(after_reject.rejections.len(), 1);
    let s = run(s, vec![Action::Linking(LinkAction::Reject(rejection))]);
    assert!(
        Rc::ptr_eq(s.workspace(), &after_reject),
        "no second rejection"
    );

    // Undo twice: the rejection, then the accepted link and its created span.
    let s = run(s, vec![Action::Undo, Action::Undo]);
    assert!(s.workspace().links.is_empty());
    assert!(s.workspace().rejections.is_empty());
    assert_eq!(s.workspace().spans.len(), 1);
}

#[test]
fn a_read_only_tab_refuses_every_edit_but_still_reads() {
    let s = two_articles();
    let (s, a) = add_span(s, 0, "was shot five times", Label::Claim);
    let (s, b) = add_span(s, 1, "was shot at least four times", Label::Claim);
    let before = s.workspace().clone();
    let s = run(
        s,
        vec![
            Action::SelectSpan(Some(a.clone())),
            Action::StartLink,
            Action::ReadOnly("This workspace was opened in another tab.".into()),
            // The link click and every other edit are refused.
            Action::ClickSpan(b.clone()),
            Action::SetLabel {
                span: a.clone(),
                label: Label::Quote,
            },
            Action::DeleteSelected,
            Action::SetNote {
                id: a.clone(),
                note: Some("checked".into()),
            },
        ],
    );
    assert!(Rc::ptr_eq(s.workspace(), &before), "nothing changed");
    let refused = texts(&s)
        .iter()
        .filter(|t| t.starts_with("Nothing was changed: This workspace was opened"))
        .count();
    // Four refusals (the link click, relabel, delete, note) say the same: one notice, not
    // four stacked copies (a new-user trial), and it is the newest.
    assert_eq!(refused, 1);
    assert!(s
        .notices
        .last()
        .is_some_and(|n| n.text.starts_with("Nothing was changed")));
    assert!(s
        .notices
        .iter()
        .filter(|n| n.text.starts_with("Nothing was changed"))
        .all(|n| n.action == Some(NoticeAction::TakeOver)));
    // The refusal takes the place of the read-only notice it repeats: the reason is on
    // the screen once, not twice one under the other (trial 36, F11.1).
    let told = texts(&s)
        .iter()
        .filter(|t| t.contains("This workspace was opened in another tab."))
        .count();
    assert_eq!(told, 1, "{:?}", texts(&s));
    // Reading goes on: selecting and moving along the spans still work.
    let s = run(
        s,
        vec![
            Action::SelectSpan(Some(b.clone())),
            Action::SelectAdjacent(1),
        ],
    );
    assert_eq!(s.selected.as_deref(), Some(a.as_str()), "wraps around");
}

#[test]
fn undo_with_nothing_to_undo_says_the_history_starts_with_the_page() {
    // A restored workspace (after a reload) has its work but no history: Undo says why
    // there is nothing to undo, and that the work is saved (trial 36, F15).
    let s = two_articles();
    let (s, _) = add_span(s, 0, "was shot five times", Label::Claim);
    let mut restored = s.clone();
    restored.history = parallax::model::History::new(s.workspace().clone());
    let t = texts(&run(restored, vec![Action::Undo]));
    let said = t.last().cloned().unwrap_or_default();
    assert!(said.starts_with("Nothing to undo: "), "{said}");
    assert!(said.contains("starts empty after a reload"), "{said}");
    assert!(said.contains("Your work itself is saved"), "{said}");
    // Nothing loaded: nothing to explain.
    let t = texts(&run(AppState::default(), vec![Action::Undo]));
    assert_eq!(t.last().map(String::as_str), Some("Nothing to undo."));
}

#[test]
fn the_same_information_again_replaces_its_notice() {
    let s = run(
        AppState::default(),
        vec![Action::Redo, Action::Redo, Action::Undo, Action::Redo],
    );
    let t = texts(&s);
    assert_eq!(
        t.iter().filter(|t| *t == "Nothing to redo.").count(),
        1,
        "{t:?}"
    );
    assert_eq!(t.iter().filter(|t| *t == "Nothing to undo.").count(), 1);
    // The newest is last: the repeated notice moved to the end.
    assert_eq!(t.last().map(String::as_str), Some("Nothing to redo."));
}

#[test]
fn enter_completes_an_attribution_or_a_manual_link_from_the_keyboard() {
    let s = two_articles();
    let (s, attribution) = add_span(s, 0, "Officials said", Label::Attribution);
    let (s, claim) = add_span(s, 0, "was shot five times", Label::Claim);
    let (s, other) = add_span(s, 1, "was shot at least four times", Label::Claim);
    // Outside A and L, Enter changes nothing (the very same state comes back).
    let before = Rc::new(run(s, vec![Action::SelectSpan(Some(claim.clone()))]));
    let after = reduce(before.clone(), Action::PickSelected);
    assert!(
        Rc::ptr_eq(&before, &after),
        "Enter outside a mode is a no-op"
    );
    let s = Rc::unwrap_or_clone(after);

    // A on the attribution, ] to the claim (the next span in reading order), Enter.
    let s = run(
        s,
        vec![
            Action::SelectSpan(Some(attribution.clone())),
            Action::StartConnect,
            Action::SelectAdjacent(1),
        ],
    );
    assert_eq!(
        s.connecting.as_deref(),
        Some(attribution.as_str()),
        "] keeps the mode"
    );
    assert_eq!(s.selected.as_deref(), Some(claim.as_str()));
    let s = run(s, vec![Action::PickSelected]);
    let ws = s.workspace().clone();
    assert_eq!(ws.relations.len(), 1);
    assert_eq!(
        (ws.relations[0].from.as_str(), ws.relations[0].to.as_str()),
        (attribution.as_str(), claim.as_str())
    );
    assert!(s.connecting.is_none());

    // L on the claim, ] to the other article's claim, Enter: a manual link.
    let s = run(
        s,
        vec![
            Action::SelectSpan(Some(claim.clone())),
            Action::StartLink,
            Action::SelectAdjacent(1),
        ],
    );
    assert_eq!(s.linking.as_deref(), Some(claim.as_str()));
    assert_eq!(s.selected.as_deref(), Some(other.as_str()));
    let s = run(s, vec![Action::PickSelected]);
    assert!(s.linking.is_none());
    let ws = s.workspace().clone();
    assert_eq!(ws.links.len(), 1);
    assert_eq!(
        (ws.links[0].a.as_str(), ws.links[0].b.as_str()),
        (claim.as_str(), other.as_str())
    );
    assert_eq!(ws.links[0].origin, Origin::Manual);
}

/// Removing an article says what went with it: its spans and the links they had.
#[test]
fn removing_an_article_names_its_spans_and_their_links() {
    let s = two_articles();
    let (s, a) = add_span(s, 0, "was shot five times", Label::Claim);
    let (s, _) = add_span(s, 0, "Ümit waited.", Label::Claim);
    let (s, b) = add_span(s, 1, "was shot at least four times", Label::Claim);
    let s = run(s, vec![Action::Linking(LinkAction::Manual { a, b })]);
    assert_eq!(s.workspace().links.len(), 1);
    let doc = s.workspace().documents[0].id.clone();
    let s = run(s, vec![Action::RemoveDocument(doc)]);
    assert_eq!(
        texts(&s).last().map(String::as_str),
        Some("Removed \u{201c}Alpha report\u{201d} and its 2 spans with their 1 link. Undo with Ctrl+Z.")
    );
    let doc = s.workspace().documents[0].id.clone();
    let s = run(s, vec![Action::RemoveDocument(doc)]);
    assert_eq!(
        texts(&s).last().map(String::as_str),
        Some("Removed \u{201c}Beta report\u{201d} and its 1 span. Undo with Ctrl+Z.")
    );
}

#[test]
fn a_note_saved_in_pauses_is_one_undo_step() {
    let s = two_articles();
    let (s, a) = add_span(s, 0, "was shot five times", Label::Claim);
    let (s, b) = add_span(s, 1, "was shot at least four times", Label::Claim);
    let note = |id: &str, text: &str| Action::SetNote {
        id: id.to_string(),
        note: Some(text.to_string()),
    };
    // The note box saves after each pause in typing: three saves of one note.
    let s = run(
        s,
        vec![
            note(&a, "Check"),
            note(&a, "Check the count"),
            note(&a, "Check the count."),
        ],
    );
    assert_eq!(s.workspace().note(&a), Some("Check the count."));
    let s = run(s, vec![Action::Undo]);
    assert_eq!(
        s.workspace().note(&a),
        None,
        "one undo takes the whole note back"
    );
    assert_eq!(s.workspace().spans.len(), 2, "and nothing before it");
    let s = run(s, vec![Action::Redo]);
    assert_eq!(s.workspace().note(&a), Some("Check the count."));
    // A note on another span, or any other edit between, is a step of its own.
    let s = run(
        s,
        vec![note(&b, "Four?"), note(&a, "Check the count again.")],
    );
    let s = run(s, vec![Action::Undo]);
    assert_eq!(s.workspace().note(&a), Some("Check the count."));
    assert_eq!(s.workspace().note(&b), Some("Four?"));
}

#[test]
fn attributing_a_span_it_cannot_credit_explains_in_words_and_keeps_attributing() {
    let s = two_articles();
    let (s, said) = add_span(s, 0, "Officials said", Label::Attribution);
    let (s, elsewhere) = add_span(s, 1, "was shot at least four times", Label::Claim);
    let (s, context) = add_span(s, 0, "Ümit waited.", Label::Context);
    let (s, claim) = add_span(s, 0, "was shot five times", Label::Claim);
    let s = run(
        s,
        vec![
            Action::SelectSpan(Some(said.clone())),
            Action::StartConnect,
            Action::ClickSpan(elsewhere.clone()),
        ],
    );
    assert!(s.workspace().relations.is_empty());
    let told = texts(&s).last().cloned().unwrap_or_default();
    assert!(
        told.starts_with(
            "An attribution credits a quote or claim of its own article: click one in \u{201c}"
        ),
        "{told}"
    );
    assert!(
        !told.contains(&said) && !told.contains(&elsewhere),
        "no span ids: {told}"
    );
    assert_eq!(
        s.connecting.as_deref(),
        Some(said.as_str()),
        "still attributing"
    );
    let s = run(s, vec![Action::ClickSpan(context.clone())]);
    let told = texts(&s).last().cloned().unwrap_or_default();
    assert!(
        told.starts_with("\u{201c}Ümit waited.\u{201d} is a context span; an attribution credits a quote or a claim"),
        "{told}"
    );
    // The right click then completes it.
    let s = run(s, vec![Action::ClickSpan(claim.clone())]);
    assert_eq!(s.workspace().relations.len(), 1);
    assert!(s.connecting.is_none());
}

#[test]
fn every_refused_file_of_one_pick_is_named_in_one_notice() {
    let mut s = AppState::default();
    s.workspace_id = Some("w1".into());
    let names = ["a.csv", "b.tsv", "c.conll", "d.ann", "e.pdf", "f.png"];
    let mut files: Vec<_> = names.iter().map(|n| file(n, "id,text\n1,abc\n")).collect();
    files[4].bytes = Ok(b"%PDF-1.7\n".to_vec());
    files[5].bytes = Ok(b"\x89PNG\r\n\x1a\n\0\0".to_vec());
    files.push(file("good.txt", "Good report\n\nThe soldier was shot.\n"));
    let s = run(s, vec![Action::LoadArticles(files)]);
    assert_eq!(s.workspace().documents.len(), 1, "the good file loads");
    let refusals: Vec<String> = texts(&s)
        .into_iter()
        .filter(|t| t.contains("not loaded"))
        .collect();
    assert_eq!(refusals.len(), 1, "{:?}", texts(&s));
    assert!(refusals[0].starts_with("6 files were not loaded:\n\u{2022} a.csv"));
    for n in names {
        assert!(refusals[0].contains(n), "{n} is named: {}", refusals[0]);
    }
    // One refused file: its own message, as before.
    let s = run(
        s,
        vec![Action::LoadArticles(vec![file(
            "x.ann",
            "T1\tClaim 0 3\tabc\n",
        )])],
    );
    assert!(texts(&s)
        .last()
        .is_some_and(|t| t.starts_with("x.ann is a brat annotation file")));
}

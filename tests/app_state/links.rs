//! Links drawn by hand (L, then a click on a span of another article): they get the flags
//! accepting the matcher's suggestion for the same two spans gives, and their kind from
//! them, as accepted links do. A link's kind can then be changed by hand (one undo step).

use super::{add_span, run};
use parallax::app::state::{Action, AppState, LinkAction};
use parallax::formats::{self, Format};
use parallax::linking::SpanSuggestion;
use parallax::model::{Label, LinkKind, Origin};
use std::rc::Rc;

/// A third article beside the sample's two: the UN command's count of the shots.
const THIRD: &str = "Soldier defects across DMZ under fire, UN command says\n\nA North Korean soldier was shot five times as he fled across the Demilitarized Zone on November 13, the United Nations Command said on Wednesday.\n\nHe is recovering in a hospital near Seoul, doctors said.\n";

/// The sample's two articles (AFP, Los Angeles Times) and [`THIRD`].
fn sample_and_third() -> AppState {
    let mut s = AppState::default();
    s.workspace_id = Some("w1".into());
    let s = run(
        s,
        vec![
            Action::LoadSample,
            Action::LoadArticles(vec![super::file("third.txt", THIRD)]),
        ],
    );
    assert_eq!(s.workspace().documents.len(), 3);
    s
}

/// L on span `from`, then a click on span `to`.
fn link_by_hand(s: AppState, from: &str, to: &str) -> AppState {
    run(
        s,
        vec![
            Action::SelectSpan(Some(from.to_string())),
            Action::StartLink,
            Action::ClickSpan(to.to_string()),
        ],
    )
}

/// [`sample_and_third`] with two counts of the shots as claims: the LA Times' "shot
/// several times" and the UN command's "shot five times". Returns (state, several, five).
fn two_counts() -> (AppState, String, String) {
    let s = sample_and_third();
    let (s, several) = add_span(s, 1, "The soldier, shot several times", Label::Claim);
    let (s, five) = add_span(
        s,
        2,
        "A North Korean soldier was shot five times",
        Label::Claim,
    );
    (s, several, five)
}

/// The matcher's card for span `from` that links span `to`.
fn card_between(s: &AppState, from: &str, to: &str) -> SpanSuggestion {
    parallax::linking::suggestions(s.workspace())
        .groups
        .iter()
        .filter(|g| g.span == from)
        .flat_map(|g| g.suggestions.iter())
        .find(|x| x.target_span.as_deref() == Some(to))
        .expect("a card links the two spans")
        .clone()
}

#[test]
fn a_link_drawn_by_hand_gets_the_flags_and_kind_of_an_accepted_suggestion() {
    let (s, several, five) = two_counts();
    // The matcher's card for the pair flags the count.
    let card = card_between(&s, &five, &several);
    assert!(!card.flags.is_empty(), "{card:?}");

    let by_hand = link_by_hand(s.clone(), &five, &several);
    let ws = by_hand.workspace();
    assert_eq!(ws.links.len(), 1);
    let link = &ws.links[0];
    assert_eq!(link.origin, Origin::Manual);
    assert_eq!(link.score, None, "a link drawn by hand has no score");
    assert_eq!(link.flags, card.model_flags());
    assert_eq!(link.kind, LinkKind::Differs, "flagged: told differently");
    let number = link.flags.iter().find(|f| f.kind == "number");
    assert!(
        number.is_some_and(|f| f.a == "five times" && f.b == "several times" && f.vague),
        "{:?}",
        link.flags
    );
    // Accepting the card gives the same link but for its origin and score.
    let accepted = run(
        s.clone(),
        vec![Action::Linking(LinkAction::Accept(Box::new(card)))],
    );
    let acc = &accepted.workspace().links[0];
    assert_eq!((&acc.flags, acc.kind), (&link.flags, link.kind));

    // Drawn the other way, the flags read from the first span's side.
    let back = link_by_hand(s.clone(), &several, &five);
    let link = &back.workspace().links[0];
    assert_eq!(link.kind, LinkKind::Differs);
    assert!(
        link.flags
            .iter()
            .any(|f| f.kind == "number" && f.a == "several times" && f.b == "five times"),
        "{:?}",
        link.flags
    );
}

#[test]
fn a_link_drawn_by_hand_without_a_difference_is_the_same_fact() {
    let s = sample_and_third();
    let (s, afp) = add_span(
        s,
        0,
        "has been recovering in a South Korean hospital",
        Label::Claim,
    );
    let (s, un) = add_span(
        s,
        2,
        "He is recovering in a hospital near Seoul",
        Label::Claim,
    );
    let s = link_by_hand(s, &afp, &un);
    let link = &s.workspace().links[0];
    assert_eq!(link.origin, Origin::Manual);
    assert!(link.flags.is_empty(), "{:?}", link.flags);
    assert_eq!(link.kind, LinkKind::Same);
    // One undo step takes the link back.
    let s = run(s, vec![Action::Undo]);
    assert!(s.workspace().links.is_empty());
}

#[test]
fn a_links_kind_is_changed_by_hand_in_one_undo_step_keeping_its_flags_and_origin() {
    let (s, several, five) = two_counts();
    let card = card_between(&s, &five, &several);
    let s = run(s, vec![Action::Linking(LinkAction::Accept(Box::new(card)))]);
    let made = s.workspace().links[0].clone();
    assert_eq!(
        (made.kind, made.origin),
        (LinkKind::Differs, Origin::Matcher)
    );
    assert!(!made.flags.is_empty() && made.score.is_some(), "{made:?}");

    let set = |id: &str, kind| {
        Action::Linking(LinkAction::SetKind {
            id: id.to_string(),
            kind,
        })
    };
    let same = run(s.clone(), vec![set(&made.id, LinkKind::Same)]);
    let link = &same.workspace().links[0];
    assert_eq!(link.kind, LinkKind::Same);
    // Only the kind changes: who made it, its score, flags and note stay.
    assert_eq!(
        (
            &link.id,
            &link.a,
            &link.b,
            link.origin,
            link.score,
            &link.flags
        ),
        (
            &made.id,
            &made.a,
            &made.b,
            made.origin,
            made.score,
            &made.flags
        )
    );
    assert!(same.notices.is_empty(), "{:?}", super::texts(&same));

    // The exports say so: Parallax JSON (what storage keeps) and the training pairs.
    let json = formats::export(same.workspace(), Format::Parallax).bytes;
    let v: serde_json::Value = serde_json::from_slice(&json).unwrap();
    assert_eq!(v["links"][0]["kind"], "same");
    assert_eq!(v["links"][0]["origin"], "matcher");
    assert!(!v["links"][0]["flags"].as_array().unwrap().is_empty());
    let back = formats::import("w.json", &json).unwrap().workspace;
    assert_eq!(back.links[0].kind, LinkKind::Same, "read back as set");
    let pairs = String::from_utf8(formats::export(same.workspace(), Format::Pairs).bytes).unwrap();
    let row: serde_json::Value = serde_json::from_str(pairs.lines().next().unwrap()).unwrap();
    assert_eq!((&row["kind"], &row["label"]), (&"same".into(), &1.into()));

    // Setting the kind it has is no undo step (the workspace is not even copied).
    let again = run(same.clone(), vec![set(&made.id, LinkKind::Same)]);
    assert!(Rc::ptr_eq(again.workspace(), same.workspace()));
    // One Ctrl+Z takes the kind back, and says what it undid; Ctrl+Y redoes it.
    let undone = run(same.clone(), vec![Action::Undo]);
    assert_eq!(undone.workspace().links[0].kind, LinkKind::Differs);
    assert_eq!(
        super::texts(&undone),
        ["Undid: marked link 1 as the same fact."]
    );
    let undone = run(undone, vec![Action::Undo]);
    assert!(
        undone.workspace().links.is_empty(),
        "the next undo takes the link"
    );
    let redone = run(undone, vec![Action::Redo, Action::Redo]);
    assert_eq!(redone.workspace().links[0].kind, LinkKind::Same);

    // Back to "told differently"; an unknown link is a notice and changes nothing.
    let differs = run(same.clone(), vec![set(&made.id, LinkKind::Differs)]);
    assert_eq!(differs.workspace().links[0].kind, LinkKind::Differs);
    let unknown = run(same.clone(), vec![set("l99", LinkKind::Differs)]);
    assert!(Rc::ptr_eq(unknown.workspace(), same.workspace()));
    assert_eq!(
        super::texts(&unknown),
        ["Could not change the link's kind: there is no link with id \"l99\"."]
    );
}

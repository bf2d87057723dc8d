//! Links drawn by hand (L, then a click on a span of another article): they get the flags
//! accepting the matcher's suggestion for the same two spans gives, and their kind from
//! them, as accepted links do.

use super::{add_span, run};
use parallax::app::state::{Action, AppState, LinkAction};
use parallax::model::{Label, LinkKind, Origin};

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

#[test]
fn a_link_drawn_by_hand_gets_the_flags_and_kind_of_an_accepted_suggestion() {
    let s = sample_and_third();
    let (s, several) = add_span(s, 1, "The soldier, shot several times", Label::Claim);
    let (s, five) = add_span(
        s,
        2,
        "A North Korean soldier was shot five times",
        Label::Claim,
    );
    // The matcher's card for the pair flags the count.
    let found = parallax::linking::suggestions(s.workspace());
    let card = found
        .groups
        .iter()
        .filter(|g| g.span == five)
        .flat_map(|g| g.suggestions.iter())
        .find(|x| x.target_span.as_deref() == Some(several.as_str()))
        .expect("a card links the two spans")
        .clone();
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

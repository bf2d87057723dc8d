//! Tests of the who-won rule from trial 44: a winner told with the country he runs for
//! ("Daniel Kiprop of Kenya won the marathon") is the person, not the country, in every
//! form a report writes it ("X of Kenya", "X (Kenya)", "Kenya's X", "le Kényan X", "X aus
//! Kenia"). Two reports naming one winner so agree; two winners of one race, of one
//! country or two, still disagree; an attack's side is still its country ("Russian
//! forces attacked Ukraine").

use super::tests_winner::{agrees, who_won};

const OF_KENYA: &str = "Daniel Kiprop of Kenya won the marathon in 2:05:11.";

#[test]
fn one_winner_told_with_his_country_is_no_flag() {
    for b in [
        "Kenya's Daniel Kiprop won the marathon in 2:05:11.",
        "Daniel Kiprop (Kenya) won the marathon in 2:05:11.",
        "Kenyan Daniel Kiprop won the marathon in 2:05:11.",
        "Daniel Kiprop won the marathon.",
        "Kiprop won the marathon on Sunday.",
    ] {
        agrees(OF_KENYA, b);
    }
    for (a, b) in [
        (
            "Le Kényan Daniel Kiprop a remporté le marathon.",
            "Daniel Kiprop a remporté le marathon.",
        ),
        (
            "Daniel Kiprop du Kenya a remporté le marathon.",
            "Le Kényan Daniel Kiprop a remporté le marathon.",
        ),
        (
            "Der Kenianer Daniel Kiprop gewann den Marathon.",
            "Daniel Kiprop aus Kenia gewann den Marathon.",
        ),
        (
            "El keniano Daniel Kiprop ganó el maratón.",
            "Daniel Kiprop (Kenia) ganó el maratón.",
        ),
        // An attack's side is its country, whatever its words.
        (
            "Russian forces attacked Ukraine on Sunday.",
            "Russia attacked Ukraine on Sunday.",
        ),
    ] {
        agrees(a, b);
    }
}

#[test]
fn two_winners_told_with_their_countries_are_flagged() {
    for (b, theirs) in [
        (
            "Tadese Bekele of Ethiopia won the marathon in 2:05:11.",
            "Tadese Bekele",
        ),
        // One country, two runners: the country no longer makes them one.
        (
            "Kenya's Geoffrey Kamworor won the marathon in 2:05:11.",
            "Geoffrey Kamworor",
        ),
        (
            "Geoffrey Kamworor (Kenya) won the marathon in 2:05:11.",
            "Geoffrey Kamworor",
        ),
    ] {
        let found = who_won(OF_KENYA, b).map(|(x, y)| (x.contains("Kiprop"), y));
        assert_eq!(found, Some((true, theirs.to_string())), "{b}");
        let back = who_won(b, OF_KENYA).map(|(y, x)| (x.contains("Kiprop"), y));
        assert_eq!(back, Some((true, theirs.to_string())), "{b} / {OF_KENYA}");
    }
    let found = who_won(
        "Le Kényan Daniel Kiprop a remporté le marathon.",
        "L'Éthiopien Tadese Bekele a remporté le marathon.",
    );
    assert!(
        found
            .as_ref()
            .is_some_and(|(x, y)| x.contains("Kiprop") && y.contains("Bekele")),
        "{found:?}"
    );
}

//! Tests of counts of one counted noun told in two languages with a word between the
//! figure and the noun, or after it ("Two neighbouring buildings" / "Trois bâtiments
//! voisins"): the noun of either phrase is read by its head and its modifiers together
//! (`numbers/nouns.rs`, `words_apart`), so a noun and its translation are one thing and
//! two figures of it differ, while two nouns of two meanings stay two things.

use super::test_util::{no_number_flag, number_flags};

/// The English sentence of the damaged buildings, against its translations.
const BUILDINGS: &str = "Two neighbouring buildings were damaged.";

#[test]
fn a_count_of_buildings_against_another_count_of_them_in_each_language() {
    // Session 53: 0.000 and no number flag before, while "Five people were injured." /
    // "Trois personnes ont été blessées." had one.
    for b in [
        "Trois bâtiments voisins ont été endommagés.",
        "Drei benachbarte Gebäude wurden beschädigt.",
        // Figures: "tres", "tre" are other words too, read as numbers only in a sentence
        // told Spanish or Italian, and these are too short to be told.
        "3 edificios vecinos resultaron dañados.",
        "3 palazzi vicini sono stati danneggiati.",
        "3 edifícios vizinhos foram danificados.",
        "3 naburige gebouwen werden beschadigd.",
    ] {
        let f = number_flags(BUILDINGS, b);
        assert_eq!(f.len(), 1, "{BUILDINGS} / {b}: {f:?}");
        let g = number_flags(b, BUILDINGS);
        assert_eq!(g.len(), 1, "{b} / {BUILDINGS}: {g:?}");
    }
}

#[test]
fn two_nouns_of_two_meanings_or_one_count_are_no_discrepancy() {
    for (a, b) in [
        // Two things: buildings and cars.
        (
            "Two buildings were damaged.",
            "Trois voitures ont été endommagées.",
        ),
        (
            "Two neighbouring buildings were damaged.",
            "Trois voitures voisines ont été endommagées.",
        ),
        // A modifier before the head names no thing counted.
        (
            "Two fire engines were damaged.",
            "Trois incendies ont été signalés.",
        ),
        // The same count.
        (BUILDINGS, "Deux bâtiments voisins ont été endommagés."),
        (BUILDINGS, "Zwei benachbarte Gebäude wurden beschädigt."),
        (
            "Two buildings were damaged.",
            "Deux bâtiments ont été endommagés.",
        ),
    ] {
        no_number_flag(a, b);
    }
}

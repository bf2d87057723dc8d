//! Tests of trial 58's outcome faults (an oil tanker aground off Brittany told in English,
//! French and Italian): the French noun "arrêté", a decree ("par arrêté préfectoral"), was
//! read as arrested against aid to be released (`english.rs`, `reads_as_outcome`); with
//! the near cases that must still flag.

use super::tests_condition::{flagged, unflagged};

#[test]
fn a_french_decree_is_no_arrest() {
    // Trial 58 item 10: "release ≠ arrêté".
    unflagged(
        "Dumont said the government would release 10 million euros in emergency aid for fishermen.",
        "La pêche a été interdite sur tout le secteur jusqu'à nouvel ordre par arrêté préfectoral.",
    );
    unflagged(
        "The suspect was released on bail.",
        "Un arrêté municipal interdit la baignade.",
    );
    // The participle still reads as arrested.
    flagged(
        "Le suspect a été arrêté par la police.",
        "Le suspect a été relâché.",
        "arrêté",
        "relâché",
        false,
    );
}

#[test]
fn one_of_a_crew_missing_against_the_whole_crew_rescued_is_flagged() {
    // Trial 58 item 2 (0.016, none; it none; the wire and the French daily 0.002, none).
    flagged(
        "One crew member is still missing.",
        "The whole crew was rescued.",
        "still missing",
        "was rescued",
        false,
    );
    flagged(
        "Un marinaio risulta disperso.",
        "Tutti i marinai sono stati tratti in salvo.",
        "disperso",
        "in salvo",
        false,
    );
    flagged(
        "One sailor, a 34-year-old Filipino deckhand, was still missing on Tuesday night.",
        "Tous les membres d'équipage ont été secourus sains et saufs, a assuré la préfecture.",
        "still missing",
        "secourus",
        false,
    );
}

#[test]
fn a_crew_and_others_are_not_one_subject() {
    for (a, b) in [
        // Someone else rescued, or of another group.
        (
            "One crew member is still missing.",
            "The captain was rescued.",
        ),
        (
            "One sailor was still missing on Tuesday.",
            "All the passengers were rescued.",
        ),
        ("A fisherman is missing.", "The whole crew was rescued."),
        // One fate on both sides.
        (
            "One crew member is still missing.",
            "A sailor is still missing.",
        ),
    ] {
        unflagged(a, b);
    }
}

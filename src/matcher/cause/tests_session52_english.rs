//! Tests of session 52's cause faults: a cause told with a phrase of where it was before
//! its verb ("A technical fault *in a transformer* caused the fire") was read as no cause,
//! so against "the cause … is not yet known" there was no flag (`cause/place_phrase.rs`);
//! and a noun of a cause with what it caused ("the cause of the fire … is not yet known")
//! told no link of a causal chain, so the headline "Fire at substation causes huge Berlin
//! blackout" scored 0.9 against it (`chain::noun_link`). With the near cases that must not
//! change.

use super::tests_chain::{chain, score};
use super::tests_trial50::{cause_flag, flagged, soft, unflagged};
use crate::matcher::align::CHAIN_FACTOR;

const UNKNOWN: &str = "Police say the cause of the fire at the substation is not yet known.";

#[test]
fn a_cause_told_with_its_place_against_one_not_yet_known_is_the_softer_kind() {
    // Session 52's pair: 0.575, no flag.
    soft(
        "A technical fault in a transformer caused the fire, the operator said.",
        UNKNOWN,
        "technical fault",
        "not yet known",
    );
    soft(
        "A short circuit at the substation triggered the fire.",
        UNKNOWN,
        "short circuit",
        "not yet known",
    );
    // Against another cause, the plain difference.
    flagged(
        "A technical fault in a transformer caused the fire, the operator said.",
        "Arson caused the fire, police said.",
        "technical fault",
        "Arson",
    );
}

#[test]
fn one_cause_told_with_and_without_its_place_or_a_mark_between_is_no_flag() {
    // One cause, told two ways.
    unflagged(
        "A technical fault in a transformer caused the fire, the operator said.",
        "The fire was caused by a technical fault, the operator said.",
    );
    // A mark between the phrase and the verb: "caused" is no verb of the fault.
    assert_eq!(
        cause_flag(
            "A technical fault, in the end, caused nothing; the fire had started earlier.",
            UNKNOWN
        ),
        None
    );
}

#[test]
fn an_effect_told_against_its_cause_not_known_is_two_links_of_one_chain() {
    // Session 52's pair: 0.897 before.
    let headline = "Fire at substation causes huge Berlin blackout";
    assert!(chain(headline, UNKNOWN));
    let s = score(headline, UNKNOWN);
    assert!(s <= CHAIN_FACTOR, "{s}");
    assert!(chain(
        "Der Brand verursachte einen Stromausfall in Berlin.",
        "Die Ursache des Brandes ist noch unklar."
    ));
}

#[test]
fn the_cause_of_one_effect_told_twice_is_no_chain() {
    for (a, b) in [
        // One effect: the fire.
        (
            "A technical fault in a transformer caused the fire.",
            "The cause of the fire is not yet known.",
        ),
        (
            "The cause of the fire was a short circuit.",
            "A short circuit caused the fire.",
        ),
        // One effect: the blackout.
        (
            "Fire at substation causes huge Berlin blackout",
            "The cause of the blackout was a fire at the substation.",
        ),
    ] {
        assert!(!chain(a, b), "{a} / {b}");
    }
    // No word of the link on either side: the score the model gives.
    assert!(
        score(
            "Fire at substation causes huge Berlin blackout",
            "The cause of the blackout was a fire at the substation."
        ) > CHAIN_FACTOR
    );
}

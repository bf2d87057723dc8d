//! Tests of session 52's outcome fault: an outcome asked after "whether" and a subject
//! ("Police are investigating whether the driver was drunk") against the same outcome
//! told plainly ("Police said the driver was drunk") had no flag; it is the softer kind
//! now (`hedge::asked_predicate`), as against the other's denial it already was. The
//! near cases must not change: told on both sides, asked on both sides, another outcome.

use super::tests_condition::{flagged, unflagged};

#[test]
fn an_outcome_asked_after_a_subject_against_the_same_told_is_the_softer_kind() {
    for (a, b, ta, tb) in [
        // Session 52's pair.
        (
            "Police are investigating whether the driver was drunk.",
            "Police said the driver was drunk.",
            "whether the driver was drunk",
            "drunk",
        ),
        (
            "Police are investigating whether he had been drinking.",
            "He had been drinking, police said.",
            "whether he had been drinking",
            "drinking",
        ),
        (
            "Investigators are trying to establish whether the bus driver was speeding.",
            "The bus driver was speeding, investigators said.",
            "whether the bus driver was speeding",
            "speeding",
        ),
    ] {
        flagged(a, b, ta, tb, true);
    }
    // Against the other's denial, as before (session 51).
    flagged(
        "Police are investigating whether the driver was drunk.",
        "The driver was not drunk, police said.",
        "whether the driver was drunk",
        "not drunk",
        true,
    );
}

#[test]
fn an_outcome_told_or_asked_on_both_sides_or_another_outcome_is_no_flag() {
    for (a, b) in [
        // Told on both sides.
        (
            "Police said the driver was drunk.",
            "The driver was drunk, police said.",
        ),
        // Asked on both sides.
        (
            "Police are investigating whether the driver was drunk.",
            "Officers want to know whether the driver was drunk at the time.",
        ),
        // Another outcome told.
        (
            "Police are investigating whether the driver was drunk.",
            "The driver was speeding, police said.",
        ),
        // The open side tells the word plainly too.
        (
            "Police are investigating whether the driver was drunk; a witness said he was drunk.",
            "Police said the driver was drunk.",
        ),
        // The development data's pairs: the word told not after "be" (a noun), or an
        // adverb asked.
        (
            "There have been conflicting reports over whether Warmbier was tortured.",
            "Doctors were unable to discover any physical evidence of abuse or torture.",
        ),
        (
            "Several justices questioned whether it was even worth trying.",
            "The justices struggled to fit the need to get at disruptive, even potentially dangerous, speech.",
        ),
        // A subject with a mark inside it is no subject of "whether".
        (
            "It is unclear whether the driver, police said, was drunk.",
            "Police said the driver was drunk.",
        ),
    ] {
        unflagged(a, b);
    }
}

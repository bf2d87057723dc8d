//! Tests of session 51's outcome faults (false and missing flags of session 50's last
//! pass): the bodies of people against the same people alive ("Rescuers brought out the
//! bodies of two miners" / "… two miners alive": `fate_table.rs`, `fates::of_whom`); a
//! harm denied of people at a place against the same kept safe ("No one at the bus stop
//! was harmed" / "Everyone at the bus stop was kept safe" was "No one at the bus ≠ bus":
//! `negation::after_subject_phrase`); a relative after a possessive, another person
//! ("Julio Mamani's brother died": `relatives.rs`); an outcome asked against the answer,
//! the softer kind ("investigating whether the driver was drunk" / "was not drunk":
//! `hedge::asked_from`); each with the near cases that must not change.

use super::tests_condition::{flagged, unflagged};

#[test]
fn the_bodies_of_people_against_the_same_people_alive_are_flagged() {
    for (a, b, ta, tb) in [
        // The session's pair.
        (
            "Rescuers brought out the bodies of two miners on Wednesday.",
            "Rescuers brought out two miners alive on Wednesday.",
            "bodies of",
            "alive",
        ),
        (
            "The remains of two climbers were found on Sunday.",
            "Two climbers were found alive on Sunday.",
            "remains of",
            "found alive",
        ),
        (
            "Los rescatistas sacaron los cuerpos de dos mineros el miércoles.",
            "Los rescatistas sacaron a dos mineros con vida el miércoles.",
            "cuerpos de",
            "con vida",
        ),
    ] {
        flagged(a, b, ta, tb, false);
    }
}

#[test]
fn bodies_against_bodies_or_alive_against_alive_or_other_people_are_no_flag() {
    for (a, b) in [
        // Both tell the dead.
        (
            "Rescuers brought out the bodies of two miners on Wednesday.",
            "Two bodies were recovered on Wednesday.",
        ),
        // Both tell the living.
        (
            "Rescuers brought out two miners alive on Wednesday.",
            "Two miners were rescued alive on Wednesday.",
        ),
        // Other people: two bodies, three others alive.
        (
            "Rescuers brought out the bodies of two miners on Wednesday.",
            "Rescuers brought out three miners alive on Wednesday.",
        ),
        // Session 50's two roles: dead and still trapped, on both sides.
        (
            "Rescuers brought out the bodies of two miners; three are still trapped.",
            "Three miners are still trapped, and two bodies have been recovered.",
        ),
    ] {
        unflagged(a, b);
    }
}

#[test]
fn no_harm_to_people_at_a_place_is_the_outcome_of_people_kept_safe() {
    for (a, b) in [
        // The session's pair.
        (
            "No one at the bus stop was harmed.",
            "Everyone at the bus stop was kept safe.",
        ),
        (
            "Nobody on board the ferry was hurt.",
            "All passengers on board the ferry were unharmed.",
        ),
        (
            "No one was harmed.",
            "Everyone at the bus stop was kept safe.",
        ),
    ] {
        unflagged(a, b);
    }
}

/// Asserts that the one word each text's negation denies (`negation::negated`) is its
/// word.
#[track_caller]
pub(super) fn assert_negated(cases: &[(&str, &str)]) {
    use super::negation::negated;
    use crate::matcher::text::{stemmer, tokenize};
    let stemmer = stemmer();
    for &(text, word) in cases {
        let toks = tokenize(text, &stemmer);
        let words: Vec<&str> = negated(&toks)
            .iter()
            .map(|&(_, j)| toks[j].norm.as_str())
            .collect();
        assert_eq!(words, [word], "{text}");
    }
}

#[test]
fn a_denial_told_after_a_place_reads_the_verb_not_the_place() {
    assert_negated(&[
        ("No one at the bus stop was harmed.", "harmed"),
        ("Nobody on board the ferry was hurt.", "hurt"),
        ("No one was harmed.", "harmed"),
        // No verb in reach: the word after the subject, as before.
        ("No one at the bus stop.", "bus"),
    ]);
}

#[test]
fn a_relative_after_a_possessive_is_another_person() {
    for (a, b) in [
        // The session's pair.
        (
            "Julio Mamani was rescued alive.",
            "Julio Mamani's brother died in the collapse.",
        ),
        (
            "Julio Mamani survived the collapse.",
            "Julio Mamani's wife was killed in the collapse.",
        ),
    ] {
        unflagged(a, b);
    }
    // The one named still flags.
    flagged(
        "Julio Mamani was rescued alive.",
        "Mamani's body was recovered on Friday.",
        "was rescued",
        "body was recovered",
        false,
    );
    flagged(
        "Julio Mamani survived the collapse.",
        "Julio Mamani was killed in the collapse.",
        "survived",
        "killed",
        false,
    );
}

#[test]
fn an_outcome_asked_against_the_answer_is_the_softer_kind() {
    for (a, b, ta, tb) in [
        // The session's pair.
        (
            "Police are investigating whether the driver was drunk.",
            "The driver was not drunk, police said.",
            "whether the driver was drunk",
            "not drunk",
        ),
        (
            "Police are investigating whether the driver was speeding.",
            "The driver was not speeding, police said.",
            "whether the driver was speeding",
            "not speeding",
        ),
    ] {
        flagged(a, b, ta, tb, true);
    }
    // Told on both sides, the plain difference.
    flagged(
        "Police said the driver was drunk.",
        "The driver was not drunk, police said.",
        "drunk",
        "not drunk",
        false,
    );
}

//! Tests of session 55's cause faults (trial 57, the CLI on its articles): a crash's
//! cause told as a plain fact with no cue ("Police said the driver fell asleep.") had no
//! cause flag against another cause, nor "too fast" as speed (`cause/plain.rs`, the speed
//! class of `CAUSES`); a crash told as what killed ("was killed in the crash") had a flag
//! against a cause of the crash ("crash ≠ fallo de los frenos": one chain,
//! `cause::two_classes`). With the near cases that must not flag.

use super::tests_trial50::{cause_flag, flagged, unflagged};

#[test]
fn a_crash_cause_told_with_no_cue_differs_from_another() {
    // Trial 57's pair (0.002, no flag).
    flagged(
        "Police said the driver fell asleep.",
        "Police said the crash was caused by brake failure.",
        "fell asleep",
        "brake",
    );
    flagged(
        "Police said the driver was drunk.",
        "Police said the crash was caused by a burst tyre.",
        "drunk",
        "burst tyre",
    );
    // "Too fast" is speed, with or without a cue.
    flagged(
        "Some survivors said the coach had been travelling too fast on the descent.",
        "Police said the crash was caused by brake failure.",
        "too fast",
        "brake",
    );
    flagged(
        "Der Bus sei bei der Talfahrt viel zu schnell gewesen.",
        "Die Polizei geht von einem Bremsversagen aus.",
        "zu schnell",
        "Bremsversagen",
    );
}

#[test]
fn a_state_told_of_no_driver_or_denied_or_the_same_is_no_cause() {
    for (a, b) in [
        // No driver or road vehicle named: no crash's cause.
        (
            "The passengers fell asleep.",
            "Police said the crash was caused by brake failure.",
        ),
        (
            "Prices rose too fast, the minister said.",
            "Police said the crash was caused by brake failure.",
        ),
        // Denied.
        (
            "Police said the driver had not fallen asleep.",
            "Police said the crash was caused by brake failure.",
        ),
        // The same cause told both ways.
        (
            "Police said the driver fell asleep.",
            "Police said the crash was caused by the driver falling asleep at the wheel.",
        ),
        (
            "The coach was travelling too fast.",
            "The crash was caused by excessive speed.",
        ),
        // A part examined is no cause told.
        (
            "The prosecutor ordered an examination of the vehicle's brakes.",
            "Police said the driver fell asleep.",
        ),
    ] {
        unflagged(a, b);
    }
}

#[test]
fn a_crash_that_killed_against_what_caused_the_crash_is_no_flag() {
    for (a, b) in [
        // Trial 57, the CLI: "crash ≠ fallo de los frenos".
        (
            "The 58-year-old driver, a German national, was killed in the crash, police said.",
            "La fiscalía de Innsbruck ha abierto una investigación para aclarar si el accidente se debió a un fallo de los frenos.",
        ),
        (
            "Seven people were killed in the crash.",
            "Police said initial evidence pointed to brake failure.",
        ),
        (
            "Seven people were killed in the crash.",
            "The crash was caused by excessive speed.",
        ),
    ] {
        unflagged(a, b);
    }
    // Two causes of one death still differ: a crash against a fire, a landslide.
    flagged(
        "Two people were killed in a crash.",
        "Two people were killed in a fire.",
        "crash",
        "fire",
    );
    assert!(cause_flag(
        "Two people were killed in a crash.",
        "Two people were killed in a landslide.",
    )
    .is_some());
}

//! Tests of trial 58's cause faults (an oil tanker aground off Brittany told in English,
//! French and Italian): the causes of a grounding, a technical failure against a human
//! error ("An engine failure caused the tanker to run aground" / "Human error caused …",
//! fr "avarie moteur" / "erreur de navigation", it "avaria al motore" / "errore di
//! navigazione"), had no cause flag, in any language, nor told after "because", "after"
//! an accident, as the cause that "was the most likely cause" or as a line of inquiry;
//! with the near cases that must not flag.

use super::tests_trial50::{flagged, soft, unflagged};
use super::tests_trial57::solid;

#[test]
fn a_technical_failure_against_a_human_error_differs() {
    // Trial 58 M1, the tester's pairs (0.973, 0.930, 0.853, 0.973, 0.830, 0.860: none).
    solid(
        "An engine failure caused the tanker to run aground.",
        "Human error caused the tanker to run aground.",
        "engine failure",
        "Human error",
    );
    solid(
        "The tanker ran aground after an engine failure.",
        "The tanker ran aground after a navigation error.",
        "engine failure",
        "navigation error",
    );
    flagged(
        "L'échouement est dû à une avarie moteur.",
        "L'échouement est dû à une erreur de navigation.",
        "avarie moteur",
        "erreur de navigation",
    );
    flagged(
        "L'incagliamento è stato causato da un'avaria al motore.",
        "L'incagliamento è stato causato da un errore di navigazione.",
        "un'avaria al motore",
        "errore di navigazione",
    );
    flagged(
        "The tanker ran aground because of an engine failure.",
        "The tanker ran aground because the captain decided to sail into the storm.",
        "engine failure",
        "captain decided",
    );
    solid(
        "A brake failure caused the crash.",
        "A navigation error caused the crash.",
        "brake",
        "navigation error",
    );
    // A technical failure told without its part, against a human error (trial 53's class,
    // read against arson only before).
    flagged(
        "The grounding was caused by a technical failure.",
        "The grounding was caused by human error.",
        "technical failure",
        "human error",
    );
}

#[test]
fn a_suspected_cause_of_a_grounding_is_the_softer_kind() {
    // Trial 58 item 1: the wire against the French daily and its English control (0.002,
    // 0.011: no flag, no card).
    soft(
        "The prefecture said an engine failure was the most likely cause of the grounding.",
        "Selon nos informations, les enquêteurs privilégient la piste d'une erreur de navigation.",
        "engine failure",
        "erreur de navigation",
    );
    soft(
        "The prefecture said an engine failure was the most likely cause of the grounding.",
        "Investigators favour the theory of a navigation error.",
        "engine failure",
        "navigation error",
    );
    // The captain's decision as the cause, in English and Italian (the English was
    // "~outcome: likely cause ≠ cause", the Italian none).
    soft(
        "The prefecture said an engine failure was the most likely cause of the grounding.",
        "Officials said the cause of the accident was the captain's decision to keep sailing despite the weather warning.",
        "engine failure",
        "captain's decision",
    );
    soft(
        "The prefecture said an engine failure was the most likely cause of the grounding.",
        "Secondo la procura, la causa dell'incidente sarebbe la decisione del comandante di proseguire la navigazione.",
        "engine failure",
        "decisione del comandante",
    );
    // Told plainly as the cause: solid.
    solid(
        "An engine failure was the cause of the grounding.",
        "Human error was the cause of the grounding.",
        "engine failure",
        "Human error",
    );
}

#[test]
fn one_cause_of_a_grounding_told_two_ways_does_not_flag() {
    for (a, b) in [
        // One cause, two languages or two words.
        (
            "An engine failure caused the tanker to run aground.",
            "L'échouement est dû à une avarie moteur.",
        ),
        (
            "The tanker ran aground after a navigation error.",
            "Human error caused the tanker to run aground.",
        ),
        // A human error may be the driver's own fault: no conflict.
        (
            "The crash was caused by human error.",
            "The crash was caused by the driver falling asleep at the wheel.",
        ),
        (
            "The crash was caused by human error.",
            "The crash was caused by excessive speed.",
        ),
        // A technical failure may be the engine's.
        (
            "The grounding was caused by a technical failure.",
            "The grounding was caused by an engine failure.",
        ),
        // One side names both causes.
        (
            "An engine failure and human error caused the grounding.",
            "Human error caused the grounding.",
        ),
        // "after" with no accident before it is no cause's cue; "because" of no cause.
        (
            "The captain spoke after an engine failure was reported.",
            "The captain spoke after a navigation error was reported.",
        ),
        (
            "The tanker ran aground because of the storm.",
            "The tanker ran aground after an engine failure.",
        ),
    ] {
        unflagged(a, b);
    }
}

#[test]
fn a_likely_cause_is_no_outcome() {
    use crate::matcher::prepared::{Idf, Prepared};
    use crate::matcher::results::DiscrepancyKind;
    // Trial 58: "~outcome: likely cause ≠ cause", a wrong kind with no meaning.
    let idf = Idf::builtin();
    let a = Prepared::new(
        "The prefecture said an engine failure was the most likely cause of the grounding.",
        idf,
    );
    let b = Prepared::new(
        "Officials said the cause of the accident was the captain's decision to keep sailing despite the weather warning.",
        idf,
    );
    let kinds: Vec<DiscrepancyKind> = crate::matcher::flags::discrepancies(&a, &b)
        .into_iter()
        .map(|d| d.kind)
        .collect();
    assert!(!kinds.contains(&DiscrepancyKind::Outcome), "{kinds:?}");
    assert!(kinds.contains(&DiscrepancyKind::Cause), "{kinds:?}");
}

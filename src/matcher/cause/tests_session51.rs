//! Tests of session 51's cause faults: objects that start fires, told as the subject of
//! the verb that started it ("A cigarette started the fire" / "A candle started the
//! fire", in seven languages: `lexicon/fire_starts.rs`); a fire set on purpose against one
//! told as an accident ("The fire was started deliberately" / "The fire was an accident":
//! `cause/accidental.rs`); an electrical fault as the subject ("An electrical fault
//! caused the fire" / "Arson caused the fire"); with the near cases that must not flag.

use super::tests_trial50::{cause_flag, flagged, soft, unflagged};

#[test]
fn two_objects_that_started_a_fire_differ() {
    for (a, b, ta, tb) in [
        // The session's pair.
        (
            "A cigarette started the fire.",
            "A candle started the fire.",
            "cigarette",
            "candle",
        ),
        (
            "A faulty heater started the blaze, firefighters said.",
            "Fireworks started the blaze, firefighters said.",
            "heater",
            "Fireworks",
        ),
        (
            "The fire was started by a barbecue.",
            "The fire was started by a cigarette.",
            "barbecue",
            "cigarette",
        ),
        // Six more languages.
        (
            "Une cigarette a déclenché l'incendie.",
            "Une bougie a déclenché l'incendie.",
            "cigarette",
            "bougie",
        ),
        (
            "Eine Zigarette verursachte den Brand.",
            "Eine Kerze verursachte den Brand.",
            "Zigarette",
            "Kerze",
        ),
        (
            "Un cigarrillo inició el incendio.",
            "Una estufa inició el incendio.",
            "cigarrillo",
            "estufa",
        ),
        (
            "Una sigaretta ha provocato l'incendio.",
            "Una candela ha provocato l'incendio.",
            "sigaretta",
            "candela",
        ),
        (
            "Um cigarro provocou o incêndio.",
            "Um aquecedor provocou o incêndio.",
            "cigarro",
            "aquecedor",
        ),
        (
            "Een sigaret veroorzaakte de brand.",
            "Vuurwerk veroorzaakte de brand.",
            "sigaret",
            "Vuurwerk",
        ),
    ] {
        flagged(a, b, ta, tb);
    }
}

#[test]
fn one_object_told_twice_or_a_fire_that_started_somewhere_is_no_flag() {
    for (a, b) in [
        // One cause, told two ways.
        (
            "A cigarette started the fire.",
            "A discarded cigarette is thought to have started it.",
        ),
        (
            "A cigarette started the fire.",
            "The fire was started by a cigarette.",
        ),
        // Where the fire started is no cause.
        (
            "The fire started in the kitchen.",
            "A candle started the fire.",
        ),
        // What else a candle did.
        ("A candle lit the room.", "A cigarette started the fire."),
    ] {
        unflagged(a, b);
    }
}

#[test]
fn a_fire_set_on_purpose_against_an_accident_differs() {
    for (a, b, ta, tb) in [
        // The session's pair.
        (
            "The fire was started deliberately.",
            "The fire was an accident.",
            "started deliberately",
            "an accident",
        ),
        (
            "Arson caused the fire, police said.",
            "The fire was accidental, police said.",
            "Arson",
            "accidental",
        ),
        (
            "Der Brand wurde vorsätzlich gelegt.",
            "Der Brand war ein Unfall.",
            "vorsätzlich gelegt",
            "ein Unfall",
        ),
        (
            "El incendio fue provocado intencionadamente.",
            "El incendio fue un accidente.",
            "provocado intencionadamente",
            "un accidente",
        ),
    ] {
        flagged(a, b, ta, tb);
    }
}

#[test]
fn an_accident_against_another_cause_or_denied_is_no_flag() {
    for (a, b) in [
        // An accident may be any cause not set on purpose.
        ("The fire was an accident.", "A candle started the fire."),
        (
            "The fire was accidental.",
            "The fire was caused by an electrical fault.",
        ),
        // Not an accident: told as arson's side.
        (
            "The fire was not an accident.",
            "The fire was started deliberately.",
        ),
        // A death in an accidental fire is a fire.
        (
            "Two people died in an accidental fire.",
            "Two people died in a fire.",
        ),
    ] {
        unflagged(a, b);
    }
    // Told with a hedge: the softer kind.
    soft(
        "The fire may have been started deliberately.",
        "The fire was an accident.",
        "started deliberately",
        "an accident",
    );
}

#[test]
fn an_electrical_fault_as_the_subject_against_arson_differs() {
    flagged(
        "An electrical fault caused the fire.",
        "Arson caused the fire.",
        "electrical fault",
        "Arson",
    );
    flagged(
        "The fire was caused by an electrical fault.",
        "The fire was caused by arson.",
        "electrical fault",
        "arson",
    );
    assert_eq!(
        cause_flag(
            "An electrical fault caused the fire.",
            "Faulty wiring caused the fire."
        ),
        None
    );
}

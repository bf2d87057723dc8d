//! Tests of trial 56's cause faults: the causes of an explosion (a gas leak, a bomb, an
//! act done on purpose, an accident) told differently had no flag, in seven languages; a
//! cause told as a line of inquiry ("la piste d'un acte criminel") is suspected, the
//! softer kind; with the near cases that must not flag.

use super::tests_trial50::{cause_flag, flagged, soft, unflagged};

#[test]
fn a_gas_leak_against_a_bomb_or_an_act_on_purpose_differs() {
    // Trial 56, the tester's pairs (0.991, 0.988, 0.759: no flag).
    flagged(
        "Investigators believe a gas leak caused the explosion.",
        "Investigators believe a bomb caused the explosion.",
        "gas leak",
        "bomb",
    );
    flagged(
        "Investigators believe a gas leak caused the explosion.",
        "Investigators believe the explosion was caused deliberately.",
        "gas leak",
        "caused deliberately",
    );
    flagged(
        "Une fuite de gaz a provoqué l'explosion.",
        "Un acte criminel a provoqué l'explosion.",
        "fuite de gaz",
        "acte criminel",
    );
    // Six more languages.
    flagged(
        "Die Explosion wurde durch ein Gasleck verursacht.",
        "Die Explosion wurde durch einen Sprengsatz ausgelöst.",
        "Gasleck",
        "Sprengsatz",
    );
    flagged(
        "Una fuga de gas provocó la explosión.",
        "Un artefacto explosivo provocó la explosión.",
        "fuga de gas",
        "artefacto explosivo",
    );
    flagged(
        "Una fuga di gas ha causato l'esplosione.",
        "Un atto criminale ha causato l'esplosione.",
        "fuga di gas",
        "atto criminale",
    );
    flagged(
        "Uma fuga de gás provocou a explosão.",
        "Uma bomba provocou a explosão.",
        "fuga de gás",
        "bomba",
    );
    flagged(
        "De explosie werd veroorzaakt door een gaslek.",
        "De explosie werd veroorzaakt door een bom aanslag.",
        "gaslek",
        // "een bom" is read since session 54 ("bom" alone is Portuguese "good").
        "een bom",
    );
}

#[test]
fn an_accident_against_an_act_on_purpose_differs_for_any_event() {
    // Trial 56: the fire's version flagged, the explosion's did not.
    flagged(
        "The explosion was an accident.",
        "The explosion was caused deliberately.",
        "an accident",
        "caused deliberately",
    );
    flagged(
        "L'explosion est un accident.",
        "L'explosion est un acte criminel.",
        "un accident",
        "un acte criminel",
    );
    flagged(
        "The explosion was an accident, police said.",
        "The explosion was deliberate, police said.",
        "an accident",
        "deliberate",
    );
    flagged(
        "Die Explosion war ein Unfall.",
        "Die Explosion war ein Anschlag.",
        "ein Unfall",
        "ein Anschlag",
    );
}

#[test]
fn one_cause_on_purpose_told_two_ways_or_a_bomb_and_a_blast_agree() {
    for (a, b) in [
        // Causes set on purpose agree.
        (
            "Investigators believe a bomb caused the explosion.",
            "The explosion was a criminal act.",
        ),
        (
            "The explosion was caused deliberately.",
            "Un acte criminel a provoqué l'explosion.",
        ),
        (
            "The fire was started deliberately.",
            "The fire was a criminal act.",
        ),
        // A bomb is an explosion.
        (
            "Two people were killed in a bomb blast.",
            "Two people were killed in an explosion.",
        ),
        (
            "Two people were killed by a bomb.",
            "Two people were killed in a blast.",
        ),
        // One cause in two languages or wordings.
        (
            "A gas leak caused the explosion.",
            "Une fuite de gaz a provoqué l'explosion.",
        ),
        (
            "The explosion was caused by a gas leak.",
            "A gas leak caused the explosion, officials said.",
        ),
        // An accident may be a gas leak.
        (
            "The explosion was an accident.",
            "A gas leak caused the explosion.",
        ),
        (
            "L'explosion est un accident.",
            "Une fuite de gaz a provoqué l'explosion.",
        ),
        // An act denied is no cause told.
        (
            "The explosion was not a criminal act.",
            "A gas leak caused the explosion.",
        ),
        (
            "The explosion was not deliberate.",
            "The explosion was an accident.",
        ),
        // Firefighters are no bomb (es "bomberos", pt "bombeiros").
        (
            "Los bomberos dijeron que una fuga de gas provocó la explosión.",
            "Una fuga de gas provocó la explosión.",
        ),
    ] {
        unflagged(a, b);
    }
}

#[test]
fn a_cause_told_as_a_line_of_inquiry_is_the_softer_kind() {
    // Trial 56, the tester's pairs (no flag).
    soft(
        "Les enquêteurs pensent qu'une fuite de gaz a provoqué l'explosion.",
        "Selon une source proche de l'enquête, la piste d'un acte criminel est désormais privilégiée.",
        "fuite de gaz",
        "acte criminel",
    );
    soft(
        "Investigators believe a gas leak caused the explosion.",
        "According to a source close to the investigation, a criminal act is now the main line of inquiry.",
        "gas leak",
        "criminal act",
    );
    soft(
        "Investigators believe a gas leak caused the explosion.",
        "La piste criminelle est privilégiée.",
        "gas leak",
        "piste criminelle",
    );
    soft(
        "Gli investigatori ritengono che una fuga di gas abbia causato l'esplosione.",
        "La pista di un attentato è ora la più seguita.",
        "fuga di gas",
        "attentato",
    );
    assert_eq!(
        cause_flag(
            "The explosion was caused by a gas leak.",
            "The explosion was caused by a bomb."
        ),
        Some(("gas leak".into(), "bomb".into(), false))
    );
}

#[test]
fn a_line_of_inquiry_of_the_same_cause_or_of_no_cause_is_no_flag() {
    for (a, b) in [
        (
            "The explosion was caused deliberately.",
            "La piste d'un acte criminel est désormais privilégiée.",
        ),
        (
            "A gas leak caused the explosion.",
            "La piste d'une fuite de gaz est privilégiée.",
        ),
        // A line that is no line of inquiry.
        (
            "A gas leak caused the explosion.",
            "The bomb squad worked on the front line.",
        ),
        (
            "A gas leak caused the explosion.",
            "Police have opened an investigation.",
        ),
    ] {
        unflagged(a, b);
    }
}

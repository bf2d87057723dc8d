//! Tests of trial 53's cause faults: F3, a cause investigated or suspected against the
//! same ruled out ("Police are investigating whether the fire was an act of sabotage" /
//! "Police have ruled out sabotage", de "ermittelt wegen Sabotage" / "schließt Sabotage
//! aus"), the softer kind; F4, a technical fault, a faulty transformer or a short circuit
//! against arson or sabotage, in seven languages; with the near cases that must not flag.

use super::tests_trial50::{cause_flag, flagged, soft, unflagged};

#[test]
fn a_cause_investigated_against_the_same_ruled_out_is_the_softer_kind() {
    // Trial 53 F3, the tester's pairs.
    soft(
        "Police are investigating whether the fire was an act of sabotage.",
        "Police have ruled out sabotage.",
        "investigating whether the fire was an act of sabotage",
        "ruled out sabotage",
    );
    soft(
        "Die Polizei ermittelt wegen Sabotage.",
        "Die Polizei schließt Sabotage aus.",
        "ermittelt wegen Sabotage",
        "schließt Sabotage aus",
    );
    soft(
        "Police suspect arson, a spokesman said.",
        "Police have ruled out arson, a spokesman said.",
        "suspect arson",
        "ruled out arson",
    );
    soft(
        "La police enquête pour sabotage.",
        "La police exclut un sabotage.",
        "enquête pour sabotage",
        "exclut un sabotage",
    );
    soft(
        "De politie onderzoekt sabotage.",
        "De politie sluit sabotage uit.",
        "onderzoekt sabotage",
        "sluit sabotage uit",
    );
}

#[test]
fn a_cause_investigated_and_another_ruled_out_or_not_ruled_out_is_no_flag() {
    for (a, b) in [
        // Another cause ruled out.
        (
            "Police are investigating whether the fire was an act of sabotage.",
            "Police have ruled out a short circuit.",
        ),
        // Not ruled out: a negation between the verb and its particle, or before it.
        (
            "Die Polizei ermittelt wegen Sabotage.",
            "Die Polizei schließt Sabotage nicht aus.",
        ),
        (
            "Police are investigating whether the fire was an act of sabotage.",
            "Police have not ruled out sabotage.",
        ),
        // Both investigate.
        (
            "Police are investigating whether the fire was an act of sabotage.",
            "Die Polizei ermittelt wegen Sabotage.",
        ),
        // Investigating no cause of a class: the fire itself.
        (
            "Police are investigating the fire.",
            "Police have ruled out that the fire spread to the station.",
        ),
    ] {
        assert_eq!(cause_flag(a, b), None, "{a} / {b}");
        assert_eq!(cause_flag(b, a), None, "{b} / {a}");
    }
}

#[test]
fn a_technical_fault_against_arson_or_sabotage_differs() {
    // Trial 53 F4, the tester's pairs.
    flagged(
        "Investigators said a faulty transformer caused the fire.",
        "Investigators said arson caused the fire.",
        "faulty transformer",
        "arson",
    );
    flagged(
        "The fire was caused by a faulty transformer, police said.",
        "The fire was caused by sabotage, police said.",
        "faulty transformer",
        "sabotage",
    );
    flagged(
        "The fire was caused by a short circuit, police said.",
        "The fire was caused by sabotage, police said.",
        "short circuit",
        "sabotage",
    );
    flagged(
        "The fire was caused by a technical defect, police said.",
        "The fire was caused by arson, police said.",
        "technical defect",
        "arson",
    );
    // Six more languages.
    flagged(
        "Der Brand wurde durch einen technischen Defekt verursacht.",
        "Der Brand wurde durch Brandstiftung verursacht.",
        "technischen Defekt",
        "Brandstiftung",
    );
    flagged(
        "L'incendie a été causé par un court-circuit.",
        "L'incendie a été causé par un sabotage.",
        "court-circuit",
        "sabotage",
    );
    flagged(
        "El incendio fue provocado por un cortocircuito.",
        "El incendio fue provocado por un sabotaje.",
        "cortocircuito",
        "sabotaje",
    );
    flagged(
        "L'incendio è stato causato da un guasto tecnico.",
        "L'incendio è stato causato da un sabotaggio.",
        "guasto tecnico",
        "sabotaggio",
    );
    flagged(
        "O incêndio foi causado por um curto-circuito.",
        "O incêndio foi causado por sabotagem.",
        "curto-circuito",
        "sabotagem",
    );
    flagged(
        "De brand werd veroorzaakt door kortsluiting.",
        "De brand werd veroorzaakt door sabotage.",
        "kortsluiting",
        "sabotage",
    );
}

#[test]
fn a_technical_fault_against_another_accidental_cause_or_arson_against_sabotage_is_no_flag() {
    for (a, b) in [
        // A technical fault may be any accidental cause.
        (
            "The fire was caused by a technical defect, police said.",
            "The fire was caused by faulty wiring, police said.",
        ),
        (
            "The derailment was caused by a technical fault.",
            "The derailment was blamed on a faulty switch.",
        ),
        // Arson is sabotage.
        (
            "The fire was caused by arson, police said.",
            "The fire was caused by sabotage, police said.",
        ),
        // A transformer and a short circuit: one cause.
        (
            "Investigators said a faulty transformer caused the fire.",
            "The fire was caused by a short circuit, police said.",
        ),
        // One side tells both ("a short circuit, not … sabotage", with sabotage told by
        // the other, is a cause denied: flagged since trial 55, `cause/tests_trial55.rs`).
        (
            "The fire was caused by a short circuit or by sabotage, police said.",
            "The fire was caused by sabotage, police said.",
        ),
    ] {
        unflagged(a, b);
    }
}

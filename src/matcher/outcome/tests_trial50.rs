//! Tests of trial 50's outcome fault F1: a person killed against the same person who
//! survived, in the seven languages ("Le conducteur a été tué" / "a survécu", nl "kwam
//! om" / "overleefde": French and Dutch were not read, `fate_table.rs`), with the near
//! cases that must not flag.

use super::tests_condition::unflagged;

/// Asserts the solid outcome flag `ta` / `tb` both ways round.
#[track_caller]
fn flagged(a: &str, b: &str, ta: &str, tb: &str) {
    super::tests_condition::flagged(a, b, ta, tb, false);
}

#[test]
fn killed_against_survived_is_flagged_in_french_and_dutch() {
    // Trial 50 F1, the tester's pairs.
    flagged(
        "Le conducteur a été tué dans le déraillement, a indiqué la SNCF.",
        "Le conducteur a survécu au déraillement, a indiqué la SNCF.",
        "tué",
        "survécu",
    );
    flagged(
        "Le conducteur est mort dans l'accident.",
        "Le conducteur a survécu à l'accident.",
        "mort",
        "survécu",
    );
    flagged(
        "Le conducteur a été tué, selon la SNCF.",
        "Le conducteur a survécu, selon la SNCF.",
        "tué",
        "survécu",
    );
    flagged(
        "Le conducteur est décédé.",
        "Le conducteur survit.",
        "décédé",
        "survit",
    );
    flagged(
        "De machinist kwam om bij het ongeluk.",
        "De machinist overleefde het ongeluk.",
        "kwam",
        "overleefde",
    );
    flagged(
        "De machinist is overleden.",
        "De machinist heeft het ongeluk overleefd.",
        "overleden",
        "overleefd",
    );
}

#[test]
fn killed_against_survived_stays_flagged_in_the_other_five_languages() {
    flagged(
        "The driver was killed in the derailment.",
        "The driver survived the derailment.",
        "killed",
        "survived",
    );
    flagged(
        "El conductor murió en el accidente.",
        "El conductor sobrevivió al accidente.",
        "murió",
        "sobrevivió",
    );
    flagged(
        "Il macchinista è morto nell'incidente.",
        "Il macchinista è sopravvissuto all'incidente.",
        "morto",
        "sopravvissuto",
    );
    flagged(
        "O maquinista morreu no acidente.",
        "O maquinista sobreviveu ao acidente.",
        "morreu",
        "sobreviveu",
    );
    flagged(
        "Der Lokführer starb bei dem Unfall.",
        "Der Lokführer überlebte den Unfall.",
        "starb",
        "überlebte",
    );
}

#[test]
fn survived_on_both_sides_or_of_other_people_or_a_vote_is_not_flagged() {
    // The same fate on both sides.
    unflagged(
        "Le conducteur a survécu au déraillement.",
        "Le conducteur a survécu à l'accident, selon la SNCF.",
    );
    unflagged(
        "De machinist overleefde het ongeluk.",
        "De machinist heeft het ongeluk overleefd, meldt de NS.",
    );
    // Both fates told on both sides, of two people.
    unflagged(
        "Deux passagers ont été tués et le conducteur a survécu.",
        "Le conducteur a survécu, mais deux passagers ont été tués.",
    );
    // Died, not survived: "overleden" is no "overleefd".
    unflagged(
        "De machinist is overleden.",
        "De machinist kwam om bij het ongeluk.",
    );
    // A government survived a vote: no death.
    unflagged(
        "Le gouvernement a survécu à la motion de censure.",
        "Le gouvernement a survécu au vote de confiance.",
    );
}

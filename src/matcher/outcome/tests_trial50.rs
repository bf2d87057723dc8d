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

#[test]
fn among_the_victims_against_survived_is_flagged_in_seven_languages() {
    // Trial 50 F1 rest (session 48), the tester's pair: 87 %, no flag.
    flagged(
        "Le conducteur fait partie des victimes, a indiqué la SNCF.",
        "Le conducteur a survécu, grièvement blessé, a indiqué la SNCF.",
        "partie des victimes",
        "survécu",
    );
    flagged(
        "Le conducteur figure parmi les victimes de l'accident.",
        "Le conducteur a survécu à l'accident.",
        "parmi les victimes",
        "survécu",
    );
    // English "survived" is read against the dead by the casualty lexicon's opposites
    // (`outcome.rs`), not by the fate table: against a phrase of the table's side.
    flagged(
        "The driver was among the victims, SNCF said.",
        "The driver escaped unharmed, SNCF said.",
        "among the victims",
        "unharmed",
    );
    flagged(
        "Der Lokführer ist unter den Opfern.",
        "Der Lokführer überlebte den Unfall.",
        "unter den Opfern",
        "überlebte",
    );
    flagged(
        "El conductor está entre las víctimas del accidente.",
        "El conductor sobrevivió al accidente.",
        "entre las víctimas",
        "sobrevivió",
    );
    flagged(
        "Il macchinista è tra le vittime dell'incidente.",
        "Il macchinista è sopravvissuto all'incidente.",
        "tra le vittime",
        "sopravvissuto",
    );
    flagged(
        "O maquinista está entre as vítimas do acidente.",
        "O maquinista sobreviveu ao acidente.",
        "entre as vítimas",
        "sobreviveu",
    );
    flagged(
        "De machinist is een van de slachtoffers.",
        "De machinist overleefde het ongeluk.",
        "een van de slachtoffers",
        "overleefde",
    );
}

#[test]
fn among_the_injured_or_victims_of_no_one_named_is_not_flagged() {
    // Among the injured: a survivor.
    unflagged(
        "Le conducteur fait partie des blessés, a indiqué la SNCF.",
        "Le conducteur a survécu, grièvement blessé, a indiqué la SNCF.",
    );
    unflagged(
        "The driver was among the injured.",
        "The driver survived the derailment.",
    );
    // The victims told of, no one placed among them.
    unflagged(
        "« Nos pensées vont aux victimes et à leurs familles », a déclaré la PDG.",
        "Le conducteur a survécu à l'accident.",
    );
    // Among the victims on both sides.
    unflagged(
        "Le conducteur fait partie des victimes.",
        "Le conducteur figure parmi les victimes, selon la SNCF.",
    );
    // Another person among the victims.
    unflagged(
        "Une passagère fait partie des victimes.",
        "Le conducteur a survécu à l'accident.",
    );
}

#[test]
fn an_act_denied_in_one_language_and_told_done_in_another_is_flagged() {
    // Session 48: articles in two languages, "n'a pas payé la rançon" / "paid the ransom".
    let neg = |a: &str, b: &str| {
        let f = super::tests_condition::outcome_flag(a, b);
        assert!(f.as_ref().is_some_and(|f| !f.2), "{a} / {b}: {f:?}");
        let g = super::tests_condition::outcome_flag(b, a);
        assert!(g.as_ref().is_some_and(|g| !g.2), "{b} / {a}: {g:?}");
    };
    neg(
        "L'hôpital n'a pas payé la rançon, a indiqué sa direction.",
        "The hospital paid the ransom, its management said.",
    );
    neg(
        "The hospital did not pay the ransom.",
        "Das Krankenhaus hat das Lösegeld gezahlt.",
    );
    neg(
        "El hospital no pagó el rescate.",
        "Het ziekenhuis heeft het losgeld betaald.",
    );
    neg(
        "Les sauveteurs n'ont pas retrouvé le corps.",
        "Rescuers found the body on Tuesday.",
    );
}

#[test]
fn one_act_denied_on_both_sides_or_another_act_is_not_flagged_across_languages() {
    // Both deny it.
    unflagged(
        "L'hôpital n'a pas payé la rançon.",
        "The hospital did not pay the ransom.",
    );
    // Both tell it done.
    unflagged(
        "L'hôpital a payé la rançon.",
        "The hospital paid the ransom.",
    );
    // A denied act against another act.
    unflagged(
        "L'hôpital n'a pas payé la rançon.",
        "The hospital negotiated with the hackers.",
    );
    // Two acts in two languages.
    unflagged(
        "The hospital did not pay the ransom.",
        "Het ziekenhuis vond de hackers.",
    );
    unflagged(
        "L'hôpital n'a pas payé la rançon.",
        "Rescuers found the body on Tuesday.",
    );
}

//! Tests of trial 51's outcome fault F1: missing is an outcome (`fate_missing.rs`).
//! Someone still missing against the same person rescued, alive, survived or dead, in
//! seven languages, is flagged; missing told with a hedge ("feared missing", "unaccounted
//! for") gets the softer kind; other people, other counts, both fates in one report, a
//! mere possibility and the verb "vermissen" (to miss someone) stay unflagged.

use super::tests_condition::{flagged, unflagged};

#[test]
fn missing_against_rescued_survived_or_killed_is_flagged() {
    // Trial 51 F1, the tester's pairs.
    for (a, b, ta, tb) in [
        (
            "The bus driver was rescued from the water, police said.",
            "The bus driver is missing, police said.",
            "was rescued",
            "is missing",
        ),
        (
            "The bus driver was killed, police said.",
            "The bus driver is missing, police said.",
            "killed",
            "is missing",
        ),
        (
            "The bus driver survived, police said.",
            "The bus driver is still missing, police said.",
            "survived",
            "still missing",
        ),
        (
            "The bus driver is among the missing, police said.",
            "The bus driver was pulled alive from the river, police said.",
            "among the missing",
            "pulled alive",
        ),
        (
            "The driver of the bus was rescued by a boat crew.",
            "The bus driver is among the missing.",
            "was rescued",
            "among the missing",
        ),
        // In the full articles: the blog's post time counts no one.
        (
            "The driver of the bus was rescued from the water by a passing boat crew and taken to hospital.",
            "20:40 The bus driver is among the missing, the transport company BSAG said.",
            "was rescued",
            "among the missing",
        ),
        (
            "Nine people were killed, police said.",
            "20:40 Police said nine people are missing.",
            "killed",
            "are missing",
        ),
        (
            "Der Busfahrer wurde gerettet, sagte die Polizei.",
            "Der Busfahrer wird vermisst, sagte die Polizei.",
            "gerettet",
            "wird vermisst",
        ),
    ] {
        flagged(a, b, ta, tb, false);
    }
}

#[test]
fn missing_against_a_fate_told_is_flagged_in_the_other_languages() {
    for (a, b, ta, tb) in [
        (
            "Le chauffeur du bus a été secouru, selon la police.",
            "Le chauffeur du bus est porté disparu, selon la police.",
            "secouru",
            "porté disparu",
        ),
        (
            "El conductor del autobús fue rescatado, según la policía.",
            "El conductor del autobús sigue desaparecido, según la policía.",
            "rescatado",
            "sigue desaparecido",
        ),
        (
            "L'autista dell'autobus è stato salvato, ha detto la polizia.",
            "L'autista dell'autobus è disperso, ha detto la polizia.",
            "salvato",
            "disperso",
        ),
        (
            "O motorista do autocarro foi resgatado, disse a polícia.",
            "O motorista do autocarro continua desaparecido, disse a polícia.",
            "resgatado",
            "continua desaparecido",
        ),
        (
            "De buschauffeur werd gered, aldus de politie.",
            "De buschauffeur wordt vermist, aldus de politie.",
            "gered",
            "vermist",
        ),
    ] {
        flagged(a, b, ta, tb, false);
    }
}

#[test]
fn missing_told_with_a_hedge_is_the_softer_kind() {
    flagged(
        "The bus driver was rescued, police said.",
        "The bus driver is feared missing, police said.",
        "was rescued",
        "feared missing",
        true,
    );
    flagged(
        "The bus driver was killed, police said.",
        "The bus driver is still unaccounted for, police said.",
        "killed",
        "unaccounted for",
        true,
    );
    flagged(
        "The bus driver survived the collapse.",
        "The bus driver is believed to be missing.",
        "survived",
        "be missing",
        true,
    );
}

#[test]
fn missing_of_other_people_or_counts_or_both_told_is_not_flagged() {
    for (a, b) in [
        // Other people.
        (
            "The bus driver was rescued, police said.",
            "Two passengers are missing, police said.",
        ),
        // Other counts of one noun, after a post time too.
        (
            "Six people were killed, police said.",
            "Nine people are missing, police said.",
        ),
        (
            "Six people were killed, police said.",
            "20:40 Police said nine people are missing.",
        ),
        // Both fates in one report.
        (
            "Six people were killed and nine are missing, police said.",
            "Six people were killed, police said.",
        ),
        // A possibility.
        (
            "The bus driver was rescued, police said.",
            "The bus driver could be missing, police said.",
        ),
        // The missing in a noun phrase, no fate told of them.
        (
            "Rescuers searched for the missing through the night.",
            "Two people were rescued from the river.",
        ),
        // German "vermissen": to miss someone.
        (
            "Der Vater vermisst seine Tochter.",
            "Der Vater wurde gerettet.",
        ),
        // Both told missing.
        (
            "The bus driver is missing, police said.",
            "The bus driver is still missing, the company said.",
        ),
    ] {
        unflagged(a, b);
    }
}

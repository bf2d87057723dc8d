//! Tests of trial 48 F1 (`dying.rs`): a patient alive in some condition ("in critical
//! condition", "in a coma") against the patient dead is the solid kind of outcome flag, in
//! seven languages; a sentence that tells both, two others, a death told as possible and a
//! condition against a condition are not read so.

use super::tests_condition::{outcome_flag, unflagged};

/// Asserts the solid outcome flag `ta` / `tb` both ways round.
#[track_caller]
fn flagged(a: &str, b: &str, ta: &str, tb: &str) {
    super::tests_condition::flagged(a, b, ta, tb, false);
}

#[test]
fn a_patient_in_critical_condition_against_the_patient_dead_is_flagged() {
    // Trial 48 F1, the tester's pairs.
    flagged(
        "One skier was pulled out alive after nearly two hours under the snow and flown to \
         hospital in Sion, where he was in critical condition.",
        "One man was dug out alive after almost two hours and airlifted to a hospital in \
         Sion, but he died there in the evening.",
        "critical condition",
        "died",
    );
    flagged(
        "One skier was flown to hospital in Sion, where he was in critical condition.",
        "One skier was flown to hospital in Sion, where he died.",
        "critical condition",
        "died",
    );
    flagged(
        "The injured skier is in critical condition in hospital in Sion.",
        "The injured skier died in hospital in Sion.",
        "critical condition",
        "died",
    );
    flagged(
        "A skier was taken to hospital in Sion in critical condition, police said.",
        "A skier died in hospital in Sion, police said.",
        "critical condition",
        "died",
    );
    // Any level of a patient alive: serious, stable.
    flagged(
        "The driver is in serious condition in hospital.",
        "The driver died in hospital.",
        "serious condition",
        "died",
    );
    flagged(
        "The driver was in a stable condition on Tuesday.",
        "The driver died on Tuesday.",
        "stable condition",
        "died",
    );
}

#[test]
fn a_patient_in_a_coma_against_the_patient_dead_is_flagged() {
    flagged(
        "One skier was pulled out alive and is in a coma in hospital in Sion.",
        "One skier was pulled out alive but died in hospital in Sion.",
        "in a coma",
        "died",
    );
    flagged(
        "Le skieur est dans le coma à l'hôpital de Sion.",
        "Le skieur est décédé à l'hôpital de Sion.",
        "dans le coma",
        "décédé",
    );
    flagged(
        "Der Skifahrer liegt im Koma im Spital in Sitten.",
        "Der Skifahrer starb im Spital in Sitten.",
        "im Koma",
        "starb",
    );
}

#[test]
fn a_condition_against_death_is_flagged_in_seven_languages() {
    flagged(
        "Le skieur a été héliporté à l'hôpital de Sion, où il se trouvait dans un état critique.",
        "Le skieur a été héliporté à l'hôpital de Sion, où il est décédé.",
        "état critique",
        "décédé",
    );
    flagged(
        "Der Skifahrer wurde ins Spital geflogen, wo er in kritischem Zustand lag.",
        "Der Skifahrer wurde ins Spital geflogen, wo er starb.",
        "kritischem Zustand",
        "starb",
    );
    flagged(
        "El esquiador fue trasladado al hospital, donde se encuentra en estado crítico.",
        "El esquiador fue trasladado al hospital, donde murió.",
        "estado crítico",
        "murió",
    );
    flagged(
        "Lo sciatore è stato portato in ospedale, dove si trova in condizioni critiche.",
        "Lo sciatore è stato portato in ospedale, dove è morto.",
        "condizioni critiche",
        "morto",
    );
    flagged(
        "O esquiador foi levado para o hospital, onde está em estado crítico.",
        "O esquiador foi levado para o hospital, onde morreu.",
        "estado crítico",
        "morreu",
    );
    flagged(
        "De skiër werd naar het ziekenhuis gebracht, waar hij in kritieke toestand verkeert.",
        "De skiër werd naar het ziekenhuis gebracht, waar hij overleed.",
        "kritieke toestand",
        "overleed",
    );
}

#[test]
fn a_condition_against_death_is_not_flagged_where_it_is_no_contradiction() {
    // A sentence that tells both: in critical condition, later died.
    unflagged(
        "He was in critical condition and later died in hospital.",
        "He died in hospital in Sion.",
    );
    unflagged(
        "He was in critical condition and later died in hospital.",
        "He was in critical condition in hospital in Sion.",
    );
    unflagged(
        "Bettie Page passed away yesterday after lingering in a coma for a week.",
        "Bettie Page died in Los Angeles.",
    );
    // Two conditions, two deaths: what exists today (serious against critical is the
    // softer kind; two deaths agree).
    unflagged(
        "The skier died in hospital in Sion.",
        "The skier was killed in the avalanche.",
    );
    assert_eq!(
        outcome_flag(
            "The skier is in critical condition in hospital.",
            "The skier was seriously injured and taken to hospital.",
        )
        .map(|(_, _, soft)| soft),
        Some(true)
    );
    // Others: a count of the dead against one patient, two people named.
    unflagged(
        "Five skiers were killed in the avalanche.",
        "A skier is in critical condition in hospital.",
    );
    unflagged(
        "The driver died at the scene.",
        "A passenger is in critical condition in hospital.",
    );
    // A death told as possible or denied.
    unflagged(
        "The skier is in critical condition in hospital.",
        "The skier could die of his injuries, doctors said.",
    );
    unflagged(
        "The skier is in critical condition in hospital.",
        "The skier did not die, doctors said.",
    );
    // No patient: the noun of death, "fatal", a comma, a coma of no one's condition.
    unflagged(
        "The skier is in critical condition in hospital.",
        "The cause of death of the skier is unknown.",
    );
    unflagged(
        "El esquiador murió en el hospital.",
        "El esquiador puso una coma en la carta.",
    );
}

#[test]
fn a_closure_until_a_time_told_with_jusqu_a_is_over_against_a_reopening() {
    // Trial 48 F6: "jusqu'à" is read as "until", as "until" and "bis" are.
    unflagged(
        "The resort said it would reopen the slopes on Thursday.",
        "Les remontées mécaniques du secteur sont restées fermées jusqu'à la fin de la journée.",
    );
    unflagged(
        "La route a rouvert vendredi.",
        "La route est restée fermée jusqu'au vendredi.",
    );
    // A closure with no end, or "until further notice", still differs from a reopening.
    for closed in [
        "Les remontées mécaniques du secteur sont restées fermées jusqu'à nouvel ordre.",
        "Les remontées mécaniques du secteur sont restées fermées.",
    ] {
        assert!(
            outcome_flag(
                "The resort said it would reopen the lifts on Thursday.",
                closed
            )
            .is_some(),
            "{closed}"
        );
    }
}

#[test]
fn a_condition_told_after_a_comma_belongs_to_the_sentences_subject() {
    // Trial 48 F6: the guide's minor injuries against the rescued skier's critical state.
    unflagged(
        "The mountain guide, a 41-year-old Frenchman, survived with minor injuries.",
        "Un skieur a été dégagé vivant après près de deux heures sous la neige et héliporté à \
         l'hôpital de Sion, dans un état critique.",
    );
    unflagged(
        "The mountain guide suffered minor injuries.",
        "One skier was flown to hospital in Sion, where he was in critical condition.",
    );
    // The same patient, or a clause that names no one on either side: still flagged.
    assert_eq!(
        outcome_flag(
            "The skier suffered minor injuries.",
            "One skier was flown to hospital in Sion, where he was in critical condition.",
        ),
        Some((
            "minor injuries".to_string(),
            "critical condition".to_string(),
            false
        ))
    );
    assert_eq!(
        outcome_flag(
            "None of their injuries were life-threatening, according to a hospital spokeswoman.",
            "Taken to hospital, one of them is in serious condition.",
        )
        .map(|(_, _, soft)| soft),
        Some(false)
    );
}

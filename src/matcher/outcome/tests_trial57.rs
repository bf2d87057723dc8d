//! Tests of trial 57's outcome fault: a driver killed in one language and surviving in
//! another ("The 58-year-old driver was killed in the crash" / de "Der 58-jährige Lenker
//! überlebte den Absturz", es "El conductor, de 58 años, sobrevivió al accidente") had no
//! flag, the subjects sharing no stem (`cross_subject.rs`); with the near cases that must
//! not flag.

use super::tests_condition::{flagged, unflagged};

#[test]
fn one_person_dead_and_alive_in_two_languages_is_flagged() {
    for (a, b, ta, tb) in [
        // Trial 57, the tester's pairs (0.003, 0.245: no flag).
        (
            "The 58-year-old driver was killed in the crash.",
            "Der 58-jährige Lenker überlebte den Absturz.",
            "killed",
            "überlebte",
        ),
        (
            "The 58-year-old driver was killed in the crash.",
            "El conductor, de 58 años, sobrevivió al accidente.",
            "killed",
            "sobrevivió",
        ),
        // The kind: one language, its subject split by an age between commas; other
        // languages and nouns.
        (
            "El conductor, de 58 años, murió en el accidente.",
            "El conductor, de 58 años, sobrevivió al accidente.",
            "murió",
            "sobrevivió",
        ),
        (
            "Der Busfahrer kam bei dem Unglück ums Leben.",
            "Le chauffeur du car a survécu à l'accident.",
            "ums Leben",
            "survécu",
        ),
        (
            "The driver was killed in the crash.",
            "L'autista è sopravvissuto all'incidente.",
            "killed",
            "sopravvissuto",
        ),
    ] {
        flagged(a, b, ta, tb, false);
    }
}

#[test]
fn two_people_or_one_fate_in_two_languages_are_no_flag() {
    for (a, b) in [
        // Two ages: two drivers.
        (
            "The 58-year-old driver was killed in the crash.",
            "Der 61-jährige Lenker überlebte den Absturz.",
        ),
        // Another noun: the driver and the passengers.
        (
            "The driver was killed in the crash.",
            "Die meisten Fahrgäste überlebten den Absturz.",
        ),
        (
            "The driver was killed in the crash.",
            "El pasajero sobrevivió al accidente.",
        ),
        // One fate.
        (
            "The 58-year-old driver was killed in the crash.",
            "Der 58-jährige Lenker wurde bei dem Absturz getötet.",
        ),
        (
            "The driver survived the crash.",
            "El conductor sobrevivió al accidente.",
        ),
    ] {
        unflagged(a, b);
    }
}

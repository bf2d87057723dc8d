//! Tests of the speaker flag from trial 44 (y81): two bodies of different kinds credited
//! with one statement, a state's health agency and a hospital's management ("selon
//! l'ARS" / "selon la direction de l'hôpital"), while one body told short and long ("l'ARS"
//! / "l'Agence régionale de santé") is one. A body and the management it speaks through
//! are one source ("selon l'hôpital" / "selon la direction de l'hôpital"), and a role held
//! at a hospital is read so in Italian and German too ("il direttore dell'ospedale", "der
//! Leiter der Klinik").

use super::test_util::{has_flag_each_way, no_flag_either};
use super::*;

#[test]
fn a_health_agency_and_a_hospitals_management_are_two_bodies() {
    let said = "Deux patients sont morts";
    has_flag_each_way(
        DiscrepancyKind::Speaker,
        &format!("{said}, selon l'ARS."),
        &format!("{said}, selon la direction de l'hôpital."),
        "l'ARS",
        "direction de l'hôpital",
    );
    has_flag_each_way(
        DiscrepancyKind::Speaker,
        &format!(
            "Selon l'Agence régionale de santé, {}.",
            "deux patients sont morts"
        ),
        &format!(
            "Selon la direction de l'hôpital, {}.",
            "deux patients sont morts"
        ),
        "l'Agence régionale de santé",
        "direction de l'hôpital",
    );
    has_flag_each_way(
        DiscrepancyKind::Speaker,
        &format!("{said}, a indiqué l'ARS."),
        &format!("{said}, a précisé la direction de l'hôpital."),
        "l'ARS",
        "direction de l'hôpital",
    );
    // Another body of the state against the hospital's: two too.
    has_flag_each_way(
        DiscrepancyKind::Speaker,
        "Two patients died at the clinic, police said.",
        "Two patients died at the clinic, the hospital's director said.",
        "police",
        "hospital's director",
    );
    // One body short and long; its own director; an office or a person of the state it
    // may speak through; a role held at a body of no known kind ("the base's commander"
    // may be the army's); an organisation not known (it may be the hospital).
    no_flag_either(
        DiscrepancyKind::Speaker,
        &[
            (
                &format!("{said}, selon l'ARS."),
                &format!("{said}, selon l'Agence régionale de santé."),
            ),
            (
                &format!("{said}, selon l'ARS."),
                &format!("{said}, selon le directeur de l'ARS."),
            ),
            (
                &format!("{said}, selon l'ARS."),
                &format!("{said}, selon le préfet."),
            ),
            (
                &format!("{said}, selon l'ARS."),
                &format!("{said}, selon Jean Dupont."),
            ),
            (
                "Two soldiers died at the base, the army said.",
                "Two soldiers died at the base, the base's commander said.",
            ),
            (
                "Two patients died, according to the FBI.",
                "Two patients died, according to the hospital's director.",
            ),
        ],
    );
}

/// Trial 44: a hospital and its management are one source in every language's words;
/// another body against the management is still two (the test above).
#[test]
fn a_body_and_its_own_management_are_one_source() {
    let said = "Deux patients sont morts";
    no_flag_either(
        DiscrepancyKind::Speaker,
        &[
            (
                &format!("{said}, selon l'hôpital."),
                &format!("{said}, selon la direction de l'hôpital."),
            ),
            (
                &format!("{said}, a indiqué l'hôpital."),
                &format!("{said}, a précisé la direction de l'hôpital."),
            ),
            (
                "Two patients died, the hospital said.",
                "Two patients died, hospital officials said.",
            ),
            (
                "Two patients died, the hospital said.",
                "Two patients died, the hospital's management said.",
            ),
            (
                "Zwei Patienten starben, teilte das Krankenhaus mit.",
                "Zwei Patienten starben, teilte die Klinikleitung mit.",
            ),
            (
                "Due pazienti sono morti, ha detto l'ospedale.",
                "Due pazienti sono morti, ha detto il direttore dell'ospedale.",
            ),
        ],
    );
    has_flag_each_way(
        DiscrepancyKind::Speaker,
        &format!("{said}, selon la police."),
        &format!("{said}, selon la direction de l'hôpital."),
        "police",
        "direction de l'hôpital",
    );
}

/// Trial 44: a role held at a hospital, in Italian and German as in English and French,
/// is no public office: against a mayor it is two sources; against the hospital itself,
/// or a person named without an office (who may hold it), one.
#[test]
fn a_role_held_at_a_hospital_is_read_in_italian_and_german() {
    for (a, b, ta, tb) in [
        (
            "Due pazienti sono morti, ha detto il direttore dell'ospedale.",
            "Due pazienti sono morti, ha detto il sindaco.",
            "direttore dell'ospedale",
            "sindaco",
        ),
        (
            "Zwei Patienten starben, sagte der Leiter der Klinik.",
            "Zwei Patienten starben, sagte der Bürgermeister.",
            "Leiter der Klinik",
            "Bürgermeister",
        ),
        (
            "Zwei Patienten starben, sagte die Leiterin der Klinik.",
            "Zwei Patienten starben, sagte der Bürgermeister.",
            "Leiterin der Klinik",
            "Bürgermeister",
        ),
    ] {
        has_flag_each_way(DiscrepancyKind::Speaker, a, b, ta, tb);
    }
    no_flag_either(
        DiscrepancyKind::Speaker,
        &[
            (
                "Zwei Patienten starben, sagte der Leiter der Klinik.",
                "Zwei Patienten starben, teilte die Klinik mit.",
            ),
            (
                "Zwei Patienten starben, sagte der Leiter der Klinik.",
                "Zwei Patienten starben, sagte Hans Müller.",
            ),
            (
                "Due pazienti sono morti, ha detto il direttore dell'ospedale.",
                "Due pazienti sono morti, ha detto Mario Rossi.",
            ),
        ],
    );
}

//! Tests of the speaker flag from trial 44 (y81): two bodies of different kinds credited
//! with one statement, a state's health agency and a hospital's management ("selon
//! l'ARS" / "selon la direction de l'hôpital"), while one body told short and long ("l'ARS"
//! / "l'Agence régionale de santé") is one.

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

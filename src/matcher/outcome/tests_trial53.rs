//! Tests of trial 53's outcome faults: F1, a supply restored against the same still
//! lacking ("Power was restored to all homes in Hellersdorf" / "Hellersdorf is still
//! without power", de "wieder Strom" / "weiterhin ohne Strom": `restored.rs`), in seven
//! languages, with the near cases that must not flag (power in two places, lacking in the
//! past, both restored); F2, a machine stopped against the same kept running ("Trams …
//! stopped" / "… kept running", "Traffic lights went dark" / "… kept working":
//! `operations.rs`); F5, a harm denied is no contradiction of people kept safe ("No
//! patients were harmed" / "Patients were kept safe": `negation/safe.rs`).

use super::tests_condition::unflagged;
use super::tests_trial49::flagged;

#[test]
fn a_supply_restored_against_still_without_it_is_flagged() {
    // Trial 53 F1, the tester's pairs.
    flagged(
        "Power was restored to all homes in Hellersdorf by Saturday morning.",
        "Hellersdorf is still without power on Saturday morning.",
        "restored",
        "still without power",
    );
    flagged(
        "Power was restored to all homes by Saturday morning, the operator said.",
        "About 15,000 homes were still without power on Saturday morning, residents said.",
        "restored",
        "still without power",
    );
    flagged(
        "Power was restored in Hellersdorf overnight.",
        "About 15,000 homes in Hellersdorf are still without power.",
        "restored",
        "still without power",
    );
    flagged(
        "All homes in Hellersdorf were reconnected by Saturday.",
        "Homes in Hellersdorf remain cut off on Saturday.",
        "reconnected",
        "remain cut",
    );
    flagged(
        "Power is back in Hellersdorf, the utility said.",
        "Hellersdorf is still without power, the utility said.",
        "Power is back",
        "still without power",
    );
    // Six more languages.
    flagged(
        "In Hellersdorf gibt es seit Samstagmorgen wieder Strom.",
        "Hellersdorf ist weiterhin ohne Strom.",
        "wieder Strom",
        "weiterhin ohne Strom",
    );
    flagged(
        "Le courant a été rétabli à Hellersdorf samedi.",
        "Hellersdorf est toujours sans courant samedi.",
        "rétabli",
        "toujours sans courant",
    );
    flagged(
        "La luz volvió a Hellersdorf el sábado.",
        "Hellersdorf sigue sin luz el sábado.",
        "luz volvió",
        "sigue sin luz",
    );
    flagged(
        "La corrente è stata ripristinata a Hellersdorf sabato.",
        "Hellersdorf è ancora senza corrente sabato.",
        "ripristinata",
        "ancora senza corrente",
    );
    flagged(
        "A energia foi restabelecida em Hellersdorf na sexta-feira.",
        "Hellersdorf ainda está sem energia na sexta-feira.",
        "restabelecida",
        "ainda está sem energia",
    );
    flagged(
        "De stroom is in Hellersdorf hersteld.",
        "Hellersdorf zit nog zonder stroom.",
        "hersteld",
        "nog zonder stroom",
    );
}

#[test]
fn a_supply_in_two_places_or_lacking_in_the_past_is_no_flag() {
    for (a, b) in [
        // Two districts: power back in one, still out in the other.
        (
            "Power was restored to Marzahn on Saturday morning.",
            "Lichtenberg was still without power on Saturday morning.",
        ),
        (
            "In Marzahn gibt es wieder Strom.",
            "Lichtenberg ist weiterhin ohne Strom.",
        ),
        // Without power then, no "still": the state ended.
        (
            "Power was restored to all homes in Hellersdorf by Saturday morning.",
            "About 15,000 homes in Hellersdorf were without power on Friday night.",
        ),
        (
            "In Hellersdorf gibt es wieder Strom.",
            "Rund 300.000 Haushalte in Hellersdorf waren ohne Strom.",
        ),
        // Both restored.
        (
            "Power was restored in Hellersdorf overnight.",
            "Power is back in Hellersdorf, the utility said.",
        ),
        // Still without something else than the power restored.
        (
            "Power was restored to the hospital on Saturday.",
            "The hospital was still without water on Saturday.",
        ),
        // One side tells both states (session 50's last pass): it agrees with the other.
        (
            "Power was restored to most homes by Saturday, but 15,000 are still without power.",
            "About 15,000 homes are still without power on Saturday.",
        ),
        (
            "Power was restored to most homes by Saturday.",
            "Power was restored to most homes by Saturday, but 15,000 homes are still without power.",
        ),
    ] {
        unflagged(a, b);
    }
}

#[test]
fn a_machine_stopped_against_the_same_kept_running_is_flagged() {
    // Trial 53 F2, the tester's pairs.
    flagged(
        "Trams and metro trains stopped across the city.",
        "Trams and metro trains kept running across the city.",
        "stopped",
        "kept running",
    );
    flagged(
        "Traffic lights went dark at hundreds of junctions.",
        "Traffic lights kept working at most junctions.",
        "went dark",
        "kept working",
    );
    // German and Dutch particles.
    flagged(
        "An Hunderten Kreuzungen fielen die Ampeln aus.",
        "An Hunderten Kreuzungen liefen die Ampeln weiter.",
        "fielen die Ampeln aus",
        "liefen die Ampeln weiter",
    );
    flagged(
        "De treinen werden stilgelegd.",
        "De treinen reden door.",
        "stilgelegd",
        "reden door",
    );
}

#[test]
fn a_machine_against_another_machine_or_an_operation_is_no_flag() {
    for (a, b) in [
        // Two machines.
        (
            "Trams stopped across the city.",
            "Metro trains kept running across the city.",
        ),
        // A machine against an operation.
        (
            "Trains stopped across the region.",
            "Production continued across the region.",
        ),
        // Both stopped.
        (
            "Traffic lights went dark at hundreds of junctions.",
            "Traffic lights went out at hundreds of junctions.",
        ),
        // One sentence tells both.
        (
            "Trams stopped but trains kept running.",
            "Trains kept running across the city.",
        ),
    ] {
        unflagged(a, b);
    }
}

#[test]
fn a_harm_denied_is_the_outcome_of_people_kept_safe() {
    // Trial 53 F5, the tester's pair: no flag.
    for (a, b) in [
        (
            "No patients were harmed, the health department said.",
            "Patients were kept safe, the health department said.",
        ),
        (
            "No patients were harmed, the health department said.",
            "All patients were unharmed, the health department said.",
        ),
        (
            "Kein Patient wurde verletzt.",
            "Die Patienten waren in Sicherheit.",
        ),
        (
            "Aucun patient n'a été blessé.",
            "Les patients sont en sécurité.",
        ),
    ] {
        unflagged(a, b);
    }
    // A harm on the other side still flags.
    flagged(
        "No patients were harmed, the health department said.",
        "Two patients died, the health department said.",
        "No patients",
        "patients",
    );
    flagged(
        "No patients were harmed, the health department said.",
        "Patients were kept safe, but two patients were injured, officials said.",
        "No patients",
        "Patients",
    );
}

//! Tests of trial 53's F6 vehicle flag: the means by which both sentences tell people
//! were taken to hospital ("taken to hospital by ambulance" / "by helicopter") differ
//! (`vehicles.rs`, `means_conflict`); a rescuers' vehicle against a story's one, or the
//! means told by one sentence only, still gives no flag (trial 51 F4).

use super::test_util::{has_flag_each_way, no_flag_either};
use crate::matcher::results::DiscrepancyKind::Vehicle;

#[test]
fn two_means_of_taking_people_to_hospital_differ() {
    // Trial 53 F6, the tester's pairs.
    has_flag_each_way(
        Vehicle,
        "The injured were taken to hospital by ambulance.",
        "The injured were taken to hospital by helicopter.",
        "ambulance",
        "helicopter",
    );
    has_flag_each_way(
        Vehicle,
        "The injured were taken to hospital by ambulance.",
        "The injured were flown to hospital by helicopter.",
        "ambulance",
        "helicopter",
    );
    has_flag_each_way(
        Vehicle,
        "Two patients were brought to the hospital by a helicopter.",
        "Two patients were brought to the hospital by bus.",
        "helicopter",
        "bus",
    );
}

#[test]
fn one_means_or_a_rescuers_vehicle_gives_no_vehicle_flag() {
    no_flag_either(
        Vehicle,
        &[
            // The same means, told by two words of it.
            (
                "The injured were taken to hospital by helicopter.",
                "The injured were airlifted to hospital by chopper.",
            ),
            // The means told by one sentence only.
            (
                "The injured were taken to hospital by ambulance.",
                "The injured were taken to hospital.",
            ),
            // A means against the story's vehicle (trial 51 F4).
            (
                "The injured were taken to hospital by helicopter.",
                "The bus overturned on the motorway.",
            ),
            // A rescuers' vehicle of a search against a means.
            (
                "Divers searched the river with a boat.",
                "The injured were taken to hospital by helicopter.",
            ),
        ],
    );
}

//! Tests of the place flag between two named facilities of one kind (trial 33, F7,
//! `facilities.rs`), and of what is no such conflict.

use super::test_util::{flags_of, no_flag_either};
use super::DiscrepancyKind;

#[test]
fn two_hospitals_or_airports_of_other_names_are_two_places() {
    assert_eq!(
        flags_of(
            DiscrepancyKind::Place,
            "De Groot said the three injured firefighters were taken to the Erasmus hospital with burns and smoke inhalation.",
            "Three firefighters were slightly hurt and were taken to the Maasstad hospital.",
        ),
        [("Erasmus hospital".to_string(), "Maasstad hospital".to_string(), false)]
    );
    assert_eq!(
        flags_of(
            DiscrepancyKind::Place,
            "The flight was diverted to Schiphol Airport after the alarm.",
            "The flight was diverted to Eindhoven Airport after the alarm.",
        ),
        [(
            "Schiphol Airport".to_string(),
            "Eindhoven Airport".to_string(),
            false
        )]
    );
}

#[test]
fn a_facility_without_a_name_or_named_alike_is_no_conflict() {
    no_flag_either(
        DiscrepancyKind::Place,
        &[
            (
                "The injured were taken to the Erasmus hospital.",
                "The injured were taken to hospital.",
            ),
            (
                "The injured were taken to the Erasmus hospital.",
                "The injured were taken to the Erasmus MC hospital.",
            ),
            // The other sentence names both: two facts, not one told two ways.
            (
                "The patient was moved from the Erasmus hospital to the Maasstad hospital.",
                "The patient is now in the Maasstad hospital.",
            ),
            // A sentence's first word is no name ("Hospital staff").
            (
                "Hospital staff said the patient was stable.",
                "The patient was taken to the Erasmus hospital.",
            ),
            // Two kinds of facility.
            (
                "The injured were taken to the Erasmus hospital.",
                "The bus had left from Rotterdam Central station.",
            ),
        ],
    );
}

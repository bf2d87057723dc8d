//! Tests of trial 52's places (F5, F6): places people were taken to ("taken to Huancayo"
//! / "taken to Lima", `places/routes.rs`), named mines as facilities of one noun ("the
//! Santa Rosa copper mine" / "the San Cristobal copper mine", `facilities.rs`) and not as
//! people (`named.rs`), and what is no such conflict.

use super::test_util::{flags_of, no_flag_either};
use super::DiscrepancyKind;

/// The place flags of a pair as (a, b, soft).
fn places(a: &str, b: &str) -> Vec<(String, String, bool)> {
    flags_of(DiscrepancyKind::Place, a, b)
}

/// Asserts, for each case (a, b, text in a, text in b, soft), one place flag of those
/// texts and that softness.
#[track_caller]
fn one_place_flag_each(cases: &[(&str, &str, &str, &str, bool)]) {
    for &(a, b, ta, tb, soft) in cases {
        let want = vec![(ta.to_string(), tb.to_string(), soft)];
        assert_eq!(places(a, b), want, "{a} / {b}");
    }
}

#[test]
fn two_places_people_were_taken_to_differ() {
    one_place_flag_each(&[
        // Trial 52 F5: a town the gazetteer does not know against a known city: soft.
        (
            "The rescued miners were taken to Huancayo.",
            "The rescued miners were taken to Lima.",
            "Huancayo",
            "Lima",
            true,
        ),
        (
            "The rescued miners were taken by ambulance to Huancayo.",
            "The rescued miners were flown by helicopter to Lima.",
            "Huancayo",
            "Lima",
            true,
        ),
        // Two known cities apart: solid.
        (
            "The injured were airlifted to Lyon.",
            "The injured were airlifted to Marseille.",
            "Lyon",
            "Marseille",
            false,
        ),
        // The other languages.
        (
            "Los mineros rescatados fueron trasladados a Huancayo.",
            "Los mineros rescatados fueron trasladados a Lima.",
            "Huancayo",
            "Lima",
            true,
        ),
        (
            "Les blessés ont été transportés à Lyon.",
            "Les blessés ont été transportés à Marseille.",
            "Lyon",
            "Marseille",
            false,
        ),
        (
            "I feriti sono stati portati a Huancayo.",
            "I feriti sono stati portati a Lima.",
            "Huancayo",
            "Lima",
            true,
        ),
        (
            "Os feridos foram levados para Huancayo.",
            "Os feridos foram levados para Lima.",
            "Huancayo",
            "Lima",
            true,
        ),
    ]);
}

#[test]
fn one_place_people_were_taken_to_or_other_slots_are_no_conflict() {
    no_flag_either(
        DiscrepancyKind::Place,
        &[
            // One place, or a town and the country holding it.
            (
                "The rescued miners were taken to Huancayo.",
                "The rescued miners were rushed to Huancayo by ambulance.",
            ),
            (
                "The rescued miners were taken to Huancayo.",
                "The rescued miners were flown to Peru.",
            ),
            (
                "The rescued miners were taken to Lima.",
                "The rescued miners were flown to Peru.",
            ),
            // A city and a town of it or near it, named by the other side too.
            (
                "The rescued miners were taken to Huancayo, near Lima.",
                "The rescued miners were taken to Lima.",
            ),
            // "to" after no verb of taking: no destination.
            (
                "The minister spoke to Huancayo's mayor.",
                "The minister spoke to Lima's mayor.",
            ),
            (
                "The injured were taken to hospital.",
                "The injured were taken to Lima.",
            ),
        ],
    );
}

#[test]
fn two_named_mines_are_two_facilities_not_two_people() {
    one_place_flag_each(&[
        // Trial 52 F6: solid, as two hospitals of two names.
        (
            "A gallery collapsed at the Santa Rosa copper mine.",
            "A gallery collapsed at the San Cristobal copper mine.",
            "Santa Rosa copper mine",
            "San Cristobal copper mine",
            false,
        ),
        // A sentence long enough to tell its language: the name follows the noun.
        (
            "Los mineros quedaron atrapados en la mina de cobre Santa Rosa, según la empresa.",
            "Los mineros quedaron atrapados en la mina de cobre San Cristóbal, según la empresa.",
            "mina de cobre Santa Rosa",
            "mina de cobre San Cristóbal",
            false,
        ),
    ]);
    // A mine's name is no person's.
    let person = flags_of(
        DiscrepancyKind::Person,
        "A tunnel caved in at the El Algarrobo copper mine in Chile on Wednesday, trapping 11 workers.",
        "A gallery collapsed at the Santa Rosa copper mine in Peru on Saturday, trapping 14 miners.",
    );
    assert!(person.is_empty(), "{person:?}");
}

#[test]
fn one_mine_or_a_mine_without_a_name_is_no_conflict() {
    no_flag_either(
        DiscrepancyKind::Place,
        &[
            (
                "A gallery collapsed at the Santa Rosa copper mine.",
                "A tunnel caved in at the Santa Rosa mine.",
            ),
            (
                "A gallery collapsed at the Santa Rosa copper mine.",
                "A gallery collapsed at the copper mine.",
            ),
            (
                "A gallery collapsed at the Santa Rosa copper mine.",
                "A gallery collapsed at a copper mine near Santa Rosa.",
            ),
        ],
    );
    // Two people are still two people after a facility's noun and a comma.
    let person = flags_of(
        DiscrepancyKind::Person,
        "At the hospital, Peter Walsh was arrested on Monday.",
        "At the hospital, Gareth Price was arrested on Monday.",
    );
    assert_eq!(person.len(), 1, "{person:?}");
}

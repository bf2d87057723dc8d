//! Tests of session 55's place fault (trial 57): a landform's name after "on" ("on the
//! Fern Pass" / "on the Arlberg Pass") was read as no place, so two passes had no place
//! flag. `places/prepositions.rs`, `on_landform_name`.

use super::test_util::{has_flag_each_way, no_flag_either};
use crate::matcher::results::DiscrepancyKind::Place;

#[test]
fn two_landforms_after_on_are_two_places() {
    has_flag_each_way(
        Place,
        "The coach crashed on the Fern Pass.",
        "The coach crashed on the Arlberg Pass.",
        "Fern Pass",
        "Arlberg Pass",
    );
    has_flag_each_way(
        Place,
        "Two climbers died on Mount Hood.",
        "Two climbers died on Mount Rainier.",
        "Mount Hood",
        "Mount Rainier",
    );
}

#[test]
fn on_before_other_names_is_no_place() {
    no_flag_either(
        Place,
        &[
            (
                "The coach crashed on the Fern Pass.",
                "The coach crashed on the Fern Pass on Tuesday.",
            ),
            (
                "The minister spoke on Monday.",
                "The minister spoke on Tuesday.",
            ),
            (
                "The video was posted on Twitter.",
                "The video was posted on Facebook.",
            ),
            (
                "The coach crashed on the Fern Pass.",
                "The coach crashed on the pass.",
            ),
        ],
    );
}

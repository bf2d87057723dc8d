//! Tests of session 55's place and kind faults (trial 57): a landform's name after "on"
//! ("on the Fern Pass" / "on the Arlberg Pass") was read as no place, so two passes had
//! no place flag (`places/prepositions.rs`, `on_landform_name`); emergency helicopters
//! were read as the story's vehicle ("vehicle: coach ≠ helicopters":
//! `lexicon::responders::RESCUE_MODIFIERS`).

use super::test_util::{has_flag_each_way, no_flag_either};
use crate::matcher::results::DiscrepancyKind::{Place, Vehicle};

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

#[test]
fn emergency_vehicles_are_the_rescuers() {
    no_flag_either(
        Vehicle,
        &[(
            "The coach plunged off the road on the Fern Pass.",
            "Four emergency helicopters and more than 20 ambulances were deployed.",
        )],
    );
    // The story's vehicles still differ.
    has_flag_each_way(
        Vehicle,
        "The coach plunged off the road.",
        "The helicopter plunged off the road.",
        "coach",
        "helicopter",
    );
}

#[test]
fn a_date_flag_on_two_clock_times_names_the_time_of_day() {
    // Trial 57: "date: 9:15 a.m. ≠ 9.40 Uhr" named a day. The kind stays `date` (the
    // export's documented kinds); the reason's words name the time of day.
    let e = crate::matcher::explain(
        "The coach left the road at 9:15 a.m.",
        "Der Unfall ereignete sich um 9.40 Uhr.",
    );
    assert!(
        e.flags
            .iter()
            .any(|f| f.kind == crate::matcher::results::DiscrepancyKind::Date),
        "{:?}",
        e.flags
    );
    assert!(
        e.reason.summary.contains("time of day differs"),
        "{}",
        e.reason.summary
    );
    // A day stays a date.
    let e = crate::matcher::explain(
        "The coach crashed on Tuesday, police said.",
        "The coach crashed on Wednesday, police said.",
    );
    assert!(
        e.reason.summary.contains("date differs"),
        "{}",
        e.reason.summary
    );
}

#[test]
fn where_passengers_came_from_after_an_adjective_is_no_place_of_the_event() {
    // Trial 57, the CLI: "Nassereith ≠ Medina del Campo".
    no_flag_either(
        Place,
        &[(
            "The coach, which had 46 passengers on board, left the road at about 9:15 a.m. on a sharp bend above the village of Nassereith.",
            "There were 46 passengers on the coach, most of them pensioners from the small Spanish town of Medina del Campo, as well as five holidaymakers from Germany.",
        )],
    );
    // The place of the event after the same words keeps its flag.
    has_flag_each_way(
        Place,
        "The coach crashed in the small village of Nassereith.",
        "The coach crashed in the small village of Imst.",
        "Nassereith",
        "Imst",
    );
}

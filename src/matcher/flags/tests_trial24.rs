//! Tests of the flags trial 24 found silent at 94-100 % "same fact": opposite outcomes of a
//! flight, a strike and patients (M7), two organisations or two sides of a conflict as the
//! source of one toll (M12).

use super::test_util::{has_flag_each_way, no_flag_either};
use super::DiscrepancyKind;

#[test]
fn a_flight_a_planned_event_or_patients_told_with_opposite_outcomes_are_flagged() {
    for (a, b, ta, tb) in [
        (
            "The plane landed safely at Heathrow after the engine failure.",
            "The plane crashed at Heathrow after the engine failure.",
            "landed",
            "crashed",
        ),
        (
            "The strike was called off after talks on Monday.",
            "The strike went ahead after talks on Monday failed.",
            "called off",
            "went ahead",
        ),
        (
            "The concert was cancelled because of the storm.",
            "The concert went ahead despite the storm.",
            "cancelled",
            "went ahead",
        ),
        (
            "The hospital said 14 patients were evacuated.",
            "The hospital said 14 patients had died.",
            "evacuated",
            "died",
        ),
    ] {
        has_flag_each_way(DiscrepancyKind::Outcome, a, b, ta, tb);
    }
}

#[test]
fn called_or_went_without_off_or_ahead_tell_no_outcome() {
    no_flag_either(
        DiscrepancyKind::Outcome,
        &[
            (
                "The union called a strike after talks on Monday.",
                "The union went on strike after talks on Monday.",
            ),
            (
                "Residents were evacuated after the fire killed two people.",
                "The fire killed two people.",
            ),
        ],
    );
}

#[test]
fn two_organisations_or_two_sides_of_a_conflict_as_the_source_are_flagged() {
    for (a, b, ta, tb) in [
        (
            "At least 12 people were killed in Nairobi, Amnesty International said.",
            "At least 12 people were killed in Nairobi, the Red Cross said.",
            "Amnesty International",
            "Red Cross",
        ),
        (
            "The ministry said 40 soldiers were killed in the attack.",
            "The opposition said 40 soldiers were killed in the attack.",
            "ministry",
            "opposition",
        ),
        (
            "The army said 40 soldiers were killed in the attack.",
            "Rebels said 40 soldiers were killed in the attack.",
            "army",
            "Rebels",
        ),
    ] {
        has_flag_each_way(DiscrepancyKind::Speaker, a, b, ta, tb);
    }
}

#[test]
fn one_side_told_two_ways_is_no_speaker_conflict() {
    no_flag_either(
        DiscrepancyKind::Speaker,
        &[
            (
                "Officials said 40 soldiers were killed in the attack.",
                "The government said 40 soldiers were killed in the attack.",
            ),
            (
                "The army said 40 soldiers were killed in the attack.",
                "The ministry said 40 soldiers were killed in the attack.",
            ),
        ],
    );
}

//! Tests of session 52's date faults: a part of the day against a clock time of another
//! part ("The crash happened on Tuesday evening" / "… on Tuesday at 2:50 p.m.") had no
//! flag (`dayparts::minutes_outside`); a deadline told as expected against the same
//! told as reached ("Power should be back by midnight" / "Power was back by midnight")
//! had none either, and is the softer kind (`dates/deadlines.rs`,
//! `expected_against_done`). With the near cases that must not change.

use super::test_util::{flags_of, no_flag_either, one_flag_of};
use crate::matcher::results::DiscrepancyKind::Date;

#[test]
fn a_part_of_the_day_against_a_clock_time_of_another_part_is_flagged() {
    // Session 52's pair: the afternoon against the evening.
    one_flag_of(
        Date,
        "The crash happened on Tuesday evening.",
        "The crash happened on Tuesday at 2:50 p.m.",
        "evening",
        "2:50 p.m.",
        false,
    );
    one_flag_of(
        Date,
        "The shooting happened on Saturday morning.",
        "The shooting happened on Saturday at 9 p.m.",
        "morning",
        "9 p.m.",
        false,
    );
    // An hour or less outside the part of the day: neighbours, the softer kind.
    one_flag_of(
        Date,
        "The crash happened on Tuesday evening.",
        "The crash happened on Tuesday at 4:30 p.m.",
        "evening",
        "4:30 p.m.",
        true,
    );
    // In German, the part of the day written in the weekday.
    one_flag_of(
        Date,
        "Der Unfall ereignete sich am Dienstagabend.",
        "Der Unfall ereignete sich am Dienstag um 14.50 Uhr.",
        "Dienstagabend",
        "14.50 Uhr",
        false,
    );
}

#[test]
fn a_clock_time_within_the_part_of_the_day_is_no_flag() {
    no_flag_either(
        Date,
        &[
            (
                "The crash happened on Tuesday evening.",
                "The crash happened on Tuesday at 8 p.m.",
            ),
            (
                "The crash happened on Tuesday night.",
                "The crash happened on Tuesday at 11 p.m.",
            ),
            (
                "The crash happened on Tuesday night.",
                "The crash happened at 2:30 a.m. on Tuesday.",
            ),
            // News tells the evening as the night, and the small hours as the morning
            // (the development articles' "around 7 p.m. Wednesday" / "Wednesday night").
            (
                "She was struck around 7 p.m. Wednesday.",
                "She was struck Wednesday night.",
            ),
            (
                "The shooting happened early Sunday morning.",
                "The shooting happened at 2:15 a.m. Sunday.",
            ),
            (
                "The crash happened on Tuesday morning.",
                "The crash happened on Tuesday at around 9 a.m.",
            ),
            // The half of the day not said: either reading may agree.
            (
                "The crash happened on Tuesday evening.",
                "The crash happened on Tuesday at 8.",
            ),
            // A bound lets the part of the day be.
            (
                "The crash happened on Tuesday evening.",
                "The crash happened on Tuesday after 3 p.m.",
            ),
        ],
    );
    // Two clock times still compared as before when a part of the day is told with one.
    assert_eq!(
        flags_of(
            Date,
            "The crash happened at 7 p.m.",
            "The crash happened on Tuesday evening at 9 p.m."
        ),
        vec![("7 p.m.".into(), "9 p.m.".into(), false)]
    );
}

#[test]
fn a_part_of_the_day_and_a_clock_time_of_two_facts_are_no_flag() {
    // The development data's pairs the rule first flagged: no day told on both sides,
    // or no word shared around the two times.
    no_flag_either(
        Date,
        &[
            (
                "I've visited five gas stations this morning and the Costco one is the first to have gas.",
                "As of 9 pm ET Tuesday, 12.3% of gas stations in North Carolina didn't have gasoline.",
            ),
            (
                "We're all learning this morning of the death, at age 95, of W. Mark Felt.",
                "Felt died at 12:45 p.m. at his home in Santa Rosa, Calif.",
            ),
            // A day on one side only.
            (
                "The crash happened on Tuesday evening.",
                "The crash happened at 2:50 p.m.",
            ),
            (
                "A climber said he was expecting to die that night on the treacherous mountain.",
                "A 36-year-old man died about 11am on Friday after he slipped and fell.",
            ),
        ],
    );
}

#[test]
fn a_deadline_expected_against_the_same_reached_is_the_softer_kind() {
    // Session 52's pair: no flag before.
    one_flag_of(
        Date,
        "Power should be back by midnight.",
        "Power was back by midnight.",
        "should be back by midnight",
        "was back by midnight",
        true,
    );
    // Reached later than expected.
    one_flag_of(
        Date,
        "Power will be restored by 4 a.m., the utility said.",
        "Power was restored by 6 a.m., the utility said.",
        "will be restored by 4 a.m.",
        "was restored by 6 a.m.",
        true,
    );
    one_flag_of(
        Date,
        "Der Strom soll bis Mitternacht zurück sein.",
        "Der Strom war bis Mitternacht zurück.",
        "soll bis Mitternacht",
        "war bis Mitternacht",
        true,
    );
}

#[test]
fn two_deadlines_both_expected_or_both_reached_or_of_two_things_are_no_new_flag() {
    no_flag_either(
        Date,
        &[
            // Both expected.
            (
                "Power should be back by midnight.",
                "Power should be back by midnight, the utility said.",
            ),
            // Both reached.
            (
                "Power was back by midnight.",
                "Power was back by midnight, the utility said.",
            ),
            // Another thing reached.
            (
                "Power should be back by midnight.",
                "The fire was under control by midnight.",
            ),
            // A time the deadline lets be, not a bound reached (trial 53's rule).
            (
                "Power should be back by midnight.",
                "Power came back at 11:30 p.m.",
            ),
        ],
    );
}

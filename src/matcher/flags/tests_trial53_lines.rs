//! Tests of trial 53's R11: a transit line's code ("a U5 train", "the S7 line", "line 14")
//! names a line, it counts nothing: two lines differing are two places, flagged as roads
//! are (`numbers/ident.rs`, `is_line`), never as a number. Session 51: lines of two
//! codes are compared whatever their letters ("S7" / "U5", `Ident::line`), a line may be
//! named by a letter ("RER B", `letter_line`) or before its noun ("the 7 train").

use super::test_util::{flags_of, has_flag_each_way, no_number_flag};
use crate::matcher::results::DiscrepancyKind::{Number, Place};

#[test]
fn two_transit_lines_are_two_places_not_two_counts() {
    // Trial 53 R11, the tester's pair.
    let (a, b) = (
        "Firefighters evacuated 400 passengers from a U5 train in a tunnel.",
        "Firefighters evacuated 400 passengers from a U2 train in a tunnel.",
    );
    no_number_flag(a, b);
    has_flag_each_way(Place, a, b, "U5", "U2");
    let (a, b) = (
        "The fire stopped trains on the S7 line.",
        "The fire stopped trains on the S5 line.",
    );
    no_number_flag(a, b);
    has_flag_each_way(Place, a, b, "S7", "S5");
    let (a, b) = ("Die Linie U5 fuhr nicht.", "Die Linie U2 fuhr nicht.");
    no_number_flag(a, b);
    let (a, b) = ("Trams on line 14 stopped.", "Trams on line 15 stopped.");
    no_number_flag(a, b);
    has_flag_each_way(Place, a, b, "line 14", "line 15");
}

#[test]
fn one_line_or_a_count_after_a_line_keeps_its_flags() {
    // The same line: no flag of either kind.
    let (a, b) = (
        "Firefighters evacuated 400 passengers from a U5 train.",
        "Firefighters evacuated 400 passengers from a stalled U5 train.",
    );
    assert_eq!(flags_of(Number, a, b), vec![]);
    assert_eq!(flags_of(Place, a, b), vec![]);
    // The count of one line's train still differs as a count.
    assert_eq!(
        flags_of(
            Number,
            "Firefighters evacuated 400 passengers from a stalled U5 train.",
            "Firefighters evacuated 40 passengers from a stalled U5 train.",
        ),
        vec![("400 passengers".into(), "40 passengers".into(), false)]
    );
    // A code of other letters is no line ("a B-52 bomber", "an N95 mask" are models).
    no_number_flag("An N95 mask was found.", "An N95 mask was found.");
}

#[test]
fn lines_of_two_codes_or_named_by_a_letter_or_before_their_noun_are_two_places() {
    // Session 51: "S7" / "U5" got no flag at all (two names, never compared), "S5" /
    // "U5" neither (one figure); "RER B" / "RER A" no flag; "the 7 train" / "the 4 train"
    // a number flag.
    for (a, b, ta, tb) in [
        (
            "The S7 line was closed.",
            "The U5 line was closed.",
            "S7",
            "U5",
        ),
        (
            "The S5 line was closed.",
            "The U5 line was closed.",
            "S5",
            "U5",
        ),
        (
            "The S7 line was closed.",
            "The S5 line was closed.",
            "S7",
            "S5",
        ),
        (
            "Trains stopped and the S7 was closed.",
            "Trains stopped and the S5 was closed.",
            "S7",
            "S5",
        ),
        (
            "Traffic on RER B was halted.",
            "Traffic on RER A was halted.",
            "RER B",
            "RER A",
        ),
        (
            "Line A was closed.",
            "Line 2 was closed.",
            "Line A",
            "Line 2",
        ),
        (
            "The 7 train was delayed.",
            "The 4 train was delayed.",
            "7 train",
            "4 train",
        ),
    ] {
        no_number_flag(a, b);
        has_flag_each_way(Place, a, b, ta, tb);
    }
}

#[test]
fn one_line_told_two_ways_and_models_keep_their_flags() {
    for (a, b) in [
        ("The S7 line was closed.", "The S-Bahn line S7 was closed."),
        ("The S7 line was closed.", "The line S7 was closed."),
        (
            "Traffic on RER B was halted.",
            "Traffic on RER B was halted again.",
        ),
        // A line numbered after its word may be any code's of its figure.
        (
            "Trains on line 5 stopped.",
            "Trains on the U5 line stopped.",
        ),
        (
            "The 7 train was delayed.",
            "The 7 train was delayed by an hour.",
        ),
    ] {
        assert_eq!(flags_of(Number, a, b), vec![], "{a} / {b}");
        assert_eq!(flags_of(Place, a, b), vec![], "{a} / {b}");
        assert_eq!(flags_of(Place, b, a), vec![], "{b} / {a}");
    }
    // Trains counted, not named: a count.
    assert_eq!(
        flags_of(
            Number,
            "The 7 trains were delayed.",
            "The 4 trains were delayed."
        ),
        vec![("7 trains".into(), "4 trains".into(), false)]
    );
    // A road beside a train is still a road, two roads two places.
    has_flag_each_way(
        Place,
        "Traffic on the M6 motorway was halted after a train derailed.",
        "Traffic on the M5 motorway was halted after a train derailed.",
        "M6",
        "M5",
    );
    // Models stay as they were: a model after its maker is a vehicle, a bare code a
    // number (not a line: "A" is no line's letter).
    let (a, b) = ("An A320 landed safely.", "An A321 landed safely.");
    assert_eq!(
        flags_of(Number, a, b),
        vec![("A320".into(), "A321".into(), false)]
    );
    assert_eq!(flags_of(Place, a, b), vec![]);
    let (a, b) = (
        "The plane was an Airbus A320.",
        "The plane was an Airbus A321.",
    );
    assert_eq!(flags_of(Number, a, b), vec![]);
    assert_eq!(flags_of(Place, a, b), vec![]);
}

//! Tests of trial 53's R11: a transit line's code ("a U5 train", "the S7 line", "line 14")
//! names a line, it counts nothing: two lines differing are two places, flagged as roads
//! are (`numbers/ident.rs`, `is_line`), never as a number.

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

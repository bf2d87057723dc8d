//! Tests of trial 58's time faults (an oil tanker aground off Brittany told in English,
//! French and Italian): one grounding's times told with other verbs ("struck rocks at 2:40
//! a.m." / "The grounding happened at 3:30 a.m.", "ran aground", it "si è incagliata":
//! `lexicon::accident_verbs`, `anchor.rs`) had no time flag; with the near cases of two
//! acts' times that must not flag.

use super::test_util::{no_flag_either, one_flag_each};
use super::DiscrepancyKind;

#[test]
fn one_groundings_times_told_with_other_verbs_differ() {
    // Trial 58 item 3 (0.045 and 0.698, no flag).
    let pairs = [
        (
            "The tanker struck rocks at 2:40 a.m.",
            "The grounding happened at 3:30 a.m.",
        ),
        (
            "The tanker hit a reef at 2:40 a.m.",
            "The accident happened at 3:30 a.m.",
        ),
        (
            "La petroliera si è incagliata alle 2.40.",
            "L'incidente è avvenuto alle 3.30.",
        ),
    ];
    one_flag_each(DiscrepancyKind::Date, &pairs);
    let swapped: Vec<(&str, &str)> = pairs.iter().map(|&(a, b)| (b, a)).collect();
    one_flag_each(DiscrepancyKind::Date, &swapped);
}

#[test]
fn times_of_other_acts_than_the_grounding_are_not_compared() {
    no_flag_either(
        DiscrepancyKind::Date,
        &[
            (
                "The tanker struck rocks at 2:40 a.m.",
                "Rescuers reached the scene of the grounding at 3:30 a.m.",
            ),
            (
                "The captain struck a deal at 2:40 p.m.",
                "The grounding happened at 3:30 a.m.",
            ),
            (
                "The tanker struck rocks at 2:40 a.m.",
                "The grounding happened at 2:40 a.m.",
            ),
        ],
    );
}

//! Tests of the number flags on ages ("35-year-old", "The deputy, 35,"): an age is
//! compared with an age only, never with a length of time, and its flag text reads whole.

use super::test_util::{no_number_flag, one_flag};

#[test]
fn an_age_is_not_compared_with_a_length_of_service() {
    // Both give the age 35; only B tells the years of service (trial 20, F4).
    no_number_flag(
        "The 35-year-old deputy was shot on June 24.",
        "The deputy, 35, had served 15 years and was shot on June 24.",
    );
    no_number_flag(
        "The 35-year-old deputy was shot on June 24.",
        "The deputy, a 15-year member of the department, was shot on June 24.",
    );
}

#[test]
fn two_ages_differ_and_read_whole() {
    one_flag(
        "The 34-year-old deputy was shot on June 24.",
        "The 43-year-old deputy was shot on June 24.",
        "34-year-old",
        "43-year-old",
        false,
    );
    one_flag(
        "The deputy, who was 34 years old, was shot on June 24.",
        "The deputy, who was 43 years old, was shot on June 24.",
        "34 years old",
        "43 years old",
        false,
    );
}

#[test]
fn lengths_of_time_still_differ() {
    one_flag(
        "He had served 15 years with the department.",
        "He had served 12 years with the department.",
        "15 years",
        "12 years",
        false,
    );
}

//! Tests of trial 36's F19.1: two differences in one pair that hid each other's flags. "Shares
//! in Ahold Delhaize" and "Ahold Delhaize shares" measure one thing (`numbers/subject.rs`,
//! `outcome/english.rs` `mover`); opposite outcomes told of two counts of one kind of people
//! ("Two firefighters died" / "Three firefighters were injured") get the softer outcome
//! flag (`outcome::outcome_conflicts`, read in the same pass as the solid kind).

use super::test_util::{flags_of, has_flag_each_way, no_flag, one_flag_of};
use crate::matcher::DiscrepancyKind as K;

#[test]
fn shares_in_a_company_and_the_companys_shares_are_one_measure() {
    for (a, b) in [
        (
            "Shares in Ahold Delhaize fell 0.4%.",
            "Ahold Delhaize shares fell 0.2%.",
        ),
        (
            "Shares of Ahold Delhaize fell 0.4%.",
            "Ahold Delhaize shares fell 0.2%.",
        ),
        (
            "Shares in the company fell 0.4%.",
            "The company's shares fell 0.2%.",
        ),
    ] {
        one_flag_of(K::Number, a, b, "0.4%", "0.2%", false);
    }
    // The direction too.
    has_flag_each_way(
        K::Outcome,
        "Shares in Ahold Delhaize rose 0.4%.",
        "Ahold Delhaize shares fell 0.4%.",
        "rose",
        "fell",
    );
    has_flag_each_way(
        K::Outcome,
        "Oil prices rose 2%.",
        "The price of oil fell 2%.",
        "rose",
        "fell",
    );
    // Shares of two companies are two measures: no number flag, no outcome flag.
    no_flag(K::Number, "Bank shares fell 2%.", "Apple shares fell 3%.");
    no_flag(K::Outcome, "Bank shares rose 2%.", "Apple shares fell 2%.");
}

#[test]
fn opposite_outcomes_of_two_counts_of_one_kind_of_people_get_the_softer_flag() {
    for (a, b, ta, tb) in [
        (
            "Two firefighters died on Monday.",
            "Three firefighters were injured on Monday.",
            "died",
            "injured",
        ),
        (
            "Three passengers died in the accident.",
            "Five passengers were injured in the accident.",
            "died",
            "injured",
        ),
    ] {
        one_flag_of(K::Outcome, a, b, ta, tb, true);
    }
    // One count: the solid kind, as before.
    one_flag_of(
        K::Outcome,
        "Two firefighters died on Monday.",
        "Two firefighters were injured on Monday.",
        "died",
        "injured",
        false,
    );
    // Counts of "people" say not which people: two groups, no flag.
    no_flag(
        K::Outcome,
        "The quake killed 10 people.",
        "The tremor injured five people.",
    );
    no_flag(
        K::Outcome,
        "Two people were killed.",
        "Rescuers pulled three survivors from the rubble.",
    );
    // Other counts of other people: no flag.
    assert!(flags_of(
        K::Outcome,
        "Two firefighters died.",
        "Three passengers were injured."
    )
    .is_empty());
}

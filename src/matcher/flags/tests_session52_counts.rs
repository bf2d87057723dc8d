//! Tests of session 52's count fault: a count of people doing something told in the
//! progressive ("More than 400 firefighters were fighting the blaze") read as no role,
//! so against one of them hurt ("One firefighter was injured fighting the blaze") it got
//! "More than 400 firefighters ≠ One firefighter": a group and its member hurt are two
//! counts (`numbers/roles.rs`, `progressive`). Two counts of the group doing the same
//! keep their flag.

use super::test_util::{number_flags, one_flag};

#[test]
fn a_group_doing_something_against_one_of_it_hurt_is_no_number_flag() {
    for (a, b) in [
        // Session 52's pair.
        (
            "More than 400 firefighters were fighting the blaze.",
            "One firefighter was injured fighting the blaze.",
        ),
        (
            "About 200 police officers were guarding the area.",
            "Two police officers were injured, police said.",
        ),
        (
            "Some 150 rescuers are searching the rubble.",
            "Three rescuers were killed when a wall collapsed.",
        ),
    ] {
        assert_eq!(number_flags(a, b), vec![], "{a} / {b}");
        assert_eq!(number_flags(b, a), vec![], "{b} / {a}");
    }
}

#[test]
fn two_counts_of_a_group_doing_the_same_or_of_one_fate_keep_their_flag() {
    one_flag(
        "400 firefighters were fighting the blaze.",
        "300 firefighters were fighting the blaze.",
        "400 firefighters",
        "300 firefighters",
        false,
    );
    one_flag(
        "More than 400 firefighters were fighting the blaze.",
        "About 300 firefighters fought the blaze.",
        "More than 400 firefighters",
        "About 300 firefighters",
        false,
    );
    // Not acts: "being treated", "fighting for their lives" tell the injured.
    one_flag(
        "Two firefighters were being treated in hospital.",
        "Three firefighters were injured.",
        "Two firefighters",
        "Three firefighters",
        false,
    );
    one_flag(
        "Two firefighters were fighting for their lives.",
        "Three firefighters were injured.",
        "Two firefighters",
        "Three firefighters",
        false,
    );
}

//! The one-detail English pairs of a new-user trial (trial 20, F2, F4, F5, F6) that were
//! silent or wrong, as the whole flag set gives them: each now carries the flag of its
//! kind, both ways round.

use super::test_util::{flags, has_flag, no_flag};
use super::DiscrepancyKind::{self, Number, Outcome, Person, Place, Weapon};

#[track_caller]
fn both(kind: DiscrepancyKind, a: &str, b: &str, ta: &str, tb: &str) {
    has_flag(kind, a, b, ta, tb);
    has_flag(kind, b, a, tb, ta);
}

#[test]
fn the_trial_pairs_are_flagged() {
    both(
        Outcome,
        "The company reported a $1.2bn loss on Monday.",
        "The company reported a $1.2bn profit on Monday.",
        "loss",
        "profit",
    );
    both(
        Outcome,
        "The bill passed the Senate on Monday.",
        "The bill failed in the Senate on Monday.",
        "passed",
        "failed",
    );
    both(
        Outcome,
        "Interest rates were raised on Monday.",
        "Interest rates were cut on Monday.",
        "raised",
        "cut",
    );
    both(
        Outcome,
        "The suspect surrendered to police on Monday.",
        "The suspect was killed by police on Monday.",
        "surrendered",
        "killed",
    );
    both(
        Number,
        "The fire started on the third floor.",
        "The fire started on the fifth floor.",
        "third floor",
        "fifth floor",
    );
    both(
        Place,
        "The storm hit the east coast.",
        "The storm hit the west coast.",
        "east coast",
        "west coast",
    );
    both(
        Person,
        "The driver was a woman in her 30s.",
        "The driver was a man in his 30s.",
        "woman",
        "man",
    );
    both(
        Weapon,
        "Police said the attacker used a knife.",
        "Police said the attacker used a gun.",
        "knife",
        "gun",
    );
    both(
        Place,
        "The militants crossed into Pakistan on Tuesday.",
        "The militants crossed into India on Tuesday.",
        "Pakistan",
        "India",
    );
}

#[test]
fn the_trial_age_pair_is_not_flagged() {
    let (a, b) = (
        "The 35-year-old deputy was shot on June 24.",
        "The deputy, 35, had served 15 years and was shot on June 24.",
    );
    no_flag(Number, a, b);
    no_flag(Number, b, a);
    assert!(flags(a, b).is_empty(), "{:?}", flags(a, b));
}

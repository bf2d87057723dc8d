//! Tests of session 55's count fault (trial 57): a count of the seriously injured against
//! a count of all the injured. "Eleven of the injured were in serious condition" /
//! "... about twenty were injured, three of them seriously" had no flag (the two parts
//! of the seriously injured were never compared), and "Fourteen people were injured,
//! four of them seriously" / "Four people were seriously injured" had the solid flag
//! "Fourteen people ≠ Four people" (all the injured against the seriously injured).
//! `numbers/severity.rs`.

use super::test_util::{no_number_flag, number_flags, one_flag};

#[test]
fn two_counts_of_the_seriously_injured_are_compared() {
    // Trial 57's pair: eleven against three, the total left alone.
    one_flag(
        "Eleven of the injured were in serious condition.",
        "Seven people died in the accident and about twenty were injured, three of them seriously.",
        "Eleven",
        "three of them seriously",
        false,
    );
    // A count against a part, across languages.
    one_flag(
        "Eleven people were seriously injured.",
        "Siete personas murieron y una veintena resultaron heridas, tres de ellos en estado grave.",
        "Eleven people",
        "tres",
        false,
    );
    // German "von ihnen".
    one_flag(
        "Eleven of the injured were in serious condition.",
        "Acht Menschen kamen ums Leben, 30 weitere wurden verletzt, drei von ihnen schwer.",
        "Eleven",
        "drei von ihnen schwer",
        false,
    );
}

#[test]
fn the_seriously_injured_against_all_the_injured_is_no_flag() {
    for (a, b) in [
        // Trial 57's pair: one four, told as a part and as a count.
        (
            "Fourteen people were injured, four of them seriously.",
            "Four people were seriously injured.",
        ),
        (
            "Eleven of the injured were in serious condition.",
            "About twenty people were injured.",
        ),
        (
            "Four people were seriously injured.",
            "Fourteen people were injured.",
        ),
        (
            "Acht Menschen kamen ums Leben, 30 weitere wurden verletzt, elf von ihnen schwer.",
            "Eleven of the injured were in serious condition.",
        ),
        (
            "Two people are in critical condition.",
            "Twelve people were injured.",
        ),
    ] {
        no_number_flag(a, b);
    }
}

#[test]
fn counts_of_all_the_injured_and_of_the_dead_keep_their_flags() {
    // The totals still differ, the parts agreeing.
    one_flag(
        "Fourteen people were injured, four of them seriously.",
        "Twelve people were injured, four of them seriously.",
        "Fourteen people",
        "Twelve people",
        false,
    );
    one_flag(
        "Four people were seriously injured.",
        "Five people were seriously injured.",
        "Four people",
        "Five people",
        false,
    );
    // A serious crash tells no patient: the dead and the injured as before.
    one_flag(
        "Three people were injured in the crash.",
        "Five people were injured in the crash.",
        "Three people",
        "Five people",
        false,
    );
    // Two groups named apart are left to their nouns.
    no_number_flag(
        "Two firefighters were seriously injured.",
        "Three police officers were seriously injured.",
    );
    // The dead and all the injured differ, the seriously injured agree: two flags.
    let flagged = number_flags(
        "Seven people died and 32 were injured, eleven of them seriously.",
        "Eight people died and 30 were injured, eleven of them seriously.",
    );
    assert!(
        flagged.len() == 2 && flagged.iter().all(|f| !f.2),
        "{flagged:?}"
    );
}

#[test]
fn a_german_compound_counts_its_head_across_languages() {
    // Trial 57's pair: "Rettungshubschrauber" was read by its beginning (a rescue) alone.
    one_flag(
        "Four rescue helicopters were sent to the scene.",
        "Drei Rettungshubschrauber waren im Einsatz.",
        "Four rescue helicopters",
        "Drei Rettungshubschrauber",
        false,
    );
    // The same count, and two heads (helicopters, boats): no flag.
    no_number_flag(
        "Three rescue helicopters were sent to the scene.",
        "Drei Rettungshubschrauber waren im Einsatz.",
    );
    no_number_flag(
        "Four rescue helicopters were sent to the scene.",
        "Drei Rettungsboote waren im Einsatz.",
    );
}

//! Tests of trial 50's F9 count flags: a count after a possessive ("the train's seven
//! carriages") is read from its figure, not as a name numbered by the possessor ("s seven
//! carriages ≠ s five carriages", `numbers/ident.rs`); a part of a whole after a possessor
//! ("Two of the train's seven carriages") is of the whole's figure (`toll::partitive`),
//! and a number flag inside another's words is dropped (`flags.rs`): one flag, not two.

use super::test_util::{no_number_flag, number_flags, one_flag};

#[test]
fn a_count_after_a_possessive_is_read_from_its_figure() {
    one_flag(
        "The train's seven carriages overturned.",
        "The train's five carriages overturned.",
        "seven carriages",
        "five carriages",
        false,
    );
    one_flag(
        "The bus’s 40 passengers were unhurt.",
        "The bus’s 45 passengers were unhurt.",
        "40 passengers",
        "45 passengers",
        false,
    );
    // A numbering word not in the possessive still names its figure: no count.
    no_number_flag(
        "Train 8 derailed near Pontarlier.",
        "The train derailed near Pontarlier.",
    );
}

#[test]
fn a_part_and_its_whole_told_in_one_phrase_give_one_flag() {
    // Trial 50 F9, the tester's pair.
    one_flag(
        "Two of the train's seven carriages overturned after the train left the tracks.",
        "Three of the train's five carriages overturned after the train left the tracks.",
        "Two of the train's seven carriages",
        "Three of the train's five carriages",
        false,
    );
    one_flag(
        "Two of the seven carriages overturned.",
        "Three of the five carriages overturned.",
        "Two of the seven carriages",
        "Three of the five carriages",
        false,
    );
    // Only the whole differs, or only the part: one flag on what differs.
    assert_eq!(
        number_flags(
            "Two of the train's seven carriages overturned.",
            "Two of the train's five carriages overturned."
        )
        .len(),
        1
    );
    one_flag(
        "Two of the train's seven carriages overturned.",
        "Three of the train's seven carriages overturned.",
        "Two of the train's seven carriages",
        "Three of the train's seven carriages",
        false,
    );
    no_number_flag(
        "Two of the train's seven carriages overturned.",
        "Two of the train's seven carriages overturned, police said.",
    );
}

#[test]
fn a_whole_after_a_possessor_is_read_as_the_whole_without_one() {
    // The bench's one moved flag: "60 percent of the company's 1,000 employees" is the
    // whole of a share, as "60 percent of the 1,000 employees" was, no count against
    // another sentence's plain count; against another whole it is flagged still.
    let whole = "More than 60 percent of the company's 1,000 employees were killed in the attack.";
    no_number_flag(
        whole,
        "The deal creates a company with about $2.8bn in annual revenues with 13,000 employees and 11,000 customers.",
    );
    no_number_flag(
        "More than 60 percent of the 1,000 employees were killed in the attack.",
        "The deal creates a company with about $2.8bn in annual revenues with 13,000 employees and 11,000 customers.",
    );
    one_flag(
        whole,
        "More than 60 percent of the company's 1,300 employees were killed in the attack.",
        "1,000 employees",
        "1,300 employees",
        false,
    );
}

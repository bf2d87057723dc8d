//! Tests of trial 57's nationality fault: a group's or a person's nationality told of a
//! noun the nationality flag did not read ("Most passengers were Spanish pensioners" /
//! "... Portuguese pensioners" 0.947, "The driver was German" / "... Austrian"), or in two
//! languages ("Spanish pensioners" / "deutsche Pensionisten"), had no flag
//! (`nationality_groups.rs`): now the person flag; with the near cases that must not flag.

use super::test_util::{has_flag_each_way, no_flag_either};
use crate::matcher::results::DiscrepancyKind::Person;

#[test]
fn a_group_or_a_person_of_two_nationalities_is_flagged() {
    // Trial 57, the tester's pairs.
    has_flag_each_way(
        Person,
        "Most passengers were Spanish pensioners.",
        "Most passengers were Portuguese pensioners.",
        "Spanish pensioners",
        "Portuguese pensioners",
    );
    has_flag_each_way(
        Person,
        "The driver was German.",
        "The driver was Austrian.",
        "driver was German",
        "driver was Austrian",
    );
    has_flag_each_way(
        Person,
        "Most of the passengers were Spanish pensioners on an eight-day tour.",
        "Die meisten Fahrgäste waren deutsche Pensionisten.",
        "Spanish pensioners",
        "deutsche Pensionisten",
    );
    // The kind: other languages, a noun after its nationality, a nationality's noun.
    has_flag_each_way(
        Person,
        "La mayoría de los pasajeros eran jubilados españoles.",
        "La mayoría de los pasajeros eran jubilados portugueses.",
        "jubilados españoles",
        "jubilados portugueses",
    );
    has_flag_each_way(
        Person,
        "Der Lenker war Österreicher.",
        "The driver was German.",
        "Lenker war Österreicher",
        "driver was German",
    );
    has_flag_each_way(
        Person,
        "Les passagers étaient des retraités espagnols.",
        "I passeggeri erano pensionati tedeschi.",
        "retraités espagnols",
        "pensionati tedeschi",
    );
}

#[test]
fn one_nationality_in_two_languages_or_two_groups_are_no_flag() {
    no_flag_either(
        Person,
        &[
            // One nationality in three languages.
            (
                "Most passengers were Spanish pensioners.",
                "La mayoría de los pasajeros eran jubilados españoles.",
            ),
            (
                "Most passengers were Spanish pensioners.",
                "Die meisten Fahrgäste waren spanische Pensionisten.",
            ),
            ("The driver was Austrian.", "Der Lenker war Österreicher."),
            // Two groups of people: passengers and a driver.
            (
                "Most passengers were Spanish pensioners.",
                "The driver was Austrian.",
            ),
            // Both nationalities on one side.
            (
                "The Spanish pensioners were travelling with an Austrian driver.",
                "The driver was Austrian.",
            ),
            (
                "Spanish and Portuguese pensioners were on board.",
                "Most passengers were Portuguese pensioners.",
            ),
            // Nothing else told alike of two people in one language.
            (
                "A German tourist was injured in the crash.",
                "An Austrian tourist was arrested at the border.",
            ),
            // A nationality of no person.
            (
                "Austrian police closed the road.",
                "German police closed the road.",
            ),
        ],
    );
}

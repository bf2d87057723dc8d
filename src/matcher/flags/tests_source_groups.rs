//! Tests of the speaker flag between two unnamed sources of different groups
//! (`speakers/groups.rs`: police, witnesses, family, lawyer, company, doctors; trial 23,
//! F-K).

use super::test_util::{flags_of, no_flag_either};
use super::DiscrepancyKind;

/// The speaker flags of `a` / `b`: text in `a`, text in `b` (also for
/// `tests_speaker_sides.rs`).
pub(super) fn speaker(a: &str, b: &str) -> Vec<(String, String)> {
    flags_of(DiscrepancyKind::Speaker, a, b)
        .into_iter()
        .map(|(x, y, _)| (x, y))
        .collect()
}

#[test]
fn two_groups_of_sources_are_flagged() {
    for (a, b) in [
        (
            "Police said the driver had been drinking.",
            "Witnesses said the driver had been drinking.",
        ),
        (
            "The driver had been drinking, according to police.",
            "The driver had been drinking, according to his lawyer.",
        ),
        (
            "Le conducteur avait bu, selon la police.",
            "Le conducteur avait bu, selon des témoins.",
        ),
        (
            "Der Fahrer habe getrunken, sagte ein Polizeisprecher.",
            "Der Fahrer habe getrunken, sagte ein Zeuge.",
        ),
        (
            "El conductor había bebido, según la policía.",
            "El conductor había bebido, según los testigos.",
        ),
    ] {
        assert_eq!(speaker(a, b).len(), 1, "{a} / {b}: {:?}", speaker(a, b));
        assert_eq!(speaker(b, a).len(), 1, "{b} / {a}: {:?}", speaker(b, a));
    }
}

#[test]
fn one_group_told_two_ways_or_a_name_is_no_flag() {
    no_flag_either(
        DiscrepancyKind::Speaker,
        &[
            (
                "Police said the driver had been drinking.",
                "Officers said the driver had been drinking.",
            ),
            (
                "Police said the driver had been drinking.",
                "A police spokesman said the driver had been drinking.",
            ),
            (
                "Der Fahrer habe getrunken, sagte ein Polizeisprecher.",
                "Der Fahrer habe getrunken, teilte die Polizei mit.",
            ),
            // An unnamed group against a named person may include them.
            (
                "Witnesses said the driver had been drinking.",
                "John Smith said the driver had been drinking.",
            ),
            (
                "Police said the driver had been drinking.",
                "Sergeant John Smith said the driver had been drinking.",
            ),
        ],
    );
}

/// A source told only by a group's words is that group's role, never a name, though German
/// capitalises its nouns: against a named person it is no flag, as "a police spokesman" /
/// "John Smith" is none. (A special case for two sources both told by group words left
/// "Polizeisprecher" / "Hans Müller" flagged as two names.)
#[test]
fn a_group_word_against_a_name_is_no_flag_in_any_language() {
    no_flag_either(
        DiscrepancyKind::Speaker,
        &[
            (
                "Der Fahrer habe getrunken, sagte ein Polizeisprecher.",
                "Der Fahrer habe getrunken, sagte Hans Müller.",
            ),
            (
                "Der Fahrer habe getrunken, sagte ein Zeuge.",
                "Der Fahrer habe getrunken, sagte Hans Müller.",
            ),
            (
                "A police spokesman said the driver had been drinking.",
                "John Smith said the driver had been drinking.",
            ),
        ],
    );
}

/// Read as a role, a group's word still differs from another role ("his lawyer" / "the
/// mayor"), and two group words of one group are one kind of source told two ways.
#[test]
fn a_group_word_is_a_role_against_other_roles() {
    let (lawyer, mayor, attorney) = (
        "The driver had been drinking, his lawyer said.",
        "The driver had been drinking, the mayor said.",
        "The driver had been drinking, the attorney said.",
    );
    assert_eq!(
        speaker(lawyer, mayor).len(),
        1,
        "{:?}",
        speaker(lawyer, mayor)
    );
    assert_eq!(
        speaker(mayor, lawyer).len(),
        1,
        "{:?}",
        speaker(mayor, lawyer)
    );
    no_flag_either(DiscrepancyKind::Speaker, &[(lawyer, attorney)]);
}

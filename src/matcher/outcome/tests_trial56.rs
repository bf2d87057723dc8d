//! Tests of trial 56's outcome fault: a death denied of children as a group ("No child
//! was killed", fr "aucun enfant n'a perdu la vie") against a death told of one child
//! ("A 9-year-old girl was killed", "… was among the dead") had no flag
//! (`negation/members.rs`); with the near cases that must not flag.

use super::tests_condition::{flagged, unflagged};

#[test]
fn a_death_denied_of_children_against_one_child_killed_is_flagged() {
    for (a, b, ta, tb) in [
        // Trial 56, the tester's pairs (0.676, no flag).
        (
            "A 9-year-old girl was killed in the explosion.",
            "No child was killed in the explosion.",
            "girl",
            "No child",
        ),
        (
            "A 9-year-old girl was among the dead, according to the prosecutor's office.",
            "Contrary to reports that circulated overnight, no child lost their life, the prosecutor's office said.",
            "girl",
            "no child",
        ),
        (
            "A 9-year-old girl was among the dead.",
            "Aucun enfant n'a perdu la vie, a précisé le parquet.",
            "girl",
            "Aucun enfant",
        ),
        // The kind: other members, other languages.
        (
            "Une fillette de 9 ans figure parmi les morts.",
            "Aucun enfant n'a perdu la vie.",
            "fillette",
            "Aucun enfant",
        ),
        (
            "A baby died in the fire.",
            "No children died in the fire.",
            "baby",
            "No children",
        ),
    ] {
        flagged(a, b, ta, tb, false);
    }
}

#[test]
fn a_death_denied_of_another_group_or_by_both_or_of_another_fate_is_no_flag() {
    for (a, b) in [
        // Another group denied.
        (
            "No adult was killed in the explosion.",
            "A 9-year-old girl was killed in the explosion.",
        ),
        // Both deny.
        (
            "No child was killed in the explosion.",
            "No child died in the explosion.",
        ),
        (
            "No child was killed in the explosion.",
            "No girl was killed in the explosion.",
        ),
        // The member told of another fate, or no death denied.
        (
            "No child was killed in the explosion.",
            "A 9-year-old girl was injured in the explosion.",
        ),
        (
            "No child was injured in the explosion.",
            "A 9-year-old girl was killed in the explosion.",
        ),
        // A young woman is no child (de "junge").
        ("Kein Kind kam ums Leben.", "Eine junge Frau kam ums Leben."),
    ] {
        unflagged(a, b);
    }
}

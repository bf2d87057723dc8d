//! Tests of the places of trial 53's fire (session 51): a substation named by its district
//! is a facility, in English before its noun ("the Marzahn substation") and in German
//! after it ("im Umspannwerk Lichtenberg": `lexicon::facilities::GERMAN_FACILITIES`), so
//! two substations differ across languages too (`facilities.rs`); and two enclosures
//! people were trapped in ("in lifts" / "in a tunnel") are no places told two ways.

use super::test_util::{no_flag_either, one_flag_of};
use crate::matcher::results::DiscrepancyKind::Place;

#[test]
fn two_substations_named_by_their_districts_are_two_places() {
    // Across languages there was no flag.
    for (a, b, ta, tb) in [
        (
            "Das Feuer brach im Umspannwerk Lichtenberg aus.",
            "The fire broke out at the Marzahn substation.",
            "Umspannwerk Lichtenberg",
            "Marzahn substation",
        ),
        (
            "Das Feuer brach im Umspannwerk Lichtenberg aus.",
            "Das Feuer brach im Umspannwerk Marzahn aus.",
            "Umspannwerk Lichtenberg",
            "Umspannwerk Marzahn",
        ),
        // Two named substations are known apart by their noun: the solid flag (it was
        // the dashed place flag of two towns the gazetteer does not know).
        (
            "The fire broke out at the Lichtenberg substation.",
            "The fire broke out at the Marzahn substation.",
            "Lichtenberg substation",
            "Marzahn substation",
        ),
    ] {
        one_flag_of(Place, a, b, ta, tb, false);
    }
}

#[test]
fn one_substation_or_one_unnamed_gives_no_place_flag() {
    no_flag_either(
        Place,
        &[
            (
                "Das Feuer brach im Umspannwerk Lichtenberg aus.",
                "The fire broke out at the Lichtenberg substation.",
            ),
            (
                "The fire broke out at a substation.",
                "The fire broke out at the Marzahn substation.",
            ),
            (
                "Das Feuer brach im Umspannwerk aus.",
                "The fire broke out at the Marzahn substation.",
            ),
            // Lifts and a tunnel: two enclosures that may both have held people in one
            // blackout, named by no name; no place told two ways.
            (
                "People were trapped in lifts.",
                "People were trapped in a tunnel.",
            ),
        ],
    );
}

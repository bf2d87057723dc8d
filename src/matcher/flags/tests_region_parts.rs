//! Tests of places inside others (session 30): a street and the town it lies in against
//! the region that holds the town ("in der Innstraße in Passau" / "in Niederbayern"), a
//! street against a town ("on Main Street" / "in Brooklyn"), a part of a region written
//! with "Nieder-", "Ober-", "Upper", "Lower" against a town it may hold: no conflict.
//! Against a city of another region it is one ("Niederbayern" / "Hamburg").

use super::test_util::{no_flag_either, one_flag_of};
use super::DiscrepancyKind;

#[test]
fn a_street_or_a_town_inside_a_region_is_no_conflict() {
    no_flag_either(
        DiscrepancyKind::Place,
        &[
            (
                "Der Unfall ereignete sich in der Innstraße in Passau.",
                "Der Unfall ereignete sich in Niederbayern.",
            ),
            (
                "Der Unfall ereignete sich in der Innstraße in Passau.",
                "Der Unfall ereignete sich in Oberbayern.",
            ),
            (
                "Der Unfall ereignete sich in Niedersachsen.",
                "Der Unfall ereignete sich in Hannover.",
            ),
            (
                "Der Unfall ereignete sich in Niederösterreich.",
                "Der Unfall ereignete sich in Wien.",
            ),
            (
                "The crash happened in Upper Bavaria.",
                "The crash happened in Passau.",
            ),
            (
                "The crash happened on Main Street in Brooklyn.",
                "The crash happened in Brooklyn.",
            ),
            (
                "The crash happened on Main Street.",
                "The crash happened in Brooklyn.",
            ),
        ],
    );
}

#[test]
fn a_part_of_a_region_against_a_city_elsewhere_conflicts() {
    for (a, b, ta, tb) in [
        (
            "Der Unfall ereignete sich in Niederbayern.",
            "Der Unfall ereignete sich in Hamburg.",
            "Niederbayern",
            "Hamburg",
        ),
        (
            "Der Unfall ereignete sich in Niedersachsen.",
            "Der Unfall ereignete sich in Dresden.",
            "Niedersachsen",
            "Dresden",
        ),
        (
            "The crash happened in Upper Bavaria.",
            "The crash happened in Hamburg.",
            "Upper Bavaria",
            "Hamburg",
        ),
    ] {
        one_flag_of(DiscrepancyKind::Place, a, b, ta, tb, false);
    }
    // Two unknown towns stay the softer kind: "Ober" of "Oberhausen" is no region's part.
    one_flag_of(
        DiscrepancyKind::Place,
        "Der Unfall ereignete sich in Oberhausen.",
        "Der Unfall ereignete sich in Passau.",
        "Oberhausen",
        "Passau",
        true,
    );
}

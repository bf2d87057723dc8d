//! Tests of the place flag on a place the gazetteer knows as the object of a verb of place
//! ("A quake hit France" / "hit Italy", `places/objects.rs`), and of a place named by the
//! other side in an adjective of its people ("Iranian earthquake").

use super::test_util::{has_flag_each_way, no_flag_either};
use super::*;

#[test]
fn a_known_place_hit_struck_or_entered_is_compared() {
    // Trial 21, F-K: each 97-99.8 % same fact with no flag.
    for (a, b, ta, tb) in [
        (
            "A quake hit France on Tuesday.",
            "A quake hit Italy on Tuesday.",
            "France",
            "Italy",
        ),
        (
            "Floods hit Germany on Monday.",
            "Floods hit Poland on Monday.",
            "Germany",
            "Poland",
        ),
        (
            "A quake hit central Chile on Tuesday.",
            "A quake hit northern Japan on Tuesday.",
            "Chile",
            "Japan",
        ),
        (
            "Troops entered Ukraine.",
            "Troops entered Poland.",
            "Ukraine",
            "Poland",
        ),
        (
            "Troops invaded Ukraine.",
            "Troops crossed into Poland.",
            "Ukraine",
            "Poland",
        ),
        (
            "A storm struck Florida on Sunday.",
            "A storm rocked Texas on Sunday.",
            "Florida",
            "Texas",
        ),
        (
            "A quake struck Chile on Tuesday.",
            "A quake struck in Japan on Tuesday.",
            "Chile",
            "Japan",
        ),
    ] {
        has_flag_each_way(DiscrepancyKind::Place, a, b, ta, tb);
    }
}

#[test]
fn an_unknown_name_a_place_within_or_a_qualifier_is_no_place_object() {
    no_flag_either(
        DiscrepancyKind::Place,
        &[
            // Not places the gazetteer knows.
            ("The car hit Smith on Tuesday.", "The car hit Jones on Tuesday."),
            // One place within the other.
            (
                "A quake hit Santiago on Tuesday.",
                "A quake hit Chile on Tuesday.",
            ),
            (
                "A quake hit Chile on Tuesday.",
                "A quake hit central Chile on Tuesday.",
            ),
            // Where troops went and where they were: two slots.
            (
                "Troops entered Ukraine on Monday.",
                "Troops were in Poland on Monday.",
            ),
            // Dev data: the store is hit, "Paris" says where it is.
            (
                "Three or four robbers burst into the store on ritzy Avenue Montaigne near the Champs-Elysees late Thursday afternoon.",
                "Ram - raiders hit Paris jewellery store for €2m",
            ),
            // Dev data: the quake in Iran, its tremor felt in Dubai; "Iranian" names Iran.
            (
                "A powerful earthquake has hit southern Iran, killing at least 10 people, officials say.",
                "Iranian earthquake tremor hits Dubai",
            ),
            ("Ten dead in southern Iran quake", "Iranian earthquake tremor hits Dubai"),
            // Dev data: one place spelt two ways.
            (
                "In Falluja on Thursday, two grenades were thrown at soldiers, wounding seven.",
                "In Al-Fallujah, two grenades were thrown Thursday at soldiers, wounding seven.",
            ),
        ],
    );
}

//! Tests of trial 37's faults (its inputs are lost: the pairs here are written anew):
//! a speaker inserted between dashes in a Spanish quotation and a name before a colon and
//! a quotation (`speakers/find.rs` `colon_speaker`, `quotes.rs` `without_dashed`); "no
//! one" before a promise counts no one (`counts::nobody`); measures in two units compared
//! after conversion (`units::measures_apart`); Mexican states (`gazetteer.txt`) and areas
//! named with "the state of" (`places/genitives.rs`); two intercardinal directions
//! (`compass.rs`); who attacked whom (`winner/words.rs`).

use super::test_util::{has_flag_each_way, no_flag_either};
use crate::matcher::DiscrepancyKind as K;

#[test]
fn a_speaker_between_dashes_in_a_quotation_is_read() {
    has_flag_each_way(
        K::Speaker,
        "«La situación es grave —dijo el alcalde Juan Pérez— y no hay heridos.»",
        "«La situación es grave y no hay heridos», dijo el gobernador Luis Gómez.",
        "alcalde Juan Pérez",
        "gobernador Luis Gómez",
    );
    // The same speaker, and the quotation without its inserted attribution: no flag.
    for kind in [K::Speaker, K::Quote] {
        no_flag_either(
            kind,
            &[
                (
                    "«La situación es grave, —dijo el alcalde—, pero no hay heridos.»",
                    "«La situación es grave, pero no hay heridos», dijo el alcalde.",
                ),
                (
                    "«La situación es grave —afirmó Pérez— y no hay heridos.»",
                    "«La situación es grave y no hay heridos», dijo Pérez.",
                ),
            ],
        );
    }
}

#[test]
fn a_name_before_a_colon_and_a_quotation_speaks() {
    has_flag_each_way(
        K::Speaker,
        "Landini: «Lo sciopero è riuscito, i lavoratori hanno aderito in massa».",
        "«Lo sciopero è riuscito, i lavoratori hanno aderito in massa», ha detto Bombardieri.",
        "Landini",
        "Bombardieri",
    );
    no_flag_either(
        K::Speaker,
        &[
            (
                "Landini: «Lo sciopero è riuscito».",
                "«Lo sciopero è riuscito», ha detto Landini.",
            ),
            // "according to X" and "X said" are one speaker; a role against a name is no
            // conflict by itself.
            (
                "The strike was a success, according to Maurizio Landini.",
                "The strike was a success, Maurizio Landini said.",
            ),
            (
                "The strike was a success, the union leader said.",
                "The strike was a success, Maurizio Landini said.",
            ),
        ],
    );
    has_flag_each_way(
        K::Speaker,
        "The strike was a success, according to Maurizio Landini.",
        "The strike was a success, Pierpaolo Bombardieri said.",
        "Maurizio Landini",
        "Pierpaolo Bombardieri",
    );
}

#[test]
fn no_one_before_a_promise_is_no_count() {
    no_flag_either(
        K::Number,
        &[(
            "No one will be left behind, the minister promised.",
            "Thousands of residents were left behind when the town was evacuated.",
        )],
    );
    has_flag_each_way(
        K::Number,
        "No one was left behind, the minister said.",
        "Thousands of residents were left behind when the town was evacuated.",
        "No one",
        "Thousands of residents",
    );
}

#[test]
fn measures_in_two_units_are_compared_after_conversion() {
    for (a, b, ta, tb) in [
        (
            "Winds reached 150 km/h.",
            "Winds reached 120 mph.",
            "150 km/h",
            "120 mph",
        ),
        (
            "Winds of up to 150 kilometres per hour were recorded.",
            "Winds of up to 120 miles per hour were recorded.",
            "up to 150 kilometres per hour",
            "up to 120 miles per hour",
        ),
        (
            "Up to 100 mm of rain fell.",
            "Up to 8 inches of rain fell.",
            "Up to 100 mm",
            "Up to 8 inches",
        ),
        (
            "The wave was 10 metres high.",
            "The wave was 50 feet high.",
            "10 metres",
            "50 feet",
        ),
    ] {
        has_flag_each_way(K::Number, a, b, ta, tb);
    }
    // The same measure rounded in the other unit, or given in both by one report.
    no_flag_either(
        K::Number,
        &[
            ("Winds reached 150 km/h.", "Winds reached 93 mph."),
            ("Up to 100 mm of rain fell.", "Up to 4 inches of rain fell."),
            ("The wave was 10 metres high.", "The wave was 33 feet high."),
            ("Winds reached 150 km/h (93 mph).", "Winds reached 93 mph."),
            // One report gives both (its own conversion wrong): each unit on its own.
            (
                "Six protesters were injured 50 miles (110 km) outside of La Paz.",
                "Six protesters were injured 110 kilometres outside La Paz.",
            ),
            // A vague distance is no measure to convert.
            (
                "Hampton Township is about 100 miles from Bloomfield Township.",
                "Hampton Township is located a few kilometers northeast of Bay City.",
            ),
            (
                "Winds reached 150 km/h (93 mph).",
                "Winds reached 150 km/h.",
            ),
        ],
    );
}

#[test]
fn two_mexican_states_are_two_places() {
    for (a, b) in [
        (
            "The earthquake struck the Mexican state of Oaxaca.",
            "The earthquake struck the Mexican state of Guerrero.",
        ),
        (
            "The quake hit Oaxaca on Tuesday.",
            "The quake hit Guerrero on Tuesday.",
        ),
    ] {
        has_flag_each_way(K::Place, a, b, "Oaxaca", "Guerrero");
    }
    // A city of the state is in it.
    no_flag_either(
        K::Place,
        &[(
            "The hurricane hit Acapulco on Tuesday.",
            "The hurricane hit Guerrero on Tuesday.",
        )],
    );
}

#[test]
fn two_intercardinal_directions_are_two_parts() {
    has_flag_each_way(
        K::Place,
        "The fire broke out in northwest Spain.",
        "The fire broke out in northeast Spain.",
        "northwest Spain",
        "northeast Spain",
    );
    has_flag_each_way(
        K::Place,
        "Flooding hit north-west England.",
        "Flooding hit north-east England.",
        "north-west England",
        "north-east England",
    );
    // North overlaps north-west; one direction in two spellings.
    no_flag_either(
        K::Place,
        &[
            (
                "Flooding hit north England.",
                "Flooding hit north-west England.",
            ),
            (
                "Flooding hit northwest England.",
                "Flooding hit north-west England.",
            ),
        ],
    );
}

#[test]
fn who_attacked_whom_swapped_is_flagged() {
    has_flag_each_way(
        K::Outcome,
        "Russia attacked Ukraine on Monday.",
        "Ukraine attacked Russia on Monday.",
        "Russia attacked Ukraine",
        "Ukraine attacked Russia",
    );
    has_flag_each_way(
        K::Outcome,
        "Ukraine was attacked by Russia on Monday.",
        "Ukraine attacked Russia on Monday.",
        "Ukraine was attacked by Russia",
        "Ukraine attacked Russia",
    );
    no_flag_either(
        K::Outcome,
        &[(
            "Russia attacked Ukraine on Monday.",
            "Ukraine was attacked by Russia on Monday.",
        )],
    );
}

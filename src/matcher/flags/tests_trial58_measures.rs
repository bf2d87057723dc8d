//! Tests of figures of two different things read as one across languages (trial 58): a
//! speed against a length ("above 120 km/h" / "moins de 3 km": two dimensions), a count of
//! people against tonnes told in Italian ("One sailor" / "oltre 500 tonnellate": the
//! Italian word was no unit), a count of times against a count of things ("four times" /
//! "trois estuaires"). `numbers.rs` (`dims_apart`, `foreign`), `units.rs` (tonnes).

use super::test_util::{no_number_flag, number_flags};

#[test]
fn measures_of_two_dimensions_or_other_things_are_not_compared_across_languages() {
    for (a, b) in [
        (
            "Winds above 120 km/h hit the ship.",
            "Le navire s'est échoué à moins de 3 km de la côte.",
        ),
        (
            "Winds of 120 km/h hit the ship.",
            "Le navire s'est échoué à 3 km de la côte.",
        ),
        (
            "One sailor, a 34-year-old Filipino deckhand, was still missing on Tuesday night.",
            "Lo scafo si è squarciato e oltre 500 tonnellate di carburante si sono riversate in mare.",
        ),
        (
            "The tanker has changed owners four times.",
            "Des barrages flottants ont été posés à l'entrée de trois estuaires.",
        ),
    ] {
        no_number_flag(a, b);
    }
}

#[test]
fn one_measure_in_two_languages_is_still_compared() {
    // Tonnes in Italian are tonnes: 400 against more than 500 is flagged (it was not: the
    // Italian word was no unit, trial 58 item 4).
    let f = number_flags(
        "About 400 tonnes of oil had leaked by Tuesday.",
        "Oltre 500 tonnellate di carburante si sono riversate in mare.",
    );
    assert_eq!(f.len(), 1, "{f:?}");
    // Two speeds and two lengths still differ.
    assert_eq!(
        number_flags(
            "Winds of 120 km/h hit the ship.",
            "Des vents de 90 km/h ont frappé le navire.",
        )
        .len(),
        1
    );
    assert_eq!(
        number_flags(
            "The ship ran aground 3 km from the coast.",
            "Le navire s'est échoué à 8 km de la côte.",
        )
        .len(),
        1
    );
    no_number_flag(
        "About 400 tonnes of oil had leaked by Tuesday.",
        "Circa 400 tonnellate di carburante si sono riversate in mare.",
    );
}

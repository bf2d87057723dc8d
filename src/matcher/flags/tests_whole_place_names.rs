//! Tests of whole place names (`places/names.rs`): names of several parts sharing their
//! first words are two places ("La Rochelle" / "La Roche-sur-Yon", "Frankfurt am Main" /
//! "Frankfurt (Oder)"), a bare name is the well-known place of its name ("Frankfurt" is
//! Frankfurt am Main, not "Frankfurt an der Oder", unless the text says Oder).

use super::test_util::{flags_of, no_flag_either, one_flag_of};
use super::DiscrepancyKind::Place;
use super::*;
use crate::matcher::features::{Idf, Prepared};

/// Whether two one-sentence articles are placed apart (`places_apart`).
fn apart(a: &str, b: &str) -> bool {
    let of = |t: &str| ArticlePlaces::of(&[Prepared::new(t, Idf::builtin())]);
    places_apart(&of(a), &of(b)).is_some()
}

#[test]
fn names_sharing_their_first_words_are_compared_whole() {
    // Each pair: two towns whose names begin alike, in French, German, Spanish, English.
    for (a, b, x, y) in [
        (
            "A fire killed three workers in La Rochelle on Thursday.",
            "A fire killed three workers in La Roche-sur-Yon on Thursday.",
            "La Rochelle",
            "La Roche-sur-Yon",
        ),
        (
            "Un incendie a fait trois morts à Villeneuve-d'Ascq jeudi.",
            "Un incendie a fait trois morts à Villeneuve-sur-Lot jeudi.",
            "Villeneuve-d'Ascq",
            "Villeneuve-sur-Lot",
        ),
        (
            "Ein Feuer tötete drei Arbeiter in Frankfurt am Main am Donnerstag.",
            "Ein Feuer tötete drei Arbeiter in Frankfurt (Oder) am Donnerstag.",
            "Frankfurt am Main",
            "Frankfurt (Oder)",
        ),
        (
            "Ein Feuer tötete drei Arbeiter in Frankfurt am Main am Donnerstag.",
            "Ein Feuer tötete drei Arbeiter in Frankfurt an der Oder am Donnerstag.",
            "Frankfurt am Main",
            "Frankfurt an der Oder",
        ),
        (
            "Un incendie a fait trois morts à Saint-Denis jeudi.",
            "Un incendie a fait trois morts à Saint-Étienne jeudi.",
            "Saint-Denis",
            "Saint-Étienne",
        ),
    ] {
        one_flag_of(Place, a, b, x, y, false);
    }
    // Two names the gazetteer does not know: the softer kind.
    one_flag_of(
        Place,
        "A fire killed three workers in Newcastle upon Tyne on Thursday.",
        "A fire killed three workers in Newcastle-under-Lyme on Thursday.",
        "Newcastle upon Tyne",
        "Newcastle-under-Lyme",
        true,
    );
    // Whole names as the articles' places: apart.
    assert!(apart(
        "A fire killed three workers in La Rochelle on Thursday.",
        "A fire killed three workers in La Roche-sur-Yon on Thursday."
    ));
}

#[test]
fn a_bare_name_is_the_well_known_place_of_that_name() {
    // "Frankfurt" is Frankfurt am Main; "San Sebastián" the Basque city.
    one_flag_of(
        Place,
        "Ein Feuer tötete drei Arbeiter in Frankfurt an der Oder am Donnerstag.",
        "Ein Feuer tötete drei Arbeiter in Frankfurt am Donnerstag.",
        "Frankfurt an der Oder",
        "Frankfurt",
        false,
    );
    one_flag_of(
        Place,
        "Un incendio mató a tres trabajadores en San Sebastián de los Reyes el jueves.",
        "Un incendio mató a tres trabajadores en San Sebastián el jueves.",
        "San Sebastián de los Reyes",
        "San Sebastián",
        false,
    );
    no_flag_either(
        Place,
        &[
            // The bare name of the well-known place, and the same with its full name.
            (
                "Ein Feuer tötete drei Arbeiter in Frankfurt am Main am Donnerstag.",
                "Ein Feuer tötete drei Arbeiter in Frankfurt am Donnerstag.",
            ),
            // The other text says Oder.
            (
                "Ein Feuer tötete an der Oder drei Arbeiter in Frankfurt am Donnerstag.",
                "Ein Feuer tötete drei Arbeiter in Frankfurt an der Oder am Donnerstag.",
            ),
            // A bare name the gazetteer does not know: a short form of the other.
            (
                "A fire killed three workers in Stoke-on-Trent on Thursday.",
                "A fire killed three workers in Stoke on Thursday.",
            ),
            // Further parts with no joining word: a place in the town (same-event-dev).
            (
                "A FIRE has badly damaged the Waitrose supermarket in Wellington's High Street.",
                "Waitrose fire in Wellington town centre tackled",
            ),
            // One whole name on both sides.
            (
                "A fire killed three workers in La Roche-sur-Yon on Thursday.",
                "Three workers died in a fire in La Roche-sur-Yon.",
            ),
        ],
    );
}

#[test]
fn joining_words_that_are_no_part_of_a_name_end_it() {
    // "am Flughafen" is no river: Berlin, then a noun; "on Monday" and "de Jean Dupont"
    // end the name too.
    assert_eq!(
        flags_of(
            Place,
            "Ein Feuer tötete drei Arbeiter in Berlin am Flughafen.",
            "Ein Feuer tötete drei Arbeiter in Hamburg am Flughafen.",
        ),
        vec![("Berlin".to_string(), "Hamburg".to_string(), false)]
    );
    assert_eq!(
        flags_of(
            Place,
            "A fire killed three workers in London on Christmas Day.",
            "A fire killed three workers in Leeds on Christmas Day.",
        ),
        vec![("London".to_string(), "Leeds".to_string(), false)]
    );
}

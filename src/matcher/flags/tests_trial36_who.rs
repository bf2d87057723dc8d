//! Tests of trial 36's F3, F7, F13, F16, F17, F19 (who, which way, in what unit): a person
//! against their lawyer as the speaker of one quotation (`speakers/conflict.rs` `held_for`,
//! `speakers/roles.rs` `owner_after`), two headings of what moves and two sides of one
//! thing (`compass.rs`), a temperature written "43 C" (`temperatures::spaced_scale`), areas
//! in two units (`units::measures_apart`), two models of one aircraft maker
//! (`vehicles::model_conflict`), a workforce against another count of people
//! (`numbers.rs` `workforce`).

use super::test_util::{flags, flags_of, has_flag_each_way, no_flag, no_flag_either};
use crate::matcher::DiscrepancyKind as K;

#[test]
fn a_person_and_their_lawyer_are_two_speakers() {
    has_flag_each_way(
        K::Speaker,
        "\"I will prove my innocence,\" Ferreira said outside the court.",
        "\"I will prove my innocence,\" Ferreira's lawyer said outside the court.",
        "Ferreira",
        "Ferreira's lawyer",
    );
    has_flag_each_way(
        K::Speaker,
        "\"Vou provar a minha inocência\", disse Almeida à saída do tribunal.",
        "\"Vou provar a minha inocência\", disse o advogado de Almeida à saída do tribunal.",
        "Almeida",
        "advogado de Almeida",
    );
    has_flag_each_way(
        K::Speaker,
        "\"Vou provar a minha inocência\", disse Almeida.",
        "\"Vou provar a minha inocência\", disse o advogado de Almeida, Pedro Nunes.",
        "Almeida",
        "Pedro Nunes",
    );
    no_flag_either(
        K::Speaker,
        &[
            // One person told two ways.
            (
                "\"I will prove my innocence,\" Ferreira said.",
                "\"I will prove my innocence,\" according to Ferreira.",
            ),
            // The lawyer on both sides.
            (
                "\"I will prove my innocence,\" Ferreira's lawyer said.",
                "\"I will prove my innocence,\" Ferreira's lawyer said outside the court.",
            ),
            (
                "\"Vou provar a minha inocência\", disse o advogado de Almeida.",
                "\"Vou provar a minha inocência\", disse o advogado de Almeida à saída do tribunal.",
            ),
            // A particle of a name is no role's genitive.
            (
                "\"Vou provar a minha inocência\", disse Rui de Almeida.",
                "\"Vou provar a minha inocência\", disse Almeida.",
            ),
        ],
    );
}

#[test]
fn two_headings_of_what_moves_differ() {
    for (a, b, ta, tb) in [
        (
            "Winds pushed the flames north towards Serta.",
            "Winds pushed the flames south towards Serta.",
            "north",
            "south",
        ),
        (
            "Winds gusting up to 70 km/h pushed the flames south towards the town of Serta.",
            "Gusts of up to 90 km/h drove the fire north toward the town of Proenca-a-Nova.",
            "south",
            "north",
        ),
        (
            "As chamas avançaram para norte, em direção à Sertã.",
            "As chamas avançaram para sul, em direção à Sertã.",
            "norte",
            "sul",
        ),
        (
            "Les flammes avancent vers le nord.",
            "Les flammes avancent vers le sud.",
            "nord",
            "sud",
        ),
        (
            "Las llamas avanzaron hacia el norte.",
            "Las llamas avanzaron hacia el este.",
            "norte",
            "este",
        ),
        (
            "Le fiamme si sono spostate verso nord.",
            "Le fiamme si sono spostate verso sud.",
            "nord",
            "sud",
        ),
        (
            "Die Flammen breiteten sich nach Norden aus.",
            "Die Flammen breiteten sich nach Süden aus.",
            "Norden",
            "Süden",
        ),
        (
            "De vlammen trokken naar het noorden.",
            "De vlammen trokken naar het zuiden.",
            "noorden",
            "zuiden",
        ),
    ] {
        has_flag_each_way(K::Place, a, b, ta, tb);
    }
    no_flag_either(
        K::Place,
        &[
            // A place north of a town and a region of a country: two places told.
            (
                "The plane crashed north of Lisbon.",
                "The plane crashed in northern Portugal.",
            ),
            // Overlapping headings.
            ("The fire moved north.", "The fire moved north-east."),
            ("The fire moved north.", "The fire moved north."),
            // "este" is "this" before a noun.
            (
                "Vamos trabalhar para este ano.",
                "Vamos trabalhar para o outro lado.",
            ),
            // No heading: a region of the country ("in the north").
            ("The fire is in the north.", "The fire moved south."),
        ],
    );
}

#[test]
fn two_sides_of_one_thing_differ() {
    has_flag_each_way(
        K::Place,
        "The pilots reported a fire in the left engine.",
        "The crew reported a fire in the right engine.",
        "left engine",
        "right engine",
    );
    has_flag_each_way(
        K::Place,
        "The plane's left wing hit the ground.",
        "The plane's right wing hit the ground.",
        "left wing",
        "right wing",
    );
    no_flag_either(
        K::Place,
        &[
            // "left" the verb.
            (
                "He left the engine running.",
                "The right engine caught fire.",
            ),
            // Both sides named.
            (
                "The left and right engines failed.",
                "The right engine failed.",
            ),
            // Sides of two things.
            ("The left engine failed.", "The right wing was damaged."),
        ],
    );
}

#[test]
fn a_temperature_with_a_spaced_scale_letter_is_read() {
    has_flag_each_way(
        K::Number,
        "Temperatures reached 41 degrees Celsius in Castelo Branco on Monday.",
        "Temperatures topped 43 C (109 F) in Castelo Branco on Sunday.",
        "41 degrees Celsius",
        "43 C",
    );
    // The same temperature in the other scale, or written the other way: no flag.
    no_flag_either(
        K::Number,
        &[
            (
                "Temperatures reached 41 degrees Celsius.",
                "Temperatures reached 41 C.",
            ),
            (
                "Temperatures reached 41 degrees Celsius.",
                "Temperatures reached 106 F.",
            ),
        ],
    );
    has_flag_each_way(
        K::Number,
        "Temperatures reached 41 degrees Celsius.",
        "Temperatures reached 115 F.",
        "41 degrees Celsius",
        "115 F",
    );
    // A letter after a figure in a sentence of no temperature is no scale.
    let f = flags_of(
        K::Number,
        "He lives at Block 4 C in the camp.",
        "He lives at Block 6 C in the camp.",
    );
    assert!(f.iter().all(|x| !x.0.ends_with(" C")), "{f:?}");
}

#[test]
fn areas_in_two_units_are_compared_in_hectares() {
    for (a, b, ta, tb) in [
        (
            "The fire has burned about 15,000 hectares.",
            "The fire has burned about 60,000 acres.",
            "about 15,000 hectares",
            "about 60,000 acres",
        ),
        (
            "The fire has burned 12,000 hectares, officials said.",
            "The fire has burned 200 square kilometres, officials said.",
            "12,000 hectares",
            "200 square kilometres",
        ),
    ] {
        has_flag_each_way(K::Number, a, b, ta, tb);
    }
    // The same area converted, rounded: no flag.
    no_flag_either(
        K::Number,
        &[
            (
                "The fire has burned about 15,000 hectares.",
                "The fire has burned about 37,000 acres.",
            ),
            (
                "The fire has burned 12,000 hectares, officials said.",
                "The fire has burned 120 square kilometres, officials said.",
            ),
            (
                "The fire has burned 12,000 hectares.",
                "The fire has burned about 30,000 acres.",
            ),
        ],
    );
}

#[test]
fn two_models_of_one_maker_differ() {
    has_flag_each_way(
        K::Vehicle,
        "The Airbus A321neo was flying from Porto to Paris when the pilots reported a fire in the left engine at 7:12 a.m.",
        "The Airbus A320 was bound for Paris when the crew reported a fire in the right engine at 7:21 a.m.",
        "Airbus A321neo",
        "Airbus A320",
    );
    let both = flags(
        "The Airbus A321neo reported a fire in the left engine.",
        "The Airbus A320 reported a fire in the right engine.",
    );
    assert_eq!(both.len(), 2, "{both:?}");
    no_flag_either(
        K::Vehicle,
        &[
            // A family and its variant.
            (
                "The Airbus A320 landed safely.",
                "The Airbus A320neo landed safely.",
            ),
            // Two makers' models are flagged since trial 40 (T6, `tests_trial40.rs`).
        ],
    );
}

#[test]
fn a_workforce_is_no_count_of_other_people() {
    no_flag(
        K::Number,
        "Verhoef employs 220 people.",
        "Fifty-one people fell ill after eating the salmon.",
    );
    no_flag(
        K::Number,
        "Fifty-one people fell ill after eating the salmon.",
        "Verhoef employs 220 people.",
    );
    has_flag_each_way(
        K::Number,
        "Verhoef employs 220 people.",
        "Verhoef employs about 250 people.",
        "220 people",
        "about 250 people",
    );
}

#[test]
fn a_figure_moved_from_a_place_is_no_count_of_that_place() {
    no_flag_either(
        K::Number,
        &[(
            "At least 23 homes have been destroyed, and dozens of barns and vehicles were damaged.",
            "Spanish wildfire forces 800 from homes as winds fan flames",
        )],
    );
    // A bare figure of the same noun is still compared.
    has_flag_each_way(
        K::Number,
        "At least 23 homes have been destroyed.",
        "The fire destroyed 31 homes.",
        "At least 23 homes",
        "31 homes",
    );
}

#[test]
fn whose_mayor_is_a_town() {
    has_flag_each_way(
        K::Place,
        "The mayor of Oleiros asked the government for help.",
        "The mayor of Serta asked the government for help.",
        "Oleiros",
        "Serta",
    );
    has_flag_each_way(
        K::Place,
        "O presidente da câmara de Oleiros pediu ajuda ao Governo.",
        "O presidente da câmara da Sertã pediu ajuda ao Governo.",
        "Oleiros",
        "Sertã",
    );
    // One town, told as its mayor's and as a place.
    no_flag_either(
        K::Place,
        &[(
            "The mayor of Oleiros asked the government for help.",
            "In Oleiros, the mayor asked the government for help.",
        )],
    );
}

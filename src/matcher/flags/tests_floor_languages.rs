//! Tests of floors (and other ranked things) told by an ordinal in French, German,
//! Spanish and Italian ("au 3e étage" / "au cinquième étage", "im dritten Stock", "en el
//! cuarto piso", "al quinto piano"), compared as English "third floor" / "fifth floor"
//! are, within a language and across two; and which time it is ("pour la troisième
//! fois", "zum dritten Mal").

use super::test_util::{no_flag_either, one_flag};
use super::*;

/// Asserts one solid number flag on `ta` / `tb`, both ways round.
#[track_caller]
fn floors_differ(a: &str, b: &str, ta: &str, tb: &str) {
    one_flag(a, b, ta, tb, false);
}

#[test]
fn floors_told_by_ordinals_of_other_languages_differ() {
    floors_differ(
        "Le feu a pris au 3e étage de l'immeuble lundi soir.",
        "Le feu a pris au cinquième étage de l'immeuble lundi soir.",
        "3e étage",
        "cinquième étage",
    );
    floors_differ(
        "Das Feuer brach am Montag im dritten Stock des Hauses aus.",
        "Das Feuer brach am Montag im fünften Stock des Hauses aus.",
        "dritten Stock",
        "fünften Stock",
    );
    floors_differ(
        "El fuego comenzó en el cuarto piso del edificio el lunes.",
        "El fuego comenzó en el segundo piso del edificio el lunes.",
        "cuarto piso",
        "segundo piso",
    );
    floors_differ(
        "L'incendio è scoppiato al quinto piano del palazzo lunedì.",
        "L'incendio è scoppiato al terzo piano del palazzo lunedì.",
        "quinto piano",
        "terzo piano",
    );
    // Across two languages: a floor is one thing.
    floors_differ(
        "The fire started on the third floor of the building.",
        "Le feu a pris au cinquième étage de l'immeuble lundi soir.",
        "third floor",
        "cinquième étage",
    );
}

#[test]
fn one_floor_told_two_ways_or_an_ordinal_of_another_thing_does_not_differ() {
    no_flag_either(
        DiscrepancyKind::Number,
        &[
            (
                "Le feu a pris au 3e étage de l'immeuble lundi soir.",
                "Le feu a pris au troisième étage de l'immeuble lundi soir.",
            ),
            (
                "Das Feuer brach am Montag im 3. Stock des Hauses aus.",
                "Das Feuer brach am Montag im dritten Stock des Hauses aus.",
            ),
            (
                "El fuego comenzó en el 3er piso del edificio el lunes.",
                "El fuego comenzó en el tercer piso del edificio el lunes.",
            ),
            (
                "The fire started on the fifth floor of the building.",
                "Das Feuer brach am Montag im fünften Stock des Hauses aus.",
            ),
            // "cuarto" is also a room ("el cuarto de baño"): no ordinal before no floor noun.
            (
                "El fuego comenzó en el cuarto de baño del edificio el lunes.",
                "El fuego comenzó en el segundo piso del edificio el lunes.",
            ),
        ],
    );
}

#[test]
fn which_time_it_is_in_other_languages_differs() {
    floors_differ(
        "Il a été arrêté pour la troisième fois lundi à Lyon.",
        "Il a été arrêté pour la quatrième fois lundi à Lyon.",
        "troisième fois",
        "quatrième fois",
    );
    floors_differ(
        "Er wurde am Montag zum dritten Mal festgenommen.",
        "Er wurde am Montag zum zweiten Mal festgenommen.",
        "dritten Mal",
        "zweiten Mal",
    );
    floors_differ(
        "Fue detenido por tercera vez el lunes en Madrid.",
        "Fue detenido por segunda vez el lunes en Madrid.",
        "tercera vez",
        "segunda vez",
    );
    // "Time" of two events that share no word: no flag.
    no_flag_either(
        DiscrepancyKind::Number,
        &[(
            "Il a été arrêté pour la troisième fois lundi.",
            "Elle a gagné pour la quatrième fois samedi.",
        )],
    );
}

//! Tests of places named after a genitive preposition in French, Spanish, Italian,
//! Portuguese and German ("l'incendie de Marseille", "el alcalde de Sevilla", "il sindaco
//! di Milano", "die Feuerwehr von Köln"), and of the "de" that names no place ("de
//! Gaulle", "Rio de Janeiro", a name the gazetteer does not know). The places are read
//! for the place flag and for the places an article names as a whole.

use super::test_util::{no_flag_either, one_flag_of};
use super::*;
use crate::matcher::features::Idf;

/// Asserts one place flag on `ta` / `tb`, both ways round, solid unless `dashed`.
#[track_caller]
fn flagged_both_ways(a: &str, b: &str, ta: &str, tb: &str, dashed: bool) {
    one_flag_of(DiscrepancyKind::Place, a, b, ta, tb, dashed);
}

#[test]
fn a_known_place_after_de_di_or_von_differs() {
    flagged_both_ways(
        "Un incendie a ravagé un entrepôt à Lyon dans la nuit de lundi.",
        "L'incendie de Marseille a ravagé un entrepôt dans la nuit de lundi.",
        "Lyon",
        "Marseille",
        false,
    );
    flagged_both_ways(
        "El alcalde de Sevilla anunció el cierre de los colegios este lunes.",
        "El alcalde anunció en Madrid el cierre de los colegios este lunes.",
        "Sevilla",
        "Madrid",
        false,
    );
    flagged_both_ways(
        "Il sindaco di Milano ha annunciato la chiusura delle scuole lunedì.",
        "Il sindaco di Roma ha annunciato la chiusura delle scuole lunedì.",
        "Milano",
        "Roma",
        false,
    );
    flagged_both_ways(
        "Die Feuerwehr von Köln war am Montag mit vielen Kräften im Einsatz.",
        "Die Feuerwehr von Hamburg war am Montag mit vielen Kräften im Einsatz.",
        "Köln",
        "Hamburg",
        false,
    );
}

#[test]
fn a_town_after_a_settlement_noun_and_de_is_a_place_the_gazetteer_need_not_know() {
    // Two towns it does not know: one may lie in the other, the softer kind.
    flagged_both_ways(
        "Un incendie a détruit l'usine de la commune de Vénissieux lundi soir.",
        "Un incendie a détruit l'usine de la commune de Feyzin lundi soir.",
        "Vénissieux",
        "Feyzin",
        true,
    );
}

#[test]
fn de_before_a_person_an_unknown_name_or_inside_a_name_is_no_place() {
    no_flag_either(
        DiscrepancyKind::Place,
        &[
            // One place, told after "de" on one side and "à" on the other.
            (
                "La mairie de Paris a annoncé la fermeture des écoles lundi.",
                "La mairie a annoncé à Paris la fermeture des écoles lundi.",
            ),
            // A person.
            (
                "Le discours du général de Gaulle a été diffusé lundi soir.",
                "Le discours du général de Villiers a été diffusé lundi soir.",
            ),
            // A name the gazetteer does not know, with no settlement noun before "de".
            (
                "Le directeur de Carrefour a présenté les résultats lundi.",
                "Le directeur de Danone a présenté les résultats lundi.",
            ),
            // Inside a name: "Rio de Janeiro", "Coupe de France".
            (
                "La finale de la Coupe de France aura lieu samedi soir au stade.",
                "La finale de la Coupe de France aura lieu samedi soir.",
            ),
            (
                "Ein Denkmal für Otto von Bismarck wurde am Montag enthüllt.",
                "Ein Denkmal für Otto von Habsburg wurde am Montag enthüllt.",
            ),
            // English: "de" is no English word.
            (
                "The paintings of de Kooning were sold in Paris on Monday.",
                "The paintings of de Kooning were sold on Monday.",
            ),
        ],
    );
}

#[test]
fn two_french_articles_about_fires_in_two_cities_are_placed_apart() {
    let idf = Idf::builtin();
    let article = |sentences: &[&str]| {
        let prepared: Vec<Prepared> = sentences.iter().map(|s| Prepared::new(s, idf)).collect();
        ArticlePlaces::of(prepared.iter())
    };
    let lyon = article(&[
        "Un violent incendie a ravagé un entrepôt de Lyon dans la nuit de lundi à mardi.",
        "Les pompiers de Lyon ont lutté pendant six heures contre les flammes.",
    ]);
    let marseille = article(&[
        "L'incendie de Marseille a ravagé un entrepôt dans la nuit de lundi à mardi.",
        "Les pompiers ont lutté pendant six heures contre les flammes.",
    ]);
    assert_eq!(
        places_apart(&lyon, &marseille),
        Some(("lyon".to_string(), "marseille".to_string()))
    );
}

/// Session 39 (trial 41, F1): a range, a district or a valley the gazetteer does not know,
/// named after a noun of land and a genitive, with an adjective between them or none
/// ("la sierra de Gredos" / "la comarca ourensana de Valdeorras", "la vallée de la Roya" /
/// "la vallée de la Vésubie", "a serra da Estrela" / "a serra do Marão"), is a place: the
/// softer kind, one may lie in the other.
#[test]
fn a_place_after_a_noun_of_land_is_a_place_the_gazetteer_need_not_know() {
    flagged_both_ways(
        "Unos 1.500 vecinos de tres pueblos de la sierra de Gredos tuvieron que abandonar sus casas el martes.",
        "Unos 600 vecinos de dos aldeas de la comarca ourensana de Valdeorras tuvieron que abandonar sus casas el martes.",
        "Gredos",
        "Valdeorras",
        true,
    );
    flagged_both_ways(
        "Les pompiers luttent depuis lundi contre un feu dans la vallée de la Roya.",
        "Les pompiers luttent depuis lundi contre un feu dans la vallée de la Vésubie.",
        "Roya",
        "Vésubie",
        true,
    );
    flagged_both_ways(
        "Os bombeiros combatem desde segunda-feira um incêndio na serra de Monchique.",
        "Os bombeiros combatem desde segunda-feira um incêndio na serra de Alvelos.",
        "Monchique",
        "Alvelos",
        true,
    );
}

/// Session 39: the same range told with and without its noun, or the noun of land before
/// no name ("la sierra de noche"), gives no place flag.
#[test]
fn one_range_with_or_without_its_noun_is_one_place() {
    no_flag_either(
        DiscrepancyKind::Place,
        &[
            (
                "Unos 1.500 vecinos de la sierra de Gredos tuvieron que abandonar sus casas el martes.",
                "Unos 1.500 vecinos de Gredos tuvieron que abandonar sus casas el martes.",
            ),
            (
                "Los vecinos de la comarca de Valdeorras fueron desalojados el martes.",
                "Los vecinos de la comarca gallega de Valdeorras fueron desalojados el martes.",
            ),
        ],
    );
}

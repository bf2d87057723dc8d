//! Tests of the place flag and the articles' places for cities of one metropolitan area
//! (`gazetteer.txt`'s `~metro`: one fire placed "in Pasadena" and "in Los Angeles", trial
//! 26, F12), city-states against towns the gazetteer does not know ("in Bremen" / "in
//! Dinkelsried", F13), and names after French "à" / Italian "a" (a person only after a
//! verb of saying or giving).

use super::test_util::{flags_of, no_flag_either, one_flag_of};
use super::*;
use crate::matcher::features::{Idf, Prepared};

/// Whether two one-sentence articles are placed apart (`places_apart`).
fn apart(a: &str, b: &str) -> bool {
    let of = |t: &str| ArticlePlaces::of(&[Prepared::new(t, Idf::builtin())]);
    places_apart(&of(a), &of(b)).is_some()
}

/// "A fire tore through a warehouse in X on Thursday."
fn fire_in(x: &str) -> String {
    format!("A fire tore through a warehouse in {x} on Thursday.")
}

#[test]
fn two_cities_of_one_metropolitan_area_are_not_apart_and_get_the_softer_flag() {
    for (x, y) in [
        ("Pasadena", "Los Angeles"),
        ("Giza", "Cairo"),
        ("Quezon City", "Manila"),
        ("Duisburg", "Essen"),
        ("Mesa", "Phoenix"),
        ("Incheon", "Seoul"),
        ("Tampa", "St Petersburg"),
        ("Newark", "New York City"),
        ("Potsdam", "Berlin"),
        ("Minneapolis", "St Paul"),
    ] {
        let (a, b) = (fire_in(x), fire_in(y));
        assert!(!apart(&a, &b), "{x} / {y}");
        assert_eq!(
            flags_of(DiscrepancyKind::Place, &a, &b),
            vec![(x.to_string(), y.to_string(), true)],
            "{x} / {y}"
        );
    }
    // A city of one area against one of another: solid, and apart.
    for (x, y) in [
        ("Pasadena", "San Diego"),
        ("Essen", "Cologne"),
        // Trial 39 N6: two cities, each with its own courts ("in Köln" / "in Bonn").
        ("Bonn", "Cologne"),
        ("St Petersburg", "Moscow"),
        ("Giza", "Alexandria"),
    ] {
        let (a, b) = (fire_in(x), fire_in(y));
        assert!(apart(&a, &b), "{x} / {y}");
        one_flag_of(DiscrepancyKind::Place, &a, &b, x, y, false);
    }
}

#[test]
fn a_town_in_virginia_near_washington_keeps_one_story_together() {
    // Trial 26, n14: "Arlington, Virginia" and "Washington" (one metropolitan area).
    assert!(!apart(
        "A fire tore through a warehouse in Arlington, Virginia, on Thursday.",
        "A fire tore through a warehouse in Washington on Thursday."
    ));
}

#[test]
fn a_city_state_against_a_town_the_gazetteer_does_not_know_gets_the_softer_flag() {
    // Trial 26, F13: a city that is also a state, province or country was read as a
    // region that may hold the town, so no flag at all.
    for city in [
        "Berlin",
        "Hamburg",
        "Bremen",
        "Shanghai",
        "Madrid",
        "Singapore",
    ] {
        one_flag_of(
            DiscrepancyKind::Place,
            &fire_in(city),
            &fire_in("Dinkelsried"),
            city,
            "Dinkelsried",
            true,
        );
    }
    // A region that is no city still may hold the town.
    no_flag_either(
        DiscrepancyKind::Place,
        &[(&fire_in("Bavaria"), &fire_in("Dinkelsried"))],
    );
}

#[test]
fn a_name_after_a_is_a_person_only_after_a_verb_of_saying_or_giving() {
    // A town of two words the gazetteer does not know: a place.
    one_flag_of(
        DiscrepancyKind::Place,
        "Un'esplosione ha ucciso quattro persone a San Giovanni Rotondo.",
        "Un'esplosione ha ucciso quattro persone a Roma.",
        "San Giovanni Rotondo",
        "Roma",
        true,
    );
    // Whom something was given or said to: no place.
    no_flag_either(
        DiscrepancyKind::Place,
        &[
            (
                "Il ministro ha consegnato il premio a Mario Rossi.",
                "Il ministro ha consegnato il premio a Luca Bianchi.",
            ),
            (
                "Le préfet a déclaré à Jean Dupont que la route restait fermée.",
                "Le préfet a déclaré à Claire Martin que la route restait fermée.",
            ),
        ],
    );
}

/// Whether the leads of two articles of the sentences `a` and `b` tell two events
/// (`leads_apart`).
fn leads_of_two_events(a: &[&str], b: &[&str]) -> bool {
    super::article_events::tests::apart(a, b).is_some()
}

#[test]
fn a_city_state_and_an_unknown_town_with_other_dates_and_tolls_tell_two_events() {
    // Trial 26, new/de_a_lead.txt / de_b2_lead.txt. "in Fabrik" in both headlines is a
    // German noun after "in" (a site in the town), no place the two leads share.
    assert!(leads_of_two_events(
        &[
            "Brand in Fabrik in Bremen: fünf Tote",
            "In einer Textilfabrik in Bremen ist am 1. Dezember gegen 2 Uhr morgens ein Feuer ausgebrochen, fünf Menschen starben, zwölf wurden verletzt.",
        ],
        &[
            "Brand in Fabrik in Dinkelsried: drei Tote",
            "In einer Textilfabrik in Dinkelsried ist am 15. März gegen 21 Uhr ein Feuer ausgebrochen, drei Menschen starben, acht wurden verletzt.",
        ],
    ));
    // One district of the city-state, one day and toll: one event.
    assert!(!leads_of_two_events(
        &["Ein Feuer in einer Fabrik in Kreuzberg hat am Montag drei Menschen getötet."],
        &["Ein Feuer in einer Fabrik in Berlin hat am Montag drei Menschen getötet."],
    ));
}

#[test]
fn a_city_named_with_its_state_is_read_in_that_state() {
    // Trial 26: "Arlington, Virginia" (near Washington) and "Arlington, Texas" (near
    // Dallas) are two cities of one name.
    let (va, tx) = (
        "A fire tore through a warehouse in Arlington, Virginia, on Thursday.",
        "A fire tore through a warehouse in Arlington, Texas, on Thursday.",
    );
    assert!(apart(va, tx));
    assert!(!apart(
        tx,
        "A fire tore through a warehouse in Dallas on Thursday."
    ));
    // One city astride a state line (trial 26, n12).
    assert!(!apart(
        "A fire tore through a warehouse in Kansas City, Kansas, on Thursday.",
        "A fire tore through a warehouse in Kansas City, Missouri, on Thursday."
    ));
}

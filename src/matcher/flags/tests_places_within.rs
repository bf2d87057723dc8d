//! Tests of places inside cities and metropolitan areas (`gazetteer.txt`'s `<city`
//! districts and `~metro` areas, "New York" read as the city), city-states against towns
//! the gazetteer does not know, towns named after a noun of a settlement or its office
//! ("el alcalde de Villanueva"), and the towns two articles place their stories in
//! (`places::towns`, any language).

use super::test_util::{no_flag_either, one_flag_of};
use super::DiscrepancyKind::Place;
use super::*;
use crate::matcher::features::{Idf, Prepared};

/// Whether two articles of the sentences `a` and `b` are placed apart (`places_apart`).
fn apart(a: &[&str], b: &[&str]) -> bool {
    let of = |t: &[&str]| {
        let prepared: Vec<Prepared> = t.iter().map(|s| Prepared::new(s, Idf::builtin())).collect();
        ArticlePlaces::of(&prepared)
    };
    places_apart(&of(a), &of(b)).is_some()
}

/// "A fire killed three people in X on Thursday."
fn fire_in(x: &str) -> String {
    format!("A fire killed three people in {x} on Thursday.")
}

#[test]
fn a_district_lies_in_its_city_and_apart_from_other_cities_and_districts() {
    let (soweto, jo) = (fire_in("Soweto"), fire_in("Johannesburg"));
    no_flag_either(Place, &[(&soweto, &jo)]);
    assert!(!apart(&[&soweto], &[&jo]));
    one_flag_of(
        Place,
        &soweto,
        &fire_in("Pretoria"),
        "Soweto",
        "Pretoria",
        false,
    );
    one_flag_of(
        Place,
        &soweto,
        &fire_in("Sandton"),
        "Soweto",
        "Sandton",
        false,
    );
    // Monte Carlo is in Monaco.
    no_flag_either(Place, &[(&fire_in("Monte Carlo"), &fire_in("Monaco"))]);
}

#[test]
fn new_york_is_the_city_far_from_buffalo_and_its_metropolitan_area_holds_yonkers() {
    let ny = fire_in("New York");
    one_flag_of(
        Place,
        &fire_in("Buffalo"),
        &ny,
        "Buffalo",
        "New York",
        false,
    );
    assert!(apart(&[&fire_in("Buffalo")], &[&ny]));
    for town in ["Yonkers", "Newark"] {
        one_flag_of(Place, &fire_in(town), &ny, town, "New York", true);
        assert!(!apart(&[&fire_in(town)], &[&ny]), "{town}");
    }
    // Told as the state, New York may hold Buffalo.
    no_flag_either(
        Place,
        &[
            (&fire_in("upstate New York"), &fire_in("Buffalo")),
            (
                "A storm killed three people in New York state on Thursday.",
                &fire_in("Buffalo"),
            ),
        ],
    );
}

#[test]
fn two_districts_of_one_chinese_city_are_two_places() {
    let (a, b) = (
        "上海市浦东新区一工厂发生火灾，造成3人死亡。",
        "上海市徐汇区一工厂发生火灾，造成3人死亡。",
    );
    one_flag_of(Place, a, b, "浦东新区", "徐汇区", false);
    assert!(apart(&[a], &[b]));
    // A district and its city: one place.
    let c = "上海市一工厂发生火灾，造成3人死亡。";
    no_flag_either(Place, &[(a, c)]);
    assert!(!apart(&[a], &[c]));
}

#[test]
fn a_city_state_against_a_town_it_does_not_hold_by_the_text() {
    for state in ["Luxembourg", "Monaco"] {
        one_flag_of(
            Place,
            &fire_in(state),
            &fire_in("Bettembourg"),
            state,
            "Bettembourg",
            true,
        );
    }
    // The text puts the town in the state: no flag.
    no_flag_either(
        Place,
        &[(
            "A fire killed three people in Bettembourg, Luxembourg, on Thursday.",
            &fire_in("Luxembourg"),
        )],
    );
}

#[test]
fn a_town_after_a_noun_of_its_office_is_a_place() {
    one_flag_of(
        Place,
        "Un incendio mató a tres personas, según el alcalde de Villanueva.",
        "Un incendio mató a tres personas, según el alcalde de Almendralejo.",
        "Villanueva",
        "Almendralejo",
        true,
    );
    one_flag_of(
        Place,
        "Un incendie a fait trois morts, selon le maire de Bettembourg.",
        "Un incendie a fait trois morts, selon le maire de Dudelange.",
        "Bettembourg",
        "Dudelange",
        true,
    );
    // "de" after any other noun reads only a place the gazetteer knows.
    no_flag_either(
        Place,
        &[(
            "Un incendio mató a tres personas, según el director de Villanueva.",
            "Un incendio mató a tres personas, según el director de Almendralejo.",
        )],
    );
}

#[test]
fn two_towns_of_one_region_place_two_articles_apart_in_any_language() {
    // The Chinese reading (trial 27, F2) as one case: a town told with its region.
    assert!(apart(
        &["A fire killed three people in Dinkelsried, Bavaria, on Thursday."],
        &["A fire killed three people in Oberwil, Bavaria, on Monday."],
    ));
    assert!(apart(
        &["Un incendio mató a tres personas en el municipio de Villanueva, Andalucía."],
        &["Un incendio mató a tres personas en Sevilla, Andalucía."],
    ));
    // One town on both sides, or a town without its region: not apart.
    assert!(!apart(
        &["A fire killed three people in Dinkelsried, Bavaria, on Thursday."],
        &["Three people died in Dinkelsried, Bavaria."],
    ));
    assert!(!apart(
        &["A fire killed three people in Dinkelsried on Thursday."],
        &["A fire killed three people in Oberwil, Bavaria, on Monday."],
    ));
}

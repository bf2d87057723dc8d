//! Tests of the place flags on places around known cities ("near Lima" / "near Quito")
//! and after the path preposition "into" ("crossed into Pakistan" / "crossed into
//! India"; `places.rs`), and two districts named in one city.

use super::test_util::{flags_of, has_flag, no_flag, no_flag_either, one_flag_of};
use super::DiscrepancyKind::Place;

/// Place flags: text in `a`, text in `b`, whether the softer kind.
type Flags = Vec<(String, String, bool)>;

/// The place flags of `a` / `b` and of `b` / `a`.
fn both_ways(a: &str, b: &str) -> (Flags, Flags) {
    (flags_of(Place, a, b), flags_of(Place, b, a))
}

#[track_caller]
fn solid(a: &str, b: &str, ta: &str, tb: &str) {
    let (ab, ba) = both_ways(a, b);
    assert_eq!(
        ab,
        vec![(ta.to_string(), tb.to_string(), false)],
        "{a} / {b}"
    );
    assert_eq!(
        ba,
        vec![(tb.to_string(), ta.to_string(), false)],
        "{b} / {a}"
    );
}

#[track_caller]
fn none(a: &str, b: &str) {
    let (ab, ba) = both_ways(a, b);
    assert!(ab.is_empty() && ba.is_empty(), "{a} / {b}: {ab:?} {ba:?}");
}

#[test]
fn around_two_cities_known_apart_is_solid() {
    solid(
        "The plane came down near Lima on Tuesday.",
        "The plane came down near Quito on Tuesday.",
        "Lima",
        "Quito",
    );
    solid(
        "The train derailed near Lyon on Tuesday.",
        "The train derailed near Marseille on Tuesday.",
        "Lyon",
        "Marseille",
    );
    solid(
        "The train derailed near Lyon on Tuesday.",
        "The train derailed in Marseille on Tuesday.",
        "Lyon",
        "Marseille",
    );
}

#[test]
fn around_a_city_against_its_neighbours_or_its_country_is_not_solid() {
    // Two cities of one region: near one may be in or near the other.
    let (ab, ba) = both_ways(
        "The plane came down near Dallas on Tuesday.",
        "The plane came down in Fort Worth on Tuesday.",
    );
    assert!(ab.iter().chain(&ba).all(|f| f.2), "{ab:?} {ba:?}");
    // Near a city against a country: maybe across a border, never solid.
    let (ab, ba) = both_ways(
        "The militants attacked near Peshawar on Tuesday.",
        "The militants attacked in Afghanistan on Tuesday.",
    );
    assert!(ab.iter().chain(&ba).all(|f| f.2), "{ab:?} {ba:?}");
    none(
        "The plane came down near Lima on Tuesday.",
        "The plane came down near Lima, Peru, on Tuesday.",
    );
}

#[test]
fn a_path_is_compared_with_the_same_path() {
    solid(
        "The militants crossed into Pakistan on Tuesday.",
        "The militants crossed into India on Tuesday.",
        "Pakistan",
        "India",
    );
    // Where they went and where they were: two slots.
    none(
        "The militants crossed into Pakistan on Tuesday.",
        "The militants were seen in India on Tuesday.",
    );
    // Where they came from and where they went.
    none(
        "The refugees fled from Syria on Tuesday.",
        "The refugees fled into Turkey on Tuesday.",
    );
    // "from" is not read: where from and where to may be two facts.
    none(
        "The embassy will move from Tel Aviv on Monday.",
        "Israel captured East Jerusalem from Jordan in 1967.",
    );
    // A town the gazetteer does not know, after "into".
    none(
        "The truck crashed into Smithfield on Tuesday.",
        "The truck crashed into Jonesville on Tuesday.",
    );
}

#[test]
fn two_districts_of_one_city_differ() {
    // Trial 25: two fires in two districts of Nürnberg had no place flag, the city named
    // on both sides hiding the districts.
    one_flag_of(
        Place,
        "A fire swept through a block in the Langwasser district of Nürnberg on Sunday.",
        "A fire swept through a block in the Gostenhof district of Nürnberg on Sunday.",
        "Langwasser",
        "Gostenhof",
        true,
    );
    // One district and its city, or the same district twice, agree.
    no_flag_either(
        Place,
        &[
            (
                "A fire swept through a block in the Langwasser district of Nürnberg on Sunday.",
                "A fire swept through a block in Nürnberg on Sunday.",
            ),
            (
                "Protesters gathered in the Porta Nuova area of Palermo.",
                "Protesters gathered in the Porta Nuova area of Palermo on Monday.",
            ),
        ],
    );
}

#[test]
fn two_names_sharing_only_their_first_word_are_two_places() {
    // Trial 27: "Saint-", "St", "San", "Port" begin many names; the rest tells them apart.
    has_flag(
        Place,
        "A fire killed three workers at Saint-Étienne on Thursday.",
        "A fire killed three workers at Saint-Nazaire on Thursday.",
        "Saint-Étienne",
        "Saint-Nazaire",
    );
    has_flag(
        Place,
        "A fire killed three workers in St Albans on Thursday.",
        "A fire killed three workers in St Helens on Thursday.",
        "St Albans",
        "St Helens",
    );
    // The same name, or the name on one side only: one place.
    no_flag(
        Place,
        "A fire killed three workers in St Albans on Thursday.",
        "A fire killed three workers in St Albans, police said.",
    );
    no_flag(
        Place,
        "A fire killed three workers in Port Talbot on Thursday.",
        "A fire in Port Talbot killed three workers.",
    );
}

#[test]
fn a_thing_named_the_x_of_y_is_no_town() {
    // Session 24: "the Garden of Eden" was read as a town, `Garden ~ New York` (dashed).
    no_flag_either(
        Place,
        &[
            (
                "Adam and Eve lived in the Garden of Eden, the painting shows.",
                "The painting was sold at an auction in New York.",
            ),
            (
                "The gold is kept at the Bank of England, officials said.",
                "The gold is kept in London, officials said.",
            ),
        ],
    );
    // A district of a city after "the" is still read: `two_districts_of_one_city_differ`.
}

//! Tests of session 52's last look: a place and its exonym are one place on every path
//! ("near Naples" / "near Napoli", "near Munich" / "near München" had a place flag, "in
//! Rome" / "in Roma" none): `places/names.rs`, `one_known_place`. Near cases: two names
//! of one place after "in", a place told by one word, and two places really apart still
//! flag.

use super::test_util::{flags_of, no_flag_either, one_flag_of};
use crate::matcher::results::DiscrepancyKind::Place;

#[test]
fn a_place_near_a_city_told_by_its_exonym_is_one_place() {
    no_flag_either(
        Place,
        &[
            // The tester's pairs.
            (
                "A fire broke out in a warehouse near Naples on Monday.",
                "A fire broke out in a warehouse near Napoli on Monday.",
            ),
            (
                "A fire broke out in a warehouse near Naples on Monday.",
                "Un incendio è scoppiato in un magazzino vicino a Napoli lunedì.",
            ),
            (
                "A fire broke out in a warehouse near Rome on Monday.",
                "A fire broke out in a warehouse near Roma on Monday.",
            ),
            (
                "A fire broke out in a warehouse near Florence on Monday.",
                "A fire broke out in a warehouse near Firenze on Monday.",
            ),
            (
                "A fire broke out in a warehouse near Seville on Monday.",
                "A fire broke out in a warehouse near Sevilla on Monday.",
            ),
            (
                "A fire broke out in a warehouse near Athens on Monday.",
                "A fire broke out in a warehouse near Athina on Monday.",
            ),
            (
                "A fire broke out in a warehouse near Munich on Monday.",
                "A fire broke out in a warehouse near München on Monday.",
            ),
            // Session 53's last pass: exonyms the gazetteer lacked.
            (
                "The blast happened at about 2:40 a.m. in Liege.",
                "Die Explosion ereignete sich gegen 2.40 Uhr in Lüttich.",
            ),
            (
                "A fire broke out in a warehouse near Liège on Monday.",
                "A fire broke out in a warehouse near Luik on Monday.",
            ),
            (
                "A fire broke out in a warehouse in The Hague on Monday.",
                "A fire broke out in a warehouse in Den Haag on Monday.",
            ),
            (
                "A fire broke out in a warehouse near Prague on Monday.",
                "A fire broke out in a warehouse near Praha on Monday.",
            ),
            (
                "A fire broke out in a warehouse in Mechelen on Monday.",
                "A fire broke out in a warehouse in Malines on Monday.",
            ),
            (
                "A fire broke out in a warehouse near Aachen on Monday.",
                "A fire broke out in a warehouse near Aix-la-Chapelle on Monday.",
            ),
            (
                "A fire broke out in a warehouse near Cracow on Monday.",
                "A fire broke out in a warehouse near Kraków on Monday.",
            ),
            (
                "A fire broke out in a warehouse near Gothenburg on Monday.",
                "A fire broke out in a warehouse near Göteborg on Monday.",
            ),
            // Near one name, in the other.
            (
                "A fire broke out in a warehouse near Munich on Monday.",
                "A fire broke out in a warehouse in München on Monday.",
            ),
            // Two names of one region after "near".
            (
                "The landslide hit a village near Tyrol on Monday.",
                "The landslide hit a village near Tirol on Monday.",
            ),
            // Near cases that did not flag: "in" and a shared prefix.
            (
                "A fire broke out in a warehouse in Rome on Monday.",
                "A fire broke out in a warehouse in Roma on Monday.",
            ),
            (
                "A fire broke out in a warehouse near Milan on Monday.",
                "A fire broke out in a warehouse near Milano on Monday.",
            ),
            (
                "A fire broke out in a warehouse near Naples on Monday.",
                "A fire broke out in a warehouse near Naples on Monday.",
            ),
        ],
    );
}

#[test]
fn places_apart_still_flag_near_an_exonym() {
    // Two cities of other countries, one told by its exonym.
    one_flag_of(
        Place,
        "A fire broke out in a warehouse near Napoli on Monday.",
        "A fire broke out in a warehouse near Lyon on Monday.",
        "Napoli",
        "Lyon",
        false,
    );
    one_flag_of(
        Place,
        "A fire broke out in a warehouse near München on Monday.",
        "A fire broke out in a warehouse near Firenze on Monday.",
        "München",
        "Firenze",
        false,
    );
    // The exonym shared, another place differing beside it: still flagged.
    let f = flags_of(
        Place,
        "Trains from Napoli to Roma were stopped after a fire in Caserta.",
        "Trains from Naples to Rome were stopped after a fire in Salerno.",
    );
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!((f[0].0.as_str(), f[0].1.as_str()), ("Caserta", "Salerno"));
}

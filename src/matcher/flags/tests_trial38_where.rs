//! Tests of trial 38's number, measure, place and direction faults (helper "where"): a
//! heading after a verb of motion and intercardinal points of other languages
//! (`compass.rs` `heading`, F2); lengths written "m" (`text::metres_around`, F4); two
//! maxima and two lower bounds (`bounds::agree`, F8); dateline dates with months written
//! short in other languages (`text/dates.rs` `short_months`, F13).

use super::test_util::{flags, has_flag_each_way, no_flag_either, one_flag};
use crate::matcher::DiscrepancyKind as K;

#[test]
fn a_heading_after_a_verb_of_motion_differs_whatever_follows() {
    for (a, b, ta, tb) in [
        (
            "The storm moved northwest over the mountains and weakened on Tuesday evening.",
            "The storm moved northeast over the Sierra Madre and weakened on Tuesday evening.",
            "northwest",
            "northeast",
        ),
        (
            "The storm moved northwest and weakened on Tuesday evening.",
            "The storm moved northeast and weakened on Tuesday evening.",
            "northwest",
            "northeast",
        ),
        (
            "The storm was moving north at 15 km/h on Tuesday evening.",
            "The storm was moving south at 15 km/h on Tuesday evening.",
            "north",
            "south",
        ),
        (
            "The hurricane was tracking slowly west over open water.",
            "The hurricane was tracking slowly east over open water.",
            "west",
            "east",
        ),
        (
            "The cyclone headed north-west past the islands.",
            "The cyclone headed south-west past the islands.",
            "north-west",
            "south-west",
        ),
    ] {
        has_flag_each_way(K::Place, a, b, ta, tb);
    }
    no_flag_either(
        K::Place,
        &[
            // The same heading, and overlapping ones.
            (
                "The storm moved northwest over the mountains.",
                "The storm moved northwest over the Sierra Madre.",
            ),
            (
                "The storm moved north over the mountains.",
                "The storm moved north-west over the mountains.",
            ),
            // A place north of a town is no heading.
            (
                "The storm moved north of Acapulco on Tuesday.",
                "The storm moved south over the mountains on Tuesday.",
            ),
            // No verb of motion: a region, not a heading.
            (
                "Rain fell north over the mountains.",
                "Rain fell south over the mountains.",
            ),
        ],
    );
}

#[test]
fn intercardinal_headings_of_other_languages_differ() {
    for (a, b, ta, tb) in [
        (
            "La tormenta avanzó hacia el noroeste y se debilitó el martes.",
            "La tormenta se desplazó hacia el noreste y se debilitó el martes.",
            "noroeste",
            "noreste",
        ),
        (
            "El huracán se movía en dirección al sureste.",
            "El huracán se movía en dirección al suroeste.",
            "sureste",
            "suroeste",
        ),
        (
            "A tempestade seguiu rumo a sudeste.",
            "A tempestade seguiu rumo a nordeste.",
            "sudeste",
            "nordeste",
        ),
        (
            "La tempête se dirige vers le nord-ouest.",
            "La tempête se dirige vers le nord-est.",
            "nord-ouest",
            "nord-est",
        ),
        (
            "La tempesta si sposta verso nordovest.",
            "La tempesta si sposta verso sud-est.",
            "nordovest",
            "sud-est",
        ),
        (
            "Der Sturm zog nach Nordwesten.",
            "Der Sturm zog nach Südosten.",
            "Nordwesten",
            "Südosten",
        ),
    ] {
        has_flag_each_way(K::Place, a, b, ta, tb);
    }
    no_flag_either(
        K::Place,
        &[
            // The same heading in two words and one.
            (
                "La tempesta si sposta verso nord-ovest.",
                "La tempesta si sposta verso nordovest.",
            ),
            // Overlapping: north-west is in part north.
            (
                "La tempête se dirige vers le nord.",
                "La tempête se dirige vers le nord-ouest.",
            ),
            // A region, no heading: "en el noroeste".
            (
                "Llueve en el noroeste del país.",
                "La tormenta avanzó hacia el sur.",
            ),
        ],
    );
}

#[test]
fn lengths_written_m_are_compared_with_feet() {
    // Trial 38 F4: "6 m" was read as six million, "12m" not at all.
    for (a, b, ta, tb) in [
        (
            "Waves of 6 m battered the seafront on Tuesday.",
            "Waves of 6 feet battered the seafront on Tuesday.",
            "6 m",
            "6 feet",
        ),
        (
            "Waves of 6 m battered the seafront on Tuesday.",
            "Waves of 40 feet battered the seafront on Tuesday.",
            "6 m",
            "40 feet",
        ),
        (
            "Waves of 12m battered the seafront on Tuesday.",
            "Waves of 12ft battered the seafront on Tuesday.",
            "12m",
            "12ft",
        ),
        (
            "The storm surge was 3 m high in the harbour.",
            "The storm surge was 3 feet high in the harbour.",
            "3 m",
            "3 feet",
        ),
        (
            "Las olas de hasta 6 m golpearon la costa.",
            "Las olas de hasta 6 pies golpearon la costa.",
            "hasta 6 m",
            "hasta 6 pies",
        ),
    ] {
        has_flag_each_way(K::Number, a, b, ta, tb);
    }
    no_flag_either(
        K::Number,
        &[
            // The same length in two units (6 m is 19.7 feet).
            (
                "Waves of 6 m battered the seafront on Tuesday.",
                "Waves of 20 feet battered the seafront on Tuesday.",
            ),
            (
                "Waves of 12m battered the seafront on Tuesday.",
                "Waves of 40ft battered the seafront on Tuesday.",
            ),
            // Millions stay millions: no length beside them.
            (
                "The company raised $6m from investors.",
                "The company raised $6 million from investors.",
            ),
            (
                "The storm left 2 m people without power.",
                "The storm left 2 million people without power.",
            ),
        ],
    );
}

#[test]
fn two_different_maxima_are_solid_and_two_lower_bounds_soft() {
    // Trial 38 F8: "up to 6 metres" / "up to 12 metres" was the dashed flag.
    one_flag(
        "Waves up to 6 metres hit the coast.",
        "Waves up to 12 metres hit the coast.",
        "up to 6 metres",
        "up to 12 metres",
        false,
    );
    one_flag(
        "Bis zu 300 Menschen wurden evakuiert.",
        "Bis zu 500 Menschen wurden evakuiert.",
        "Bis zu 300 Menschen",
        "Bis zu 500 Menschen",
        false,
    );
    // Two lower bounds may both be true: the softer flag.
    one_flag(
        "At least 23 homes were destroyed.",
        "At least 31 homes were destroyed.",
        "At least 23 homes",
        "At least 31 homes",
        true,
    );
    // A maximum against a figure under it stays the softer flag.
    one_flag(
        "Waves up to 6 metres hit the coast.",
        "Waves of 4 metres hit the coast.",
        "up to 6 metres",
        "4 metres",
        true,
    );
    no_flag_either(
        K::Number,
        &[(
            "Waves up to 6 metres hit the coast.",
            "Waves of up to 6 metres hit the coast.",
        )],
    );
}

#[test]
fn months_written_short_in_other_languages_make_dates() {
    // Trial 38 F13: "5 dic ≠ 6 dic" was a number flag.
    for (a, b) in [
        (
            "ACAPULCO (México), 5 dic (EFE).- El huracán tocó tierra.",
            "ACAPULCO (México), 6 dic (EFE).- El huracán tocó tierra.",
        ),
        (
            "FUNCHAL, 5 dez 2026 (Lusa) - O furacão tocou terra.",
            "FUNCHAL, 6 dez 2026 (Lusa) - O furacão tocou terra.",
        ),
        (
            "NANTES, 5 déc. (AFP) - La tempête a touché terre.",
            "NANTES, 6 déc. (AFP) - La tempête a touché terre.",
        ),
        (
            "ROMA, 5 gen 2026 (ANSA) - La tempesta ha colpito la costa.",
            "ROMA, 6 gen 2026 (ANSA) - La tempesta ha colpito la costa.",
        ),
    ] {
        let f = flags(a, b);
        assert!(
            f.iter().any(|x| x.0 == K::Date) && f.iter().all(|x| x.0 != K::Number),
            "{a} / {b}: {f:?}"
        );
    }
    // The same words in no date: "10 out of 20", "ago".
    for (a, b) in [
        (
            "Ten out of 20 homes were destroyed.",
            "10 out of 20 homes were destroyed.",
        ),
        (
            "The storm hit the town 5 days ago.",
            "The storm hit the town five days ago.",
        ),
    ] {
        let f = flags(a, b);
        assert!(f.iter().all(|x| x.0 != K::Date), "{a} / {b}: {f:?}");
    }
}

#[test]
fn the_places_of_two_offices_telling_one_fact_differ() {
    // Trial 38 F6: no flag (1.00).
    has_flag_each_way(
        K::Place,
        "At least 23 homes were destroyed, according to the Guerrero civil protection office.",
        "At least 23 homes were destroyed, according to the Oaxaca civil protection office.",
        "Guerrero",
        "Oaxaca",
    );
    has_flag_each_way(
        K::Place,
        "At least 23 homes were destroyed, the Guerrero Civil Protection Office said.",
        "At least 23 homes were destroyed, the Oaxaca Civil Protection Office said.",
        "Guerrero",
        "Oaxaca",
    );
    no_flag_either(
        K::Place,
        &[
            // One office.
            (
                "At least 23 homes were destroyed, according to the Guerrero civil protection office.",
                "The Guerrero civil protection office said at least 23 homes were destroyed.",
            ),
            // A city inside the state the other office serves.
            (
                "At least 23 homes were destroyed in Acapulco, officials said.",
                "At least 23 homes were destroyed, according to the Guerrero civil protection office.",
            ),
            // A country's office acts from its capital: no place of the fact.
            (
                "Bush ordered the U.S. Treasury Department to act after the bombing in Jerusalem.",
                "Bush acted after the bombing in Jerusalem.",
            ),
            // A country's office named by its people: no place.
            (
                "At least 23 homes were destroyed, according to the Mexican civil protection office.",
                "At least 23 homes were destroyed, according to the Guerrero civil protection office.",
            ),
        ],
    );
}

//! The roles of places (`places/roles.rs`), by kind: where the event happened, where
//! people were treated and where something was found are three roles of one reader, and
//! two places of different roles never flag; a place of treatment is read in its own
//! clause only ("were hospitalized and police closed roads in Leiria": the roads' town).

use super::test_util::{flags_of, no_flag_either, one_flag_of};
use crate::matcher::DiscrepancyKind::Place;

const LEAK: &str = "An ammonia leak in Pombal injured fourteen people.";

/// Asserts that `a` / `b` get one place flag, on the places `want` (two places of the
/// event).
fn one_place_flag(a: &str, b: &str, want: (&str, &str)) {
    let f = flags_of(Place, a, b);
    assert_eq!(f.len(), 1, "{a} / {b}: {f:?}");
    assert_eq!((f[0].0.as_str(), f[0].1.as_str()), want, "{a} / {b}");
}

/// A place of a finding against a place of treatment: two roles, no flag either way; two
/// places of a finding, or of treatment, still flag.
#[test]
fn a_place_of_a_finding_and_one_of_treatment_never_flag() {
    no_flag_either(
        Place,
        &[
            (
                "The getaway car was later found torched near Brescia.",
                "The injured were taken to a hospital in Piacenza.",
            ),
            (
                "The getaway car was later found torched near Brescia.",
                "The guard was treated at Piacenza University Hospital.",
            ),
            (
                "L'auto è stata ritrovata bruciata a Brescia.",
                "I feriti sono stati ricoverati a Piacenza.",
            ),
        ],
    );
    one_flag_of(
        Place,
        "The getaway car was later found torched near Brescia.",
        "The getaway car was later found torched near Piacenza.",
        "Brescia",
        "Piacenza",
        false,
    );
    one_flag_of(
        Place,
        "The injured were taken to a hospital in Brescia.",
        "The injured were taken to a hospital in Piacenza.",
        "Brescia",
        "Piacenza",
        false,
    );
}

/// A place told after a word of treatment but in another clause (a coordinating word and
/// a new subject, a semicolon, a new finite verb) is a place of the event, compared with
/// the event's place.
#[test]
fn a_place_in_another_clause_than_the_treatment_is_the_event_s() {
    for other in [
        "Fourteen people were hospitalized and police closed roads in Leiria.",
        "Fourteen people were hospitalized; police closed roads in Leiria.",
        "Fourteen people were hospitalized while police closed roads in Leiria.",
        "Fourteen people were hospitalized as roads were closed in Leiria.",
        "Quatorze personnes ont été hospitalisées et la police a fermé les routes à Leiria.",
    ] {
        one_place_flag(LEAK, other, ("Pombal", "Leiria"));
    }
}

/// Near cases: the treatment's own clause reaches over commas and over "and" before a
/// second predicate of the same subject.
#[test]
fn a_place_in_the_treatment_s_clause_stays_one_of_treatment() {
    no_flag_either(
        Place,
        &[
            (LEAK, "Fourteen people were hospitalized, three of them in serious condition, most of them in the city of Leiria."),
            (LEAK, "Fourteen people were injured and hospitalized in Leiria."),
            (LEAK, "Fourteen people were taken to hospital and were treated in Leiria."),
            (LEAK, "Les blessés ont été transportés à l'hôpital de Leiria."),
        ],
    );
}

/// A word that opens a clause in one language and is a preposition in another (Dutch
/// "en" / French "en") ends no clause of treatment.
#[test]
fn a_preposition_like_a_clause_opener_keeps_the_treatment() {
    no_flag_either(
        Place,
        &[
            (
                "Une fuite à Pombal a fait quatorze blessés.",
                "Les blessés ont été hospitalisés en urgence à Leiria.",
            ),
            (
                "Een lek in Pombal verwondde veertien mensen.",
                "De gewonden werden opgenomen en behandeld in Leiria.",
            ),
        ],
    );
}

/// A finite "be" of place whose subject takes up the treated ("most of them were in
/// Leiria", a pronoun, a word of a part or a figure: `lexicon::clauses::TAKEN_UP`) tells
/// where the treated are and ends no clause of treatment, in several languages; a verb
/// after the auxiliary ("were injured in Leiria") or a noun subject ("the leak was in
/// Leiria") still tells a new clause, the event's.
#[test]
fn a_be_of_place_of_the_treated_keeps_the_treatment() {
    no_flag_either(
        Place,
        &[
            (LEAK, "Fourteen people were hospitalized, most of them were in Leiria."),
            (LEAK, "Fourteen people were hospitalized, three were in Leiria."),
            (LEAK, "Fourteen people were hospitalized, they were in Leiria."),
            (
                "Une fuite à Pombal a fait quatorze blessés.",
                "Quatorze personnes ont été hospitalisées, la plupart d'entre eux sont à Leiria.",
            ),
            (
                "Ein Leck in Pombal verletzte vierzehn Menschen.",
                "Vierzehn Menschen wurden ins Krankenhaus eingeliefert, die meisten von ihnen sind in Leiria.",
            ),
        ],
    );
    for other in [
        "Fourteen people were hospitalized, most of them were injured in Leiria.",
        "Fourteen people were hospitalized, the leak was in Leiria.",
        "Fourteen people were hospitalized, roads were closed in Leiria.",
    ] {
        one_place_flag(LEAK, other, ("Pombal", "Leiria"));
    }
}

/// Dutch "en" ("and") is French and Spanish "en" ("in"): every reader of a place's clause
/// reads it by one rule (`lexicon::clauses::opens_clause`), as "and" in a Dutch sentence
/// only. A finding's clause too: "retrouvée en feu près de Plaisance" is where the car
/// turned up, no place of the raid; a Dutch "en" with a new clause after it still ends
/// the finding's clause.
#[test]
fn en_opens_a_clause_of_a_finding_only_in_dutch() {
    no_flag_either(
        Place,
        &[
            (
                "Des voleurs ont attaqué un musée à Brescia, selon la police.",
                "La voiture des voleurs a été retrouvée en feu près de Plaisance.",
            ),
            (
                "Unos ladrones asaltaron un museo en Brescia, según la policía.",
                "El coche de los ladrones fue encontrado en llamas cerca de Piacenza.",
            ),
        ],
    );
    one_place_flag(
        "Dieven hebben een museum in Brescia overvallen, aldus de politie.",
        "De auto werd later teruggevonden en de dieven overvielen een bank bij Piacenza.",
        ("Brescia", "Piacenza"),
    );
}

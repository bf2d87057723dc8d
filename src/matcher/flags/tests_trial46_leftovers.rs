//! Leftovers of trials 44 to 46, by kind: a place where people were treated is not the
//! place where it happened; a German or Dutch role with its body in the genitive is a
//! speaker ("der Direktor des Krankenhauses"); one act told on two weekdays is a date
//! flag, the day of a report none.

use super::test_util::{flags_of, has_flag_each_way, no_flag_either, one_flag_of};
use crate::matcher::DiscrepancyKind;

#[test]
fn a_place_of_treatment_is_not_the_place_of_the_event() {
    no_flag_either(
        DiscrepancyKind::Place,
        &[
            (
                "An ammonia leak in Pombal injured fourteen people.",
                "The injured were taken to a hospital in Coimbra.",
            ),
            (
                "An ammonia leak at a plant in Pombal injured fourteen people.",
                "Fourteen people were injured and taken to a hospital in Coimbra.",
            ),
            (
                "A gas blast in Porto injured twelve people.",
                "Twelve people were injured and taken to hospital in Lisbon.",
            ),
            (
                "A gas blast in Porto injured twelve people.",
                "Twelve people were treated at Coimbra University Hospital.",
            ),
            (
                "A gas blast in Porto injured twelve people.",
                "Twelve people were hospitalized in Lisbon.",
            ),
            (
                "Une fuite à Pombal a fait quatorze blessés.",
                "Les blessés ont été transportés à l'hôpital de Coimbra.",
            ),
        ],
    );
}

#[test]
fn two_places_of_one_role_still_differ() {
    // Two places of treatment.
    one_flag_of(
        DiscrepancyKind::Place,
        "The injured were taken to a hospital in Coimbra.",
        "The injured were taken to a hospital in Leiria.",
        "Coimbra",
        "Leiria",
        false,
    );
    one_flag_of(
        DiscrepancyKind::Place,
        "Most of them were treated at the Coimbra hospital.",
        "Most of them were treated in Lisbon.",
        "Coimbra",
        "Lisbon",
        false,
    );
    // Two places of the event, one of them told after a hospital phrase.
    one_flag_of(
        DiscrepancyKind::Place,
        "An ammonia leak in Pombal injured fourteen people.",
        "Fourteen people were taken to hospital after an ammonia leak in Leiria.",
        "Pombal",
        "Leiria",
        true,
    );
    one_flag_of(
        DiscrepancyKind::Place,
        "A gas blast in Porto injured twelve people.",
        "A gas blast in Lisbon injured twelve people, who were taken to hospital.",
        "Porto",
        "Lisbon",
        false,
    );
}

/// Trial 44: a German role with a genitive in "-es"/"-s" ("der Direktor des
/// Krankenhauses"), a spokesperson of a body ("der Sprecher der Polizei"), and Dutch "de
/// directeur van het ziekenhuis" are speakers: against a mayor, two sources.
#[test]
fn a_role_with_a_genitive_after_it_is_a_speaker() {
    for (a, b, ta, tb) in [
        (
            "Zwei Patienten starben, sagte der Direktor des Krankenhauses.",
            "Zwei Patienten starben, sagte der Bürgermeister.",
            "Direktor des Krankenhauses",
            "Bürgermeister",
        ),
        (
            "Zwei Patienten starben, sagte der Sprecher der Polizei.",
            "Zwei Patienten starben, sagte der Bürgermeister.",
            "Sprecher der Polizei",
            "Bürgermeister",
        ),
        // Two directors of two bodies: two sources.
        (
            "Zwei Patienten starben, sagte der Direktor des Krankenhauses.",
            "Zwei Patienten starben, sagte der Direktor der Feuerwehr.",
            "Direktor des Krankenhauses",
            "Direktor der Feuerwehr",
        ),
        (
            "Twee patiënten zijn overleden, zei de directeur van het ziekenhuis.",
            "Twee patiënten zijn overleden, zei de burgemeester.",
            "directeur van het ziekenhuis",
            "burgemeester",
        ),
    ] {
        has_flag_each_way(DiscrepancyKind::Speaker, a, b, ta, tb);
    }
}

/// Near cases: the director and the hospital are one source; a director named otherwise
/// may hold the role.
#[test]
fn a_role_with_a_genitive_and_its_body_are_one_source() {
    no_flag_either(
        DiscrepancyKind::Speaker,
        &[
            (
                "Zwei Patienten starben, sagte der Direktor des Krankenhauses.",
                "Zwei Patienten starben, sagte der Direktor des Krankenhauses am Montag.",
            ),
            (
                "Zwei Patienten starben, sagte der Direktor des Krankenhauses.",
                "Zwei Patienten starben, sagte Hans Müller.",
            ),
        ],
    );
}

/// Trial 44: one act told on two weekdays, with no dateline on either side ("on Monday" /
/// "on Thursday"): a date flag.
#[test]
fn one_act_on_two_weekdays_is_a_date_flag() {
    let f = flags_of(
        DiscrepancyKind::Date,
        "The gunman opened fire on Monday at a school in the town.",
        "The gunman opened fire on Thursday at a school in the town.",
    );
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!((f[0].0.as_str(), f[0].1.as_str()), ("Monday", "Thursday"));
}

/// Near case: the day of the report is not the day of the act.
#[test]
fn the_day_of_a_report_is_not_the_day_of_the_act() {
    no_flag_either(
        DiscrepancyKind::Date,
        &[(
            "The gunman opened fire on Monday at a school in the town.",
            "The gunman opened fire at a school in the town, police said on Thursday.",
        )],
    );
}

//! Number, place and time flags of trial 46 (the Pombal ammonia leak, by kind): a part of
//! a whole told before its figure ("Of those taken to hospital, three"), counts whose
//! fate a phrase tells ("taken to hospital", "told to leave their homes"), the whole of a
//! part read as no outcome ("Three of the injured"), a lower bound on a round word ("more
//! than a dozen"), a city inside a hospital's name, and rough times too far apart for
//! their hedges.

use super::test_util::{flags_of, has_flag, no_flag_either, no_number_flag, one_flag, one_flag_of};
use crate::matcher::DiscrepancyKind;

const AP_HOSPITAL: &str =
    "Fourteen people were hospitalized, three of them in serious condition, most of them in the city of Leiria.";

#[test]
fn a_part_told_after_its_whole_is_no_count_of_the_whole() {
    for a in [
        "Of those taken to hospital, three were in serious condition, according to Coimbra University Hospital, where most of them were treated.",
        "Of those taken to hospital, three were in serious condition.",
        "Among the injured, three were in serious condition.",
    ] {
        no_number_flag(a, AP_HOSPITAL);
    }
    no_number_flag(
        "Quatorze personnes ont été hospitalisées, dont trois dans un état grave.",
        "Quatorze personnes ont été hospitalisées, trois d'entre elles dans un état grave.",
    );
    no_number_flag(
        "14 Menschen kamen ins Krankenhaus, darunter drei schwer verletzt.",
        "14 Menschen kamen ins Krankenhaus, drei von ihnen schwer verletzt.",
    );
    no_number_flag(
        "Catorce personas fueron hospitalizadas, de las cuales tres están graves.",
        "Catorce personas fueron hospitalizadas.",
    );
    no_number_flag(
        "Dos feridos, três estão em estado grave.",
        "Catorze pessoas foram hospitalizadas.",
    );
}

#[test]
fn two_parts_that_differ_still_flag() {
    one_flag(
        "Fourteen people were hospitalized, three of them in serious condition.",
        "Fourteen people were hospitalized, five of them in serious condition.",
        "three",
        "five",
        false,
    );
    one_flag(
        "Of those taken to hospital, three were in serious condition.",
        "Fourteen people were hospitalized, five of them in serious condition.",
        "three",
        "five",
        false,
    );
    // A count with no whole before it is still the count.
    one_flag(
        "Three people were in serious condition.",
        "Five people were in serious condition.",
        "Three people",
        "Five people",
        false,
    );
}

#[test]
fn a_count_s_fate_is_read_from_its_own_phrase() {
    let reuters = "Two workers were killed and 14 people were taken to hospital after ammonia leaked from a refrigeration unit at a meat-processing plant in central Portugal on Tuesday, emergency services said.";
    let f = flags_of(
        DiscrepancyKind::Number,
        reuters,
        "3 dead as toxic gas leaks from Portugal food factory",
    );
    assert_eq!(
        f,
        vec![("Two workers".into(), "3 dead".into(), false)],
        "{f:?}"
    );
    for b in [
        "About 300 people were evacuated.",
        "About 300 people living within half a kilometer of the site were told to leave their homes, and police shut part of the A1 highway.",
    ] {
        no_number_flag("Two workers were killed and 14 people were taken to hospital.", b);
    }
    // An age range before "were taken to hospital" counts nobody (paraphrase-train).
    no_number_flag(
        "James Howe said five people were taken to hospital and three were treated at the scene.",
        "James Howe said five children aged between 4 and 17 were taken to hospital, while three others were treated at the scene.",
    );
    // Two counts taken to hospital still compare.
    one_flag(
        "Two workers were killed and 14 people were taken to hospital.",
        "Two workers were killed and 20 people were taken to hospital.",
        "14 people",
        "20 people",
        false,
    );
    one_flag(
        "14 pessoas foram transportadas para o hospital.",
        "20 pessoas foram transportadas para o hospital.",
        "14 pessoas",
        "20 pessoas",
        false,
    );
}

/// A verb in "-ed" whose clause goes on to a hospital ("treated in", "rushed to",
/// "admitted to") claims no count as people doing something (`toll::verb_claims`): the
/// hospital phrase tells the injured, so two counts told with other verbs compare (the
/// ferry fire of trial 45: "Fourteen people were taken to hospital" / "Twelve people were
/// treated in hospital" had lost its flag), and a count of the evacuated stays apart.
#[test]
fn a_hospital_phrase_after_a_verb_in_ed_tells_the_injured() {
    for b in [
        "Twelve people were treated in hospital.",
        "Twelve people were rushed to hospital.",
        "Twelve people were admitted to hospital.",
    ] {
        one_flag(
            "Fourteen people were taken to hospital.",
            b,
            "Fourteen people",
            "Twelve people",
            false,
        );
        one_flag(
            "Fourteen people were hospitalized.",
            b,
            "Fourteen people",
            "Twelve people",
            false,
        );
        no_number_flag(b, "About 300 people were evacuated.");
    }
    // A verb of no toll with no hospital after it is still people doing something, and
    // so is one whose clause ends before a hospital.
    for b in [
        "Some 150 firefighters were deployed.",
        "Some 150 firefighters were rushed to the scene.",
        "Some 150 firefighters were deployed, and the injured were taken to hospital.",
    ] {
        no_number_flag("Fourteen people were taken to hospital.", b);
    }
}

#[test]
fn the_whole_of_a_part_is_no_outcome() {
    for b in [
        "A toxic ammonia leak at a meatpacking factory in central Portugal killed three workers on Tuesday.",
        "3 dead as toxic gas leaks from Portugal food factory",
    ] {
        no_flag_either(
            DiscrepancyKind::Outcome,
            &[("Three of the injured were in serious condition, officials said.", b)],
        );
    }
    // The outcome told of the sentence's own people still differs.
    has_flag(
        DiscrepancyKind::Outcome,
        "Three workers were injured in the leak.",
        "Three workers were killed in the leak.",
        "injured",
        "killed",
    );
}

#[test]
fn a_lower_bound_on_a_round_word_holds_the_figure() {
    let ap = "A toxic ammonia leak killed three workers and sent more than a dozen people to the hospital.";
    let f = flags_of(
        DiscrepancyKind::Number,
        "Two workers were killed and 14 people were taken to hospital.",
        ap,
    );
    assert_eq!(
        f,
        vec![("Two workers".into(), "three workers".into(), false)],
        "{f:?}"
    );
    no_number_flag(
        "More than a dozen people were injured.",
        "Fourteen people were injured.",
    );
    no_number_flag(
        "At least a dozen people were injured.",
        "Twelve people were injured.",
    );
    // Below the word, or past twice it, the figures differ.
    one_flag(
        "More than a dozen people were injured.",
        "Eight people were injured.",
        "More than a dozen people",
        "Eight people",
        false,
    );
    let f = flags_of(
        DiscrepancyKind::Number,
        "More than a dozen people were injured.",
        "Thirty people were injured.",
    );
    assert_eq!(f.len(), 1, "{f:?}");
    // A bound on a figure stays the softer flag (README: "at least 10 people ≠ twelve").
    one_flag(
        "At least 10 people were injured.",
        "Twelve people were injured.",
        "At least 10 people",
        "Twelve people",
        true,
    );
}

#[test]
fn a_city_in_a_hospital_s_name_is_the_place() {
    one_flag_of(
        DiscrepancyKind::Place,
        "Of those taken to hospital, three were in serious condition, according to Coimbra University Hospital, where most of them were treated.",
        AP_HOSPITAL,
        "Coimbra",
        "Leiria",
        false,
    );
    one_flag_of(
        DiscrepancyKind::Place,
        "Most of them were treated at the Leiria hospital.",
        "Most of them were treated at Coimbra University Hospital.",
        "Leiria",
        "Coimbra",
        false,
    );
    one_flag_of(
        DiscrepancyKind::Place,
        "Most of them were treated at the Hospital de Coimbra.",
        "Most of them were treated in Lisbon.",
        "Coimbra",
        "Lisbon",
        false,
    );
    no_flag_either(
        DiscrepancyKind::Place,
        &[
            (
                "Most of them were treated at Coimbra University Hospital.",
                "Most of them were treated in Coimbra.",
            ),
            (
                "Most of them were treated at the Coimbra hospital.",
                "Most of them were treated at Coimbra University Hospital.",
            ),
        ],
    );
}

#[test]
fn rough_times_further_apart_than_their_hedges_are_solid() {
    one_flag_of(
        DiscrepancyKind::Date,
        "The leak began shortly after 6 a.m. at the Carnes Ribeiro plant.",
        "The gas escaped from the Carnes Ribeiro plant at around 7:30 a.m.",
        "6 a.m.",
        "7:30 a.m.",
        false,
    );
    // Near enough for the hedges: the softer flag, or none. "Shortly after 6" / "around
    // 6:35": the spans they tell (6:00 to 6:24, 6:27 to 6:43: `dates/rough.rs`) do not
    // meet, their reaches do: the softer kind. Since session 54 "around" reaches only as
    // far as its figure is round (ten minutes for 7:40, half an hour for 7 a.m.): "about
    // 7:40 a.m." / "8 a.m." and "shortly after 6 a.m." / "around 7 a.m." are solid.
    one_flag_of(
        DiscrepancyKind::Date,
        "The leak began at about 7:40 a.m. at the plant.",
        "The leak began at 7:50 a.m. at the plant.",
        "7:40 a.m.",
        "7:50 a.m.",
        true,
    );
    one_flag_of(
        DiscrepancyKind::Date,
        "The leak began shortly after 6 a.m. at the plant.",
        "The leak began at around 6:35 a.m. at the plant.",
        "6 a.m.",
        "6:35 a.m.",
        true,
    );
    one_flag_of(
        DiscrepancyKind::Date,
        "The leak began at about 7:40 a.m. at the plant.",
        "The leak began at 8 a.m. at the plant.",
        "7:40 a.m.",
        "8 a.m.",
        false,
    );
    no_flag_either(
        DiscrepancyKind::Date,
        &[(
            "The leak began shortly after 6 a.m. at the plant.",
            "The leak began at around 6:30 a.m. at the plant.",
        )],
    );
}

//! Tests after trial 41 (F3): figures and dates flagged wrongly, or not at all, on pairs of
//! one event. A turnout and a side's share of the vote are two figures (`numbers/
//! measures.rs`: "der Wahlberechtigten", a share led by "erhielt" or "mit"; "Prozent",
//! "procent", "por ciento" are percentages as "percent" is, `numbers/counted.rs`); a
//! wire's dateline dates the report, not the fact (`dates.rs`); a length of time told as
//! time ago and one told as time until the end measure one span (`numbers/elapsed.rs`);
//! a part told with "dos", "das" or "van de" is a part ("Dois dos homens",
//! `numbers/toll.rs`).

use super::test_util::{flags_of, no_flag, no_number_flag, one_flag, one_flag_of};
use crate::matcher::DiscrepancyKind;

#[test]
fn a_turnout_against_a_share_of_the_vote_is_not_flagged() {
    for (a, b) in [
        (
            "Sie kam am Sonntag auf 54,3 Prozent der Stimmen, wie die Stadt am Abend mitteilte.",
            "Nur 39 Prozent der Wahlberechtigten gaben ihre Stimme ab.",
        ),
        (
            "Ihr Herausforderer Markus Brandt (CDU) erhielt 45,7 Prozent.",
            "Nur 39 Prozent der Wahlberechtigten gaben ihre Stimme ab.",
        ),
        (
            "Die Wahlbeteiligung lag bei 41,2 Prozent.",
            "In der Stichwahl am Sonntag setzte sie sich mit 53,4 Prozent gegen den \
             CDU-Kandidaten Markus Brandt durch, der auf 46,6 Prozent kam.",
        ),
        (
            "Keller won 54.3 percent of the vote.",
            "Only 39 percent of eligible voters cast a ballot.",
        ),
        (
            "Keller obtuvo el 54,3 por ciento de los votos.",
            "La participación fue del 39 por ciento.",
        ),
    ] {
        no_number_flag(a, b);
    }
}

#[test]
fn a_turnout_against_a_turnout_is_flagged() {
    for (a, b, ta, tb) in [
        (
            "Die Wahlbeteiligung lag bei 41,2 Prozent.",
            "Nur 39 Prozent der Wahlberechtigten gaben ihre Stimme ab.",
            "41,2 Prozent",
            "39 Prozent",
        ),
        (
            "Turnout was 41.2 percent.",
            "Only 39 percent of eligible voters cast a ballot.",
            "41.2 percent",
            "Only 39 percent",
        ),
        (
            "La participación fue del 41,2 por ciento.",
            "Solo el 39 por ciento de los electores inscritos votó.",
            "41,2 por ciento",
            "39 por ciento",
        ),
    ] {
        one_flag(a, b, ta, tb, false);
    }
}

#[test]
fn the_same_share_in_other_words_and_the_loser_against_the_loser() {
    // The same share told with another verb: no flag.
    no_number_flag(
        "Sie kam auf 54,3 Prozent der Stimmen.",
        "Sie erhielt 54,3 Prozent.",
    );
    // The loser's share against the loser's (trial 41 F3: it had no flag).
    one_flag(
        "Ihr Herausforderer Markus Brandt (CDU) erhielt 45,7 Prozent.",
        "In der Stichwahl am Sonntag setzte sie sich mit 53,4 Prozent gegen den \
         CDU-Kandidaten Markus Brandt durch, der auf 46,6 Prozent kam.",
        "45,7 Prozent",
        "46,6 Prozent",
        false,
    );
}

#[test]
fn a_wires_dateline_is_not_the_date_of_the_fact() {
    for (a, b) in [
        (
            "LISBOA, 6 jun 2026 (Lusa) - Três cidadãos portugueses sequestrados no Mali há \
             cinco meses foram libertados no domingo, anunciou o Ministério dos Negócios \
             Estrangeiros.",
            "Os três portugueses raptados no Mali em janeiro foram libertados este domingo, \
             após quatro meses de cativeiro.",
        ),
        (
            "LONDON, June 6 (Reuters) - Three British engineers kidnapped in Mali were freed \
             on Sunday.",
            "The three engineers, kidnapped in Mali in January, were freed on Sunday.",
        ),
        (
            "PARÍS, 6 jun (EFE) - Tres ingenieros secuestrados en Malí fueron liberados el \
             domingo.",
            "Los tres ingenieros, secuestrados en Malí en enero, fueron liberados el domingo.",
        ),
    ] {
        no_flag(DiscrepancyKind::Date, a, b);
        no_flag(DiscrepancyKind::Date, b, a);
    }
}

#[test]
fn a_date_of_the_fact_after_a_dateline_is_still_compared() {
    one_flag_of(
        DiscrepancyKind::Date,
        "LONDON, June 6 (Reuters) - Three British engineers kidnapped in Mali in March were \
         freed on Sunday.",
        "The three engineers, kidnapped in Mali in January, were freed on Sunday.",
        "March",
        "January",
        false,
    );
    // A day in the sentence itself, no dateline: compared.
    assert_eq!(
        flags_of(
            DiscrepancyKind::Date,
            "Three engineers kidnapped in Mali on June 6 were freed on Sunday.",
            "The three engineers, kidnapped in Mali in January, were freed on Sunday.",
        )
        .len(),
        1
    );
}

#[test]
fn time_ago_against_time_until_the_end_is_flagged() {
    for (a, b, ta, tb) in [
        (
            "Três portugueses sequestrados há cinco meses foram libertados no domingo.",
            "Os três portugueses foram libertados este domingo, após quatro meses de cativeiro.",
            "cinco meses",
            "quatro meses",
        ),
        (
            "Three Portuguese kidnapped in Mali five months ago were freed on Sunday.",
            "The three Portuguese were freed on Sunday, after four months in captivity.",
            "five months",
            "four months",
        ),
        (
            "Drei Portugiesen, die vor fünf Monaten in Mali entführt wurden, sind am Sonntag \
             freigekommen.",
            "Die drei Portugiesen kamen am Sonntag nach vier Monaten Geiselhaft frei.",
            "fünf Monaten",
            "vier Monaten",
        ),
        (
            "Tres portugueses secuestrados en Malí hace cinco meses fueron liberados el \
             domingo.",
            "Los tres portugueses fueron liberados el domingo, tras cuatro meses de cautiverio.",
            "cinco meses",
            "cuatro meses",
        ),
    ] {
        one_flag(a, b, ta, tb, false);
    }
}

#[test]
fn the_same_span_told_ago_and_after_or_two_spans_are_not_flagged() {
    for (a, b) in [
        (
            "Three Portuguese kidnapped in Mali five months ago were freed on Sunday.",
            "The three Portuguese were freed on Sunday, after five months in captivity.",
        ),
        (
            "Três portugueses sequestrados há cinco meses foram libertados no domingo.",
            "Os três portugueses foram libertados este domingo, depois de cinco meses de \
             cativeiro.",
        ),
        // A length told with "for" is no span since a start: two facts.
        (
            "She had worked at the plant for 15 years.",
            "The woman was charged with a killing 41 years ago.",
        ),
    ] {
        no_number_flag(a, b);
    }
}

#[test]
fn a_part_of_the_whole_is_no_count_of_it() {
    for (a, b) in [
        (
            "Os três homens, trabalhadores de uma empresa de construção, estão de boa saúde, \
             segundo o ministério.",
            "Dois dos homens precisaram de cuidados médicos, informou o ministério.",
        ),
        (
            "De drie mannen zijn in goede gezondheid.",
            "Twee van de mannen hadden medische zorg nodig.",
        ),
        (
            "The three men are in good health.",
            "Two of the men needed medical care.",
        ),
    ] {
        no_number_flag(a, b);
    }
}

#[test]
fn a_part_against_the_same_part_or_a_whole_against_a_whole_is_flagged() {
    for (a, b, ta, tb) in [
        (
            "Dois dos homens precisaram de cuidados médicos.",
            "Três dos homens precisaram de cuidados médicos.",
            "Dois dos homens",
            "Três dos homens",
        ),
        (
            "Twee van de mannen hadden medische zorg nodig.",
            "Drie van de mannen hadden medische zorg nodig.",
            "Twee van de mannen",
            "Drie van de mannen",
        ),
        (
            "Os três homens foram libertados no domingo.",
            "Os dois homens foram libertados no domingo.",
            "três homens",
            "dois homens",
        ),
    ] {
        one_flag(a, b, ta, tb, false);
    }
}

//! Tests after trial 43 (m10 y66, v66a, y86): a placing told with two places for one
//! subject ("Lemma finished second" / "Lemma finished third", nl "werd tweede" / "werd
//! derde") and "the Nth X this year" with two ranks (de "die dritte Entgleisung in diesem
//! Jahr" / "die zweite …") are a number flag, in seven languages. A second of time, the
//! second half, two subjects, one side only, the same place told two ways and an Italian
//! "secondo" (according to) are not.

use super::test_util::{has_flag_each_way, no_flag_either};
use crate::matcher::DiscrepancyKind::Number;

#[test]
fn two_places_of_one_subject_differ_in_seven_languages() {
    for (a, b, ta, tb) in [
        (
            "De Ethiopiër Tadese Lemma werd tweede.",
            "De Ethiopiër Tadese Lemma werd derde.",
            "werd tweede",
            "werd derde",
        ),
        (
            "Lemma finished second.",
            "Lemma finished third.",
            "finished second",
            "finished third",
        ),
        (
            "Lemma came in second in the marathon.",
            "Lemma finished in fourth place.",
            "came in second",
            "finished in fourth place",
        ),
        (
            "Lemma a terminé deuxième du marathon.",
            "Lemma termine troisième du marathon.",
            "terminé deuxième",
            "termine troisième",
        ),
        (
            "Lemma quedó tercero en el maratón.",
            "Lemma llegó en segundo lugar en el maratón.",
            "quedó tercero",
            "llegó en segundo lugar",
        ),
        (
            "Lemma è arrivato secondo.",
            "Lemma si è classificato terzo.",
            "arrivato secondo",
            "classificato terzo",
        ),
        (
            "Lemma ficou em segundo lugar.",
            "Lemma terminou em terceiro.",
            "ficou em segundo lugar",
            "terminou em terceiro",
        ),
        (
            "Lemma wurde Zweiter.",
            "Lemma belegte den dritten Platz.",
            "wurde Zweiter",
            "belegte den dritten Platz",
        ),
        (
            "Lemma eindigde als tweede.",
            "Lemma finished third.",
            "eindigde als tweede",
            "finished third",
        ),
    ] {
        has_flag_each_way(Number, a, b, ta, tb);
    }
}

#[test]
fn the_nth_of_a_year_differs() {
    has_flag_each_way(
        Number,
        "Es ist die dritte Entgleisung in diesem Jahr.",
        "Es ist die zweite Entgleisung in diesem Jahr.",
        "dritte Entgleisung",
        "zweite Entgleisung",
    );
    has_flag_each_way(
        Number,
        "It was the second strike this year at the plant.",
        "It was the fourth strike this year at the plant.",
        "second strike",
        "fourth strike",
    );
}

#[test]
fn times_halves_other_subjects_and_one_side_do_not_flag() {
    no_flag_either(
        Number,
        &[
            // The same place told two ways.
            ("Lemma finished second.", "Lemma came in second place."),
            ("Lemma quedó segundo.", "Lemma finished second."),
            // Two subjects.
            ("Lemma finished second.", "Kiprop finished third."),
            // A second of time, the second half, "for the first time".
            (
                "Lemma finished a second ahead of Kiprop.",
                "Lemma finished third.",
            ),
            (
                "Lemma finished second.",
                "Lemma finished the second half strongly.",
            ),
            ("Lemma came first time out.", "Lemma came second."),
            // it "secondo" is also "according to".
            (
                "Il treno è arrivato secondo la polizia alle otto.",
                "Il treno è arrivato terzo.",
            ),
            // One side only.
            ("Lemma finished second.", "Lemma ran the marathon in 2:06."),
            // No subject: a pronoun's place is not read.
            ("He finished second.", "She finished third."),
            // "the Nth X" with no period, or of two things.
            (
                "It is the third derailment.",
                "It is the second derailment.",
            ),
            (
                "Es ist die dritte Entgleisung in diesem Jahr.",
                "Es ist der zweite Brand in diesem Jahr.",
            ),
            // Which time of two events.
            (
                "She won for the second time.",
                "He was arrested for the third time.",
            ),
        ],
    );
}

//! Figures told in forms the number flags did not read (trials 42, 43; session 41): a
//! German noun in its dative plural ("von 143 Abflügen"), a figure with a word of millions
//! and its decimal mark ("2.500 millones", "2,5 mil millones", "2,5 miliardi", "2.500
//! millions"), and a counted term of several words ("tres bolas de partido" / "dos puntos
//! de partido").

use super::test_util::{no_number_flag, one_flag, one_number_flag_each};

#[test]
fn a_german_noun_in_its_dative_plural_counts_what_its_nominative_counts() {
    // Trial 42 y33: "Abflüge" / "Abflügen" were two nouns.
    one_flag(
        "Alle 143 Abflüge wurden am Montag gestrichen.",
        "Am Montag fielen 120 von 143 Abflügen aus.",
        "Alle 143 Abflüge",
        "120 von 143 Abflügen",
        false,
    );
    // Near cases: the same count in either case, and a noun whose plural ends in "-en"
    // in every case.
    no_number_flag(
        "Der Sturm beschädigte am Montag 40 Häuser.",
        "Der Sturm richtete am Montag an 40 Häusern Schäden an.",
    );
    no_number_flag(
        "Bei dem Unglück starben 12 Menschen.",
        "Das Unglück kostete 12 Menschen das Leben.",
    );
}

#[test]
fn a_figure_with_a_word_of_millions_is_read_in_its_units() {
    // The same sum in two forms: no flag (each was flagged before).
    for (a, b) in [
        (
            "La empresa pagará 2.500 millones de euros por el astillero.",
            "La empresa pagará 2,5 mil millones de euros por el astillero.",
        ),
        (
            "A empresa vai pagar 2,5 mil milhões de euros pelo estaleiro.",
            "A empresa vai pagar 2.500 milhões de euros pelo estaleiro.",
        ),
        (
            "L'entreprise paiera 2.500 millions d'euros pour le chantier.",
            "L'entreprise paiera 2,5 milliards d'euros pour le chantier.",
        ),
        (
            "Die Firma zahlt 2.500 Millionen Euro für die Werft.",
            "Die Firma zahlt 2,5 Milliarden Euro für die Werft.",
        ),
        (
            "La empresa pagará dos millones de dólares por el astillero.",
            "La empresa pagará 2 millones de dólares por el astillero.",
        ),
    ] {
        no_number_flag(a, b);
    }
    // Two sums: the solid kind (each was the softer kind before).
    one_flag(
        "La empresa pagará US$2,5 mil millones por el astillero.",
        "La empresa pagará US$3 mil millones por el astillero.",
        "$2,5 mil millones",
        "$3 mil millones",
        false,
    );
    one_flag(
        "L'azienda pagherà 2,5 miliardi di euro per il cantiere.",
        "L'azienda pagherà 3 miliardi di euro per il cantiere.",
        "2,5 miliardi di euro",
        "3 miliardi di euro",
        false,
    );
    // Near case: two sums of two things in one sentence.
    no_number_flag(
        "La empresa pagará 10 millones de dólares por el astillero y 12 millones de euros por el terreno.",
        "La empresa pagará 10 millones de dólares por el astillero.",
    );
}

#[test]
fn a_counted_term_of_several_words_is_one_thing() {
    // Trial 42 y5, v5a: "bolas de partido" / "puntos de partido".
    one_number_flag_each(&[
        (
            "Alcaraz salvó tres bolas de partido en el cuarto set.",
            "El murciano levantó dos puntos de partido en el cuarto set.",
        ),
        (
            "Alcaraz salvó tres bolas de partido.",
            "Alcaraz salvó dos puntos de partido.",
        ),
        (
            "Alcaraz saved three match points in the fourth set.",
            "Alcaraz saved two championship points in the fourth set.",
        ),
    ]);
    // Near cases: the same count told with the other head; two terms of two things.
    no_number_flag(
        "Alcaraz salvó tres bolas de partido en el cuarto set.",
        "El murciano levantó tres puntos de partido en el cuarto set.",
    );
    no_number_flag(
        "Alcaraz salvó tres bolas de break en el cuarto set.",
        "Alcaraz salvó dos bolas de partido en el cuarto set.",
    );
}

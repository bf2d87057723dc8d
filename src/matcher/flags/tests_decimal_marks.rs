//! Tests of the number flags on the decimal mark: a dot or comma before three digits read
//! by the sentence's language or the other figure ("2.500 Euro" / "2,50 Euro"), rounding
//! told with a decimal comma, and sums after a currency code ("CHF 25.10") or counts after
//! a place name ("in Berlin 1.500 Teilnehmer").

use super::test_util::{no_number_flag, one_flag};

#[test]
fn a_decimal_comma_or_the_language_settles_a_dot_before_three_digits() {
    // The other figure's decimal comma, or a German or Spanish sentence: the dot groups
    // thousands, 2,500 against 2.50.
    for (a, b, fa, fb) in [
        (
            "Die Strafe betrug 2.500 Euro.",
            "Die Strafe betrug 2,50 Euro.",
            "2.500 Euro",
            "2,50 Euro",
        ),
        (
            "La multa fue de 2.500 euros, informó el tribunal el lunes.",
            "La multa fue de 2.5 euros, informó el tribunal el lunes.",
            "2.500 euros",
            "2.5 euros",
        ),
        (
            "Die Strafe betrug 2.500 Euro, teilte das Gericht am Montag mit.",
            "Die Strafe betrug 2,50 Euro, teilte das Gericht am Montag mit.",
            "2.500 Euro",
            "2,50 Euro",
        ),
    ] {
        one_flag(a, b, fa, fb, false);
    }
    // Nothing settles it in English: the softer flag, never silence.
    for (a, b, fa, fb) in [
        (
            "The fine was 2.500 euros, the court said.",
            "The fine was 2.50 euros, the court said.",
            "2.500 euros",
            "2.50 euros",
        ),
        (
            "The fine was €2.500, the court said.",
            "The fine was €2.50, the court said.",
            "€2.500",
            "€2.50",
        ),
    ] {
        one_flag(a, b, fa, fb, true);
    }
    // An exchange rate with more decimals agrees; a grouped thousands figure too.
    no_number_flag(
        "The euro rose to $1.085 on Monday, traders said.",
        "The euro rose to $1.0850 on Monday, traders said.",
    );
    no_number_flag(
        "The fine was 2.500 euros, the court said.",
        "The fine was 2,500 euros, the court said.",
    );
    no_number_flag(
        "Die Strafe betrug 2.500 Euro, teilte das Gericht mit.",
        "Die Strafe betrug 2500 Euro, teilte das Gericht mit.",
    );
}

#[test]
fn rounding_told_with_a_decimal_comma_is_the_softer_kind_as_with_a_dot() {
    for (a, b, fa, fb) in [
        (
            "Der Euro kostete 1,325 Franken.",
            "Der Euro kostete 1,33 Franken.",
            "1,325 Franken",
            "1,33 Franken",
        ),
        (
            "Le dollar valait 0,885 franc.",
            "Le dollar valait 0,89 franc.",
            "0,885 franc",
            "0,89 franc",
        ),
        (
            "The euro was worth 1.325 Swiss francs.",
            "The euro was worth 1.33 Swiss francs.",
            "1.325 Swiss francs",
            "1.33 Swiss francs",
        ),
    ] {
        one_flag(a, b, fa, fb, true);
    }
    // Told to the same place, they differ in the solid kind.
    one_flag(
        "Der Euro kostete 1,325 Franken.",
        "Der Euro kostete 1,35 Franken.",
        "1,325 Franken",
        "1,35 Franken",
        false,
    );
    // In English a comma before three digits groups thousands.
    one_flag(
        "The police counted 1,500 participants.",
        "The police counted 1.5 participants.",
        "1,500 participants",
        "1.5 participants",
        false,
    );
}

#[test]
fn a_sum_after_a_currency_code_is_money_in_that_currency() {
    for code in ["CHF", "EUR", "USD", "GBP", "JPY", "Rs", "Fr."] {
        let a = format!("The fine was {code} 500, the court said.");
        let b = format!("The fine was {code} 600, the court said.");
        one_flag(
            &a,
            &b,
            &format!("{code} 500"),
            &format!("{code} 600"),
            false,
        );
    }
    one_flag(
        "Shares of UBS closed at CHF 25.10 on Friday, down 3 percent.",
        "Shares of UBS closed at CHF 21.40 on Friday, down 3 percent.",
        "CHF 25.10",
        "CHF 21.40",
        false,
    );
    one_flag(
        "He paid CHF 500.",
        "He paid CHF 600.",
        "CHF 500",
        "CHF 600",
        false,
    );
    // A code and the currency's name or sign are one unit.
    no_number_flag("He paid CHF 500.", "He paid 500 francs.");
    no_number_flag("He paid USD 500.", "He paid $500.");
}

#[test]
fn a_count_after_a_place_name_is_compared() {
    for (a, b, fa, fb) in [
        (
            "Die Polizei zählte in Berlin 1.500 Teilnehmer.",
            "Die Polizei zählte in Berlin 2.500 Teilnehmer.",
            "1.500 Teilnehmer",
            "2.500 Teilnehmer",
        ),
        (
            "Die Polizei zählte in Berlin 1500 Teilnehmer.",
            "Die Polizei zählte in Berlin 2500 Teilnehmer.",
            "1500 Teilnehmer",
            "2500 Teilnehmer",
        ),
        (
            "Der Euro kostete in Zürich 1,325 Franken.",
            "Der Euro kostete in Zürich 1,35 Franken.",
            "1,325 Franken",
            "1,35 Franken",
        ),
    ] {
        one_flag(a, b, fa, fb, false);
    }
}

#[test]
fn a_sum_agreeing_only_in_its_less_likely_reading_is_the_softer_kind() {
    // "$1.085" is a rate a bit over one dollar; "1,085 dollars" is one thousand and
    // eighty-five in English: they agree only if one writer wrote the other convention.
    for (a, b, fa, fb) in [
        (
            "The euro was worth $1.085",
            "The euro was worth 1,085 dollars",
            "$1.085",
            "1,085 dollars",
        ),
        (
            "The euro was worth $1.085, traders said.",
            "The euro was worth 1,085 dollars, traders said.",
            "$1.085",
            "1,085 dollars",
        ),
        (
            "The road is 1.525 km long, officials said.",
            "The road is 1,525 km long, officials said.",
            "1.525 km",
            "1,525 km",
        ),
    ] {
        one_flag(a, b, fa, fb, true);
    }
    // Three digits ending in 0 are rather thousands; the same rate agrees; rounded, the
    // softer kind as before.
    no_number_flag(
        "The fine was 2.500 euros, the court said.",
        "The fine was 2,500 euros, the court said.",
    );
    no_number_flag(
        "The euro was worth $1.085 on Monday.",
        "The euro was worth $1.0850 on Monday.",
    );
    one_flag(
        "The euro was worth $1.085 on Monday.",
        "The euro was worth $1.09 on Monday.",
        "$1.085",
        "$1.09",
        true,
    );
}

#[test]
fn an_english_dot_is_not_settled_by_the_other_sentences_decimal_comma() {
    // Each figure is read by its own sentence's convention: an English $1.085 is the
    // German 1,085 Dollar.
    no_number_flag(
        "The euro was worth $1.085 on Monday, traders said.",
        "Der Euro war am Montag 1,085 Dollar wert, sagten Händler.",
    );
}

#[test]
fn sums_across_languages_are_compared_each_read_by_its_own_convention() {
    // The words around the sums share nothing: German 2.500 Euro is 2,500 euros.
    one_flag(
        "Die Strafe betrug 2.500 Euro, teilte das Gericht mit.",
        "The fine was 2.50 euros, the court said.",
        "2.500 Euro",
        "2.50 euros",
        false,
    );
    one_flag(
        "La multa fue de 2.500 euros, informó el tribunal el lunes.",
        "The fine was 3,500 euros, the court said on Monday.",
        "2.500 euros",
        "3,500 euros",
        false,
    );
    for (a, b) in [
        (
            "Die Strafe betrug 2.500 Euro, teilte das Gericht mit.",
            "The fine was 2,500 euros, the court said.",
        ),
        (
            "Each family will receive 1,000 euros, the government said.",
            "Jede Familie erhält 1.000 Euro, teilte die Regierung mit.",
        ),
        (
            "Each family will receive 1,000 euros, the government said.",
            "Chaque famille recevra 1 000 euros, a indiqué le gouvernement.",
        ),
    ] {
        no_number_flag(a, b);
    }
}

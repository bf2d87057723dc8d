//! Tests of the number flags on lengths of time and temperatures (`units.rs`): the same
//! figure in another unit of time ("12 years" / "12 months") or on another scale ("40
//! degrees Celsius" / "40 degrees Fahrenheit") is no agreement, in English and in the
//! other languages the date words know.

use super::test_util::{no_number_flag, number_flags};

#[test]
fn the_same_figure_in_another_unit_of_time_is_flagged() {
    for (a, b) in [
        (
            "A federal judge sentenced the mob boss to 12 years in prison on Monday.",
            "A federal judge sentenced the mob boss to 12 months in prison on Monday.",
        ),
        (
            "He was jailed for 12 years for the killing.",
            "He was jailed for 12 months for the killing.",
        ),
        (
            "He was given a 12-year sentence for the killing.",
            "He was given a 12-month sentence for the killing.",
        ),
        (
            "He was jailed for twelve years for the killing.",
            "He was jailed for twelve months for the killing.",
        ),
        (
            "The siege lasted three hours, police said.",
            "The siege lasted three days, police said.",
        ),
        (
            "She stayed in hospital for two weeks after the crash.",
            "She stayed in hospital for two months after the crash.",
        ),
        (
            "The treaty was signed 70 years ago in Geneva.",
            "The treaty was signed 70 days ago in Geneva.",
        ),
        (
            "Das Gericht verurteilte ihn zu 12 Jahren Haft.",
            "Das Gericht verurteilte ihn zu 12 Monaten Haft.",
        ),
        (
            "Le tribunal l'a condamné à 12 ans de prison.",
            "Le tribunal l'a condamné à 12 mois de prison.",
        ),
        (
            "El tribunal lo condenó a 12 años de prisión.",
            "El tribunal lo condenó a 12 meses de prisión.",
        ),
    ] {
        let flags = number_flags(a, b);
        assert_eq!(flags.len(), 1, "{a} / {b}: {flags:?}");
        assert!(!flags[0].2, "{a} / {b}: the solid kind, {flags:?}");
        for (text, side) in [(&flags[0].0, a), (&flags[0].1, b)] {
            assert!(side.contains(text.as_str()), "{text} in {side}");
        }
    }
}

#[test]
fn the_same_figure_on_another_scale_or_in_inches_is_flagged() {
    for (a, b) in [
        (
            "Temperatures reached 40 degrees Celsius in Seville on Monday.",
            "Temperatures reached 40 degrees Fahrenheit in Seville on Monday.",
        ),
        (
            "The storm dumped 30 cm of snow on the city overnight.",
            "The storm dumped 30 inches of snow on the city overnight.",
        ),
    ] {
        let flags = number_flags(a, b);
        assert_eq!(flags.len(), 1, "{a} / {b}: {flags:?}");
        assert!(!flags[0].2, "{a} / {b}: {flags:?}");
    }
}

#[test]
fn lengths_of_time_that_agree_or_measure_other_things_are_not_flagged() {
    for (a, b) in [
        // The same length, in one language or two.
        (
            "He was jailed for 12 years for the killing.",
            "He was jailed for 12 years for the killing, the court said.",
        ),
        (
            "He was jailed for 12 years for the killing.",
            "Das Gericht verurteilte ihn zu 12 Jahren Haft.",
        ),
        // The same length told in another unit is not compared: it may be right.
        (
            "She stayed in hospital for two weeks after the crash.",
            "She stayed in hospital for 14 days after the crash.",
        ),
        // Two lengths of time of two facts.
        (
            "He was jailed for three years in 2009.",
            "He was released three days later, his lawyer said.",
        ),
        (
            "Temperatures reached 40 degrees Celsius in Seville.",
            "Temperatures reached 40 degrees in Seville.",
        ),
    ] {
        no_number_flag(a, b);
    }
}

#[test]
fn lengths_of_time_of_two_facts_are_not_flagged_in_any_language() {
    // Each language's lengths of time are durations (the units table's time dimension):
    // two of them are compared only when their anchors say they measure one event.
    for (a, b) in [
        (
            "Er wurde 2009 zu drei Jahren Haft verurteilt.",
            "Drei Tage später kam er frei, sagte sein Anwalt.",
        ),
        (
            "Il a été condamné à trois ans de prison en 2009.",
            "Trois jours plus tard, il était libre, selon son avocat.",
        ),
        (
            "Fue condenado a tres años de cárcel en 2009.",
            "Tres días después quedó libre, dijo su abogado.",
        ),
        (
            "Nel 2009 fu condannato a quattro anni di carcere.",
            "Quattro giorni dopo era libero, ha detto il suo avvocato.",
        ),
        (
            "Em 2009 foi condenado a quatro anos de prisão.",
            "Quatro dias depois estava livre, disse o seu advogado.",
        ),
        (
            "In 2009 werd hij veroordeeld tot drie jaar cel.",
            // Dutch function words are no stop words yet: a shared "hij" would anchor.
            "Drie dagen later was de man vrij, zei zijn advocaat.",
        ),
    ] {
        no_number_flag(a, b);
    }
}

#[test]
fn lengths_of_one_event_in_other_languages_are_still_flagged() {
    for (a, b) in [
        (
            "Il tribunale lo ha condannato a 12 anni di carcere.",
            "Il tribunale lo ha condannato a 12 mesi di carcere.",
        ),
        (
            "O tribunal condenou-o a 12 anos de prisão.",
            "O tribunal condenou-o a 12 meses de prisão.",
        ),
        (
            "De rechtbank veroordeelde hem tot 12 jaar cel.",
            "De rechtbank veroordeelde hem tot 12 maanden cel.",
        ),
        (
            "Das Gericht verurteilte ihn zu 12 Jahren Haft.",
            "Das Gericht verurteilte ihn zu zehn Jahren Haft.",
        ),
    ] {
        let flags = number_flags(a, b);
        assert_eq!(flags.len(), 1, "{a} / {b}: {flags:?}");
    }
}

#[test]
fn a_term_asked_for_is_not_the_term_imposed() {
    // Trial 29 F12: the prosecutor's request and the court's sentence are two facts.
    no_number_flag(
        "L'avocat général avait requis 25 ans de prison.",
        "Karim B. condamné à 20 ans de prison.",
    );
    no_number_flag(
        "Prosecutors had sought 25 years in prison.",
        "He was sentenced to 20 years in prison.",
    );
    // Two sentences imposed still differ.
    assert_eq!(
        number_flags(
            "He was sentenced to 25 years in prison.",
            "He was sentenced to 20 years in prison."
        ),
        vec![("25 years".to_string(), "20 years".to_string(), false)]
    );
}

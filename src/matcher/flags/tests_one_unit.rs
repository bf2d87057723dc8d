//! Tests of lengths of time told with an article (`numbers/one_unit.rs`): "a year", "an
//! hour", "un an", "ein Jahr" count one of their unit against another count of that unit
//! of the same event ("jailed for a year" / "jailed for 12 years"), and agree with the
//! same length in another unit or told as one ("a year" / "12 months", "a year" / "one
//! year").

use super::test_util::{no_number_flag, number_flags};

#[test]
fn one_unit_told_with_an_article_is_flagged_against_another_count_of_it() {
    for (a, b, ta, tb, soft) in [
        (
            "He was jailed for 12 years for the killing.",
            "He was jailed for a year for the killing.",
            "12 years",
            "a year",
            false,
        ),
        (
            "The treaty was signed 12 years ago in Geneva.",
            "The treaty was signed a year ago in Geneva.",
            "12 years",
            "a year",
            false,
        ),
        (
            "The siege lasted three hours, police said.",
            "The siege lasted an hour, police said.",
            "three hours",
            "an hour",
            false,
        ),
        (
            "The strike lasted more than two months, the union said.",
            "The strike lasted more than a month, the union said.",
            "more than two months",
            "more than a month",
            // Both may be true: the softer kind.
            true,
        ),
        (
            "Le tribunal l'a condamné à trois ans de prison.",
            "Le tribunal l'a condamné à un an de prison.",
            "trois ans",
            "un an",
            false,
        ),
        (
            "Das Gericht verurteilte ihn zu drei Jahren Haft.",
            "Das Gericht verurteilte ihn zu einem Jahr Haft.",
            "drei Jahren",
            "einem Jahr",
            false,
        ),
        (
            "El tribunal lo condenó a tres años de prisión.",
            "El tribunal lo condenó a un año de prisión.",
            "tres años",
            "un año",
            false,
        ),
        (
            "Il tribunale lo ha condannato a 12 anni di carcere.",
            "Il tribunale lo ha condannato a un anno di carcere.",
            "12 anni",
            "un anno",
            false,
        ),
        (
            "O tribunal condenou-o a 12 anos de prisão.",
            "O tribunal condenou-o a um ano de prisão.",
            "12 anos",
            "um ano",
            false,
        ),
        (
            "De rechtbank veroordeelde hem tot 12 jaar cel.",
            "De rechtbank veroordeelde hem tot een jaar cel.",
            "12 jaar",
            "een jaar",
            false,
        ),
    ] {
        for (x, y, tx, ty) in [(a, b, ta, tb), (b, a, tb, ta)] {
            let flags = number_flags(x, y);
            assert_eq!(
                flags,
                vec![(tx.to_string(), ty.to_string(), soft)],
                "{x} / {y}"
            );
        }
    }
}

#[test]
fn one_unit_that_agrees_measures_another_event_or_is_no_length_is_not_flagged() {
    for (a, b) in [
        // The same length: in another unit, told as one, in another language.
        (
            "He was jailed for a year for the killing.",
            "He was jailed for 12 months for the killing.",
        ),
        (
            "He was jailed for a year for the killing.",
            "He was jailed for one year for the killing.",
        ),
        (
            "He was jailed for a year for the killing.",
            "Das Gericht verurteilte ihn zu einem Jahr Haft.",
        ),
        // Two lengths of two facts.
        (
            "He was jailed for a year in 2009.",
            "He was released three days later, his lawyer said.",
        ),
        // A rate, a length with a half, an ordinal.
        (
            "The board meets twice a year in Geneva.",
            "The board meets three times a year in Geneva.",
        ),
        (
            "He was paid $50,000 a year by the club.",
            "He was paid $50,000 over 12 years by the club.",
        ),
        (
            "He was jailed for a year and a half for the killing.",
            "He was jailed for two years for the killing.",
        ),
        (
            "The gunman fired a second time, police said.",
            "The gunman fired for ten seconds, police said.",
        ),
        // Portuguese "a" is "the": "a semana passada" is last week.
        (
            "O acordo foi assinado a semana passada em Lisboa.",
            "O acordo foi assinado há três semanas em Lisboa.",
        ),
    ] {
        no_number_flag(a, b);
        no_number_flag(b, a);
    }
}

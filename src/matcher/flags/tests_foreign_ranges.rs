//! Tests of ranges of two figures in French, German, Spanish, Italian and Portuguese
//! (session 28, `figures/ranges.rs`): a range that holds the other figure is the softer
//! flag, as "between 10 and 15 years" / "12 years" is; one that does not is the solid
//! flag, shown as the whole range; the same range on both sides, two counts joined by
//! "and" without "between", a score and a change are no range.

use super::test_util::{no_number_flag, one_flag};

/// Each language's sentence with its figure phrase in it, the range first.
const CASES: &[(&str, &str, &str, &str)] = &[
    // (sentence with {}, range, inside, outside)
    (
        "El acusado fue condenado a {} de prisión por el tribunal.",
        "entre 10 y 15 años",
        "12 años",
        "20 años",
    ),
    (
        "El acusado fue condenado a {} de prisión por el tribunal.",
        "de 10 a 15 años",
        "12 años",
        "20 años",
    ),
    (
        "L'accusé a été condamné à {} de prison par le tribunal.",
        "entre 10 et 15 ans",
        "12 ans",
        "20 ans",
    ),
    (
        "L'accusé risque {} de prison selon le tribunal.",
        "10 à 15 ans",
        "12 ans",
        "20 ans",
    ),
    (
        "Der Angeklagte muss mit {} Haft rechnen, sagte das Gericht.",
        "zwischen 10 und 15 Jahren",
        "12 Jahren",
        "20 Jahren",
    ),
    (
        "Der Angeklagte muss mit {} Haft rechnen, sagte das Gericht.",
        "10 bis 15 Jahren",
        "12 Jahren",
        "20 Jahren",
    ),
    (
        "L'imputato rischia {} di carcere, secondo il tribunale.",
        "tra 10 e 15 anni",
        "12 anni",
        "20 anni",
    ),
    (
        "L'imputato rischia {} di carcere, secondo il tribunale.",
        "da 10 a 15 anni",
        "12 anni",
        "20 anni",
    ),
    (
        "O réu pode pegar {} de prisão, segundo o tribunal.",
        "de 10 a 15 anos",
        "12 anos",
        "20 anos",
    ),
    (
        "O réu pode pegar {} de prisão, segundo o tribunal.",
        "entre 10 e 15 anos",
        "12 anos",
        "20 anos",
    ),
];

#[test]
fn a_foreign_range_holding_the_other_figure_is_the_softer_flag() {
    for (sentence, range, inside, outside) in CASES {
        let s = |f: &str| sentence.replace("{}", f);
        one_flag(&s(range), &s(inside), range, inside, true);
        one_flag(&s(inside), &s(range), inside, range, true);
        // Outside the range: solid, the range shown whole.
        one_flag(&s(range), &s(outside), range, outside, false);
        no_number_flag(&s(range), &s(range));
    }
}

#[test]
fn figures_that_are_no_foreign_range_stay_apart() {
    // "10 y 15" without "entre" are two counts; a score is no range; "3 a 1" is a score.
    one_flag(
        "Murieron 10 y resultaron heridos 15 en el accidente del lunes.",
        "Murieron 12 y resultaron heridos 15 en el accidente del lunes.",
        "10",
        "12",
        false,
    );
    no_number_flag(
        "El equipo local ganó 3 a 1 en el estadio el domingo.",
        "El equipo local ganó el partido en el estadio el domingo.",
    );
    // A change is no range: "subió de 10 a 15" tells 15 now.
    no_number_flag(
        "El número de muertos subió de 10 a 15 muertos, dijo la policía.",
        "El número de muertos subió a 15 muertos, dijo la policía.",
    );
}

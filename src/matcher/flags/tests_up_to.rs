//! Tests of "up to" against a lower figure (session 30): a bound ("up to 6,400", "as
//! many as", "bis zu", "jusqu'à", "hasta", "fino a", "até") allows any figure under it,
//! however far under ("2,300"): the softer (dashed) flag, its text with the bound's words
//! so that it says what differs. French "jusqu'à" was not read at all (the tokenizer keeps
//! "à" of it): a solid flag without the bound in its text.

use super::test_util::one_flag;

#[test]
fn up_to_against_a_figure_far_below_is_soft_with_its_bound_in_the_text() {
    for (a, b, ta, tb) in [
        (
            "Up to 6,400 people were evacuated from the area.",
            "2,300 people were evacuated from the area.",
            "Up to 6,400 people",
            "2,300 people",
        ),
        (
            "As many as 6,400 people were evacuated from the area.",
            "2,300 people were evacuated from the area.",
            "As many as 6,400 people",
            "2,300 people",
        ),
        (
            "Bis zu 6.400 Menschen wurden evakuiert.",
            "2.300 Menschen wurden evakuiert.",
            "Bis zu 6.400 Menschen",
            "2.300 Menschen",
        ),
        (
            "Jusqu'à 6 400 personnes ont été évacuées.",
            "2 300 personnes ont été évacuées.",
            "Jusqu'à 6 400 personnes",
            "2 300 personnes",
        ),
        (
            "Les autorités ont évacué jusqu’à 6 400 personnes.",
            "Les autorités ont évacué 2 300 personnes.",
            "jusqu’à 6 400 personnes",
            "2 300 personnes",
        ),
        (
            "Hasta 6.400 personas fueron evacuadas.",
            "2.300 personas fueron evacuadas.",
            "Hasta 6.400 personas",
            "2.300 personas",
        ),
        (
            "Fino a 6.400 persone sono state evacuate.",
            "2.300 persone sono state evacuate.",
            "Fino a 6.400 persone",
            "2.300 persone",
        ),
    ] {
        one_flag(a, b, ta, tb, true);
    }
}

#[test]
fn a_figure_over_the_bound_or_jusqu_a_after_a_change_is_solid() {
    // Over the bound: both cannot be true.
    one_flag(
        "Up to 6,400 people were evacuated from the area.",
        "More than 7,000 people were evacuated from the area.",
        "Up to 6,400 people",
        "More than 7,000 people",
        false,
    );
    one_flag(
        "Jusqu'à 6 400 personnes ont été évacuées.",
        "8 000 personnes ont été évacuées.",
        "Jusqu'à 6 400 personnes",
        "8 000 personnes",
        false,
    );
    // "jusqu'à" after a verb of change is the level reached, a figure (as "hasta").
    one_flag(
        "Le chiffre d'affaires a augmenté de 9 %, jusqu'à 640 millions d'euros.",
        "Le chiffre d'affaires a atteint 230 millions d'euros.",
        "jusqu'à 640 millions d'euros",
        "230 millions d'euros",
        false,
    );
}

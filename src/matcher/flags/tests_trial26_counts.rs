//! Tests of counts after trial 26 (F1, F10 and the partitive flag; issue 8): a toll or a
//! count told as risen to a figure and then attributed ("has climbed to 71, officials
//! said") is compared, the attribution after the comma being nothing the figure counts;
//! a number of things ("the number of homes destroyed rose to 60") counts those things; a
//! road after an elided article ("sur l'A7", "sull'A14") is a road; the whole a part is
//! of ("Twelve of the 45 passengers") is no count of the part's fate.

use super::test_util::{no_number_flag, number_flags, one_flag, one_flag_of};
use super::*;

#[test]
fn a_risen_count_followed_by_an_attribution_is_compared() {
    let lead = "Flash floods killed at least 45 people on Tuesday.";
    for b in [
        "The number of people killed by flash floods has climbed to 71, officials said.",
        "The death toll from flash floods has risen to 71, officials said.",
        "The death toll from flash floods has risen to 71, police said.",
        "The death toll from flash floods has risen to 71, authorities said.",
        "The death toll from flash floods has risen to 71, rescuers said.",
        "The death toll from flash floods has reached 71, local officials said.",
    ] {
        // Both may be true ("at least 45"), but a count risen to its figure is an update:
        // the softer kind.
        one_flag(lead, b, "at least 45 people", "71", true);
    }
    for (a, b, ta, tb) in [
        (
            "Las riadas dejaron al menos 45 muertos el martes.",
            "La cifra de muertos por las riadas subió a 71, informaron las autoridades.",
            "al menos 45 muertos",
            "71",
        ),
        (
            "Sturzfluten töteten am Dienstag mindestens 45 Menschen.",
            "Die Zahl der Toten durch die Sturzfluten stieg auf 71, teilten Behörden mit.",
            "mindestens 45 Menschen",
            "71",
        ),
        (
            "Police arrested 12 people.",
            "The number of people arrested has risen to 20, police said.",
            "12 people",
            "20",
        ),
        (
            "The fire destroyed 40 homes.",
            "The number of homes destroyed by the fire rose to 60, officials said.",
            "40 homes",
            "60",
        ),
        (
            "At least 45 people were killed.",
            "The toll has risen to 71, the government said.",
            "At least 45 people",
            "71",
        ),
    ] {
        let f = number_flags(a, b);
        assert!(
            f.iter().any(|(x, y, _)| x == ta && y == tb),
            "no {ta} / {tb} in {a} / {b}: {f:?}"
        );
    }
    // Lives taken are the dead ("at least 45" allows 71: the softer kind).
    one_flag(
        "Flash floods killed at least 45 people on Tuesday.",
        "Flash floods have now claimed 71 lives.",
        "at least 45 people",
        "71 lives",
        true,
    );
    no_number_flag(
        "Flash floods killed 71 people on Tuesday.",
        "Flash floods have now claimed 71 lives.",
    );
    // The same toll, attributed on either side; a risen count of another thing.
    for (a, b) in [
        (
            "Flash floods killed at least 71 people on Tuesday.",
            "The number of people killed by flash floods has climbed to 71, officials said.",
        ),
        (
            "The fire destroyed 60 homes.",
            "The number of homes destroyed by the fire rose to 60, officials said.",
        ),
        (
            "Flash floods killed at least 45 people on Tuesday.",
            "The number of homes destroyed by the floods rose to 71, officials said.",
        ),
    ] {
        no_number_flag(a, b);
    }
}

#[test]
fn a_road_after_an_elided_article_is_a_road() {
    for (a, b, ta, tb) in [
        (
            "Un car s'est renversé sur l'A7.",
            "Un car s'est renversé sur l'A9.",
            "A7",
            "A9",
        ),
        (
            "L'incidente è avvenuto sull'A1 vicino a Bologna.",
            "L'incidente è avvenuto sull'A14 vicino a Bologna.",
            "A1",
            "A14",
        ),
    ] {
        // Two roads, two places (session 29).
        one_flag_of(DiscrepancyKind::Place, a, b, ta, tb, false);
    }
    // One road, named with and without its article.
    no_number_flag(
        "L'accident s'est produit sur l'A7 près de Valence.",
        "L'accident s'est produit sur l'autoroute A7 près de Valence.",
    );
}

#[test]
fn the_whole_of_a_part_is_no_count_of_the_parts_fate() {
    one_flag(
        "Of the 40 passengers, 12 were hurt.",
        "Twelve of the 45 passengers were hurt.",
        "40 passengers",
        "45 passengers",
        false,
    );
    for (a, b) in [
        (
            "Of the 40 passengers, 12 were hurt.",
            "Twelve of the 40 passengers were hurt.",
        ),
        (
            "Twelve of the 45 passengers were hurt.",
            "12 passengers were hurt.",
        ),
    ] {
        no_number_flag(a, b);
    }
}

//! Tests of trial 56's days and parts of the day: one night told from either of its two
//! days ("late on Friday night" / "early Saturday") is the softer flag
//! (`dates/overnight.rs`), two days told plainly still the solid one; across languages a
//! date of a state still holding ("five people were still missing … on Saturday
//! afternoon") is the date of that report, not of the other sentence's event ("dans la
//! nuit de vendredi à samedi": `dates/states.rs`).

use super::test_util::{flags_of, no_flag, one_flag_of};
use crate::matcher::results::DiscrepancyKind::Date;

#[test]
fn one_night_told_from_either_day_differs_softly() {
    // Trial 56: the solid flag before.
    for (a, b, ta, tb) in [
        (
            "The explosion happened early Saturday in Liege.",
            "The explosion happened late on Friday night in Liege.",
            "Saturday",
            "Friday",
        ),
        (
            "La explosión se produjo el sábado temprano en Lieja.",
            "La explosión se produjo el viernes por la noche en Lieja.",
            "sábado",
            "viernes",
        ),
        (
            "L'explosion s'est produite tôt samedi à Liège.",
            "L'explosion s'est produite dans la nuit de vendredi à Liège.",
            "samedi",
            "vendredi",
        ),
        (
            "Die Explosion ereignete sich am Samstag früh in Lüttich.",
            "Die Explosion ereignete sich spät am Freitag in Lüttich.",
            "Samstag",
            "Freitag",
        ),
    ] {
        one_flag_of(Date, a, b, ta, tb, true);
        one_flag_of(Date, b, a, tb, ta, true);
    }
}

#[test]
fn two_days_told_plainly_or_the_wrong_way_round_still_differ() {
    for (a, b, ta, tb) in [
        (
            "The explosion happened on Saturday in Liege.",
            "The explosion happened on Friday in Liege.",
            "Saturday",
            "Friday",
        ),
        // The later day's night, the earlier day's morning: a day apart.
        (
            "The explosion happened late on Saturday night in Liege.",
            "The explosion happened early Friday in Liege.",
            "Saturday",
            "Friday",
        ),
        // Two nights.
        (
            "The explosion happened on Saturday night in Liege.",
            "The explosion happened on Friday night in Liege.",
            "Saturday",
            "Friday",
        ),
        // Two days apart.
        (
            "The explosion happened early Sunday in Liege.",
            "The explosion happened late on Friday night in Liege.",
            "Sunday",
            "Friday",
        ),
    ] {
        one_flag_of(Date, a, b, ta, tb, false);
    }
    no_flag(
        Date,
        "The explosion happened early Saturday in Liege.",
        "L'explosion s'est produite dans la nuit de vendredi à samedi à Liège.",
    );
}

#[test]
fn across_languages_a_state_still_holding_is_dated_apart() {
    // Trial 56: "afternoon ≠ nuit" before.
    no_flag(
        Date,
        "Four of the injured were in serious condition, and five people were still missing under the rubble on Saturday afternoon.",
        "Une violente explosion a détruit une partie d'un immeuble de cinq étages dans la nuit de vendredi à samedi à Liège.",
    );
    // Two states still holding, or two events, are compared as before.
    one_flag_of(
        Date,
        "Five people were still missing under the rubble on Saturday afternoon.",
        "Cinq personnes étaient toujours portées disparues samedi soir.",
        "afternoon",
        "soir",
        true,
    );
    one_flag_of(
        Date,
        "The building collapsed on Saturday afternoon.",
        "L'immeuble s'est effondré dans la nuit de vendredi à samedi.",
        "afternoon",
        "nuit",
        false,
    );
}

/// Session 53's last tester: one night told in other words was still the solid flag
/// ("shortly after midnight on Saturday" / "late on Friday", "tôt samedi matin" / "tard
/// vendredi soir" as "matin ≠ soir", "in der Nacht zum Samstag" / "am späten
/// Freitagabend"). Now every date flag of such a pair is the softer kind; the same days
/// told plainly ("on Saturday morning" / "on Friday evening") keep a solid one.
#[test]
fn one_night_told_in_other_words_differs_softly() {
    for (a, b) in [
        (
            "The explosion happened shortly after midnight on Saturday in Liege.",
            "The explosion happened late on Friday in Liege.",
        ),
        (
            "L'explosion s'est produite tôt samedi matin à Liège.",
            "L'explosion s'est produite tard vendredi soir à Liège.",
        ),
        (
            "Die Explosion ereignete sich in der Nacht zum Samstag in Lüttich.",
            "Die Explosion ereignete sich am späten Freitagabend in Lüttich.",
        ),
    ] {
        for (x, y) in [(a, b), (b, a)] {
            let f = flags_of(Date, x, y);
            assert!(!f.is_empty(), "{x} / {y}: no date flag");
            assert!(f.iter().all(|d| d.2), "{x} / {y}: {f:?}");
        }
    }
    let f = flags_of(
        Date,
        "The explosion happened on Saturday morning in Liege.",
        "The explosion happened on Friday evening in Liege.",
    );
    assert!(f.iter().any(|d| !d.2), "{f:?}");
}

//! Clock times and figures of trial 44 (REPORT41-trial D): German "am" before a part of
//! the day is no a.m. ("um halb vier am Nachmittag" is 15:30), Dutch "half vier" (3:30),
//! two times told roughly half an hour or more apart ("gegen 15.30 Uhr" / "gegen 16 Uhr"),
//! and Dutch plurals that double a consonant ("strafschoppen").

use super::test_util::{flags_of, no_flag_either, one_flag_of};
use crate::matcher::DiscrepancyKind;

#[test]
fn one_time_told_in_words_and_figures_agrees() {
    no_flag_either(
        DiscrepancyKind::Date,
        &[
            // z109: "am Nachmittag" says the afternoon, no a.m.
            (
                "Die Explosion ereignete sich gegen 15.30 Uhr.",
                "Die Explosion ereignete sich um halb vier am Nachmittag.",
            ),
            (
                "Die Explosion ereignete sich um 15.30 Uhr.",
                "Die Explosion ereignete sich um halb vier am Nachmittag.",
            ),
            (
                "Die Explosion ereignete sich um 15.15 Uhr.",
                "Die Explosion ereignete sich um Viertel nach drei am Nachmittag.",
            ),
            (
                "Die Explosion ereignete sich um 3.30 Uhr.",
                "Die Explosion ereignete sich um halb vier am Montag.",
            ),
            // Dutch "half vier" is 3:30, as German "halb vier".
            (
                "De explosie vond plaats om 15.30 uur.",
                "De explosie vond plaats om half vier.",
            ),
            // French and Spanish halves.
            (
                "L'explosion a eu lieu à 15h30.",
                "L'explosion a eu lieu à trois heures et demie.",
            ),
            (
                "La explosión se produjo a las 15.30.",
                "La explosión se produjo a las tres y media.",
            ),
        ],
    );
}

#[test]
fn a_time_in_words_still_differs() {
    // "halb vier am Nachmittag" is 15:30, not 17:00; the flag shows no stray "am".
    one_flag_of(
        DiscrepancyKind::Date,
        "Die Explosion ereignete sich um 17 Uhr.",
        "Die Explosion ereignete sich um halb vier am Nachmittag.",
        "17 Uhr",
        "halb vier",
        false,
    );
    one_flag_of(
        DiscrepancyKind::Date,
        "De explosie vond plaats om 17.00 uur.",
        "De explosie vond plaats om half vier.",
        "17.00 uur",
        "half vier",
        false,
    );
    // English "3 am" is still a.m.
    one_flag_of(
        DiscrepancyKind::Date,
        "The blast happened at 3 am near the station.",
        "The blast happened at 3 pm near the station.",
        "3 am",
        "3 pm",
        false,
    );
}

#[test]
fn rough_times_half_an_hour_apart_are_a_soft_flag() {
    // "gegen 15.30 Uhr" / "kurz nach 16 Uhr" was the softer kind too, until session 54 let
    // "gegen 15.30" reach a quarter of an hour (`dates/rough.rs`): 15:45 stops short of
    // 16:00, two moments.
    let (a, b) = (
        "Die Explosion ereignete sich gegen 15.30 Uhr.",
        "Die Detonation ereignete sich kurz nach 16 Uhr.",
    );
    let f = flags_of(DiscrepancyKind::Date, a, b);
    assert_eq!(f.len(), 1, "{a} / {b}: {f:?}");
    assert!(!f[0].2, "solid: {a} / {b}: {f:?}");
    let (a, b) = (
        "Die Explosion ereignete sich gegen 15.30 Uhr.",
        "Die Explosion ereignete sich gegen 16 Uhr.",
    );
    let f = flags_of(DiscrepancyKind::Date, a, b);
    assert_eq!(f.len(), 1, "{a} / {b}: {f:?}");
    assert!(f[0].2, "soft: {a} / {b}: {f:?}");
    // Near each other, or a time inside a hedge's hour: one moment.
    no_flag_either(
        DiscrepancyKind::Date,
        &[
            (
                "Die Explosion ereignete sich gegen 15.30 Uhr.",
                "Die Explosion ereignete sich gegen 15.45 Uhr.",
            ),
            (
                "Die Explosion ereignete sich kurz nach 15 Uhr.",
                "Die Explosion ereignete sich gegen 15.30 Uhr.",
            ),
        ],
    );
}

#[test]
fn a_dutch_plural_that_doubles_its_consonant_counts_its_singular() {
    use super::test_util::number_flags;
    // y109: "twee strafschoppen" / "één strafschop" count one thing.
    for (a, b) in [
        (
            "Benítez stopte twee strafschoppen.",
            "Benítez stopte één strafschop.",
        ),
        (
            "Benítez stopte 2 strafschoppen.",
            "Benítez stopte 1 strafschop.",
        ),
    ] {
        assert_eq!(number_flags(a, b).len(), 1, "{a} / {b}");
    }
    // The same count in both forms agrees.
    assert!(number_flags(
        "Benítez stopte twee strafschoppen.",
        "Benítez hield 2 strafschoppen tegen."
    )
    .is_empty());
}

//! Tests after trial 40 (T5, T8): figures, lengths of time, clock times and periods told
//! differently. A length of time in two units is compared once converted ("45 minutes" /
//! "two hours": `numbers.rs`, `units::in_seconds`); a half or a quarter of a year is a
//! date (`dates/periods.rs`); a hedge ("shortly after 4 a.m.") does not hide a time
//! (`times.rs`, `dates.rs`); a ratio is a share whatever its language ("un train sur
//! quatre", "jeder vierte Zug": `figures::proportion_with`, `numbers/slots.rs`); a crowd
//! counted as spectators or fans is one count (`numbers/nouns.rs`); a strict bound and the
//! same round figure are the softer kind (`numbers/verdict.rs`); a model's designation
//! ("Airbus A321", "Boeing 737", "ICE 3") is no figure of the number flag.

use super::test_util::{flags_of, no_flag, no_number_flag, number_flags, one_flag, one_flag_of};
use crate::matcher::DiscrepancyKind;

#[test]
fn a_length_of_time_in_another_unit_that_differs_is_flagged() {
    for (a, b, ta, tb) in [
        (
            "The airport closed the runway for 45 minutes.",
            "The airport closed the runway for two hours.",
            "45 minutes",
            "two hours",
        ),
        (
            "Der Flughafen sperrte die Landebahn für 45 Minuten.",
            "Der Flughafen sperrte die Landebahn für zwei Stunden.",
            "45 Minuten",
            "zwei Stunden",
        ),
        (
            "L'aéroport a fermé la piste pendant 45 minutes.",
            "L'aéroport a fermé la piste pendant deux heures.",
            "45 minutes",
            "deux heures",
        ),
        (
            "She stayed in hospital for two weeks after the crash.",
            "She stayed in hospital for five days after the crash.",
            "two weeks",
            "five days",
        ),
    ] {
        one_flag(a, b, ta, tb, false);
    }
}

#[test]
fn the_same_length_of_time_in_another_unit_is_not_flagged() {
    for (a, b) in [
        (
            "The airport closed the runway for 90 minutes.",
            "The airport closed the runway for an hour and a half.",
        ),
        (
            "Der Flughafen sperrte die Landebahn für 90 Minuten.",
            "Der Flughafen sperrte die Landebahn für 1,5 Stunden.",
        ),
        (
            "The airport closed the runway for 120 minutes.",
            "The airport closed the runway for two hours.",
        ),
        (
            "She stayed in hospital for two weeks after the crash.",
            "She stayed in hospital for 14 days after the crash.",
        ),
        (
            "He was jailed for three years for the killing.",
            "He was jailed for 36 months for the killing.",
        ),
        // A rounding: a month is about 30 days.
        (
            "She stayed in hospital for a month after the crash.",
            "She stayed in hospital for 30 days after the crash.",
        ),
    ] {
        no_number_flag(a, b);
    }
    // A bound that the other length meets: told differently, both may be true.
    one_flag(
        "The airport closed the runway for less than two hours.",
        "The airport closed the runway for 90 minutes.",
        "less than two hours",
        "90 minutes",
        true,
    );
}

#[test]
fn a_half_or_a_quarter_of_a_year_is_a_date() {
    let date = DiscrepancyKind::Date;
    one_flag_of(
        date,
        "The deal is expected to close in the second half of 2027.",
        "The deal is expected to close in the first half of 2027.",
        "second half of 2027",
        "first half of 2027",
        false,
    );
    one_flag_of(
        date,
        "Profits rose in the second quarter.",
        "Profits rose in the 3rd quarter.",
        "second quarter",
        "3rd quarter",
        false,
    );
    one_flag_of(
        date,
        "The deal should close in Q3 2027, the company said.",
        "The deal should close in Q4 2027, the company said.",
        "Q3 2027",
        "Q4 2027",
        false,
    );
    one_flag_of(
        date,
        "La transaction doit être finalisée au second semestre 2027.",
        "La transaction doit être finalisée au premier semestre 2027.",
        "second semestre 2027",
        "premier semestre 2027",
        false,
    );
    one_flag_of(
        date,
        "Die Übernahme soll im zweiten Halbjahr 2027 abgeschlossen werden.",
        "Die Übernahme soll im ersten Halbjahr 2027 abgeschlossen werden.",
        "zweiten Halbjahr 2027",
        "ersten Halbjahr 2027",
        false,
    );
    one_flag_of(
        date,
        "La operación se cerrará en el segundo semestre de 2027.",
        "La operación se cerrará en el primer semestre de 2027.",
        "segundo semestre de 2027",
        "primer semestre de 2027",
        false,
    );
    // The same period told two ways, or a quarter of the half: no flag; the number flag
    // no longer reads a quarter.
    for (a, b) in [
        (
            "The deal is expected to close in the second half of 2027.",
            "The deal is expected to close in H2 2027.",
        ),
        (
            "The deal is expected to close in the second half of 2027.",
            "The deal is expected to close in the third quarter of 2027.",
        ),
        (
            "The deal is expected to close in the second half of 2027.",
            "The deal is expected to close in the second half of 2027, the company said.",
        ),
    ] {
        no_flag(date, a, b);
        no_flag(date, b, a);
    }
    no_flag(
        DiscrepancyKind::Number,
        "Profits rose in the second quarter.",
        "Profits rose in the 3rd quarter.",
    );
}

#[test]
fn a_hedge_does_not_hide_a_clock_time() {
    let date = DiscrepancyKind::Date;
    // Two hedged times two hours apart: "shortly after 4 a.m." covers 4:00 to 4:25,
    // "around 6am" 5:00 to 7:00 (`dates/rough.rs`); they cannot meet (the solid kind since
    // trial 46 F6, the softer kind before).
    one_flag_of(
        date,
        "The river burst its banks shortly after 4 a.m., the mayor said.",
        "The river burst its banks at around 6am, the mayor said.",
        "4 a.m.",
        "6am",
        false,
    );
    // A hedged time against an exact one two hours away: the solid kind.
    one_flag_of(
        date,
        "The river burst its banks shortly after 4 a.m., the mayor said.",
        "The river burst its banks at 6 a.m., the mayor said.",
        "4 a.m.",
        "6 a.m.",
        false,
    );
    one_flag_of(
        date,
        "The river burst its banks at around 4 a.m., the mayor said.",
        "The river burst its banks at 6 a.m., the mayor said.",
        "4 a.m.",
        "6 a.m.",
        false,
    );
    one_flag_of(
        date,
        "Der Fluss trat kurz nach 4 Uhr über die Ufer.",
        "Der Fluss trat gegen 6 Uhr über die Ufer.",
        "4 Uhr",
        "6 Uhr",
        false,
    );
    // Within the hour: one moment told two ways.
    for (a, b) in [
        (
            "The river burst its banks shortly after 4 a.m., the mayor said.",
            "The river burst its banks at 4:20 a.m., the mayor said.",
        ),
        (
            "The river burst its banks shortly after 4 a.m., the mayor said.",
            "The river burst its banks at around 4:30 a.m., the mayor said.",
        ),
    ] {
        no_flag(date, a, b);
        no_flag(date, b, a);
    }
    // The exact times still differ.
    one_flag_of(
        date,
        "The river burst its banks at 4 a.m. on Tuesday.",
        "The river burst its banks at 6 a.m. on Tuesday.",
        "4 a.m.",
        "6 a.m.",
        false,
    );
}

#[test]
fn a_ratio_is_a_share_in_every_language() {
    one_flag(
        "Seul un train sur quatre circulera jeudi.",
        "Un train sur deux circulera jeudi.",
        "un train sur quatre",
        "Un train sur deux",
        false,
    );
    one_flag(
        "Only one train in four will run on Thursday.",
        "One train in two will run on Thursday.",
        "Only one train in four",
        "One train in two",
        false,
    );
    one_flag(
        "Am Donnerstag fährt nur jeder vierte Zug.",
        "Am Donnerstag fährt jeder zweite Zug.",
        "jeder vierte Zug",
        "jeder zweite Zug",
        false,
    );
    // The same share told two ways.
    for (a, b) in [
        (
            "Un train sur deux circulera jeudi.",
            "Un train sur deux circulera jeudi, selon la SNCF.",
        ),
        (
            "Am Donnerstag fährt jeder zweite Zug.",
            "Am Donnerstag fährt die Hälfte der Züge.",
        ),
        (
            "Only one train in four will run on Thursday.",
            "Only 25 percent of trains will run on Thursday.",
        ),
    ] {
        no_number_flag(a, b);
    }
}

#[test]
fn a_crowd_of_spectators_is_a_crowd_of_fans() {
    one_flag(
        "La final se jugó en La Cartuja ante 57.000 espectadores.",
        "La final se jugó en La Cartuja con 55.000 aficionados en las gradas.",
        "57.000 espectadores",
        "55.000 aficionados",
        false,
    );
    no_number_flag(
        "The final was played in front of 60,000 spectators.",
        "The final was played in front of 60,000 fans.",
    );
}

#[test]
fn a_strict_bound_and_the_same_round_figure_are_the_softer_kind() {
    one_flag(
        "More than 300 millimetres of rain fell on Alès.",
        "300mm of rain fell on Alès.",
        "More than 300 millimetres",
        "300mm",
        true,
    );
    one_flag(
        "The river rose by 7 metres in less than three hours.",
        "The river rose by 7 metres in three hours.",
        "less than three hours",
        "three hours",
        true,
    );
    // A small count said exactly is no rounding.
    one_flag(
        "More than seven people died in the fire on Monday.",
        "Seven people died in the fire on Monday.",
        "More than seven people",
        "Seven people",
        false,
    );
}

#[test]
fn a_models_designation_is_no_figure() {
    for (a, b) in [
        (
            "The Airbus A321 landed safely in Frankfurt.",
            "The Airbus A320 landed safely in Frankfurt.",
        ),
        (
            "The Boeing 737 landed safely in Frankfurt.",
            "The Boeing 787 landed safely in Frankfurt.",
        ),
        (
            "Ein ICE 3 blieb bei Fulda liegen.",
            "Ein ICE 4 blieb bei Fulda liegen.",
        ),
    ] {
        no_number_flag(a, b);
    }
    // The vehicle flag tells the models apart.
    assert_eq!(
        flags_of(
            DiscrepancyKind::Vehicle,
            "The Airbus A321 landed safely in Frankfurt.",
            "The Airbus A320 landed safely in Frankfurt.",
        )
        .len(),
        1
    );
    // Flights and roads are still numbers.
    assert_eq!(
        number_flags(
            "Flight 447 crashed into the Atlantic.",
            "Flight 477 crashed into the Atlantic.",
        )
        .len(),
        1
    );
}

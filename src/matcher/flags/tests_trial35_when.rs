//! Tests of dates after trial 35: a week, a month or a year told from the report's ("next
//! week" / "next month", F8.2: `dates/relative.rs`), and a month with its year told as
//! the date something is set for ("will close in March 2026" / "is due to shut in June
//! 2026", F9.4: `dates/scheduled.rs`).

use super::test_util::{flags_of, has_flag, no_flag, no_flag_either, one_flag_of};
use super::DiscrepancyKind as K;

#[test]
fn next_week_and_next_month_differ() {
    // Trial 35 F8.2 (0.99, no date flag): two units, both the next, may meet at a month's
    // end: the softer kind.
    one_flag_of(
        K::Date,
        "Coalition talks are expected to start next week and could take months.",
        "Coalition talks are expected to begin next month.",
        "next week",
        "next month",
        true,
    );
    // One unit, two offsets: the solid kind.
    one_flag_of(
        K::Date,
        "The trial will resume next week.",
        "The trial resumed last week.",
        "next week",
        "last week",
        false,
    );
    one_flag_of(
        K::Date,
        "The plant opened this year.",
        "The plant opened last year.",
        "this year",
        "last year",
        // Told from two reports' days, one offset apart may both hold.
        true,
    );
}

#[test]
fn relative_dates_in_other_languages_differ() {
    one_flag_of(
        K::Date,
        "Les négociations doivent commencer la semaine prochaine.",
        "Les négociations doivent commencer le mois prochain.",
        "semaine prochaine",
        "mois prochain",
        true,
    );
    one_flag_of(
        K::Date,
        "Las negociaciones comenzarán la próxima semana.",
        "Las negociaciones comenzaron la semana pasada.",
        "próxima semana",
        "semana pasada",
        false,
    );
    one_flag_of(
        K::Date,
        "Le trattative inizieranno la settimana prossima.",
        "Le trattative sono iniziate la settimana scorsa.",
        "settimana prossima",
        "settimana scorsa",
        false,
    );
    one_flag_of(
        K::Date,
        "Die Verhandlungen beginnen nächste Woche.",
        "Die Verhandlungen beginnen nächsten Monat.",
        "nächste Woche",
        "nächsten Monat",
        true,
    );
    has_flag(
        K::Date,
        "L'usine a fermé l'an dernier.",
        "L'usine a fermé cette année.",
        "l'an dernier",
        "cette année",
    );
}

#[test]
fn one_relative_date_or_a_time_within_it_is_no_flag() {
    no_flag_either(
        K::Date,
        &[
            // The same time told two ways.
            (
                "Coalition talks are expected to start next week.",
                "Coalition talks should begin next week, officials said.",
            ),
            (
                "Las negociaciones comenzarán la próxima semana.",
                "Las negociaciones comenzarán la semana que viene.",
            ),
            // A week inside this month, a month inside this year.
            (
                "The talks will start next week.",
                "The talks will start this month.",
            ),
            (
                "The plant closed last month.",
                "The plant closed this year.",
            ),
            // A length of time up to now, no date; "an" of English and German.
            ("Prices rose over the last year.", "Prices rose next year."),
            (
                "He spent an hour there next week.",
                "Er denkt an diese Woche.",
            ),
        ],
    );
    // Two facts' dates, whose words share nothing or little.
    no_flag_either(
        K::Date,
        &[
            (
                "Last year, Holder issued new guidance on drug cases.",
                "The U.S. Sentencing Commission this month adopted a recommendation to reduce prison terms.",
            ),
            (
                "Moderna announced just this week that it too had asked the FDA to allow its booster.",
                "The FDA's regulators approved Moderna and Johnson & Johnson boosters late last month for those at high risk.",
            ),
        ],
    );
    // The date of a report is not the fact's.
    no_flag(
        K::Date,
        "The minister said last week that talks would begin.",
        "The minister said this week that talks would begin.",
    );
}

#[test]
fn a_month_with_its_year_set_for_a_closure_differs() {
    // Trial 35 F9.4 (0.18, no flag): plant / factory, close / shut share no word, but each
    // sentence sets one date for what it tells.
    one_flag_of(
        K::Date,
        "The plant will close in March 2026, affecting 600 workers.",
        "The factory is due to shut in June 2026, with the loss of 600 jobs.",
        "March 2026",
        "June 2026",
        false,
    );
    // The same month and year told two ways: no flag.
    no_flag_either(
        K::Date,
        &[(
            "The plant will close in March 2026, affecting 600 workers.",
            "The factory is due to shut in March 2026, with the loss of 600 jobs.",
        )],
    );
    // A month with its year, no set date on one side: two facts, no flag.
    assert_eq!(
        flags_of(
            K::Date,
            "The plant will close in March 2026, affecting 600 workers.",
            "The union was founded in June 2016.",
        ),
        vec![]
    );
}

#[test]
fn the_end_of_a_range_is_compared_with_an_end() {
    // Trial 36 F19.2: "Dec. 3 ≠ Dec. 24" (the start of one range against the end of the
    // other).
    one_flag_of(
        K::Date,
        "The recall covers packs with best-before dates from Dec. 3 to Dec. 17.",
        "Packs with best-before dates up to Dec. 24 are being recalled.",
        "Dec. 17",
        "Dec. 24",
        false,
    );
    // Two starts still differ; a start and an end of one range agree with the same range.
    one_flag_of(
        K::Date,
        "The festival runs from Dec. 3.",
        "The festival runs from Dec. 5.",
        "Dec. 3",
        "Dec. 5",
        false,
    );
    no_flag_either(
        K::Date,
        &[(
            "The recall covers packs with best-before dates from Dec. 3 to Dec. 17.",
            "Packs with best-before dates from Dec. 3 to Dec. 17 are being recalled.",
        )],
    );
}

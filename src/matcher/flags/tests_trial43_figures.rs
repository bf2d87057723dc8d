//! Figures, currencies and times of trial 43 (REPORT40-trial C): a currency sign before
//! a figure glued to its scale ("€1.2bn", "£3m": `text/raw.rs`), a currency after "de"
//! ("10 millions de dollars"), a German speed ("Tempo 160", "Kilometern pro Stunde"), a
//! weekday joined to its part of the day ("Dienstagmorgen"), winds "gusting to", a race
//! time ("2:03:41"), a fraction in words ("un tiers des"), and those on board against the
//! missing.

use super::test_util::{flags_of, no_flag, no_number_flag, number_flags, one_number_flag_each};
use crate::matcher::DiscrepancyKind;

#[test]
fn a_sum_glued_to_its_scale_is_compared_as_the_spaced_one() {
    one_number_flag_each(&[
        (
            "Rheinmetall agreed to buy the shipyard for €1.2bn.",
            "Rheinmetall agreed to buy the shipyard for €1.5bn.",
        ),
        (
            "Rheinmetall agreed to buy the shipyard for $1.2bn.",
            "Rheinmetall agreed to buy the shipyard for $1.5bn.",
        ),
        (
            "The club paid £3m for the striker.",
            "The club paid £5m for the striker.",
        ),
    ]);
    // Near cases: the same sum told with its scale spaced or in words, and waves of 12m.
    no_number_flag(
        "Rheinmetall agreed to buy the shipyard for €1.2bn.",
        "Rheinmetall agreed to buy the shipyard for 1.2 billion euros.",
    );
    no_number_flag(
        "Rheinmetall agreed to buy the shipyard for €1.2bn.",
        "Rheinmetall agreed to buy the shipyard for €1.2 billion.",
    );
    no_number_flag(
        "The club paid £3m for the striker.",
        "The club paid £3 million for the striker.",
    );
    no_number_flag(
        "Waves of 12m hit the harbour wall.",
        "Waves of 12 metres hit the harbour wall.",
    );
}

#[test]
fn a_currency_after_de_is_the_unit_of_a_sum_in_millions() {
    let f = number_flags(
        "Les pirates réclament une rançon de 10 millions de dollars.",
        "Les cybercriminels exigent une rançon de 10 millions d'euros.",
    );
    assert_eq!(f.len(), 1, "{f:?}");
    // Near case: the same currency.
    no_number_flag(
        "Les pirates réclament une rançon de 10 millions de dollars.",
        "Les cybercriminels exigent une rançon de 10 millions de dollars.",
    );
}

#[test]
fn a_german_speed_is_read_after_tempo_and_in_kilometern_pro_stunde() {
    let f = number_flags(
        "Der Zug fuhr mit etwa 120 Kilometern pro Stunde.",
        "Der Zug war mit Tempo 160 unterwegs.",
    );
    assert_eq!(f.len(), 1, "{f:?}");
    assert!(f[0].1.contains("Tempo 160"), "{f:?}");
    no_number_flag(
        "Der Zug fuhr mit etwa 160 Kilometern pro Stunde.",
        "Der Zug war mit Tempo 160 unterwegs.",
    );
}

#[test]
fn a_weekday_joined_to_its_part_of_the_day_tells_the_part() {
    let f = flags_of(
        DiscrepancyKind::Date,
        "Zwei Menschen kamen am Dienstagmorgen ums Leben.",
        "Zwei Menschen kamen am Dienstagabend ums Leben.",
    );
    assert_eq!(f.len(), 1, "{f:?}");
    let f = flags_of(
        DiscrepancyKind::Date,
        "Twee mensen kwamen dinsdagochtend om het leven.",
        "Twee mensen kwamen dinsdagavond om het leven.",
    );
    assert_eq!(f.len(), 1, "{f:?}");
    // Near cases: the same part, and a weekday told without one.
    no_flag(
        DiscrepancyKind::Date,
        "Zwei Menschen kamen am Dienstagmorgen ums Leben.",
        "Zwei Menschen kamen am Dienstagmorgen ums Leben, hieß es.",
    );
    no_flag(
        DiscrepancyKind::Date,
        "Zwei Menschen kamen am Dienstagmorgen ums Leben.",
        "Zwei Menschen kamen am Dienstag ums Leben.",
    );
}

#[test]
fn winds_gusting_to_a_speed_are_a_maximum() {
    let f = number_flags(
        "Winds gusting to 60 mph pushed the flames toward the coast.",
        "Wind gusts of up to 80 mph drove the fire toward the coast.",
    );
    assert_eq!(f.len(), 1, "{f:?}");
    assert!(!f[0].2, "two maxima: the solid kind: {f:?}");
}

#[test]
fn a_race_time_is_a_length_of_time_to_the_second() {
    let f = number_flags("Kiprop won in 2:03:41.", "Kiprop won in 2:04:12.");
    assert_eq!(
        f,
        vec![("2:03:41".to_string(), "2:04:12".to_string(), false)]
    );
    let f = number_flags("Kiprop won in 2:04:12.", "Kiprop won in 2:04:51.");
    assert_eq!(f.len(), 1, "{f:?}");
    let dates = flags_of(
        DiscrepancyKind::Date,
        "Kiprop won in 2:03:41.",
        "Kiprop won in 2:04:12.",
    );
    assert!(dates.is_empty(), "{dates:?}");
    // Near cases: the same time; a time of the clock with seconds stays one.
    no_number_flag("Kiprop won in 2:03:41.", "Kiprop won the race in 2:03:41.");
    let f = flags_of(
        DiscrepancyKind::Date,
        "The quake struck at 14:08:32 GMT.",
        "The quake struck at 15:08:32 GMT.",
    );
    assert_eq!(f.len(), 1, "{f:?}");
}

#[test]
fn a_fraction_in_words_is_a_share_in_other_languages() {
    one_number_flag_each(&[
        (
            "Un tiers des vols ont été annulés.",
            "La moitié des vols ont été annulés.",
        ),
        (
            "Ein Drittel der Flüge wurde gestrichen.",
            "Die Hälfte der Flüge wurde gestrichen.",
        ),
        (
            "A third of the flights were cancelled.",
            "Half of the flights were cancelled.",
        ),
    ]);
    // Near cases: a third is 33 %; a tenth is no "dizaine".
    no_number_flag(
        "Un tiers des vols ont été annulés.",
        "33 % des vols ont été annulés.",
    );
    no_number_flag(
        "A third of the flights were cancelled.",
        "33% of the flights were cancelled.",
    );
    no_number_flag(
        "Une dizaine de vols ont été annulés.",
        "Dix vols ont été annulés.",
    );
}

#[test]
fn those_on_board_are_not_the_missing() {
    no_number_flag(
        "Doze pessoas morreram e 30 continuam desaparecidas.",
        "Doze pessoas morreram depois de um barco com cerca de 200 pessoas a bordo ter afundado.",
    );
    no_number_flag(
        "Twelve people died and 30 remain missing.",
        "Twelve people died after a boat with about 200 people on board sank.",
    );
    // The missing against the missing are compared.
    let f = number_flags(
        "Doze pessoas morreram e 30 continuam desaparecidas.",
        "Os bombeiros procuram ainda 25 desaparecidos.",
    );
    assert_eq!(f.len(), 1, "{f:?}");
    // Those on board who died are the dead.
    let f = number_flags(
        "All 12 people on board were killed.",
        "All 14 people on board were killed.",
    );
    assert!(!f.is_empty(), "{f:?}");
}

/// A fraction after an indefinite article of any case or gender is one part, as the
/// lexicon's articles read it (`lexicon::one_article`, session 52: the fraction rule kept
/// its own shorter list, without "einem" or "an"): "mit einem Drittel der Stimmen" is a
/// third, against a half; told alike with "ein", or with "die Hälfte" on both sides, no
/// flag.
#[test]
fn a_fraction_after_an_article_of_any_case_is_one_part() {
    one_number_flag_each(&[
        (
            "Die Partei gewann die Wahl mit einem Drittel der Stimmen.",
            "Die Partei gewann die Wahl mit der Hälfte der Stimmen.",
        ),
        (
            "Die Partei gewann die Wahl mit der Hälfte der Stimmen.",
            "Die Partei gewann die Wahl mit einem Drittel der Stimmen.",
        ),
    ]);
    no_number_flag(
        "Die Partei gewann die Wahl mit einem Drittel der Stimmen.",
        "Die Partei gewann ein Drittel der Stimmen.",
    );
    no_number_flag(
        "Die Partei gewann die Wahl mit der Hälfte der Stimmen.",
        "Die Partei gewann die Hälfte der Stimmen.",
    );
}

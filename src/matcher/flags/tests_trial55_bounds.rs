//! Tests of trial 55's date and count faults: two ends of a stop each told as a lower
//! bound ("until at least Friday" / "until at least Saturday") are the softer date flag
//! (`dates/ends.rs`, `lower_bound`); a "some" with no noun of its own after a comma
//! ("Zahlreiche Autos wurden mitgerissen, einige landeten im Bach") is a part of the whole
//! told before it, no count of it (`numbers/whole_before.rs`, `some_of_them`); with the
//! near cases that must not change.

use super::test_util::{number_flags, one_flag, one_flag_of};
use super::DiscrepancyKind;

#[test]
fn two_lower_bounds_of_a_stop_s_end_are_the_softer_date_flag() {
    for (a, b, ta, tb) in [
        // The trial's pair.
        (
            "The line, one of the main rail links between Germany and Italy, is expected to remain closed until at least Friday, the company said.",
            "ÖBB says the Brenner line will stay closed until at least Saturday.",
            "Friday",
            "Saturday",
        ),
        (
            "Schools will stay closed until at least Friday.",
            "Schools will stay closed until at least Saturday.",
            "Friday",
            "Saturday",
        ),
        (
            "Die Strecke bleibt bis mindestens Freitag gesperrt.",
            "Die Strecke bleibt bis mindestens Samstag gesperrt.",
            "Freitag",
            "Samstag",
        ),
        (
            "The line will stay closed until Friday at the earliest.",
            "The line will stay closed until at least Saturday.",
            "Friday",
            "Saturday",
        ),
    ] {
        one_flag_of(DiscrepancyKind::Date, a, b, ta, tb, true);
    }
}

#[test]
fn an_exact_end_of_a_stop_keeps_the_solid_date_flag() {
    for (a, b) in [
        (
            "Schools will stay closed until Friday.",
            "Schools will stay closed until Saturday.",
        ),
        // One bound against an exact end: not two bounds.
        (
            "Schools will stay closed until at least Friday.",
            "Schools will stay closed until Saturday.",
        ),
    ] {
        one_flag_of(DiscrepancyKind::Date, a, b, "Friday", "Saturday", false);
    }
}

#[test]
fn some_with_no_noun_after_a_comma_is_a_part_of_the_whole_before_it() {
    // The trial's pair: "~At least 15 cars ≠ einige landeten".
    let a = "At least 15 cars were swept away, some of them carried more than a kilometer (half a mile) down the valley.";
    let b = "Zahlreiche Autos wurden von den Schlammmassen mitgerissen, einige landeten im Gschnitzbach.";
    assert_eq!(number_flags(a, b), vec![], "{a} / {b}");
    assert_eq!(number_flags(b, a), vec![], "{b} / {a}");
    // "Mehrere" (several) against "at least 15" is the whole's softer flag; "einige" none.
    one_flag(
        a,
        "Mehrere Autos wurden mitgerissen, einige landeten im Bach.",
        "At least 15 cars",
        "Mehrere Autos",
        true,
    );
    // The whole's own count is still read ("Many cars"), its part ("some were found") not.
    assert_eq!(
        number_flags(
            "At least 15 cars were swept away.",
            "Many cars were swept away, some were found later in the river.",
        ),
        vec![("At least 15 cars".into(), "Many cars".into(), true)]
    );
}

#[test]
fn some_with_its_own_noun_and_the_whole_before_it_are_still_counts() {
    // Its own noun after it ("einige Autos"): a vague count of cars.
    one_flag(
        "At least 15 cars were swept away.",
        "Zahlreiche Autos wurden mitgerissen, einige Autos landeten im Bach.",
        "At least 15 cars",
        "einige Autos",
        true,
    );
    // The whole before the "some" is still a count.
    one_flag(
        "At least 15 cars were swept away, some landed in the river.",
        "Twenty cars were swept away.",
        "At least 15 cars",
        "Twenty cars",
        true,
    );
    one_flag(
        "Mehrere Autos wurden mitgerissen, einige landeten im Bach.",
        "Sieben Autos wurden mitgerissen.",
        "Mehrere Autos",
        "Sieben Autos",
        true,
    );
}

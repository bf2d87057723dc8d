//! Tests of trial 56's clock times in two zones (`dates/clocks.rs`): a time with a zone
//! against one with none is never the solid flag when some zone's offset makes them one
//! moment ("2:40 a.m." / "01:40 GMT": the softer flag); two times whose offsets are known
//! (a zone's own, or the article's note "All times are local (GMT+1)") are compared in
//! UTC. Two times in one zone, or both with none, still differ.

use super::test_util::{no_flag, one_flag_of};
use crate::matcher::features::Prepared;
use crate::matcher::results::DiscrepancyKind::Date;

#[test]
fn a_zoned_time_against_a_local_one_differs_softly() {
    // Trial 56: the solid flag before.
    for (a, b, ta, tb) in [
        (
            "The explosion was heard at 2:40 a.m. across the Fetinne district.",
            "The explosion was heard at 01:40 GMT across the Fetinne district.",
            "2:40 a.m.",
            "01:40 GMT",
        ),
        (
            "The mayor arrived at the scene at 8:45 a.m.",
            "The mayor arrived at the scene at 7:45 GMT.",
            "8:45 a.m.",
            "7:45 GMT",
        ),
        (
            "The explosion was heard at 2:40 a.m. across the Fetinne district.",
            "The explosion was heard at 06:40 GMT across the Fetinne district.",
            "2:40 a.m.",
            "06:40 GMT",
        ),
    ] {
        one_flag_of(Date, a, b, ta, tb, true);
        one_flag_of(Date, b, a, tb, ta, true);
    }
}

#[test]
fn two_times_in_one_zone_still_differ() {
    for (a, b, ta, tb) in [
        (
            "The explosion was heard at 2:40 a.m. across the Fetinne district.",
            "The explosion was heard at 5:40 a.m. across the Fetinne district.",
            "2:40 a.m.",
            "5:40 a.m.",
        ),
        (
            "The explosion was heard at 01:40 GMT across the Fetinne district.",
            "The explosion was heard at 03:40 GMT across the Fetinne district.",
            "01:40 GMT",
            "03:40 GMT",
        ),
        // No zone's offset is 45 minutes off a whole hour here: two moments.
        (
            "The explosion was heard at 2:40 a.m. across the Fetinne district.",
            "The explosion was heard at 01:55 GMT across the Fetinne district.",
            "2:40 a.m.",
            "01:55 GMT",
        ),
        // Two known zones compared in UTC: 01:40 GMT is 02:40 CET.
        (
            "The explosion was heard at 01:40 GMT across the Fetinne district.",
            "The explosion was heard at 04:40 CET across the Fetinne district.",
            "01:40 GMT",
            "04:40 CET",
        ),
    ] {
        one_flag_of(Date, a, b, ta, tb, false);
    }
    no_flag(
        Date,
        "The explosion was heard at 01:40 GMT across the Fetinne district.",
        "The explosion was heard at 02:40 CET across the Fetinne district.",
    );
    // Two named zones, one of them unknown: may be one moment (as before).
    no_flag(
        Date,
        "The quake struck at 14:08 local time.",
        "The quake struck at 10:38 GMT.",
    );
}

/// The sentences `texts` of one article, prepared and with its note of local time read
/// (`mark_local_zones`, as the corpus does).
fn article(texts: &[&str]) -> Vec<Prepared> {
    let mut s: Vec<(usize, _)> = super::test_util::prepared(texts)
        .into_iter()
        .map(|p| (0, p))
        .collect();
    super::mark_local_zones(&mut s, |x| (x.0, &mut x.1));
    s.into_iter().map(|x| x.1).collect()
}

/// The date flags of `a` (its article's last sentence) against `b` (its article's).
fn date_flags(a: &[&str], b: &[&str]) -> Vec<(String, String, bool)> {
    let (a, b) = (article(a), article(b));
    let (Some(a), Some(b)) = (a.last(), b.last()) else {
        return Vec::new();
    };
    super::discrepancies(a, b)
        .into_iter()
        .filter(|d| d.kind == Date)
        .map(|d| (d.a, d.b, d.vague))
        .collect()
}

#[test]
fn a_pages_note_of_local_time_sets_its_zone() {
    let live = |line: &'static str| {
        [
            "Liege building explosion: live updates",
            "All times are local (GMT+1).",
            line,
        ]
    };
    let wire = ["The explosion was heard at 01:40 GMT across the Fetinne district."];
    // 2:40 a.m. at GMT+1 is 01:40 GMT.
    assert_eq!(
        date_flags(
            &live("The explosion was heard at 2:40 a.m. across the Fetinne district."),
            &wire
        ),
        vec![]
    );
    // 4:40 a.m. at GMT+1 is 03:40 GMT: the solid flag.
    assert_eq!(
        date_flags(
            &live("The explosion was heard at 4:40 a.m. across the Fetinne district."),
            &wire
        ),
        vec![("4:40 a.m.".to_string(), "01:40 GMT".to_string(), false)]
    );
    // French and a half hour: "Heures locales (UTC+5:30)".
    assert_eq!(
        date_flags(
            &[
                "Heures locales (UTC+5:30).",
                "L'explosion a eu lieu à 7h10."
            ],
            &wire
        ),
        vec![]
    );
}

#[test]
fn a_note_of_local_time_is_read_only_from_a_short_line() {
    use super::dates::local_note;
    assert_eq!(local_note("All times are local (GMT+1)."), Some(60));
    assert_eq!(local_note("Alle Zeiten sind Ortszeit (UTC-3)."), Some(-180));
    assert_eq!(local_note("Heures locales (UTC+5:30)"), Some(330));
    assert_eq!(local_note("The plane landed at 10:00 GMT."), None);
    assert_eq!(
        local_note("The local council met at 10:00 GMT+1 on Friday to discuss the future of the old town hall and its square."),
        None
    );
}

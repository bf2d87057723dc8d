//! Tests of parts of the day as dates (`dayparts.rs`): "Monday morning" / "Monday
//! evening" is a date flag, two neighbouring parts the softer kind, a part of the day in a
//! compound or dating the report none.

use super::test_util::flags_of;
use super::DiscrepancyKind;

/// The date flags of `a` / `b`: (a text, b text, softer kind).
fn date_flags(a: &str, b: &str) -> Vec<(String, String, bool)> {
    flags_of(DiscrepancyKind::Date, a, b)
}

#[test]
fn another_part_of_the_day_is_a_date_flag() {
    for (a, b, fa, fb, soft) in [
        (
            "The gunman opened fire on Monday morning, police said.",
            "The gunman opened fire on Monday evening, police said.",
            "morning",
            "evening",
            false,
        ),
        (
            "The fire broke out early this morning in the old town.",
            "The fire broke out late this afternoon in the old town.",
            "morning",
            "afternoon",
            false,
        ),
        (
            "Le tireur a ouvert le feu lundi matin, selon la police.",
            "Le tireur a ouvert le feu lundi soir, selon la police.",
            "matin",
            "soir",
            false,
        ),
        (
            "Der Schütze eröffnete am Montag das Feuer, am Abend nach dem Spiel.",
            "Der Schütze eröffnete am Montag das Feuer, am Vormittag nach dem Spiel.",
            "Abend",
            "Vormittag",
            false,
        ),
        // Noon and midnight are clock times told roughly; twelve hours apart, more than the
        // two hedges can span, they are the solid kind (trial 41 F9).
        (
            "The fire broke out shortly before midnight, firefighters said.",
            "The fire broke out shortly after noon, firefighters said.",
            "midnight",
            "noon",
            false,
        ),
        (
            "The fire broke out at midnight, firefighters said.",
            "The fire broke out at 11:50 p.m., firefighters said.",
            "midnight",
            "11:50 p.m.",
            true,
        ),
        // Neighbouring parts may be one moment: the softer kind.
        (
            "The gunman opened fire on Saturday afternoon, police said.",
            "The gunman opened fire on Saturday evening, police said.",
            "afternoon",
            "evening",
            true,
        ),
        (
            "The gunman opened fire on Tuesday morning, police said.",
            "The gunman opened fire on Tuesday night, police said.",
            "morning",
            "night",
            true,
        ),
    ] {
        assert_eq!(
            date_flags(a, b),
            vec![(fa.to_string(), fb.to_string(), soft)],
            "{a} / {b}"
        );
    }
}

#[test]
fn a_part_of_the_day_in_a_compound_or_of_the_report_is_no_date() {
    for (a, b) in [
        // The same part of the day.
        (
            "The gunman opened fire on Monday morning, police said.",
            "The gunman opened fire on Monday morning, officials said.",
        ),
        (
            "The fire broke out at noon, firefighters said.",
            "The fire broke out at 12:00, firefighters said.",
        ),
        // Compounds, not dates.
        (
            "She worked the night shift at the hospital.",
            "She worked the morning shift at the hospital.",
        ),
        (
            "He was watching the evening news when the quake struck.",
            "He was watching the morning news when the quake struck.",
        ),
        // The date of the report, not of the fact.
        (
            "The gunman opened fire on Monday, police said on Tuesday morning.",
            "The gunman opened fire on Monday, police said on Tuesday evening.",
        ),
        // Evening and night overlap: one span of the day (trial 44).
        (
            "The gunman opened fire on Tuesday evening, police said.",
            "The gunman opened fire on Tuesday night, police said.",
        ),
        (
            "Le tireur a ouvert le feu mardi soir, selon la police.",
            "Le tireur a ouvert le feu dans la nuit de mardi, selon la police.",
        ),
        (
            "Der Schütze eröffnete am Dienstagabend das Feuer.",
            "Der Schütze eröffnete in der Dienstagnacht das Feuer.",
        ),
        // A part of the day on one side only.
        (
            "The gunman opened fire on Monday morning, police said.",
            "The gunman opened fire on Monday, police said.",
        ),
    ] {
        assert_eq!(date_flags(a, b), vec![], "{a} / {b}");
    }
}

#[test]
fn frueh_after_a_weekday_is_the_morning() {
    // Trial 43 v52b.
    let f = date_flags(
        "Zwei Menschen kamen am Dienstag früh ums Leben.",
        "Zwei Menschen kamen am Dienstag am Abend ums Leben.",
    );
    assert_eq!(f, vec![("früh".into(), "Abend".into(), false)]);
    super::test_util::no_flag(
        DiscrepancyKind::Date,
        "Zwei Menschen kamen am Dienstag früh ums Leben.",
        "Zwei Menschen kamen am Dienstagmorgen ums Leben.",
    );
    super::test_util::no_flag(
        DiscrepancyKind::Date,
        "Der Zug kam am Dienstag viel zu früh an.",
        "Der Zug kam am Dienstag am Abend an.",
    );
}

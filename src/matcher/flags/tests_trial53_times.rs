//! Tests of trial 53's F1 times: midnight and noon take the bound written before them as a
//! clock time does ("by midnight", "after midnight": `times::bound_before`), and midnight
//! as an upper bound ends the day; a timeline's stamp is the time of its line's fact
//! (`dates::mark_timelines`, `tells_the_line`). Two deadlines of a thing told as done
//! ("returned to 300,000 homes by midnight" / "by 4 a.m.") still agree, as two bounds
//! that may both hold (trial 21's rule); two told as expected ("Power should be back by
//! midnight" / "by 4 a.m.") are two forecasts, the softer flag (session 51:
//! `dates/deadlines.rs`).

use super::test_util::{flags_of, no_flag_either, one_flag_of};
use crate::matcher::results::DiscrepancyKind::Date;

#[test]
fn two_expected_deadlines_differ_softly() {
    // Session 51: no flag before.
    for (a, b, ta, tb) in [
        (
            "Power should be back by midnight.",
            "Power should be back by 4 a.m.",
            "midnight",
            "4 a.m.",
        ),
        (
            "Power will be restored by 4 a.m.",
            "Power will be restored by 6 a.m.",
            "4 a.m.",
            "6 a.m.",
        ),
        (
            "Der Strom soll bis Mitternacht zurück sein.",
            "Der Strom soll bis 4 Uhr zurück sein.",
            "Mitternacht",
            "4 Uhr",
        ),
    ] {
        one_flag_of(Date, a, b, ta, tb, true);
    }
}

#[test]
fn one_expected_deadline_or_bounds_of_a_done_thing_give_no_date_flag() {
    no_flag_either(
        Date,
        &[
            // One deadline told two ways.
            (
                "Power should be back by midnight.",
                "Power should be back by 12 a.m.",
            ),
            (
                "Power should be back by midnight.",
                "Power will be restored to all homes by midnight, the utility said.",
            ),
            // Trial 21's rule: two bounds of a thing done may both hold.
            (
                "Electricity returned to 300,000 homes by midnight.",
                "Electricity returned to 300,000 homes by 4 a.m.",
            ),
            (
                "The explosion happened before 3 p.m. in the city centre.",
                "The explosion happened before 4 p.m. in the city centre.",
            ),
            // An expected deadline against a time it lets be.
            (
                "Power should be back by midnight.",
                "Power came back at 11:30 p.m.",
            ),
        ],
    );
}

#[test]
fn about_a_time_and_shortly_after_another_agree_as_the_rough_times_rule_says() {
    // Session 51: "about 5:40" tells 5:32 to 5:48, "shortly after 5:15" 5:15 to 5:39
    // (`dates/rough.rs`): the spans meet, one moment, as "kurz nach 15 Uhr" / "gegen
    // 15.30 Uhr" (30 minutes apart) do; no flag.
    no_flag_either(
        Date,
        &[(
            "The fire started at about 5:40 a.m.",
            "The fire started shortly after 5:15 a.m.",
        )],
    );
    // An exact 5:40 lies past what "shortly after 5:15" tells: the softer flag.
    assert_eq!(
        flags_of(
            Date,
            "The fire started at 5:40 a.m.",
            "The fire started shortly after 5:15 a.m."
        ),
        vec![("5:40 a.m.".into(), "5:15 a.m.".into(), true)]
    );
}

#[test]
fn a_deadline_the_other_time_keeps_gives_no_date_flag() {
    no_flag_either(
        Date,
        &[
            // One deadline told two ways.
            (
                "Electricity returned to 300,000 homes by midnight.",
                "Electricity returned to 300,000 homes before midnight.",
            ),
            (
                "Electricity returned to all homes by 4 a.m.",
                "Electricity returned to all homes by 4 a.m. on Saturday.",
            ),
            // A time within the deadline: midnight ends the day.
            (
                "Electricity returned to 300,000 homes by midnight.",
                "Electricity returned to 300,000 homes at 11:30 p.m.",
            ),
            // A time after "after midnight".
            (
                "Power came back in Lichtenberg after midnight.",
                "Power came back in Lichtenberg at 1:30 a.m.",
            ),
        ],
    );
}

/// The sentences `texts` of one article, prepared and with its timeline's lines marked
/// (`mark_timelines`, as the corpus does).
fn article(texts: &[&str]) -> Vec<crate::matcher::features::Prepared> {
    let mut s: Vec<(usize, _)> = super::test_util::prepared(texts)
        .into_iter()
        .map(|p| (0, p))
        .collect();
    super::mark_timelines(&mut s, |x| (x.0, &mut x.1));
    s.into_iter().map(|x| x.1).collect()
}

/// The date flags of sentence `a` (of no timeline) against line `k` of `lines`.
fn line_flags(a: &str, lines: &[&str], k: usize) -> Vec<(String, String, bool)> {
    let a = super::test_util::prepared(&[a]).remove(0);
    let b = &article(lines)[k];
    super::discrepancies(&a, b)
        .into_iter()
        .filter(|d| d.kind == Date)
        .map(|d| (d.a, d.b, d.vague))
        .collect()
}

#[test]
fn a_timelines_stamp_is_the_time_of_its_line() {
    // Trial 53 F1, the tester's pairs: the line is under the local paper's "TIMELINE".
    let timeline = [
        "It was the worst power cut the city has seen in a generation.",
        "TIMELINE",
        "19:40 Fire breaks out at the Marzahn substation.",
        "23:30 Power comes back in Lichtenberg, the utility says.",
        "04:15 The utility says all customers have been reconnected.",
    ];
    assert_eq!(
        line_flags(
            "Power came back in Lichtenberg at 1:30 a.m., the utility said.",
            &timeline,
            3
        ),
        vec![("1:30 a.m.".into(), "23:30".into(), false)]
    );
    // The same fact told with words of its own on every side ("The last households were
    // reconnected at 5:30 a.m., the operator said." / "04:15 The utility says all
    // customers have been reconnected.": one stem shared) is not read as the line's: no
    // flag either way (`tells_the_line`).
    // Under a heading of another language too.
    let chronik = [
        "Chronik des Stromausfalls",
        "23:30 Strom kehrt nach Lichtenberg zurück.",
    ];
    assert_eq!(
        line_flags(
            "Um 1.30 Uhr kehrte der Strom nach Lichtenberg zurück.",
            &chronik,
            1
        )
        .len(),
        1
    );
}

#[test]
fn a_live_blogs_stamp_or_a_timeline_time_that_agrees_gives_no_date_flag() {
    // The same time told by the line's stamp.
    let timeline = [
        "TIMELINE",
        "23:30 Power comes back in Lichtenberg, the utility says.",
    ];
    assert_eq!(
        line_flags(
            "Power came back in Lichtenberg at 11:30 p.m., the utility said.",
            &timeline,
            1
        ),
        vec![]
    );
    // A live blog's posts, under no timeline heading: the stamp is when the post went up.
    let blog = [
        "Live: Berlin blackout",
        "23:30 Power comes back in Lichtenberg, the utility says.",
    ];
    assert_eq!(
        line_flags(
            "Power came back in Lichtenberg at 1:30 a.m., the utility said.",
            &blog,
            1
        ),
        vec![]
    );
    // A stamped line after the timeline's article moved on to another heading.
    let after = [
        "TIMELINE",
        "19:40 Fire breaks out at the Marzahn substation.",
        "Reactions",
        "23:30 Power comes back in Lichtenberg, the utility says.",
    ];
    let marked = article(&after);
    assert!(marked[1].cues & crate::matcher::prepared::TIMELINE != 0);
}

#[test]
fn a_timelines_stamp_is_no_time_of_another_fact() {
    let timeline = [
        "TIMELINE",
        "19:40 Fire breaks out at the Marzahn substation; lights go out across Marzahn.",
        "22:00 The blaze is under control, the fire brigade says.",
        "04:15 The utility says all customers have been reconnected.",
        "07:00 About 15,000 homes in Hellersdorf are still without power, residents tell our reporters.",
    ];
    let began = "The blackout began at around 7:40 p.m. when a fire broke out at the Marzahn substation in the east of the city, according to Stromnetz Berlin.";
    assert_eq!(line_flags(began, &timeline, 2), vec![]);
    // Across languages: a line of another fact.
    assert_eq!(
        line_flags(
            "Gegen 22 Uhr hatte die Feuerwehr den Brand unter Kontrolle.",
            &timeline,
            3
        ),
        vec![]
    );
    assert_eq!(
        line_flags("Der Stromausfall begann gegen 19.40 Uhr.", &timeline, 4),
        vec![]
    );
}

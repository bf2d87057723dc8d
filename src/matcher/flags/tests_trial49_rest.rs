//! Flags of trial 49 left after `tests_trial49.rs`, by kind: a weekday or a date that opens
//! a live blog's post stamp ("Tuesday 12:02 –") is the post's, not the day of what it
//! tells (F7); Dutch and German adjectives of nationality before a facility's noun
//! describe it ("een Nederlands ziekenhuis", F3); a town's name after an indefinite article
//! before a facility's noun in lower case describes it ("an Amstelveen hospital", F3).

use super::test_util::{flags_of, has_flag, no_flag_either};
use super::tests_trial49::date_flag;
use crate::matcher::DiscrepancyKind::{Date, Place};

#[test]
fn a_weekday_opening_a_post_stamp_is_the_posts() {
    // Trial 49 F7 ("Tuesday ≠ Monday" on low cards), and the stamp's other shapes.
    let wire = "On Monday chief executive Marieke de Vries said the group had paid the ransom.";
    let mut pairs = Vec::new();
    for post in [
        "Tuesday 12:02 – CEO Marieke de Vries says the group will not pay the ransom.",
        "Tuesday, 12:02 - CEO Marieke de Vries says the group will not pay the ransom.",
        "Tuesday 12:02 — CEO Marieke de Vries says the group will not pay the ransom.",
        "Tuesday 8 December, 12:02 – CEO Marieke de Vries says the group will not pay the ransom.",
    ] {
        pairs.push((post, wire));
    }
    pairs.push((
        "Di 12:02 – Geschäftsführerin Marieke de Vries sagt, die Gruppe zahle kein Lösegeld.",
        "Am Montag sagte Geschäftsführerin Marieke de Vries, die Gruppe habe das Lösegeld gezahlt.",
    ));
    pairs.push((
        "mardi 12h02 – La directrice Marieke de Vries dit que le groupe ne paiera pas la rançon.",
        "Lundi, la directrice Marieke de Vries a dit que le groupe avait payé la rançon.",
    ));
    pairs.push((
        "di 12:02 – Directeur Marieke de Vries zegt dat de groep geen losgeld betaalt.",
        "Op maandag zei directeur Marieke de Vries dat de groep het losgeld had betaald.",
    ));
    // A short weekday's post time is the post's too: not compared with the time told.
    pairs.push((
        "Di 12:02 – Der Angriff wurde in Amstelveen entdeckt, sagt die Polizei.",
        "Der Angriff wurde gegen 3 Uhr entdeckt, sagte die Polizei.",
    ));
    pairs.push((
        "mar. 12h02 – L'attaque a été détectée à Amstelveen, selon la police.",
        "L'attaque a été détectée vers 3 heures, selon la police.",
    ));
    no_flag_either(Date, &pairs);
    // A day told in the post's own text still counts; so does a weekday before a time
    // that no dash follows.
    for (a, b, ta, tb) in [
        (
            "Tuesday 12:02 – The attack was detected on Sunday, police say.",
            "The attack was detected on Monday, police said.",
            "Sunday",
            "Monday",
        ),
        (
            "On Tuesday at 12:02 the attack was detected, police said.",
            "On Monday at 12:02 the attack was detected, police said.",
            "Tuesday",
            "Monday",
        ),
    ] {
        assert!(
            date_flag(a, b, ta, tb),
            "{a} / {b}: {:?}",
            flags_of(Date, a, b)
        );
        assert!(date_flag(b, a, tb, ta), "{b} / {a}");
    }
}

#[test]
fn a_dutch_or_german_nationality_before_a_facility_describes_it() {
    // Trial 49 F3 told in Dutch, German, French and Spanish.
    no_flag_either(
        Place,
        &[
            (
                "Hackers vielen maandag het Amstelland Ziekenhuis aan, meldt de politie.",
                "Hackers vielen maandag een Nederlands ziekenhuis aan, meldt de politie.",
            ),
            (
                "Hackers vielen maandag het Amstelland Ziekenhuis aan, meldt de politie.",
                "Hackers vielen maandag het Nederlandse ziekenhuis aan, meldt de politie.",
            ),
            (
                "Hackers vielen maandag het Amstelland Ziekenhuis aan, meldt de politie.",
                "Hackers vielen maandag een Belgische kliniek aan, meldt de politie.",
            ),
            (
                "Hackers attacked Amstelland Hospital on Monday, police said.",
                "Hacker griffen am Montag ein niederländisches Krankenhaus an, so die Polizei.",
            ),
            (
                "Hackers attacked Amstelland Hospital on Monday, police said.",
                "Des pirates ont attaqué lundi un hôpital néerlandais, selon la police.",
            ),
            (
                "Hackers attacked Amstelland Hospital on Monday, police said.",
                "Unos piratas atacaron el lunes un hospital neerlandés, según la policía.",
            ),
        ],
    );
    // Two named Dutch hospitals still differ.
    has_flag(
        Place,
        "Hackers vielen maandag het Amstelland ziekenhuis aan, meldt de politie.",
        "Hackers vielen maandag het Maasstad ziekenhuis aan, meldt de politie.",
        "Amstelland ziekenhuis",
        "Maasstad ziekenhuis",
    );
}

#[test]
fn a_towns_facility_after_an_indefinite_article_names_none() {
    // Trial 49 F3: "an Amstelveen hospital" / "Amstelland Hospital" (1 %).
    no_flag_either(
        Place,
        &[
            (
                "Hackers attacked Amstelland Hospital on Monday, police said.",
                "Hackers attacked an Amstelveen hospital on Monday, police said.",
            ),
            (
                "Hackers vielen maandag het Amstelland Ziekenhuis aan, meldt de politie.",
                "Hackers vielen maandag een Amstelveens ziekenhuis aan, meldt de politie.",
            ),
        ],
    );
    // "the Erasmus hospital" names one: two such hospitals differ.
    has_flag(
        Place,
        "The injured were taken to the Erasmus hospital, police said.",
        "The injured were taken to the Maasstad hospital, police said.",
        "Erasmus hospital",
        "Maasstad hospital",
    );
}

#[test]
fn a_timeline_hour_before_a_dash_is_compared_and_a_post_stamp_is_not() {
    // Session 47: a narrative timeline's clock time ("3 a.m. – Fire crews arrive") tells
    // when something happened; only hour and minutes in figures as live blogs print a
    // post's time ("03:00 –", on the 24-hour clock unless a weekday comes before) are a
    // post stamp.
    let wire = "Fire crews arrived at the burning warehouse at 5 a.m., officials said.";
    for (post, time) in [
        ("3 a.m. – Fire crews arrive at the burning warehouse.", "3"),
        ("3 a.m. — Fire crews arrive at the burning warehouse.", "3"),
        (
            "3:00 a.m. - Fire crews arrive at the burning warehouse.",
            "3:00",
        ),
        (
            "3.00am – Fire crews arrive at the burning warehouse.",
            "3.00",
        ),
    ] {
        assert!(
            date_flag(post, wire, time, "5"),
            "{post}: {:?}",
            flags_of(Date, post, wire)
        );
        assert!(date_flag(wire, post, "5", time), "{post}");
    }
    // Near cases: a stamp's shape, 24-hour figures or a weekday before, is the post's.
    no_flag_either(
        Date,
        &[
            ("03:00 – Fire crews arrive at the burning warehouse.", wire),
            ("03h00 – Fire crews arrive at the burning warehouse.", wire),
            (
                "Tuesday 3:00 a.m. – Fire crews arrive at the burning warehouse.",
                "On Tuesday fire crews arrived at the burning warehouse at 5 a.m., officials said.",
            ),
        ],
    );
}

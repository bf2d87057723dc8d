//! Tests of the article leads told apart (`article_events.rs`): two leads of one event
//! agree, two leads of two events differ by their places, times or figures.

use super::*;
use crate::matcher::features::Idf;

/// `f` of the lead of an article of the sentences `texts` (prepared with the built-in
/// IDF): its first [`LEAD`] sentences, with all of them as the whole article.
pub(in crate::matcher::flags) fn with_lead<R>(
    texts: &[&str],
    f: impl FnOnce(&ArticleLead) -> R,
) -> R {
    let prep: Vec<Prepared> = texts
        .iter()
        .map(|s| Prepared::new(s, Idf::builtin()))
        .collect();
    let refs: Vec<&Prepared> = prep.iter().collect();
    let places = ArticlePlaces::of(refs.iter().copied());
    f(&ArticleLead::of(&refs, &refs, &places))
}

/// [`leads_apart`] of the articles of the sentences `a` and `b` ([`with_lead`]).
pub(in crate::matcher::flags) fn apart(a: &[&str], b: &[&str]) -> Option<(String, String)> {
    with_lead(a, |la| with_lead(b, |lb| leads_apart(la, lb)))
}

/// Asserts that the article of the sentences `a` and each of `others` tell one event
/// (the near cases of a rule that parts two: no side given).
pub(super) fn together(a: &[&str], others: &[&[&str]]) {
    for (i, b) in others.iter().enumerate() {
        assert_eq!(apart(a, b), None, "near case {i}: {b:?}");
    }
}

const GRANADA: &str =
    "At least 14 people were killed when a bus overturned near Granada early on Sunday.";
const VALENCIA: &str =
    "Eleven people were killed when a bus overturned near Valencia late on Saturday.";

#[test]
fn leads_with_other_places_and_other_days_are_apart() {
    assert_eq!(
        apart(&[GRANADA], &[VALENCIA]),
        Some(("granada".into(), "valencia".into()))
    );
    // Towns the gazetteer does not know (a softer place flag), on other weekdays.
    assert_eq!(
        apart(
            &[
                "Fire destroys timber yard in Millbrook",
                "The yard burned on Sunday evening."
            ],
            &[
                "Blaze tears through warehouse in Ashcombe",
                "It burned on Wednesday afternoon."
            ]
        ),
        Some(("millbrook".into(), "ashcombe".into()))
    );
}

#[test]
fn a_shared_day_or_telling_figure_keeps_two_leads_together() {
    // The same day: one crash told with two places (the town and the nearest city).
    let sunday = "Eleven people were killed when a bus overturned near Valencia early on Sunday.";
    assert_eq!(apart(&[GRANADA], &[sunday]), None);
    // The same magnitude.
    assert_eq!(
        apart(
            &["A magnitude 7.8 quake struck near Gaziantep, killing 1,500 people."],
            &["A magnitude 7.8 quake killed 800 people in Aleppo."]
        ),
        None
    );
}

#[test]
fn other_places_alone_or_other_days_alone_do_not_part_two_leads() {
    // Places differ, no day and no figure told: the same event may be placed twice.
    assert_eq!(
        apart(
            &["A bus overturned near Granada."],
            &["A bus overturned near Valencia."]
        ),
        None
    );
    // Days and figures differ, one place.
    assert_eq!(
        apart(
            &["At least 14 people were killed near Granada on Sunday."],
            &["Eleven people were killed near Granada on Saturday."]
        ),
        None
    );
}

#[test]
fn a_place_of_one_lead_named_in_the_other_keeps_them_together() {
    // One meeting, told from Seoul on the day and from Pyongyang the next day.
    assert_eq!(
        apart(
            &["Officials met in Seoul on Wednesday and agreed to reopen the office."],
            &[
                "Pyongyang and Seoul to reopen liaison office",
                "The two sides agreed to reopen the office, state media in Pyongyang said on Thursday.",
            ]
        ),
        None
    );
}

#[test]
fn only_the_lead_is_read() {
    let filler = "The motorway was closed.";
    let late = [filler, filler, filler, filler, GRANADA];
    assert_eq!(apart(&late, &[filler, VALENCIA]), None);
}

#[test]
fn a_district_and_its_city_with_a_street_in_common_tell_one_event() {
    // Trial 25: one stabbing, placed in "Croydon" by one outlet and "south London" by
    // the other; both leads send the police to Thornton Heath.
    let a = [
        "Teenager stabbed to death in Croydon",
        "A 17-year-old boy was stabbed to death in Croydon on Wednesday evening, the Metropolitan Police said.",
        "Officers were called to Thornton Heath High Street at about 8:15 p.m.",
        "The boy died at the scene despite the efforts of paramedics.",
    ];
    let b = [
        "Boy, 16, killed in south London knife attack",
        "A 16-year-old was fatally stabbed in south London last night, police said.",
        "Police were called to a street in Thornton Heath in the evening",
        "He was pronounced dead at the scene.",
    ];
    assert_eq!(apart(&a, &b), None);
}

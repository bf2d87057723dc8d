//! Tests of two events of one kind in one place told apart by their time (`when.rs`,
//! trial 28 F4): other years, or weekday, time and counts all told otherwise at once;
//! a toll update on a later weekday and two leads of one year stay together.

use super::tests::apart;

/// Trial 28's leads: a quake in Elazig province in 2020 (`quake_a.txt`) ...
const ELAZIG_2020: [&str; 3] = [
    "Strong earthquake kills at least 40 in eastern Turkey",
    "A magnitude 6.8 earthquake struck eastern Turkey on Tuesday night, killing at least 40 people and injuring hundreds.",
    "The quake hit at 20:55 local time near the town of Sivrice in Elazig province, the disaster agency AFAD said.",
];

/// ... and one there in 2010 (`quake_2010_elazig.txt`): other magnitude, toll, weekday
/// and time, one province.
const ELAZIG_2010: [&str; 3] = [
    "Earthquake kills 51 in eastern Turkey",
    "A magnitude 6.0 earthquake struck eastern Turkey on Monday morning, killing 51 people and injuring dozens.",
    "The quake hit at 04:32 local time near the village of Okcular in Elazig province, the disaster agency said.",
];

#[test]
fn two_quakes_in_one_province_with_other_core_facts_are_apart() {
    let (a, b) = apart(&ELAZIG_2020, &ELAZIG_2010).expect("apart");
    assert!(a.ends_with("tuesday") && b.ends_with("monday"), "{a} / {b}");
}

#[test]
fn leads_dated_to_other_years_are_apart() {
    // Years in the leads, one place.
    let a = ["A magnitude 6.0 earthquake struck Elazig province in March 2010, killing 51 people."];
    let b = [
        "A magnitude 6.8 earthquake struck Elazig province on January 24, 2020, killing at least 40 people.",
    ];
    assert!(apart(&a, &b).is_some());
    // A dateline against a dateline ten years later, in French.
    let a = [
        "9 mars 2010",
        "Un séisme de magnitude 6,0 a frappé la province d'Elazig.",
    ];
    let b = [
        "25 janvier 2020",
        "Un séisme de magnitude 6,8 a frappé la province d'Elazig.",
    ];
    assert!(apart(&a, &b).is_some());
}

#[test]
fn a_toll_update_on_a_later_weekday_stays_with_its_event() {
    // Same quake, told a day later: another toll and weekday, no other time or measure.
    let update = [
        "Death toll from Turkish quake rises to 43",
        "The number of dead from the earthquake in Elazig has risen to 43, officials said on Wednesday.",
        "Its epicentre was close to Sivrice, a lakeside district.",
    ];
    assert_eq!(apart(&ELAZIG_2020, &update), None);
    // A later weekday and a revised magnitude, but one clock time.
    let revised = [
        "Death toll from Turkish quake rises to 43",
        "The 6.7 magnitude quake that struck at 20:55 has killed 43 people, officials said on Wednesday.",
    ];
    assert_eq!(apart(&ELAZIG_2020, &revised), None);
}

#[test]
fn leads_of_one_year_or_a_year_and_its_dateline_stay_together() {
    let a = ["A magnitude 6.8 earthquake struck Elazig province in January 2020, killing at least 40 people."];
    let b = [
        "A magnitude 6.8 earthquake struck Elazig province on January 24, 2020, killing 41 people.",
    ];
    assert_eq!(apart(&a, &b), None);
    // An event of late December told under a January dateline.
    let a = ["A gas blast destroyed a block of flats in Elazig on December 31, 2019."];
    let b = [
        "Published: January 2, 2020",
        "A gas blast destroyed a block of flats in Elazig.",
    ];
    assert_eq!(apart(&a, &b), None);
    // A year after "since" is history, not the event's year.
    let a = ["The blast was the deadliest in Elazig since 2003."];
    let b = ["A gas blast killed 12 people in Elazig in 2020."];
    assert_eq!(apart(&a, &b), None);
}

//! Tests of two leads dated to other days of a month (`calendar_apart`, trial 45 F1): two
//! matches of one fixture on two Sundays are two events; the same match told with its
//! weekday only, a report of the next day, or one that names the other's date stays with it.

use super::tests::{apart, together};

/// Trial 45's leads: Real Madrid 2-1 Barcelona on Sunday, October 26 ...
const OCTOBER: [&str; 2] = [
    "Real Madrid beat Barcelona 2-1 in El Clásico",
    "MADRID (Reuters) - Real Madrid beat Barcelona 2-1 at the Santiago Bernabéu on Sunday, October 26, to go five points clear at the top of La Liga.",
];

/// ... and Barcelona 4-3 Real Madrid on Sunday, May 11: one weekday, two dates.
const MAY: [&str; 2] = [
    "Barcelona beat Real Madrid 4-3 in thrilling Clásico",
    "BARCELONA (AP) - Barcelona beat Real Madrid 4-3 at the Estadi Olímpic on Sunday, May 11, to move seven points clear at the top of La Liga.",
];

#[test]
fn two_matches_on_one_weekday_with_other_dates_are_apart() {
    let (a, b) = apart(&OCTOBER, &MAY).expect("apart");
    assert!(a.ends_with("26/10") && b.ends_with("11/5"), "{a} / {b}");
    // Without the datelines and venues, and in French and Spanish: the dates alone.
    let a = ["Le Real Madrid a battu Barcelone 2-1 le dimanche 26 octobre en Liga."];
    let b = ["Barcelone a battu le Real Madrid 4-3 le dimanche 11 mai en Liga."];
    assert!(apart(&a, &b).is_some());
    let a = ["El Real Madrid ganó al Barcelona 2-1 el domingo 26 de octubre."];
    let b = ["El Barcelona ganó al Real Madrid 4-3 el domingo 11 de mayo."];
    assert!(apart(&a, &b).is_some());
}

#[test]
fn one_match_told_with_its_weekday_or_a_day_later_stays_together() {
    // The same match, one lead giving its weekday only.
    let weekday = [
        "Real Madrid beat Barcelona in El Clásico",
        "Real Madrid beat Barcelona 2-1 at the Santiago Bernabéu on Sunday to go five points clear in La Liga.",
    ];
    // A report of the next day, which names the match by its weekday.
    let next_day = [
        "Real Madrid hail character after Clásico win",
        "On Monday, October 27, Real Madrid said the 2-1 win over Barcelona in Sunday's match showed the team's character.",
    ];
    // A later report that names the earlier match's date: of it.
    let later = [
        "Barcelona fined over Clásico",
        "Barcelona were fined on Tuesday, November 4, for crowd trouble at the Santiago Bernabéu.",
        "Real Madrid beat Barcelona 2-1 in the match on October 26.",
    ];
    together(&OCTOBER, &[&weekday, &next_day, &later]);
}

#[test]
fn a_dateline_date_near_the_other_leads_day_keeps_one_event() {
    // One ruling: one lead dated by its dateline and naming an earlier step ("le 22
    // avril"), the other by its day (tests/fixtures/events/justice-lyon-*.txt).
    let afp = [
        "Le Conseil d'État suspend l'arrêté anti-mendicité de Lyon",
        "PARIS, 14 mai 2026 (AFP) - Le Conseil d'État a suspendu mercredi l'arrêté anti-mendicité pris par la mairie de Lyon en avril.",
        "La Ligue des droits de l'homme avait saisi la justice le 22 avril.",
    ];
    let lemonde = [
        "À Lyon, l'arrêté anti-mendicité suspendu par la justice",
        "La plus haute juridiction administrative a suspendu, mercredi 14 mai, l'arrêté par lequel la ville de Lyon interdisait la mendicité.",
    ];
    assert_eq!(apart(&afp, &lemonde), None);
}

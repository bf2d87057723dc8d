//! Tests of counts after trial 33 (F5, F1): counts of one noun in two roles are two
//! counts (people doing something, or those a firm employs, against a toll: the injured,
//! the evacuated), and a fate told by a noun before "of" ("the evacuation of about 200
//! residents") is that fate's count, compared with the other report's.

use super::test_util::{no_number_flag, one_flag};

#[test]
fn people_doing_something_are_no_toll() {
    for (a, b) in [
        // Trial 33 F5, as written.
        (
            "About 120 firefighters fought the fire through the night",
            "Four firefighters hurt in Rotterdam chemical fire",
        ),
        (
            "Chemical warehouse fire in Rotterdam port injures three firefighters",
            "Some 150 firefighters were deployed, and the fire was under control by 7 a.m. on Wednesday.",
        ),
        (
            "De Groot said the three injured firefighters were taken to the Erasmus hospital with burns and smoke inhalation.",
            "Around 120 firefighters battled the flames until the early hours of Thursday.",
        ),
        // The kind: a subject's verb in the past, with or without "were" / "had".
        (
            "About 40 police officers were sent to the stadium.",
            "Two police officers were killed in the clashes.",
        ),
        (
            "Some 300 soldiers had searched the forest since Monday.",
            "Five soldiers are missing after the attack.",
        ),
    ] {
        no_number_flag(a, b);
    }
}

#[test]
fn people_a_firm_employs_are_none_of_a_fate() {
    for (a, b) in [
        (
            "The company employs 85 people at the site.",
            "Around 250 people living nearby were evacuated.",
        ),
        (
            "The plant employs 300 workers.",
            "About 200 workers were rescued from the plant.",
        ),
    ] {
        no_number_flag(a, b);
    }
    // Two counts of those employed still differ.
    one_flag(
        "The company employs 85 people at the site.",
        "The company employs 95 people at the site.",
        "85 people",
        "95 people",
        false,
    );
}

#[test]
fn counts_in_one_role_are_still_compared() {
    // Two counts of people doing the same thing: one fact told two ways.
    one_flag(
        "About 120 firefighters fought the fire through the night.",
        "Some 150 firefighters were deployed.",
        "About 120 firefighters",
        "Some 150 firefighters",
        true,
    );
    one_flag(
        "Three firefighters were slightly hurt.",
        "Four firefighters were injured when a fire broke out.",
        "Three firefighters",
        "Four firefighters",
        false,
    );
}

#[test]
fn a_fate_told_by_a_noun_before_of_is_that_fate() {
    // Trial 33 F1: residents evacuated against people evacuated, both approximate.
    one_flag(
        "A fire tore through a warehouse, forcing the evacuation of about 200 nearby residents, officials said.",
        "Around 250 people living nearby were evacuated.",
        "about 200 nearby residents",
        "Around 250 people",
        true,
    );
    one_flag(
        "Crews completed the rescue of 12 miners on Friday.",
        "Fifteen miners were rescued on Friday.",
        "12 miners",
        "Fifteen miners",
        false,
    );
    // The evacuated are not the injured.
    no_number_flag(
        "The fire forced the evacuation of about 200 residents.",
        "Three residents were injured in the fire.",
    );
}

//! Tests of casualty counts compared by what they count (trial 24, M1, M2, M8, M10; issue
//! 8): a figure of another thing (floors, a flight, a route, a month, a road) never makes
//! a toll agree, the dead are compared with the dead and the injured with the injured,
//! and a toll told in other words or in another language is compared.

use super::test_util::{no_number_flag, number_flags, one_flag, one_flag_of};
use super::*;

/// Asserts the number flags of `a` / `b`, as (text in `a`, text in `b`), each solid, in
/// either order, both ways round.
#[track_caller]
fn solid_flags(a: &str, b: &str, want: &[(&str, &str)]) {
    let sorted = |mut v: Vec<(String, String, bool)>| {
        v.sort();
        v
    };
    let solid = |x: &&str, y: &&str| (x.to_string(), y.to_string(), false);
    let ab: Vec<_> = want.iter().map(|(x, y)| solid(x, y)).collect();
    let ba: Vec<_> = want.iter().map(|(x, y)| solid(y, x)).collect();
    assert_eq!(sorted(number_flags(a, b)), sorted(ab), "{a} / {b}");
    assert_eq!(sorted(number_flags(b, a)), sorted(ba), "{b} / {a}");
}

#[test]
fn a_figure_of_another_thing_does_not_make_a_toll_agree() {
    for (a, b, ta, tb) in [
        (
            "An explosion in a four-storey building killed three people.",
            "An explosion in a building killed four people.",
            "three people",
            "four people",
        ),
        (
            "The crash of Flight 302 killed 157 people.",
            "The crash of the Ethiopian Airlines flight killed 302 people.",
            "157 people",
            "302 people",
        ),
        (
            "Route 9 bus crash leaves 4 dead.",
            "Bus crash leaves 9 dead.",
            "4 dead",
            "9 dead",
        ),
        (
            "Une violente explosion a soufflé un immeuble de quatre étages à Lyon, faisant trois morts.",
            "À Lyon, une explosion fait quatre morts.",
            "trois morts",
            "quatre morts",
        ),
    ] {
        one_flag(a, b, ta, tb, false);
    }
}

#[test]
fn every_toll_of_a_sentence_is_compared_beside_a_figure_of_another_thing() {
    solid_flags(
        "The fire in the 12-storey building killed 5 people and injured 10.",
        "The fire killed 7 people and injured 12.",
        &[("5 people", "7 people"), ("10", "12")],
    );
    // "12月" is a month, not twelve people.
    solid_flags(
        "12月1日凌晨，一栋居民楼发生火灾，造成5人死亡、12人受伤。",
        "12月1日凌晨，一栋居民楼发生火灾，造成7人遇难，10人受伤。",
        &[("5人", "7人"), ("12人", "10人")],
    );
}

#[test]
fn a_figure_joined_to_a_chinese_word_counts_that_word() {
    // "6时" / "7时": hours still compared; "12月" a month, compared with no count.
    one_flag(
        "火灾于当天早上6时左右被扑灭。",
        "明火于早上7时左右被扑灭。",
        "6",
        "7",
        false,
    );
    no_number_flag("12月1日凌晨发生火灾。", "火灾造成12人受伤。");
}

#[test]
fn a_road_number_is_no_count_but_two_roads_differ() {
    // Trial 25: two roads of one name are two facts, flagged as the roads they are: two
    // places (session 29).
    one_flag_of(
        DiscrepancyKind::Place,
        "The crash happened on the A-44 motorway near Granada.",
        "The crash happened on the A-3 near Granada.",
        "A-44",
        "A-3",
        false,
    );
    // A road's figure agrees with no toll.
    one_flag(
        "The bus left the I-95 near Richmond, killing 95 people.",
        "The bus left the highway near Richmond, killing 64 people.",
        "95 people",
        "64 people",
        false,
    );
}

#[test]
fn the_dead_are_not_compared_with_the_injured() {
    for (a, b, ta, tb) in [
        (
            "Two people died in the derailment and 20 others were injured.",
            "More than 30 people were injured in the derailment.",
            "20 others",
            "More than 30 people",
        ),
        (
            "Bei dem Zugunglück sind zwei Menschen ums Leben gekommen, 20 weitere wurden verletzt.",
            "Mehr als 30 Menschen wurden bei dem Zugunglück verletzt.",
            "20 weitere",
            "Mehr als 30 Menschen",
        ),
        (
            "Deux personnes sont mortes dans le déraillement et 20 autres ont été blessées.",
            "Plus de 30 personnes ont été blessées dans le déraillement.",
            "20 autres",
            "Plus de 30 personnes",
        ),
    ] {
        one_flag(a, b, ta, tb, false);
    }
    // One toll each, of two kinds: nothing to compare.
    no_number_flag(
        "Five people were killed in the blast.",
        "Eight people were injured in the blast.",
    );
    no_number_flag(
        "The tremor injured five people and damaged buildings.",
        "The earthquake killed 10 people and flattened villages.",
    );
    // Shot is not killed: "shooting three people, killing one".
    no_number_flag(
        "A man suspected of shooting three people at the firm was arrested.",
        "A gunman opened fire at the party, killing one person, police said.",
    );
}

#[test]
fn one_toll_told_in_other_words_is_compared() {
    solid_flags(
        "L'explosion a fait trois morts et huit blessés.",
        "Quatre personnes ont été tuées et six blessées dans l'explosion.",
        &[
            ("trois morts", "Quatre personnes"),
            ("huit blessés", "six blessées"),
        ],
    );
    solid_flags(
        "El terremoto dejó al menos siete muertos y 45 heridos.",
        "Cinco personas murieron y 38 resultaron heridas en el terremoto.",
        &[
            ("al menos siete muertos", "Cinco personas"),
            ("45 heridos", "38 resultaron heridas"),
        ],
    );
    one_flag(
        "At least 14 killed as tour bus overturns in southern Spain.",
        "Twelve people have died after a tour bus overturned in southern Spain.",
        "At least 14",
        "Twelve people",
        false,
    );
    // "hurt" is "injured"; the dead of one side are no count of the other's injured.
    one_flag(
        "At least 14 people were killed and 31 injured when the bus overturned.",
        "A further 35 passengers were hurt, nine of them seriously.",
        "31",
        "35 passengers",
        false,
    );
    // The same toll agrees however it is told.
    no_number_flag(
        "L'explosion a fait quatre morts et six blessés.",
        "Quatre personnes ont été tuées et six blessées dans l'explosion.",
    );
}

#[test]
fn a_number_word_before_a_word_of_a_toll_is_a_number() {
    for (a, b, ta, tb) in [
        (
            "L'alluvione ha causato cinque feriti.",
            "L'alluvione ha causato sei feriti.",
            "cinque feriti",
            "sei feriti",
        ),
        (
            "L'alluvione ha causato cinque morti.",
            "L'alluvione ha causato sei morti.",
            "cinque morti",
            "sei morti",
        ),
        (
            "L'alluvione ha causato cinque vittime.",
            "L'alluvione ha causato sei vittime.",
            "cinque vittime",
            "sei vittime",
        ),
        (
            "La tormenta dejó tres muertos.",
            "La tormenta dejó seis muertos.",
            "tres muertos",
            "seis muertos",
        ),
        (
            "La tormenta dejó tres heridos.",
            "La tormenta dejó cinco heridos.",
            "tres heridos",
            "cinco heridos",
        ),
    ] {
        one_flag(a, b, ta, tb, false);
    }
    // "Sei stato ferito": "you were", no six.
    no_number_flag(
        "Sei stato ferito ieri sera.",
        "Cinque persone sono state ferite ieri sera.",
    );
}

#[test]
fn a_part_of_the_injured_is_no_toll() {
    no_number_flag(
        "Drei der Verletzten schweben in Lebensgefahr.",
        "Fünf Menschen wurden verletzt.",
    );
    no_number_flag(
        "Three of the injured are in a critical condition.",
        "Five people were injured.",
    );
    // Two parts of one whole are compared.
    one_flag(
        "Drei der Verletzten schweben in Lebensgefahr.",
        "Zwei der Verletzten schweben in Lebensgefahr.",
        "Drei der Verletzten",
        "Zwei der Verletzten",
        false,
    );
    // A verb of a toll makes the part a toll: "killed 343 of them".
    one_flag(
        "The virus has killed 343 of them.",
        "The virus has killed at least 790.",
        "343",
        "at least 790",
        false,
    );
}

#[test]
fn one_group_of_a_list_is_not_the_whole_toll() {
    no_number_flag(
        "Three people have died after rioters set fire to a bank in Athens.",
        "A petrol bomb hurled at the bank killed two women and a man.",
    );
}

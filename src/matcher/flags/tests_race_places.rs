//! Tests after trial 43 (A1): a city written as part of a race's name ("the Rotterdam
//! marathon", nl "de marathon van Rotterdam", es "el maratón de Valencia") is a place of
//! the fact, and two winners of one race ("Kiprop won the marathon" / "Cheruiyot won the
//! marathon") disagree on who won. One race told two ways, a race named after a country
//! ("Giro d'Italia"), and the winners of the women's and the men's race are no flag.

use super::test_util::{has_flag_each_way, no_flag_either};
use super::tests_winner::{agrees, who_won};
use crate::matcher::DiscrepancyKind;

#[test]
fn a_city_in_a_race_name_is_a_place_in_four_languages() {
    for (a, b, ta, tb) in [
        (
            "Kiprop won the Rotterdam marathon in 2:04:12.",
            "Cheruiyot won the Amsterdam marathon in 2:04:30.",
            "Rotterdam",
            "Amsterdam",
        ),
        (
            "Kiprop won de marathon van Rotterdam.",
            "Cheruiyot won de marathon van Amsterdam.",
            "Rotterdam",
            "Amsterdam",
        ),
        (
            "Kiprop ganó el maratón de Valencia.",
            "Kiprop ganó el maratón de Sevilla.",
            "Valencia",
            "Sevilla",
        ),
        (
            "Kiprop a remporté le marathon de Paris.",
            "Kiprop a remporté le marathon de Lyon.",
            "Paris",
            "Lyon",
        ),
    ] {
        has_flag_each_way(DiscrepancyKind::Place, a, b, ta, tb);
    }
}

#[test]
fn one_race_told_two_ways_or_a_country_race_is_no_place_flag() {
    no_flag_either(
        DiscrepancyKind::Place,
        &[
            (
                "Kiprop won the Rotterdam marathon on Sunday.",
                "Kiprop won the marathon in Rotterdam on Sunday.",
            ),
            (
                "Kiprop won de marathon van Rotterdam.",
                "Kiprop liep in Rotterdam naar de zege in de marathon.",
            ),
            (
                "Pogačar won a stage of the Giro d'Italia.",
                "Pogačar won a stage of the Tour de France.",
            ),
        ],
    );
}

#[test]
fn two_winners_of_one_race_are_flagged_in_english_and_dutch() {
    for (a, b) in [
        (
            "Kiprop won the marathon on Sunday.",
            "Cheruiyot won the marathon on Sunday.",
        ),
        (
            "Kiprop won zondag de marathon.",
            "Cheruiyot won zondag de marathon.",
        ),
    ] {
        assert!(who_won(a, b).is_some(), "{a} / {b}");
        assert!(who_won(b, a).is_some(), "{b} / {a}");
    }
}

#[test]
fn the_same_winner_or_two_divisions_are_no_winner_flag() {
    agrees(
        "Kiprop won the marathon on Sunday.",
        "Amos Kiprop won the marathon in 2:04:12.",
    );
    agrees(
        "Luijten won the women's marathon.",
        "Kiprop won the marathon.",
    );
    agrees(
        "Bij de vrouwen won Luijten de marathon.",
        "Kiprop won de marathon.",
    );
}

#[test]
fn a_contests_name_before_its_word_is_no_side() {
    // Session 42 (trial 44, 3/4): "won the Berlin Marathon", "won the DFB-Pokal final":
    // the capitalised words before the contest word name the contest, not the loser, so
    // the result is read and two winners of it disagree.
    for (a, b) in [
        (
            "Kiprop won the Berlin Marathon on Sunday.",
            "Bekele won the Berlin Marathon on Sunday.",
        ),
        (
            "Bayern Munich won the DFB-Pokal final 3-1 against RB Leipzig.",
            "RB Leipzig won the DFB-Pokal final 1-0 against Eintracht Frankfurt.",
        ),
        (
            "Arsenal won the FA Cup final on Saturday.",
            "Chelsea won the FA Cup final on Saturday.",
        ),
    ] {
        assert!(who_won(a, b).is_some(), "{a} / {b}");
        assert!(who_won(b, a).is_some(), "{b} / {a}");
    }
    // One final told two ways, one winner with or without the contest's name.
    agrees(
        "Bayern Munich won the DFB-Pokal final 3-1 against RB Leipzig.",
        "Bayern won the final against Leipzig on Saturday.",
    );
    agrees(
        "Kiprop won the Berlin Marathon on Sunday.",
        "Daniel Kiprop won the marathon in 2:03:12.",
    );
    // A side after the verb is still the loser, not a contest's name.
    agrees(
        "Arsenal won 2-1 against Chelsea in the FA Cup final.",
        "Chelsea lost 2-1 to Arsenal in the FA Cup final.",
    );
}

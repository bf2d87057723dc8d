//! Number flags of trial 48 (the Saas-Fee avalanche, by kind): the size of a group ("a
//! group of eight skiers", "un groupe de dix skieurs") is compared only with another
//! group's size, never with what befell some of them (F2); a rating joined by a hyphen
//! ("a level-four avalanche warning") or told with "degré", "Gefahrenstufe" is a rating,
//! not a count that keeps a sentence's other count from its translation (F5).

use super::test_util::{has_flag_each_way, no_flag_either};
use crate::matcher::DiscrepancyKind::Number;

#[test]
fn a_group_size_is_not_compared_with_a_toll() {
    no_flag_either(
        Number,
        &[
            (
                "A group of eight skiers had left the marked pistes despite the warning, police said.",
                "Five skiers were killed when an avalanche buried their group, police said.",
            ),
            (
                "A group of eight skiers, accompanied by a mountain guide, had left the marked pistes.",
                "5 skiers killed as avalanche buries group in Swiss Alps",
            ),
            (
                "Un groupe de dix skieurs avait quitté les pistes balisées.",
                "Cinq skieurs ont été tués par l'avalanche.",
            ),
            (
                "Eine Gruppe von acht Skifahrern hatte die markierten Pisten verlassen.",
                "Fünf Skifahrer wurden von der Lawine getötet.",
            ),
            (
                "Un grupo de ocho esquiadores había abandonado las pistas.",
                "Cinco esquiadores murieron en la avalancha.",
            ),
            (
                "Un gruppo di otto sciatori aveva lasciato le piste.",
                "Cinque sciatori sono stati uccisi dalla valanga.",
            ),
            (
                "Een groep van acht skiërs had de pistes verlaten.",
                "Vijf skiërs kwamen om het leven.",
            ),
        ],
    );
}

#[test]
fn a_group_size_is_compared_with_another_group_size_and_a_toll_with_a_toll() {
    // Two tolls, two group sizes: still flagged.
    has_flag_each_way(
        Number,
        "Eight skiers were killed in the avalanche.",
        "Five skiers were killed in the avalanche.",
        "Eight skiers",
        "Five skiers",
    );
    has_flag_each_way(
        Number,
        "A group of eight skiers had left the marked pistes, police said.",
        "A group of ten skiers had left the marked pistes, police said.",
        "eight skiers",
        "ten skiers",
    );
    has_flag_each_way(
        Number,
        "A group of eight skiers had left the marked pistes, police said.",
        "Le groupe de dix skieurs avait quitté les pistes balisées, selon la police.",
        "eight skiers",
        "dix skieurs",
    );
    has_flag_each_way(
        Number,
        "Eine Gruppe von acht Skifahrern hatte die Pisten verlassen.",
        "Eine Gruppe von zehn Skifahrern hatte die Pisten verlassen.",
        "Eine Gruppe von acht",
        "Eine Gruppe von zehn",
    );
}

#[test]
fn a_rating_beside_a_count_keeps_the_count_compared_across_languages() {
    // Trial 48 F5: "level-four" was read as four avalanches.
    has_flag_each_way(
        Number,
        "A group of eight skiers had left the marked pistes despite a level-four avalanche warning, police said.",
        "Le groupe de dix skieurs avait quitté les pistes balisées malgré un danger d'avalanche de degré 4, selon la police.",
        "eight skiers",
        "dix skieurs",
    );
    has_flag_each_way(
        Number,
        "A group of eight skiers had left the marked pistes despite a level-four avalanche warning, police said.",
        "Le groupe de dix skieurs avait quitté les pistes balisées, selon la police.",
        "eight skiers",
        "dix skieurs",
    );
    // The same rating agrees; two ratings of one scale still differ.
    no_flag_either(
        Number,
        &[(
            "The skiers left the pistes despite a level-four avalanche warning.",
            "Les skieurs avaient quitté les pistes malgré un danger d'avalanche de degré 4.",
        )],
    );
    has_flag_each_way(
        Number,
        "The skiers left the pistes despite a level-four avalanche warning.",
        "The skiers left the pistes despite a level-three avalanche warning.",
        "level-four",
        "level-three",
    );
}

//! Tests after trial 41 (F2): opposite outcomes missed: a ruling or a ban confirmed
//! against annulled, suspended or blocked; hostages freed against still held; German
//! suspects arrested against let go ("nahm … fest" / "ließ … frei"); a fire put out
//! against not yet put out after "still" or "yet"; an incumbent re-elected against
//! beaten; a transfer to two clubs. The same outcome in other words, two subjects or two things, and one report
//! telling both in turn are no flag.

use super::tests_fates::{flagged_each_way, unflagged};

#[test]
fn a_ruling_confirmed_against_annulled_or_blocked_is_flagged() {
    for (a, b, ta, tb) in [
        (
            "Das Gericht bestätigte das Verbot am Dienstag.",
            "Das Gericht hob das Verbot am Dienstag auf.",
            "bestätigte",
            "hob das Verbot am Dienstag auf",
        ),
        (
            "Le tribunal a confirmé l'interdiction mardi.",
            "Le tribunal a annulé l'interdiction mardi.",
            "confirmé",
            "annulé",
        ),
        (
            "Le tribunal administratif a suspendu l'arrêté mardi.",
            "Le tribunal administratif a validé l'arrêté mardi.",
            "suspendu",
            "validé",
        ),
        (
            "The Supreme Court on Thursday blocked the law.",
            "The Supreme Court on Thursday upheld the law.",
            "blocked",
            "upheld",
        ),
    ] {
        flagged_each_way(a, b, ta, tb);
    }
}

#[test]
fn a_ruling_of_two_things_or_two_subjects_or_in_other_words_is_no_flag() {
    // Two things ruled on.
    unflagged(
        "Le tribunal a validé la décision mardi.",
        "Le tribunal a suspendu l'interdiction mardi.",
    );
    // Two subjects.
    unflagged(
        "The Supreme Court on Thursday blocked the law.",
        "Congress on Thursday upheld the law.",
    );
    // The same outcome, the words in another order.
    unflagged(
        "Das Gericht bestätigte das Verbot am Dienstag.",
        "Das Gericht bestätigte am Dienstag das Verbot.",
    );
}

#[test]
fn hostages_freed_against_still_held_is_flagged() {
    for (a, b, ta, tb) in [
        (
            "The hostages were released on Sunday.",
            "The hostages were still being held on Sunday.",
            "released",
            "still being held",
        ),
        (
            "Los rehenes fueron liberados el domingo.",
            "Los rehenes siguen secuestrados el domingo.",
            "liberados",
            "siguen secuestrados",
        ),
        (
            "Die Geiseln wurden am Sonntag freigelassen.",
            "Die Geiseln befinden sich am Sonntag weiter in Gefangenschaft.",
            "freigelassen",
            "weiter in Gefangenschaft",
        ),
        (
            "Les otages ont été libérés dimanche.",
            "Les otages sont toujours retenus dimanche.",
            "libérés",
            "toujours retenus",
        ),
    ] {
        flagged_each_way(a, b, ta, tb);
    }
}

#[test]
fn hostages_in_other_words_or_told_in_turn_are_no_flag() {
    unflagged(
        "The hostages were released on Sunday.",
        "The hostages were freed on Sunday.",
    );
    unflagged(
        "Les otages ont été libérés dimanche.",
        "Les otages ont été libérés dimanche après avoir été toujours retenus pendant des mois.",
    );
}

#[test]
fn german_suspects_arrested_against_let_go_is_flagged_but_not_both_in_turn() {
    flagged_each_way(
        "Die Polizei nahm zwei Verdächtige fest.",
        "Die Polizei ließ zwei Verdächtige frei.",
        "nahm zwei Verdächtige fest",
        "ließ zwei Verdächtige frei",
    );
    unflagged(
        "Die Polizei nahm zwei Verdächtige fest und ließ sie später wieder frei.",
        "Die Polizei nahm zwei Verdächtige fest.",
    );
}

#[test]
fn a_fire_not_yet_under_control_is_flagged_after_still_or_yet() {
    flagged_each_way(
        "L'incendio è stato domato mercoledì.",
        "L'incendio non è ancora stato domato mercoledì.",
        "domato",
        "non è ancora stato domato",
    );
    unflagged(
        "L'incendio è stato domato mercoledì.",
        "L'incendio è stato spento mercoledì.",
    );
}

#[test]
fn an_incumbent_re_elected_against_beaten_is_flagged_but_not_a_win() {
    flagged_each_way(
        "Le candidat sortant a été réélu avec 54 % des voix.",
        "Le candidat sortant a été battu avec 54 % des voix.",
        "réélu",
        "été battu",
    );
    flagged_each_way(
        "The incumbent was re-elected on Sunday.",
        "The incumbent was defeated on Sunday.",
        "re-elected",
        "was defeated",
    );
    // "battu son rival" is a win.
    unflagged(
        "Le candidat sortant a été réélu avec 54 % des voix.",
        "Le candidat sortant a battu son rival avec 54 % des voix.",
    );
}

#[test]
fn a_transfer_to_two_clubs_is_flagged() {
    for (a, b, ta, tb) in [
        (
            "The striker signed for Chelsea for £60m.",
            "The striker signed for Arsenal for £60m.",
            "Chelsea",
            "Arsenal",
        ),
        (
            "Der Stürmer wechselt für 80 Millionen Euro zu Bayern.",
            "Der Stürmer wechselt für 80 Millionen Euro zu Real Madrid.",
            "Bayern",
            "Real Madrid",
        ),
        (
            "El delantero fichó por el Real Madrid por 80 millones de euros.",
            "El delantero fichó por el Bayern por 80 millones de euros.",
            "Real Madrid",
            "Bayern",
        ),
    ] {
        flagged_each_way(a, b, ta, tb);
    }
}

#[test]
fn a_transfer_to_one_club_or_of_two_players_is_no_flag() {
    unflagged(
        "The striker signed for Chelsea for £60m.",
        "The striker signed for Chelsea FC for £60m.",
    );
    unflagged(
        "The striker signed for Chelsea for £60m.",
        "The goalkeeper signed for Arsenal for £60m.",
    );
}

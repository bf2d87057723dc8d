//! Tests of session 39 (the rest of trial 41 F2): a transfer to two clubs in Italian,
//! French, Portuguese and Dutch (a club written with an elided article, "all'Inter");
//! seats won against lost, in English and five other languages; a fire stabilised against
//! still without control; a ransom not paid against paid, told with two forms of a
//! Romance verb ("não pagou" / "foi pago"); a legal fight kept up against dropped ("would
//! keep fighting for the law" / "would drop the case"). The same outcome in other words,
//! two subjects, the other state negated are no flag.

use super::tests_fates::{flagged_each_way, unflagged};

#[test]
fn a_transfer_to_two_clubs_is_flagged_in_italian_french_portuguese_and_dutch() {
    for (a, b, ta, tb) in [
        (
            "L'attaccante è passato alla Juventus per 50 milioni.",
            "L'attaccante è passato all'Inter per 50 milioni.",
            "Juventus",
            "Inter",
        ),
        (
            "Le milieu de terrain a rejoint le PSG pour 40 millions d'euros.",
            "Le milieu de terrain a rejoint l'OM pour 40 millions d'euros.",
            "PSG",
            "OM",
        ),
        (
            "Le milieu de terrain a signé au Real Madrid jeudi.",
            "Le milieu de terrain a signé pour le Bayern jeudi.",
            "Real Madrid",
            "Bayern",
        ),
        (
            "O avançado assinou pelo Benfica por cinco épocas.",
            "O avançado assinou com o Sporting por cinco épocas.",
            "Benfica",
            "Sporting",
        ),
        (
            "O avançado foi transferido para o Benfica por 20 milhões.",
            "O avançado foi transferido para o Porto por 20 milhões.",
            "Benfica",
            "Porto",
        ),
        (
            "De spits tekent bij Ajax voor vier seizoenen.",
            "De spits tekent bij Feyenoord voor vier seizoenen.",
            "Ajax",
            "Feyenoord",
        ),
    ] {
        flagged_each_way(a, b, ta, tb);
    }
}

#[test]
fn a_transfer_to_one_club_told_two_ways_is_no_flag() {
    // The club left named too: the club moved to is the one compared.
    unflagged(
        "L'attaccante è passato alla Juventus per 50 milioni.",
        "L'attaccante è passato dall'Inter alla Juventus per 50 milioni.",
    );
    unflagged(
        "Le milieu de terrain a rejoint le PSG jeudi.",
        "Le milieu de terrain s'est engagé avec le PSG jeudi.",
    );
    // Two players.
    unflagged(
        "L'attaccante è passato alla Juventus per 50 milioni.",
        "Il portiere è passato all'Inter per 50 milioni.",
    );
    // A treaty signed is no club.
    unflagged(
        "The president signed the Paris Agreement on Monday.",
        "The president signed the Kyoto Protocol on Monday.",
    );
}

#[test]
fn seats_won_against_lost_are_flagged() {
    for (a, b, ta, tb) in [
        (
            "The ruling party won 52 seats.",
            "The ruling party lost 52 seats.",
            "won",
            "lost",
        ),
        (
            "Le parti au pouvoir a remporté 52 sièges.",
            "Le parti au pouvoir a perdu 52 sièges.",
            "remporté",
            "perdu",
        ),
        (
            "El partido del Gobierno ganó 52 escaños.",
            "El partido del Gobierno perdió 52 escaños.",
            "ganó",
            "perdió",
        ),
        (
            "Die Regierungspartei gewann 52 Sitze.",
            "Die Regierungspartei verlor 52 Sitze.",
            "gewann",
            "verlor",
        ),
    ] {
        flagged_each_way(a, b, ta, tb);
    }
}

#[test]
fn seats_won_told_two_ways_or_by_two_parties_are_no_flag() {
    unflagged(
        "The ruling party won 52 seats.",
        "The ruling party took 52 seats.",
    );
    unflagged(
        "The ruling party won 52 seats.",
        "The opposition lost 52 seats.",
    );
    unflagged(
        "Le parti au pouvoir a remporté 52 sièges.",
        "Le parti au pouvoir a gagné 52 sièges.",
    );
}

#[test]
fn a_fire_stabilised_against_still_without_control_is_flagged() {
    for (a, b, ta, tb) in [
        (
            "El incendio sigue sin control.",
            "Los bomberos dieron el incendio por estabilizado a medianoche.",
            "sin control",
            "estabilizado",
        ),
        (
            "The wildfire was stabilised overnight.",
            "The wildfire is still burning.",
            "stabilised",
            "still burning",
        ),
        (
            "L'incendio è ancora fuori controllo.",
            "L'incendio è stato stabilizzato nella notte.",
            "fuori controllo",
            "stabilizzato",
        ),
    ] {
        flagged_each_way(a, b, ta, tb);
    }
}

#[test]
fn a_fire_stabilised_told_two_ways_or_no_longer_out_of_control_is_no_flag() {
    unflagged(
        "Los bomberos dieron el incendio por estabilizado a medianoche.",
        "Los bomberos dieron el incendio por controlado a medianoche.",
    );
    unflagged(
        "The fire is no longer out of control.",
        "The fire was stabilised overnight.",
    );
    // A patient stabilised is no fire.
    unflagged(
        "El incendio sigue sin control.",
        "El herido fue estabilizado en el hospital.",
    );
}

#[test]
fn a_ransom_not_paid_against_paid_is_flagged() {
    flagged_each_way(
        "O Governo não pagou qualquer resgate.",
        "Foi pago um resgate.",
        "não pagou",
        "pago",
    );
    flagged_each_way(
        "El Gobierno no pagó ningún rescate.",
        "Se pagó un rescate.",
        "no pagó",
        "pagó",
    );
}

#[test]
fn a_ransom_not_paid_on_both_sides_is_no_flag() {
    unflagged(
        "O Governo não pagou qualquer resgate.",
        "Não foi pago qualquer resgate.",
    );
}

#[test]
fn a_legal_fight_kept_up_against_dropped_is_flagged() {
    flagged_each_way(
        "Paxton said he would keep fighting for the law.",
        "Paxton said the state would drop the case.",
        "keep fighting",
        "drop the case",
    );
    flagged_each_way(
        "El fiscal dijo que seguirá luchando por la ley.",
        "El fiscal dijo que retirará la demanda.",
        "seguirá luchando",
        "retirará la demanda",
    );
}

#[test]
fn a_legal_fight_kept_up_told_two_ways_or_of_no_case_is_no_flag() {
    unflagged(
        "Paxton said he would keep fighting for the law.",
        "Paxton said the state would continue to fight for the law.",
    );
    // A fire fought, no case.
    unflagged(
        "Firefighters kept fighting the blaze overnight.",
        "Paxton said the state would drop the case.",
    );
    // Dropping the case denied is keeping it up.
    unflagged(
        "Paxton said he would keep fighting for the law.",
        "Paxton said the state would not drop the case.",
    );
}

//! Tests after trial 40 (T2, T3): who bought whom ("Novaris agreed to buy Helixa" /
//! "Helixa agreed to buy Novaris", in seven languages, and the passive), who advised whom
//! (the advisers swapped), winners told in forms the who-won rule missed (es "al
//! imponerse por 2-1 al Athletic", it "Il Napoli ha battuto la Juventus", pt "venceu"),
//! and a score read as one value, not two figures ("2-1" against "70" or "diez").

use super::test_util::{flags_of, no_number_flag};
use super::tests_trial39_who::winner_swapped as swapped;
use super::tests_winner::agrees;
use crate::matcher::DiscrepancyKind;

#[test]
fn the_buyer_and_the_target_swapped_are_flagged_in_seven_languages() {
    for (a, b) in [
        (
            "Novaris agreed to buy Helixa for $12.4 billion.",
            "Helixa agreed to buy Novaris for $12.4 billion.",
        ),
        (
            "Helixa was acquired by Novaris for $12.4 billion.",
            "Novaris was acquired by Helixa for $12.4 billion.",
        ),
        (
            "Novaris va racheter Helixa pour 12,4 milliards de dollars.",
            "Helixa va racheter Novaris pour 12,4 milliards de dollars.",
        ),
        (
            "Novaris übernimmt Helixa für 12,4 Milliarden Dollar.",
            "Helixa übernimmt Novaris für 12,4 Milliarden Dollar.",
        ),
        (
            "Novaris comprará Helixa por 12.400 millones de dólares.",
            "Helixa comprará Novaris por 12.400 millones de dólares.",
        ),
        (
            "Novaris adquirirá Helixa por 12.400 millones de dólares.",
            "Helixa adquirirá Novaris por 12.400 millones de dólares.",
        ),
        (
            "Novaris acquisirà Helixa per 12,4 miliardi di dollari.",
            "Helixa acquisirà Novaris per 12,4 miliardi di dollari.",
        ),
        (
            "A Novaris vai comprar a Helixa por 12,4 mil milhões de dólares.",
            "A Helixa vai comprar a Novaris por 12,4 mil milhões de dólares.",
        ),
        (
            "Novaris neemt Helixa over voor 12,4 miljard dollar.",
            "Helixa neemt Novaris over voor 12,4 miljard dollar.",
        ),
    ] {
        let wa = if a.starts_with("Helixa was") {
            "Helixa"
        } else {
            "Novaris"
        };
        let wb = if wa == "Helixa" { "Novaris" } else { "Helixa" };
        swapped(a, b, wa, wb);
    }
    // The active against the passive: "Helixa agreed to buy Novaris" / "Helixa was
    // acquired by Novaris".
    swapped(
        "Helixa agreed to buy Novaris for $12.4 billion.",
        "Helixa was acquired by Novaris for $12.4 billion.",
        "Helixa",
        "Helixa",
    );
}

#[test]
fn the_same_deal_told_in_other_words_is_no_flag() {
    for (a, b) in [
        (
            "Novaris agreed to buy Helixa for $12.4 billion.",
            "Helixa was acquired by Novaris for $12.4 billion.",
        ),
        (
            "Swiss drugmaker Novaris AG agreed on Wednesday to buy U.S. biotech firm Helixa Therapeutics for $12.4 billion in cash.",
            "Novaris has agreed to acquire Helixa Therapeutics in a $12bn all-cash deal, the Swiss pharmaceutical group said.",
        ),
        (
            "Novaris va racheter Helixa.",
            "Helixa a été rachetée par Novaris.",
        ),
        // Another target of the same buyer is no swap.
        (
            "Novaris agreed to buy Helixa.",
            "Novaris agreed to buy the gene therapy unit of Helixa.",
        ),
        // "neemt deel": no takeover.
        ("Novaris neemt deel aan Helixa.", "Helixa neemt deel aan Novaris."),
        // A deal and a game are never compared.
        ("Novaris bought Helixa.", "Helixa beat Novaris 2-1."),
    ] {
        agrees(a, b);
    }
}

#[test]
fn a_part_of_the_buyer_bought_by_the_target_is_another_deal() {
    swapped(
        "Swiss drugmaker Novaris AG agreed on Wednesday to buy U.S. biotech firm Helixa Therapeutics for $12.4 billion in cash.",
        "Helixa Therapeutics agreed on Wednesday to buy the gene therapy unit of Swiss drugmaker Novaris AG for $2.1 billion in cash.",
        "Novaris AG",
        "Helixa Therapeutics",
    );
}

#[test]
fn the_advisers_swapped_are_flagged() {
    swapped(
        "Goldman Sachs advised Novaris, and Morgan Stanley advised Helixa.",
        "Morgan Stanley advised Novaris, and Goldman Sachs advised Helixa.",
        "Goldman Sachs advised Novaris",
        "Morgan Stanley advised Novaris",
    );
    swapped(
        "Goldman Sachs advised Novaris, and Morgan Stanley advised Helixa.",
        "Morgan Stanley advised Novaris and Goldman Sachs advised Helixa.",
        "Goldman Sachs advised Novaris",
        "Morgan Stanley advised Novaris",
    );
    for (a, b) in [
        (
            "Goldman Sachs advised Novaris, and Morgan Stanley advised Helixa.",
            "Goldman Sachs advised Novaris and Morgan Stanley advised Helixa.",
        ),
        // Two advisers of one side, the other sentence naming one: no swap.
        (
            "Goldman Sachs advised Novaris.",
            "Morgan Stanley advised Novaris.",
        ),
    ] {
        agrees(a, b);
    }
}

#[test]
fn winners_told_in_the_missed_forms_swapped_are_flagged() {
    swapped(
        "El Betis ganó la final al imponerse por 2-1 al Athletic.",
        "El Athletic ganó la final al imponerse por 2-1 al Betis.",
        "Betis",
        "Athletic",
    );
    swapped(
        "El Real Betis conquistó este sábado su cuarta Copa del Rey al imponerse por 2-1 al Athletic Club en la final.",
        "El Athletic Club conquistó este sábado la Copa del Rey al imponerse por 2-1 al Real Betis en la final.",
        "Real Betis",
        "Athletic Club",
    );
    swapped(
        "Il Napoli ha battuto la Juventus 2-1 nella finale.",
        "La Juventus ha battuto il Napoli 2-1 nella finale.",
        "Napoli",
        "Juventus",
    );
    swapped(
        "O Benfica venceu o FC Porto por 2-1 na final.",
        "O FC Porto venceu o Benfica por 2-1 na final.",
        "Benfica",
        "FC Porto",
    );
    swapped(
        "El Betis se proclamó campeón tras derrotar 2-1 al Athletic.",
        "El Athletic se proclamó campeón tras derrotar 2-1 al Betis.",
        "Betis",
        "Athletic",
    );
}

#[test]
fn the_same_winner_in_the_new_forms_is_no_flag() {
    for (a, b) in [
        (
            "El Betis ganó la final al imponerse por 2-1 al Athletic.",
            "El Betis venció 2-1 al Athletic en la final.",
        ),
        (
            "El Betis ganó la final al imponerse por 2-1 al Athletic.",
            "El Athletic perdió la final 2-1 ante el Betis.",
        ),
        (
            "Il Napoli ha battuto la Juventus 2-1 nella finale.",
            "La Juventus ha perso 2-1 contro il Napoli.",
        ),
        (
            "O Benfica venceu o FC Porto por 2-1 na final.",
            "O Benfica venceu a Taça de Portugal.",
        ),
    ] {
        agrees(a, b);
    }
}

#[test]
fn a_score_is_one_value_not_two_figures() {
    let lead = "El Real Betis conquistó su cuarta Copa del Rey al imponerse por 2-1 al Athletic Club en la final.";
    no_number_flag(
        lead,
        "Yeray vio la roja directa en el minuto 70 y dejó al Athletic con diez.",
    );
    no_number_flag(
        "Cucho Hernández firmó el 2-1 definitivo.",
        "El Athletic terminó con diez jugadores tras la expulsión de Yeray.",
    );
    // The same score told as "1-2" with the sides in the other order is no flag, and a
    // score against another score is.
    no_number_flag(lead, "El Athletic Club perdió por 1-2 ante el Real Betis.");
    // A team's record in brackets is no score ("(11-4)" against a game's "20 - 13").
    no_number_flag(
        "Indianapolis (11-4) made an NFL-best fourth comeback this season.",
        "Colts beat Chiefs 20 - 13 to clinch playoff berth.",
    );
    let f = flags_of(
        DiscrepancyKind::Number,
        "El Betis firmó el 2-1 en la final.",
        "El Betis firmó el 3-1 en la final.",
    );
    assert_eq!(f.len(), 1, "{f:?}");
}

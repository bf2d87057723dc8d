//! Tests of counts told in Portuguese and Dutch (trial 36 F1, F2, F12.3, F16.2, F17.2): a
//! thousand or a hundred in words alone ("cerca de mil pessoas", "ongeveer duizend
//! pakken") against a figure, never when the word multiplies the figure before it ("12
//! mil hectares"); firefighters counted under two nouns ("operacionais" / "bombeiros",
//! one synonym class); a sentence asked for with the words of a sentence between verb and
//! figure ("tinha pedido uma pena de oito anos").

use super::test_util::{no_number_flag, number_flags};

/// Asserts that `a` / `b` get exactly one number flag, on `ta` / `tb`.
#[track_caller]
fn one_number_flag(a: &str, b: &str, ta: &str, tb: &str) {
    let got: Vec<(String, String)> = number_flags(a, b)
        .into_iter()
        .map(|(x, y, _)| (x, y))
        .collect();
    assert_eq!(got, vec![(ta.to_string(), tb.to_string())], "{a} / {b}");
}

#[test]
fn a_thousand_in_words_alone_is_a_figure_in_portuguese_and_dutch() {
    one_number_flag(
        "Cerca de mil pessoas foram retiradas.",
        "Cerca de 1500 pessoas foram retiradas.",
        "Cerca de mil pessoas",
        "Cerca de 1500 pessoas",
    );
    one_number_flag(
        "Ongeveer duizend pakken zijn teruggeroepen.",
        "Ongeveer 1500 pakken zijn teruggeroepen.",
        "Ongeveer duizend pakken",
        "Ongeveer 1500 pakken",
    );
    for (a, b) in [
        (
            "Cerca de mil pessoas foram retiradas.",
            "Cerca de 1000 pessoas foram retiradas.",
        ),
        (
            "Ongeveer duizend pakken zijn teruggeroepen.",
            "Ongeveer 1000 pakken zijn teruggeroepen.",
        ),
        // After a figure or a number word the word multiplies it: not a thousand.
        (
            "O fogo já consumiu 12 mil hectares.",
            "O fogo já consumiu 12.000 hectares.",
        ),
        (
            "Três mil pessoas foram retiradas das aldeias.",
            "3.000 pessoas foram retiradas das aldeias.",
        ),
        (
            "Duzentos mil euros foram apreendidos pela polícia.",
            "200.000 euros foram apreendidos pela polícia.",
        ),
    ] {
        no_number_flag(a, b);
        no_number_flag(b, a);
    }
}

#[test]
fn firefighters_counted_under_two_portuguese_nouns_are_compared() {
    one_number_flag(
        "Mais de 900 operacionais combatiam as chamas.",
        "Cerca de 700 bombeiros combatiam as chamas.",
        "Mais de 900 operacionais",
        "Cerca de 700 bombeiros",
    );
    no_number_flag(
        "Cerca de 900 operacionais combatiam as chamas.",
        "Cerca de 900 bombeiros combatiam as chamas.",
    );
}

#[test]
fn a_sentence_asked_for_is_compared_with_one_asked_for_through_the_words_of_a_sentence() {
    one_number_flag(
        "O Ministério Público tinha pedido uma pena de oito anos.",
        "O Ministério Público pediu sete anos de prisão.",
        "oito anos",
        "sete anos",
    );
    // A sentence asked for against the one imposed: two facts.
    no_number_flag(
        "O Ministério Público tinha pedido uma pena de oito anos.",
        "Rui Almeida foi condenado a sete anos de prisão.",
    );
}

#[test]
fn dutch_one_with_its_accents_is_a_figure_and_the_article_is_not() {
    // (The flag's text stops at the adjective: "oudere" is read as the counted noun.)
    one_number_flag(
        "Twee oudere mensen zijn overleden, zegt het RIVM.",
        "Eén persoon is overleden, aldus de NVWA.",
        "Twee oudere",
        "Eén persoon",
    );
    // The article "een" is no count against another figure.
    no_number_flag(
        "Een woordvoerder zei dat 43 mensen ziek zijn geworden.",
        "Een woordvoerster zei dat 43 mensen ziek zijn geworden.",
    );
    no_number_flag(
        "Eén persoon is overleden, zegt het RIVM.",
        "Eén persoon is overleden, aldus de NVWA.",
    );
}

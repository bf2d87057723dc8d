//! Tests of session 40 (trial 41/42 rest): two intentions compared as two fates ("would
//! keep fighting for the law" / "would drop the case"), while one intention against a
//! done act and a mere possibility stay unflagged; a level held in other words ("held
//! rates steady", "kept rates on hold", "sin cambios", "sans changement", "sem
//! alterações") against changed; none known against a count told with a number word
//! ("Slachtoffers zijn niet bekend" / "twee slachtoffers"). The same outcome in other
//! words, one sentence telling both, and the other state negated are no flag.

use super::tests_fates::{flagged_each_way, unflagged};

#[test]
fn two_intentions_of_a_legal_fight_are_compared() {
    flagged_each_way(
        "Texas Attorney General Ken Paxton said he would keep fighting for the law.",
        "Attorney General Ken Paxton of Texas said the state would drop the case.",
        "keep fighting",
        "drop the case",
    );
}

#[test]
fn an_intention_against_a_done_act_or_a_possibility_is_no_flag() {
    for (a, b) in [
        // An intention against what was done.
        (
            "Paxton said he would keep fighting for the law.",
            "Paxton dropped the case on Monday.",
        ),
        // A possibility against an intention.
        (
            "Paxton said he could keep fighting for the law.",
            "Paxton said the state would drop the case.",
        ),
        // Two possibilities.
        (
            "The hostages could be released.",
            "The hostages could be killed.",
        ),
    ] {
        unflagged(a, b);
    }
}

#[test]
fn a_level_held_in_other_words_against_changed_is_flagged() {
    for (a, b, ta, tb) in [
        (
            "The central bank cut interest rates on Thursday.",
            "The central bank held interest rates steady on Thursday.",
            "cut",
            "steady",
        ),
        (
            "The central bank cut interest rates on Thursday.",
            "The central bank kept interest rates on hold on Thursday.",
            "cut",
            "hold",
        ),
        (
            "El banco central bajó los tipos de interés el jueves.",
            "El banco central mantuvo los tipos de interés sin cambios el jueves.",
            "bajó",
            "cambios",
        ),
        (
            "La banque centrale a baissé ses taux jeudi.",
            "La banque centrale a laissé ses taux sans changement jeudi.",
            "baissé",
            "changement",
        ),
        (
            "O banco central baixou os juros na quinta-feira.",
            "O banco central manteve os juros sem alterações na quinta-feira.",
            "baixou",
            "alterações",
        ),
    ] {
        flagged_each_way(a, b, ta, tb);
    }
}

#[test]
fn a_level_held_told_twice_or_words_of_other_senses_are_no_flag() {
    for (a, b) in [
        // The same hold in other words.
        (
            "The central bank held interest rates steady on Thursday.",
            "The central bank left interest rates unchanged on Thursday.",
        ),
        (
            "El banco central mantuvo los tipos de interés sin cambios.",
            "El banco central dejó los tipos de interés inalterados.",
        ),
        // Changes announced, not none; a meeting held; growth steady.
        (
            "El banco central anunció cambios en los tipos de interés.",
            "El banco central bajó los tipos de interés.",
        ),
        (
            "The central bank will hold a meeting on rates.",
            "The central bank cut rates.",
        ),
        (
            "The bank reported steady interest income.",
            "The central bank cut interest rates.",
        ),
        // One sentence telling both in sequence.
        (
            "The bank held rates steady in May, then cut rates in June.",
            "The bank cut rates in June.",
        ),
    ] {
        unflagged(a, b);
    }
}

#[test]
fn none_known_against_a_count_told_with_a_number_word_is_flagged() {
    flagged_each_way(
        "Slachtoffers zijn niet bekend, aldus de politie.",
        "Volgens de politie zijn er twee slachtoffers.",
        "Slachtoffers zijn niet bekend",
        "twee slachtoffers",
    );
    // A number word of another thing, and no count at all.
    for (a, b) in [
        (
            "Slachtoffers zijn niet bekend, aldus de politie.",
            "Volgens de politie zijn er twee auto's betrokken.",
        ),
        (
            "Slachtoffers zijn niet bekend, aldus de politie.",
            "Volgens de politie zijn er slachtoffers gevallen.",
        ),
    ] {
        unflagged(a, b);
    }
}

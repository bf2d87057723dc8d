//! Tests of session 52's counts of a named thing: a count whose noun has a name before it
//! ("Eight Canadair planes") against a count of that name ("Six Canadair", it "Sei
//! Canadair stanno sganciando acqua") is one thing counted, so two figures differ
//! (`numbers/named_before.rs`); the same figure, or a common word before the noun ("Eight
//! fire engines" / "Six fires"), gives no flag.

use super::test_util::{no_number_flag, one_flag};

const PLANES: &str = "Eight Canadair planes were dropping water.";

#[test]
fn a_count_of_a_name_against_a_count_of_its_noun_differs() {
    // Session 52, the tester's kind, in English and Italian.
    one_flag(
        PLANES,
        "Six Canadair were dropping water.",
        "Eight Canadair planes",
        "Six Canadair",
        false,
    );
    one_flag(
        PLANES,
        "Sei Canadair stanno sganciando acqua sulle fiamme.",
        "Eight Canadair planes",
        "Sei Canadair",
        false,
    );
}

#[test]
fn the_same_figure_or_a_common_word_before_the_noun_is_no_flag() {
    for (a, b) in [
        (PLANES, "Eight Canadair were dropping water."),
        (
            PLANES,
            "Otto Canadair stanno sganciando acqua sulle fiamme.",
        ),
        // A common word before the noun names no thing counted.
        (
            "Eight fire engines were at the scene.",
            "Six fires were burning.",
        ),
        // A name before a noun the other side does not count.
        (
            "Eight Canadair planes were dropping water.",
            "Six helicopters were dropping water.",
        ),
    ] {
        no_number_flag(a, b);
    }
}

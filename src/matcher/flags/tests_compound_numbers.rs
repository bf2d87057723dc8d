//! Tests of compound cardinals written in words in French, Spanish, Portuguese, Italian
//! and German (trial 29, F1 and F2; `numbers/compound.rs`): the same figure in words and
//! in digits is no flag, two different ones are compared as whole numbers.

use super::test_util::{no_flag, no_number_flag, number_flags};
use super::DiscrepancyKind;

#[test]
fn a_compound_in_words_and_its_digits_agree() {
    for (a, b) in [
        (
            "Quarante-sept personnes ont été interpellées à Paris.",
            "47 personnes ont été interpellées à Paris.",
        ),
        (
            "Cuarenta y siete personas fueron detenidas en Madrid.",
            "47 personas fueron detenidas en Madrid.",
        ),
        (
            "Quarenta e sete pessoas foram detidas em Lisboa.",
            "47 pessoas foram detidas em Lisboa.",
        ),
        (
            "Quarantasette persone sono state arrestate a Roma.",
            "47 persone sono state arrestate a Roma.",
        ),
        (
            "Catorze pessoas morreram no incêndio em Lisboa.",
            "14 pessoas morreram no incêndio em Lisboa.",
        ),
        (
            "Vinte e uma casas foram destruídas pelo fogo.",
            "21 casas foram destruídas pelo fogo.",
        ),
    ] {
        no_number_flag(a, b);
    }
}

#[test]
fn two_compounds_in_words_are_compared_whole() {
    for (a, b) in [
        (
            "Quarante-sept personnes ont été interpellées à Paris.",
            "Quarante-cinq personnes ont été interpellées à Paris.",
        ),
        (
            "Cuarenta y siete personas fueron detenidas en Madrid.",
            "Treinta y siete personas fueron detenidas en Madrid.",
        ),
        (
            "Quarantasette persone sono state arrestate a Roma.",
            "Quarantacinque persone sono state arrestate a Roma.",
        ),
        (
            "Catorze pessoas ficaram feridas no acidente.",
            "Dezoito pessoas ficaram feridas no acidente.",
        ),
        (
            "Die Polizei nahm am Sonntag siebenundvierzig Menschen fest.",
            "Die Polizei nahm am Sonntag fünfundvierzig Menschen fest.",
        ),
    ] {
        assert_eq!(number_flags(a, b).len(), 1, "{a} / {b}");
        assert_eq!(number_flags(b, a).len(), 1, "{b} / {a}");
    }
}

#[test]
fn a_compound_before_a_multiplier_is_read_with_it() {
    // "quarante-sept mille" is 47,000 (session 55, `numbers/multiplied.rs`; it was not
    // read before), no 47 against 45.
    let f = number_flags(
        "Quarante-sept mille personnes ont manifesté à Paris.",
        "Quarante-cinq personnes ont manifesté à Paris.",
    );
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].0, "Quarante-sept mille personnes");
    no_number_flag(
        "Quarante-sept mille personnes ont manifesté à Paris.",
        "47 000 personnes ont manifesté à Paris.",
    );
}

/// A number word at a sentence's start is a count, not a person's name: no person flag
/// beside the number flag.
#[test]
fn a_number_word_is_no_name() {
    no_flag(
        DiscrepancyKind::Person,
        "Siebenundvierzig Menschen wurden am Sonntag festgenommen.",
        "Fünfundvierzig Menschen wurden am Sonntag festgenommen.",
    );
}

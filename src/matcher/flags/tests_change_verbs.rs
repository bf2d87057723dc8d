//! Tests of the verbs of change read from one lexicon list (`lexicon::changes`): each
//! reader now knows the forms another list had. A change told in another language than
//! English reads the verbs of a fall too ("est tombé de 15 à 10 morts": the figure now is
//! 10, the earlier one 15), not only those of a rise ("est passé de 10 à 15 morts").

use super::test_util::{no_number_flag, one_flag};

#[test]
fn a_fall_told_in_another_language_counts_its_last_figure() {
    for (change, earlier, now, ta, tb) in [
        (
            "Le bilan est tombé de 15 à 10 morts, selon la police.",
            "Le bilan est de 15 morts, selon la police.",
            "Le bilan est de 10 morts, selon la police.",
            "de 15 à 10 morts",
            "15 morts",
        ),
        (
            "Le bilan est passé de 10 à 15 morts, selon la police.",
            "Le bilan est de 10 morts, selon la police.",
            "Le bilan est de 15 morts, selon la police.",
            "de 10 à 15 morts",
            "10 morts",
        ),
    ] {
        one_flag(change, earlier, ta, tb, false);
        no_number_flag(change, now);
    }
}

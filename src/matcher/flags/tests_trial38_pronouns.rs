//! Tests of trial 38's F5 on the flags' side: "no one" and "nobody" share a stem for the
//! ranking (`lexicon/pronouns.rs`), but a quotation told with the other word is still
//! flagged, on the two words themselves (`quotes.rs` `same_wording`).

use super::test_util::{has_flag_each_way, no_flag_either};
use crate::matcher::DiscrepancyKind as K;

#[test]
fn a_quotation_told_with_the_other_pronoun_is_flagged_on_the_pronoun() {
    has_flag_each_way(
        K::Quote,
        "\"No one will be left behind,\" the governor said.",
        "\"Nobody will be left behind,\" the governor said.",
        "No one",
        "Nobody",
    );
    has_flag_each_way(
        K::Quote,
        "\"Everyone will get help,\" the governor said.",
        "\"Everybody will get help,\" the governor said.",
        "Everyone",
        "Everybody",
    );
    // The same words: no flag.
    no_flag_either(
        K::Quote,
        &[(
            "\"No one will be left behind,\" the governor said.",
            "\"No one will be left behind,\" the governor said on Tuesday.",
        )],
    );
}

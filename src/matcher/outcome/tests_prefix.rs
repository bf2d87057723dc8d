//! Tests of trial 28's F11 outcomes: a judgement and its opposite by a negative prefix
//! (`outcome/prefix.rs`: "lawful" / "unlawful"), and opposite reactions of one subject
//! ("celebrated" / "protested", `outcome/english.rs`).

use super::tests_fates::{flagged_each_way, unflagged};

#[test]
fn a_judgement_and_its_prefixed_opposite_are_flagged() {
    for (a, b, ta, tb) in [
        (
            "The five judges ruled unanimously that the ban was lawful.",
            "The judges found that the ban was unlawful.",
            "lawful",
            "unlawful",
        ),
        (
            "The court ruled the strike legal.",
            "The court ruled the strike illegal.",
            "legal",
            "illegal",
        ),
        (
            "The judges declared the law unconstitutional.",
            "The judges declared the law constitutional.",
            "unconstitutional",
            "constitutional",
        ),
        (
            "The election result is valid, the court said.",
            "The election result is invalid, the court said.",
            "valid",
            "invalid",
        ),
        (
            "Le tribunal a jugé que la grève était illégale.",
            "Le tribunal a jugé que la grève était légale.",
            "illégale",
            "légale",
        ),
        (
            "Das Gericht erklärte die Wahl für ungültig.",
            "Das Gericht erklärte die Wahl für gültig.",
            "ungültig",
            "gültig",
        ),
        (
            "El tribunal declaró inconstitucional la ley.",
            "El tribunal declaró constitucional la ley.",
            "inconstitucional",
            "constitucional",
        ),
    ] {
        flagged_each_way(a, b, ta, tb);
    }
}

#[test]
fn a_prefixed_word_that_is_no_judgement_is_no_flag() {
    for (a, b) in [
        // A modifier of a noun, a name: no judgement.
        (
            "The company took legal action against the ban.",
            "The ban was illegal, the company said.",
        ),
        (
            "The Constitutional Court heard the case on Monday.",
            "The law is unconstitutional, the court heard on Monday.",
        ),
        // Both sentences tell the same judgement.
        (
            "The judges found that the ban was unlawful.",
            "The ban was unlawful, the judges found.",
        ),
        // One sentence has both.
        (
            "The ban was lawful and the fine was unlawful.",
            "The ban was unlawful.",
        ),
    ] {
        unflagged(a, b);
    }
}

#[test]
fn opposite_reactions_of_one_subject_are_flagged() {
    flagged_each_way(
        "Environmental groups celebrated outside the court.",
        "Environmental activists protested outside the court.",
        "celebrated",
        "protested",
    );
    flagged_each_way(
        "The opposition welcomed the decision.",
        "The opposition condemned the decision.",
        "welcomed",
        "condemned",
    );
    flagged_each_way(
        "Des militants écologistes ont célébré la décision devant le tribunal.",
        "Des militants écologistes ont dénoncé la décision devant le tribunal.",
        "célébré",
        "dénoncé",
    );
    // Two subjects: each may have reacted so.
    unflagged(
        "Fans cheered outside the stadium.",
        "Residents protested outside the stadium.",
    );
    unflagged(
        "The government welcomed the ruling.",
        "Environmental groups condemned the ruling.",
    );
}

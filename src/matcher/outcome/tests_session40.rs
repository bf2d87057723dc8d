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

//! Tests of the outcome flags after trial 35 and session 32's flag counts: a question
//! left open against a decision that the open side also tells plainly ("Neither said
//! whether they would appeal …, but others said an appeal was certain"), a gerund told as
//! the subject of a hypothetical ("turning over the documents would violate …") against a
//! refusal.

use super::tests_fates::unflagged;
use super::*;
use crate::matcher::flags::flagged_texts;

fn hedge(a: &str, b: &str) -> Option<(String, String)> {
    flagged_texts(hedge_conflict, a, b)
}

fn pair(a: &str, b: &str) -> Option<(String, String)> {
    Some((a.to_string(), b.to_string()))
}

#[test]
fn an_open_question_the_open_side_also_decides_is_no_flag() {
    // flag_counts, paraphrase-train (label 1): the open side tells the appeal plainly
    // after "but"; the other tells it hedged ("was likely soon").
    let (a, b) = (
        "Neither immediately said his agency would appeal the decision, but many others following the case said an appeal was likely soon.",
        "Neither said whether they would appeal the decision but others said an appeal was certain.",
    );
    assert_eq!(hedge(a, b), None);
    assert_eq!(hedge(b, a), None);
    // A word hedged after it ("an appeal was likely") decides no open question.
    assert_eq!(
        hedge(
            "Prosecutors said an appeal was likely.",
            "Prosecutors have not said whether they will appeal."
        ),
        None
    );
    // Near cases that still flag: the open side says nothing more, the other tells the
    // decision plainly.
    assert_eq!(
        hedge(
            "Neither said whether they would appeal the decision.",
            "Both agencies said they would appeal the decision."
        ),
        pair("whether they would appeal", "appeal")
    );
    assert_eq!(
        hedge(
            "Prosecutors said an appeal was certain.",
            "Prosecutors have not decided whether to appeal."
        ),
        pair("appeal", "whether to appeal")
    );
    // The plain hedge still flags against the deed done.
    assert_eq!(
        hedge(
            "The suspect is expected to be charged on Monday.",
            "The suspect was charged on Monday."
        ),
        pair("expected to be charged", "charged")
    );
}

#[test]
fn a_gerund_subject_of_a_hypothetical_is_no_deed_against_a_refusal() {
    // flag_counts, paraphrase-train (label 1): session 32's wrong `turning ≠ refused to
    // turn`.
    unflagged(
        "Lay had contended that turning over the documents would violate his Fifth Amendment right against self-incrimination.",
        "Lay had refused to turn over the papers, asserting his Fifth Amendment right against self-incrimination.",
    );
    unflagged(
        "Officials said releasing the names could endanger the victims' families.",
        "Officials declined to release the names of the victims.",
    );
    // A deed done in "-ing" still contradicts the refusal: a progressive, a gerund after
    // "after", a gerund with no modal after it.
    for (a, b) in [
        (
            "Lay was turning over the documents to investigators.",
            "Lay had refused to turn over the documents.",
        ),
        (
            "After turning over the documents he would testify.",
            "He had refused to turn over the documents.",
        ),
        (
            "The company began releasing the names on Monday.",
            "The company declined to release the names.",
        ),
    ] {
        assert!(
            flagged_texts(outcome_conflict, a, b).is_some(),
            "{a} / {b}: no flag"
        );
    }
}

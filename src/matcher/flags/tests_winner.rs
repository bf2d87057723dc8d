//! Tests of the who-won rule of the outcome flag (`winner.rs`).

use super::winner::winner_conflict;
use crate::matcher::flags::flagged_texts;

fn who_won(a: &str, b: &str) -> Option<(String, String)> {
    flagged_texts(winner_conflict, a, b)
}

#[test]
fn the_winner_of_one_is_the_loser_of_the_other() {
    let a = "Arsenal beat Chelsea 2-1 on Sunday.";
    for (b, flagged) in [
        (
            "Chelsea beat Arsenal 2-1 on Sunday.",
            "Chelsea beat Arsenal",
        ),
        (
            "Chelsea defeated Arsenal on Sunday.",
            "Chelsea defeated Arsenal",
        ),
        (
            "Arsenal lost 2-1 to Chelsea on Sunday.",
            "Arsenal lost 2-1 to Chelsea",
        ),
        (
            "Arsenal were beaten 2-1 by Chelsea on Sunday.",
            "Arsenal were beaten 2-1 by Chelsea",
        ),
        ("Arsenal lost 1-2 at home on Sunday.", "Arsenal lost 1-2"),
        (
            "Chelsea won 2-1 against Arsenal on Sunday.",
            "Chelsea won 2-1",
        ),
    ] {
        let want = Some(("Arsenal beat Chelsea".to_string(), flagged.to_string()));
        assert_eq!(who_won(a, b), want, "{b}");
        let back = who_won(b, a).map(|(x, y)| (y, x));
        assert_eq!(back, want, "{b} / {a}");
    }
}

#[test]
fn the_same_result_told_another_way_is_no_flag() {
    let a = "Arsenal beat Chelsea 2-1 on Sunday.";
    for b in [
        "Arsenal beat Chelsea 2-1 on Sunday.",
        "Chelsea lost 2-1 to Arsenal on Sunday.",
        "Chelsea were defeated by Arsenal on Sunday.",
        "Arsenal won 2-1 at Stamford Bridge.",
        "Chelsea lost 1-2 at home.",
        // No result read: no flag.
        "Chelsea and Arsenal met on Sunday.",
        "Chelsea fans lost their voices.",
    ] {
        assert_eq!(who_won(a, b), None, "{b}");
        assert_eq!(who_won(b, a), None, "{b}");
    }
    // "lost" with no score is no game.
    assert_eq!(
        who_won("Smith won the seat.", "Smith lost his life in the crash."),
        None
    );
    // Names of several words: one word in common is one side.
    assert_eq!(
        who_won(
            "Manchester United beat Leeds United on Saturday.",
            "Leeds beat Manchester City on Saturday."
        ),
        Some((
            "Manchester United beat Leeds United".to_string(),
            "Leeds beat Manchester City".to_string()
        ))
    );
}

#[test]
fn a_swapped_result_is_an_outcome_flag() {
    use super::test_util::pair;
    use crate::matcher::DiscrepancyKind;
    let f = pair(
        "Nadal defeated Federer in the final.",
        "Federer defeated Nadal in the final.",
    );
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].kind, DiscrepancyKind::Outcome);
    assert!(!f[0].vague);
}

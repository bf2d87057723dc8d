//! Tests after trial 39 (N2): who won an election when the winner is swapped ("The CDU
//! narrowly won the election on Sunday, ahead of the AfD" / the reverse; German "knapp
//! vor der AfD", "stärkste Kraft"; "beating Reform UK"), and each party's share swapped
//! ("the CDU, which won 31.2 percent, while the AfD took 29.8 percent" / swapped: a
//! number flag, `vote_shares.rs`). The same winner told two ways, or one side naming only
//! the winner, is no flag.

use super::test_util::{flags_of, no_number_flag};
use super::tests_winner::{agrees, who_won};
use crate::matcher::DiscrepancyKind;

/// Asserts a who-won flag either way round, `a`'s flagged text starting with `wa` and
/// `b`'s with `wb` (the winner each names).
#[track_caller]
pub(super) fn winner_swapped(a: &str, b: &str, wa: &str, wb: &str) {
    let f = who_won(a, b);
    assert!(
        f.as_ref()
            .is_some_and(|(x, y)| x.starts_with(wa) && y.starts_with(wb)),
        "{a} / {b}: {f:?}"
    );
    let f = who_won(b, a);
    assert!(
        f.as_ref()
            .is_some_and(|(x, y)| x.starts_with(wb) && y.starts_with(wa)),
        "{b} / {a}: {f:?}"
    );
}

#[test]
fn the_winner_ahead_of_the_loser_swapped_is_flagged_in_five_languages() {
    for (a, b, wa, wb) in [
        (
            "The CDU narrowly won the election on Sunday, ahead of the AfD.",
            "The AfD narrowly won the election on Sunday, ahead of the CDU.",
            "CDU",
            "AfD",
        ),
        (
            "Die CDU hat die Wahl am Sonntag knapp vor der AfD gewonnen.",
            "Die AfD hat die Wahl am Sonntag knapp vor der CDU gewonnen.",
            "CDU",
            "AfD",
        ),
        (
            "CDU gewinnt Landtagswahl in Sachsen-Anhalt knapp vor der AfD",
            "Sachsen-Anhalt: AfD knapp vor CDU stärkste Kraft",
            "CDU",
            "AfD",
        ),
        (
            "Labour won the by-election in Runcorn by 14 votes, beating Reform UK.",
            "Reform UK won the by-election in Runcorn by 6 votes, beating Labour.",
            "Labour",
            "Reform UK",
        ),
        (
            "La CDU a remporté les élections dimanche, devant l'AfD.",
            "L'AfD a remporté les élections dimanche, devant la CDU.",
            "CDU",
            "L'AfD",
        ),
        (
            "La CDU ganó las elecciones el domingo, por delante de la AfD.",
            "La AfD ganó las elecciones el domingo, por delante de la CDU.",
            "CDU",
            "AfD",
        ),
        (
            "La CDU ha vinto le elezioni domenica, davanti all'AfD.",
            "L'AfD ha vinto le elezioni domenica, davanti alla CDU.",
            "CDU",
            "L'AfD",
        ),
    ] {
        winner_swapped(a, b, wa, wb);
    }
}

/// Two winners of one election, neither sentence naming the other's winner: "Die CDU hat
/// die Landtagswahl … gewonnen" / "Die AfD ist bei der Landtagswahl … stärkste Kraft
/// geworden".
#[test]
fn two_first_places_of_one_election_differ() {
    winner_swapped(
        "Die CDU hat die Landtagswahl in Sachsen-Anhalt am Sonntag knapp gewonnen.",
        "Die AfD ist bei der Landtagswahl in Sachsen-Anhalt am Sonntag stärkste Kraft geworden.",
        "CDU",
        "AfD",
    );
    // After a dateline: the subject opens its clause.
    winner_swapped(
        "Magdeburg (dpa) - Die CDU hat die Landtagswahl in Sachsen-Anhalt am Sonntag knapp gewonnen.",
        "Die AfD ist bei der Landtagswahl in Sachsen-Anhalt am Sonntag stärkste Kraft geworden.",
        "CDU",
        "AfD",
    );
    // The flag runs to the participle.
    assert_eq!(
        who_won(
            "Die CDU hat die Wahl knapp gewonnen.",
            "Die AfD hat die Wahl knapp gewonnen."
        ),
        Some((
            "CDU hat die Wahl knapp gewonnen".to_string(),
            "AfD hat die Wahl knapp gewonnen".to_string()
        ))
    );
    agrees(
        "Magdeburg (dpa) - Die AfD ist bei der Landtagswahl am Sonntag stärkste Kraft geworden.",
        "Die AfD hat die Landtagswahl am Sonntag knapp gewonnen.",
    );
}

#[test]
fn the_same_winner_told_two_ways_or_alone_is_no_flag() {
    let a = "The CDU narrowly won the election on Sunday, ahead of the AfD.";
    for b in [
        "The CDU narrowly won the election on Sunday, ahead of the AfD.",
        "The AfD came second behind the CDU in Sunday's election.",
        "The CDU won the election on Sunday.",
        "The CDU narrowly won the election on Sunday.",
        "The CDU became the largest party on Sunday, ahead of the AfD.",
        "The AfD and the CDU fought a close race on Sunday.",
    ] {
        agrees(a, b);
    }
    agrees(
        "CDU gewinnt Landtagswahl in Sachsen-Anhalt knapp vor der AfD",
        "Sachsen-Anhalt: CDU knapp vor AfD stärkste Kraft",
    );
    agrees(
        "Die CDU hat die Wahl am Sonntag knapp vor der AfD gewonnen.",
        "Die CDU hat die Wahl am Sonntag gewonnen.",
    );
    // "vor" of a time is no loser.
    agrees(
        "Die CDU hat die Wahl vor vier Jahren gewonnen.",
        "Die CDU hat die Wahl am Sonntag gewonnen.",
    );
}

/// Asserts the one number flag of `a` / `b`, on `ta` / `tb`.
#[track_caller]
fn one_number_flag(a: &str, b: &str, ta: &str, tb: &str) {
    assert_eq!(
        flags_of(DiscrepancyKind::Number, a, b),
        vec![(ta.to_string(), tb.to_string(), false)],
        "{a} / {b}"
    );
}

/// The flag names the first party of the first sentence whose share differs: its two
/// figures.
#[test]
fn each_partys_share_swapped_is_a_number_flag() {
    let (a, b) = (
        "Voters chose the CDU, which won 31.2 percent, while the AfD took 29.8 percent.",
        "Voters chose the AfD, which won 31.2 percent, while the CDU took 29.8 percent.",
    );
    one_number_flag(a, b, "CDU, which won 31.2 percent", "CDU took 29.8 percent");
    one_number_flag(b, a, "AfD, which won 31.2 percent", "AfD took 29.8 percent");
    let (a, b) = (
        "Die CDU kam auf 31,2 Prozent, die AfD auf 29,8 Prozent.",
        "Die AfD kam auf 31,2 Prozent, die CDU auf 29,8 Prozent.",
    );
    one_number_flag(a, b, "CDU kam auf 31,2 Prozent", "CDU auf 29,8 Prozent");
    one_number_flag(b, a, "AfD kam auf 31,2 Prozent", "AfD auf 29,8 Prozent");
}

#[test]
fn the_same_shares_or_one_partys_share_alone_is_no_swap() {
    let a = "Die CDU kam auf 31,2 Prozent, die AfD auf 29,8 Prozent.";
    for b in [
        "Die CDU kam auf 31,2 Prozent, die AfD auf 29,8 Prozent.",
        "Die AfD kam auf 29,8 Prozent, die CDU auf 31,2 Prozent.",
        "Die CDU erreichte 31,2 Prozent der Stimmen.",
    ] {
        no_number_flag(a, b);
    }
    // One sentence gives only the CDU's share, the other both, swapped: the figure
    // differs only in whose it is, which one binding does not tell.
    assert_eq!(
        flags_of(
            DiscrepancyKind::Number,
            "Nach dem Endergebnis kam die Partei von Sven Schulze auf 31,2 Prozent der Stimmen.",
            "Sie kam laut Endergebnis auf 31,2 Prozent, die CDU von Sven Schulze erreichte 29,8 Prozent."
        ),
        vec![]
    );
}

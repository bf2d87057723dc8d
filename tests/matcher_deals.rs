//! Who won and who bought whom, swapped (trial 40, T2 / T3): a cup final told with the
//! winner swapped gets an outcome flag on its lead ("al imponerse por 2-1 al Athletic
//! Club" / "al Real Betis"), and a score is one value, never a figure against a minute or
//! a count ("2-1" / "70", "1" / "diez"); a takeover told the other way round (m1 / m3:
//! Novaris buys Helixa, Helixa buys a Novaris unit) gets an outcome flag on its lead, the
//! same takeover told by another outlet (m1 / m2) none there, but its advisers swapped
//! one. Fixtures: `tests/fixtures/deals/`.

use parallax::matcher::DiscrepancyKind;

mod matcher_util;

fn article(name: &str) -> String {
    matcher_util::article("deals", name)
}

/// A flag as its kind, its text in A, its text in B.
type Flag = (DiscrepancyKind, String, String);

/// A pair of sentences: A's sentence, B's sentence, the flags.
type Pair = (String, String, Vec<Flag>);

/// Every pair of sentences of articles `a` and `b`.
fn pairs(a: &str, b: &str) -> Vec<Pair> {
    let (_, all) = matcher_util::pairs(&article(a), &article(b));
    all.into_iter()
        .map(|(p, ta, tb)| {
            let flags = p.flags.iter().map(|d| (d.kind, d.a.clone(), d.b.clone()));
            (ta, tb, flags.collect())
        })
        .collect()
}

/// The outcome flags of the pair whose sentences start with `sa` and `sb`.
fn outcome_flags(all: &[Pair], sa: &str, sb: &str) -> Vec<(String, String)> {
    let (_, _, flags) = all
        .iter()
        .find(|(x, y, _)| x.trim_start().starts_with(sa) && y.trim_start().starts_with(sb))
        .unwrap_or_else(|| panic!("a pair {sa} / {sb}"));
    flags
        .iter()
        .filter(|f| f.0 == DiscrepancyKind::Outcome)
        .map(|f| (f.1.clone(), f.2.clone()))
        .collect()
}

#[test]
fn the_final_with_the_winner_swapped_is_flagged_on_its_lead() {
    let all = pairs("f1-final-efe.txt", "f3-final-swap.txt");
    let lead = outcome_flags(&all, "SEVILLA", "El Athletic Club conquistó");
    assert_eq!(lead.len(), 1, "{lead:?}");
    assert!(
        lead[0].0.contains("Real Betis") && lead[0].1.contains("Athletic Club"),
        "{lead:?}"
    );
    let headline = outcome_flags(&all, "El Betis gana", "El Athletic gana");
    assert_eq!(headline.len(), 1, "{headline:?}");
}

#[test]
fn a_score_is_never_a_figure_against_a_minute_or_a_count() {
    for (a, b) in [
        ("f1-final-efe.txt", "f2-final-marca.txt"),
        ("f1-final-efe.txt", "f3-final-swap.txt"),
    ] {
        for (x, y, flags) in pairs(a, b) {
            for f in flags.iter().filter(|f| f.0 == DiscrepancyKind::Number) {
                let score = |t: &str| t == "2" || t == "1";
                assert!(!score(&f.1) && !score(&f.2), "{f:?}: {x} / {y}");
            }
        }
    }
}

#[test]
fn the_takeover_the_other_way_round_is_flagged_and_the_same_one_is_not() {
    let other = pairs("m1-deal-reuters.txt", "m3-deal-reverse.txt");
    let lead = outcome_flags(&other, "ZURICH", "BOSTON");
    assert_eq!(lead.len(), 1, "{lead:?}");
    assert!(
        lead[0].0.starts_with("Novaris AG") && lead[0].1.starts_with("Helixa"),
        "{lead:?}"
    );
    let same = pairs("m1-deal-reuters.txt", "m2-deal-ft.txt");
    let lead = outcome_flags(&same, "ZURICH", "Novaris has agreed");
    assert!(lead.is_empty(), "{lead:?}");
    let advisers = outcome_flags(&same, "Goldman Sachs advised", "Morgan Stanley advised");
    assert_eq!(advisers.len(), 1, "{advisers:?}");
}

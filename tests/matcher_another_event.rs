//! Background about another event read without an article around it (session 52): two
//! one-sentence articles, as `parallax suggest a.txt b.txt` reads two files. A sentence
//! that dates its toll to another year and names its event as another one ("a similar
//! crash", "the previous fire", "last year") scores low against the story's sentence and
//! carries no number flag; the same past event told by both sides still matches, and the
//! story's own tolls keep their flags.

use parallax::matcher::{Discrepancy, DiscrepancyKind};

mod matcher_util;

/// The score and flags of the one pair of two one-sentence articles (0 and no flag when
/// the pair is not scored).
fn pair(a: &str, b: &str) -> (f64, Vec<Discrepancy>) {
    let (_, pairs) = matcher_util::pairs(a, b);
    pairs
        .first()
        .map_or((0.0, Vec::new()), |(p, _, _)| (p.score, p.flags.clone()))
}

/// Whether `flags` hold a number flag.
fn has_number(flags: &[Discrepancy]) -> bool {
    flags.iter().any(|d| d.kind == DiscrepancyKind::Number)
}

#[test]
fn another_events_toll_alone_scores_low_and_carries_no_number_flag() {
    for (a, b) in [
        // Item 1: 0.932 with "eleven people ≠ Three people".
        (
            "In 2019, eleven people died in a similar crash on the same road.",
            "Three people died in Tuesday's crash, police said.",
        ),
        // Item 2: flagged "1,500 people ≠ About 3,500 people".
        (
            "Last year a similar blaze forced 1,500 people from their homes.",
            "About 3,500 people were evacuated.",
        ),
        (
            "The previous fire forced 1,500 people from their homes.",
            "About 3,500 people were evacuated.",
        ),
        (
            "A year ago, a similar blaze forced 1,500 people from their homes.",
            "About 3,500 people were evacuated.",
        ),
        (
            "L'anno scorso un incendio simile aveva costretto 1.500 persone a lasciare le loro case.",
            "Circa 3.500 persone sono state evacuate.",
        ),
        (
            "Im vergangenen Jahr mussten bei einem ähnlichen Brand 1.500 Menschen ihre Häuser verlassen.",
            "Rund 3.500 Menschen wurden evakuiert.",
        ),
    ] {
        let (score, flags) = pair(a, b);
        assert!(score < 0.2, "{a} / {b}: {score}");
        assert!(!has_number(&flags), "{a} / {b}: {flags:?}");
    }
}

#[test]
fn the_same_past_event_and_the_storys_own_tolls_are_kept() {
    // The same past event told by both sides: a parallel.
    let (score, _) = pair(
        "In 2019, eleven people died in a crash there.",
        "Eleven people were killed in a 2019 crash on the road.",
    );
    assert!(score >= 0.7, "{score}");
    // The story's own tolls keep their flag, with a year in passing or without.
    for a in [
        "Three people died on Tuesday.",
        "Three people died on Tuesday on the road, built in 2019, police said.",
    ] {
        let (score, flags) = pair(a, "Four people died on Tuesday.");
        assert!(score >= 0.5, "{a}: {score}");
        assert!(has_number(&flags), "{a}: {flags:?}");
    }
    // The evacuated told twice with two counts: one fact, flagged.
    let (score, flags) = pair(
        "Some 1,500 people were forced from their homes on Tuesday.",
        "About 3,500 people were evacuated on Tuesday.",
    );
    assert!(score >= 0.2 && has_number(&flags), "{score} {flags:?}");
}

//! Tests of trial 55's cause faults: F7b, what hit told as a debris flow and as a flood
//! ("A mudslide swept through" / "A flash flood swept through", 1.00 and no flag:
//! `cause/agent.rs`, `lexicon/agents.rs`), the softer kind; F6, a cause denied by a
//! contrast against the sentence that tells it ("not by the Gschnitzbach bursting its
//! banks", "A mudslide, not the stream, destroyed": `cause/denied.rs`), the solid kind and
//! no garbled outcome flag; with the near cases that must not flag.

use super::tests_trial50::cause_flag;
use crate::matcher::flags::discrepancies;
use crate::matcher::prepared::{Idf, Prepared};
use crate::matcher::results::DiscrepancyKind;

/// Asserts the cause flag `ta` / `tb`, of the softer kind when `soft`, both ways round.
#[track_caller]
pub(super) fn cause(a: &str, b: &str, ta: &str, tb: &str, soft: bool) {
    assert_eq!(
        cause_flag(a, b),
        Some((ta.into(), tb.into(), soft)),
        "{a} / {b}"
    );
    assert_eq!(
        cause_flag(b, a),
        Some((tb.into(), ta.into(), soft)),
        "{b} / {a}"
    );
}

/// Asserts no cause flag either way round.
#[track_caller]
pub(super) fn no_cause(a: &str, b: &str) {
    assert_eq!(cause_flag(a, b), None, "{a} / {b}");
    assert_eq!(cause_flag(b, a), None, "{b} / {a}");
}

/// The kinds of the flags of `a` against `b`.
fn kinds(a: &str, b: &str) -> Vec<DiscrepancyKind> {
    let idf = Idf::builtin();
    discrepancies(&Prepared::new(a, idf), &Prepared::new(b, idf))
        .into_iter()
        .map(|d| d.kind)
        .collect()
}

#[test]
fn a_debris_flow_against_a_flood_as_what_hit_is_the_softer_cause_flag() {
    for (a, b, ta, tb) in [
        // The trial's pair (F7b).
        (
            "A mudslide swept through the village center on Tuesday evening.",
            "A flash flood swept through the village center on Tuesday evening.",
            "mudslide",
            "flash flood",
        ),
        (
            "The village was hit by a mudslide on Tuesday.",
            "A flood hit the village on Tuesday.",
            "mudslide",
            "flood",
        ),
        (
            "Eine Mure hat am Dienstagabend das Dorf Gschnitz getroffen.",
            "Ein Hochwasser hat am Dienstagabend das Dorf Gschnitz getroffen.",
            "Mure",
            "Hochwasser",
        ),
        (
            "Une coulée de boue a traversé le village mardi soir.",
            "Une inondation a traversé le village mardi soir.",
            "coulée de boue",
            "inondation",
        ),
        (
            "Un alud arrasó el centro del pueblo el martes.",
            "Una inundación arrasó el centro del pueblo el martes.",
            "alud",
            "inundación",
        ),
        (
            "Una colata di fango ha travolto il paese martedì sera.",
            "Una grave alluvione ha travolto il paese martedì sera.",
            "colata di fango",
            "alluvione",
        ),
        (
            "Een modderstroom trof het dorp dinsdagavond.",
            "Een overstroming trof het dorp dinsdagavond.",
            "modderstroom",
            "overstroming",
        ),
    ] {
        cause(a, b, ta, tb, true);
    }
}

#[test]
fn one_kind_of_what_hit_or_both_named_is_no_flag() {
    for (a, b) in [
        (
            "A flash flood swept through the village center on Tuesday evening.",
            "Eine Sturzflut hat am Dienstagabend das Dorf getroffen.",
        ),
        (
            "A flash flood hit the village on Tuesday.",
            "Floods hit the village on Tuesday.",
        ),
        (
            "A mudslide hit the village on Tuesday.",
            "A debris flow hit the village on Tuesday.",
        ),
        // One sentence names both kinds.
        (
            "Floods and mudslides hit the region on Tuesday.",
            "A flash flood hit the region on Tuesday.",
        ),
        // A flood named, not as what hit.
        (
            "A mudslide hit the village on Tuesday.",
            "Residents had been warned of a flood risk on Tuesday.",
        ),
    ] {
        no_cause(a, b);
    }
}

#[test]
fn a_cause_denied_by_a_contrast_is_a_cause_flag() {
    // The trial's pairs (F6).
    cause(
        "The swollen Gschnitzbach stream burst its banks after a cloudburst.",
        "Geologists say the damage was caused by a debris flow from the Sandesbach gully, not by the Gschnitzbach bursting its banks.",
        "Gschnitzbach stream burst its banks",
        "not by the Gschnitzbach bursting its banks",
        false,
    );
    let (a, b) = (
        "The stream burst its banks after a cloudburst.",
        "A mudslide, not the stream, destroyed the village.",
    );
    cause(a, b, "stream burst its banks", "not the stream", false);
    // A class of cause denied against the same told (trial 53 read the denial as naming
    // both classes: no flag).
    cause(
        "The fire was caused by sabotage, police said.",
        "The fire was caused by a short circuit, not by sabotage, police said.",
        "sabotage",
        "not by sabotage",
        false,
    );
    // Never the garbled outcome flag "stream ≠ not the stream".
    assert!(!kinds(a, b).contains(&DiscrepancyKind::Outcome));
    assert!(!kinds(b, a).contains(&DiscrepancyKind::Outcome));
}

#[test]
fn a_contrast_of_no_cause_or_the_same_denial_is_no_cause_flag() {
    for (a, b) in [
        // Nothing the other sentence tells is denied.
        (
            "The stream burst its banks after a cloudburst.",
            "A mudslide destroyed the village.",
        ),
        (
            "Heavy rain fell for hours.",
            "The damage was caused by a debris flow, not by the stream bursting its banks.",
        ),
        // Both deny it.
        (
            "A mudslide, not the stream, destroyed the village.",
            "The damage was caused by a debris flow, not by the stream.",
        ),
    ] {
        no_cause(a, b);
    }
    // A contrast of no cause ("closed, not sold") keeps its outcome flag.
    let (a, b) = (
        "The plant was sold last year.",
        "The plant was closed, not sold.",
    );
    assert_eq!(cause_flag(a, b), None);
    assert!(kinds(a, b).contains(&DiscrepancyKind::Outcome));
}

#[test]
fn no_after_a_comma_is_no_contrast_of_a_subject() {
    // The paraphrase corpus's pair: "no Iraqi, U.S. or U.N. entity" denies no cause.
    no_cause(
        "A council resolution is considered essential in giving Iraqi or U.S.-controlled entities in Baghdad the legal authority to export oil.",
        "Without an adopted resolution, no Iraqi, U.S. or U.N. entity in Baghdad has the legal authority to export oil.",
    );
}

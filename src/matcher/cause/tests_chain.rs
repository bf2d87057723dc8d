//! Tests of two links of one causal chain (`cause/chain.rs`; session 50's last pass: the
//! wire's headline "Fire at substation causes huge Berlin blackout" against "A technical
//! fault in a transformer caused the fire, the operator said." was 73 % *same fact*): the
//! pair tells two facts, scored at most [`CHAIN_FACTOR`] of what the model gives, and
//! carries no cause flag; one link told twice, two causes of one effect and two effects of
//! one cause are not chains and keep their scores.

use super::chain::chain_links;
use super::tests_trial50::cause_flag;
use crate::matcher::align::{probability, CHAIN_FACTOR};
use crate::matcher::prepared::{Idf, Prepared};

/// Whether `a` and `b` read as two links of one chain, asked both ways round (the answer
/// must be the same).
pub(super) fn chain(a: &str, b: &str) -> bool {
    let idf = Idf::builtin();
    let (pa, pb) = (Prepared::new(a, idf), Prepared::new(b, idf));
    let ab = chain_links(&pa, &pb);
    assert_eq!(ab, chain_links(&pb, &pa), "{a} / {b}");
    ab
}

/// The standalone score of `a` and `b`.
pub(super) fn score(a: &str, b: &str) -> f64 {
    let idf = Idf::builtin();
    probability(&Prepared::new(a, idf), &Prepared::new(b, idf))
}

#[test]
fn two_links_of_one_chain_are_two_facts_without_a_cause_flag() {
    // Session 50's last pass, the tester's pair.
    let (a, b) = (
        "Fire at substation causes huge Berlin blackout",
        "A technical fault in a transformer caused the fire, the operator said.",
    );
    assert!(chain(a, b));
    assert!(score(a, b) < 0.2, "{}", score(a, b));
    assert_eq!(cause_flag(a, b), None);
    assert_eq!(cause_flag(b, a), None);
    // The chain told with a passive, "led to", and in other languages.
    for (a, b) in [
        (
            "The blackout was caused by a fire at the substation.",
            "A technical fault in a transformer caused the fire.",
        ),
        (
            "Heavy rains caused the flood.",
            "The flood led to a landslide.",
        ),
        (
            "Ein technischer Defekt verursachte den Brand.",
            "Der Brand verursachte einen Stromausfall in Berlin.",
        ),
        (
            "Las lluvias provocaron la inundación.",
            "La inundación provocó el derrumbe del puente.",
        ),
    ] {
        assert!(chain(a, b), "{a} / {b}");
        assert!(score(a, b) <= CHAIN_FACTOR, "{a} / {b}: {}", score(a, b));
    }
}

#[test]
fn one_link_two_causes_of_one_effect_or_two_effects_of_one_cause_are_no_chain() {
    for (a, b) in [
        // One link told twice, active and passive.
        (
            "Fire at substation causes huge Berlin blackout",
            "A fire at a substation caused a huge blackout in Berlin.",
        ),
        (
            "A fire caused the blackout.",
            "The blackout was caused by a fire.",
        ),
        // Two causes of one effect: the cause flag's case, not a chain.
        (
            "Heavy rains caused the flood.",
            "A blocked drain caused the flood.",
        ),
        // Two effects of one cause.
        (
            "The storm caused a blackout in Lisbon.",
            "The storm caused flooding in Porto.",
        ),
        // One sentence tells no link.
        (
            "A technical fault in a transformer caused the fire.",
            "The fire destroyed the substation.",
        ),
    ] {
        assert!(!chain(a, b), "{a} / {b}");
    }
    // Their scores are the model's: one link told twice stays the same fact.
    assert!(
        score(
            "A fire caused the blackout.",
            "The blackout was caused by a fire."
        ) > 0.9
    );
    // Two causes of one effect keep their cause flag.
    assert!(cause_flag(
        "The derailment was caused by a landslide.",
        "The derailment was caused by excessive speed."
    )
    .is_some());
}

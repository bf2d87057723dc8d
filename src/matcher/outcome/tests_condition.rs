//! Tests of a patient's condition (`condition.rs`, trial 33 F2): how badly the injured
//! are hurt is one slot, in any wording; a light condition against a serious or critical
//! one is a contradiction, stable against serious the softer kind; level words that tell
//! no patient ("a serious crash", "stable prices") and conditions of other people or
//! asked about are not read.

use super::condition::{conditions_in, Level, CONDITION};
use crate::matcher::flags::{discrepancies, surface};
use crate::matcher::prepared::{Idf, Prepared};
use crate::matcher::results::DiscrepancyKind;
use crate::matcher::text::{stemmer, tokenize};

/// The outcome flag of `a` / `b` from all the flags of the pair: the two texts and
/// whether it is the softer kind.
pub(super) fn outcome_flag(a: &str, b: &str) -> Option<(String, String, bool)> {
    let idf = Idf::builtin();
    let (pa, pb) = (Prepared::new(a, idf), Prepared::new(b, idf));
    discrepancies(&pa, &pb)
        .into_iter()
        .find(|d| d.kind == DiscrepancyKind::Outcome)
        .map(|d| {
            assert_eq!(surface(&pa, d.a_range.0, d.a_range.1), d.a);
            (d.a, d.b, d.vague)
        })
}

/// Asserts the outcome flag `ta` / `tb` (the softer kind when `soft`) both ways round.
#[track_caller]
pub(super) fn flagged(a: &str, b: &str, ta: &str, tb: &str, soft: bool) {
    assert_eq!(
        outcome_flag(a, b),
        Some((ta.to_string(), tb.to_string(), soft)),
        "{a} / {b}"
    );
    assert_eq!(
        outcome_flag(b, a),
        Some((tb.to_string(), ta.to_string(), soft)),
        "{b} / {a}"
    );
}

/// Asserts no outcome flag either way round.
#[track_caller]
pub(super) fn unflagged(a: &str, b: &str) {
    assert_eq!(outcome_flag(a, b), None, "{a} / {b}");
    assert_eq!(outcome_flag(b, a), None, "{b} / {a}");
}

/// The levels of the conditions `text` tells, in order.
fn levels(text: &str) -> Vec<Level> {
    let toks = tokenize(text, &stemmer());
    conditions_in(text, &toks)
        .into_iter()
        .map(|c| c.level)
        .collect()
}

#[test]
fn a_condition_is_read_in_any_wording_and_a_negation_makes_it_light() {
    use Level::{Critical, Light, Serious, Stable};
    for (text, expected) in [
        (
            "None of their injuries were life-threatening, according to a hospital spokeswoman.",
            vec![Light],
        ),
        (
            "One of them is in serious condition, a spokeswoman for the hospital said.",
            vec![Serious],
        ),
        ("Two people suffered minor injuries.", vec![Light]),
        ("The driver was slightly hurt.", vec![Light]),
        ("She is in a stable condition in hospital.", vec![Stable]),
        ("He was critically injured.", vec![Critical]),
        (
            "He remained in critical but stable condition.",
            vec![Critical, Stable],
        ),
        ("He suffered life threatening injuries.", vec![Critical]),
        ("The boy was not seriously injured.", vec![Light]),
        ("There were no life-threatening injuries.", vec![Light]),
        ("Zwei Feuerwehrleute wurden schwer verletzt.", vec![Serious]),
        ("Ein Mann wurde leicht verletzt.", vec![Light]),
        ("Le conducteur a été grièvement blessé.", vec![Serious]),
        ("Un herido se encuentra en estado crítico.", vec![Critical]),
        ("Il ferito è in condizioni gravi.", vec![Serious]),
        ("Due feriti sono in gravissime condizioni.", vec![Critical]),
        // No patient: a level word with no injury or condition near it.
        ("It was a serious crash on the motorway.", vec![]),
        ("Prices remained stable in March.", vec![]),
        ("A minor change to the rules was approved.", vec![]),
        // Asked, not told.
        ("Police did not say whether he was seriously hurt.", vec![]),
    ] {
        assert_eq!(levels(text), expected, "{text}");
    }
}

#[test]
fn a_sentence_telling_a_condition_has_the_condition_class() {
    let class = |text: &str| Prepared::new(text, Idf::builtin()).classes & CONDITION;
    assert_eq!(class("One of them is in serious condition."), CONDITION);
    assert_eq!(
        class("None of their injuries were life-threatening."),
        CONDITION
    );
    assert_eq!(class("It was a serious crash."), 0);
    assert_eq!(class("Four firefighters were injured."), 0);
    let p = Prepared::new("Three people are in critical condition.", Idf::builtin());
    assert_ne!(p.classes & CONDITION, 0);
}

#[test]
fn a_light_condition_against_a_serious_one_is_a_contradiction() {
    // Trial 33, F2: the words share nothing.
    flagged(
        "None of their injuries were life-threatening, according to a hospital spokeswoman.",
        "One of them is in serious condition, a spokeswoman for the Erasmus hospital said.",
        "None of their injuries were life-threatening",
        "serious condition",
        false,
    );
    flagged(
        "Three firefighters were slightly hurt and were taken to hospital.",
        "One of them is in critical condition.",
        "slightly hurt",
        "critical condition",
        false,
    );
    flagged(
        "The victim suffered minor injuries.",
        "The victim suffered life-threatening injuries.",
        "minor injuries",
        "life-threatening injuries",
        false,
    );
    flagged(
        "Der Fahrer wurde leicht verletzt.",
        "Der Fahrer wurde schwer verletzt.",
        "leicht verletzt",
        "schwer verletzt",
        false,
    );
    // Told before the existing severity words: the same flag as before.
    flagged(
        "Two people were seriously injured in the crash.",
        "Two people were slightly injured in the crash.",
        "seriously injured",
        "slightly injured",
        false,
    );
}

#[test]
fn stable_against_serious_or_critical_is_the_softer_kind() {
    flagged(
        "The injured woman is in a stable condition.",
        "The injured woman is in a serious condition.",
        "stable condition",
        "serious condition",
        true,
    );
    flagged(
        "The pilot was seriously injured.",
        "The pilot is in critical condition.",
        "seriously injured",
        "critical condition",
        true,
    );
}

#[test]
fn conditions_that_agree_or_tell_of_other_people_are_not_flagged() {
    for (a, b) in [
        // The same level in other words.
        (
            "None of their injuries were life-threatening.",
            "Three firefighters were slightly hurt.",
        ),
        (
            "One of them is in serious condition.",
            "One firefighter was seriously injured.",
        ),
        // Critical but stable is critical too (a paraphrase pair of MSRP).
        (
            "Horn remained in critical but stable condition Monday, the hospital said.",
            "The illusionist remained in critical condition Monday.",
        ),
        // Light and stable may both be true.
        (
            "The two were slightly injured.",
            "The two are in a stable condition.",
        ),
        // Two people named apart.
        (
            "The driver was slightly hurt.",
            "The pedestrian is in critical condition.",
        ),
        // Two counts of the injured: two groups (one of the three is told "one of them").
        (
            "Three firefighters were slightly hurt.",
            "One firefighter is in critical condition.",
        ),
        (
            "Two people were seriously injured.",
            "Five people suffered minor injuries.",
        ),
        // Both levels told in one report: the other agrees with one of them.
        (
            "Two were seriously injured and five were slightly hurt.",
            "Five people were slightly hurt.",
        ),
        // No patient on one side.
        (
            "It was a serious crash on the motorway.",
            "The driver suffered minor injuries.",
        ),
        (
            "Police did not say whether he was seriously hurt.",
            "He suffered minor injuries.",
        ),
    ] {
        unflagged(a, b);
    }
}

#[test]
fn a_condition_told_light_by_a_negation_tells_no_nobody_hurt() {
    // "None of their injuries were life-threatening" tells of injuries: no "nobody hurt"
    // against the injured of another report (it was flagged so before).
    for b in [
        "Four firefighters hurt in Rotterdam chemical fire",
        "The injured firefighters were taken to hospital with burns.",
    ] {
        unflagged("None of their injuries were life-threatening.", b);
    }
    // Nobody hurt stays an outcome against someone hurt.
    let nobody = outcome_flag("Nobody was injured.", "Four firefighters were injured.");
    assert_eq!(
        nobody,
        Some(("Nobody was injured".into(), "injured".into(), false))
    );
}

#[test]
fn the_level_index_finds_what_the_table_scan_finds() {
    use super::condition::{level_by_index, level_by_scan, level_words};
    // Every level word, as a whole token and with endings, and words near them.
    let mut text = String::new();
    for w in level_words() {
        for form in [
            w.to_string(),
            format!("{w}s"),
            format!("{w}ly"),
            format!("x{w}"),
        ] {
            text.push_str(&form);
            text.push(' ');
        }
        text.extend(w.chars().take(3));
        text.push(' ');
    }
    text.push_str(
        "None of their injuries were life-threatening; one is in serious but stable condition, \
         two in critical condition, schwerverletzt, lichtgewond, gravissimo, léger, minor.",
    );
    let toks = tokenize(&text, &stemmer());
    let mut found = 0;
    for t in &toks {
        assert_eq!(level_by_index(t), level_by_scan(t), "{:?}", t.norm);
        found += usize::from(level_by_scan(t).is_some());
    }
    assert!(found > 100, "{found} level words read");
}

/// A sentence's conditions are read once, with its clause punctuation, and the class, the
/// flag and the negation rule all read that: a negation beyond a ";" turns no condition
/// ("No one died; two are seriously hurt" tells a serious condition), so it is still the
/// "nobody died" the negation rule reads. Read without the punctuation, "No" turned
/// "seriously" light and the negation rule lost the denial.
#[test]
fn the_class_the_flag_and_the_negation_rule_read_one_reading() {
    let text = "No one died; two are seriously hurt.";
    assert_eq!(levels(text), vec![Level::Serious]);
    let p = Prepared::new(text, Idf::builtin());
    assert_eq!(p.classes & CONDITION, CONDITION);
    assert_eq!(
        outcome_flag(text, "One person died in the crash."),
        Some(("No one died".to_string(), "died".to_string(), false))
    );
    // Within the clause, the negation still turns it: no denial of an injury.
    let light = "None of the passengers were seriously hurt.";
    assert_eq!(levels(light), vec![Level::Light]);
    unflagged(light, "Two passengers were hurt in the crash.");
}

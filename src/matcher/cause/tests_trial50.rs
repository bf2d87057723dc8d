//! Tests of trial 50's cause fault F3: the causes of a derailment or a crash ("caused by a
//! landslide" / "caused by excessive speed", "blamed on a faulty switch") were no class of
//! `CAUSES`, so two of them never flagged; in seven languages, with the near cases that
//! must not flag.

use super::cause_conflict;
use crate::matcher::flags::flagged_texts;

fn flags(a: &str, b: &str) -> Option<(String, String)> {
    flagged_texts(cause_conflict, a, b)
}

/// Asserts the flag `ta` / `tb` both ways round.
#[track_caller]
pub(super) fn flagged(a: &str, b: &str, ta: &str, tb: &str) {
    assert_eq!(flags(a, b), Some((ta.into(), tb.into())), "{a} / {b}");
    assert_eq!(flags(b, a), Some((tb.into(), ta.into())), "{b} / {a}");
}

/// Asserts no flag either way round.
#[track_caller]
pub(super) fn unflagged(a: &str, b: &str) {
    assert_eq!(flags(a, b), None, "{a} / {b}");
    assert_eq!(flags(b, a), None, "{b} / {a}");
}

#[test]
fn two_causes_of_a_derailment_differ() {
    // Trial 50 F3, the tester's pairs.
    flagged(
        "The derailment was caused by a landslide, investigators said.",
        "The derailment was caused by excessive speed, investigators said.",
        "landslide",
        "excessive speed",
    );
    flagged(
        "The derailment was blamed on a faulty switch.",
        "The derailment was blamed on a landslide.",
        "switch",
        "landslide",
    );
    flagged(
        "The cause was a landslide, investigators said.",
        "The cause was excessive speed, investigators said.",
        "landslide",
        "excessive speed",
    );
    flagged(
        "Le déraillement a été causé par un glissement de terrain.",
        "Le déraillement a été causé par une vitesse excessive.",
        "glissement de terrain",
        "vitesse excessive",
    );
    // The kind: other causes of a crash, told of a death too.
    flagged(
        "The bus crash was blamed on brake failure.",
        "The bus crash was blamed on speeding.",
        "brake",
        "speeding",
    );
    flagged(
        "Two people were killed in a landslide.",
        "Two people were killed in a fire.",
        "landslide",
        "fire",
    );
}

#[test]
fn two_causes_of_a_derailment_differ_in_seven_languages() {
    flagged(
        "Die Ursache war ein Erdrutsch, so die Ermittler.",
        "Die Ursache war eine defekte Weiche, so die Ermittler.",
        "Erdrutsch",
        "Weiche",
    );
    flagged(
        "El descarrilamiento fue causado por un deslizamiento de tierra.",
        "El descarrilamiento fue causado por exceso de velocidad.",
        "deslizamiento de tierra",
        "exceso de velocidad",
    );
    flagged(
        "Il deragliamento è stato causato da una frana.",
        "Il deragliamento è stato causato da eccesso di velocità.",
        "frana",
        "eccesso di velocità",
    );
    flagged(
        "O descarrilamento foi causado por um deslizamento de terra.",
        "O descarrilamento foi causado por excesso de velocidade.",
        "deslizamento de terra",
        "excesso de velocidade",
    );
    flagged(
        "De ontsporing werd veroorzaakt door een aardverschuiving.",
        "De ontsporing werd veroorzaakt door een defecte wissel.",
        "aardverschuiving",
        "wissel",
    );
}

#[test]
fn one_cause_or_both_causes_or_a_speed_that_is_no_cause_are_not_flagged() {
    // One cause in two wordings.
    unflagged(
        "The derailment was caused by a landslide.",
        "The derailment was blamed on a landslide after heavy rain.",
    );
    unflagged(
        "The crash was caused by excessive speed.",
        "The crash was blamed on speeding.",
    );
    unflagged(
        "Le déraillement a été causé par un excès de vitesse.",
        "Le déraillement a été causé par une vitesse excessive.",
    );
    // Both causes told by one side.
    unflagged(
        "The derailment was caused by a landslide, though excessive speed has not been ruled out.",
        "The derailment was caused by excessive speed.",
    );
    // A high-speed crash is a crash: "speed" alone is no cause.
    unflagged(
        "Two men were killed in a high-speed crash.",
        "Two men were killed in a crash on the motorway.",
    );
}

/// The cause flag of `a` / `b` among all the flags of the pair: its two texts and whether
/// it is the softer kind.
pub(super) fn cause_flag(a: &str, b: &str) -> Option<(String, String, bool)> {
    use crate::matcher::prepared::{Idf, Prepared};
    use crate::matcher::results::DiscrepancyKind;
    let idf = Idf::builtin();
    let (pa, pb) = (Prepared::new(a, idf), Prepared::new(b, idf));
    crate::matcher::flags::discrepancies(&pa, &pb)
        .into_iter()
        .find(|d| d.kind == DiscrepancyKind::Cause)
        .map(|d| (d.a, d.b, d.vague))
}

/// Asserts the softer cause flag `ta` / `tb` both ways round.
#[track_caller]
pub(super) fn soft(a: &str, b: &str, ta: &str, tb: &str) {
    assert_eq!(
        cause_flag(a, b),
        Some((ta.into(), tb.into(), true)),
        "{a} / {b}"
    );
    assert_eq!(
        cause_flag(b, a),
        Some((tb.into(), ta.into(), true)),
        "{b} / {a}"
    );
}

#[test]
fn a_cause_told_as_only_possible_is_the_softer_kind() {
    soft(
        "The derailment may have been caused by a landslide.",
        "The derailment was caused by excessive speed.",
        "landslide",
        "excessive speed",
    );
    soft(
        "Investigators are examining whether the crash was caused by excessive speed.",
        "The crash was blamed on brake failure.",
        "excessive speed",
        "brake",
    );
    soft(
        "The fire was probably caused by an electrical fault.",
        "The fire was caused by arson.",
        // The fault shown whole since session 51.
        "electrical fault",
        "arson",
    );
    // Told plainly by both: solid; "May" the month is no hedge.
    assert_eq!(
        cause_flag(
            "In May the derailment was caused by a landslide.",
            "The derailment was caused by excessive speed."
        ),
        Some(("landslide".into(), "excessive speed".into(), false))
    );
    assert_eq!(
        cause_flag(
            "The fire was caused by an electrical fault.",
            "The fire was caused by arson."
        ),
        Some(("electrical fault".into(), "arson".into(), false))
    );
}

#[test]
fn a_cause_as_the_subject_of_its_verb_differs_in_seven_languages() {
    // Trial 50 F3 rest (session 48), the tester's pair: 99 %, no flag.
    flagged(
        "Investigators believe a landslide caused the derailment.",
        "Investigators believe excessive speed caused the derailment.",
        "landslide",
        "excessive speed",
    );
    // Active against passive, and "led to", "triggered".
    flagged(
        "A landslide caused the derailment.",
        "The derailment was caused by excessive speed.",
        "landslide",
        "excessive speed",
    );
    flagged(
        "Speeding led to the crash, police said.",
        "Faulty brakes triggered the crash, police said.",
        "Speeding",
        "brakes",
    );
    flagged(
        "Un glissement de terrain a provoqué le déraillement.",
        "Une vitesse excessive a provoqué le déraillement.",
        "glissement de terrain",
        "vitesse excessive",
    );
    flagged(
        "Ein Erdrutsch verursachte die Entgleisung.",
        "Überhöhte Geschwindigkeit verursachte die Entgleisung.",
        "Erdrutsch",
        "Überhöhte Geschwindigkeit",
    );
    flagged(
        "Un deslizamiento de tierra provocó el descarrilamiento.",
        "El exceso de velocidad provocó el descarrilamiento.",
        "deslizamiento de tierra",
        "exceso de velocidad",
    );
    flagged(
        "Una frana ha causato il deragliamento.",
        "L'eccesso di velocità ha causato il deragliamento.",
        "frana",
        "L'eccesso di velocità",
    );
    flagged(
        "Um deslizamento de terra causou o descarrilamento.",
        "O excesso de velocidade causou o descarrilamento.",
        "deslizamento de terra",
        "excesso de velocidade",
    );
    flagged(
        "Een aardverschuiving veroorzaakte de ontsporing.",
        "Een defecte wissel veroorzaakte de ontsporing.",
        "aardverschuiving",
        "wissel",
    );
}

#[test]
fn a_cause_caused_by_another_or_one_cause_as_subject_on_both_sides_is_not_flagged() {
    // The landslide was itself caused: heavy rain, no class ("caused by").
    unflagged(
        "Investigators are examining whether a landslide caused by heavy rain had covered the tracks.",
        "The derailment was blamed on heavy rain.",
    );
    // One cause told as subject and after "caused by".
    unflagged(
        "A landslide caused the derailment.",
        "The derailment was caused by a landslide after heavy rain.",
    );
    // A cause named by the other side too.
    unflagged(
        "A landslide caused the derailment.",
        "Excessive speed and a landslide caused the derailment.",
    );
    // A comma between the noun and the verb: no subject read.
    unflagged(
        "After the landslide, speed restrictions caused delays.",
        "The derailment was caused by excessive speed.",
    );
    // "led" without "to" is no verb of causing.
    unflagged(
        "The landslide led investigators to close the line.",
        "The derailment was caused by excessive speed.",
    );
}

#[test]
fn a_cause_as_subject_told_as_only_possible_is_the_softer_kind() {
    soft(
        "A landslide may have caused the derailment.",
        "Excessive speed caused the derailment.",
        "landslide",
        "Excessive speed",
    );
    soft(
        "A possible landslide caused the derailment, investigators said.",
        "The derailment was caused by excessive speed.",
        "landslide",
        "excessive speed",
    );
    soft(
        "Un glissement de terrain aurait provoqué le déraillement.",
        "Une vitesse excessive a provoqué le déraillement.",
        "glissement de terrain",
        "vitesse excessive",
    );
    // Told plainly: solid.
    assert_eq!(
        cause_flag(
            "Investigators believe a landslide caused the derailment.",
            "Investigators believe excessive speed caused the derailment."
        ),
        Some(("landslide".into(), "excessive speed".into(), false))
    );
}

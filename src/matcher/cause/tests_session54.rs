//! Tests of the cause faults session 53's testers found open: a bomb in Dutch ("een bom"),
//! a German verb of causing last or with "von", a cause as the subject of a verb of
//! destroying ("A gas explosion destroyed the building" / "A bomb destroyed …"), a gas
//! explosion as its own cause, Italian "causata dalle piogge" and what caused a cause
//! ("frana causata dalle piogge" / "dal terremoto": `cause/nested.rs`), "di natura dolosa",
//! and a cause not ruled out (the softer kind: `cause/not_ruled_out.rs`); with the near
//! cases that must not flag.

use super::tests_trial50::{cause_flag, soft, unflagged};

/// Asserts the solid cause flag `ta` / `tb` both ways round, as the pair's flags give it.
#[track_caller]
fn flagged(a: &str, b: &str, ta: &str, tb: &str) {
    let want = |x: &str, y: &str| Some((x.to_string(), y.to_string(), false));
    assert_eq!(cause_flag(a, b), want(ta, tb), "{a} / {b}");
    assert_eq!(cause_flag(b, a), want(tb, ta), "{b} / {a}");
}

#[test]
fn a_gas_leak_against_a_bomb_in_dutch_and_german_verb_last() {
    flagged(
        "Een gaslek veroorzaakte de explosie.",
        "Een bom veroorzaakte de explosie.",
        "gaslek",
        "Een bom",
    );
    flagged(
        "Een gaslek heeft de explosie veroorzaakt.",
        "Een bom heeft de explosie veroorzaakt.",
        "gaslek",
        "Een bom",
    );
    flagged(
        "De explosie werd veroorzaakt door een gaslek.",
        "De explosie werd veroorzaakt door een bom.",
        "gaslek",
        "een bom",
    );
    flagged(
        "Ein Gasleck hat die Explosion verursacht.",
        "Ein Sprengsatz hat die Explosion verursacht.",
        "Gasleck",
        "Sprengsatz",
    );
    flagged(
        "Ermittler gehen davon aus, dass ein Gasleck die Explosion verursacht hat.",
        "Ermittler gehen davon aus, dass ein Sprengsatz die Explosion verursacht hat.",
        "Gasleck",
        "Sprengsatz",
    );
    flagged(
        "Die Explosion wurde von einem Gasleck ausgelöst.",
        "Die Explosion wurde von einem Sprengsatz ausgelöst.",
        "Gasleck",
        "Sprengsatz",
    );
    flagged(
        "Ein Gasleck löste die Explosion aus.",
        "Eine Bombe löste die Explosion aus.",
        "Gasleck",
        "Bombe",
    );
}

#[test]
fn a_gas_explosion_against_a_bomb_as_the_subject_differs() {
    flagged(
        "A gas explosion destroyed the building.",
        "A bomb destroyed the building.",
        "gas explosion",
        "bomb",
    );
    flagged(
        "A gas explosion killed two people.",
        "A bomb killed two people.",
        "gas explosion",
        "bomb",
    );
    flagged(
        "Une explosion de gaz a détruit l'immeuble.",
        "Une bombe a détruit l'immeuble.",
        "explosion de gaz",
        "bombe",
    );
}

#[test]
fn one_cause_of_an_explosion_or_two_things_destroyed_is_no_flag() {
    for (a, b) in [
        // A gas explosion is an explosion, and gas.
        (
            "A gas explosion destroyed the building.",
            "An explosion destroyed the building.",
        ),
        (
            "A gas explosion destroyed the building.",
            "A gas leak caused the explosion.",
        ),
        (
            "Two people were killed in a gas explosion.",
            "Two people were killed in an explosion.",
        ),
        // One cause in two languages.
        (
            "Een bom veroorzaakte de explosie.",
            "A bomb caused the explosion.",
        ),
        (
            "Ein Gasleck hat die Explosion verursacht.",
            "A gas leak caused the explosion.",
        ),
        // Portuguese "bom" is "good", no bomb.
        (
            "O resultado foi bom, disse a polícia.",
            "Uma fuga de gás provocou a explosão.",
        ),
        // Two causes of two things destroyed.
        (
            "A bomb destroyed the bridge.",
            "A gas explosion destroyed the school.",
        ),
    ] {
        unflagged(a, b);
    }
}

#[test]
fn what_caused_a_landslide_told_two_ways_differs() {
    flagged(
        "La frana causata dalle piogge ha bloccato la strada.",
        "La frana causata dal terremoto ha bloccato la strada.",
        "piogge",
        "terremoto",
    );
    flagged(
        "La frana è stata causata dalle piogge.",
        "La frana è stata causata dal terremoto.",
        "piogge",
        "terremoto",
    );
    flagged(
        "The landslide caused by heavy rain blocked the road.",
        "The landslide caused by an earthquake blocked the road.",
        "rain",
        "earthquake",
    );
    for (a, b) in [
        // One landslide, one cause told in two ways or languages.
        (
            "La frana causata dalle piogge ha bloccato la strada.",
            "La frana causata dalla pioggia ha bloccato la strada.",
        ),
        (
            "La frana causata dalle piogge ha bloccato la strada.",
            "The landslide caused by heavy rain blocked the road.",
        ),
        // Both causes told on one side.
        (
            "La frana causata dalle piogge e dal terremoto ha bloccato la strada.",
            "La frana causata dal terremoto ha bloccato la strada.",
        ),
    ] {
        unflagged(a, b);
    }
}

#[test]
fn an_explosion_of_a_criminal_nature_against_a_gas_leak_differs() {
    flagged(
        "L'esplosione è di natura dolosa.",
        "L'esplosione è stata causata da una fuga di gas.",
        "natura dolosa",
        "fuga di gas",
    );
    flagged(
        "L'esplosione sarebbe di natura dolosa.",
        "L'esplosione sarebbe dovuta a una fuga di gas.",
        "natura dolosa",
        "fuga di gas",
    );
    // Of one nature on both sides, or the nature of something else.
    unflagged(
        "L'esplosione è di natura dolosa.",
        "L'esplosione è stata causata da un ordigno.",
    );
    unflagged(
        "Il problema è di natura tecnica.",
        "L'esplosione è stata causata da una fuga di gas.",
    );
}

#[test]
fn a_cause_not_ruled_out_is_the_softer_kind() {
    soft(
        "Police would not rule out a deliberate act.",
        "Police said a gas leak caused the explosion.",
        "deliberate act",
        "gas leak",
    );
    soft(
        "La police n'exclut pas un acte criminel.",
        "Une fuite de gaz a provoqué l'explosion.",
        "acte criminel",
        "fuite de gaz",
    );
    soft(
        "Die Polizei schließt einen Anschlag nicht aus.",
        "Ein Gasleck hat die Explosion verursacht.",
        "Anschlag",
        "Gasleck",
    );
    // Ruled out is no cause told; not ruled out, the same cause is no flag.
    unflagged(
        "Police would not rule out a deliberate act.",
        "Investigators believe a bomb caused the explosion.",
    );
    assert_eq!(
        cause_flag(
            "Police have ruled out a deliberate act.",
            "Police said a gas leak caused the explosion."
        ),
        None
    );
}

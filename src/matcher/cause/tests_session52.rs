//! Tests of session 52's cause faults across languages: a cause set on purpose told as
//! investigated by a verb ("ermittelt wegen Brandstiftung", "investiga un incendio
//! provocado", "suspect arsonists") or a noun in another language than the other side's
//! cause ("arson investigation" / "fulmine"), the softer kind; a fire's start told in
//! German and Dutch with the verb's particle or participle last ("Eine Kerze löste den
//! Brand aus", "hat den Brand ausgelöst", "durch eine Kerze ausgelöst"), against English
//! too; with the near cases that must not flag.

use super::tests_trial50::{cause_flag, flagged, soft, unflagged};

#[test]
fn an_arson_investigation_against_lightning_in_another_language_is_the_softer_kind() {
    // Session 52, the tester's pair.
    let arson = "Police opened an arson investigation.";
    soft(
        arson,
        "L'incendio è stato causato da un fulmine.",
        "arson investigation",
        "fulmine",
    );
    for (lightning, word) in [
        ("Le feu a été causé par la foudre.", "foudre"),
        ("El incendio fue provocado por un rayo.", "rayo"),
        (
            "Das Feuer wurde durch einen Blitzeinschlag ausgelöst.",
            "Blitzeinschlag",
        ),
        ("De brand werd door de bliksem veroorzaakt.", "bliksem"),
    ] {
        soft(arson, lightning, "arson investigation", word);
    }
    // Arson told by a verb of investigating or suspecting, in four languages.
    let lightning = "The fire was caused by lightning.";
    for (a, shown) in [
        (
            "Die Staatsanwaltschaft ermittelt wegen Brandstiftung.",
            "ermittelt wegen Brandstiftung",
        ),
        (
            "La policía investiga un incendio provocado.",
            "investiga un incendio provocado",
        ),
        (
            "La procura indaga per incendio doloso.",
            "indaga per incendio doloso",
        ),
        ("Police suspect arsonists.", "suspect arsonists"),
        (
            "La gendarmerie soupçonne un pyromane.",
            "soupçonne un pyromane",
        ),
    ] {
        soft(a, lightning, shown, "lightning");
    }
}

#[test]
fn arson_on_both_sides_or_a_fire_caused_by_lightning_is_no_flag() {
    for (a, b) in [
        // Arson on both sides, in two languages.
        (
            "Police opened an arson investigation.",
            "Die Staatsanwaltschaft ermittelt wegen Brandstiftung.",
        ),
        (
            "Police opened an arson investigation.",
            "La procura ha aperto un'inchiesta per incendio doloso.",
        ),
        (
            "Police opened an arson investigation.",
            "Il fuoco è stato appiccato dolosamente.",
        ),
        // "incendio provocado por un rayo" is a fire lightning caused, no arson.
        (
            "El incendio provocado por un rayo destruyó la casa.",
            "The fire was caused by lightning.",
        ),
        // Arsonists hunted: no cause told.
        (
            "Police are hunting arsonists.",
            "The fire was caused by lightning.",
        ),
    ] {
        unflagged(a, b);
        assert_eq!(cause_flag(a, b), None, "{a} / {b}");
        assert_eq!(cause_flag(b, a), None, "{b} / {a}");
    }
    // A fire lightning caused, against an arson investigation: lightning, not arson.
    soft(
        "El incendio provocado por un rayo destruyó la casa.",
        "Police opened an arson investigation.",
        "rayo",
        "arson investigation",
    );
}

#[test]
fn a_fire_started_in_german_and_dutch_with_the_verb_last() {
    // Session 52, the tester's pair: the separable "löste … aus".
    flagged(
        "Ein Zigarettenstummel löste den Brand aus.",
        "Eine Kerze löste den Brand aus.",
        "Zigarettenstummel",
        "Kerze",
    );
    // English against German.
    flagged(
        "A cigarette started the fire.",
        "Eine Kerze löste den Brand aus.",
        "cigarette",
        "Kerze",
    );
    // The perfect and the passive, the participle last.
    flagged(
        "Eine Zigarette hat den Brand ausgelöst.",
        "Eine Kerze hat den Brand ausgelöst.",
        "Zigarette",
        "Kerze",
    );
    flagged(
        "Een sigaret heeft de brand veroorzaakt.",
        "Een kaars heeft de brand veroorzaakt.",
        "sigaret",
        "kaars",
    );
    flagged(
        "Der Brand wurde durch eine Zigarette ausgelöst.",
        "Eine Kerze löste den Brand aus.",
        "Zigarette",
        "Kerze",
    );
    // Told as done: the solid kind.
    assert_eq!(
        cause_flag(
            "A cigarette started the fire.",
            "Eine Kerze löste den Brand aus."
        ),
        Some(("cigarette".into(), "Kerze".into(), false))
    );
}

#[test]
fn one_start_told_two_ways_or_no_fire_started_is_no_flag() {
    for (a, b) in [
        (
            "A cigarette started the fire.",
            "Ein Zigarettenstummel löste den Brand aus.",
        ),
        (
            "Eine Kerze löste den Brand aus.",
            "Der Brand wurde durch eine Kerze ausgelöst.",
        ),
        (
            "Een kaars heeft de brand veroorzaakt.",
            "A candle started the fire.",
        ),
        // "löste … auf" of no fire: no cause.
        (
            "Die Polizei löste die Versammlung auf.",
            "Eine Kerze löste den Brand aus.",
        ),
        // No fire after the auxiliary: no subject of a start.
        (
            "Eine Kerze hat gebrannt.",
            "Eine Zigarette hat den Brand ausgelöst.",
        ),
    ] {
        unflagged(a, b);
    }
}

//! Tests of trial 54's cause faults: a cause set on purpose told as investigated ("an
//! arson investigation", "an investigation into arson", it "un'indagine per incendio
//! doloso": `cause/investigated.rs`) against another cause ("started by lightning"), the
//! softer kind; a cause "under investigation" against one given, the softer kind; with
//! the near cases that must not flag.

use super::tests_trial50::{cause_flag, soft, unflagged};

#[test]
fn an_arson_investigation_against_lightning_is_the_softer_kind() {
    // Trial 54, the tester's pair.
    soft(
        "Prosecutors in Nuoro have opened an arson investigation after witnesses reported seeing a car speed away.",
        "Investigators believe the fire near Nuoro was started by lightning.",
        "arson investigation",
        "lightning",
    );
    soft(
        "Police have opened an investigation into arson.",
        "The fire was caused by a short circuit.",
        "investigation into arson",
        "short circuit",
    );
    soft(
        "Police launched a sabotage probe after the blackout.",
        "The blackout was caused by a faulty transformer.",
        "sabotage probe",
        "faulty transformer",
    );
    // Italian, German, Dutch.
    soft(
        "La procura di Nuoro ha aperto un'indagine per incendio doloso.",
        "Gli investigatori ritengono che l'incendio sia stato causato da un fulmine.",
        // The noun shown with its elided article, as the token holds it.
        "un'indagine per incendio doloso",
        "fulmine",
    );
    soft(
        "Die Staatsanwaltschaft hat Ermittlungen wegen Brandstiftung eingeleitet.",
        "Der Brand wurde durch einen Kurzschluss verursacht.",
        "Ermittlungen wegen Brandstiftung",
        "Kurzschluss",
    );
}

#[test]
fn an_investigation_of_the_event_or_of_the_same_cause_is_no_flag() {
    for (a, b) in [
        // The same cause, told as investigated and as done.
        (
            "Prosecutors have opened an arson investigation.",
            "The fire was started deliberately, police said.",
        ),
        (
            "Prosecutors have opened an arson investigation.",
            "The fire was caused by arson.",
        ),
        // An investigation of the event, no cause told.
        (
            "Prosecutors have opened an investigation into the fire.",
            "Investigators believe the fire was started by lightning.",
        ),
        (
            "Police opened a crash investigation.",
            "The crash was caused by excessive speed.",
        ),
        // Arson told without an investigation, no other cause.
        (
            "Prosecutors have opened an arson investigation.",
            "Police are questioning witnesses who saw a car leave the hillside.",
        ),
    ] {
        unflagged(a, b);
        assert_eq!(cause_flag(a, b), None, "{a} / {b}");
    }
}

#[test]
fn a_cause_under_investigation_against_one_given_is_the_softer_kind() {
    // Trial 54: README's "not yet known ≠ short circuit" kind.
    soft(
        "The cause of the fire is under investigation.",
        "Investigators believe the fire near Nuoro was started by lightning.",
        "under investigation",
        "lightning",
    );
    soft(
        "La causa dell'incendio non è ancora nota.",
        "Gli investigatori ritengono che l'incendio sia stato causato da un fulmine.",
        "non è ancora nota",
        "fulmine",
    );
}

#[test]
fn a_cause_under_investigation_against_an_arson_investigation_is_no_flag() {
    // Both tell the cause as not known: an investigation opened is no cause found.
    for (a, b) in [
        (
            "The cause of the fire is under investigation.",
            "Prosecutors in Nuoro have opened an arson investigation after witnesses reported seeing a car speed away.",
        ),
        (
            "The cause of the fire is not yet known.",
            "Police have opened an investigation into arson.",
        ),
    ] {
        assert_eq!(cause_flag(a, b), None, "{a} / {b}");
        assert_eq!(cause_flag(b, a), None, "{b} / {a}");
    }
}

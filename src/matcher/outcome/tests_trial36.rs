//! Tests of verdicts after trial 36 (N3): convicted against acquitted in German and
//! Dutch, the acquittal told with a separable verb ("sprach … frei", "sprak … vrij"),
//! a participle or a noun, and the same verdict told two ways (no flag).

use super::*;
use crate::matcher::flags::flagged_texts;

fn conflict(a: &str, b: &str) -> Option<(String, String)> {
    flagged_texts(outcome_conflict, a, b)
}

fn pair(a: &str, b: &str) -> Option<(String, String)> {
    Some((a.to_string(), b.to_string()))
}

#[test]
fn convicted_against_acquitted_in_german_and_dutch() {
    assert_eq!(
        conflict(
            "Das Gericht verurteilte Müller am Donnerstag zu acht Jahren Haft.",
            "Das Gericht sprach Müller am Donnerstag frei."
        ),
        pair("verurteilte", "sprach Müller am Donnerstag frei")
    );
    assert_eq!(
        conflict(
            "Müller wurde am Donnerstag zu acht Jahren Haft verurteilt.",
            "Müller wurde am Donnerstag freigesprochen."
        ),
        pair("verurteilt", "freigesprochen")
    );
    assert_eq!(
        conflict(
            "De rechtbank veroordeelde Jansen donderdag tot acht jaar cel.",
            "De rechtbank sprak Jansen donderdag vrij."
        ),
        pair("veroordeelde", "sprak Jansen donderdag vrij")
    );
    assert_eq!(
        conflict(
            "Het hof bevestigde de vrijspraak van de burgemeester.",
            "De burgemeester werd veroordeeld tot twee jaar cel."
        ),
        pair("vrijspraak", "veroordeeld")
    );
}

#[test]
fn one_verdict_told_two_ways_is_no_conflict() {
    for (a, b) in [
        (
            "Das Gericht sprach Müller am Donnerstag frei.",
            "Müller wurde am Donnerstag freigesprochen.",
        ),
        (
            "Das Gericht verurteilte Müller zu acht Jahren Haft.",
            "Müller wurde zu acht Jahren Haft verurteilt.",
        ),
        (
            "De rechtbank sprak Jansen donderdag vrij.",
            "Jansen werd donderdag vrijgesproken.",
        ),
        // "verurteilte den Anschlag": condemned, no verdict (no penalty told, another
        // subject).
        (
            "Die Regierung verurteilte den Anschlag scharf.",
            "Das Gericht sprach Müller am Donnerstag frei.",
        ),
        // "sprach frei über …" is "spoke freely", no acquittal.
        (
            "Der Angeklagte sprach frei über seine Kindheit.",
            "Das Gericht verurteilte den Angeklagten.",
        ),
    ] {
        assert_eq!(conflict(a, b), None, "{a} / {b}");
    }
}

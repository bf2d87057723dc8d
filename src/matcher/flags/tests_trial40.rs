//! Tests after trial 40 (T6, T9): a French speaker after "a prévenu" beside a quotation;
//! a spokesperson's flag keeping the body named before it ("Lufthansa spokeswoman"); two
//! makers' aircraft ("Airbus A320" / "Boeing 737") and an operator's aircraft
//! ("Lufthansa-Maschine" / "Eurowings-Maschine") as a vehicle flag, no person flag; one
//! model's code flagged once, as a vehicle; the flag texts of a separable verb with its
//! particle and of a who-won result that runs over a clause.

use super::test_util::{flags_of, no_flag};
use crate::matcher::DiscrepancyKind as K;

#[test]
fn a_french_speaker_after_a_warning_verb_is_flagged() {
    let a = "« Nous irons jusqu'au bout », a déclaré le secrétaire général de la CGT, \
             Thierry Nier.";
    let b = "« Nous irons jusqu'au bout », a prévenu Fabien Villedieu, de SUD-Rail.";
    let want = vec![(
        "Thierry Nier".to_string(),
        "Fabien Villedieu".to_string(),
        false,
    )];
    assert_eq!(flags_of(K::Speaker, a, b), want);
    // The same speaker told with either verb: no flag.
    no_flag(
        K::Speaker,
        "« Nous irons jusqu'au bout », a prévenu Fabien Villedieu, de SUD-Rail.",
        "« Nous irons jusqu'au bout », a déclaré Fabien Villedieu.",
    );
    // "le prévenu" is a defendant, not a verb of speech.
    no_flag(
        K::Speaker,
        "Le prévenu a été condamné à deux ans de prison, a déclaré Thierry Nier.",
        "Le prévenu a été condamné à deux ans de prison.",
    );
}

#[test]
fn a_spokesperson_flag_keeps_the_body_named_before_it() {
    let f = flags_of(
        K::Speaker,
        "The engine failed shortly after take-off, a Lufthansa spokeswoman said.",
        "The engine caught fire shortly after take-off, a police spokesman said.",
    );
    assert_eq!(
        f,
        vec![(
            "Lufthansa spokeswoman".to_string(),
            "police spokesman".to_string(),
            false
        )]
    );
}

#[test]
fn two_makers_aircraft_are_a_vehicle_flag() {
    let a = "The Airbus A320 landed safely in Frankfurt.";
    let b = "The Boeing 737 landed safely in Frankfurt.";
    let want = vec![("Airbus A320".to_string(), "Boeing 737".to_string(), false)];
    assert_eq!(flags_of(K::Vehicle, a, b), want);
    // One sentence names the other's maker: no flag.
    no_flag(
        K::Vehicle,
        "The Airbus A320 landed safely in Frankfurt.",
        "The Boeing 737, following the Airbus, landed safely in Frankfurt.",
    );
}

#[test]
fn a_models_code_is_flagged_once_as_a_vehicle() {
    let a = "Der Airbus A321 landete um 19.20 Uhr sicher.";
    let b = "Der Airbus A320 landete um 19.20 Uhr sicher.";
    assert_eq!(
        flags_of(K::Vehicle, a, b),
        vec![("Airbus A321".to_string(), "Airbus A320".to_string(), false)]
    );
    no_flag(K::Number, a, b);
}

#[test]
fn an_operators_aircraft_is_a_vehicle_not_a_person() {
    let a = "Lufthansa-Maschine muss in Frankfurt notlanden";
    let b = "Eurowings-Maschine muss in Frankfurt notlanden";
    no_flag(K::Person, a, b);
    assert_eq!(
        flags_of(K::Vehicle, a, b),
        vec![(
            "Lufthansa-Maschine".to_string(),
            "Eurowings-Maschine".to_string(),
            false
        )]
    );
    no_flag(
        K::Vehicle,
        "Lufthansa-Maschine muss in Frankfurt notlanden",
        "Die Lufthansa-Maschine musste in Frankfurt notlanden",
    );
}

#[test]
fn a_separable_verb_is_shown_with_its_particle() {
    let f = flags_of(
        K::Outcome,
        "Das Landgericht verurteilte Müller am Donnerstag zu drei Jahren Haft.",
        "Das Landgericht sprach Müller am Donnerstag frei.",
    );
    assert_eq!(
        f,
        vec![(
            "verurteilte".to_string(),
            "sprach Müller am Donnerstag frei".to_string(),
            false
        )]
    );
    let f = flags_of(
        K::Outcome,
        "De rechtbank veroordeelde Jansen donderdag tot drie jaar cel.",
        "De rechtbank sprak Jansen donderdag vrij.",
    );
    assert_eq!(
        f.first().map(|x| x.1.as_str()),
        Some("sprak Jansen donderdag vrij")
    );
}

#[test]
fn a_swapped_winner_over_a_clause_is_shown_by_its_winners() {
    for (a, b, ta, tb) in [
        (
            "Labour won the by-election in Runcorn by 14 votes, beating Reform UK.",
            "Reform UK won the by-election in Runcorn by 14 votes, beating Labour.",
            "Labour",
            "Reform UK",
        ),
        (
            "Die SPD hat die Wahl am Sonntag knapp vor der CDU gewonnen.",
            "Die CDU hat die Wahl am Sonntag knapp vor der SPD gewonnen.",
            "SPD",
            "CDU",
        ),
        // A short result is shown whole.
        (
            "Betis beat Athletic 2-1 on Saturday.",
            "Athletic beat Betis 2-1 on Saturday.",
            "Betis beat Athletic",
            "Athletic beat Betis",
        ),
    ] {
        let f = flags_of(K::Outcome, a, b);
        assert_eq!(
            f,
            vec![(ta.to_string(), tb.to_string(), false)],
            "{a} / {b}"
        );
    }
}

/// Trial 41 F9: the two sides of a who-won flag are parallel, winner against winner,
/// when one result is told with its loser after a clause ("al imponerse por 2-1 al
/// Athletic") and is cut to its winner: the other is cut to its winner too, not shown
/// whole. Two results both short enough are still shown whole (above).
#[test]
fn the_two_sides_of_a_who_won_flag_are_parallel() {
    for (a, b, ta, tb) in [
        (
            "El Betis ganó la final al imponerse por 2-1 al Athletic.",
            "El Athletic ganó la final al imponerse por 2-1 al Betis.",
            "Betis",
            "Athletic",
        ),
        (
            "Le PSG a remporté la finale en s'imposant 2-1 face à Lyon.",
            "Lyon a remporté la finale en s'imposant 2-1 face au PSG.",
            "PSG",
            "Lyon",
        ),
    ] {
        let f = flags_of(K::Outcome, a, b);
        assert_eq!(
            f,
            vec![(ta.to_string(), tb.to_string(), false)],
            "{a} / {b}"
        );
    }
    // One fact told in other words: no flag.
    no_flag(
        K::Outcome,
        "El Betis ganó la final al imponerse por 2-1 al Athletic.",
        "El Betis se impuso por 2-1 al Athletic en la final.",
    );
}

//! Tests of trial 49's outcome leftovers, by kind: a German or Dutch "no longer" whose
//! verb ends the clause after a phrase ("nicht mehr nach Utrecht *umgeleitet*", "niet meer
//! naar Utrecht *omgeleid*": `negation/german.rs`); a French simple verb between "ne" and
//! "pas" ("ne *paiera* pas la rançon": `negation/french.rs`); a negated verb of confirming
//! against the confirmation of another thing ("could not yet confirm" / "Police confirm
//! the cybercrime unit is involved": `negation/confirmed.rs`). Each with near cases that
//! must not flag.

use super::tests_condition::{outcome_flag, unflagged};
use super::tests_trial49::flagged;

#[test]
fn a_germanic_no_longer_denies_the_verb_at_its_clause_end() {
    // Trial 49 item 1: after a phrase, the verb at the clause's end.
    flagged(
        "Die Krankenwagen werden nicht mehr nach Utrecht umgeleitet.",
        "Die Krankenwagen werden nach Utrecht umgeleitet.",
        "nicht mehr nach Utrecht umgeleitet",
        "umgeleitet",
    );
    flagged(
        "De ambulances worden niet meer naar Utrecht omgeleid.",
        "De ambulances worden naar Utrecht omgeleid.",
        "niet meer naar Utrecht omgeleid",
        "omgeleid",
    );
    flagged(
        "De ambulances worden niet langer naar het ziekenhuis in Utrecht gebracht.",
        "De ambulances worden naar het ziekenhuis in Utrecht gebracht.",
        "niet langer naar het ziekenhuis in Utrecht gebracht",
        "gebracht",
    );
    // The verb right after the word of "longer", as before.
    flagged(
        "Die Krankenwagen werden nicht mehr umgeleitet.",
        "Die Krankenwagen werden umgeleitet.",
        "nicht mehr umgeleitet",
        "umgeleitet",
    );
    flagged(
        "De ambulances worden niet meer omgeleid.",
        "De ambulances worden omgeleid.",
        "niet meer omgeleid",
        "omgeleid",
    );
    // Both no longer; no verb at the clause's end; the place not the verb told plainly.
    for (a, b) in [
        (
            "Die Krankenwagen werden nicht mehr nach Utrecht umgeleitet.",
            "Die Krankenwagen werden seit Donnerstag nicht mehr nach Utrecht umgeleitet.",
        ),
        (
            "Die Krankenwagen fahren nicht mehr nach Utrecht.",
            "Die Krankenwagen fahren nach Utrecht.",
        ),
        (
            "De ambulances worden niet meer naar Utrecht omgeleid.",
            "De patiënten gaan naar Utrecht.",
        ),
    ] {
        unflagged(a, b);
    }
}

#[test]
fn a_french_simple_verb_before_pas_is_what_is_denied() {
    // Trial 49 item 2: "pas la rançon ≠ rançon" named no verb.
    flagged(
        "Le groupe ne paiera pas la rançon, a dit De Vries.",
        "Le groupe a payé la rançon, a dit De Vries.",
        "ne paiera pas",
        "payé",
    );
    flagged(
        "Le groupe ne paierait pas la rançon.",
        "Le groupe a payé la rançon.",
        "ne paierait pas",
        "payé",
    );
    flagged(
        "L'hôpital ne payait pas la rançon.",
        "L'hôpital a payé la rançon.",
        "ne payait pas",
        "payé",
    );
    // A compound tense: the participle after "pas", as before.
    flagged(
        "L'hôpital n'a pas payé la rançon.",
        "L'hôpital a payé la rançon.",
        "pas payé",
        "payé",
    );
    // Spanish, Italian and Portuguese put the negation before the verb: the verb is named.
    flagged(
        "El hospital no pagó el rescate.",
        "El hospital pagó el rescate.",
        "no pagó",
        "pagó",
    );
    flagged(
        "L'ospedale non ha pagato il riscatto.",
        "L'ospedale ha pagato il riscatto.",
        "non ha pagato",
        "pagato",
    );
    flagged(
        "O hospital não pagou o resgate.",
        "O hospital pagou o resgate.",
        "não pagou",
        "pagou",
    );
    // "faire" carries little: the appeal is what is denied, as before.
    flagged(
        "La défense fera appel du jugement.",
        "La défense ne fera plus appel du jugement.",
        "appel",
        "plus appel",
    );
    // A refusal to come of another object, or both refused: none.
    for (a, b) in [
        (
            "Le groupe ne paiera pas la rançon.",
            "Le groupe a payé les salaires.",
        ),
        (
            "Le groupe ne paiera pas la rançon.",
            "Le groupe ne paiera jamais la rançon.",
        ),
    ] {
        unflagged(a, b);
    }
    // Before the fix the noun after "pas" was read: no flag names it now.
    let f = outcome_flag(
        "Le groupe ne paiera pas la rançon.",
        "Le groupe a payé la rançon.",
    );
    assert!(
        f.as_ref().is_some_and(|(a, _, _)| !a.contains("rançon")),
        "{f:?}"
    );
}

#[test]
fn a_negated_confirmation_of_another_thing_is_no_outcome() {
    // Trial 49 final pass F8: "confirm ≠ not yet confirm" at 1.8 %.
    unflagged(
        "14:05 – Police confirm the cybercrime unit is involved.",
        "The gang said it had stolen the data of about 400,000 patients, a claim the group \
         said it could not yet confirm.",
    );
    unflagged(
        "The hospital could not confirm the attack.",
        "Police confirmed the arrest.",
    );
    // The same thing confirmed and not: flagged.
    flagged(
        "Police did not confirm the arrest.",
        "Police confirmed the arrest.",
        "not confirm",
        "confirmed",
    );
    flagged(
        "The death toll was not confirmed.",
        "The death toll was confirmed.",
        "not confirmed",
        "confirmed",
    );
    flagged(
        "La police n'a pas confirmé l'arrestation.",
        "La police a confirmé l'arrestation.",
        "pas confirmé",
        "confirmé",
    );
}

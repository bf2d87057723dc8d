//! Tests of trial 57's cause faults (a coach crash on an Alpine pass told in English,
//! German and Spanish): the causes of a road crash (brakes, a tyre, the driver asleep,
//! drunk or distracted, ice) told differently had no flag, nor when told after a verb of
//! suspecting ("Investigators suspect brake failure", de "geht von einem Bremsversagen
//! aus") or a plain cue ("se debió a"); a cause blamed or suspected against the same
//! cause ruled out had none; with the near cases that must not flag.

use super::tests_trial50::{cause_flag, flagged, soft, unflagged};

/// Asserts the solid cause flag `ta` / `tb` both ways round.
#[track_caller]
pub(super) fn solid(a: &str, b: &str, ta: &str, tb: &str) {
    assert_eq!(
        cause_flag(a, b),
        Some((ta.into(), tb.into(), false)),
        "{a} / {b}"
    );
    assert_eq!(
        cause_flag(b, a),
        Some((tb.into(), ta.into(), false)),
        "{b} / {a}"
    );
}

#[test]
fn two_causes_of_a_road_crash_differ() {
    // Trial 57, the tester's pairs (0.913, 0.899: no flag).
    solid(
        "Police said the crash was caused by brake failure.",
        "Police said the crash was caused by the driver falling asleep at the wheel.",
        "brake",
        "falling asleep",
    );
    solid(
        "The crash was caused by a brake failure.",
        "The crash was caused by a burst tyre.",
        "brake",
        "burst tyre",
    );
    // The kind: a driver drunk, distracted, taken ill; ice on the road.
    flagged(
        "The crash was blamed on the driver being drunk.",
        "The crash was blamed on black ice.",
        "drunk",
        "black ice",
    );
    flagged(
        "The crash was caused by a driver distracted by his phone.",
        "The crash was caused by a burst tyre.",
        "distracted",
        "burst tyre",
    );
    // Six more languages, the German and Spanish of the trial's articles.
    flagged(
        "Der Unfall wurde durch ein Bremsversagen verursacht.",
        "Der Unfall wurde durch Sekundenschlaf verursacht.",
        "Bremsversagen",
        "Sekundenschlaf",
    );
    flagged(
        "El accidente fue causado por un fallo de los frenos.",
        "El accidente fue causado por el exceso de velocidad.",
        "fallo de los frenos",
        "exceso de velocidad",
    );
    flagged(
        "L'accident a été causé par l'alcool.",
        "L'accident a été causé par le verglas.",
        "l'alcool",
        "verglas",
    );
    flagged(
        "L'incidente è stato causato da un colpo di sonno.",
        "L'incidente è stato causato dal ghiaccio.",
        "colpo di sonno",
        "ghiaccio",
    );
    flagged(
        "O acidente foi causado pelo álcool.",
        "O acidente foi causado pela neve.",
        "álcool",
        "neve",
    );
    flagged(
        "Het ongeluk werd veroorzaakt door een klapband.",
        "Het ongeluk werd veroorzaakt door ijzel.",
        "klapband",
        "ijzel",
    );
}

#[test]
fn a_crash_cause_after_a_verb_of_suspecting_differs() {
    // Trial 57 (0.800, de 0.062, 0.979, es 0.848, 0.754: no flag). Two causes suspected
    // alike differ plainly (as "believe" in session 48's test).
    solid(
        "Investigators suspect brake failure.",
        "Investigators suspect the driver nodded off.",
        "brake",
        "nodded off",
    );
    solid(
        "Die Polizei geht von einem Bremsversagen aus.",
        "Die Ermittler gehen von Sekundenschlaf des Lenkers aus.",
        "Bremsversagen",
        "Sekundenschlaf",
    );
    solid(
        "Die Polizei vermutet ein Bremsversagen als Ursache.",
        "Die Polizei vermutet überhöhte Geschwindigkeit als Ursache.",
        "Bremsversagen",
        "überhöhte Geschwindigkeit",
    );
    // A suspected cause against a plain one: the softer kind.
    soft(
        "Police said initial evidence pointed to brake failure.",
        "The crash was caused by excessive speed.",
        "brake",
        "excessive speed",
    );
    soft(
        "Die Polizei geht von einem Bremsversagen aus.",
        "Der Unfall wurde durch überhöhte Geschwindigkeit verursacht.",
        "Bremsversagen",
        "überhöhte Geschwindigkeit",
    );
    // A plain cue ("se debió a") against another: solid.
    solid(
        "El accidente se debió a un fallo de los frenos.",
        "El accidente se debió al exceso de velocidad.",
        "fallo de los frenos",
        "exceso de velocidad",
    );
    solid(
        "El accidente se debió a un fallo de los frenos.",
        "El accidente se debió a que el conductor se quedó dormido.",
        "fallo de los frenos",
        "se quedó dormido",
    );
}

#[test]
fn a_suspected_crash_cause_after_an_aside_differs() {
    // Trial 57's last look (the page, no flag): an adjunct between "gehen" and "von", an
    // aside set off by commas between "believe" and its clause.
    flagged(
        "Police said initial evidence pointed to brake failure.",
        "Die Ermittler gehen nach ersten Erkenntnissen von Sekundenschlaf des Lenkers aus.",
        "brake",
        "Sekundenschlaf",
    );
    flagged(
        "Police said initial evidence pointed to brake failure.",
        "Investigators believe, based on initial findings, that the driver fell asleep at the wheel.",
        "brake",
        "fell asleep",
    );
    // Near cases: the same cause behind an aside agrees; a clause after the aside that
    // tells no cause reads none.
    for (a, b) in [
        (
            "Police said initial evidence pointed to brake failure.",
            "Investigators believe, based on initial findings, that the brakes failed.",
        ),
        (
            "Police said initial evidence pointed to brake failure.",
            "Die Ermittler gehen nach ersten Erkenntnissen von einem Bremsversagen aus.",
        ),
        (
            "Police said the driver fell asleep at the wheel.",
            "Investigators believe, based on initial findings, that the road was closed.",
        ),
    ] {
        unflagged(a, b);
    }
}

#[test]
fn one_crash_cause_in_two_words_or_two_languages_agrees() {
    unflagged(
        "Investigators suspect the driver fell asleep.",
        "Investigators suspect the driver nodded off at the wheel.",
    );
    unflagged(
        "Police said the crash was caused by the driver falling asleep.",
        "Die Polizei geht von Sekundenschlaf des Lenkers aus.",
    );
    unflagged(
        "The crash was caused by brake failure.",
        "Die Polizei geht von einem Bremsversagen aus.",
    );
    unflagged(
        "The crash was caused by brake failure.",
        "El accidente se debió a un fallo de los frenos.",
    );
    unflagged(
        "Police blamed excessive speed.",
        "El accidente se debió al exceso de velocidad.",
    );
    // A technical defect may be the brakes.
    unflagged(
        "A technical defect is suspected.",
        "The crash was caused by brake failure.",
    );
    // Both causes on one side.
    unflagged(
        "Investigators suspect brake failure, though the driver may have fallen asleep.",
        "Investigators suspect the driver fell asleep.",
    );
    // What a suspect verb tells of no cause: the event, people asleep, a phone call.
    unflagged(
        "Police believe the fire started in the kitchen.",
        "Police believe brake failure caused the crash.",
    );
    unflagged(
        "Most passengers were asleep when the coach left the road.",
        "Investigators suspect brake failure.",
    );
    unflagged(
        "Police said the driver phoned his company after the crash.",
        "The crash was blamed on black ice.",
    );
}

#[test]
fn a_cause_blamed_or_suspected_against_it_ruled_out_differs() {
    // Trial 57 (0.995, 0.942: no flag).
    solid(
        "Police blamed brake failure.",
        "Police ruled out brake failure.",
        "blamed brake",
        "ruled out brake failure",
    );
    soft(
        "A technical defect is suspected.",
        "Police ruled out a technical defect.",
        "technical defect is suspected",
        "ruled out a technical defect",
    );
    // Both ruled out, or one only blamed: no flag.
    unflagged(
        "Police ruled out brake failure.",
        "Investigators have ruled out brake failure.",
    );
    unflagged(
        "Police blamed brake failure.",
        "Police blamed brake failure.",
    );
}

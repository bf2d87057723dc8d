//! Tests of trial 52's cause fault F3: rain was no class of `CAUSES`, an explosion had
//! only its English words, and the plural of a verb of causing ("provocaron") was not
//! read, so "Heavy rains caused the collapse" / "An explosion caused the collapse" never
//! flagged; in seven languages, with the near cases that must not flag.

use super::tests_trial50::{flagged, unflagged};

#[test]
fn rain_against_an_explosion_differs() {
    // Trial 52 F3, the tester's pairs.
    flagged(
        "Heavy rains caused the collapse, the minister said.",
        "An explosion caused the collapse, the minister said.",
        "rains",
        "explosion",
    );
    flagged(
        "The collapse was caused by heavy rain.",
        "The collapse was caused by a gas explosion.",
        "rain",
        // A gas explosion is read whole since session 54 (gas told as its cause).
        "gas explosion",
    );
    flagged(
        "Las lluvias provocaron el derrumbe, dijo la ministra.",
        "Una explosión provocó el derrumbe, dijo la ministra.",
        "lluvias",
        "explosión",
    );
    // The other languages.
    flagged(
        "Les pluies ont provoqué l'effondrement.",
        "Une explosion a provoqué l'effondrement.",
        "pluies",
        "explosion",
    );
    flagged(
        "Starke Regenfälle verursachten den Einsturz.",
        "Eine Explosion verursachte den Einsturz.",
        "Regenfälle",
        "Explosion",
    );
    flagged(
        "Le piogge hanno causato il crollo.",
        "Una forte esplosione ha causato il crollo.",
        "piogge",
        "esplosione",
    );
    flagged(
        "As chuvas provocaram o desabamento.",
        "Uma explosão provocou o desabamento.",
        "chuvas",
        "explosão",
    );
    flagged(
        "De instorting werd veroorzaakt door regen.",
        "De instorting werd veroorzaakt door een explosie.",
        "regen",
        "explosie",
    );
}

#[test]
fn one_cause_or_both_told_or_a_passive_does_not_flag() {
    for (a, b) in [
        // One cause, in two wordings.
        (
            "Heavy rains caused the collapse.",
            "Heavy rain triggered the collapse.",
        ),
        (
            "Las lluvias provocaron el derrumbe.",
            "Las lluvias podrían haber provocado el derrumbe.",
        ),
        // Both causes told on one side.
        (
            "Heavy rains caused an explosion that brought down the gallery.",
            "An explosion caused the collapse.",
        ),
        // Rain told of, no cause: "regeneration" is no rain.
        (
            "Heavy rains hampered the rescue.",
            "An explosion caused the collapse.",
        ),
        (
            "The regeneration of the area caused delays.",
            "An explosion caused the delays.",
        ),
    ] {
        unflagged(a, b);
    }
}

/// Session 49's last pass: two causes of two different things ("Rain caused delays to the
/// rescue" / "An explosion caused the collapse") were flagged as one cause told two ways,
/// at 93 % in Spanish; and "rain-soaked" after "died in" was read as rain the cause.
#[test]
fn causes_of_two_different_things_or_a_compound_are_no_conflict() {
    for (a, b) in [
        (
            "La lluvia provocó retrasos en el rescate, dijo la empresa.",
            "Una explosión provocó el derrumbe, dijo la empresa.",
        ),
        (
            "Heavy rain caused delays to the rescue, the company said.",
            "A gas explosion caused the collapse, the company said.",
        ),
        (
            "Der Regen verursachte Verzögerungen bei der Rettung.",
            "Eine Explosion verursachte den Einsturz.",
        ),
        (
            "Two miners died in the rain-soaked tunnel.",
            "Two miners died in an explosion in the tunnel.",
        ),
    ] {
        unflagged(a, b);
    }
    // Near cases: one thing caused, named alike or across languages, still flags.
    flagged(
        "Heavy rain caused the collapse of the gallery.",
        "A gas explosion caused the collapse, the company said.",
        "rain",
        "gas explosion",
    );
    flagged(
        "Two miners died in the rain.",
        "Two miners died in an explosion.",
        "rain",
        "explosion",
    );
}

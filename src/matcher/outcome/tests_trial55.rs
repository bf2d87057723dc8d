//! Tests of trial 55's outcome faults: things lost are no lives lost ("People have lost
//! everything they had" / "Nobody has lost their life" read "lost ≠ Nobody has lost their
//! life": `negation/lives_lost.rs`, `other_loss`); a German fate told before its denial
//! ("Todesopfer gab es … keines": `negation/fronted.rs`) and victims denied
//! ("Non ci sono vittime": `lexicon::deaths::VICTIMS`) against a death; each with the near
//! cases that must not change.

use super::tests_condition::{flagged, unflagged};

#[test]
fn things_lost_are_no_lives_lost() {
    for (a, b) in [
        // The trial's pair (F10).
        (
            "People have lost everything they had,",
            "Nobody has lost their life, and that is what matters tonight,",
        ),
        (
            "Hundreds of families lost their homes.",
            "Nobody has lost their life.",
        ),
        (
            "Many residents lost their belongings.",
            "No one lost their life in the flood.",
        ),
        // Lives lost against homes denied.
        ("Three people lost their lives.", "Nobody lost their home."),
    ] {
        unflagged(a, b);
    }
}

#[test]
fn lives_lost_against_none_and_homes_against_none_keep_their_flags() {
    flagged(
        "Three people lost their lives.",
        "Nobody has lost their life.",
        "lost their lives",
        "Nobody has lost their life",
        false,
    );
    flagged(
        "Hundreds lost their homes.",
        "Nobody lost their home.",
        "lost",
        "Nobody lost",
        false,
    );
}

#[test]
fn a_death_denied_before_its_kein_or_as_no_victims_is_flagged() {
    for (a, b, ta, tb) in [
        // The trial's pair (F7).
        (
            "Ein Mensch kam ums Leben.",
            "Todesopfer gab es nach Angaben der Polizei bisher keines.",
            "ums Leben",
            "Todesopfer gab es nach Angaben der Polizei bisher keines",
        ),
        (
            "Ein Mensch kam ums Leben.",
            "Tote gab es keine.",
            "ums Leben",
            "Tote gab es keine",
        ),
        (
            "Eine Frau wurde getötet.",
            "Opfer gab es keine.",
            "getötet",
            "Opfer gab es keine",
        ),
        (
            "Ein Mensch kam ums Leben.",
            "Es gab keine Todesopfer.",
            "ums Leben",
            "keine Todesopfer",
        ),
        (
            "Ein Mensch kam ums Leben.",
            "Es gab keine Toten.",
            "ums Leben",
            "keine Toten",
        ),
        (
            "Une personne est morte.",
            "Il n'y a pas eu de morts.",
            "morte",
            "pas eu de morts",
        ),
        (
            "Una persona murió.",
            "No hubo muertos.",
            "murió",
            "No hubo muertos",
        ),
        (
            "Una persona è morta.",
            "Non ci sono vittime.",
            "morta",
            "Non ci sono vittime",
        ),
        (
            "Uma pessoa morreu.",
            "Não houve mortos.",
            "morreu",
            "Não houve mortos",
        ),
        (
            "One person was killed.",
            "There were no victims.",
            "killed",
            "no victims",
        ),
    ] {
        flagged(a, b, ta, tb, false);
    }
}

#[test]
fn both_denying_or_another_fate_is_not_flagged() {
    for (a, b) in [
        ("Tote gab es keine.", "Es gab keine Todesopfer."),
        ("Todesopfer gab es bisher keines.", "Tote gab es keine."),
        ("Non ci sono vittime.", "Nessuno è morto."),
        // Another fate: the injured are no dead denied.
        ("Zwei Menschen wurden verletzt.", "Tote gab es keine."),
        // Victims told plainly are no death.
        (
            "Die Opfer wurden ins Spital gebracht.",
            "Tote gab es keine.",
        ),
        // A missing count after the denial is no fate denied.
        (
            "Todesopfer gab es keine, drei werden vermisst.",
            "Vier Menschen werden vermisst.",
        ),
    ] {
        unflagged(a, b);
    }
}

//! Tests of session 51's last pass over the outcome flags: a death denied by "nobody"
//! and told as lives lost against one killed ("Nobody at the bus stop lost their life" /
//! "One woman at the bus stop was killed" read "Nobody at the bus ≠ bus":
//! `negation::after_subject_phrase`, `negation/lives_lost.rs`, `lexicon::deaths::LOSE`);
//! the bodies of people against the same people alive in Spanish and German
//! (`fate_table.rs`, `fates::of_whom`); each with the near cases that must not change.

use super::tests_condition::{flagged, unflagged};

#[test]
fn a_death_denied_as_no_life_lost_against_one_killed_is_flagged() {
    for (a, b, ta, tb) in [
        // The session's pair.
        (
            "Nobody at the bus stop lost their life, the mayor said.",
            "One woman at the bus stop was killed, the mayor said.",
            "Nobody at the bus stop lost their life",
            "killed",
        ),
        (
            "Nobody has lost their life.",
            "One person was killed in the fire.",
            "Nobody has lost their life",
            "killed",
        ),
        (
            "No one lost their lives in the fire.",
            "Two people died in the fire.",
            "No one lost their lives",
            "died",
        ),
        // Told as lives lost on the plain side.
        (
            "No one was killed in the fire.",
            "Two people lost their lives in the fire.",
            "No one was killed",
            "lost their lives",
        ),
    ] {
        flagged(a, b, ta, tb, false);
    }
}

#[test]
fn lives_lost_are_a_death_in_seven_languages() {
    super::tests_session51::assert_negated(&[
        ("Nobody at the bus stop lost their life.", "lost"),
        ("Nadie perdió la vida en el incendio.", "perdió"),
        ("Personne n'a perdu la vie dans l'incendie.", "perdu"),
        ("Nessuno ha perso la vita nell'incendio.", "perso"),
        ("Ninguém perdeu a vida no incêndio.", "perdeu"),
        // The place before the verb of a fate is not what is denied.
        ("Nobody at the bus stop died.", "died"),
    ]);
    for (a, b) in [
        (
            "Nadie perdió la vida en el incendio.",
            "Una mujer murió en el incendio.",
        ),
        (
            "Personne n'a perdu la vie dans l'incendie.",
            "Une femme a été tuée dans l'incendie.",
        ),
        (
            "Nessuno ha perso la vita nell'incendio.",
            "Una donna è morta nell'incendio.",
        ),
        (
            "Ninguém perdeu a vida no incêndio.",
            "Uma mulher morreu no incêndio.",
        ),
        (
            "Bei dem Brand kam niemand ums Leben.",
            "Bei dem Brand wurde eine Frau getötet.",
        ),
        (
            "Bij de brand kwam niemand om het leven.",
            "Bij de brand werd een vrouw gedood.",
        ),
    ] {
        assert!(
            super::tests_condition::outcome_flag(a, b).is_some(),
            "{a} / {b}"
        );
    }
}

#[test]
fn harm_denied_on_both_sides_or_other_losses_are_no_flag() {
    for (a, b) in [
        ("Nobody was hurt.", "No one was injured."),
        (
            "Nobody at the bus stop lost their life.",
            "No one at the bus stop was killed.",
        ),
        // A loss of no life.
        (
            "Nobody lost their job, the mayor said.",
            "One woman was killed, the mayor said.",
        ),
        (
            "The mayor lost the vote.",
            "Nobody was killed, the mayor said.",
        ),
    ] {
        unflagged(a, b);
    }
}

#[test]
fn the_bodies_of_people_against_the_same_people_alive_are_flagged_in_spanish_and_german() {
    for (a, b, ta, tb) in [
        // The session's pairs: the living after a personal "a", the dead after a verb of
        // finding and a dative plural.
        (
            "Los rescatistas sacaron los cuerpos de dos mineros el miércoles.",
            "Los rescatistas sacaron con vida a dos mineros el miércoles.",
            "cuerpos de",
            "con vida",
        ),
        (
            "Die Retter bargen am Mittwoch die Leichen von zwei Bergleuten.",
            "Die Retter bargen am Mittwoch zwei Bergleute lebend.",
            "Leichen von",
            "lebend",
        ),
    ] {
        flagged(a, b, ta, tb, false);
    }
}

#[test]
fn bodies_against_bodies_or_alive_against_alive_in_spanish_and_german_are_no_flag() {
    for (a, b) in [
        (
            "Los rescatistas sacaron los cuerpos de dos mineros el miércoles.",
            "Los rescatistas recuperaron los cuerpos de dos mineros el miércoles.",
        ),
        (
            "Los rescatistas sacaron con vida a dos mineros el miércoles.",
            "Dos mineros fueron rescatados con vida el miércoles.",
        ),
        (
            "Die Retter bargen am Mittwoch die Leichen von zwei Bergleuten.",
            "Am Mittwoch wurden die Leichen von zwei Bergleuten geborgen.",
        ),
        (
            "Die Retter bargen am Mittwoch zwei Bergleute lebend.",
            "Zwei Bergleute wurden am Mittwoch lebend geborgen.",
        ),
        // Other people: two bodies, three others alive.
        (
            "Los rescatistas sacaron los cuerpos de dos mineros el miércoles.",
            "Los rescatistas sacaron con vida a tres mineros el miércoles.",
        ),
        (
            "Die Retter bargen am Mittwoch die Leichen von zwei Bergleuten.",
            "Die Retter bargen am Mittwoch drei Bergleute lebend.",
        ),
    ] {
        unflagged(a, b);
    }
}

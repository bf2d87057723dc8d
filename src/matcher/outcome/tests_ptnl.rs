//! Tests of opposite outcomes told in Portuguese and Dutch that their English twins flag
//! (trial 36 F7.5, F12.4, F16.4, F17.4, F17.5): a fire under control against still
//! burning, an order lifted against still in force, custody against release, a prison
//! term served against a suspended one, confirmed against not confirmed, and the verb a
//! question left open is about ("se vai recorrer"); with the near pairs that tell one
//! outcome in two wordings.

use super::hedge_conflict;
use super::tests_fates::{conflict, flagged_each_way, unflagged};

#[test]
fn a_portuguese_fire_under_control_against_still_burning_is_flagged() {
    flagged_each_way(
        "O incêndio foi dado como dominado na quarta-feira.",
        "O incêndio continuava por dominar na quarta-feira.",
        "dominado",
        "por dominar",
    );
    flagged_each_way(
        "O fogo foi dominado ao fim da tarde.",
        "O fogo continuava ativo ao fim da tarde.",
        "dominado",
        "continuava ativo",
    );
    flagged_each_way(
        "De brand in Urk is onder controle.",
        "De brand in Urk woedt nog.",
        "onder controle",
        "woedt nog",
    );
    // One outcome in two wordings; a fire not named is no fire's outcome.
    unflagged(
        "O incêndio foi dado como dominado na quarta-feira.",
        "O incêndio foi dominado na quarta-feira pelos bombeiros.",
    );
    unflagged(
        "O incêndio continuava por dominar na quarta-feira.",
        "O incêndio continuava ativo na quarta-feira.",
    );
    unflagged(
        "A greve foi dominada pelos sindicatos.",
        "A greve continuava ativa na quarta-feira.",
    );
}

#[test]
fn an_order_lifted_against_still_in_force_is_flagged_in_portuguese_and_dutch() {
    flagged_each_way(
        "A ordem de evacuação foi levantada na quinta-feira.",
        "A ordem de evacuação mantém-se em vigor.",
        "levantada",
        "em vigor",
    );
    flagged_each_way(
        "Het evacuatiebevel is donderdag opgeheven.",
        "Het evacuatiebevel blijft van kracht.",
        "opgeheven",
        "van kracht",
    );
    unflagged(
        "A ordem de evacuação mantém-se em vigor.",
        "A ordem de evacuação continua em vigor.",
    );
    unflagged(
        "Het evacuatiebevel is donderdag opgeheven.",
        "Het evacuatiebevel werd op donderdag opgeheven.",
    );
}

#[test]
fn custody_against_release_and_a_served_against_a_suspended_term_are_flagged() {
    flagged_each_way(
        "O suspeito, de 52 anos, ficou em prisão preventiva.",
        "O suspeito, de 52 anos, foi libertado.",
        "prisão",
        "libertado",
    );
    flagged_each_way(
        "Rui Almeida foi condenado a seis anos de prisão efetiva.",
        "Rui Almeida foi condenado a cinco anos de prisão com pena suspensa.",
        "efetiva",
        "suspensa",
    );
    flagged_each_way(
        "De man kreeg een onvoorwaardelijke celstraf van twee jaar.",
        "De man kreeg een voorwaardelijke celstraf van twee jaar.",
        "onvoorwaardelijke",
        "voorwaardelijke",
    );
    unflagged(
        "O suspeito ficou em prisão preventiva.",
        "O suspeito vai aguardar o julgamento em prisão preventiva.",
    );
    unflagged(
        "Rui Almeida foi condenado a seis anos de prisão efetiva.",
        "Rui Almeida foi condenado a cinco anos de prisão efetiva.",
    );
    unflagged(
        "Almeida foi condenado a pena suspensa.",
        "Almeida foi condenado a uma pena suspensa de três anos.",
    );
}

#[test]
fn a_dutch_negation_of_the_same_verb_is_flagged() {
    let (a, b) = (
        "De NVWA bevestigde dat de bacterie in de fabriek is aangetroffen.",
        "Of de bacterie uit de fabriek komt, is nog niet bevestigd.",
    );
    assert!(conflict(a, b).is_some(), "{a} / {b}");
    assert!(conflict(b, a).is_some(), "{b} / {a}");
    unflagged(
        "De NVWA bevestigde dat de bacterie in de fabriek is aangetroffen.",
        "De NVWA heeft bevestigd dat de bacterie in de fabriek zat.",
    );
    unflagged(
        "De bron is nog niet bevestigd, zegt de NVWA.",
        "De bron is niet bevestigd, aldus de NVWA.",
    );
}

/// The hedge flag of `a` / `b` as texts.
fn hedge(a: &str, b: &str) -> Option<(String, String)> {
    crate::matcher::flags::flagged_texts(hedge_conflict, a, b)
}

#[test]
fn a_question_left_open_with_the_future_of_ir_is_about_its_verb() {
    assert_eq!(
        hedge(
            "A defesa vai recorrer da decisão para o Tribunal da Relação.",
            "A defesa ainda não decidiu se vai recorrer.",
        ),
        Some((
            "vai recorrer".into(),
            "ainda não decidiu se vai recorrer".into()
        ))
    );
    assert_eq!(
        hedge(
            "La defensa va a recurrir la sentencia.",
            "La defensa aún no ha decidido si va a recurrir.",
        ),
        Some((
            "va a recurrir".into(),
            "aún no ha decidido si va a recurrir".into()
        ))
    );
    // Both leave it open: no flag.
    assert_eq!(
        hedge(
            "A defesa ainda não decidiu se vai recorrer.",
            "A defesa vai decidir se vai recorrer.",
        ),
        None
    );
}

//! Tests of the speaker flag after trial 32 (F3): a named person whose role belongs to
//! one body ("fire chief Mark Ellis", "o comandante dos bombeiros, Rui Costa") against an
//! unnamed spokesperson of another ("a police spokeswoman", "um porta-voz da Proteção
//! Civil"), and two spokespeople of two bodies of one state ("ein Polizeisprecher" / "ein
//! Sprecher der Staatsanwaltschaft"), are two sources.

use super::test_util::no_flag_either;
use super::tests_source_groups::speaker;
use super::DiscrepancyKind;

const QUOTE: &str =
    "\"Crews faced an extremely difficult fire, with thick smoke filling every floor,\"";

#[test]
fn a_role_of_one_body_against_a_spokesperson_of_another() {
    let a = format!("{QUOTE} said fire chief Mark Ellis.");
    let b = format!("{QUOTE} a police spokeswoman said.");
    let f = speaker(&a, &b);
    assert_eq!(f.len(), 1, "{f:?}");
    assert!(
        f[0].0.contains("fire chief") && f[0].1.contains("police"),
        "{f:?}"
    );
    // The fire service told two ways is one source.
    no_flag_either(
        DiscrepancyKind::Speaker,
        &[
            (&a, &format!("{QUOTE} a fire service spokeswoman said.")),
            (&b, &format!("{QUOTE} police said.")),
        ],
    );
}

#[test]
fn spokespeople_of_police_and_prosecutors_are_two() {
    let q = "„Der Fahrer ist offenbar kurz eingeschlafen“,";
    let a = format!("{q} sagte ein Polizeisprecher am Abend.");
    let b = format!("{q} sagte ein Sprecher der Staatsanwaltschaft.");
    let f = speaker(&a, &b);
    assert_eq!(f.len(), 1, "{f:?}");
    no_flag_either(
        DiscrepancyKind::Speaker,
        &[(
            &b,
            &format!("{q} sagte eine Sprecherin der Staatsanwaltschaft."),
        )],
    );
}

#[test]
fn protecao_civil_is_a_body() {
    let a = "\"O incêndio está controlado\", disse o comandante dos bombeiros, Rui Costa.";
    let b = "\"O incêndio está controlado\", afirmou um porta-voz da Proteção Civil.";
    let f = speaker(a, b);
    assert_eq!(f.len(), 1, "{f:?}");
    assert!(f[0].1.contains("Proteção Civil"), "{f:?}");
}

#[test]
fn a_body_of_another_statement_is_no_name() {
    // Two statements (few words shared), each credited to its own body: the words of
    // the body are no person's name ("Rui Costa ≠ Civil" was flagged).
    let a = "\"As chamas propagaram-se muito rapidamente pela escada\", disse o comandante dos bombeiros, Rui Costa.";
    let b =
        "\"O fogo subiu pela escada em poucos minutos\", afirmou um porta-voz da Proteção Civil.";
    no_flag_either(DiscrepancyKind::Speaker, &[(a, b)]);
}

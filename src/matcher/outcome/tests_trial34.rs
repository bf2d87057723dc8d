//! Tests of outcomes after trial 34 (F4.1, F4.2): a verdict in every language the
//! outcome lists read ("absuelto" / "condenó"), and a question left open ("before
//! deciding whether to appeal") against the decision told ("would appeal"), the softer
//! kind.

use super::*;
use crate::matcher::flags::flagged_texts;

fn conflict(a: &str, b: &str) -> Option<(String, String)> {
    flagged_texts(outcome_conflict, a, b)
}

fn hedge(a: &str, b: &str) -> Option<(String, String)> {
    flagged_texts(hedge_conflict, a, b)
}

fn pair(a: &str, b: &str) -> Option<(String, String)> {
    Some((a.to_string(), b.to_string()))
}

#[test]
fn acquitted_against_convicted_in_other_languages() {
    assert_eq!(
        conflict(
            "El tribunal le ha absuelto del delito de blanqueo de capitales.",
            "La Audiencia de Sevilla condenó el lunes a seis años de cárcel a Javier Ortega, expresidente del puerto, por cohecho, malversación y blanqueo de capitales."
        ),
        pair("absuelto", "condenó")
    );
    assert_eq!(
        conflict(
            "Il tribunale ha assolto l'ex sindaco.",
            "Il tribunale ha condannato l'ex sindaco."
        ),
        pair("assolto", "condannato")
    );
    assert_eq!(
        conflict(
            "Das Gericht hat den Bürgermeister freigesprochen.",
            "Das Gericht hat den Bürgermeister verurteilt."
        ),
        pair("freigesprochen", "verurteilt")
    );
    // Both told in one sentence ("condenados ... absueltos"): no contradiction.
    assert_eq!(
        conflict(
            "Diez de los acusados fueron condenados y otros tres fueron absueltos.",
            "El tribunal condenó a Ortega."
        ),
        None
    );
}

#[test]
fn a_question_left_open_against_the_decision() {
    assert_eq!(
        hedge(
            "Spain's anti-corruption prosecutor's office said in a statement that it would study the ruling before deciding whether to appeal.",
            "Anti-corruption prosecutors said they would appeal the ruling."
        ),
        pair("deciding whether to appeal", "appeal")
    );
    assert_eq!(
        hedge(
            "The company has not decided whether it will close the plant.",
            "The company will close the plant."
        ),
        pair("not decided whether it will close", "close")
    );
    assert_eq!(
        hedge(
            "La Fiscalía estudiará el fallo antes de decidir si recurre.",
            "La Fiscalía recurre el fallo."
        ),
        pair("decidir si recurre", "recurre")
    );
    // Left open on both sides, or "si" as "if": no flag.
    assert_eq!(
        hedge(
            "Prosecutors are deciding whether to appeal.",
            "Prosecutors will decide whether to appeal."
        ),
        None
    );
    assert_eq!(
        hedge(
            "La Fiscalía recurre si el tribunal lo permite.",
            "La Fiscalía recurre el fallo."
        ),
        None
    );

    // flag_counts, paraphrase-train: both left open ("decide if it will endorse",
    // "whether it would be worth"), the subject of a question ("whether public schools
    // can"), a decision denied ("Neither immediately said his agency would appeal").
    for (a, b) in [
        (
            "The AFL-CIO is waiting until October to decide if it will endorse a candidate.",
            "The AFL-CIO announced Wednesday that it will decide in October whether to endorse a candidate before the primaries.",
        ),
        (
            "But Close wondered whether the package would be worth the cost of licensing the third-party software.",
            "Close also questions whether it would be worth the cost of licensing third-party software.",
        ),
        (
            "A wary Supreme Court on Wednesday weighed whether public schools can discipline students for things they say off campus.",
            "A public school may punish its students for speech that would disrupt the work of the school.",
        ),
        (
            "Neither immediately said his agency would appeal the decision.",
            "Neither said whether they would appeal the decision.",
        ),
    ] {
        assert_eq!(hedge(a, b), None, "{a} / {b}");
        assert_eq!(hedge(b, a), None, "{b} / {a}");
    }
}

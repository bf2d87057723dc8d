//! Tests of the suggestions of a clause labelled out of its sentence (`Corpus::ranked`,
//! `Corpus::clause_lift`): a clause gets its sentence's candidates even when it shares no
//! word with them (trial 42, F1); a clause that holds the detail a flag of the sentence
//! pair compares is scored about as its sentence; a clause with another fact of its
//! sentence is not.

use super::*;

/// Code points of the first `part` in `text`.
pub(super) fn find(text: &str, part: &str) -> (usize, usize) {
    let byte = text.find(part).expect("part in text");
    let s = text[..byte].chars().count();
    (s, s + part.chars().count())
}

/// The score `ranked` gives `part` of `a` (or with `whole`, the sentence holding it)
/// for the sentence of `b` holding `target`; `None` when that sentence is not suggested.
fn score_of(a: &str, part: &str, whole: bool, b: &str, target: &str) -> Option<f64> {
    let corpus = Corpus::new(&[a, b]);
    let (mut s, mut e) = find(a, part);
    if whole {
        (s, e) = *corpus
            .sentences(0)
            .iter()
            .find(|&&(x, y)| x <= s && e <= y)
            .expect("a sentence holds the part");
    }
    let (ts, te) = find(b, target);
    corpus
        .ranked(0, s, e, 10)
        .into_iter()
        .find(|r| r.doc == 1 && r.start <= ts && te <= r.end)
        .map(|r| r.score)
}

pub(super) const PONTE_A: &str = "Ponte pedonal ruiu em Amarante: dois mortos\n\n\
PORTO, 3 mar 2026 (Lusa) – Uma ponte pedonal ruiu na manhã de segunda-feira sobre o rio \
Tâmega, em Amarante, causando a morte de duas pessoas e ferindo outras sete.\n\n\
A estrutura, construída em 1987, tinha sido inspecionada em novembro.\n\n\
Os bombeiros resgataram quatro pessoas do rio.\n\n\
A Polícia Judiciária abriu um inquérito às causas do colapso.\n";

pub(super) const PONTE_B: &str = "Tragédia no Tâmega: ponte cai e mata duas pessoas\n\n\
Duas pessoas morreram e nove ficaram feridas quando a ponte pedonal de Amarante, sobre o \
Tâmega, colapsou na segunda-feira de manhã.\n\n\
A ponte, de 1987, foi vistoriada em setembro.\n\n\
Os bombeiros retiraram quatro pessoas da água.\n\n\
O Ministério Público abriu um inquérito às causas do colapso.\n";

pub(super) const MANIF_A: &str = "Nantes: des milliers de manifestants contre l'autoroute\n\n\
NANTES, 14 oct 2025 (AFP) - Quelque 4.000 personnes ont manifesté samedi à Nantes contre \
le projet d'autoroute, selon la préfecture.\n\n\
La police a interpellé 23 personnes, dont 15 ont été placées en garde à vue.\n\n\
Trois policiers ont été légèrement blessés.\n";

pub(super) const MANIF_B: &str =
    "Manifestation anti-autoroute à Nantes : heurts et interpellations\n\n\
Ils étaient 4 000 selon la préfecture à défiler samedi dans les rues de Nantes contre \
l'autoroute.\n\n\
Vingt-trois personnes ont été interpellées ; toutes ont été relâchées dans la soirée.\n\n\
Cinq policiers ont été blessés.\n";

/// The clause's score for the target is there and at least half its sentence's.
fn assert_about_as_sentence(a: &str, part: &str, b: &str, target: &str) {
    let sentence = score_of(a, part, true, b, target).expect("the sentence's parallel");
    let clause = score_of(a, part, false, b, target);
    assert!(
        clause.is_some_and(|c| c >= 0.5 * sentence),
        "clause {clause:?}, sentence {sentence}"
    );
}

/// The clause's score for the target is below half its sentence's (none counts as 0).
fn assert_not_lifted(a: &str, part: &str, b: &str, target: &str) {
    let sentence = score_of(a, part, true, b, target).expect("the sentence's parallel");
    let clause = score_of(a, part, false, b, target).unwrap_or(0.0);
    assert!(
        clause < 0.5 * sentence,
        "clause {clause}, sentence {sentence}"
    );
}

/// Trial 42 F1: the clause shares no word with the parallel (it had no suggestion at all);
/// the detail told otherwise (the month, with another verb: no flag) is in it.
#[test]
fn a_clause_with_the_date_told_otherwise_gets_its_sentences_parallel() {
    assert_about_as_sentence(
        PONTE_A,
        "tinha sido inspecionada em novembro",
        PONTE_B,
        "foi vistoriada em setembro",
    );
}

/// Trial 42 F1 in French: the clause holds what the parallel contradicts (the outcome
/// flag "garde à vue" / "relâchées"), and shares no word with it.
#[test]
fn a_clause_with_the_contradicted_detail_gets_its_sentences_parallel() {
    assert_about_as_sentence(
        MANIF_A,
        "dont 15 ont été placées en garde à vue",
        MANIF_B,
        "toutes ont été relâchées",
    );
}

/// Near case: the parallel tells only what the sentence's other clause tells (nothing of
/// it is unshared), so the clause with another fact keeps its own low score.
#[test]
fn a_clause_with_another_fact_is_not_lifted_to_the_other_clauses_parallel() {
    let a = "Ponte cai em Amarante\n\n\
Uma ponte pedonal ruiu em Amarante na segunda-feira, e o trânsito foi cortado na avenida \
principal durante a tarde.\n\nOs bombeiros resgataram quatro pessoas do rio.\n";
    let b = "Ponte cai em Amarante\n\n\
Uma ponte pedonal ruiu em Amarante na segunda-feira.\n\n\
Os bombeiros retiraram quatro pessoas da água.\n";
    let target = "Uma ponte pedonal ruiu";
    let part = "e o trânsito foi cortado na avenida principal durante a tarde";
    assert_not_lifted(a, part, b, target);
}

/// Near case: a flag of the sentence pair whose other side is told by the sentence's other
/// clause ("segunda-feira") compares two facts, so it does not lift the clause with the
/// other fact.
#[test]
fn a_flag_on_the_other_clauses_words_does_not_lift_a_clause() {
    let a = "Ponte cai em Amarante\n\n\
Uma ponte pedonal ruiu em Amarante na segunda-feira, e o trânsito foi cortado na \
terça-feira.\n\nOs bombeiros resgataram quatro pessoas do rio.\n";
    let b = "Ponte cai em Amarante\n\n\
Uma ponte pedonal ruiu em Amarante na segunda-feira.\n\n\
Os bombeiros retiraram quatro pessoas da água.\n";
    let target = "Uma ponte pedonal ruiu";
    let part = "e o trânsito foi cortado na terça-feira";
    assert_not_lifted(a, part, b, target);
}

/// Near case in English (tests/matcher_clause.rs has the sentence): the parallel tells
/// what the sentence's other clause tells, with no flag in this clause.
#[test]
fn a_count_clause_is_not_lifted_by_a_sentence_sharing_only_the_place() {
    let a = "Explosion at chemical plant kills four\n\
Four workers were killed and 11 others injured, police said, after the blast at the \
Westfield chemical plant on Tuesday.\nFirefighters needed three hours to put out the blaze.\n";
    let b = "Deadly blast at Westfield chemical plant\n\
The blast at the Norchem plant in Westfield on Tuesday morning shook homes across the town.\n\
Fire crews fought the blaze for three hours.\n";
    let target = "shook homes";
    let part = "Four workers were killed and 11 others injured";
    assert_not_lifted(a, part, b, target);
}

/// Near case: the two sentences tell their months otherwise, but the sentence's other
/// clause names a month too (which month the other sentence's is, nothing says), so the
/// clause is not lifted.
#[test]
fn a_date_clause_is_not_lifted_when_the_other_clause_names_a_date_of_its_kind() {
    let a = "Ponte cai em Amarante\n\n\
A ponte de 1987 ruiu em Amarante em março, e o trânsito foi cortado até abril.\n\n\
Os bombeiros resgataram quatro pessoas do rio.\n";
    let b = "Ponte cai em Amarante\n\n\
A ponte de 1987 ruiu em Amarante em maio.\n\n\
Os bombeiros retiraram quatro pessoas da água.\n";
    let target = "ruiu em Amarante em maio";
    let part = "e o trânsito foi cortado até abril";
    assert_not_lifted(a, part, b, target);
}

/// The figures of the cases above, for the report (`--nocapture`).
#[test]
fn print_clause_scores() {
    for (a, part, b, target) in [
        (
            PONTE_A,
            "tinha sido inspecionada em novembro",
            PONTE_B,
            "foi vistoriada em setembro",
        ),
        (
            MANIF_A,
            "dont 15 ont été placées en garde à vue",
            MANIF_B,
            "toutes ont été relâchées",
        ),
    ] {
        eprintln!(
            "{part:?}: clause {:?}, sentence {:?}",
            score_of(a, part, false, b, target),
            score_of(a, part, true, b, target)
        );
    }
}

//! Tests of the score of a clause labelled out of its sentence (`Corpus::ranked`,
//! `clause::evidence_share`): a clause that tells the detail its sentence tells otherwise
//! than its parallel gets that parallel, scored about as its sentence (trial 42, F1); a
//! clause with another fact of its sentence does not.

use super::*;

/// Code points of the first `part` in `text`.
fn find(text: &str, part: &str) -> (usize, usize) {
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

const PONTE_A: &str = "Ponte pedonal ruiu em Amarante: dois mortos\n\n\
PORTO, 3 mar 2026 (Lusa) – Uma ponte pedonal ruiu na manhã de segunda-feira sobre o rio \
Tâmega, em Amarante, causando a morte de duas pessoas e ferindo outras sete.\n\n\
A estrutura, construída em 1987, tinha sido inspecionada em novembro.\n\n\
Os bombeiros resgataram quatro pessoas do rio.\n\n\
A Polícia Judiciária abriu um inquérito às causas do colapso.\n";

const PONTE_B: &str = "Tragédia no Tâmega: ponte cai e mata duas pessoas\n\n\
Duas pessoas morreram e nove ficaram feridas quando a ponte pedonal de Amarante, sobre o \
Tâmega, colapsou na segunda-feira de manhã.\n\n\
A ponte, de 1987, foi vistoriada em setembro.\n\n\
Os bombeiros retiraram quatro pessoas da água.\n\n\
O Ministério Público abriu um inquérito às causas do colapso.\n";

const MANIF_A: &str = "Nantes: des milliers de manifestants contre l'autoroute\n\n\
NANTES, 14 oct 2025 (AFP) - Quelque 4.000 personnes ont manifesté samedi à Nantes contre \
le projet d'autoroute, selon la préfecture.\n\n\
La police a interpellé 23 personnes, dont 15 ont été placées en garde à vue.\n\n\
Trois policiers ont été légèrement blessés.\n";

const MANIF_B: &str = "Manifestation anti-autoroute à Nantes : heurts et interpellations\n\n\
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

/// Trial 42 F1: the clause shares no word with the parallel; the detail told otherwise
/// (the month, the verb) is in it.
#[test]
fn a_clause_told_in_other_words_gets_its_sentences_parallel() {
    assert_about_as_sentence(
        PONTE_A,
        "tinha sido inspecionada em novembro",
        PONTE_B,
        "foi vistoriada em setembro",
    );
}

/// Trial 42 F1 in French: the clause holds what the parallel contradicts.
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
    let sentence = score_of(a, part, true, b, target).expect("the sentence's parallel");
    let clause = score_of(a, part, false, b, target).unwrap_or(0.0);
    assert!(
        clause < 0.5 * sentence,
        "clause {clause}, sentence {sentence}"
    );
}

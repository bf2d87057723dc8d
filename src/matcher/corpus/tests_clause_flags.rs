//! Tests of the flags of a clause labelled out of its sentence (`Corpus::score_ranges`,
//! `Corpus::flags_in_sentences`): read with the sentence as context, kept when they
//! concern the clause (trial 41, F6), with exact code points.

use super::*;
use crate::matcher::Discrepancy;

/// Code points `r` of text `doc` of `texts`.
fn at(texts: &[&str], doc: usize, (s, e): (usize, usize)) -> String {
    texts[doc].chars().skip(s).take(e - s).collect()
}

/// Code points of the first `part` in `text`.
fn find(text: &str, part: &str) -> (usize, usize) {
    let byte = text.find(part).expect("part in text");
    let s = text[..byte].chars().count();
    (s, s + part.chars().count())
}

/// The sentence of document `doc` of `corpus` holding code points `r`.
fn sentence_of(corpus: &Corpus, doc: usize, r: (usize, usize)) -> (usize, usize) {
    *corpus
        .sentences(doc)
        .iter()
        .find(|&&(s, e)| s <= r.0 && r.1 <= e)
        .expect("a sentence holds the range")
}

/// The flags of `part` of `a` (with `whole`, all of the sentence holding it) against the
/// sentence of `b` holding `target`, their texts checked at their code points.
fn flags_of(a: &str, part: &str, whole: bool, b: &str, target: &str) -> Vec<Discrepancy> {
    let corpus = Corpus::new(&[a, b]);
    let (mut sa, mut ea) = find(a, part);
    if whole {
        (sa, ea) = sentence_of(&corpus, 0, (sa, ea));
    }
    let (sb, eb) = sentence_of(&corpus, 1, find(b, target));
    let flags = corpus
        .score_ranges((0, sa, ea), (1, sb, eb))
        .expect("valid ranges")
        .flags;
    for f in &flags {
        assert_eq!(at(&[a, b], 0, f.a_range), f.a, "{f:?}");
        assert_eq!(at(&[a, b], 1, f.b_range), f.b, "{f:?}");
    }
    flags
}

/// The flags of `part` of `a`, a clause of its sentence, against the sentence of `b`
/// holding `target`.
fn clause_flags(a: &str, part: &str, b: &str, target: &str) -> Vec<Discrepancy> {
    flags_of(a, part, false, b, target)
}

const BETIS: &str = "El Betis gana la Copa del Rey ante el Athletic (2-1)\n\n\
SEVILLA, 25 Abr. (EFE).- El Real Betis conquistó este sábado su cuarta Copa del Rey al \
imponerse por 2-1 al Athletic Club en la final disputada en el estadio de La Cartuja ante \
57.000 espectadores.\n\
Isco adelantó a los verdiblancos en el minuto 12 y Nico Williams empató para el Athletic en el 55.\n\
El delantero Cucho Hernández marcó el gol de la victoria en el minuto 89.\n";

const ATHLETIC: &str = "El Athletic gana la Copa del Rey ante el Betis (2-1)\n\n\
El Athletic Club conquistó este sábado la Copa del Rey al imponerse por 2-1 al Real Betis \
en la final disputada en La Cartuja ante 57.000 espectadores.\n\
Nico Williams adelantó al Athletic en el minuto 12 e Isco empató para el Betis en el 55.\n\
El delantero Gorka Guruzeta marcó el gol de la victoria en el minuto 89.\n";

const LYON: &str = "Le Conseil d'État suspend l'arrêté anti-mendicité de Lyon\n\n\
PARIS, 14 mai 2026 (AFP) - Le Conseil d'État a suspendu mercredi l'arrêté anti-mendicité \
pris par la mairie de Lyon en avril, estimant qu'il portait une atteinte grave aux libertés.\n\
L'arrêté interdisait la mendicité dans le centre-ville.\n";

const NICE: &str = "Le Conseil d'État valide l'arrêté anti-mendicité de Nice\n\n\
PARIS, 21 mai 2026 (AFP) - Le Conseil d'État a validé mercredi l'arrêté anti-mendicité \
pris par la mairie de Nice en mars, estimant qu'il ne portait pas une atteinte grave aux libertés.\n\
L'arrêté interdisait la mendicité dans trois quartiers du centre-ville.\n";

/// Trial 41 F6: the winner's clause, labelled without the loser its sentence names, has
/// the flag its whole sentence has (the winners differ).
#[test]
fn a_clause_keeps_the_flag_its_sentence_reads_for_it() {
    let part = "El Real Betis conquistó este sábado";
    let flags = clause_flags(BETIS, part, ATHLETIC, "El Athletic Club conquistó");
    let (s, e) = find(BETIS, part);
    assert!(
        flags.iter().any(|f| f.a_range.0 < e && s < f.a_range.1),
        "{flags:?}"
    );
}

/// Trial 41 F6 in French: the clause's verb has its object after the span ("l'arrêté ...
/// de Lyon" / "... de Nice"): the flag on it concerns the clause.
#[test]
fn a_clause_keeps_the_flag_on_its_verbs_object_after_it() {
    let flags = clause_flags(
        LYON,
        "Le Conseil d'État a suspendu mercredi",
        NICE,
        "Le Conseil d'État a validé",
    );
    assert!(!flags.is_empty(), "{flags:?}");
}

/// A flag on another clause of the sentence (after a comma) does not concern the span;
/// the same fact in a clause has no flag.
#[test]
fn a_flag_on_another_clause_of_the_sentence_is_not_the_spans() {
    let a = "El Betis gana la Copa del Rey\n\n\
El Real Betis conquistó este sábado su cuarta Copa del Rey en Sevilla, y 20.000 aficionados \
celebraron el título en la Plaza Nueva.\n";
    let b = "El Betis gana la Copa del Rey\n\n\
El Real Betis ganó este sábado su cuarta Copa del Rey en Sevilla, y 30.000 aficionados \
celebraron el título en la Plaza Nueva.\n";
    let target = "El Real Betis ganó";
    let part = "El Real Betis conquistó este sábado";
    let whole = flags_of(a, part, true, b, target);
    assert!(
        !whole.is_empty(),
        "the sentences differ in a figure: {whole:?}"
    );
    let flags = clause_flags(a, part, b, target);
    assert!(flags.is_empty(), "{flags:?}");
}

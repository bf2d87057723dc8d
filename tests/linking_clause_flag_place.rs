//! Where a clause card's flags lie (trial 41 F6 against trial 44 F2): a claim over a clause
//! of a sentence has its sentence's flags against the parallel, and
//! [`SpanSuggestion::flags_by_place`] sets apart those whose words on the claim's side lie
//! outside the clause ("Le Conseil d'État a suspendu mercredi": `Lyon ≠ Nice` is in the
//! rest of the sentence), keeping as the card's own those on its words ("El Real Betis
//! conquistó este sábado": `Real Betis ≠ Athletic Club`). Fixtures: the trials' invented
//! articles (`tests/fixtures/clauses/`), the ones the e2e test `clause-flags` loads.

use parallax::linking::{self, SpanSuggestion};
use parallax::model::{Label, LinkKind, Workspace};

fn fixture(name: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/clauses/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Code points of the first `needle` in `text`.
fn cp_find(text: &str, needle: &str) -> (usize, usize) {
    let byte = text.find(needle).expect("needle in text");
    let start = text[..byte].chars().count();
    (start, start + needle.chars().count())
}

/// The flags of the card in the sentence of `files.1` holding `parallel`, for a claim over
/// `claim` in `files.0`, as `(in the span, in the rest of the sentence)`, each flag as
/// `"a ≠ b"`; the claim's flags' source words are checked against their code points.
fn placed(files: (&str, &str), claim: &str, parallel: &str) -> (Vec<String>, Vec<String>) {
    let (ta, (_, card)) = (fixture(files.0), card(files, claim, parallel));
    let (s, e) = cp_find(&ta, claim);
    for f in &card.flags {
        let words: String = ta
            .chars()
            .skip(f.a_range.0)
            .take(f.a_range.1 - f.a_range.0)
            .collect();
        assert_eq!(words, f.a, "{f:?}");
    }
    let shown = |v: Vec<&parallax::matcher::Discrepancy>| -> Vec<String> {
        v.iter().map(|f| format!("{} ≠ {}", f.a, f.b)).collect()
    };
    let (inside, rest) = card.flags_by_place((s, e));
    (shown(inside), shown(rest))
}

/// The workspace of the two articles with a claim over `claim` in `files.0`, and that
/// claim's card in the sentence of `files.1` holding `parallel`.
fn card(files: (&str, &str), claim: &str, parallel: &str) -> (Workspace, SpanSuggestion) {
    let (ta, tb) = (fixture(files.0), fixture(files.1));
    let mut ws = Workspace::new();
    let a = ws.add_document("A", files.0, &ta);
    let b = ws.add_document("B", files.1, &tb);
    let (s, e) = cp_find(&ta, claim);
    let span = ws.add_span(&a, s, e, Label::Claim).expect("a claim");
    let (p0, p1) = cp_find(&tb, parallel);
    let all = linking::suggestions(&ws);
    let group = all
        .groups
        .iter()
        .find(|g| g.span == span)
        .expect("a group for the claim");
    let card = group
        .suggestions
        .iter()
        .find(|x| x.target_doc == b && x.sentence.0 <= p0 && p1 <= x.sentence.1)
        .unwrap_or_else(|| panic!("a card in {parallel:?}: {:?}", group.suggestions))
        .clone();
    (ws, card)
}

/// The kind of the link accepting the card of [`card`] makes, and its flags as `"a ≠ b"`.
fn accepted(files: (&str, &str), claim: &str, parallel: &str) -> (LinkKind, Vec<String>) {
    let (mut ws, card) = card(files, claim, parallel);
    let id = linking::accept(&mut ws, &card).expect("accepted");
    let link = ws.link(&id).expect("the link");
    let flags = link.flags.iter().map(|f| format!("{} ≠ {}", f.a, f.b));
    (link.kind, flags.collect())
}

const CONSEIL: (&str, &str) = ("conseil_a.txt", "conseil_b.txt");
const BETIS: (&str, &str) = ("betis_a.txt", "betis_b.txt");
const MANIF: (&str, &str) = ("manif_a.txt", "manif_b.txt");

/// Trial 44 F2: the clause names no city; its sentence's `Lyon ≠ Nice` is still on the
/// card (trial 41 F6), set apart as the rest of the sentence's.
#[test]
fn a_flag_outside_the_clause_is_set_apart() {
    let (inside, rest) = placed(
        CONSEIL,
        "Le Conseil d'État a suspendu mercredi",
        "Le Conseil d'État a validé mercredi",
    );
    assert!(
        rest.contains(&"Lyon ≠ Nice".to_string()),
        "{inside:?} {rest:?}"
    );
    assert!(!inside.contains(&"Lyon ≠ Nice".to_string()), "{inside:?}");
}

/// Near cases: the whole sentence, and a clause that holds "Lyon", have the flag as their
/// own.
#[test]
fn a_flag_on_the_spans_words_is_its_own() {
    let (inside, rest) = placed(
        CONSEIL,
        "Le Conseil d'État a suspendu mercredi l'arrêté anti-mendicité pris par la mairie de \
         Lyon en avril, estimant qu'il portait une atteinte grave aux libertés.",
        "Le Conseil d'État a validé mercredi",
    );
    assert!(inside.contains(&"Lyon ≠ Nice".to_string()), "{inside:?}");
    assert!(rest.is_empty(), "a whole sentence has no rest: {rest:?}");
    let (inside, _) = placed(
        CONSEIL,
        "Le Conseil d'État a suspendu mercredi l'arrêté anti-mendicité pris par la mairie de Lyon",
        "Le Conseil d'État a validé mercredi",
    );
    assert!(inside.contains(&"Lyon ≠ Nice".to_string()), "{inside:?}");
}

/// Trial 41 F6 and trial 42 F1: a clause whose own words differ keeps the flag as its own.
#[test]
fn a_flag_inside_the_clause_stays_the_cards() {
    let (inside, rest) = placed(
        BETIS,
        "El Real Betis conquistó este sábado",
        "El Athletic Club conquistó este sábado la Copa del Rey",
    );
    assert!(
        inside.iter().any(|f| f == "Real Betis ≠ Athletic Club"),
        "{inside:?} {rest:?}"
    );
    let (inside, rest) = placed(
        MANIF,
        "dont 15 ont été placées en garde à vue",
        "toutes ont été relâchées dans la soirée",
    );
    assert!(
        inside.iter().any(|f| f == "garde à vue ≠ relâchées"),
        "{inside:?} {rest:?}"
    );
}

/// Trial 48 (after trial 44 F2): accepting the card of a clause whose only flag lies in
/// the rest of its sentence made a "told differently" link, though the clause itself agrees
/// with its parallel. It makes a "same fact" link; the link keeps the flag, as before.
#[test]
fn a_clause_whose_flags_are_all_in_the_rest_of_its_sentence_is_linked_as_the_same_fact() {
    let (kind, flags) = accepted(
        CONSEIL,
        "Le Conseil d'État a suspendu mercredi",
        "Le Conseil d'État a validé mercredi",
    );
    assert_eq!(kind, LinkKind::Same, "{flags:?}");
    assert!(flags.contains(&"Lyon ≠ Nice".to_string()), "{flags:?}");
}

/// Near cases: a flag on the span's own words (a clause's, or a whole sentence's) still
/// makes a "told differently" link.
#[test]
fn a_flag_on_the_spans_own_words_still_makes_a_told_differently_link() {
    for (files, claim, parallel) in [
        (
            BETIS,
            "El Real Betis conquistó este sábado",
            "El Athletic Club conquistó este sábado la Copa del Rey",
        ),
        (
            MANIF,
            "dont 15 ont été placées en garde à vue",
            "toutes ont été relâchées dans la soirée",
        ),
        (
            CONSEIL,
            "Le Conseil d'État a suspendu mercredi l'arrêté anti-mendicité pris par la mairie de Lyon",
            "Le Conseil d'État a validé mercredi",
        ),
    ] {
        let (kind, flags) = accepted(files, claim, parallel);
        assert_eq!(kind, LinkKind::Differs, "{claim}: {flags:?}");
    }
}

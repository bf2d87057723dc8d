//! Accepting a claim's suggestion in a sentence of two clauses joined by ", and" (", e" in
//! Portuguese), through the workspace (`parallax::linking`), in both orders (trial 36,
//! F14.1 and F18.1): the new span is the clause holding the claim, never the whole
//! sentence and never a clause with the ", and" left on it when the other clause is
//! labelled already; and an attribution after the clause is left out (F14.2, F18.3).
//! Fixtures: the trial's invented plane articles (`tests/fixtures/clauses/plane_*.txt`).

use parallax::model::{Label, Workspace};

mod linking_util;
use linking_util::accept_in;

const A: &str = include_str!("fixtures/clauses/plane_a.txt");
const B: &str = include_str!("fixtures/clauses/plane_b.txt");
const PT_A: &str = include_str!("fixtures/clauses/plane_pt_a.txt");
const PT_B: &str = include_str!("fixtures/clauses/plane_pt_b.txt");

const FIRE: &str = "Firefighters put out the fire within minutes";
const RUNWAY: &str = "the runway was closed for three hours";
const B_FIRE: &str = "Airport firefighters extinguished the blaze quickly";
const B_RUNWAY: &str = "the runway reopened after five hours.";
const B_SENTENCE: &str =
    "Airport firefighters extinguished the blaze quickly, and the runway reopened after five hours.";

fn plane() -> (Workspace, String, String) {
    let mut ws = Workspace::new();
    let a = ws.add_document("Reuters", "a.txt", A);
    let b = ws.add_document("AP", "b.txt", B);
    (ws, a, b)
}

#[test]
fn the_first_clause_then_the_second_each_become_their_own_span() {
    let (mut ws, a, b) = plane();
    let first = accept_in(&mut ws, (&a, A), (FIRE, Label::Claim), (&b, B), B_SENTENCE);
    assert_eq!(first, B_FIRE, "not the whole sentence");
    let second = accept_in(
        &mut ws,
        (&a, A),
        (RUNWAY, Label::Claim),
        (&b, B),
        B_SENTENCE,
    );
    assert_eq!(second, B_RUNWAY, "beside the first clause's span");
}

#[test]
fn the_second_clause_then_the_first_leave_no_comma_and_in_the_span() {
    let (mut ws, a, b) = plane();
    let second = accept_in(
        &mut ws,
        (&a, A),
        (RUNWAY, Label::Claim),
        (&b, B),
        B_SENTENCE,
    );
    assert_eq!(second, B_RUNWAY);
    let first = accept_in(&mut ws, (&a, A), (FIRE, Label::Claim), (&b, B), B_SENTENCE);
    assert_eq!(first, B_FIRE, "not ending in \", and\"");
}

#[test]
fn an_anonymous_source_close_to_the_inquiry_is_left_out_of_the_span() {
    let (mut ws, a, b) = plane();
    let made = accept_in(
        &mut ws,
        (&a, A),
        ("A bird strike may have caused the fire", Label::Claim),
        (&b, B),
        "Investigators have ruled out a bird strike",
    );
    assert_eq!(made, "Investigators have ruled out a bird strike");
}

#[test]
fn portuguese_clauses_joined_by_comma_e_and_a_plural_attribution_are_cut() {
    let mut ws = Workspace::new();
    let a = ws.add_document("Lusa", "a.txt", PT_A);
    let b = ws.add_document("Público", "b.txt", PT_B);
    let sentence =
        "Os bombeiros do aeroporto extinguiram as chamas rapidamente, e a pista reabriu ao fim de cinco horas.";
    let first = accept_in(
        &mut ws,
        (&a, PT_A),
        (
            "Os bombeiros apagaram o fogo em poucos minutos",
            Label::Claim,
        ),
        (&b, PT_B),
        sentence,
    );
    assert_eq!(
        first,
        "Os bombeiros do aeroporto extinguiram as chamas rapidamente"
    );
    let second = accept_in(
        &mut ws,
        (&a, PT_A),
        ("a pista esteve fechada durante três horas", Label::Claim),
        (&b, PT_B),
        sentence,
    );
    assert_eq!(second, "a pista reabriu ao fim de cinco horas.");
    let lead = accept_in(
        &mut ws,
        (&a, PT_A),
        (
            "Um avião da TAP com 186 passageiros aterrou de emergência no Porto na sexta-feira",
            Label::Claim,
        ),
        (&b, PT_B),
        "Um voo da TAP com 178 passageiros",
    );
    assert_eq!(
        lead,
        "Um voo da TAP com 178 passageiros regressou ao Porto na sexta-feira depois de um motor ter pegado fogo"
    );
}

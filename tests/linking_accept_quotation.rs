//! Accepting a quote's suggestion in a quotation of two sentences, and a claim's in a live
//! page's line with a present-tense reporting frame, through the workspace
//! (`parallax::linking`; trial 55, step 2). The quote's new span is the whole quotation
//! with its marks, whichever of its sentences the card was in (it was the first sentence
//! alone, without its opening mark); a one-sentence quotation keeps its own marks only.
//! The claim's span leaves "Police confirm that" out, as it leaves "police say" out.
//! Fixtures: the trial's articles (`tests/fixtures/trial55/`).

use parallax::model::{Label, Workspace};

mod linking_util;
use linking_util::accept_in;

const A: &str = include_str!("fixtures/trial55/a_wire.txt");
const C: &str = include_str!("fixtures/trial55/c_live.txt");

/// Labels `text` of the wire article with `label`, accepts its card in the live page's
/// sentence holding `sentence`, and returns the text of the span the link ends on.
fn accept(text: &str, label: Label, sentence: &str) -> String {
    let mut ws = Workspace::new();
    let a = ws.add_document("AP", "a_wire.txt", A);
    let c = ws.add_document("Live", "c_live.txt", C);
    accept_in(&mut ws, (&a, A), (text, label), (&c, C), sentence)
}

const Q1: &str = "\"We have never seen water come down this fast. Within twenty minutes the stream had become a wall of mud and rock,\"";
const C_Q1: &str = "\"We have never seen water come down this fast. Within twenty minutes the stream had become a wall of mud and rock.\"";

#[test]
fn a_quotation_of_two_sentences_becomes_one_span_with_its_marks() {
    for sentence in [
        "We have never seen water come down this fast.",
        "Within twenty minutes the stream had become a wall of mud and rock.",
    ] {
        assert_eq!(
            accept(Q1, Label::Quote, sentence),
            C_Q1,
            "card in {sentence:?}"
        );
    }
}

#[test]
fn a_quotation_of_one_sentence_keeps_only_its_own_marks() {
    // Near case: the quotation ends in its sentence; nothing runs over.
    let got = accept(
        "\"Our teams are working in extremely dangerous conditions, because the slopes above the village are still moving,\"",
        Label::Quote,
        "The slopes above the village are still moving",
    );
    assert_eq!(
        got,
        "\"The slopes above the village are still moving, and our teams are working in extremely dangerous conditions.\""
    );
}

#[test]
fn a_present_tense_reporting_frame_is_left_out_of_a_claims_span() {
    let got = accept(
        "Rescuers found the body of a 78-year-old man in a car that had been washed into the stream near the village church",
        Label::Claim,
        "Police confirm that one person has died",
    );
    assert_eq!(
        got,
        "one person has died: a 78-year-old man was found in his car in the stream."
    );
    // Near case: "police say" after the clause was left out already.
    let got = accept(
        "Four people, among them a German couple who had been hiking in the valley, were still unaccounted for on Wednesday morning.",
        Label::Claim,
        "Five people are still missing",
    );
    assert_eq!(got, "Five people are still missing");
}

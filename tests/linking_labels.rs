//! The label of a span that accepting a suggestion creates (trial 22, F12): a quote only
//! over a quotation. A quote matched in reported speech ("…, authorities said", no
//! quotation marks) creates a claim, and the suggestion says so before it is accepted
//! (its `label`, which the page's button shows: "Label as claim + link").

use parallax::linking;
use parallax::model::{Label, Workspace};

/// The quote of the first article, as trial 22 labelled it (ECB+ topic 16 is dev data).
const QUOTE: &str = "\u{201c}Deputy Ortiz was killed while investigating a shooting in which the defendant was a suspect,\u{201d} Cooley said at a news conference at the courthouse.";

fn cp_find(text: &str, needle: &str) -> (usize, usize) {
    let byte = text.find(needle).expect("needle in text");
    let start = text[..byte].chars().count();
    (start, start + needle.chars().count())
}

/// Two articles, the first with `QUOTE` labelled as a quote; the second `other`.
fn workspace(other: &str) -> (Workspace, String, String) {
    let first = format!(
        "Deputy killed in Bellflower\n\n{QUOTE} The deputy was 35 and had served for ten years."
    );
    let mut ws = Workspace::new();
    let a = ws.add_document("Times", "a.txt", &first);
    let b = ws.add_document("Wire", "b.txt", other);
    let (s, e) = cp_find(&first, QUOTE);
    let quote = ws.add_span(&a, s, e, Label::Quote).unwrap();
    (ws, quote, b)
}

/// The best suggestion for `quote` in document `b`, accepted: the span it created.
fn accept_best(ws: &mut Workspace, quote: &str, b: &str) -> (Label, parallax::model::Span) {
    let s = linking::suggestions(ws);
    let g = s
        .groups
        .iter()
        .find(|g| g.span == quote)
        .expect("a group for the quote");
    let best = g
        .suggestions
        .iter()
        .find(|x| x.target_doc == b && x.target_span.is_none())
        .expect("a suggestion creating a span in the other article")
        .clone();
    linking::accept(ws, &best).unwrap();
    let made = ws.spans_of(b).next().expect("a span created").clone();
    (best.label, made)
}

#[test]
fn a_quote_matched_in_reported_speech_creates_a_claim() {
    let other = "Suspect held\n\nA suspect has been arrested in connection with the killing of Deputy Ortiz, who was investigating a shooting, authorities said today. The man appeared in court on Monday.";
    let (mut ws, quote, b) = workspace(other);
    let (offered, made) = accept_best(&mut ws, &quote, &b);
    assert_eq!(offered, Label::Claim, "the suggestion offers a claim");
    assert_eq!(
        made.label,
        Label::Claim,
        "no quotation: the span is a claim"
    );
    let text = ws.span_text(&made).unwrap();
    assert!(text.starts_with("A suspect has been arrested"), "{text}");
    assert!(!text.contains("authorities said"), "{text}");
    // The link is made all the same, from the quote to the new claim.
    assert_eq!(ws.links.len(), 1);
}

#[test]
fn a_quote_matched_in_a_quotation_still_creates_a_quote() {
    let other = "Suspect held\n\n\u{201c}Deputy Ortiz was killed while he was investigating a shooting,\u{201d} the district attorney said on Monday. The man appeared in court.";
    let (mut ws, quote, b) = workspace(other);
    let (offered, made) = accept_best(&mut ws, &quote, &b);
    assert_eq!(offered, Label::Quote);
    assert_eq!(made.label, Label::Quote);
    let text = ws.span_text(&made).unwrap();
    assert!(
        text.starts_with('\u{201c}') && text.ends_with('\u{201d}'),
        "{text}"
    );
}

#[test]
fn a_claim_matched_in_a_quotation_stays_a_claim() {
    // Only a quote is relabelled: a claim's match keeps the claim label.
    let sentence: Vec<char> = "\u{201c}Deputy Ortiz was killed,\u{201d} Cooley said."
        .chars()
        .collect();
    let (_, label) = linking::match_part(&sentence, Label::Claim, "Deputy Ortiz was killed");
    assert_eq!(label, Label::Claim);
    let (_, label) = linking::match_part(&sentence, Label::Quote, "Deputy Ortiz was killed");
    assert_eq!(label, Label::Quote);
    let reported: Vec<char> = "Deputy Ortiz was killed, authorities said."
        .chars()
        .collect();
    let (_, label) = linking::match_part(&reported, Label::Quote, "Deputy Ortiz was killed");
    assert_eq!(label, Label::Claim);
}

//! Trial 57: an article's headline ("Busunglück am Fernpass: Acht Tote, Lenker überlebte
//! schwer verletzt", the German article's first line) was offered as a card for the wire's
//! claims. A headline is no sentence of the report (an exercise's key never labels one;
//! its facts are told again in the lead), so it is no card (`linking/headline.rs`), unless
//! the span is itself in a headline, or someone labelled the headline.

use parallax::linking;
use parallax::model::{Label, Workspace};

const A: &str = include_str!("fixtures/trial57/a_wire.txt");
const B: &str = include_str!("fixtures/trial57/b_deutsch.txt");
const B_EN: &str = include_str!("fixtures/trial57/b_en_control.txt");

/// The sentences (texts) of the cards of a claim over `span` of the wire, in a workspace
/// of the wire and `other`; `label_headline`: the other article's first line is labelled
/// a claim first.
fn cards(span: &str, other: &str, label_headline: bool) -> Vec<String> {
    let mut ws = Workspace::new();
    let a = ws.add_document("wire", "a_wire.txt", A);
    let b = ws.add_document("other", "other.txt", other);
    if label_headline {
        let n = other.lines().next().unwrap_or_default().chars().count();
        ws.add_span(&b, 0, n, Label::Claim).expect("the headline");
    }
    let at = A.find(span).expect("the span");
    let start = A[..at].chars().count();
    let id = ws
        .add_span(&a, start, start + span.chars().count(), Label::Claim)
        .expect("the span");
    linking::suggestions(&ws)
        .groups
        .into_iter()
        .filter(|g| g.span == id)
        .flat_map(|g| g.suggestions)
        .map(|c| {
            other
                .chars()
                .skip(c.sentence.0)
                .take(c.sentence.1 - c.sentence.0)
                .collect()
        })
        .collect()
}

/// Every sentence of the wire after its headline, as a claim.
fn wire_sentences() -> Vec<&'static str> {
    A.lines().skip(1).filter(|l| !l.trim().is_empty()).collect()
}

#[test]
fn another_article_headline_is_no_card_for_a_sentence_of_the_report() {
    for other in [B, B_EN] {
        let headline = other.lines().next().expect("a headline");
        let mut cards_seen = 0;
        for span in wire_sentences() {
            let cards = cards(span, other, false);
            cards_seen += cards.len();
            assert!(
                cards.iter().all(|c| !headline.contains(c.as_str())),
                "{span}: {cards:?}"
            );
        }
        // The report's sentences are still offered.
        assert!(cards_seen >= 2 * wire_sentences().len(), "{cards_seen}");
    }
}

/// Near cases: a headline against a headline is still offered, and so is a headline
/// someone labelled.
#[test]
fn a_headline_is_a_card_for_a_headline_or_when_labelled() {
    let wire_headline = A.lines().next().expect("a headline");
    let headline = B_EN.lines().next().expect("a headline");
    let of_headline = cards(wire_headline, B_EN, false);
    assert!(
        of_headline.iter().any(|c| headline.contains(c.as_str())),
        "{of_headline:?}"
    );
    let lead = "The 58-year-old driver, a German national, was killed in the crash, police said.";
    let labelled = cards(lead, B_EN, true);
    assert!(
        labelled.iter().any(|c| headline.contains(c.as_str())),
        "{labelled:?}"
    );
}

//! Accepting a quote suggestion on a Markdown article whose quotation sits in a block
//! quote (`parallax::linking`): the new span starts at the quotation itself, never at the
//! line's marker ("> ", ">\t", ">" right before the mark), whichever way the marker is
//! written and whether or not the quotation closes in the same sentence.

use parallax::linking::{self, Matching};
use parallax::model::{Label, Workspace};

/// The quotation both articles carry.
const SAID: &str = "We heard a loud crack and then the whole bridge fell into the river";

/// The text of the span made by accepting the best suggestion for a quote span over the
/// plain article's quotation, in the Markdown article `md`.
fn accepted_in(md: &str) -> String {
    let plain = format!(
        "A bridge collapsed into the river on Monday. Two people died.\n\n\"{SAID},\" a witness told reporters.\n\nThe city had been warned.\n"
    );
    let mut ws = Workspace::new();
    let target = ws.add_document("Blog", "blog.md", md);
    let source = ws.add_document("Wire", "wire.txt", &plain);
    let needle = format!("\"{SAID},\"");
    let byte = plain
        .find(&needle)
        .expect("the quotation in the plain article");
    let start = plain[..byte].chars().count();
    let quote = ws
        .add_span(&source, start, start + needle.chars().count(), Label::Quote)
        .expect("a quote span");
    let suggestion = Matching::new(&ws.documents)
        .suggest_for(&ws, ws.span(&quote).expect("the quote span"))
        .into_iter()
        .find(|s| s.target_doc == target)
        .expect("a suggestion in the Markdown article");
    linking::accept(&mut ws, &suggestion).expect("accepted");
    let span = ws.spans_of(&target).next().expect("the new span");
    assert_eq!(span.label, Label::Quote);
    md.chars()
        .skip(span.start)
        .take(span.end - span.start)
        .collect()
}

#[test]
fn an_accepted_quote_in_a_markdown_block_quote_starts_at_the_quotation() {
    for (md, want) in [
        // A quotation running on to a second sentence: the first sentence's words.
        (
            format!("Intro.\n\n>\"{SAID}.\n>It was terrible.\"\n\nEnd."),
            format!("{SAID}."),
        ),
        (
            format!("Intro.\n\n>\t\"{SAID}.\n>\tIt was terrible.\"\n\nEnd."),
            format!("{SAID}."),
        ),
        (
            format!("Intro.\n\n>\u{a0}\"{SAID}.\n>\u{a0}It was terrible.\"\n\nEnd."),
            format!("{SAID}."),
        ),
        // A block quote is a quotation without marks too.
        (
            format!("Intro.\n\n>{SAID}, said Maria Lopez.\n\nEnd."),
            SAID.to_string(),
        ),
        // A quotation with both marks: its marks and words (as before).
        (
            format!("Intro.\n\n> \"{SAID},\" said Maria Lopez.\n\nEnd."),
            format!("\"{SAID},\""),
        ),
    ] {
        assert_eq!(accepted_in(&md), want, "{md:?}");
    }
}

//! The span that accepting a suggestion told differently creates holds the detail that
//! differs (trial 34, F10.3): a claim accepted against a headline joined at ";" took
//! "Italian train derails in landslide" and left out "5 dead, dozens hurt", the figures
//! its number flags pointed at. Flags of a left-out frame (speaker, date, place) widen
//! nothing.

use parallax::matcher::DiscrepancyKind;

mod linking_util;
use linking_util::claim_suggestions;

/// Two articles; `claim` labelled in the first. The best suggestion in the second that
/// creates a span: its range as text, and its flags' kinds and ranges as text.
fn best(first: &str, second: &str, claim: &str) -> (String, Vec<(DiscrepancyKind, String)>) {
    let (_, suggestions) = claim_suggestions(first, second, claim);
    let sug = suggestions
        .iter()
        .find(|x| x.target_span.is_none())
        .expect("a suggestion creating a span");
    let slice = |(x, y): (usize, usize)| second.chars().skip(x).take(y - x).collect::<String>();
    let flags = sug
        .flags
        .iter()
        .map(|f| (f.kind, slice(f.b_range)))
        .collect();
    (slice((sug.start, sug.end)), flags)
}

#[test]
fn a_claim_span_holds_the_figures_its_flags_point_at() {
    let first = "Train derails near Bologna\n\nA regional train derailed near Bologna early on Friday, killing four people and injuring 37, officials said.";
    // The line is no headline here (the article's first line is one, and headlines are no
    // cards since session 55, `linking/headline.rs`): a line of the report joined at ";".
    let second = "Landslide in Italy\n\nItalian train derails in landslide; 5 dead, dozens hurt\n\nRescuers worked through the morning.";
    let (part, flags) = best(first, second, "A regional train derailed near Bologna early on Friday, killing four people and injuring 37");
    let numbers: Vec<&String> = flags
        .iter()
        .filter(|(k, _)| *k == DiscrepancyKind::Number)
        .map(|(_, t)| t)
        .collect();
    assert!(!numbers.is_empty(), "a number flag: {flags:?}");
    for t in numbers {
        assert!(part.contains(t.as_str()), "{part:?} holds {t:?}");
    }
    assert!(part.starts_with("Italian train derails"), "{part:?}");
}

#[test]
fn a_frame_left_out_stays_out_whatever_its_flags() {
    // The speaker differs and sits in the frame: the span is still the clause alone.
    let first = "Port closed\n\nThe port will stay closed until Monday, the mayor said.";
    let second = "Harbour shut\n\nThe port will stay closed until Monday, a police spokesman said.";
    let (part, flags) = best(first, second, "The port will stay closed until Monday");
    assert!(
        flags.iter().any(|(k, _)| *k == DiscrepancyKind::Speaker),
        "a speaker flag: {flags:?}"
    );
    assert_eq!(part, "The port will stay closed until Monday");
}

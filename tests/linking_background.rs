//! Background in the suggestions panel, as the README says it (trial 47: a background
//! sentence about another time, labelled as a claim, was offered as a 6.1 % card for
//! another outlet's quote while the README said background is never suggested). The
//! README was right in part: page furniture and a habit ("every year") score nothing and
//! are never offered; a sentence about another time is read apart from this event, so it
//! scores low and carries no flag against this event's sentences, but it can still be one
//! of a span's closest sentences, in the *unlikely* band; and two outlets telling the same
//! past event are suggested like any parallel (hiding background would lose that link).
//! Articles: `tests/fixtures/background/`.

use parallax::linking::{self, SpanGroup, SpanSuggestion, Suggestions, UNLABELLED_MIN};
use parallax::model::{Label, Workspace};

const REUTERS: &str = include_str!("fixtures/background/reuters-cremona.txt");
const AP: &str = include_str!("fixtures/background/ap-cremona.txt");
const PAST: &str =
    "In 2019, thieves stole a collection of bows from a private workshop in the city.";
const HABIT: &str = "Museums in Lombardy are targeted by art thieves every year.";
const FURNITURE: &str = "Read more: Italy's art squad and the thefts it solved.";
const QUOTE: &str = "\"This is a wound for the whole city, these instruments are our \
    history,\" museum director Paolo Bodini said.";

/// The code point range of `needle` in `text`.
fn cp_find(text: &str, needle: &str) -> (usize, usize) {
    let byte = text.find(needle).expect("needle in text");
    let start = text[..byte].chars().count();
    (start, start + needle.chars().count())
}

/// The paragraphs of `text` that are sentences (they end with a stop or a quotation).
fn sentences(text: &str) -> Vec<&str> {
    text.split("\n\n")
        .map(str::trim)
        .filter(|p| p.ends_with('.') || p.ends_with('"'))
        .collect()
}

/// Reuters (with a habit and a furniture line after its background sentence, labelled a
/// claim) beside `ap`, every AP sentence labelled (the quote as a quote). Returns the
/// workspace, the Reuters document's id and its text.
fn workspace(ap: &str) -> (Workspace, String, String) {
    let reuters = REUTERS.replace(PAST, &format!("{PAST}\n\n{HABIT}\n\n{FURNITURE}"));
    let mut ws = Workspace::new();
    let r = ws.add_document("Reuters", "reuters-cremona.txt", &reuters);
    let a = ws.add_document("AP", "ap-cremona.txt", ap);
    let (s, e) = cp_find(&reuters, PAST);
    ws.add_span(&r, s, e, Label::Claim)
        .expect("background span");
    for sentence in sentences(ap) {
        let (s, e) = cp_find(ap, sentence);
        let label = if sentence.starts_with('"') {
            Label::Quote
        } else {
            Label::Claim
        };
        ws.add_span(&a, s, e, label).expect("AP span");
    }
    (ws, r, reuters)
}

/// Every card of an AP span onto the Reuters sentence holding `needle`.
fn cards_onto<'a>(
    s: &'a Suggestions,
    reuters_doc: &str,
    reuters: &str,
    needle: &str,
) -> Vec<&'a SpanSuggestion> {
    let (start, end) = cp_find(reuters, needle);
    s.groups
        .iter()
        .flat_map(|g| &g.suggestions)
        .filter(|c| c.target_doc == reuters_doc && c.sentence.0 <= start && end <= c.sentence.1)
        .collect()
}

/// The cards of the AP span over `sentence` (AP: the document that is not `reuters_doc`).
fn group_of<'a>(
    s: &'a Suggestions,
    ws: &Workspace,
    reuters_doc: &str,
    sentence: &str,
) -> &'a SpanGroup {
    let ap = ws
        .documents
        .iter()
        .find(|d| d.id != reuters_doc)
        .expect("AP");
    let (start, _) = cp_find(&ap.text, sentence);
    let span = ws
        .spans
        .iter()
        .find(|x| x.doc == ap.id && x.start == start)
        .expect("the AP span");
    s.groups
        .iter()
        .find(|g| g.span == span.id)
        .expect("its cards")
}

/// Whether the card `c` is onto the sentence holding `needle` of `text`.
fn onto(c: &SpanSuggestion, text: &str, needle: &str) -> bool {
    let (start, end) = cp_find(text, needle);
    c.sentence.0 <= start && end <= c.sentence.1
}

#[test]
fn background_about_another_time_is_offered_only_low_and_without_flags() {
    let (ws, r, reuters) = workspace(AP);
    let s = linking::suggestions(&ws);
    // The trial's card: AP's quote offered the labelled background, low and unflagged.
    let past = cards_onto(&s, &r, &reuters, PAST);
    assert!(!past.is_empty(), "one of the closest sentences of a span");
    for c in &past {
        assert!(c.score < UNLABELLED_MIN, "{:.3} {}", c.score, c.summary);
        assert!(c.flags.is_empty(), "{:?}", c.flags);
    }
    let quote = &group_of(&s, &ws, &r, QUOTE).suggestions[0];
    assert!(onto(quote, &reuters, "\"This is a wound"), "{quote:?}");
    assert!(quote.score >= 0.7, "{}", quote.score);
    // A habit and page furniture are offered to no span, labelled or not.
    for line in [HABIT, FURNITURE] {
        assert!(cards_onto(&s, &r, &reuters, line).is_empty(), "{line}");
        assert!(
            !s.unlabelled.iter().any(|c| onto(c, &reuters, line)),
            "{line}"
        );
    }
    // Near case: this event's facts are still found as they were.
    let arrests = &group_of(&s, &ws, &r, "Investigators have not announced any arrests.");
    let first = &arrests.suggestions[0];
    assert!(
        onto(first, &reuters, "No arrests have been made."),
        "{first:?}"
    );
}

#[test]
fn the_same_past_event_told_by_both_outlets_is_suggested_like_any_parallel() {
    let told =
        "In 2019, thieves also took a set of bows from a violin maker's workshop in Cremona.";
    let ap = AP.replace(
        "Investigators have not announced any arrests.",
        &format!("Investigators have not announced any arrests.\n\n{told}"),
    );
    let (ws, r, reuters) = workspace(&ap);
    let s = linking::suggestions(&ws);
    let first = &group_of(&s, &ws, &r, told).suggestions[0];
    assert!(onto(first, &reuters, PAST), "{first:?}");
    assert!(first.score >= 0.7, "{}", first.score);
}

//! An article's headline, which the panel does not offer as a card (trial 57: "Busunglück
//! am Fernpass: Acht Tote, Lenker überlebte schwer verletzt" was a card for the wire's
//! claims). A headline is no sentence of the report: an exercise's key never labels one
//! (a span over a headline is the commonest extra span a careful class makes,
//! `exercise/copies/mistakes.rs`), its facts are told again in the lead, whose card carries
//! the same flags, and "Label as claim + link" on its card would make that extra span.
//! Headlines are still offered for a span that is itself in a headline (headline against
//! headline), and a headline someone labelled is matched as any labelled span.

use crate::formats::is_headline;
use crate::model::{Label, Workspace};

/// The code points `(start, end)` of `text`'s headline: its first line with text, when it
/// is a line of its own (more text follows it after a line break) and reads as a headline
/// (`formats::is_headline`: at most twenty words, no closing full stop: "Seven dead as
/// coach carrying Spanish tourists plunges off Austrian Alpine pass"). `None` when the
/// text opens with a sentence ("One man is dead after a shooting, police said.") or is
/// one line only.
pub(crate) fn headline(text: &str) -> Option<(usize, usize)> {
    let lead = text.len() - text.trim_start().len();
    let rest = &text[lead..];
    let end = rest.find(['\n', '\r'])?;
    let line = rest[..end].trim_end();
    if rest[end..].trim().is_empty() || !is_headline(line) {
        return None;
    }
    let start = text[..lead].chars().count();
    Some((start, start + line.chars().count()))
}

/// Whether the sentence `(start, end)` (code points) of article `doc` is its headline
/// ([`headline`]) and holds no claim or quote someone labelled: such a sentence is no card.
pub(super) fn is_unlabelled_headline(
    ws: &Workspace,
    doc: &str,
    (start, end): (usize, usize),
) -> bool {
    let Some(d) = ws.document(doc) else {
        return false;
    };
    let Some((h0, h1)) = headline(&d.text) else {
        return false;
    };
    start < h1
        && h0 < end
        && !ws
            .spans_of(doc)
            .any(|t| matches!(t.label, Label::Claim | Label::Quote) && t.start < h1 && h0 < t.end)
}

/// Whether the range `(start, end)` (code points) of article `doc` lies in its headline
/// ([`headline`]).
pub(super) fn in_headline(ws: &Workspace, doc: &str, (start, end): (usize, usize)) -> bool {
    ws.document(doc)
        .and_then(|d| headline(&d.text))
        .is_some_and(|(h0, h1)| h0 <= start && end <= h1)
}

#[cfg(test)]
mod tests {
    use super::headline;

    #[test]
    fn a_first_line_without_a_full_stop_is_the_headline() {
        let text = "Seven dead as coach plunges off Alpine pass\n\nINNSBRUCK (Reuters) - A coach plunged off a road.";
        assert_eq!(headline(text), Some((0, 43)));
        assert_eq!(
            headline("\n  Acht Tote am Fernpass\nNassereith. Ein Bus stürzte ab."),
            Some((3, 24))
        );
        // Near cases: a sentence first, one line only, a paragraph of many words.
        assert_eq!(
            headline("One man is dead after a shooting, police said.\n\nMore text."),
            None
        );
        assert_eq!(
            headline("Seven dead as coach plunges off Alpine pass"),
            None
        );
        assert_eq!(
            headline("Seven dead as coach plunges off Alpine pass\n\n"),
            None
        );
        let long = format!("{}\n\nText.", ["word"; 21].join(" "));
        assert_eq!(headline(&long), None);
    }
}

//! A sentence's final stop at the end of a snapped claim: a claim selected up to the
//! last word of a sentence takes the stop after it (`.`, `!`, `?`, `…`, `。`, `！`, `？`),
//! so a span picked by hand ends where a span made by accepting a suggestion ends (the
//! matcher's clause of a sentence keeps its stop; trial 33, F14: a key made by accepting
//! and a student's hand-picked span differed by one full stop, a strict-match miss). A stop
//! after an abbreviation ("Mr.", "a.m.") is taken as well: it belongs to its word. Positions
//! are code points.

use crate::model::offsets::OffsetIndex;

/// Stops that end a sentence.
const STOPS: &[char] = &[
    '.', '!', '?', '\u{2026}', '\u{3002}', '\u{FF01}', '\u{FF1F}',
];

/// Closing quotation marks and brackets that may follow a sentence's stop.
const CLOSERS: &[char] = &[
    '"', '\'', ')', ']', '}', '\u{bb}', '\u{2019}', '\u{201d}', '\u{203a}', '\u{300d}', '\u{300f}',
];

/// `s..e` widened over the stops right after it when it ends on a letter or digit and the
/// stops end a sentence there: after them comes the end of the text, white space, or a
/// closing mark or bracket. Else `s..e` unchanged. Cost: the stops after `e`.
pub(super) fn take(text: &str, index: &OffsetIndex, (s, e): (usize, usize)) -> (usize, usize) {
    let Some(be) = index.cp_to_byte(text, e) else {
        return (s, e);
    };
    if !text[..be]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric)
    {
        return (s, e);
    }
    let rest = &text[be..];
    let stops = rest.chars().take_while(|c| STOPS.contains(c)).count();
    if stops == 0 {
        return (s, e);
    }
    let after = rest.chars().nth(stops);
    let ends = after.is_none_or(|c| c.is_whitespace() || CLOSERS.contains(&c));
    if ends {
        (s, e + stops)
    } else {
        (s, e)
    }
}

#[cfg(test)]
mod tests {
    use crate::model::offsets::OffsetIndex;
    use crate::model::text::take_final_stop;
    use crate::model::text::tests_quote_ends::snap_then;

    /// What a claim selected over `picked` (its first occurrence in `text`) snaps to.
    fn snap(text: &str, picked: &str) -> String {
        snap_then(text, picked, |r| {
            take_final_stop(text, &OffsetIndex::new(text), r)
        })
    }

    #[test]
    fn a_selection_ending_on_a_sentences_last_word_takes_its_stop() {
        let cases = [
            // Trial 33, F14: the hand-picked clause ends as the accepted one does.
            (
                "Police said the cause of the fire was still unknown. Shipping stopped.",
                "the cause of the fire was still unknown",
                "the cause of the fire was still unknown.",
            ),
            // The last sentence of the text; a question; two stops; an ellipsis.
            ("The port is closed.", "port is closed", "port is closed."),
            (
                "Was anyone hurt? No.",
                "Was anyone hurt",
                "Was anyone hurt?",
            ),
            ("They did what?! Yes.", "They did what", "They did what?!"),
            ("And then\u{2026} silence.", "And then", "And then\u{2026}"),
            // A stop before a closing mark or bracket, and a Chinese full stop.
            ("He said \"we won.\" Then", "we won", "we won."),
            (
                "(The mayor resigned.) Later",
                "The mayor resigned",
                "The mayor resigned.",
            ),
            ("我们今天学习中文和日语。", "日语", "日语。"),
            // An abbreviation's stop belongs to its word.
            (
                "Under control by 7 a.m. on Wednesday",
                "by 7 a.m",
                "by 7 a.m.",
            ),
        ];
        for (text, picked, want) in cases {
            assert_eq!(snap(text, picked), want, "{text}");
        }
    }

    #[test]
    fn stops_that_end_no_sentence_and_other_ends_are_left_as_made() {
        let cases = [
            // Mid-sentence: a comma, a decimal point, a stop glued to the next word.
            ("The fire, police said, spread.", "The fire", "The fire"),
            ("It grew 3.5 percent.", "It grew 3", "It grew 3.5"),
            (
                "See example.com for more.",
                "See example",
                "See example.com",
            ),
            // A selection that already ends on a mark or a stop.
            ("“We ran.” Then", "“We ran.”", "“We ran.”"),
            (
                "The port is closed.",
                "The port is closed.",
                "The port is closed.",
            ),
        ];
        for (text, picked, want) in cases {
            assert_eq!(snap(text, picked), want, "{text}");
        }
    }
}

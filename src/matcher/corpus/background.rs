//! A clause about another time, told as background: "It was the deadliest road accident in
//! Spain since 2019, when a bus crash near Valencia killed 11 people." The clause after
//! "<year>, when" tells a past event, not the one the article reports, so the score, the
//! flags and the reasons read the sentence without it (trial 24, M5: the clause matched the
//! current crash's headline at 77 %). The sentence is still shown whole.

use crate::matcher::text::{Kind, Token};

/// The fewest words the sentence must keep before the clause for it to be cut.
const MIN_KEPT_WORDS: usize = 4;

/// Where a trailing clause about another time starts in `sentence` (code points, the end
/// of the word before its comma): "when" right after a comma that follows a year (a whole
/// number from 1900 to 2100, within the two words before the comma: "since 2019, when",
/// "in March 2011, when"). `None` when there is no such clause or fewer than
/// [`MIN_KEPT_WORDS`] words would be kept. `tokens` are the sentence's tokens.
pub(super) fn background_start(sentence: &[char], tokens: &[Token]) -> Option<usize> {
    let year = |t: &Token| matches!(t.kind, Kind::Number(v) if v.fract() == 0.0 && (1900.0..=2100.0).contains(&v));
    (MIN_KEPT_WORDS..tokens.len()).find_map(|i| {
        let (before, when) = (&tokens[i - 1], &tokens[i]);
        let gap = sentence.get(before.end..when.start)?;
        let after_year = tokens[i.saturating_sub(2)..i].iter().any(year);
        (when.norm == "when" && gap.contains(&',') && after_year).then_some(before.end)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matcher::text;

    fn kept(s: &str) -> String {
        let chars: Vec<char> = s.chars().collect();
        let toks = text::tokenize_chars(&chars, &text::stemmer());
        match background_start(&chars, &toks) {
            Some(k) => chars[..k].iter().collect(),
            None => s.to_string(),
        }
    }

    #[test]
    fn a_clause_about_a_past_event_after_its_year_is_cut() {
        assert_eq!(
            kept("It was the deadliest road accident in Spain since 2019, when a bus crash near Valencia killed 11 people."),
            "It was the deadliest road accident in Spain since 2019"
        );
        assert_eq!(
            kept("It was the strongest quake to hit the region since March 2011, when a tsunami killed thousands."),
            "It was the strongest quake to hit the region since March 2011"
        );
    }

    #[test]
    fn a_when_that_tells_the_reported_event_is_kept() {
        for s in [
            "Two people died on Sunday, when a bus overturned near Granada.",
            "The bus overturned when the driver lost control in 2019.",
            "In 2019, when the law passed, few objected.",
        ] {
            assert_eq!(kept(s), s);
        }
    }
}

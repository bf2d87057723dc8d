//! US state abbreviations of AP style after a place and a comma ("CEDAR KEY, Fla. -
//! Hurricane …", "TAMPA, Fla. (AP) - …", "born in Erie, Pa. in 1950"): their full stop ends
//! no sentence unless a sentence plainly starts after it (trial 32, F12: the dateline was
//! cut into "CEDAR KEY, Fla." and "- Hurricane …"). The abbreviations are the place
//! flags' (`flags::regions`). Positions are code points.

use crate::matcher::flags::{US_STATE_SHORT, US_STATE_SHORT_AFTER_PLACE};

/// Whether `word` (letters and inner points, any case, without its final full stop:
/// "Fla", "N.Y", "W.Va", "calif") is a US state's abbreviation of AP style ("Ala.",
/// "Calif.", "Ill.", "N.H.", "W.Va." …).
pub fn us_state_abbreviation(word: &str) -> bool {
    let w = word.to_lowercase();
    US_STATE_SHORT.contains(&w.as_str()) || US_STATE_SHORT_AFTER_PLACE.contains(&w.as_str())
}

/// For the full stop at `stop` (in the sentence begun at `from`, the next sentence's
/// first character at `k`, the line ending at `end`): `None` unless it ends a state's
/// abbreviation written with a capital after a capitalised place and a comma (`word` is
/// the abbreviation, lower case, as `segment::stops::word_before` reads it); then whether the
/// sentence ends there: not before a dash or a parenthesis (a dateline: "Fla. -", "Fla.
/// (AP) -"), else only before a word that starts sentences ("… in Tampa, Fla. The storm
/// …", `starts`).
pub(super) fn split_after_state(
    chars: &[char],
    from: usize,
    stop: usize,
    k: usize,
    word: &str,
    starts: impl Fn(&str) -> bool,
    next_word: &str,
) -> Option<bool> {
    if !us_state_abbreviation(word) {
        return None;
    }
    let start = stop.checked_sub(word.chars().count())?;
    // ", " and a capitalised place before the abbreviation.
    if start < from + 3
        || !chars[start].is_uppercase()
        || chars[start - 1] != ' '
        || chars[start - 2] != ','
    {
        return None;
    }
    let mut p = start - 2;
    while p > from && chars[p - 1].is_alphabetic() {
        p -= 1;
    }
    if p == start - 2 || !chars[p].is_uppercase() {
        return None;
    }
    let next = chars[k];
    if matches!(next, '(' | '[' | '-' | '\u{2012}'..='\u{2015}') {
        return Some(false);
    }
    Some(starts(next_word))
}

#[cfg(test)]
mod tests {
    use crate::matcher::segment;

    /// The sentences of `text`, as strings.
    fn sentences(text: &str) -> Vec<String> {
        segment(text)
            .into_iter()
            .map(|(s, e)| text.chars().skip(s).take(e - s).collect())
            .collect()
    }

    #[test]
    fn an_ap_dateline_with_a_state_is_one_sentence() {
        for text in [
            "CEDAR KEY, Fla. - Hurricane Idris crashed ashore on Thursday.",
            "TAMPA, Fla. (AP) - Hurricane Delia weakened overnight.",
            "TAMPA, Fla. (AP) \u{2014} The storm weakened overnight.",
            "LOS ANGELES, Calif. \u{2013} Fire crews held the line.",
            "ALBANY, N.Y. (AP) - The Senate voted on Monday.",
            "CHARLESTON, W.Va. - Flooding closed schools.",
            "ERIE, Pa. (AP) - A fire destroyed a warehouse.",
            "SPRINGFIELD, Ill. - Lawmakers met on Monday.",
            "BATON ROUGE, La. - Officials said the levee held.",
            "PROVIDENCE, R.I. - A storm knocked out power.",
            // In a sentence's middle.
            "The storm hit Tampa, Fla., on Monday and moved north.",
            "He was born in Erie, Pa. in 1950 and moved west.",
            "Officials in Mobile, Ala. Monday said the port was closed.",
        ] {
            assert_eq!(sentences(text).len(), 1, "{text}: {:?}", sentences(text));
        }
    }

    #[test]
    fn a_sentence_that_ends_on_a_state_still_ends() {
        for text in [
            "He was born in Tampa, Fla. The family moved north in 1960.",
            "She lives in Albany, N.Y. She moved there in 2010.",
            // A full stop after a word that is no state, and a state without its place.
            "The storm hit Tampa. Hurricane Delia weakened overnight.",
            "Crews came from Fla. Officials said the roads were closed.",
        ] {
            assert_eq!(sentences(text).len(), 2, "{text}: {:?}", sentences(text));
        }
    }
}

//! Clock times told in words (trial 31, F18): "half past three", "a quarter past
//! nine", "quarter to six", German "halb drei" (2:30), "Viertel nach drei", "Viertel vor
//! drei". Read by `clock_times` as a time of either half of the day, unless "p.m." or a
//! part of the day follows ("half past three in the afternoon").

use crate::matcher::flags::figures::whole;
use crate::matcher::flags::surface;
use crate::matcher::prepared::Prepared;

/// German words right before "halb" that make it a clock time ("um halb drei", "gegen
/// halb drei", "kurz nach halb drei"): "halb" alone is also "half" ("halb so viele").
const HALB_BEFORE: &[&str] = &["um", "gegen", "bis", "ab", "etwa", "nach", "vor", "seit"];

/// Dutch words right before "half" that make it a clock time ("om half vier", "rond half
/// vier", "tegen half vier": 3:30, as German "halb vier"; trial 44).
const HALF_BEFORE: &[&str] = &["om", "rond", "tegen", "omstreeks", "vanaf", "tot", "na"];

/// The clock time told in words from token `i` of `p`: `(hour, minutes, last token)`,
/// the hour from 0 to 12 as said ("quarter to one" is 0:45, either half of the day).
pub(in crate::matcher::flags) fn spoken_clock(p: &Prepared, i: usize) -> Option<(u32, u32, usize)> {
    let toks = &p.tokens;
    // Most tokens open no clock time told in words: passed over without building their
    // text (the first word is one of these four, as written in any case).
    let written = |k: usize, w: &str| {
        toks.get(k).is_some_and(|t| {
            let chars = crate::matcher::flags::chars_of(p);
            chars
                .get(t.start..t.end)
                .is_some_and(|c| c.iter().flat_map(|c| c.to_lowercase()).eq(w.chars()))
        })
    };
    // Its first letter first (lower case, as the words are compared), without the words.
    let first = toks.get(i).and_then(|t| {
        let chars = crate::matcher::flags::chars_of(p);
        chars.get(t.start).and_then(|c| c.to_lowercase().next())
    });
    if !matches!(first, Some('h' | 'q' | 'v'))
        || !["half", "quarter", "viertel", "halb"]
            .iter()
            .any(|w| written(i, w))
    {
        return None;
    }
    // The words as written, lower case: the tokeniser reads "half" as the figure 0.5.
    let word = |k: usize| {
        toks.get(k)
            .map_or(String::new(), |t| surface(p, t.start, t.end).to_lowercase())
    };
    let hour = |k: usize| toks.get(k).and_then(whole).filter(|h| (1..=12).contains(h));
    let (h, m, last) = match (word(i).as_str(), word(i + 1).as_str()) {
        // "half past three", "quarter past three", "quarter to three".
        ("half", "past") => (hour(i + 2)?, 30, i + 2),
        ("quarter", "past") => (hour(i + 2)?, 15, i + 2),
        ("quarter", "to") => (hour(i + 2)? - 1, 45, i + 2),
        // "Viertel nach drei", "Viertel vor drei".
        ("viertel", "nach") => (hour(i + 2)?, 15, i + 2),
        ("viertel", "vor") => (hour(i + 2)? - 1, 45, i + 2),
        // "um halb drei": half an hour before three.
        ("halb", _) if i >= 1 && HALB_BEFORE.contains(&word(i - 1).as_str()) => {
            (hour(i + 1)? - 1, 30, i + 1)
        }
        // Dutch "om half vier": half an hour before four.
        ("half", _) if i >= 1 && HALF_BEFORE.contains(&word(i - 1).as_str()) => {
            (hour(i + 1)? - 1, 30, i + 1)
        }
        _ => return None,
    };
    Some((h, m, last))
}

#[cfg(test)]
mod tests {
    use crate::matcher::flags::test_util::{flags_of, no_flag};
    use crate::matcher::DiscrepancyKind::Date;

    #[test]
    fn a_clock_time_in_words_is_compared() {
        for (a, b, fa, fb) in [
            (
                "The fire broke out at half past three in the old warehouse.",
                "The fire broke out at 5 p.m. in the old warehouse.",
                "half past three",
                "5 p.m.",
            ),
            (
                "The meeting began at a quarter past nine, officials said.",
                "The meeting began at 10:30, officials said.",
                "quarter past nine",
                "10:30",
            ),
            (
                "Das Feuer brach um halb drei in der alten Lagerhalle aus.",
                "Das Feuer brach um 17 Uhr in der alten Lagerhalle aus.",
                "halb drei",
                "17 Uhr",
            ),
            // Capitalised (its first letter is looked at first, lower case).
            (
                "Half past three: the fire broke out in the old warehouse.",
                "At 5 p.m. the fire broke out in the old warehouse.",
                "Half past three",
                "5 p.m.",
            ),
            (
                "The meeting began at QUARTER PAST NINE, officials said.",
                "The meeting began at 10:30, officials said.",
                "QUARTER PAST NINE",
                "10:30",
            ),
        ] {
            let f: Vec<(String, String)> = flags_of(Date, a, b)
                .into_iter()
                .map(|x| (x.0, x.1))
                .collect();
            assert_eq!(f, vec![(fa.to_string(), fb.to_string())], "{a} / {b}");
        }
    }

    #[test]
    fn one_time_in_words_and_figures_agrees() {
        for (a, b) in [
            (
                "The fire broke out at half past three in the old warehouse.",
                "The fire broke out at 3:30 p.m. in the old warehouse.",
            ),
            (
                "The meeting began at a quarter to ten, officials said.",
                "The meeting began at 9:45, officials said.",
            ),
            (
                "Das Feuer brach um halb drei in der alten Lagerhalle aus.",
                "Das Feuer brach um 14.30 Uhr in der alten Lagerhalle aus.",
            ),
            // Words that only start as the words of a clock time do.
            (
                "Quartered past three villages, the troops left at 5 p.m.",
                "The troops left at 5 p.m.",
            ),
            (
                "Halves past three years were lost, he said at 5 p.m.",
                "He said at 5 p.m. that years were lost.",
            ),
            // "halb" that is no time.
            (
                "Es kamen halb so viele Menschen wie im Vorjahr.",
                "Es kamen 3 Menschen weniger als im Vorjahr.",
            ),
        ] {
            no_flag(Date, a, b);
        }
    }
}

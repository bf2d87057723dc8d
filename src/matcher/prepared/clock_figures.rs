//! A clock time is one figure of the fact. The ranking's figures (`Prepared::numbers`) are
//! the stems of a sentence's number tokens, so "7:40 p.m." gave 7 and 40 and "19:40" gave
//! 19 and 40: one time told two ways shared one figure of three and set the figures'
//! conflict (trial 53 F8: "The blackout began at 7:40 p.m." / "The power cut started at
//! 19:40." scored 0.109). A clock time the flags read (`flags::clock_spans`: "7:40 p.m.",
//! "19:40", "19.40 Uhr", "19h40") is one figure instead, its minutes on a 12-hour dial: the
//! hour told on the 24-hour clock or with "p.m." alike, and a time told with neither
//! ("7:40", of either half of the day) too. Which half of the day each tells is the time
//! flag's to compare (`flags/times.rs`): "7:40 a.m." / "7:40 p.m." shared both figures
//! before as well. A time whose figures were none of the sentence's (a live blog's post
//! stamp) adds none.

use super::Prepared;
use crate::matcher::text::{hash_str, Kind, Token};
use std::sync::Arc;

/// Whether `tokens` may tell a clock time in figures: a figure that is no date, the cheap
/// test before [`fold_clock_times`] reads the sentence's times.
fn may_tell_time(tokens: &[Token]) -> bool {
    tokens
        .iter()
        .any(|t| matches!(t.kind, Kind::Number(_)) && !t.date)
}

/// The figure of a clock time at `minutes` after midnight: its minutes on a 12-hour dial.
fn clock_figure(minutes: u16) -> u64 {
    hash_str(&format!("clock figure {}", minutes % 720))
}

/// Replaces in `p.numbers` and `p.content` (its content words, before they are weighed)
/// the figures of each clock time `p` tells (its text and tokens set) by the one figure of
/// the time ([`clock_figure`]); a figure told outside every time too stays.
pub(super) fn fold_clock_times(p: &mut Prepared) {
    if !may_tell_time(&p.tokens) {
        return;
    }
    let clocks = crate::matcher::flags::clock_spans(p);
    if clocks.is_empty() {
        return;
    }
    let inside = |k: usize| clocks.iter().any(|&(_, a, b)| (a..=b).contains(&k));
    let figure = |t: &Token| matches!(t.kind, Kind::Number(_)) && !t.date;
    let outside: Vec<u64> = (p.tokens.iter().enumerate())
        .filter(|&(k, t)| figure(t) && !inside(k))
        .map(|(_, t)| t.stem)
        .collect();
    let mut times = Vec::new();
    let mut told = Vec::new();
    for &(minutes, a, b) in &clocks {
        let stems: Vec<u64> = (a..=b)
            .filter_map(|k| p.tokens.get(k))
            .filter(|t| figure(t) && p.numbers.binary_search(&t.stem).is_ok())
            .map(|t| t.stem)
            .collect();
        if !stems.is_empty() {
            times.push(clock_figure(minutes));
            told.extend(stems);
        }
    }
    if times.is_empty() {
        return;
    }
    let keep = |n: &u64| !told.contains(n) || outside.contains(n);
    p.numbers.retain(keep);
    p.numbers.extend(&times);
    p.numbers.sort_unstable();
    p.numbers.dedup();
    // The content words too: the time's figures are one word of it, so "19:40" shares no
    // "40" with "20:40" and shares its time with "7:40 p.m." (each content word with its
    // flags, bit 0 a figure, when the reading keeps them).
    let flags = p.content_flags.len() == p.content.len();
    let mut content: Vec<(u64, f32, u8)> = (p.content.iter().enumerate())
        .filter(|(_, c)| keep(&c.0))
        .map(|(k, c)| (c.0, c.1, p.content_flags.get(k).copied().unwrap_or(0)))
        .collect();
    content.extend(times.iter().map(|&t| (t, 0.0, 1)));
    content.sort_unstable_by_key(|c| c.0);
    content.dedup_by_key(|c| c.0);
    p.content = content.iter().map(|c| (c.0, c.1)).collect();
    if flags && !p.content_flags.is_empty() {
        p.content_flags = content.iter().map(|c| c.2).collect();
    }
}

/// [`fold_clock_times`] for the lists of a sentence read for scoring only, which keep
/// neither its text nor its tokens (`Prepared::lists`): they are lent for the reading and
/// taken back, and what the reading cached of them (`Prepared::facts`) with them.
pub(super) fn fold_clock_times_of(p: &mut Prepared, text: &str, tokens: &[Token]) {
    if !may_tell_time(tokens) {
        return;
    }
    let ascii = p.ascii;
    p.text = text.to_string();
    p.tokens = tokens.into();
    // The flags read the text by byte when it is ASCII (`flags::surface`).
    p.ascii = text.is_ascii();
    fold_clock_times(p);
    p.text = String::new();
    p.tokens = Arc::from([]);
    p.facts = Arc::default();
    p.ascii = ascii;
}

#[cfg(test)]
mod tests {
    use crate::matcher::features::{score_prepared, Idf, Prepared};

    fn figures(text: &str) -> Vec<u64> {
        Prepared::new(text, Idf::builtin()).numbers
    }

    /// Trial 53 F8: one clock time told on the 12-hour and the 24-hour clock, or with the
    /// German "Uhr", is one shared figure; another time, or the time and another figure,
    /// is not.
    #[test]
    fn one_clock_time_told_two_ways_is_one_shared_figure() {
        let pm = figures("The blackout began at 7:40 p.m.");
        assert_eq!(pm.len(), 1, "{pm:?}");
        for same in [
            "The power cut started at 19:40.",
            "The blackout began at around 7:40pm on Friday.",
            "Der Stromausfall begann gegen 19.40 Uhr.",
            "La panne a commencé vers 19h40.",
        ] {
            assert_eq!(figures(same), pm, "{same}");
        }
        for other in [
            "The power cut started at 20:40.",
            "The power cut started at 19:45.",
            "The power cut hit 40 streets.",
        ] {
            assert_ne!(figures(other), pm, "{other}");
        }
        // A figure told outside the time stays a figure of its own.
        let both = figures("At 7:40 p.m. the blackout hit 40 streets.");
        assert_eq!(both.len(), 2, "{both:?}");
        assert!(both.contains(&pm[0]));
        // The paraphrase now outscores the same sentence at another time.
        let idf = Idf::builtin();
        let a = Prepared::new("The blackout began at 7:40 p.m.", idf);
        let b = Prepared::new("The power cut started at 19:40.", idf);
        for other in [
            "The power cut started at 21:15.",
            "The power cut started at 20:40.",
        ] {
            let c = Prepared::new(other, idf);
            assert!(score_prepared(&a, &b) > score_prepared(&a, &c), "{other}");
        }
        // One content word of the time, no "40" shared with another time.
        let c = Prepared::new("The power cut started at 20:40.", idf);
        let shared = |x: &Prepared, y: &Prepared| {
            (x.content.iter())
                .filter(|s| y.content.iter().any(|t| t.0 == s.0))
                .count()
        };
        assert_eq!(shared(&a, &b), shared(&a, &c) + 1);
    }

    /// Trial 53 F8: "two decades" is the figure of "twenty years"; "two days" is not.
    #[test]
    fn a_count_of_decades_is_its_count_of_years() {
        let decades = figures("The blackout was the largest in the city in two decades.");
        let years = figures("The power cut was the worst in the city in twenty years.");
        assert_eq!(decades, years);
        assert_ne!(figures("It lasted two days."), years);
        assert_ne!(figures("It was the largest in two years."), years);
    }
}

//! Figures of the ranking told in two notations: one clock time ("7:40 p.m.", "19:40",
//! "19.40 Uhr", "19h40", "7.40pm") and one count of years told as decades ("two decades" /
//! "twenty years") are one figure each ([`figure_spans`], kept in
//! `Prepared::figure_spans`). Two notations of one figure add to a pair's shared words as
//! one shared word ([`figures_shared`]), as two counts of one thing do
//! (`align::count_slots_shared`): "The blackout began at 7:40 p.m." / "The power cut
//! started at 19:40." shared only the "40" of the minutes (session 51). Which half of the
//! day each time tells, or a differing figure, is the flags' (`flags/times.rs`), not a
//! lower rank.
//!
//! The shared numbers feature of the alignment model reads the numbers as written: reading
//! each notation as its one figure there too (11 development sentence pairs, all no link,
//! lost a shared figure such as the "1" of "1: 45 p. m." with "one canine unit") moved the
//! development pairs' leave-one-out ECE from 0.058 to 0.068 (mean AP 0.630 to 0.632).
//!
//! The standalone sentence-pair score reads them as one shared word and one shared number
//! (`features::score_prepared`, session 52: "7:40 p.m." / "19:40" scored 0.430 there, a
//! differing figure, and 0.681 now; every `eval_pairs` figure unchanged at three
//! decimals). A batch's scoring lists (`Prepared::lists`) keep no figure spans, so
//! `standalone::score_batch` does not read them.

use crate::matcher::lexicon::decades::decade_years;
use crate::matcher::prepared::Prepared;
use crate::matcher::text::{hash_str, number_text, Kind};

/// A figure told in a notation of one token or more: its key and its first and last
/// tokens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct FigureSpan {
    /// The figure: [`clock_key`] of a clock time, the number's stem of a count of years
    /// ([`years_key`]).
    pub key: u64,
    /// Its first and last tokens.
    pub tokens: (usize, usize),
}

/// The key of a clock time of `minutes` after midnight: its minutes on a 12-hour dial, as
/// the concepts across languages read it (`xling.rs`: "7:40 p.m." and "19:40" are one).
pub(crate) fn clock_key(minutes: u16) -> u64 {
    hash_str(&format!("clock figure {}", minutes % 720))
}

/// The key of a count of `years`: the stem of the number as a figure ("20" of "twenty
/// years", `text::stem_key`), so that "two decades" shares it with "20 years".
pub(crate) fn years_key(years: f64) -> u64 {
    hash_str(&format!("#{}", number_text(years)))
}

/// The figures of `p` told in notations of their own: its clock times
/// (`flags::clock_spans`) and its counts of decades (`lexicon::decades`), in token order;
/// none within a live blog's post stamp that opens the sentence (tokens ending at or before
/// `stamp_end`, code points: "17:20 Eight workers …" tells when the post went up).
pub(crate) fn figure_spans(p: &Prepared, stamp_end: usize) -> Vec<FigureSpan> {
    let figure = |t: &crate::matcher::text::Token| {
        matches!(t.kind, Kind::Number(_)) || t.norm.starts_with(|c: char| c.is_ascii_digit())
    };
    let mut out: Vec<FigureSpan> = Vec::new();
    if p.tokens.iter().any(figure) {
        for (minutes, first, last) in crate::matcher::flags::clock_spans(p) {
            out.push(FigureSpan {
                key: clock_key(minutes),
                tokens: (first, last),
            });
        }
    }
    for k in 0..p.tokens.len() {
        if let Some(years) = decade_years(&p.tokens, k) {
            out.push(FigureSpan {
                key: years_key(years),
                tokens: (k, k + 1),
            });
        }
    }
    let stamped = |s: &FigureSpan| p.tokens.get(s.tokens.0).is_some_and(|t| t.end <= stamp_end);
    out.retain(|s| !stamped(s));
    out.sort_unstable_by_key(|s| s.tokens);
    out
}

/// What figures told in two notations add to a pair's shared words: (squared weight,
/// weight, number of figures) over the figures of either side's spans
/// (`Prepared::figure_spans`) that the other tells too, in a span of its own or as the
/// plain number (`Prepared::numbers`: "twenty years"), when each side writes
/// it with a content word the other does not hold ("7:40 p.m." / "19:40": "7" and "19";
/// "two decades" / "twenty years"), each figure weighing the lower of the two sides'
/// heaviest such word, as a shared word weighs in `features::weighted_shared`. Two
/// notations that differ only in a word one side adds ("19:40" / "19:40 Uhr") add
/// nothing: their figures are shared words already.
pub(crate) fn figures_shared(a: &Prepared, b: &Prepared) -> (f32, f32, usize) {
    let (mut sq, mut mass, mut n) = (0.0f32, 0.0f32, 0usize);
    if a.figure_spans.is_empty() && b.figure_spans.is_empty() {
        return (sq, mass, n);
    }
    // The heaviest content word of `p`'s notation of `key` that `other` does not hold:
    // the words of its span, or the plain number when it has no span of the figure.
    let unshared = |p: &Prepared, other: &Prepared, key: u64| -> Option<f32> {
        let stems: Vec<u64> = match p.figure_spans.iter().find(|s| s.key == key) {
            Some(s) => p
                .tokens
                .get(s.tokens.0..=s.tokens.1)
                .unwrap_or_default()
                .iter()
                .filter(|t| !t.stop)
                .map(|t| t.stem)
                .collect(),
            None => vec![key],
        };
        let weight = |q: &Prepared, stem: u64| {
            q.content
                .binary_search_by_key(&stem, |c| c.0)
                .ok()
                .map(|i| q.content[i].1)
        };
        stems
            .iter()
            .filter(|&&s| weight(other, s).is_none())
            .filter_map(|&s| weight(p, s))
            .reduce(f32::max)
    };
    let mut keys: Vec<u64> = a
        .figure_spans
        .iter()
        .chain(&b.figure_spans)
        .map(|s| s.key)
        .collect();
    keys.sort_unstable();
    keys.dedup();
    for key in keys {
        let told = |p: &Prepared| {
            p.figure_spans.iter().any(|s| s.key == key) || p.numbers.binary_search(&key).is_ok()
        };
        if !told(a) || !told(b) {
            continue;
        }
        if let (Some(wa), Some(wb)) = (unshared(a, b, key), unshared(b, a, key)) {
            let w = wa.min(wb);
            sq += w * w;
            mass += w;
            n += 1;
        }
    }
    (sq, mass, n)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matcher::features::Idf;

    /// The keys of the figures `text` tells in notations of their own.
    fn keys(text: &str) -> Vec<u64> {
        let p = Prepared::new(text, Idf::builtin());
        p.figure_spans.iter().map(|s| s.key).collect()
    }

    #[test]
    fn one_clock_time_in_five_notations_is_one_figure() {
        let evening = vec![clock_key(19 * 60 + 40)];
        for text in [
            "The blackout began at 7:40 p.m.",
            "The power cut started at 19:40.",
            "Der Stromausfall begann um 19.40 Uhr.",
            "La panne a commencé à 19h40.",
            "The fire began at 7.40pm.",
        ] {
            assert_eq!(keys(text), evening, "{text}");
        }
        // Another time sharing the minutes, another sharing the hour on the dial.
        assert_ne!(keys("The fire was under control at 23:40."), evening);
        assert_ne!(keys("The blackout began at 7:45 p.m."), evening);
        // A live blog's post stamp is no figure of the fact; no clock, no figure.
        assert_eq!(
            keys("19:40 Eight workers were evacuated."),
            Vec::<u64>::new()
        );
        assert_eq!(
            keys("About 40 homes lost power for 19 hours."),
            Vec::<u64>::new()
        );
    }

    #[test]
    fn a_count_of_decades_is_its_count_of_years() {
        assert_eq!(
            keys("It was the largest blackout in two decades."),
            vec![years_key(20.0)]
        );
        let twenty = Prepared::new("the worst outage in twenty years", Idf::builtin());
        assert!(twenty.numbers.contains(&years_key(20.0)));
        assert_eq!(keys("Two days later power came back."), Vec::<u64>::new());
    }

    /// Two notations of one figure add one shared word; one notation on both sides, one
    /// with a word added ("Uhr"), or two figures, add none.
    #[test]
    fn two_notations_of_one_figure_add_one_shared_word() {
        let added = |a: &str, b: &str| {
            let (a, b) = (
                Prepared::new(a, Idf::builtin()),
                Prepared::new(b, Idf::builtin()),
            );
            let (ab, ba) = (figures_shared(&a, &b), figures_shared(&b, &a));
            assert_eq!(ab.2, ba.2, "symmetric");
            assert!((ab.1 - ba.1).abs() < 1e-6, "symmetric");
            ab.2
        };
        let pm = "The blackout began at 7:40 p.m.";
        let decades = "It was the largest blackout in two decades.";
        for (a, b, n) in [
            (pm, "The power cut started at 19:40.", 1),
            (pm, "Der Stromausfall begann um 19.40 Uhr.", 1),
            (decades, "It was the worst outage in twenty years.", 1),
            (pm, "The blackout began at 7:40 p.m. on Friday.", 0),
            ("It began at 19:40.", "Es begann um 19:40 Uhr.", 0),
            (pm, "The fire was under control at 23:40.", 0),
            (pm, "The blackout began at 7:45 p.m.", 0),
            (decades, "It was the worst outage in thirty years.", 0),
        ] {
            assert_eq!(added(a, b), n, "{a} / {b}");
        }
    }
}

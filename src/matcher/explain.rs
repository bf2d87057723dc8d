//! Why two sentences were matched and where they differ: [`explain`] for a standalone pair,
//! and [`explain_scored`], the reason (shared terms, a one-line summary) and the
//! discrepancy flags every explained result carries (standalone, [`super::Suggestion`],
//! [`super::PairSuggestion`]).

use super::features::{self, Idf, Prepared};
use super::results::{Discrepancy, DiscrepancyKind, Explanation, Reason, SharedTerm};
use super::{align, flags, text};

/// The tokens of `p` with stem `stem`, in order.
fn stem_tokens(p: &Prepared, stem: u64) -> impl Iterator<Item = &text::Token> + '_ {
    p.tokens.iter().filter(move |t| t.stem == stem)
}

/// Score, reasons and discrepancy flags for a standalone pair; ranges are code points of
/// `a` and `b`.
pub fn explain(a: &str, b: &str) -> Explanation {
    let idf = Idf::builtin();
    let (pa, pb) = (Prepared::new(a, idf), Prepared::new(b, idf));
    explain_prepared(&pa, &pb, (0, 0))
}

/// Explanation of two prepared sentences; `offsets` are added to the ranges of a and b.
pub(crate) fn explain_prepared(a: &Prepared, b: &Prepared, offsets: (usize, usize)) -> Explanation {
    let score = features::score_prepared(a, b);
    explain_scored(a, b, score, offsets)
}

pub(crate) fn explain_scored(
    a: &Prepared,
    b: &Prepared,
    score: f64,
    (oa, ob): (usize, usize),
) -> Explanation {
    let mut flags = flags::discrepancies(a, b);
    for f in flags.iter_mut() {
        f.a_range = (f.a_range.0 + oa, f.a_range.1 + oa);
        f.b_range = (f.b_range.0 + ob, f.b_range.1 + ob);
    }
    explain_flagged(a, b, score, (oa, ob), flags)
}

/// [`explain_scored`] with the flags read already (their ranges with the offsets added):
/// for a clause whose flags are read in its sentence (`Corpus::score_ranges`).
pub(crate) fn explain_flagged(
    a: &Prepared,
    b: &Prepared,
    score: f64,
    (oa, ob): (usize, usize),
    flags: Vec<Discrepancy>,
) -> Explanation {
    let mut shared: Vec<SharedTerm> = Vec::new();
    let weights = a.content();
    // The tokens of the stem on each side, gathered once per shared stem (every rule
    // below reads them: this runs for every shared stem of every pair explained, and
    // each rule scanned the sentence's tokens afresh).
    let (mut ta, mut tb): (Vec<&text::Token>, Vec<&text::Token>) = (Vec::new(), Vec::new());
    for &(stem, w) in b.content() {
        let Ok(i) = weights.binary_search_by_key(&stem, |x| x.0) else {
            continue;
        };
        ta.clear();
        ta.extend(stem_tokens(a, stem));
        let Some(first) = ta.first() else {
            continue;
        };
        tb.clear();
        tb.extend(stem_tokens(b, stem));
        // A figure a number flag says is read differently on the two sides ("2.500 Euro" /
        // "2,50 Euro", one stem 2.5) is no shared term.
        let flagged =
            |toks: &[&text::Token], off: usize, side: fn(&Discrepancy) -> (usize, usize)| {
                toks.iter().any(|t| {
                    matches!(t.kind, text::Kind::Number(_))
                        && flags.iter().any(|f| {
                            let (lo, hi) = side(f);
                            f.kind == DiscrepancyKind::Number
                                && lo <= t.start + off
                                && t.end + off <= hi
                        })
                })
            };
        if flagged(&ta, oa, |f| f.a_range) || flagged(&tb, ob, |f| f.b_range) {
            continue;
        }
        // A figure that names a thing on one side and counts on the other ("Flight 447
        // crashed" / "killing 447 people") is no shared term: it tells two things.
        let named = |p: &Prepared, toks: &[&text::Token]| {
            toks.iter().any(|t| flags::names_a_thing(p, t.start))
        };
        if named(a, &ta) != named(b, &tb) {
            continue;
        }
        // A length of time on one side and a count on the other ("an eight-day tour" /
        // "Acht Menschen") tells two things too.
        let timed = |p: &Prepared, toks: &[&text::Token]| {
            toks.iter().any(|t| {
                matches!(t.kind, text::Kind::Number(_)) && flags::tells_a_length_of_time(p, t.start)
            })
        };
        if timed(a, &ta) != timed(b, &tb) {
            continue;
        }
        let ranges = |toks: &[&text::Token], off: usize| {
            toks.iter().map(|t| (t.start + off, t.end + off)).collect()
        };
        shared.push(SharedTerm {
            term: first.norm.clone(),
            weight: (weights[i].1.min(w) as f64 * 1000.0).round() / 1000.0,
            a: ranges(&ta, oa),
            b: ranges(&tb, ob),
        });
    }
    shared.sort_by(|x, y| y.weight.total_cmp(&x.weight).then(x.term.cmp(&y.term)));
    let summary = summarise(score, &shared, &flags);
    Explanation {
        score,
        reason: Reason { summary, shared },
        flags,
    }
}

fn summarise(score: f64, shared: &[SharedTerm], flags: &[Discrepancy]) -> String {
    use std::fmt::Write;
    // Written into one string (all-pairs matching summarises every pair it keeps).
    let band = align::band(score);
    let mut s = band[..1].to_uppercase();
    let _ = write!(s, "{} ({})", &band[1..], align::percent(score));
    summarise_after(s, shared, flags)
}

/// The one-line summary of a pair told across languages (`language::across`): as
/// [`Reason::summary`], but "Across languages (75%, no probability)" in place of the band
/// and its percentage, since across languages a score rests only on shared names and
/// numbers and ranks pairs without being a probability (trial 50: `parallax suggest` said
/// "Same fact (75%)" of a French and an English sentence the page shows with no band).
pub fn summary_across_languages(
    score: f64,
    shared: &[SharedTerm],
    flags: &[Discrepancy],
) -> String {
    let head = format!(
        "Across languages ({}, no probability)",
        align::percent(score)
    );
    summarise_after(head, shared, flags)
}

/// `head` followed by the shared terms and the flags of [`summarise`].
fn summarise_after(mut s: String, shared: &[SharedTerm], flags: &[Discrepancy]) -> String {
    use std::fmt::Write;
    if shared.is_empty() {
        s.push_str(": no terms in common");
    } else {
        s.push_str(": shares ");
        for (k, t) in shared.iter().take(6).enumerate() {
            let sep = if k > 0 { ", " } else { "" };
            let _ = write!(s, "{sep}\"{}\"", t.term);
        }
        if shared.len() > 6 {
            let _ = write!(s, " and {} more", shared.len() - 6);
        }
    }
    if !flags.is_empty() {
        s.push_str("; but ");
        for (k, f) in flags.iter().enumerate() {
            let sep = if k > 0 { ", " } else { "" };
            let soft = if f.vague {
                format!(", {}", crate::model::types::softer_short(f.kind.as_str()))
            } else {
                String::new()
            };
            // A date flag on two clock times names the time of day (its kind stays
            // `date`, as the export documents it).
            let kind = match f.kind {
                DiscrepancyKind::Date if flags::clock_value(&f.a) && flags::clock_value(&f.b) => {
                    "time of day"
                }
                k => k.as_str(),
            };
            let _ = write!(s, "{sep}{kind} differs (\"{}\" vs \"{}\"{soft})", f.a, f.b);
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_figure_read_differently_is_no_shared_term() {
        let e = explain(
            "Die Strafe betrug 2.500 Euro, teilte das Gericht mit.",
            "Die Strafe betrug 2,50 Euro, teilte das Gericht mit.",
        );
        assert_eq!(e.flags.len(), 1, "{:?}", e.flags);
        let terms: Vec<&str> = e.reason.shared.iter().map(|t| t.term.as_str()).collect();
        assert!(terms.contains(&"euro"), "{terms:?}");
        assert!(!terms.iter().any(|t| t.starts_with('2')), "{terms:?}");
        let shares = e.reason.summary.split("; but").next().unwrap_or_default();
        assert!(!shares.contains("2.5"), "{}", e.reason.summary);
    }

    #[test]
    fn a_length_of_time_against_a_count_is_no_shared_term() {
        // Whether the pair shares the figure 8 (its term as the first sentence writes it).
        let eight = |a: &str, b: &str| -> bool {
            let e = explain(a, b);
            e.reason
                .shared
                .iter()
                .any(|t| t.term == "8" || t.term == "eight")
        };
        // Trial 57: the card said "Shares 8".
        assert!(!eight(
            "Most of the passengers were on an eight-day tour of Austria.",
            "Acht Menschen kamen in Österreich ums Leben.",
        ));
        assert!(!eight(
            "They were on a tour of eight days in Austria.",
            "Acht Menschen kamen in Österreich ums Leben.",
        ));
        // Two lengths of time, two counts: shared.
        assert!(eight(
            "They were on an eight-day tour of Austria.",
            "Sie waren auf einer Reise von acht Tagen durch Österreich.",
        ));
        assert!(eight(
            "Eight people died in Austria.",
            "Acht Menschen kamen in Österreich ums Leben.",
        ));
    }

    #[test]
    fn a_figure_that_names_a_thing_on_one_side_only_is_no_shared_term() {
        let terms = |a: &str, b: &str| -> Vec<String> {
            let e = explain(a, b);
            e.reason.shared.into_iter().map(|t| t.term).collect()
        };
        // The flight's number against the dead (trial 25 M1').
        let t = terms(
            "Flight 447 crashed into the Atlantic, killing 228 people.",
            "The Air France flight crashed into the Atlantic, killing 447 people.",
        );
        assert!(t.contains(&"atlantic".to_string()), "{t:?}");
        assert!(!t.contains(&"447".to_string()), "{t:?}");
        // One flight on both sides: shared.
        let t = terms(
            "Flight 447 crashed into the Atlantic.",
            "Air France Flight 447 went down in the Atlantic.",
        );
        assert!(t.contains(&"447".to_string()), "{t:?}");
    }

    #[test]
    fn the_score_shares_a_named_figure_only_with_the_same_name() {
        let idf = Idf::builtin();
        let shared = |a: &str, b: &str| {
            let (a, b) = (Prepared::new(a, idf), Prepared::new(b, idf));
            a.numbers.iter().filter(|n| b.numbers.contains(n)).count()
        };
        let flight = "Flight 447 crashed into the Atlantic, killing 228 people.";
        assert_eq!(shared(flight, "The plane crashed, killing 447 people."), 0);
        assert_eq!(shared(flight, "Air France flight 447 went down."), 1);
        assert_eq!(
            shared("The bus left the A-44.", "The bus left the A-44 motorway."),
            1
        );
        assert_eq!(
            shared("The bus left the A-44.", "The bus carried 44 people."),
            0
        );
        // A time zone's offset is no code ("GMT+2"): the figure is shared as written.
        assert_eq!(shared("It was 9pm GMT+2.", "Two people, 2 dogs."), 1);
    }

    #[test]
    fn explanation_ranges_point_at_terms() {
        // The same words credited to two people (a speaker flag needs the same statement).
        let a = "Gen. Brooks said the soldier was shot near the border crossing in a jeep.";
        let b = "The soldier was shot near the border crossing in a truck, Carroll said.";
        let e = explain(a, b);
        let ca: Vec<char> = a.chars().collect();
        let cb: Vec<char> = b.chars().collect();
        let soldier = e
            .reason
            .shared
            .iter()
            .find(|t| t.term == "soldier")
            .expect("shared soldier");
        for &(s, t) in &soldier.a {
            assert_eq!(ca[s..t].iter().collect::<String>(), "soldier");
        }
        for &(s, t) in &soldier.b {
            assert_eq!(cb[s..t].iter().collect::<String>(), "soldier");
        }
        let kinds: Vec<DiscrepancyKind> = e.flags.iter().map(|f| f.kind).collect();
        assert!(kinds.contains(&DiscrepancyKind::Vehicle));
        assert!(kinds.contains(&DiscrepancyKind::Speaker));
        assert!(
            e.reason.summary.contains("vehicle differs"),
            "{}",
            e.reason.summary
        );
        let json = serde_json::to_string(&e).expect("serialises");
        assert!(json.contains("\"kind\":\"vehicle\""));
        let back: Explanation = serde_json::from_str(&json).expect("round trip");
        assert_eq!(back, e);
    }
}

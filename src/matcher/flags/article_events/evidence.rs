//! The evidence [`leads_apart`](super::leads_apart) weighs: what two leads tell
//! differently (counts, dates, vehicles), the days and figures they share, and the words
//! of their places.

use super::{ArticleLead, SMALL_FIGURE};
use crate::matcher::features::Prepared;
use crate::matcher::flags::{count_flags, date_flags};
use crate::matcher::text::Kind;

/// What some two lead sentences of two articles tell differently: a solid count flag
/// ("two people" / "three people"), a solid date flag ("magnitude 7.5" / "magnitude 9.0",
/// "6:30 p.m." / "7:15 a.m."), a vehicle flag ("tractor" / "lorry").
pub(super) struct Differences {
    /// How many pairs of figures are counted apart (distinct flag texts).
    pub(super) counted: usize,
    /// How many pairs of figures are counted apart, the dashed flags too ("at least 40" /
    /// "51").
    pub(super) counted_any: usize,
    /// How many figures are counted apart solidly, each counted once on the side of
    /// the two that has fewer of them ("52.3 percent" flagged against "51.8%" and
    /// "48.2%" is one).
    pub(super) figures: usize,
    pub(super) dated: bool,
    /// A solid date flag on no weekday: a clock time or a day of the month ("20:55" /
    /// "04:32").
    pub(super) timed: bool,
    pub(super) vehicle: bool,
    /// A solid count flag between two sums of money ("$12.4 billion" / "$2.1 billion", "10
    /// millions de dollars" / "3 millions de dollars"): what a deal costs or a ransom asks
    /// is a fact of the event, fixed once told, where a toll or a count is updated.
    pub(super) sums: bool,
}

/// The [`Differences`] of the leads of `a` and `b`.
pub(super) fn differences(a: &ArticleLead, b: &ArticleLead) -> Differences {
    let solid = |f: &crate::matcher::Discrepancy| !f.vague;
    let mut counts: Vec<((String, String), bool)> = Vec::new();
    let mut d = Differences {
        counted: 0,
        counted_any: 0,
        figures: 0,
        dated: false,
        timed: false,
        vehicle: false,
        sums: false,
    };
    // Whether a flag's range of sentence `p` holds a weekday.
    let weekday = |p: &Prepared, (s, e): (usize, usize)| {
        p.tokens
            .iter()
            .any(|t| t.start < e && s < t.end && matches!(t.kind, Kind::Weekday(_)))
    };
    for x in &a.lead {
        for y in &b.lead {
            for f in count_flags(x, y) {
                let key = (f.a.to_lowercase(), f.b.to_lowercase());
                d.sums = d.sums || (!f.vague && money(x, f.a_range) && money(y, f.b_range));
                match counts.iter_mut().find(|(k, _)| *k == key) {
                    Some(entry) => entry.1 |= !f.vague,
                    None => counts.push((key, !f.vague)),
                }
            }
            for f in date_flags(x, y).iter().filter(|f| solid(f)) {
                d.dated = true;
                d.timed = d.timed || !(weekday(x, f.a_range) || weekday(y, f.b_range));
            }
            d.vehicle = d.vehicle || crate::matcher::flags::vehicle_conflict(x, y).is_some();
        }
    }
    d.counted = counts.iter().filter(|(_, solid)| *solid).count();
    // Each figure once, on the side that gives fewer: "52.3 percent" flagged against
    // "51.8%" and "48.2%" is one figure told otherwise.
    let sides = |pick: fn(&(String, String)) -> &String| {
        let mut seen: Vec<&String> = Vec::new();
        for (k, _) in counts.iter().filter(|(_, solid)| *solid) {
            if !seen.contains(&pick(k)) {
                seen.push(pick(k));
            }
        }
        seen.len()
    };
    d.figures = sides(|k| &k.0).min(sides(|k| &k.1));
    d.counted_any = counts.len();
    d
}

/// How many tokens after a figure its currency may stand ("10 millions *de dollars*",
/// "2 milioni *di euro*").
const CURRENCY_AFTER: usize = 3;

/// Whether the range `(start, end)` (code points) of `p` is a sum of money: a currency
/// sign right before one of its tokens ("$12.4 billion", "$12bn"; `units::currency_before`)
/// or a word of a currency (`units::unit_of`, its dimension money) among its tokens or the
/// [`CURRENCY_AFTER`] tokens after it ("10 millions de dollars", "1,2 Mrd. Euro").
pub(super) fn money(p: &Prepared, (start, end): (usize, usize)) -> bool {
    use crate::matcher::flags::units::{currency_before, is_money, unit_of};
    let Some(first) = p.tokens.iter().position(|t| t.end > start) else {
        return false;
    };
    let inside = p.tokens[first..]
        .iter()
        .take_while(|t| t.start < end)
        .count();
    p.tokens[first..]
        .iter()
        .take(inside + CURRENCY_AFTER)
        .enumerate()
        .any(|(k, t)| {
            (k < inside && currency_before(p, t.start).is_some())
                || unit_of(&t.norm).is_some_and(|(_, dim)| is_money(dim))
        })
}

/// Whether the two leads name a weekday in common.
pub(super) fn shared_weekday(a: &ArticleLead, b: &ArticleLead) -> bool {
    a.telling.iter().any(|(t, _)| {
        matches!(t, Kind::Weekday(_)) && b.telling.iter().any(|(u, _)| same_value(t, u))
    })
}

/// Whether a lead names a weekday or a year (a whole number from 1900 to 2100; "2,000
/// people" reads as one too). Two leads that both do and share no weekday or such a
/// number ([`leads_apart`] rules that out first) are told on other days or years.
pub(super) fn is_dated(lead: &[&Prepared]) -> bool {
    lead.iter().any(|p| {
        p.tokens.iter().any(|t| match t.kind {
            Kind::Weekday(_) => true,
            Kind::Number(_) => t.year().is_some(),
            _ => false,
        })
    })
}

/// A place flag's text as a place name: lower case, without a possessive ("Wajima's" ->
/// "wajima").
pub(super) fn place_text(s: &str) -> String {
    let s = s.trim();
    let s = s
        .strip_suffix("'s")
        .or_else(|| s.strip_suffix("\u{2019}s"))
        .unwrap_or(s);
    s.to_lowercase()
}

/// The lower-case words of a text (runs of letters and digits; a Chinese or Japanese
/// character is a word of its own, as the tokeniser cuts them, so "上海" is named in
/// "上海一工厂发生火灾").
pub(super) fn words(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut word = String::new();
    for c in text.chars() {
        // ASCII first, without the Unicode tables (the same words).
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                word.push(c.to_ascii_lowercase());
            } else if !word.is_empty() {
                out.push(std::mem::take(&mut word));
            }
            continue;
        }
        if crate::matcher::flags::cjk::cjk_char(c) {
            out.extend((!word.is_empty()).then(|| std::mem::take(&mut word)));
            out.push(c.to_string());
        } else if c.is_alphanumeric() {
            word.extend(c.to_lowercase());
        } else if !word.is_empty() {
            out.push(std::mem::take(&mut word));
        }
    }
    out.extend((!word.is_empty()).then_some(word));
    out
}

/// Whether sentences (their lower-case [`words`]) hold the words `place`, in a row.
pub(super) fn names_words(sentences: &[Vec<String>], place: &[String]) -> bool {
    !place.is_empty()
        && sentences
            .iter()
            .any(|w| w.windows(place.len()).any(|x| x == place))
}

/// Whether two leads place their stories at one place finer than a country: a place one
/// lead names after a place preposition ("in Thornton Heath") that the other lead names
/// anywhere, as whole words ("called to Thornton Heath High Street": one stabbing placed
/// in "Croydon" by one outlet and in "south London" by the other, trial 25). A country, US
/// state or continent ("in southern Spain") is shared by two events of one country and
/// tells nothing.
pub(super) fn share_place(a: &ArticleLead, b: &ArticleLead) -> bool {
    let named_in_other = |x: &ArticleLead, other: &ArticleLead| {
        x.places.iter().any(|n| names_words(&other.lead_words, n))
    };
    named_in_other(a, b) || named_in_other(b, a)
}

/// Whether a token kind is a weekday, a month or a telling figure (a figure that is not a
/// whole number below [`SMALL_FIGURE`]).
pub(super) fn telling(k: &Kind) -> bool {
    match *k {
        Kind::Number(v) => v.fract() != 0.0 || v.abs() >= SMALL_FIGURE,
        Kind::Weekday(_) | Kind::Month(_) => true,
        Kind::Word | Kind::Vague => false,
    }
}

/// Whether two date or figure tokens hold the same value.
pub(super) fn same_value(x: &Kind, y: &Kind) -> bool {
    match (x, y) {
        (Kind::Number(p), Kind::Number(q)) => (p - q).abs() < 1e-9,
        (Kind::Weekday(p), Kind::Weekday(q)) => p == q,
        (Kind::Month(p), Kind::Month(q)) => p == q,
        _ => false,
    }
}

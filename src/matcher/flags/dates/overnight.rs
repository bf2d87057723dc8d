//! One night told from either of its two days (trial 56): "late on Friday night" and
//! "early Saturday" may be one moment, a little before or after midnight, so the two
//! weekdays give the softer flag; "on Friday" / "on Saturday" still the solid one.

use super::{DateItem, Item};
use crate::matcher::lexicon::overnight::{EARLY_WORDS, LATE_WORDS, MIDNIGHT_WORDS};
use crate::matcher::lexicon::DAY_PARTS;
use crate::matcher::prepared::Prepared;

/// The most tokens between a weekday and the word that puts its moment at its start or
/// its end: "late on Friday night", "dans la nuit de vendredi", "el viernes por la
/// noche", "in the early hours of Saturday".
const REACH: usize = 4;

/// The part of the day (`DAY_PARTS`) a word names, 0 for none.
fn part(word: &str) -> u8 {
    DAY_PARTS
        .iter()
        .find(|(w, _)| *w == word)
        .map_or(0, |&(_, p)| p)
}

/// Whether a word within [`REACH`] tokens of the weekday at tokens `e` of `p` names part
/// of the day `wanted` (`DAY_PARTS`) or is one of `words` or of [`MIDNIGHT_WORDS`], or
/// the weekday's own word names that part ("Freitagnacht", "zaterdagochtend":
/// `lexicon::compound_day_part`).
fn near_word(p: &Prepared, e: (usize, usize), wanted: u8, words: &[&str]) -> bool {
    let toks = &p.tokens;
    let lo = e.0.saturating_sub(REACH);
    let hi = (e.1 + REACH).min(toks.len().saturating_sub(1));
    let own = |k: usize| {
        (e.0..=e.1).contains(&k)
            && crate::matcher::lexicon::compound_day_part(&toks[k].norm) == Some(wanted)
    };
    (lo..=hi).any(|k| {
        let w = toks[k].norm.as_str();
        part(w) == wanted || words.contains(&w) || MIDNIGHT_WORDS.contains(&w) || own(k)
    })
}

/// Whether the weekday at tokens `e` of `p` is told at its end: a night or "late" near it
/// ("late on Friday night", "dans la nuit de vendredi", "Freitagnacht").
fn at_its_end(p: &Prepared, e: (usize, usize)) -> bool {
    near_word(p, e, 4, LATE_WORDS)
}

/// Whether the weekday at tokens `e` of `p` is told at its start: "early", dawn, midnight
/// or the morning near it ("early Saturday", "Saturday morning", "samedi à l'aube",
/// "shortly after midnight on Saturday"), or a night told as leading into it ("in der
/// Nacht zum Samstag", "overnight into Saturday": a word of [`INTO`] right before it and
/// a night within [`REACH`] tokens).
fn at_its_start(p: &Prepared, e: (usize, usize)) -> bool {
    let into = e.0 > 0
        && INTO.contains(&p.tokens[e.0 - 1].norm.as_str())
        && near_word(p, e, 4, &["overnight"]);
    into || near_word(p, e, 1, EARLY_WORDS)
}

/// Words that lead a night into the day after it, right before that day's weekday: de
/// "in der Nacht zum / auf Samstag", en "overnight into Saturday", "the night to
/// Saturday", nl "de nacht op zaterdag", fr "la nuit de vendredi à samedi".
const INTO: &[&str] = &["zum", "auf", "into", "to", "op", "à"];

/// Whether item `x` of `a` (of its items `da`) and item `y` of `b` (of `db`) tell one
/// night: two weekdays around one midnight ([`weekdays_across`]: "late on Friday night" /
/// "early Saturday"), or two parts of the day of two such weekdays ("tard vendredi soir"
/// / "tôt samedi matin": "soir ≠ matin" was the solid flag, session 53's last tester).
pub(super) fn across_midnight(
    (a, da, x): (&Prepared, &[Item], &Item),
    (b, db, y): (&Prepared, &[Item], &Item),
) -> bool {
    match (x.0, y.0) {
        (DateItem::Weekday(_), DateItem::Weekday(_)) => weekdays_across(a, x, b, y),
        (DateItem::DayPart(_), DateItem::DayPart(_)) => da
            .iter()
            .any(|i| db.iter().any(|j| weekdays_across(a, i, b, j))),
        _ => false,
    }
}

/// Whether weekday `x` of `a` and weekday `y` of `b` are two days around one midnight,
/// the earlier told at its end and the later at its start (`at_its_end`,
/// `at_its_start`): "late on Friday night" / "early Saturday".
fn weekdays_across(a: &Prepared, x: &Item, b: &Prepared, y: &Item) -> bool {
    let (DateItem::Weekday(d1), DateItem::Weekday(d2)) = (x.0, y.0) else {
        return false;
    };
    let next = |d: u8, e: u8| (u16::from(e) + 7 - u16::from(d)) % 7 == 1;
    (next(d1, d2) && at_its_end(a, x.2) && at_its_start(b, y.2))
        || (next(d2, d1) && at_its_end(b, y.2) && at_its_start(a, x.2))
}

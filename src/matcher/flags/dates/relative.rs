//! Dates told from the day of the report (trial 35 F8.2: "Coalition talks are expected to
//! start next week" / "… to begin next month", 0.99 with no date flag): a week, a month or a
//! year told as this one, the next or the last ("next week", "last month", "this year",
//! "la semaine prochaine", "el mes pasado", "l'anno scorso", "nächstes Jahr", "vorige
//! week"), read by the date flags (`flags/dates.rs`) as a [`DateItem::Relative`].

use super::{DateItem, Item};
use crate::matcher::features::Prepared;
use crate::matcher::text::Token;

/// The unit of a relative date: a week.
pub(super) const WEEK: u8 = 1;
/// The unit of a relative date: a month.
pub(super) const MONTH: u8 = 2;
/// The unit of a relative date: a year.
pub(super) const YEAR: u8 = 3;

/// Nouns of a week, a month and a year (lower case) in English, French, Spanish, Italian,
/// German, Dutch and Portuguese, with their unit ([`WEEK`], [`MONTH`], [`YEAR`]).
const UNITS: &[(&str, u8)] = &[
    ("week", WEEK),
    ("semaine", WEEK),
    ("semana", WEEK),
    ("settimana", WEEK),
    ("woche", WEEK),
    ("month", MONTH),
    ("mois", MONTH),
    ("mes", MONTH),
    ("mês", MONTH),
    ("mese", MONTH),
    ("monat", MONTH),
    ("maand", MONTH),
    ("year", YEAR),
    ("année", YEAR),
    ("an", YEAR),
    ("año", YEAR),
    ("anno", YEAR),
    ("ano", YEAR),
    ("jahr", YEAR),
    ("jaar", YEAR),
];

/// Words that tell which week, month or year, before or after its noun, lower case, with
/// its offset from the report's: 1 the next ("next", "prochaine", "próximo", "prossimo",
/// "nächste", "kommende", "volgende"), -1 the last ("last", "dernier", "pasado", "scorso",
/// "letzte", "vergangene", "vorige", "passado"), 0 this one ("this", "cette", "este",
/// "questo", "diese", "deze").
const WHICH: &[(&str, i8)] = &[
    ("next", 1),
    ("prochain", 1),
    ("prochaine", 1),
    ("próximo", 1),
    ("próxima", 1),
    ("prossimo", 1),
    ("prossima", 1),
    ("nächste", 1),
    ("nächsten", 1),
    ("nächstes", 1),
    ("nächster", 1),
    ("kommende", 1),
    ("kommenden", 1),
    ("kommendes", 1),
    ("volgende", 1),
    ("volgend", 1),
    ("last", -1),
    ("dernier", -1),
    ("dernière", -1),
    ("passé", -1),
    ("passée", -1),
    ("pasado", -1),
    ("pasada", -1),
    ("passado", -1),
    ("passada", -1),
    ("scorso", -1),
    ("scorsa", -1),
    ("letzte", -1),
    ("letzten", -1),
    ("letztes", -1),
    ("vergangene", -1),
    ("vergangenen", -1),
    ("vergangenes", -1),
    ("vorige", -1),
    ("vorig", -1),
    ("this", 0),
    ("ce", 0),
    ("cet", 0),
    ("cette", 0),
    ("este", 0),
    ("esta", 0),
    ("questo", 0),
    ("questa", 0),
    ("quest", 0),
    ("diese", 0),
    ("diesen", 0),
    ("dieses", 0),
    ("deze", 0),
    ("dit", 0),
];

/// The words after a French "an" that make it a year ("l'an dernier", "l'an prochain",
/// "l'an passé"): "an" is an article in English and a preposition in German ("an diese
/// Woche").
const FRENCH_YEAR: &[&str] = &["dernier", "prochain", "passé"];

/// The offset a word of [`WHICH`] tells, `None` for another word.
fn which(t: &Token) -> Option<i8> {
    WHICH
        .iter()
        .find(|(w, _)| *w == t.norm)
        .map(|&(_, offset)| offset)
}

/// The unit a noun of [`UNITS`] tells, `None` for another word.
fn unit(t: &Token) -> Option<u8> {
    UNITS.iter().find(|(w, _)| *w == t.norm).map(|&(_, u)| u)
}

/// The relative dates of `p` ([`DateItem::Relative`]): a noun of a week, a month or a year
/// with a word of [`WHICH`] right before or after it ("next week", "la semaine
/// prochaine"), or with "que viene" after it ("el mes que viene"). Not after "the"
/// ("over the last week", "in the next year": a length of time up to now or from now,
/// no date); "an" only before a word of [`FRENCH_YEAR`]. The range covers the words from the first to
/// the last; the expression's tokens are those words.
pub(super) fn relative_dates(p: &Prepared) -> Vec<Item> {
    let toks = &p.tokens;
    let mut out: Vec<Item> = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        let Some(u) = unit(t) else {
            continue;
        };
        let before = i
            .checked_sub(1)
            .and_then(|k| which(&toks[k]).map(|o| (k, o)))
            .filter(|&(k, _)| {
                t.norm != "an" && k.checked_sub(1).is_none_or(|j| toks[j].norm != "the")
            });
        let after = toks
            .get(i + 1)
            .filter(|n| t.norm != "an" || FRENCH_YEAR.contains(&n.norm.as_str()))
            .and_then(which)
            .map(|o| (i + 1, o));
        let que_viene = toks.get(i + 1).is_some_and(|n| n.norm == "que")
            && toks.get(i + 2).is_some_and(|n| n.norm == "viene");
        let found = match (before, after) {
            (Some(x), _) => Some(x),
            (None, Some(x)) => Some(x),
            (None, None) if que_viene => Some((i + 2, 1)),
            _ => None,
        };
        if let Some((k, offset)) = found {
            let (lo, hi) = (k.min(i), k.max(i));
            out.push((
                DateItem::Relative(offset, u),
                (toks[lo].start, toks[hi].end),
                (lo, hi),
            ));
        }
    }
    out
}

/// Whether two relative dates may be one time: the same, or one inside this week, month or
/// year of a longer unit ("next week" / "this month", "last month" / "this year").
pub(super) fn relative_compatible((o1, u1): (i8, u8), (o2, u2): (i8, u8)) -> bool {
    (o1, u1) == (o2, u2) || (u1 > u2 && o1 == 0) || (u2 > u1 && o2 == 0)
}

/// Whether two relative dates that differ ([`relative_compatible`] false) may still both
/// hold: told from two reports' days, a week apart or at a year's turn ("this year" in
/// December, "next year" in January), one offset apart of one unit; or at the turn of the
/// longer unit ("next week" / "next month" at a month's end), of two units and the same
/// offset: the softer flag. ("next week" / "last week" cannot both hold.)
pub(super) fn relative_near((o1, u1): (i8, u8), (o2, u2): (i8, u8)) -> bool {
    (u1 == u2 && (o1 - o2).abs() == 1) || (u1 != u2 && o1 == o2)
}

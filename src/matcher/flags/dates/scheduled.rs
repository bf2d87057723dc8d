//! A date told as the one something is set for ("will be played on Wednesday, 14 March",
//! "postponed until", "verschoben auf", "reporté au"): the words that tell it
//! ([`SCHEDULED`]) and whether a sentence's dates are one such expression
//! ([`lone_scheduled`]), read by the date flags (`flags/dates.rs`).

use super::{DateItem, Item};
use crate::matcher::features::Prepared;

/// Words that tell the date something is set for ("will be played on", "rescheduled for",
/// "postponed until", "will be held on", "set for", "verschoben auf", "reporté au",
/// "aplazado al", "rinviata al"; "will close in March 2026", "is expected to open in
/// June 2026"), lower case.
const SCHEDULED: &[&str] = &[
    "played",
    "play",
    "held",
    "scheduled",
    "rescheduled",
    "postponed",
    "moved",
    "set",
    "slated",
    "due",
    "will",
    "expected",
    "staged",
    "delayed",
    "place",
    "kick",
    "verschoben",
    "angesetzt",
    "ausgetragen",
    "stattfinden",
    "statt",
    "geplant",
    "reporté",
    "reportée",
    "reprogrammé",
    "reprogrammée",
    "prévu",
    "prévue",
    "joué",
    "jouée",
    "lieu",
    "aplazado",
    "aplazada",
    "programado",
    "programada",
    "previsto",
    "prevista",
    "disputará",
    "jugará",
    "celebrará",
    "rinviato",
    "rinviata",
    "giocata",
    "giocato",
    "fissato",
    "fissata",
    "spostato",
    "spostata",
];

/// How many words on each side of a date expression [`lone_scheduled`] looks at.
const SCHEDULED_WORDS: usize = 4;

/// Whether the dates `d` of sentence `p` are one expression of a day of a month
/// ("Wednesday, 14 March", "Tuesday 13 March", "March 14", "14. März"; its weekday and
/// year with it) or of a month with its year ("March 2026"), with no other day, weekday or year (clock times and parts of the day
/// aside), told as the date something is set for: a word of [`SCHEDULED`] within
/// [`SCHEDULED_WORDS`] tokens of it.
pub(super) fn lone_scheduled(p: &Prepared, d: &[Item]) -> bool {
    let dated = |x: &DateItem| {
        matches!(
            x,
            DateItem::Day(..) | DateItem::DayEither(..) | DateItem::Weekday(_) | DateItem::Year(_)
        )
    };
    let mut expressions = d.iter().filter(|(x, _, _)| dated(x)).map(|(_, _, e)| *e);
    let Some((lo, hi)) = expressions.next() else {
        return false;
    };
    // A day of a month, or a month with its year ("will close in March 2026").
    let year = d.iter().any(|(x, _, _)| matches!(x, DateItem::Year(_)));
    let day = d
        .iter()
        .any(|(x, _, _)| matches!(*x, DateItem::Day(m, day) if m != 0 && (day != 0 || year)));
    let scheduled = p.tokens[lo.saturating_sub(SCHEDULED_WORDS)..lo]
        .iter()
        .chain(p.tokens.iter().skip(hi + 1).take(SCHEDULED_WORDS))
        .any(|t| SCHEDULED.contains(&t.norm.as_str()));
    expressions.all(|e| e == (lo, hi)) && day && scheduled
}

/// Whether the dates `d` of a sentence are one expression that gives a weekday, a month and
/// its day ("Sunday, October 26", "dimanche 26 octobre"; a year with it or not), and no
/// other day, weekday or year (clock times and parts of the day aside): the date of the
/// sentence's one fact, told in full as a lead tells it.
pub(super) fn lone_full_date(d: &[Item]) -> bool {
    let dated = |x: &DateItem| {
        matches!(
            x,
            DateItem::Day(..) | DateItem::DayEither(..) | DateItem::Weekday(_) | DateItem::Year(_)
        )
    };
    let mut expressions = d.iter().filter(|(x, _, _)| dated(x)).map(|(_, _, e)| *e);
    let Some(first) = expressions.next() else {
        return false;
    };
    let weekday = d.iter().any(|(x, _, _)| matches!(x, DateItem::Weekday(_)));
    let day = d
        .iter()
        .any(|(x, _, _)| matches!(*x, DateItem::Day(m, day) if m != 0 && day != 0));
    expressions.all(|e| e == first) && weekday && day
}

//! Parts of the day as dates ("on Monday morning" / "on Monday evening", "dans la nuit de
//! samedi" / "samedi matin"): a date flag compares them as it compares weekdays. Two
//! neighbouring parts ("afternoon" / "evening") may be one moment and give the softer
//! kind; evening and night overlap and agree.
//!
//! Noon and midnight are clock times, told roughly ("shortly before midnight" / "shortly
//! after noon" differ; "midnight" / "11:50 p.m." is the softer kind).
//!
//! A part-of-day word is read as a date only where it dates something: after a weekday,
//! a date or a word such as "this", "yesterday", "early", "on the"
//! (`lexicon::DAY_PART_DATING`), and not as the first word of a compound ("the night
//! shift", "evening news", "morning-after"). The words, in seven languages, are the
//! lexicon's (`lexicon/dates.rs`). French "après-midi" is two tokens ("après", "midi"):
//! the afternoon, not noon. A part of the day after a clock time's hour ("2 heures du
//! matin", "at 2 in the morning", "a las 3 de la madrugada") tells which half of the day
//! the hour is, no part of the day of its own: "dans la nuit de samedi à dimanche" /
//! "dimanche vers 2 heures du matin" agree (trial 44).

use crate::matcher::lexicon::{DAY_PARTS, DAY_PART_COMPOUND, DAY_PART_DATING, NOON_MIDNIGHT};
use crate::matcher::text::{Kind, Token};

/// The part of the day token `i` of `toks` names, when it dates something (see the
/// module's doc comment): 1 morning, 2 afternoon, 3 evening, 4 night.
pub(super) fn day_part(toks: &[Token], i: usize) -> Option<u8> {
    let t = &toks[i];
    let first = day_part_start(toks, i);
    let part = match first < i {
        true => 2,
        false => DAY_PARTS
            .iter()
            .find(|(w, _)| *w == t.norm)
            .map(|&(_, p)| p)?,
    };
    if after_clock_hour(toks, first) {
        return None;
    }
    let dating = first.checked_sub(1).map(|k| &toks[k]).is_some_and(|b| {
        b.date
            || matches!(b.kind, Kind::Weekday(_) | Kind::Month(_))
            || DAY_PART_DATING.contains(&b.norm.as_str())
    });
    let compound = toks
        .get(i + 1)
        .is_some_and(|n| n.start == t.end || DAY_PART_COMPOUND.contains(&n.norm.as_str()));
    (dating && !compound).then_some(part)
}

/// The token a part of the day at token `i` of `toks` starts at: "après" for the "midi" of
/// French "après-midi" (written with a hyphen or a space), `i` itself otherwise.
pub(super) fn day_part_start(toks: &[Token], i: usize) -> usize {
    let afternoon = toks[i].norm == "midi"
        && i.checked_sub(1).is_some_and(|k| {
            let b = &toks[k];
            matches!(b.norm.as_str(), "après" | "apres") && b.end + 1 == toks[i].start
        });
    match afternoon {
        true => i - 1,
        false => i,
    }
}

/// Words of a clock time's hour, lower case ("2 heures du matin", "7 Uhr abends", "las 3
/// horas de la madrugada", "alle 3 di notte", "2 uur 's nachts").
const CLOCK_HOURS: &[&str] = &["heure", "heures", "h", "uhr", "uur", "hora", "horas", "ore"];

/// Small words between a clock time's hour and the part of the day that tells its half
/// ("du matin", "de la madrugada", "in the morning", "di notte", "della sera").
const CLOCK_HALF_LINKS: &[&str] = &[
    "du", "de", "la", "l", "in", "the", "di", "della", "del", "da", "das", "des", "s",
];

/// Whether the part of the day starting at token `first` of `toks` follows a clock time's
/// hour, past up to two small words ([`CLOCK_HALF_LINKS`]): a figure that is no date ("at 2
/// in the morning") or an hour word ([`CLOCK_HOURS`]: "2 heures du matin").
fn after_clock_hour(toks: &[Token], first: usize) -> bool {
    let mut k = first;
    while k > 0 && first - k < 2 && CLOCK_HALF_LINKS.contains(&toks[k - 1].norm.as_str()) {
        k -= 1;
    }
    k < first
        && k > 0
        && toks.get(k - 1).is_some_and(|b| {
            (matches!(b.kind, Kind::Number(_)) && !b.date) || CLOCK_HOURS.contains(&b.norm.as_str())
        })
}

/// Whether two parts of the day ([`day_part`]) are neighbours with no clear bound between
/// them, so they may be one moment: afternoon / evening (5 p.m.), night / morning (the
/// early hours). The softer kind. Morning and afternoon are parted by noon: the solid
/// kind. Evening and night are one span ([`one_span`]): no flag.
pub(super) fn neighbours(x: u8, y: u8) -> bool {
    matches!((x.min(y), x.max(y)), (2, 3) | (1, 4))
}

/// Whether two parts of the day ([`day_part`]) tell one span of it: the same part, or
/// evening and night, which overlap (10 p.m. is both; "Tuesday evening" / "Tuesday
/// night" date one shooting: no flag, trial 44).
pub(super) fn one_span(x: u8, y: u8) -> bool {
    x == y || matches!((x.min(y), x.max(y)), (3, 4))
}

/// The clock time token `i` of `toks` names when it is noon or midnight
/// (`lexicon::NOON_MIDNIGHT`) and not the first word of a compound ("the midnight
/// deadline" is still a time; "midday meal" too: only a hyphen or a
/// `lexicon::DAY_PART_COMPOUND` word after it makes a compound).
pub(super) fn noon_or_midnight(toks: &[Token], i: usize) -> Option<u16> {
    let t = &toks[i];
    let minutes = NOON_MIDNIGHT
        .iter()
        .find(|(w, _)| *w == t.norm)
        .map(|&(_, m)| m)
        .filter(|_| day_part_start(toks, i) == i)?;
    let compound = toks
        .get(i + 1)
        .is_some_and(|n| n.start == t.end || DAY_PART_COMPOUND.contains(&n.norm.as_str()));
    (!compound).then_some(minutes)
}

/// The clock span of each part of the day ([`day_part`]), minutes after midnight from
/// and to, as news tells them: morning midnight to noon ("2 a.m. Sunday morning"),
/// afternoon noon to 6 p.m., evening 5 p.m. to midnight, night 5 p.m. to 6 a.m. (past
/// midnight: "around 7 p.m. Wednesday" / "Wednesday night" agree, as evening and night
/// do, [`one_span`]). Neighbours overlap where either word is said of the hour.
const SPANS: [(u16, u16); 4] = [(0, 720), (720, 1080), (1020, 1440), (1020, 360)];

/// How many minutes a clock time lies outside which a part of the day and the time still
/// read as neighbours, the softer kind ("evening" / "4:30 p.m.").
pub(super) const NEAR_SPAN: u16 = 60;

/// How many minutes clock time `minutes` (after midnight) lies outside the span of part
/// `part` of the day ([`SPANS`]), 0 within it; with `half` (the half of the day not said,
/// "at 8") the nearer of its two readings. Session 52: "Tuesday evening" / "Tuesday at
/// 2:50 p.m." are two times of the day; "Tuesday evening" / "Tuesday at 8 p.m." one.
pub(super) fn minutes_outside(part: u8, minutes: u16, half: bool) -> u16 {
    let Some(&(from, to)) = SPANS.get(usize::from(part).wrapping_sub(1)) else {
        return 0;
    };
    let outside = |t: u16| {
        let t = t % 1440;
        let within = match from <= to {
            true => (from..to).contains(&t),
            false => t >= from || t < to,
        };
        // The shorter way round the clock to either end.
        let apart = |e: u16| {
            let d = t.abs_diff(e);
            d.min(1440 - d)
        };
        match within {
            true => 0,
            false => apart(from).min(apart(to)),
        }
    };
    match half {
        true => outside(minutes % 720).min(outside(minutes % 720 + 720)),
        false => outside(minutes),
    }
}

//! Two events of one kind in one place, told apart by their time (trial 28, F4: a quake
//! in Elazig province in 2020 and another there in 2010 were linked as one at 0.99-1.00,
//! since their leads name one province and only other places parted two events). Two
//! leads that share a place may still tell two events when
//! - they date them to other years ([`years_apart`]: "in January 2010" / "in 2020", or a
//!   dateline of 2007 against one of 2013), or
//! - they differ in several core facts at once ([`facts_apart`]: other weekdays, and a
//!   measure or time, and a count: "magnitude 6.8 ... on Tuesday night, killing at least
//!   40" / "magnitude 6.0 ... on Monday morning, killing 51"). One figure told otherwise
//!   is no other event: a toll update told on a later weekday ("The toll rose to 43 on
//!   Wednesday") is a later report of the same quake.

use super::evidence::{differences, shared_weekday, Differences};
use super::ArticleLead;
use crate::matcher::features::Prepared;
use crate::matcher::text::{Kind, Token};
use std::cell::OnceCell;

/// How many opening sentences of an article may be its dateline or timestamp ("Published:
/// April 10, 2007", "4 October 2013, 18:07"): the lines of them that report no fact
/// (`page_lines::reports_no_fact`) give the year the article was written.
const DATELINE_SENTENCES: usize = 3;

/// Words that, within [`HISTORY_WITHIN`] tokens before a year, make it the time of
/// something before or after the story, not of the story ("since 2003", "until his death
/// in 2006", "seit 2015", "depuis 2015", "desde 2015", "dal 2015", "bis 2015", "hasta
/// 2015", "before 2010").
const HISTORY: &[&str] = &[
    "since", "until", "till", "before", "depuis", "avant", "seit", "bis", "desde", "hasta",
    "antes", "dal", "fino", "prima",
];

/// How many tokens before a year a word of [`HISTORY`] reaches ("until his death in 2006").
const HISTORY_WITHIN: usize = 5;

/// Words right before a year that date something to it ("in 2010", "en 2010", "im Jahr
/// 2010", "nel 2010", "the year 2010"), besides a month ("January 2010") and a month's day
/// ("December 15, 2013").
const DATING: &[&str] = &[
    "in", "en", "im", "nel", "del", "de", "of", "year", "jahr", "jahre", "année", "año", "anno",
];

/// The years an article dates its story to: `(year, from its dateline)`. A year of its
/// dateline or timestamp (one of its first [`DATELINE_SENTENCES`] sentences that reports
/// no fact) is when the article was written, the event at most a year before; a year of
/// its lead dated by a month or a preposition ([`dated_year`]: "in 2010", "January 2010",
/// "December 15, 2013") is the event's, unless it is a time of history ("since 2003").
pub(super) fn event_years(lead: &[&Prepared], whole: &[&Prepared]) -> Vec<(u32, bool)> {
    let mut out: Vec<(u32, bool)> = Vec::new();
    let datelines = whole
        .iter()
        .take(DATELINE_SENTENCES)
        .filter(|p| crate::matcher::page_lines::reports_no_fact(&p.text));
    for p in datelines {
        for y in p.tokens.iter().filter_map(Token::year) {
            if !out.contains(&(y, true)) {
                out.push((y, true));
            }
        }
    }
    for p in lead {
        let chars = crate::matcher::flags::chars_of(p);
        for k in 0..p.tokens.len() {
            match dated_year(&p.tokens, k, chars) {
                Some(y) if !out.contains(&(y, false)) => out.push((y, false)),
                _ => {}
            }
        }
    }
    out
}

/// The year token `k` of `tokens` dates something to, if it does: a whole number from 1900
/// to 2100 (not a decade, "the 1950s": no "s" right after it in `text`) right after a
/// month, a month and its day, or a word of [`DATING`], and no word of [`HISTORY`] in the
/// [`HISTORY_WITHIN`] tokens before it.
fn dated_year(tokens: &[Token], k: usize, text: &[char]) -> Option<u32> {
    let t = &tokens[k];
    let y = t.year()?;
    if text.get(t.end).is_some_and(|c| c.is_alphabetic()) || k == 0 {
        return None;
    }
    let prev = &tokens[k - 1];
    let month_day = matches!(prev.kind, Kind::Number(v) if (1.0..=31.0).contains(&v))
        && k >= 2
        && matches!(tokens[k - 2].kind, Kind::Month(_));
    let dating =
        matches!(prev.kind, Kind::Month(_)) || month_day || DATING.contains(&prev.norm.as_str());
    let history = tokens[k.saturating_sub(HISTORY_WITHIN)..k]
        .iter()
        .any(|t| HISTORY.contains(&t.norm.as_str()));
    (dating && !history).then_some(y)
}

/// Whether two articles date their stories to other years ([`event_years`] of each): each
/// dates it, and every year of one is at least a year from every year of the other, two
/// years when either is a dateline's (an event of late December is reported in January).
/// Gives the first year of each.
pub(super) fn years_apart(a: &ArticleLead, b: &ArticleLead) -> Option<(u32, u32)> {
    let (ya, yb) = (a.years.first()?, b.years.first()?);
    let far = |&(x, dx): &(u32, bool), &(y, dy): &(u32, bool)| {
        x.abs_diff(y) >= if dx || dy { 2 } else { 1 }
    };
    let all_far = a.years.iter().all(|p| b.years.iter().all(|q| far(p, q)));
    all_far.then_some((ya.0, yb.0))
}

/// Whether two leads differ in several core facts at once: each names a weekday and they
/// share none; some two lead sentences give a solid date flag on a clock time or a day of
/// the month ("20:55" / "04:32"); two pairs of figures are counted apart, one of them
/// solidly ("magnitude 6.8" / "6.0" and "at least 40" / "51"); and the leads share no
/// month, no clock time (`shared_month_or_clock`) and no quotation of two words or more
/// (evidence of one event). A toll update told on a later weekday ("rose to 43 on
/// Wednesday") differs in two of them at most.
/// `d` keeps the leads' [`differences`] once read.
pub(super) fn facts_apart(
    a: &ArticleLead,
    b: &ArticleLead,
    shared_month_or_clock: bool,
    d: &OnceCell<Differences>,
) -> bool {
    let weekday = |x: &ArticleLead| x.telling.iter().any(|(t, _)| matches!(t, Kind::Weekday(_)));
    if !weekday(a) || !weekday(b) || shared_weekday(a, b) || shared_month_or_clock {
        return false;
    }
    let d = d.get_or_init(|| differences(a, b));
    d.timed && d.counted > 0 && d.counted_any >= 2 && !a.share_a_quotation(b)
}

/// The weekday the lead names first, lower case as written ("tuesday", "mardi").
pub(super) fn first_weekday(a: &ArticleLead) -> Option<String> {
    a.lead
        .iter()
        .flat_map(|p| p.tokens.iter())
        .find(|t| matches!(t.kind, Kind::Weekday(_)))
        .map(|t| t.norm.clone())
}

/// How far the evidence of two events must outweigh that of one for [`one_year_apart`].
const ONE_YEAR_MARGIN: f64 = 2.5;

/// How many figures counted apart [`one_year_apart`] weighs at most: a toll
/// update changes one or two figures of a lead, another event nearly all of them.
const COUNTS_AT_MOST: usize = 4;

/// Whether two leads of one place tell two events when only one of them is dated to a
/// year (trial 29 F4: a run-off "on Sunday, 11 June 2019" and one "on Sunday, 9 June",
/// other winner; a fire "im Juni 2019" of 700 hectares and one of 1,200 told "bis
/// Dienstag"; a company's cuts "in the second quarter of 2016" and its cuts now). A
/// current report rarely writes its own year, so the year alone tells nothing; it
/// opens the weighing of the other facts of the two leads. Evidence of two events: each
/// figure counted apart solidly (`Differences::figures`) ([`COUNTS_AT_MOST`] at most), other weekdays (each lead names one, none in common), a
/// solid date or time flag not on a weekday ("9 June" / "11 June"), and other people or
/// bodies (each lead gives a name of two capitalised words whose last word the other
/// article never writes: "Elena Ruiz" / "Luis Ferrer", "Yeti Airlines" / "Tara Air"), 1
/// each. Evidence of one event: a weekday or month, a clock time, a quotation of two words
/// or more in common, 0.5 each. Apart when the first exceeds the second by
/// [`ONE_YEAR_MARGIN`] or more.
/// `d` keeps the leads' [`differences`] once read.
pub(super) fn one_year_apart(a: &ArticleLead, b: &ArticleLead, d: &OnceCell<Differences>) -> bool {
    if a.years.is_empty() == b.years.is_empty() {
        return false;
    }
    let d = d.get_or_init(|| differences(a, b));
    let weekday = |x: &ArticleLead| x.telling.iter().any(|(t, _)| matches!(t, Kind::Weekday(_)));
    let other_days = weekday(a) && weekday(b) && !shared_weekday(a, b);
    let two = d.figures.min(COUNTS_AT_MOST) as f64
        + f64::from(u8::from(other_days))
        + f64::from(u8::from(d.timed))
        + f64::from(u8::from(other_names(a, b)));
    let one = 0.5 * f64::from(u8::from(super::shared(a, b, false, true)))
        + 0.5 * f64::from(u8::from(super::shared(a, b, false, false)));
    // The quotations are read last, only when they may decide.
    two - one >= ONE_YEAR_MARGIN && (two - one >= ONE_YEAR_MARGIN + 0.5 || !a.share_a_quotation(b))
}

/// Whether each lead gives a name ([`lead_names`]) whose last word the other article
/// never writes.
fn other_names(a: &ArticleLead, b: &ArticleLead) -> bool {
    let unknown =
        |x: &ArticleLead, other: &ArticleLead| x.name_ends.iter().any(|n| !other.names(n));
    unknown(a, b) && unknown(b, a)
}

/// The last words, lower case, of the names of two capitalised words or more in a row
/// (one space between, not the first word of a sentence, no weekday or month) the lead
/// gives: "ruiz" of "Former mayor Elena Ruiz", "airlines" of "Yeti Airlines".
pub(super) fn lead_names(lead: &[&Prepared]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for p in lead {
        let name_word = |t: &Token| t.proper && !t.date && matches!(t.kind, Kind::Word);
        let mut run = 0;
        for (k, t) in p.tokens.iter().enumerate().skip(1) {
            let joined = run > 0 && t.start == p.tokens[k - 1].end + 1;
            run = if !name_word(t) {
                0
            } else if joined {
                run + 1
            } else {
                1
            };
            let next_joins = p
                .tokens
                .get(k + 1)
                .is_some_and(|u| name_word(u) && u.start == t.end + 1);
            if run >= 2 && !next_joins && !out.contains(&t.norm) {
                out.push(t.norm.clone());
            }
        }
    }
    out
}

/// The place to show with a time for `x`, one of the leads `a` and `b` told apart in one
/// place: its first place finer than a region, else the place of its dateline ("SEVILLE,
/// Spain (Reuters) -": where it is told from, trial 34 F12, not a place only a background
/// sentence names), else the first of the other lead's that `x`'s article names (one
/// place, "Valdoria's" read as no place in one lead). An acronym the gazetteer does not
/// know ("à la RATP", "bei der BVG") names a company or a body more often than a place:
/// it is no place to show (trial 41, F8).
pub(super) fn lead_place(x: &ArticleLead, a: &ArticleLead, b: &ArticleLead) -> Option<String> {
    let other = if std::ptr::eq(x, a) { b } else { a };
    let acronym = |w: &&Vec<String>| {
        let name = w.join(" ");
        w.len() == 1
            && (2..=5).contains(&name.chars().count())
            && crate::matcher::flags::gazetteer::readings(&name).is_empty()
            && x.lead.iter().any(|p| p.text.contains(&name.to_uppercase()))
    };
    x.places
        .iter()
        .find(|w| !acronym(w))
        .or(x.dateline.as_ref())
        .or_else(|| other.places.iter().find(|w| x.names(&w.join(" "))))
        .map(|w| w.join(" "))
}

/// The two sides of leads told apart by [`one_year_apart`]: the dated one its place and
/// year ("valdoria, 2019"), the other its place and first weekday ("valdoria, sunday"),
/// its place alone, or "undated".
pub(super) fn one_year_labels(a: &ArticleLead, b: &ArticleLead) -> (String, String) {
    let side = |x: &ArticleLead| {
        let time = match x.years.first() {
            Some((y, _)) => Some(y.to_string()),
            None => first_weekday(x),
        };
        match (lead_place(x, a, b), time) {
            (Some(place), Some(time)) => format!("{place}, {time}"),
            (Some(place), None) => place,
            (None, Some(time)) => time,
            (None, None) => "undated".to_string(),
        }
    };
    (side(a), side(b))
}

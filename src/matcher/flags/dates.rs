//! Date flags: the dates of the facts of two sentences (a day of a month, a weekday, a
//! year), compared date by date with the one about the same thing; a date something is
//! set for is read in `dates/scheduled.rs`, a week, month or year told from the report's
//! ("next week", "le mois dernier") in `dates/relative.rs`.

use super::anchor::{anchor_match, anchor_match_within, pair_best, Reach};
use super::Ranges;
use crate::matcher::features::Prepared;
use crate::matcher::text::{Kind, Token};
use announced::dates_report;
#[cfg(test)]
pub(super) use clocks::local_note;
pub(crate) use clocks::mark_local_zones;
use scheduled::{lone_full_date, lone_scheduled};

mod announced;
mod clocks;
mod deadlines;
mod ends;
mod months;
mod overnight;
pub(in crate::matcher::flags) mod periods;
mod relative;
mod rough;
mod scheduled;
mod stamp_now;
mod states;

/// What a date says.
#[derive(Clone, Copy, PartialEq)]
pub(super) enum DateItem {
    /// Month and day (0 = no day; month 0 = a day without its month, "13日").
    Day(u8, u32),
    Weekday(u8),
    Year(u32),
    /// A clock time: minutes after midnight, its zone (0 for none), told roughly, half of
    /// the day not said, and a bound (-1 "before 3 p.m.", 1 "after 3 p.m.", 0 none; -2
    /// and 2 a hedge, "shortly before", "shortly after"; `times.rs`).
    Time(u16, u64, bool, bool, i8),
    /// A day of a month in figures that may be read either way round ("5/6/2005": May 6
    /// or June 5): month and day of one reading.
    DayEither(u8, u32),
    /// A part of the day: 1 morning, 2 afternoon, 3 evening, 4 night (`dayparts.rs`).
    DayPart(u8),
    /// A week, a month or a year told from the report's: its offset (1 the next, -1 the
    /// last, 0 this one) and its unit (`relative::WEEK`, `MONTH`, `YEAR`): "next week",
    /// "le mois dernier" (`dates/relative.rs`).
    Relative(i8, u8),
    /// A half or a quarter of a year: the parts of the year (`periods::HALF`,
    /// `periods::QUARTER`) and which of them ("the second half of 2027": 2, 2;
    /// `dates/periods.rs`).
    Period(u8, u8),
}

/// Words a dateline may have besides its date and time.
const DATELINE_WORDS: &[&str] = &[
    "last",
    "updated",
    "update",
    "published",
    "posted",
    "modified",
    "created",
    "first",
    "am",
    "pm",
];

/// Whether a sentence is a dateline: a date, and no content word but [`DATELINE_WORDS`]
/// and time zones ("Sunday, November 27 - 2005 at 16: 12").
fn dateline(toks: &[Token]) -> bool {
    let dated = |t: &Token| t.date || matches!(t.kind, Kind::Month(_) | Kind::Weekday(_));
    toks.iter().any(dated)
        && toks.iter().all(|t| {
            dated(t)
                || t.stop
                || t.kind != Kind::Word
                || DATELINE_WORDS.contains(&t.norm.as_str())
                || super::figures::ZONES.contains(&t.norm.as_str())
        })
}

/// The most tokens a wire's dateline may have before its dash ("LISBOA, 6 jun 2026 (Lusa)
/// -": [`dateline_prefix`]).
const DATELINE_PREFIX_MAX: usize = 10;

/// The number of tokens of a wire's dateline that opens sentence `p` ("LISBOA, 6 jun 2026
/// (Lusa) - Três cidadãos …", "PARIS, June 6 (Reuters) — …"), 0 when none: the tokens
/// before a dash within [`DATELINE_PREFIX_MAX`] tokens, opening with a capitalised word
/// (the place), with a date among them and no other word but capitalised ones (the
/// place, the agency), function words and time zones. Its date is the report's, not the
/// date of what the sentence tells (trial 41 F3: "6 jun ≠ janeiro", the day of the report
/// against the month of the kidnapping): [`date_conflicts`] leaves it out against a
/// sentence with no dateline.
fn dateline_prefix(p: &Prepared) -> usize {
    let toks = &p.tokens;
    let dated = |t: &Token| t.date || matches!(t.kind, Kind::Month(_) | Kind::Weekday(_));
    let opens = toks
        .first()
        .is_some_and(|t| t.kind == Kind::Word && t.capital && !t.stop && !dated(t));
    if !opens {
        return 0;
    }
    for k in 0..toks.len().min(DATELINE_PREFIX_MAX) {
        let Some(next) = toks.get(k + 1) else {
            break;
        };
        let gap = super::surface(p, toks[k].end, next.start);
        if gap.contains([';', '!', '?']) {
            return 0;
        }
        if !(gap.contains(['\u{2013}', '\u{2014}']) || gap.contains(" - ") || gap.contains(") -")) {
            continue;
        }
        let head = &toks[..=k];
        let only = head.iter().all(|t| {
            dated(t)
                || t.capital
                || t.stop
                || t.kind != Kind::Word
                || super::figures::ZONES.contains(&t.norm.as_str())
        });
        return match head.iter().any(dated) && only {
            true => k + 1,
            false => 0,
        };
    }
    0
}

/// Whether the clock time at token `i` is a publication stamp's: a stamp's lead before it
/// (`lexicon::stamp_lead`: "Updated", "Publié", "mis à jour", "Aktualisiert",
/// "Actualizado", "Atualizado", "Aggiornato", "Bijgewerkt") with only dates, figures,
/// dates in figures ("11.12.2025"), time zones, the stamps' small words
/// (`lexicon::stamp_small_word`: "am", "um", "a las", "às", "alle", "om") and function or
/// one- and two-letter words between. Two outlets (or two versions of one page) update a
/// story at different hours, which is no disagreement: such times are not compared (the
/// stamps' dates still are).
fn stamp_time(toks: &[Token], i: usize) -> bool {
    use crate::matcher::lexicon::{stamp_lead, stamp_small_word};
    for k in (0..i).rev() {
        let t = &toks[k];
        let words: Vec<&str> = toks[k.saturating_sub(2)..=k]
            .iter()
            .map(|t| t.norm.as_str())
            .collect();
        if stamp_lead(&words).is_some() {
            return true;
        }
        let figures = t.norm.starts_with(|c: char| c.is_ascii_digit())
            && t.norm
                .chars()
                .all(|c| c.is_ascii_digit() || ".:/-h".contains(c));
        let between = t.date
            || t.stop
            || figures
            || t.norm.chars().count() <= 2
            || matches!(t.kind, Kind::Number(_) | Kind::Month(_) | Kind::Weekday(_))
            || DATELINE_WORDS.contains(&t.norm.as_str())
            || stamp_small_word(&t.norm)
            || super::figures::ZONES.contains(&t.norm.as_str());
        if !between {
            return false;
        }
    }
    false
}

/// Whether the clock time of tokens `(lo, hi)` of `p` is a live blog's posting time: it
/// opens the sentence, after nothing but a weekday or a date ("08:40 – A spokesman
/// confirms …", "Tuesday 12:02 – CEO Marieke de Vries says …"), and a dash follows it
/// (an en or em dash, or a spaced hyphen). When a post went up is no time of what it
/// tells (trial 49 F7: "08:40 ≠ 3 a.m."), and two outlets post at different hours: such
/// times are not compared, as a publication stamp's are not ([`stamp_time`]). The
/// weekday or date before it may be short ("Di 12:02 –", "mar. 12h02 –":
/// `lexicon::stamp_weekday`); it is the stamp's too (`date_items` leaves out every date before the dash).
/// The time is printed as live blogs print a post's: hour and minutes in figures
/// ([`stamp_shape`]: "08:40", "12h02"), on the 24-hour clock unless a weekday or a date
/// comes before it. A narrative timeline's "3 a.m. – Fire crews arrive" tells when
/// something happened, and is compared.
fn post_time(p: &Prepared, (lo, hi): (usize, usize)) -> bool {
    use crate::matcher::lexicon::stamp_weekday;
    // A line of a timeline: its stamp is when its fact happened (trial 53 F1).
    if p.cues & crate::matcher::prepared::TIMELINE != 0 {
        return false;
    }
    let toks = &p.tokens;
    let dated = |t: &Token| {
        t.date || matches!(t.kind, Kind::Month(_) | Kind::Weekday(_)) || stamp_weekday(&t.norm)
    };
    let Some(next) = toks.get(hi + 1) else {
        return false;
    };
    let gap = super::surface(p, toks[hi].end, next.start);
    let dash = gap.contains(['\u{2013}', '\u{2014}']) || gap.contains(" - ");
    let time = super::surface(p, toks[lo].start, toks[hi].end);
    (dash && toks[..lo].iter().all(dated) && stamp_shape(&time, lo > 0))
        || (lo == 0 && undashed_stamp(p, hi))
}

/// Whether the sentence of `p` opens with a live blog's post stamp told with no dash, a
/// space and a capital after it ("13:30 Families have gathered …", "17:20 Eight workers
/// …": `part::post_stamp_end`, which the span of an accepted suggestion starts after),
/// that ends after token `hi`: its time is the post's (trial 52 F7: "4:30 horas ≠ 13:30",
/// "≠ 18:30" against a Spanish clock time).
fn undashed_stamp(p: &Prepared, hi: usize) -> bool {
    let Some(end) = crate::matcher::part::post_stamp_end(super::chars_of(p)) else {
        return false;
    };
    p.tokens.get(hi).is_some_and(|t| t.end <= end)
}

/// Whether `other` tells the fact of timeline line `line` ([`timeline_stamp`]): at least
/// two of the line's content stems, and half of them, are `other`'s too ("23:30 Power
/// comes back in Lichtenberg, the utility says" / "Power came back in Lichtenberg at 1:30
/// a.m., the utility said"). One word of the story ("fire" of "22:00 The blaze is under
/// control, the fire brigade says" and "a fire broke out at 7:40 p.m.") tells two facts of
/// it: the line's stamp times its whole line, not a date near a word of it.
fn tells_the_line(line: &Prepared, other: &Prepared) -> bool {
    let mut words: Vec<u64> = line.content().iter().map(|c| c.0).collect();
    words.sort_unstable();
    words.dedup();
    let shared = words
        .iter()
        .filter(|w| other.content().iter().any(|c| c.0 == **w))
        .count();
    shared >= 2 && 2 * shared >= words.len()
}

/// Whether the date of tokens `x` of `p` is the stamp opening a line of a timeline (the
/// [`TIMELINE`](crate::matcher::prepared::TIMELINE) cue, the date at its first token).
fn timeline_stamp(p: &Prepared, x: (usize, usize)) -> bool {
    x.0 == 0 && p.cues & crate::matcher::prepared::TIMELINE != 0
}

/// Whether `text` is the heading of a narrative timeline: a line of at most
/// [`HEADING_WORDS`] words whose first or last word is one of
/// `lexicon::TIMELINE_HEADINGS` ("TIMELINE", "Timeline of the blackout:",
/// "Chronik des Stromausfalls", "Blackout timeline").
fn timeline_heading(text: &str) -> bool {
    use crate::matcher::lexicon::TIMELINE_HEADINGS;
    let words: Vec<String> = text
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect();
    let heading = |w: Option<&String>| w.is_some_and(|w| TIMELINE_HEADINGS.contains(&w.as_str()));
    words.len() <= HEADING_WORDS && (heading(words.first()) || heading(words.last()))
}

/// The most words of a timeline's heading ([`timeline_heading`]).
const HEADING_WORDS: usize = 6;

/// Marks the lines of each article's narrative timeline with the
/// [`TIMELINE`](crate::matcher::prepared::TIMELINE) cue (trial 53 F1: "23:30 Power comes
/// back in Lichtenberg, the utility says." under "TIMELINE" tells when power came back,
/// against "Power came back in Lichtenberg at 1:30 a.m."): after a timeline's heading
/// ([`timeline_heading`]), every sentence of its article that opens with a clock time
/// (`part::post_stamp_end`: "23:30 …", "19:40 – …") up to the article's next heading
/// (`prepared::TIMESTAMP`) or its end. A live blog's stamps, under no such heading, stay
/// the posts' times ([`post_time`]). `sentences` are in article order; `at` gives a
/// sentence's article and its prepared text.
pub(crate) fn mark_timelines<S>(
    sentences: &mut [S],
    at: impl Fn(&mut S) -> (usize, &mut Prepared),
) {
    use crate::matcher::prepared::{TIMELINE, TIMESTAMP};
    let mut under: Option<usize> = None;
    for s in sentences.iter_mut() {
        let (doc, p) = at(s);
        if timeline_heading(&p.text) {
            under = Some(doc);
            continue;
        }
        if under != Some(doc) || p.cues & TIMESTAMP != 0 {
            under = None;
            continue;
        }
        if crate::matcher::part::post_stamp_end(super::chars_of(p)).is_some() {
            p.cues |= TIMELINE;
        }
    }
}

/// Whether clock time `time` (its text) has a live blog's post stamp's shape: an hour of
/// one or two figures, ":", "." or "h", two figures of minutes ("08:40", "8.40",
/// "12h02"); a.m. or p.m. after it ("8:40 a.m.", "8.40am") only when
/// `dated` (a weekday or a date before it: "Tuesday 8:40 a.m. –"). A bare hour ("3 a.m.",
/// "15 Uhr") is no stamp.
fn stamp_shape(time: &str, dated: bool) -> bool {
    let mut words = time.split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    let Some((hour, minutes)) = first.split_once([':', '.', 'h']) else {
        return false;
    };
    let figures = |s: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&s.chars().count()) && s.chars().all(|c| c.is_ascii_digit())
    };
    let half_day = |w: &str| {
        let w = w.to_lowercase().replace('.', "");
        w == "am" || w == "pm"
    };
    // "8:40am": the half of the day in the same word.
    let (minutes, glued) = match minutes.char_indices().find(|(_, c)| !c.is_ascii_digit()) {
        Some((k, _)) => (&minutes[..k], half_day(&minutes[k..])),
        None => (minutes, false),
    };
    let twelve_hour = glued || words.any(half_day);
    figures(hour, 1..=2) && figures(minutes, 2..=2) && (dated || !twelve_hour)
}

/// A date of a sentence: what it says, its range (code points), its expression's tokens
/// (`date_expression`: "Thursday, December 11"; the tokens of "11月13日").
pub(super) type Item = (DateItem, (usize, usize), (usize, usize));

/// The dates of a sentence's facts. A date after a speech verb ("said Wednesday",
/// "announced on Tuesday", "said last Friday", "said today (10 October 2011)": see
/// `announced::dates_report`) dates the report, not the fact, and is left out: "the doctor said
/// Wednesday he has regained consciousness" and "regaining consciousness on Tuesday"
/// agree. A dateline ("Last Updated: Monday, 28 November 2005, 02: 24 GMT") dates the
/// article: it has no fact, and no dates, unless `datelines` (both sentences compared are
/// datelines: two pages' "Last Updated" lines linked by hand differ when their dates do).
/// Chinese and Japanese dates are read from the characters (`cjk::han_dates`: "11月13日",
/// "星期一"). The clock time of a dateline or a publication stamp ("Last Updated: …,
/// 02:24 GMT") is left out ([`stamp_time`]).
fn date_items(p: &Prepared, datelines: bool) -> Vec<Item> {
    let toks = &p.tokens;
    let mut out = Vec::new();
    if !datelines && dateline(toks) {
        return out;
    }
    // Times and dates in figures ("2:30 p.m.", "28/11/2005"), unless a speech verb dates
    // the report with them.
    // A live blog's post stamp ("Tuesday 12:02 – …"): its weekday or date is the post's
    // too, not the day of what it tells (trial 49 F7: "Tuesday ≠ Monday"); a day told in
    // the post's own text after the dash still counts.
    let mut post_end = 0;
    for c in super::times::clock_times(p) {
        let post = post_time(p, c.tokens);
        if post {
            post_end = post_end.max(c.tokens.1 + 1);
        }
        let stamp = stamp_time(toks, c.tokens.0) || post;
        if !dates_report(toks, c.tokens.0) && !datelines && !stamp {
            out.push((
                DateItem::Time(c.minutes, c.zone, c.rough, c.either_half, c.bound),
                c.range,
                c.tokens,
            ));
        }
    }
    for ((m, d, _, either), r, e) in super::times::figure_dates(p) {
        if !dates_report(toks, e.0) {
            let item = match either {
                true => DateItem::DayEither(m, d),
                false => DateItem::Day(m, d),
            };
            out.push((item, r, e));
        }
    }
    // "next week", "le mois dernier", unless it dates the report ("said last week").
    for item in relative::relative_dates(p) {
        if !dates_report(toks, item.2 .0) {
            out.push(item);
        }
    }
    // "the second half of 2027", "Q3", "au troisième trimestre".
    for item in periods::periods(p) {
        if !dates_report(toks, item.2 .0) {
            out.push(item);
        }
    }
    for (d, r) in super::cjk::han_dates(p) {
        if let Some(e) = super::anchor::tokens_within(p, r) {
            out.push((d, r, e));
        }
    }
    for (i, t) in toks.iter().enumerate() {
        let dated = t.date || matches!(t.kind, Kind::Month(_) | Kind::Weekday(_));
        if dated && dates_report(toks, date_expression(p, i).0) {
            continue;
        }
        match t.kind {
            // "entre enero y septiembre": a period's ends, no date (`months.rs`).
            Kind::Month(_) if months::period_month(toks, i) => {}
            Kind::Month(m) => {
                let mut day = 0;
                let (mut s, mut e) = (t.start, t.end);
                if let Some(n) = toks.get(i + 1) {
                    if let Kind::Number(v) = n.kind {
                        if n.date && v <= 31.0 {
                            day = v as u32;
                            e = n.end;
                        }
                    }
                }
                // The day before the month: "11 December", "11. Dezember", "11 de
                // diciembre", "the 11th of December" (marked a day by `text::dates`).
                let de = i >= 2 && matches!(toks[i - 1].norm.as_str(), "de" | "of");
                for k in [i.checked_sub(1), i.checked_sub(2).filter(|_| de)]
                    .into_iter()
                    .flatten()
                {
                    if let Kind::Number(v) = toks[k].kind {
                        if day == 0 && toks[k].date && v <= 31.0 {
                            day = v as u32;
                            s = toks[k].start;
                        }
                    }
                }
                // A month with its year and no day ("March 2026"): the flag quotes both
                // (trial 35 F9.4: "March 2026 ≠ June 2026").
                if day == 0 {
                    if let Some(y) = toks
                        .get(i + 1)
                        .filter(|y| y.date && matches!(y.kind, Kind::Number(v) if v >= 1800.0))
                    {
                        e = y.end;
                    }
                }
                out.push((DateItem::Day(m, day), (s, e), date_expression(p, i)));
            }
            Kind::Weekday(d) => {
                out.push((
                    DateItem::Weekday(d),
                    (t.start, t.end),
                    date_expression(p, i),
                ));
                // "am Dienstagmorgen", "dinsdagavond": the part of the day too.
                if let Some(part) = crate::matcher::lexicon::compound_day_part(&t.norm) {
                    out.push((
                        DateItem::DayPart(part),
                        (t.start, t.end),
                        date_expression(p, i),
                    ));
                }
            }
            Kind::Number(v) if t.date && v >= 1800.0 && !han_year(p, i) => out.push((
                DateItem::Year(v as u32),
                (t.start, t.end),
                date_expression(p, i),
            )),
            // A part of the day that dates something ("on Monday morning"), noon or
            // midnight, unless it dates the report.
            Kind::Word if !t.date => {
                let item = match super::dayparts::day_part(toks, i) {
                    Some(part) => Some(DateItem::DayPart(part)),
                    // "by midnight", "shortly after midnight": its bound too.
                    None => super::dayparts::noon_or_midnight(toks, i).map(|m| {
                        let start = super::dayparts::day_part_start(toks, i);
                        let bound = super::times::bound_before(toks, start).1;
                        DateItem::Time(m, 0, true, false, bound)
                    }),
                };
                if let Some(item) = item {
                    let expression = date_expression(p, i);
                    if !dates_report(toks, expression.0) {
                        let first = &toks[super::dayparts::day_part_start(toks, i)];
                        out.push((item, (first.start, t.end), expression));
                    }
                }
            }
            _ => {}
        }
    }
    // The stamp's own weekday or date dates a post told now ("Thursday 09:00 – … is
    // accepting ambulances again": `stamp_now.rs`), unless the post tells its own day.
    let own_dates = out.iter().any(|item| item.2 .0 >= post_end);
    if !stamp_now::stamp_dates_the_act(p, post_end, own_dates) {
        out.retain(|item| item.2 .0 >= post_end);
    }
    out
}

/// The days of a month (month 1-12, day) that sentence `p` dates its fact to, written with
/// both ("Sunday, October 26", "11 mai", "May 11"; not a month alone, not a day alone), left
/// out a date a speech verb gives the report (`dates_report`) and, unless `dateline`, the
/// date of a wire dateline before its fact ("LISBOA, 6 jun 2026 (Lusa) - …",
/// [`dateline_prefix`]).
pub(super) fn calendar_days(p: &Prepared, dateline: bool) -> Vec<(u8, u32)> {
    let cut = match dateline {
        true => 0,
        false => dateline_prefix(p),
    };
    dates_of(p, false)
        .iter()
        .filter(|item| item.2 .0 >= cut)
        .filter_map(|item| match item.0 {
            DateItem::Day(m, d) if (1..=12).contains(&m) && d != 0 => Some((m, d)),
            _ => None,
        })
        .collect()
}

/// The dates of sentence `p` ([`date_items`]), read once per sentence for each
/// `datelines` (`facts.rs`).
fn dates_of(p: &Prepared, datelines: bool) -> &[Item] {
    p.facts.dates[usize::from(datelines)].get_or_init(|| date_items(p, datelines))
}

/// Dates of the same things that differ, one flag per pair of facts: `(ranges, vague)`,
/// `vague` when they differ only in precision (a month against a day of it: "earlier in
/// December" / "on December 2"; the softer kind, like a vague count), otherwise in value.
///
/// A date that the other sentence also gives (of the same kind: day, weekday, year)
/// agrees. Each remaining date is paired with the other sentence's date of the same kind
/// about the same thing ([`anchor_match`], best pairs first, [`pair_best`]; across two
/// languages, whose words around a date share nothing, any date of the same kind): "The plant
/// closed on Monday and will reopen in 2027" / "... on Tuesday ... in 2028" flags both
/// dates; "closed on Monday and will reopen on Friday" / "closed on Monday and will reopen
/// on Saturday" flags Friday / Saturday only. One date expression gives at most one flag
/// ("Thursday, December 11" / "Tuesday, December 2": the day, not also the weekday; the
/// most specific item of an expression is the one flagged, [`specificity`]).
pub(super) fn date_conflicts(a: &Prepared, b: &Prepared) -> Vec<(Ranges, bool)> {
    let datelines = dateline(&a.tokens) && dateline(&b.tokens);
    // A wire's dateline before one sentence's fact ("LISBOA, 6 jun 2026 (Lusa) - …")
    // dates the report: its dates are left out against a sentence with none
    // ([`dateline_prefix`]); two datelines are compared, as two dateline lines are.
    let (ca, cb) = (dateline_prefix(a), dateline_prefix(b));
    let body = |items: &[Item], cut: usize| -> Vec<Item> {
        items
            .iter()
            .copied()
            .filter(|item| item.2 .0 >= cut)
            .collect()
    };
    let (body_a, body_b);
    let da = match ca > 0 && cb == 0 {
        true => {
            body_a = body(dates_of(a, datelines), ca);
            &body_a[..]
        }
        false => dates_of(a, datelines),
    };
    // Every flag pairs a date of each side.
    if da.is_empty() {
        return Vec::new();
    }
    let db = match cb > 0 && ca == 0 {
        true => {
            body_b = body(dates_of(b, datelines), cb);
            &body_b[..]
        }
        false => dates_of(b, datelines),
    };
    // Two deadlines each told as expected ("should be back by midnight" / "by 4 a.m."):
    // two forecasts, compared as two told times (`deadlines.rs`); else two bounds of one
    // side may both hold (trial 21).
    let deadlines = deadlines::expected_deadline(a, da) && deadlines::expected_deadline(b, db);
    let days = |m1: u8, d1: u32, m2: u8, d2: u32| {
        (m1 == m2 || m1 == 0 || m2 == 0) && (d1 == d2 || d1 == 0 || d2 == 0)
    };
    // `x` is a date of `a`, `y` one of `b`.
    let compatible = |x: DateItem, y: DateItem| match (x, y) {
        (DateItem::Day(m1, d1), DateItem::Day(m2, d2)) => days(m1, d1, m2, d2),
        // "5/6/2005": either reading may agree.
        (DateItem::DayEither(m1, d1), DateItem::Day(m2, d2) | DateItem::DayEither(m2, d2))
        | (DateItem::Day(m2, d2), DateItem::DayEither(m1, d1)) => {
            days(m1, d1, m2, d2) || days(d1 as u8, m1 as u32, m2, d2)
        }
        // Two clock times in one zone (`clocks.rs`): "2:40 a.m." on a page whose times are
        // GMT+1 and "01:40 GMT" are one moment; two named zones, one unknown, may be.
        (DateItem::Time(t1, z1, r1, e1, b1), DateItem::Time(t2, z2, r2, e2, b2)) => {
            clocks::clocks_agree(a, (t1, z1, r1, e1, b1), b, (t2, z2, r2, e2, b2), deadlines)
        }
        (DateItem::Relative(o1, u1), DateItem::Relative(o2, u2)) => {
            relative::relative_compatible((o1, u1), (o2, u2))
        }
        (DateItem::Period(d1, n1), DateItem::Period(d2, n2)) => {
            periods::periods_compatible((d1, n1), (d2, n2))
        }
        // "evening" / "night": one span of the day.
        (DateItem::DayPart(p), DateItem::DayPart(q)) => super::dayparts::one_span(p, q),
        // "evening" / "at 8 p.m.": a clock time within the part of the day (session 52);
        // a bound ("before 3 p.m.") may let either be.
        (DateItem::DayPart(p), DateItem::Time(t, _, _, half, b))
        | (DateItem::Time(t, _, _, half, b), DateItem::DayPart(p)) => {
            b == -1 || b == 1 || super::dayparts::minutes_outside(p, t, half) == 0
        }
        (x, y) => x == y,
    };
    let same_kind = |x: DateItem, y: DateItem| {
        matches!(
            (x, y),
            (
                DateItem::Day(..) | DateItem::DayEither(..),
                DateItem::Day(..) | DateItem::DayEither(..)
            ) | (DateItem::Weekday(_), DateItem::Weekday(_))
                | (DateItem::Year(_), DateItem::Year(_))
                | (DateItem::Time(..), DateItem::Time(..))
                | (
                    DateItem::DayPart(_) | DateItem::Time(..),
                    DateItem::DayPart(_) | DateItem::Time(..)
                )
                | (DateItem::Relative(..), DateItem::Relative(..))
                | (DateItem::Period(..), DateItem::Period(..))
        )
    };
    // A time told roughly on either side gives the softer flag, unless the spans its hedge
    // and the other's cover cannot meet (`rough::spans_apart`): "shortly after 4 a.m." /
    // "6 a.m." (trial 40 T5), "hacia las 17.00" / "hacia las 14.00" (trial 41 F9),
    // "shortly after 6 a.m." / "at around 7:30 a.m." (trial 46 F6): a hedge does not hide
    // a time.
    let rough = |x: DateItem| matches!(x, DateItem::Time(_, _, true, _, _));
    let hedge_hides = |x: DateItem, y: DateItem| match (x, y) {
        (DateItem::Time(t1, _, r1, e1, b1), DateItem::Time(t2, _, r2, e2, b2)) => {
            let half = e1 || e2;
            let (t1, t2) = if half { (t1 % 720, t2 % 720) } else { (t1, t2) };
            rough::spans_apart((t1, r1, b1), (t2, r2, b2), half)
        }
        _ => false,
    };
    // Two deadlines expected ("by midnight" / "by 4 a.m."): two forecasts, the softer flag.
    let forecasts = |x: DateItem, y: DateItem| {
        deadlines && matches!((x, y), (DateItem::Time(.., -1), DateItem::Time(.., -1)))
    };
    // Two neighbouring parts of the day ("afternoon" / "evening") give the softer flag, and
    // so do "next week" / "next month" (`relative::relative_near`).
    let near = |x: DateItem, y: DateItem| match (x, y) {
        (DateItem::DayPart(p), DateItem::DayPart(q)) => super::dayparts::neighbours(p, q),
        // A clock time an hour or less outside the part of the day ("evening" / "4:30
        // p.m.").
        (DateItem::DayPart(p), DateItem::Time(t, _, _, half, _))
        | (DateItem::Time(t, _, _, half, _), DateItem::DayPart(p)) => {
            super::dayparts::minutes_outside(p, t, half) <= super::dayparts::NEAR_SPAN
        }
        (DateItem::Relative(o1, u1), DateItem::Relative(o2, u2)) => {
            relative::relative_near((o1, u1), (o2, u2))
        }
        // A time with a zone and one without, the offset unknown ("2:40 a.m." / "01:40
        // GMT"): may be one moment (`clocks::may_be_one_moment`).
        (DateItem::Time(..), DateItem::Time(..)) => {
            clocks::may_be_one_moment(a, x, b, y, deadlines)
        }
        _ => false,
    };
    // A part of the day and a clock time agree only where the other side has no item of
    // the first's own kind ("at 7 p.m." / "Tuesday evening at 9 p.m." still differ).
    let cross = |x: DateItem, y: DateItem| {
        matches!(
            (x, y),
            (DateItem::DayPart(_), DateItem::Time(..)) | (DateItem::Time(..), DateItem::DayPart(_))
        )
    };
    // `x` of `a` when `in_a`, else of `b` (two clock times are read each in its own
    // article's zone: `clocks.rs`).
    let agrees = |x: DateItem, other: &[Item], in_a: bool| {
        let own = |y: DateItem| std::mem::discriminant(&x) == std::mem::discriminant(&y);
        let has_own = other.iter().any(|&(y, _, _)| own(y));
        other.iter().any(|&(y, _, _)| {
            let (p, q) = if in_a { (x, y) } else { (y, x) };
            compatible(p, q) && (!cross(x, y) || !has_own)
        })
    };
    // Across languages the words around two dates share no stem: any two dates of the
    // same kind may be about the same thing.
    let across = !da.is_empty() && !db.is_empty() && across_languages(a, b);
    // One calendar date on each side, and no other date, each told as the date something
    // is set for: the date of the one scheduled fact of each ("will now be played on
    // Wednesday, 14 March" / "has been rescheduled for Tuesday, 13 March"), whatever else
    // the words around them say. Two dates of two facts ("suffering a heart attack on
    // December 2" / "passed away Thursday, December 11") are left to their anchors.
    // So is one full calendar date on each side, weekday, month and day ("beat Barcelona
    // 2-1 ... on Sunday, October 26" / "beat Real Madrid 4-3 ... on Sunday, May 11"): a
    // lead's date of its one fact, whose nearest words may be venues that differ (trial 45).
    let lone = (lone_scheduled(a, da) && lone_scheduled(b, db))
        || (lone_full_date(da) && lone_full_date(db));
    // The start of a range against the end of another ("from Dec. 3 to Dec. 17" /
    // "up to Dec. 24": Dec. 3 is no end; trial 36 F19.2) is no date of one thing.
    // A clock time may time a break-in told many words before it ([`Reach::BreakIn`]).
    let about_same = |xi: (usize, usize), yi: (usize, usize), reach: Reach| {
        if range_side(a, xi.0) * range_side(b, yi.0) < 0 {
            return None;
        }
        // A timeline's stamp times its whole line: only against a sentence that tells the
        // line's fact ([`tells_the_line`]; trial 53 F1: "22:00 The blaze is under
        // control" is no time of "The blackout began at around 7:40 p.m."), never
        // across languages by default.
        let (line_a, line_b) = (timeline_stamp(a, xi), timeline_stamp(b, yi));
        if line_a || line_b {
            let told = (!line_a || tells_the_line(a, b)) && (!line_b || tells_the_line(b, a));
            return told.then(|| anchor_match_within(a, xi, b, yi, reach).unwrap_or(0.0));
        }
        // Across languages, a date of a state still holding only against another
        // (`states.rs`: "still missing … on Saturday afternoon" / "dans la nuit de …").
        let across = across && !states::one_a_state(a, xi, b, yi);
        anchor_match_within(a, xi, b, yi, reach).or((across || lone).then_some(0.0))
    };
    // Two relative dates ("next week" / "next month") only when their anchors share words
    // near them ([`RELATIVE_ANCHOR`]): a sentence's "Last year, Holder issued new
    // guidance" and "The commission this month adopted" date two facts.
    let about_same = |x: DateItem, xi: (usize, usize), yi: (usize, usize)| match x {
        DateItem::Relative(..) => anchor_match(a, xi, b, yi).filter(|&s| s >= RELATIVE_ANCHOR),
        DateItem::Time(..) => about_same(xi, yi, Reach::BreakIn),
        // The days two stops end on are compared, whatever words tell the stops; such a
        // day is not the day of a thing that happened (`dates/ends.rs`, trial 50 F2). Days
        // only: "it wasn't until 1997 that a jury agreed" / "it took until 2003 for the
        // Chin to admit his sham" are the years of two facts.
        DateItem::Day(..) | DateItem::DayEither(..) | DateItem::Weekday(_) => {
            match ends::end_roles(a, xi, b, yi) {
                Some(true) => Some(about_same(xi, yi, Reach::Near).unwrap_or(0.0)),
                Some(false) => None,
                None => about_same(xi, yi, Reach::Near),
            }
        }
        _ => about_same(xi, yi, Reach::Near),
    };
    // Both sides tell one day ("on Tuesday evening" / "on Tuesday at 2:50 p.m."): a weekday
    // or a day of a month each, that agree.
    let day = |x: DateItem| {
        matches!(
            x,
            DateItem::Weekday(_) | DateItem::Day(..) | DateItem::DayEither(..)
        )
    };
    let one_day = da.iter().any(|&(x, ..)| {
        day(x)
            && db
                .iter()
                .any(|&(y, ..)| same_kind(x, y) && compatible(x, y))
    });
    let mut candidates = Vec::new();
    for (i, &(x, _, xi)) in da.iter().enumerate() {
        if agrees(x, db, true) {
            continue;
        }
        for (j, &(y, _, yi)) in db.iter().enumerate() {
            if !same_kind(x, y) || agrees(y, da, false) {
                continue;
            }
            // A part of the day and a clock time only of one day both sides tell, and when
            // the words around them tell one thing ([`CROSS_ANCHOR`]): "visited five gas
            // stations this morning" / "As of 9 pm ET Tuesday, 12.3% of gas stations …"
            // time two facts.
            let told = |s: &f64| !cross(x, y) || (one_day && *s >= CROSS_ANCHOR);
            if let Some(s) = about_same(x, xi, yi).filter(told) {
                candidates.push((i, j, s));
            }
        }
    }
    let mut out = Vec::new();
    let mut expressions = Vec::new();
    // The most specific pair of an expression first (the day before the weekday of
    // "Thursday, December 11"); the flags are put in `a`'s order at the end.
    let mut pairs = pair_best(candidates);
    pairs.sort_by_key(|&(i, j)| specificity(da[i].0).min(specificity(db[j].0)));
    for (i, j) in pairs {
        let e = (da[i].2, db[j].2);
        if !expressions.contains(&e) {
            expressions.push(e);
            let (x, y) = (da[i].0, db[j].0);
            // Two ends of a stop each told as a lower bound ("until at least Friday" /
            // "until at least Saturday"): both may hold (`ends::lower_bound`).
            let bounds = ends::lower_bound(a, da[i].2) && ends::lower_bound(b, db[j].2);
            // "late on Friday night" / "early Saturday": one night (`overnight.rs`).
            let night = overnight::across_midnight((a, da, &da[i]), (b, db, &db[j]));
            let soft = ((rough(x) || rough(y)) && !hedge_hides(x, y))
                || near(x, y)
                || forecasts(x, y)
                || bounds
                || night;
            out.push(((da[i].1, db[j].1), soft));
        }
    }
    // The same month, a day on one side only, and no day of it on the other.
    let month_only = |d: &[Item], m: u8| {
        !d.iter()
            .any(|(z, _, _)| matches!(z, DateItem::Day(n, day) if *n == m && *day != 0))
    };
    let mut candidates = Vec::new();
    for (i, &(x, _, xi)) in da.iter().enumerate() {
        for (j, &(y, _, yi)) in db.iter().enumerate() {
            let (DateItem::Day(m1, d1), DateItem::Day(m2, d2)) = (x, y) else {
                continue;
            };
            let precision = m1 == m2
                && ((d1 == 0 && d2 != 0 && month_only(da, m1))
                    || (d2 == 0 && d1 != 0 && month_only(db, m2)));
            if !precision {
                continue;
            }
            if let Some(s) = about_same(x, xi, yi) {
                candidates.push((i, j, s));
            }
        }
    }
    for (i, j) in pair_best(candidates) {
        let e = (da[i].2, db[j].2);
        if !expressions.contains(&e) {
            expressions.push(e);
            out.push(((da[i].1, db[j].1), true));
        }
    }
    // A deadline expected against the same told as reached ("should be back by midnight"
    // / "was back by midnight"): the softer flag, unless a flag holds either time.
    if let Some(r) = deadlines::expected_against_done(a, da, b, db) {
        let holds = |x: (usize, usize), y: (usize, usize)| x.0 < y.1 && y.0 < x.1;
        if !out.iter().any(|f| holds(f.0 .0, r.0) || holds(f.0 .1, r.1)) {
            out.push((r, true));
        }
    }
    // In the order of `a`'s ranges (the precision flags came last).
    let mut ordered: Vec<(Ranges, bool)> = Vec::with_capacity(out.len());
    for f in out {
        let at = ordered
            .iter()
            .position(|g| g.0 > f.0)
            .unwrap_or(ordered.len());
        ordered.insert(at, f);
    }
    ordered
}

/// Minutes between two clock times (minutes after midnight), the shorter way round the
/// clock ("midnight" / "11:50 p.m." are ten minutes apart); on a clock of twelve hours
/// when `half` (the half of the day not said).
fn time_apart(x: u16, y: u16, half: bool) -> u16 {
    let d = x.abs_diff(y);
    let round = if half { 720 } else { 1440 };
    d.min(round - d.min(round))
}

/// The least anchor similarity (`anchor::anchor_match`) at which two relative dates are
/// read as dates of one thing: "Coalition talks are expected to start next week" /
/// "Coalition talks are expected to begin next month" share "expected", "talks" and
/// "coalition" near their dates (about 0.4); one shared name three and four words away
/// (0.08) tells less.
const RELATIVE_ANCHOR: f64 = 0.25;

/// The least anchor similarity (`anchor::anchor_match`) at which a part of the day and a
/// clock time of one day are read as times of one thing (session 52): "The crash happened
/// on Tuesday evening" / "The crash happened on Tuesday at 2:50 p.m." share the crash and
/// its verb (1.25). The day is asked too: the development data's pairs of a part of the
/// day and a time of no day told on both sides ("learning this morning of the death" /
/// "Felt died at 12:45 p.m.") were the times of two facts.
const CROSS_ANCHOR: f64 = RELATIVE_ANCHOR;

/// Words right before a date that make it the start of a range ("from Dec. 3", "since
/// Monday", "du 3", "desde el", "dal", "von", "vanaf", lower case).
const RANGE_STARTS: &[&str] = &[
    "from", "since", "starting", "du", "depuis", "desde", "dal", "dall", "von", "ab", "seit",
    "van", "vanaf", "sinds",
];

/// Words right before a date that make it the end of a range ("to Dec. 17", "up to Dec.
/// 24", "until", "jusqu'au", "hasta", "fino al", "bis", "tot", "até"), lower case.
const RANGE_ENDS: &[&str] = &[
    "to", "until", "till", "through", "thru", "au", "hasta", "al", "fino", "bis", "tot", "até",
];

/// Which end of a range the date expression starting at token `lo` of `p` is: -1 its start
/// ([`RANGE_STARTS`] right before it, "the" between them allowed), 1 its end
/// ([`RANGE_ENDS`]), 0 neither.
fn range_side(p: &Prepared, lo: usize) -> i8 {
    let toks = &p.tokens;
    let mut k = lo;
    while k > 0 {
        k -= 1;
        let w = toks[k].norm.as_str();
        if RANGE_STARTS.contains(&w) {
            return -1;
        }
        if RANGE_ENDS.contains(&w) {
            return 1;
        }
        if !matches!(w, "the" | "el" | "le" | "il") {
            return 0;
        }
    }
    0
}

/// Whether sentences `a` and `b` are in two different languages, both told
/// (`language::guess_sentence`: "Thursday, December 11" / "le mardi 2 décembre").
fn across_languages(a: &Prepared, b: &Prepared) -> bool {
    use crate::matcher::flags::language_of;
    matches!(
        (language_of(a), language_of(b)),
        (Some(x), Some(y)) if x != y
    )
}

/// How much a date item says, for choosing the one to flag in an expression ("Monday, 28
/// November 2005", "the second half of 2027"): a day of a month 0, a clock time 1, a half
/// or a quarter of a year 2, a year 3, a weekday 4, a part of the day 5, a week, month or
/// year told from the report's 6 (lower is more).
fn specificity(x: DateItem) -> u8 {
    match x {
        DateItem::Day(..) | DateItem::DayEither(..) => 0,
        DateItem::Time(..) => 1,
        DateItem::Period(..) => 2,
        DateItem::Year(_) => 3,
        DateItem::Weekday(_) => 4,
        DateItem::DayPart(_) => 5,
        DateItem::Relative(..) => 6,
    }
}

/// Whether the year-like number at token `i` is a Chinese or Japanese year ("2017年"),
/// which `cjk::han_dates` reads.
fn han_year(p: &Prepared, i: usize) -> bool {
    p.tokens.get(i + 1).is_some_and(|t| t.norm == "年")
}

/// Words inside a date expression between its date tokens: "el jueves 11 de diciembre",
/// "am Donnerstag, dem 11. Dezember", "Donnerstag, den 11. Dezember", "the 11th of
/// December".
const DATE_JOINERS: &[&str] = &["de", "del", "dem", "den", "of"];

/// The date expression around token `i`: the date tokens next to it, commas between them
/// and [`DATE_JOINERS`] included ("Thursday, December 11, 2008", "jueves 11 de
/// diciembre"), as token indices `(lo, hi)`.
fn date_expression(p: &Prepared, i: usize) -> (usize, usize) {
    let toks = &p.tokens;
    let joiner = |k: usize| DATE_JOINERS.contains(&toks[k].norm.as_str());
    let (mut lo, mut hi) = (i, i);
    loop {
        if lo > 0 && toks[lo - 1].date {
            lo -= 1;
        } else if lo > 1 && joiner(lo - 1) && toks[lo - 2].date {
            lo -= 2;
        } else {
            break;
        }
    }
    loop {
        if hi + 1 < toks.len() && toks[hi + 1].date {
            hi += 1;
        } else if hi + 2 < toks.len() && joiner(hi + 1) && toks[hi + 2].date {
            hi += 2;
        } else {
            break;
        }
    }
    (lo, hi)
}

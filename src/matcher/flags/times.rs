//! Clock times and dates written in figures, for the date flags (`dates.rs`): "2:30 p.m.",
//! "14:08 local time", "10:39 GMT", "2 p.m.", "7pm", "7p.m.", "1900 GMT" (wire style), "7
//! o'clock", "19 Uhr", "à 19 heures", "a las 19 horas", "28/11/2005", "11/28/2005",
//! "2005-11-28".
//! The tokeniser gives their figures as separate numbers ("14", "8"); these readers put
//! them back together from the text between them.
//!
//! A time is compared as minutes after midnight; "about", "around", "shortly after" make
//! it rough (the softer flag). Two times are compared in one zone when the offsets of both
//! are known ("01:40 GMT" / "02:40 CET"); two in different named zones, one unknown
//! ("14:08 local time" / "10:38 GMT"), may be one moment and are not compared; a zoned
//! time against one with none is at most the softer flag (`dates/clocks.rs`). A date in figures reads day and
//! month as the figures say: a first figure over 12 is the day (28/11), a second over 12
//! the day (11/28); when both are 12 or less ("5/6/2005") either may be the day, and a
//! date agreeing with either reading agrees. A time with no a.m., p.m. or part of the day
//! ("2:30") may be in either half of the day.

use super::figures::whole;
use spoken::spoken_clock;
use spoken_romance::{hour_first, part_of_day};

mod spoken;
mod spoken_romance;
#[cfg(test)]
mod tests_spoken_romance;
use super::{surface, surface_is};
use crate::matcher::prepared::Prepared;
use crate::matcher::text::{hash_str, Kind, Token};

/// Whether `text`, a flag's value, tells a clock time and no date in figures ("9:15
/// a.m.", "9.40 Uhr", "gegen 14.30 Uhr"): a date flag on two such values is one on the
/// time of day, which the reason's summary names so (`explain.rs`, session 55: "date:
/// 9:15 a.m. ≠ 9.40 Uhr" read as a day). The flag's kind stays `date`, one of the kinds
/// the export documents (docs/FORMATS.md). Asked only of the values of a date flag.
pub(crate) fn clock_value(text: &str) -> bool {
    let p = Prepared::new(text, crate::matcher::features::Idf::builtin());
    !clock_times(&p).is_empty() && figure_dates(&p).is_empty()
}

/// A clock time of a sentence.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Clock {
    /// Minutes after midnight (0-1439).
    pub minutes: u16,
    /// The zone written after it ("GMT", "local": `hash_str` of it), 0 for none.
    pub zone: u64,
    /// Told roughly ("about 2:30", "shortly after 2 p.m.").
    pub rough: bool,
    /// Half of the day not said: "2:30" with no a.m., p.m. or part of the day after it
    /// may be 2:30 or 14:30.
    pub either_half: bool,
    /// A bound written before it: -1 for an upper one ("before 3 p.m.", "by", "until",
    /// "avant", "vor"), 1 for a lower one ("after", "since", "après", "nach"), 0 for none;
    /// -2 and 2 for a hedge, within an hour before or after ("shortly before", "shortly
    /// after": [`HEDGES`], the time `rough` too).
    pub bound: i8,
    /// Its code points in the sentence, and its first and last tokens.
    pub range: (usize, usize),
    pub tokens: (usize, usize),
}

/// Words before a time (one or two words before it) that make it rough: English, then
/// French ("vers 14h30", "aux alentours de 14h"), German ("gegen 14.30 Uhr", "etwa",
/// "kurz nach"), Spanish ("hacia las 14.30", "sobre las"), Italian ("verso le 14.30",
/// "intorno alle 13": trial 54 F4), Portuguese ("por volta das 14h") and Dutch ("rond
/// 14.30 uur", "omstreeks").
const ROUGH: &[&str] = &[
    "about",
    "around",
    "approximately",
    "roughly",
    "shortly",
    "just",
    "nearly",
    "almost",
    "some",
    "vers",
    "environ",
    "alentours",
    "gegen",
    "etwa",
    "ungefähr",
    "kurz",
    "circa",
    "hacia",
    "sobre",
    "verso",
    "intorno",
    "attorno",
    "volta",
    "rond",
    "omstreeks",
    "ongeveer",
];

/// Words right before a bound word of [`BOUNDS`] that make it a hedge near the time, not
/// a bound ("shortly after 4 a.m.", "just before noon", "soon after", "kurz nach", "peu
/// après", "poco después de", "poco dopo", "pouco depois", "logo após", "kort na", "vlak
/// na"; trial 51 F2: "juste après", "justo después", "subito dopo", "gleich nach").
const HEDGES: &[&str] = &[
    "shortly", "just", "soon", "right", "kurz", "peu", "poco", "pouco", "kort", "vlak", "logo",
    "juste", "justo", "subito", "gleich",
];

/// Bound words read only right after a word of [`HEDGES`]: Dutch "voor" is "before" in
/// "kort voor 17.00 uur" but "for" in "gepland voor 17.00 uur" (a time set).
const HEDGED_BOUNDS: &[(&str, i8)] = &[("voor", -1)];

/// Words that may stand between a bound word and its time besides stop words and
/// [`HOUR_ARTICLES`]: "antes de las 15.00", Portuguese "depois das 17h15".
const BOUND_LINKS: &[&str] = &["de", "das"];

/// Words right before a time that make it an upper bound ("before 3 p.m.": -1) or a
/// lower one ("after 3 p.m.": 1), in English, French, German, Spanish ("antes de las":
/// two words before), Italian ("prima delle"), Portuguese ("depois das") and Dutch ("na").
const BOUNDS: &[(&str, i8)] = &[
    ("before", -1),
    ("by", -1),
    ("until", -1),
    ("till", -1),
    ("avant", -1),
    ("vor", -1),
    ("bis", -1),
    ("antes", -1),
    ("prima", -1),
    ("after", 1),
    ("since", 1),
    ("après", 1),
    ("nach", 1),
    ("seit", 1),
    ("después", 1),
    ("dopo", 1),
    // Portuguese and Dutch (trial 51 F2: "logo após as 17h15", "pouco depois das 17h15",
    // "kort na 17.15 uur" were read as exact times).
    ("após", 1),
    ("depois", 1),
    ("na", 1),
];

/// Articles of Italian, Spanish and Portuguese before a time written with a dot ("alle
/// 14.30", "verso le 14.30", "a las 14.30", "às 14.30"): with one, "14.30" is a time.
const HOUR_ARTICLES: &[&str] = &["le", "alle", "dalle", "delle", "las", "às", "as"];

/// Whether token `t` is the word after a 24-hour time in German or Dutch ("14.30 Uhr",
/// "14 Uhr", "14.30 uur").
fn hour_word(t: &Token) -> bool {
    matches!(t.norm.as_str(), "uhr" | "uur")
}

/// French, Spanish, Portuguese and Italian words for "hours" after a figure: "à 19
/// heures", "a las 19 horas", "às 19 horas", "alle 19 ore", and French "h" written apart
/// ("à 19 h", "entre 9 h et 20 h").
const ROMANCE_HOURS: &[&str] = &["heures", "heure", "h", "horas", "hora", "ore"];

/// Words before the first hour of a span of the day ([`hour_span`]: "entre 9 h et 20 h",
/// "de 10 heures à 20 heures", "de 10 horas a 20 horas").
const SPAN_FROM: &[&str] = &["entre", "de", "des", "desde"];

/// Words joining the two hours of a span of the day ([`hour_span`]).
const SPAN_TO: &[&str] = &["et", "à", "a", "y", "e"];

/// Words before "H heures" / "H horas" that make it a time of day, not a duration ("à 19
/// heures", "vers 19 heures", "a las 19 horas", "hacia las 19 horas"; not "pendant 19
/// heures", "durante 19 horas"): French "à", "vers", "dès", "avant", "après", or an
/// article of [`HOUR_ARTICLES`].
const ROMANCE_HOURS_BEFORE: &[&str] = &["à", "vers", "dès", "avant", "après", "jusqu'à"];

/// Whether token `word` of `toks` is one of [`ROMANCE_HOURS`] after the figure at token
/// `figure`, told as a time of day by the word before the figure
/// ([`ROMANCE_HOURS_BEFORE`], [`HOUR_ARTICLES`]); either hour of a span of the day
/// ([`hour_span`]) is a time too.
pub(super) fn romance_hours(toks: &[Token], figure: usize, word: usize) -> bool {
    toks.get(word)
        .is_some_and(|t| ROMANCE_HOURS.contains(&t.norm.as_str()))
        && figure.checked_sub(1).is_some_and(|k| {
            let w = toks[k].norm.as_str();
            ROMANCE_HOURS_BEFORE.contains(&w)
                || HOUR_ARTICLES.contains(&w)
                || hour_span(toks, figure)
                || k.checked_sub(2).is_some_and(|f| hour_span(toks, f))
        })
}

/// Whether the figure at token `figure` starts a span of the day told with a word of hour
/// after each of its two hours, 0 to 24 ([`SPAN_FROM`], [`SPAN_TO`]): "entre 9 h et 20
/// h", "de 10 heures à 20 heures" (trial 39 j1/j2). Told so, each hour is a time of the
/// day, not a length of time ("pendant 10 heures").
fn hour_span(toks: &[Token], figure: usize) -> bool {
    let norm = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    let hour = |k: usize| toks.get(k).and_then(whole).is_some_and(|h| h <= 24);
    figure
        .checked_sub(1)
        .is_some_and(|k| SPAN_FROM.contains(&norm(k)))
        && hour(figure)
        && ROMANCE_HOURS.contains(&norm(figure + 1))
        && SPAN_TO.contains(&norm(figure + 2))
        && hour(figure + 3)
        && ROMANCE_HOURS.contains(&norm(figure + 4))
}

/// Whether token `k` of `toks` says a.m. or p.m. (`Some(true)` for p.m.). A bare "am"
/// before a part of the day or a German weekday ("um halb vier am Nachmittag", "um 3 am
/// Montag") is the German "am" (on the), no a.m. (trial 44 z109).
fn meridiem(toks: &[Token], k: usize) -> Option<bool> {
    let t = toks.get(k)?;
    match t.norm.trim_end_matches('.') {
        "p.m" | "pm" => Some(true),
        "am" if t.norm == "am" && german_am(toks, k) => None,
        "a.m" | "am" => Some(false),
        _ => None,
    }
}

/// Whether the bare "am" at token `k` of `toks` is the German preposition: a part of the
/// day ("am Nachmittag", "am Abend", "am Morgen") or a German weekday ("am Montag",
/// "am Dienstagabend") follows it, written with a capital.
fn german_am(toks: &[Token], k: usize) -> bool {
    toks.get(k + 1).is_some_and(|n| {
        let w = n.norm.as_str();
        n.capital
            && (w == "morgen"
                || crate::matcher::lexicon::DAY_PARTS
                    .iter()
                    .any(|(d, _)| *d == w)
                || crate::matcher::lexicon::compound_day_part(w).is_some()
                || (w.ends_with("tag") || w.ends_with("woch"))
                    && crate::matcher::lexicon::lex(w).weekday.is_some())
    })
}

/// The clock times of a sentence: "H:MM" (a colon, spaces allowed after it: "16: 12")
/// with an optional a.m. / p.m. and zone, or "H a.m." / "H p.m.".
pub(super) fn clock_times(p: &Prepared) -> Vec<Clock> {
    let toks = &p.tokens;
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        // "2.30pm", "2.30 p.m.", "14h30": hour and minutes in one token.
        let one = one_token(p, i);
        // "1900 GMT", "1023 UTC": the wire services' 24-hour clock, four digits and a zone.
        let wire = wire_time(p, i);
        // "half past three", "um halb drei": hour and minutes in words (`spoken.rs`);
        // "a las dos y media", "alle 2", "à deux heures et demie" (`spoken_romance.rs`),
        // a figure with its word of hour on the 24-hour clock ("a las 19 horas").
        let romance = hour_first(p, i);
        let spoken = spoken_clock(p, i).or(romance.map(|(h, m, last, _)| (h, m, last)));
        // "2:03:41": a race's time, a length of time, no time of the clock (trial 43 C4).
        if let Some((_, last)) = hms_length(p, i) {
            i = last + 1;
            continue;
        }
        let Some(h) = spoken
            .map(|(h, _, _)| h)
            .or(wire.map(|(h, _)| h))
            .or(one.map(|(h, _, _)| h))
            .or_else(|| whole(&toks[i]))
        else {
            i += 1;
            continue;
        };
        // The minutes: two digits after a colon, "am" / "pm" glued to them or not ("9:15am").
        let (colon, glued) = match toks.get(i + 1) {
            _ if spoken.is_some() => (spoken.map(|(_, m, _)| m), None),
            _ if wire.is_some() => (wire.map(|(_, m)| m), None),
            _ if one.is_some() => one.map_or((None, None), |(_, m, pm)| (Some(m), pm)),
            Some(m) if surface(p, toks[i].end, m.start).trim_end() == ":" => {
                let text = surface(p, m.start, m.end).to_lowercase();
                let (digits, rest) = text.split_at(text.len().min(2));
                let two = digits.len() == 2 && digits.bytes().all(|c| c.is_ascii_digit());
                let glued = match rest {
                    "" => None,
                    "pm" | "p.m." => Some(true),
                    "am" | "a.m." => Some(false),
                    _ => None,
                };
                let minutes: u32 = digits.parse().unwrap_or(60);
                match (two && minutes < 60, rest.is_empty() || glued.is_some()) {
                    (true, true) => (Some(minutes), glued),
                    _ => (None, None),
                }
            }
            _ => (None, None),
        };
        let mut last = if let Some((_, _, last)) = spoken {
            last
        } else if colon.is_some() && one.is_none() && wire.is_none() {
            i + 1
        } else {
            i
        };
        // "7p.m.": the tokeniser parts it as "7p" and "m"; the flag shows the text as
        // written, with the dot after the "m" (not a token).
        let text = surface(p, toks[i].start, toks[i].end).to_ascii_lowercase();
        let mut dot = 0;
        if one.is_some_and(|(_, _, pm)| pm.is_some())
            && text.ends_with(['a', 'p'])
            && toks.get(i + 1).is_some_and(|m| m.norm == "m")
        {
            last += 1;
            dot = usize::from(surface_is(p, toks[last].end, toks[last].end + 1, "."));
        }
        let minutes = colon.unwrap_or(0);
        let colon = colon.is_some();
        let pm = glued.or_else(|| meridiem(toks, last + 1));
        if glued.is_none() && pm.is_some() {
            last += 1;
        }
        // "14.30 Uhr", "14 Uhr", "14:30 uur": the 24-hour clock, the word in the time; so
        // "à 19 heures", "a las 19 horas" ([`romance_hours`]).
        let uhr = pm.is_none()
            && (toks.get(last + 1).is_some_and(hour_word) || romance_hours(toks, i, last + 1));
        if uhr {
            last += 1;
        }
        // "a las 19 horas" read with its word of hour (`spoken_romance.rs`).
        let uhr = uhr || romance.is_some_and(|r| r.3);
        // "7 o'clock": a whole hour of either half of the day.
        let oclock = pm.is_none() && !colon && toks.get(last + 1).is_some_and(oclock_word);
        if oclock {
            last += 1;
        }
        // A time: "H:MM" up to 23:59, "H Uhr" up to 24, or "H a.m./p.m." with H from 1
        // to 12.
        let valid = match pm {
            Some(_) => (1..=12).contains(&h),
            None => (colon && h <= 23) || (uhr && h <= 24) || (oclock && (1..=12).contains(&h)),
        };
        if !valid {
            i += 1;
            continue;
        }
        // "2:30 Monday afternoon", "2:30 in the morning": the part of the day says the
        // half, within four words after the time.
        let part =
            (last + 1..(last + 5).min(toks.len())).find_map(|k| match toks[k].norm.as_str() {
                "afternoon" | "evening" | "night" | "tonight" => Some(true),
                "morning" => Some(false),
                _ => part_of_day(toks, k, h),
            });
        let pm = pm.or(part.filter(|_| h <= 12));
        let either_half = pm.is_none() && !uhr && (1..=12).contains(&h);
        let hour = match pm {
            Some(true) if h < 12 => h + 12,
            Some(false) if h == 12 => 0,
            _ => h,
        };
        // A zone: "GMT", "local time", or a place and "time" ("Arizona time"). A zone's
        // letters are capitals: "et", "est", "ist" in lower case are "and", "is" ("entre 9
        // h et 20 h").
        let zone = match (toks.get(last + 1), toks.get(last + 2)) {
            (Some(z), _)
                if (super::figures::ZONES.contains(&z.norm.as_str())
                    && surface(p, z.start, z.end).contains(|c: char| c.is_uppercase()))
                    || z.norm == "local" =>
            {
                last += 1;
                hash_str(&z.norm)
            }
            (Some(z), Some(t)) if z.capital && z.kind == Kind::Word && t.norm == "time" => {
                last += 2;
                hash_str(&z.norm)
            }
            // "heure de Paris", "hora de Madrid", "ora di Roma": the place's zone.
            _ if zone_of_place(toks, last + 1).is_some() => {
                last += 3;
                hash_str(&toks[last].norm)
            }
            // "2h40, heure de Paris": "heure" read as the time's word of hours.
            _ if last > i && zone_of_place(toks, last).is_some() => {
                last += 2;
                hash_str(&toks[last].norm)
            }
            _ => 0,
        };
        let rough = (i.saturating_sub(2)..i).any(|k| ROUGH.contains(&toks[k].norm.as_str()));
        let (hedged, bound) = bound_before(toks, i);
        let rough = rough || hedged;
        out.push(Clock {
            minutes: (hour * 60 + minutes) as u16,
            zone,
            rough,
            either_half,
            bound,
            range: (toks[i].start, toks[last].end + dot),
            tokens: (i, last),
        });
        i = last + 1;
    }
    out
}

/// The bound written before a time whose first token is `i` (`Clock::bound`), and
/// whether it is a hedge (then rough): the nearest bound word of [`BOUNDS`] up to three
/// words before ("before 3 p.m.", "antes de las 15.00", "by midnight"), with only stop
/// words or articles between ("by the police at 3 p.m." is no bound); doubled after a
/// word of [`HEDGES`] ("shortly after 4 a.m.", "kurz nach 4 Uhr", "peu après 4 heures": a
/// hedged time near the hour, a span after or before it, `dates/rough.rs`, no open bound;
/// trial 40 T5). `(false, 0)` for none.
pub(super) fn bound_before(toks: &[Token], i: usize) -> (bool, i8) {
    let bound = (i.saturating_sub(3)..i)
        .rev()
        .take_while(|&k| {
            k + 1 == i
                || toks[k + 1..i].iter().all(|t| {
                    t.stop
                        || HOUR_ARTICLES.contains(&t.norm.as_str())
                        || BOUND_LINKS.contains(&t.norm.as_str())
                })
        })
        .find_map(|k| {
            let after_hedge = k
                .checked_sub(1)
                .is_some_and(|h| HEDGES.contains(&toks[h].norm.as_str()));
            let hedged_only = HEDGED_BOUNDS.iter().filter(|_| after_hedge);
            BOUNDS
                .iter()
                .chain(hedged_only)
                .find(|(w, _)| *w == toks[k].norm)
                .map(|b| (k, b.1))
        });
    let hedged = bound.is_some_and(|(k, _)| {
        k.checked_sub(1)
            .is_some_and(|h| HEDGES.contains(&toks[h].norm.as_str()))
    });
    (
        hedged,
        bound.map_or(0, |(_, b)| if hedged { 2 * b } else { b }),
    )
}

/// A length of time written "H:MM:SS" from token `i` of `p` (a race's winning time:
/// "won in 2:03:41", "en 2:04:12"): its length in seconds and its last token. A time of
/// the clock with seconds ("14:08:32 GMT", "at 2:03:41 a.m.", "14:08:32 Uhr": a zone, a
/// half of the day or a word of hour after it) is none; nor is a figure that continues
/// one before it ("1:2:03:41").
pub(super) fn hms_length(p: &Prepared, i: usize) -> Option<(f64, usize)> {
    let toks = &p.tokens;
    let colon = |k: usize| k + 1 < toks.len() && surface_is(p, toks[k].end, toks[k + 1].start, ":");
    let two = |k: usize| {
        let t = &toks[k];
        let s = surface(p, t.start, t.end);
        s.len() == 2 && s.bytes().all(|c| c.is_ascii_digit())
    };
    let h = whole(toks.get(i)?)?;
    if !(colon(i) && colon(i + 1) && two(i + 1) && two(i + 2)) || (i > 0 && colon(i - 1)) {
        return None;
    }
    let (m, s) = (whole(&toks[i + 1])?, whole(&toks[i + 2])?);
    let clock = toks.get(i + 3).is_some_and(|n| {
        super::figures::ZONES.contains(&n.norm.as_str())
            || meridiem(toks, i + 3).is_some()
            || hour_word(n)
            || n.norm == "local"
    });
    let more = i + 3 < toks.len() && colon(i + 2);
    (m < 60 && s < 60 && !clock && !more).then(|| (f64::from(h * 3600 + m * 60 + s), i + 2))
}

/// Whether the figure at token `i` is the hour or the minutes of a clock time told in
/// words with the hour first ("alle 2", "a las dos y diez": `spoken_romance.rs`), which
/// counts nothing.
pub(super) fn spoken_figure(p: &Prepared, i: usize) -> bool {
    (i.saturating_sub(2)..=i).any(|s| hour_first(p, s).is_some_and(|(_, _, last, _)| last >= i))
}

/// Whether token `t` is "o'clock" ("7 o'clock").
pub(super) fn oclock_word(t: &Token) -> bool {
    matches!(t.norm.as_str(), "o'clock" | "o’clock" | "oclock")
}

/// Whether tokens `k..k + 3` of `toks` name a place's time in French, Spanish,
/// Portuguese or Italian ("heure de Paris", "hora de Madrid", "ora di Roma":
/// `lexicon::time_zones::ZONE_TIME_NOUNS`, a genitive, a capitalised word): the place's
/// token.
fn zone_of_place(toks: &[Token], k: usize) -> Option<usize> {
    use crate::matcher::lexicon::time_zones::{ZONE_OF, ZONE_TIME_NOUNS};
    let (noun, of, place) = (toks.get(k)?, toks.get(k + 1)?, toks.get(k + 2)?);
    (ZONE_TIME_NOUNS.contains(&noun.norm.as_str())
        && ZONE_OF.contains(&of.norm.as_str())
        && place.capital
        && place.kind == Kind::Word)
        .then_some(k + 2)
}

/// A wire-service time at token `i`: four digits and a zone after them ("1900 GMT",
/// "1023 UTC", [`super::figures::ZONES`]): its hour and minutes (up to 23:59).
fn wire_time(p: &Prepared, i: usize) -> Option<(u32, u32)> {
    let t = &p.tokens[i];
    // Four ASCII digits are four code points (most tokens are not: no text to read).
    if t.end.saturating_sub(t.start) != 4 || super::opens_with_digit(p, t.start) == Some(false) {
        return None;
    }
    let text = surface(p, t.start, t.end);
    let zone = p.tokens.get(i + 1)?;
    if text.len() != 4
        || !text.bytes().all(|c| c.is_ascii_digit())
        || !super::figures::ZONES.contains(&zone.norm.as_str())
    {
        return None;
    }
    let (h, m): (u32, u32) = (text[..2].parse().ok()?, text[2..].parse().ok()?);
    (h <= 23 && m < 60).then_some((h, m))
}

/// A clock time in one token at `i`: "2.30pm" or "7pm" (British, a.m. or p.m. glued; "7p.m."
/// is read from "7p" and the "m" after it), "14h30" or
/// "14h" (French, the 24-hour clock), or the figure "2.30" when "pm", "p.m.", "am" or
/// "a.m." follows it ("2.30 p.m.": alone it is a decimal), or "Uhr" / "uur" ("14.30 Uhr"). Its hour, minutes and half of the day
/// when glued (`Some(true)` for p.m.); the caller reads a meridiem in the next token.
pub(super) fn one_token(p: &Prepared, i: usize) -> Option<(u32, u32, Option<bool>)> {
    let t = &p.tokens[i];
    if super::opens_with_digit(p, t.start) == Some(false) {
        return None;
    }
    let text = surface(p, t.start, t.end).to_ascii_lowercase();
    // Figures and ASCII letters only: the byte slicing below needs them ("Chrétien").
    if !text.is_ascii() || !text.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    // "7pm", "11am", "7p.m." (the tokeniser gives "7p" and "m"): a whole hour, a.m. or
    // p.m. glued to it.
    let hour_end = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    let (hour, tail) = text.split_at(hour_end);
    let spelt_m = || {
        p.tokens.get(i + 1).is_some_and(|m| m.norm == "m") && surface_is(p, t.end, t.end + 1, ".")
    };
    let glued = match tail {
        "pm" | "p.m." | "p.m" => Some(true),
        "am" | "a.m." | "a.m" => Some(false),
        "p" if spelt_m() => Some(true),
        "a" if spelt_m() => Some(false),
        _ => None,
    };
    if let (Some(pm), 1..=2) = (glued, hour.len()) {
        let h: u32 = hour.parse().ok()?;
        return (1..=12).contains(&h).then_some((h, 0, Some(pm)));
    }
    let sep = text.find(['.', 'h'])?;
    let (hour, rest) = (&text[..sep], &text[sep + 1..]);
    let (minutes, tail) = rest.split_at(rest.len().min(2));
    let digits = |s: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&s.len()) && s.bytes().all(|c| c.is_ascii_digit())
    };
    // "14h" (French, the whole hour): no minutes.
    let french_hour = text.as_bytes()[sep] == b'h' && rest.is_empty();
    if !digits(hour, 1..=2) || !(digits(minutes, 2..=2) || french_hour) {
        return None;
    }
    let (h, m): (u32, u32) = (hour.parse().ok()?, minutes.parse().unwrap_or(0));
    let next = meridiem(&p.tokens, i + 1);
    let uhr = p.tokens.get(i + 1).is_some_and(hour_word)
        || i.checked_sub(1)
            .is_some_and(|k| HOUR_ARTICLES.contains(&p.tokens[k].norm.as_str()));
    let pm = match (text.as_bytes()[sep], tail) {
        (b'h', "") => None,
        (b'.', "") if uhr => None,
        (b'.', "pm" | "p.m.") => Some(true),
        (b'.', "am" | "a.m.") => Some(false),
        (b'.', "") if next.is_some() => None,
        _ => return None,
    };
    (m < 60 && h <= 23).then_some((h, m, pm))
}

/// A date written in figures: (month, day, year (0 for none: "am 11.12."), whether day
/// and month may be the other way round), its code points and its tokens.
pub(super) type FigureDate = ((u8, u32, u32, bool), (usize, usize), (usize, usize));

/// The dates of a sentence written in figures: "28/11/2005", "11/28/2005", "28.11.2005",
/// "2005-11-28" (three figures, one separator between them, a year of four digits first
/// or last; parted by dots, the day first, [`dotted_date`]), and a day and month with no
/// year ("am 11.12.", [`day_month`]).
pub(super) fn figure_dates(p: &Prepared) -> Vec<FigureDate> {
    let toks = &p.tokens;
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        // "11.12.2025": the tokeniser keeps a date parted by dots as one word.
        if let Some((d, m, year)) = dotted_date(&surface(p, toks[i].start, toks[i].end)) {
            out.push(((m, d, year, false), (toks[i].start, toks[i].end), (i, i)));
            i += 1;
            continue;
        }
        // "am 11.12.": a day and month with no year.
        if let Some((d, m)) = day_month(p, i) {
            out.push(((m, d, 0, false), (toks[i].start, toks[i].end + 1), (i, i)));
            i += 1;
            continue;
        }
        if i + 2 >= toks.len() {
            break;
        }
        let f = [&toks[i], &toks[i + 1], &toks[i + 2]];
        let (Some(x), Some(y), Some(z)) = (whole(f[0]), whole(f[1]), whole(f[2])) else {
            i += 1;
            continue;
        };
        let sep1 = surface(p, f[0].end, f[1].start);
        let sep2 = surface(p, f[1].end, f[2].start);
        let same_sep = sep1 == sep2 && matches!(&*sep1, "/" | "-" | ".");
        let year_digits = |t: &Token| surface(p, t.start, t.end).len() == 4;
        let date = if !same_sep {
            None
        } else if year_digits(f[0]) && sep1 == "-" {
            // ISO: year-month-day.
            Some((y, z, x, false))
        } else if year_digits(f[2]) {
            match (x, y) {
                (d, m) if d > 12 => Some((m, d, z, false)),
                (m, d) if d > 12 => Some((m, d, z, false)),
                // "5/6/2005": May 6 in the United States, 5 June elsewhere.
                (d, m) => Some((m, d, z, d != m)),
            }
        } else {
            None
        };
        match date {
            Some((m, d, year, either))
                if (1..=12).contains(&m) && (1..=31).contains(&d) && year >= 1800 =>
            {
                let date = (m as u8, d, year, either);
                out.push((date, (f[0].start, f[2].end), (i, i + 2)));
                i += 3;
            }
            _ => i += 1,
        }
    }
    out
}

/// A date written day first with dots in one word ("11.12.2025", "2.12.2025", as German
/// and other European copy writes it): day, month and year.
fn dotted_date(word: &str) -> Option<(u32, u8, u32)> {
    let mut parts = word.split('.');
    let (d, m, y) = (parts.next()?, parts.next()?, parts.next()?);
    let digits = |s: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&s.len()) && s.bytes().all(|c| c.is_ascii_digit())
    };
    if parts.next().is_some() || !digits(d, 1..=2) || !digits(m, 1..=2) || !digits(y, 4..=4) {
        return None;
    }
    let (d, m, y): (u32, u8, u32) = (d.parse().ok()?, m.parse().ok()?, y.parse().ok()?);
    ((1..=31).contains(&d) && (1..=12).contains(&m) && y >= 1800).then_some((d, m, y))
}

/// Words before a day and month written in figures with no year ([`day_month`]): German
/// "am", "vom", "bis", "zum", "seit", "ab", "dem", "den" ("Donnerstag, den 11.12."), and
/// Dutch "op", "tot", "vanaf".
const DAY_MONTH_BEFORE: &[&str] = &[
    "am", "vom", "bis", "zum", "seit", "ab", "dem", "den", "op", "tot", "vanaf",
];

/// The day and month at token `i` when it is a date written day first with a dot and no
/// year, as German and Dutch copy writes one: "am 11.12. in Berlin", "Donnerstag, 11.12.":
/// a day 1-31, a dot, a month 1-12 and a dot right after it, after one of
/// [`DAY_MONTH_BEFORE`] or a weekday. A decimal ("11.12 Prozent", "rose 11.12.") is none.
pub(super) fn day_month(p: &Prepared, i: usize) -> Option<(u32, u8)> {
    let toks = &p.tokens;
    let t = toks.get(i)?;
    if !matches!(t.kind, Kind::Number(_)) || surface(p, t.end, t.end + 1) != "." {
        return None;
    }
    let before = i.checked_sub(1).map(|k| &toks[k])?;
    if !DAY_MONTH_BEFORE.contains(&before.norm.as_str()) && !matches!(before.kind, Kind::Weekday(_))
    {
        return None;
    }
    let written = surface(p, t.start, t.end);
    let (d, m) = written.split_once('.')?;
    let digits = |s: &str| (1..=2).contains(&s.len()) && s.bytes().all(|c| c.is_ascii_digit());
    if !digits(d) || !digits(m) {
        return None;
    }
    let (d, m): (u32, u8) = (d.parse().ok()?, m.parse().ok()?);
    ((1..=31).contains(&d) && (1..=12).contains(&m)).then_some((d, m))
}

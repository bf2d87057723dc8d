//! Two clock times compared in one zone (trial 56): "2:40 a.m." in Liège and "01:40 GMT"
//! are one moment when the article's times are an hour ahead of GMT. A zone a time names
//! stands for its offset (`lexicon::time_zones`: "CET" +1, "ET" -5 or -4); a time with no
//! zone (or "local time") is its article's local time, whose offset is known when the page
//! says so ("All times are local (GMT+1)": [`mark_local_zones`]). Two times whose offsets
//! are both known are compared in UTC; a time with no zone against one with a zone, the
//! local offset unknown, is never the solid flag when some zone's offset could make them
//! one moment ([`may_be_one_moment`]: the softer flag), as "2:40 a.m." / "01:40 GMT".

use super::{rough, DateItem};
use crate::matcher::lexicon::time_zones::{LOCAL_TIME_WORDS, ZONE_OFFSETS};
use crate::matcher::prepared::Prepared;
use crate::matcher::text::hash_str;

/// The most words of a page's note that its times are local ("All times are local
/// (GMT+1)."; [`local_note`]).
const NOTE_WORDS: usize = 12;

/// The offsets from UTC of the world's zones that are not whole hours and hold cities, in
/// minutes (Newfoundland's -3:30, Iran's +3:30, India's +5:30, Nepal's +5:45, Adelaide's
/// +9:30): with every whole hour from -12 to +14, the zones a time with no zone and no
/// note of its article may be told in.
const ODD_OFFSETS: &[i16] = &[-210, 210, 270, 330, 345, 390, 570, 630];

/// The offsets from UTC of the world's zones, in minutes ([`ODD_OFFSETS`] and every
/// whole hour from -12 to +14).
fn world_offsets() -> impl Iterator<Item = i16> {
    (-12..=14)
        .map(|h| h * 60)
        .chain(ODD_OFFSETS.iter().copied())
}

/// The minutes ahead of UTC that a page's note gives its local times: a short sentence
/// with a word of local time (`lexicon::time_zones::LOCAL_TIME_WORDS`) and "GMT" or "UTC"
/// with an offset after it ("All times are local (GMT+1)", "Heures locales (UTC+2)": 60,
/// 120; "(GMT)" alone: 0), `None` for any other sentence.
pub(in crate::matcher::flags) fn local_note(text: &str) -> Option<i16> {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    if words.len() > NOTE_WORDS || !words.iter().any(|w| LOCAL_TIME_WORDS.contains(w)) {
        return None;
    }
    let at = lower.find("gmt").or_else(|| lower.find("utc"))?;
    let rest: Vec<char> = lower[at + 3..].chars().collect();
    let sign = match rest.first() {
        Some('+') => 1,
        Some('-' | '\u{2212}' | '\u{2013}') => -1,
        _ => return Some(0),
    };
    let figures = |s: &[char]| -> String { s.iter().take_while(|c| c.is_ascii_digit()).collect() };
    let hours: String = figures(&rest[1..]);
    let hours: i16 = hours.parse().ok().filter(|h| *h <= 14)?;
    let minutes: i16 = match rest.get(1 + hours.to_string().len()) {
        Some(':') => figures(&rest[2 + hours.to_string().len()..])
            .parse()
            .ok()
            .filter(|m| *m < 60)
            .unwrap_or(0),
        _ => 0,
    };
    Some(sign * (hours * 60 + minutes))
}

/// Marks every sentence of an article that has a note of its local time ([`local_note`])
/// with the note's offset (`Prepared::local_offset`): its clock times with no zone are
/// told in it. `sentences` are in article order; `at` gives a sentence's article and its
/// prepared text.
pub(crate) fn mark_local_zones<S>(
    sentences: &mut [S],
    at: impl Fn(&mut S) -> (usize, &mut Prepared),
) {
    let mut notes: Vec<(usize, i16)> = Vec::new();
    for s in sentences.iter_mut() {
        let (doc, p) = at(s);
        if let Some(offset) = local_note(&p.text) {
            if !notes.iter().any(|n| n.0 == doc) {
                notes.push((doc, offset));
            }
        }
    }
    if notes.is_empty() {
        return;
    }
    for s in sentences.iter_mut() {
        let (doc, p) = at(s);
        if let Some(&(_, offset)) = notes.iter().find(|n| n.0 == doc) {
            p.local_offset = Some(offset);
        }
    }
}

/// The least and the most minutes ahead of UTC of a time of `p` in zone `zone` (as
/// `Clock::zone`): the zone's own (`ZONE_OFFSETS`), or for no zone and "local" the
/// article's ([`Prepared::local_offset`]) or the sentence's own ([`own_offset`]); `None`
/// when unknown.
fn offset(p: &Prepared, zone: u64) -> Option<(i16, i16)> {
    if zone == 0 || zone == hash_str("local") {
        return p.local_offset.or_else(|| own_offset(p)).map(|o| (o, o));
    }
    ZONE_OFFSETS
        .iter()
        .find(|z| hash_str(z.0) == zone)
        .map(|z| (z.1, z.2))
}

/// A clock time as `DateItem::Time` holds it: minutes, zone, rough, half of the day not
/// said, bound.
pub(super) type Time = (u16, u64, bool, bool, i8);

/// Whether times `x` and `y` agree as their words tell them, both in one zone: two times
/// told exactly or with a hedge agree when the spans their words tell meet
/// (`rough::spans_agree`: "shortly after 4 a.m." / "at 4.20 a.m.", "gegen 15.30 Uhr" /
/// "gegen 15.45 Uhr"; trial 44 y101); "2:30" may be 2:30 p.m.; a bound agrees with a time
/// it lets be ("before 3 p.m." / "at 2:30 p.m.", not "after 3 p.m." / "at 2:30 p.m.");
/// two deadlines (`deadlines`) as two told times.
fn face(x: Time, y: Time, deadlines: bool) -> bool {
    let ((t1, _, r1, e1, b1), (t2, _, r2, e2, b2)) = (x, y);
    let half = e1 || e2;
    let (x, y) = match half {
        true => (t1 % 720, t2 % 720),
        false => (t1, t2),
    };
    let told = |b: i8| b == 0 || b.abs() == 2;
    // Midnight as an upper bound ends the day: "before midnight" lets 11:30 p.m. be.
    let end_of_day = |t: u16, b: i8| if b == -1 && t == 0 && !half { 1440 } else { t };
    let (x, y) = (end_of_day(x, b1), end_of_day(y, b2));
    match (b1, b2) {
        _ if told(b1) && told(b2) => rough::spans_agree((x, r1, b1), (y, r2, b2), half),
        (-1, 0) => y <= x,
        (1, 0) => y >= x,
        (0, -1) => x <= y,
        (0, 1) => x >= y,
        (-1, 1) => y < x,
        (1, -1) => x < y,
        (-1, -1) if deadlines => rough::spans_agree((x, r1, 0), (y, r2, 0), half),
        _ => true,
    }
}

/// Time `t` moved from a zone `offset` minutes ahead of UTC to UTC.
fn to_utc(t: Time, offset: i16) -> Time {
    let minutes = (i32::from(t.0) - i32::from(offset)).rem_euclid(1440) as u16;
    (minutes, 0, t.2, t.3, t.4)
}

/// Whether time `x` of `a` and time `y` of `b` agree (no date flag): in UTC when the
/// offsets of both are known ([`offset`]: "2:40 a.m." on a page whose times are GMT+1 /
/// "01:40 GMT", "02:40 CET" / "01:40 GMT"); two different zones, one of them unknown, may
/// be one moment ("14:08 local time" / "10:38 GMT"); else as told ([`face`]).
pub(super) fn clocks_agree(a: &Prepared, x: Time, b: &Prepared, y: Time, deadlines: bool) -> bool {
    match (offset(a, x.1), offset(b, y.1)) {
        (Some(o1), Some(o2)) => [o1.0, o1.1].iter().any(|&m| {
            [o2.0, o2.1]
                .iter()
                .any(|&n| face(to_utc(x, m), to_utc(y, n), deadlines))
        }),
        _ if x.1 != 0 && y.1 != 0 && x.1 != y.1 => true,
        _ => face(x, y, deadlines),
    }
}

/// Whether time `x` of `a` and time `y` of `b`, which do not agree as told, may still be
/// one moment: one names a zone and the other none, and the offset of one of them is
/// unknown ([`offset`]), and some zone's offset ([`world_offsets`]) for the unknown one
/// makes them agree: "2:40 a.m." / "01:40 GMT", "8:45 a.m." / "7:45 GMT" (the softer
/// flag, never the solid one: trial 56). "2:40 a.m." / "01:55 GMT" cannot be; two times
/// whose offsets are both unknown may always be.
pub(super) fn may_be_one_moment(
    a: &Prepared,
    x: DateItem,
    b: &Prepared,
    y: DateItem,
    deadlines: bool,
) -> bool {
    let (DateItem::Time(t1, z1, r1, e1, b1), DateItem::Time(t2, z2, r2, e2, b2)) = (x, y) else {
        return false;
    };
    let (x, y) = ((t1, z1, r1, e1, b1), (t2, z2, r2, e2, b2));
    if (z1 == 0) == (z2 == 0) {
        return false;
    }
    match (offset(a, z1), offset(b, z2)) {
        (Some(_), Some(_)) => false,
        (None, None) => true,
        (None, Some(o)) => world_offsets().any(|m| {
            [o.0, o.1]
                .iter()
                .any(|&n| face(to_utc(x, m), to_utc(y, n), deadlines))
        }),
        (Some(o), None) => world_offsets().any(|n| {
            [o.0, o.1]
                .iter()
                .any(|&m| face(to_utc(x, m), to_utc(y, n), deadlines))
        }),
    }
}

/// The offset a sentence gives its own times with no zone by telling one with its twin in
/// a zone right after it ("at 2:40 a.m. (0140 GMT)": 60 minutes ahead of GMT; session
/// 53's testers: against "03:40 GMT" it was only the softer flag): the minutes from the
/// zoned twin to the time, when the zone's offset is known and no half of the day is left
/// unsaid; `None` for none.
fn own_offset(p: &Prepared) -> Option<i16> {
    let clocks = crate::matcher::flags::times::clock_times(p);
    clocks.windows(2).find_map(|w| {
        let (local, twin) = (&w[0], &w[1]);
        if local.zone != 0 || local.either_half || twin.tokens.0 != local.tokens.1 + 1 {
            return None;
        }
        let (_, lo, hi) = ZONE_OFFSETS.iter().find(|z| hash_str(z.0) == twin.zone)?;
        let ahead =
            (i32::from(local.minutes) - i32::from(twin.minutes) + 720).rem_euclid(1440) - 720;
        (lo == hi).then(|| ahead as i16 + lo)
    })
}

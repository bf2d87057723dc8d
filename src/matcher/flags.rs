//! Discrepancy flags: the same slot of a matched pair filled differently — a number
//! ("at least four times" / "several times"), a speaker ("Carroll said" / "Brooks said"),
//! a vehicle ("jeep" / "truck"), a place ("in Ohio" / "in Texas"), a date ("Nov. 13" /
//! "Nov. 14").
//!
//! Ranges are code points of each prepared sentence's own text; the caller shifts them.

use super::features::Prepared;
use super::speakers::speaker_conflict;
use super::text::{Kind, Token};
use super::{Discrepancy, DiscrepancyKind};

const QUANT_MODIFIERS: &[&str] = &[
    "at",
    "least",
    "most",
    "more",
    "than",
    "about",
    "nearly",
    "almost",
    "around",
    "over",
    "roughly",
    "approximately",
    "some",
    "up",
    "to",
    "only",
    "just",
    "fewer",
    "less",
    "under",
    "exactly",
    "estimated",
    "an",
];
const VEHICLES: &[&str] = &[
    "jeep",
    "truck",
    "car",
    "bus",
    "van",
    "suv",
    "motorcycle",
    "motorbike",
    "bicycle",
    "bike",
    "tractor",
    "lorry",
    "pickup",
    "sedan",
    "taxi",
    "cab",
    "tank",
    "ambulance",
    "helicopter",
    "plane",
    "aircraft",
    "airplane",
    "jet",
    "boat",
    "ship",
    "train",
    "scooter",
    "minivan",
    "trailer",
    "ferry",
    "yacht",
    "drone",
    "canoe",
    "kayak",
    "raft",
    "limousine",
    "coach",
    "tram",
    "subway",
    "hatchback",
    "wagon",
    "trucks",
    "cars",
    "buses",
    "jeeps",
    "boats",
    "planes",
    "ships",
    "helicopters",
];
/// Prepositions after which a name is a place ("in Ohio", "at the Panmunjom truce village").
///
/// Only locative prepositions: they say where a thing happened. Path prepositions ("from",
/// "into", "across", "toward") name where someone came from or went, a different slot:
/// one report may follow the defector "toward the Joint Security Area" while the other
/// places the shooting "at the Panmunjom truce village", and the two are not in conflict.
const PLACE_PREPS: &[&str] = &["in", "at", "near", "outside", "inside"];

pub(crate) fn surface(p: &Prepared, start: usize, end: usize) -> String {
    p.text.chars().skip(start).take(end - start).collect()
}

fn flag(
    kind: DiscrepancyKind,
    a: &Prepared,
    ar: (usize, usize),
    b: &Prepared,
    br: (usize, usize),
) -> Discrepancy {
    let vague_in = |p: &Prepared, r: (usize, usize)| {
        p.tokens
            .iter()
            .any(|t| t.kind == Kind::Vague && t.start >= r.0 && t.end <= r.1)
    };
    let vague = kind == DiscrepancyKind::Number && vague_in(a, ar) != vague_in(b, br);
    Discrepancy {
        kind,
        a: surface(a, ar.0, ar.1),
        b: surface(b, br.0, br.1),
        a_range: ar,
        b_range: br,
        vague,
    }
}

/// All discrepancy flags of a pair, at most one of each kind.
pub fn discrepancies(a: &Prepared, b: &Prepared) -> Vec<Discrepancy> {
    let mut out = Vec::new();
    if let Some((ar, br)) = number_conflict(a, b) {
        out.push(flag(DiscrepancyKind::Number, a, ar, b, br));
    }
    if let Some((ar, br)) = speaker_conflict(a, b) {
        out.push(flag(DiscrepancyKind::Speaker, a, ar, b, br));
    }
    if let Some((ar, br)) = word_conflict(a, b, |t| VEHICLES.contains(&t.norm.as_str())) {
        out.push(flag(DiscrepancyKind::Vehicle, a, ar, b, br));
    }
    if let Some((ar, br)) = place_conflict(a, b) {
        out.push(flag(DiscrepancyKind::Place, a, ar, b, br));
    }
    if let Some(((ar, br), vague)) = date_conflict(a, b) {
        let mut f = flag(DiscrepancyKind::Date, a, ar, b, br);
        f.vague = vague;
        out.push(f);
    }
    if let Some((ar, br)) = super::outcome::outcome_conflict(a, b) {
        out.push(flag(DiscrepancyKind::Outcome, a, ar, b, br));
    }
    out
}

pub(crate) type Ranges = ((usize, usize), (usize, usize));

struct NumSlot {
    value: u64,
    noun: Option<u64>,
    /// The counted noun's synonym classes (`align::SYNONYMS`): "vehicles" / "cars".
    noun_class: u32,
    start: usize,
    end: usize,
}

fn number_slots(toks: &[Token]) -> Vec<NumSlot> {
    let mut out = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        let is_num = matches!(t.kind, Kind::Number(_)) && !t.date;
        let vague = t.kind == Kind::Vague;
        if !is_num && !vague {
            continue;
        }
        let mut noun = None;
        let mut noun_class = 0;
        let mut end = t.end;
        for (j, n) in toks.iter().enumerate().skip(i + 1).take(3) {
            // A letter is an abbreviation, not a counted thing ("3 p. m.").
            if n.kind == Kind::Word && n.norm.chars().count() == 1 {
                break;
            }
            if n.kind == Kind::Word && !n.stop && !n.proper && n.norm != "or" {
                noun = Some(n.stem);
                noun_class = super::align::classes(std::slice::from_ref(n));
                if j <= i + 3
                    && toks[i + 1..j]
                        .iter()
                        .all(|m| m.proper || !m.stop || matches!(m.norm.as_str(), "other" | "more"))
                {
                    end = n.end;
                }
                break;
            }
            if !matches!(n.kind, Kind::Word) {
                break;
            }
        }
        let mut k = i;
        while k > 0 && i - k < 2 && QUANT_MODIFIERS.contains(&toks[k - 1].norm.as_str()) {
            k -= 1;
        }
        out.push(NumSlot {
            value: t.stem,
            noun,
            noun_class,
            start: toks[k].start,
            end,
        });
    }
    out
}

fn number_conflict(a: &Prepared, b: &Prepared) -> Option<Ranges> {
    let sa = number_slots(&a.tokens);
    let sb = number_slots(&b.tokens);
    let in_b = |v: u64| sb.iter().any(|s| s.value == v);
    let in_a = |v: u64| sa.iter().any(|s| s.value == v);
    // Same counted thing, different count.
    for x in &sa {
        if x.noun.is_none() || in_b(x.value) {
            continue;
        }
        for y in &sb {
            let same_thing = y.noun == x.noun || (x.noun_class & y.noun_class) != 0;
            if same_thing && y.value != x.value && !in_a(y.value) {
                // ... and two lengths of time measure the same event ("took another six
                // years to concede" / "was jailed for 12 years" are two facts). Other
                // counted things ("two other vehicles" / "several cars") say enough.
                let about_same = match (
                    tokens_within(a, (x.start, x.end)),
                    tokens_within(b, (y.start, y.end)),
                ) {
                    (Some(xt), Some(yt)) if is_duration(&a.tokens[xt.1]) => {
                        // An age ("61-year-old"): "old" belongs to the expression, and the
                        // anchor says whose age it is.
                        let old = |p: &Prepared, (lo, hi): (usize, usize)| {
                            let old = p.tokens.get(hi + 1).is_some_and(|t| t.norm == "old");
                            (lo, hi + usize::from(old))
                        };
                        same_anchor(a, old(a, xt), b, old(b, yt))
                    }
                    _ => true,
                };
                if about_same {
                    return Some(((x.start, x.end), (y.start, y.end)));
                }
            }
        }
    }
    None
}

/// A unit of time: a count of them is a length of time ("six years").
fn is_duration(t: &Token) -> bool {
    const UNITS: &[&str] = &[
        "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours",
        "minute", "minutes", "decade", "decades",
    ];
    UNITS.contains(&t.norm.as_str())
}

/// A word class (vehicles): both sides name one, and none of one side's appear in the other.
fn word_conflict(a: &Prepared, b: &Prepared, is: impl Fn(&Token) -> bool) -> Option<Ranges> {
    let wa: Vec<&Token> = a.tokens.iter().filter(|t| is(t)).collect();
    let wb: Vec<&Token> = b.tokens.iter().filter(|t| is(t)).collect();
    if wa.is_empty() || wb.is_empty() {
        return None;
    }
    if wa.iter().any(|x| wb.iter().any(|y| x.stem == y.stem)) {
        return None;
    }
    Some(((wa[0].start, wa[0].end), (wb[0].start, wb[0].end)))
}

/// Words naming the occasion of a statement: a place right after one ("at a news conference
/// at the Bellflower courthouse", "a briefing in Seoul") is where something was said.
const OCCASIONS: &[&str] = &[
    "conference",
    "briefing",
    "interview",
    "statement",
    "hearing",
];

/// Places: a name after a place preposition ("in Ohio", "at the Panmunjom truce village").
///
/// The place of a report is not the place of the fact, as with dates (see [`date_items`]):
/// a place right after a speech verb ("Brooks said in Seoul") or after the occasion of a
/// statement ("at a news conference at the Bellflower courthouse") is left out.
fn places(p: &Prepared) -> Vec<((usize, usize), Vec<u64>)> {
    let toks = &p.tokens;
    // A headline in title case ("Jewellery Stolen In Casty Shop Raid"): capitals say nothing.
    let words = toks.iter().filter(|t| t.kind == Kind::Word).count();
    let capitals = toks
        .iter()
        .filter(|t| t.kind == Kind::Word && t.capital)
        .count();
    if words >= 3 && capitals * 10 >= words * 7 {
        return Vec::new();
    }
    // The text's code points, collected only when a name follows a place preposition.
    let chars: std::cell::OnceCell<Vec<char>> = std::cell::OnceCell::new();
    let mut out = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        if !PLACE_PREPS.contains(&t.norm.as_str()) {
            continue;
        }
        if i >= 1 && {
            let before = toks[i - 1].norm.as_str();
            super::speakers::SPEECH.contains(&before) || OCCASIONS.contains(&before)
        } {
            continue;
        }
        let mut j = i + 1;
        if j < toks.len() && toks[j].norm == "the" {
            j += 1;
        }
        if j >= toks.len() || !toks[j].proper || toks[j].kind != Kind::Word {
            continue;
        }
        // One name: capitalised words with no comma between them ("in the US, Vincent
        // Gigante ..." is a place, then a person).
        let mut e = j;
        while e + 1 < toks.len()
            && toks[e + 1].proper
            && toks[e + 1].kind == Kind::Word
            && !chars
                .get_or_init(|| p.text.chars().collect())
                .get(toks[e].end..toks[e + 1].start)
                .is_some_and(|gap| gap.contains(&','))
        {
            e += 1;
        }
        let stems = toks[j..=e].iter().map(|t| t.stem).collect();
        out.push(((toks[j].start, toks[e].end), stems));
    }
    out
}

fn place_conflict(a: &Prepared, b: &Prepared) -> Option<Ranges> {
    let pa = places(a);
    let pb = places(b);
    if pa.is_empty() || pb.is_empty() {
        return None;
    }
    let mentions =
        |p: &Prepared, stems: &[u64]| stems.iter().any(|s| p.tokens.iter().any(|t| t.stem == *s));
    if pa.iter().any(|x| mentions(b, &x.1)) || pb.iter().any(|x| mentions(a, &x.1)) {
        return None;
    }
    Some((pa[0].0, pb[0].0))
}

#[derive(Clone, Copy, PartialEq)]
enum DateItem {
    /// Month and day (0 = no day).
    Day(u8, u32),
    Weekday(u8),
    Year(u32),
}

/// The dates of a sentence's facts. A date right after a speech verb ("said Wednesday",
/// "announced on Tuesday", "said last Friday") dates the report, not the fact, and is left out: "the
/// doctor said Wednesday he has regained consciousness" and "regaining consciousness on
/// Tuesday" agree.
fn date_items(p: &Prepared) -> Vec<(DateItem, (usize, usize), usize)> {
    let toks = &p.tokens;
    let mut out = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        let speech = |k: usize| super::speakers::SPEECH.contains(&toks[k].norm.as_str());
        let reported = (i >= 1 && speech(i - 1))
            || (i >= 2
                && matches!(
                    toks[i - 1].norm.as_str(),
                    "on" | "last" | "this" | "late" | "early"
                )
                && speech(i - 2));
        if reported {
            continue;
        }
        match t.kind {
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
                if day == 0 && i > 0 {
                    if let Kind::Number(v) = toks[i - 1].kind {
                        if toks[i - 1].date && v <= 31.0 {
                            day = v as u32;
                            s = toks[i - 1].start;
                        }
                    }
                }
                out.push((DateItem::Day(m, day), (s, e), i));
            }
            Kind::Weekday(d) => out.push((DateItem::Weekday(d), (t.start, t.end), i)),
            Kind::Number(v) if t.date && v >= 1800.0 => {
                out.push((DateItem::Year(v as u32), (t.start, t.end), i))
            }
            _ => {}
        }
    }
    out
}

/// How many content words on each side of a date or count [`anchor`] looks at.
const ANCHOR_WORDS: usize = 4;

/// What a date or a count is about: the content words (stem, event classes) within
/// [`ANCHOR_WORDS`] on each side of tokens `lo..=hi` (the expression: "Thursday, December
/// 11", "at least four times"), in its clause (a comma, semicolon, colon, dash or bracket
/// ends the clause). Numbers, dates and stop words are not counted.
fn anchor(p: &Prepared, chars: &[char], lo: usize, hi: usize) -> Vec<(u64, u32)> {
    let toks = &p.tokens;
    let boundary = |from: usize, to: usize| {
        chars.get(from..to).is_some_and(|gap| {
            // A spaced hyphen is a dash; the one inside "pin-up" is not.
            gap.iter().any(|c| ",;:()[]\u{2013}\u{2014}".contains(*c))
                || (gap.len() > 1 && gap.contains(&'-'))
        })
    };
    let content = |t: &Token| !t.stop && t.kind == Kind::Word && !t.date;
    let mut out = Vec::new();
    let (mut k, mut n) = (lo, 0);
    while k > 0 && n < ANCHOR_WORDS && !boundary(toks[k - 1].end, toks[k].start) {
        k -= 1;
        if content(&toks[k]) {
            out.push((toks[k].stem, toks[k].classes));
            n += 1;
        }
    }
    let (mut k, mut n) = (hi, 0);
    while k + 1 < toks.len() && n < ANCHOR_WORDS && !boundary(toks[k].end, toks[k + 1].start) {
        k += 1;
        if content(&toks[k]) {
            out.push((toks[k].stem, toks[k].classes));
            n += 1;
        }
    }
    out
}

/// The date expression around token `i`: the date tokens next to it, commas between them
/// included ("Thursday, December 11, 2008"), as token indices `(lo, hi)`.
fn date_expression(p: &Prepared, i: usize) -> (usize, usize) {
    let toks = &p.tokens;
    let (mut lo, mut hi) = (i, i);
    while lo > 0 && toks[lo - 1].date {
        lo -= 1;
    }
    while hi + 1 < toks.len() && toks[hi + 1].date {
        hi += 1;
    }
    (lo, hi)
}

/// The tokens inside code points `start..end` of `p`, as token indices `(lo, hi)`.
fn tokens_within(p: &Prepared, (start, end): (usize, usize)) -> Option<(usize, usize)> {
    let lo = p.tokens.iter().position(|t| t.start >= start)?;
    let hi = p.tokens.iter().rposition(|t| t.end <= end)?;
    (lo <= hi).then_some((lo, hi))
}

/// Whether two dates or counts (token ranges of `a` and `b`) are about the same thing:
/// their anchors ([`anchor`]) share a stem or an event class ("killed in Ohio on Monday" /
/// "killed in Texas on Friday"; "shot at least four times" / "shot several times"), or one
/// of them has no anchor to tell. A long sentence carries several facts with their own
/// dates and figures: "suffering a heart attack on December 2" and "passed away Thursday,
/// December 11" date two events, not one event twice.
fn same_anchor(
    a: &Prepared,
    (alo, ahi): (usize, usize),
    b: &Prepared,
    (blo, bhi): (usize, usize),
) -> bool {
    let ca: Vec<char> = a.text.chars().collect();
    let cb: Vec<char> = b.text.chars().collect();
    let xa = anchor(a, &ca, alo, ahi);
    let xb = anchor(b, &cb, blo, bhi);
    xa.is_empty()
        || xb.is_empty()
        || xa
            .iter()
            .any(|&(s, c)| xb.iter().any(|&(t, d)| s == t || c & d != 0))
}

/// Two dates of the same thing that differ: `Some((ranges, vague))`, `vague` when they
/// differ only in precision (a month against a day of it: "earlier in December" /
/// "on December 2"; the softer kind, like a vague count), otherwise in value.
fn date_conflict(a: &Prepared, b: &Prepared) -> Option<(Ranges, bool)> {
    let da = date_items(a);
    let db = date_items(b);
    let compatible = |x: DateItem, y: DateItem| match (x, y) {
        (DateItem::Day(m1, d1), DateItem::Day(m2, d2)) => {
            m1 == m2 && (d1 == d2 || d1 == 0 || d2 == 0)
        }
        (x, y) => x == y,
    };
    let same_kind = |x: DateItem, y: DateItem| {
        matches!(
            (x, y),
            (DateItem::Day(..), DateItem::Day(..))
                | (DateItem::Weekday(_), DateItem::Weekday(_))
                | (DateItem::Year(_), DateItem::Year(_))
        )
    };
    // A date both give ("in 1997" / "a July 1997 conviction"): the other dates are other
    // facts of a longer sentence, not a conflict.
    if da.iter().any(|&(x, _, _)| {
        db.iter()
            .any(|&(y, _, _)| x == y && !matches!(x, DateItem::Day(_, 0)))
    }) {
        return None;
    }
    for &(x, xr, xi) in &da {
        let same: Vec<&(DateItem, (usize, usize), usize)> =
            db.iter().filter(|(y, _, _)| same_kind(x, *y)).collect();
        if same.is_empty() || same.iter().any(|(y, _, _)| compatible(x, *y)) {
            continue;
        }
        // Every item of this kind in b disagrees with x; make sure b's also disagree with
        // a's, and that the two date the same thing.
        let (y, yr, yi) = *same[0];
        if !da.iter().any(|(z, _, _)| compatible(*z, y))
            && same_anchor(a, date_expression(a, xi), b, date_expression(b, yi))
        {
            return Some(((xr, yr), false));
        }
    }
    // The same month, a day on one side only, and no day of it on the other.
    let month_only = |d: &[(DateItem, (usize, usize), usize)], m: u8| {
        !d.iter()
            .any(|(z, _, _)| matches!(z, DateItem::Day(n, day) if *n == m && *day != 0))
    };
    for &(x, xr, xi) in &da {
        for &(y, yr, yi) in &db {
            let (DateItem::Day(m1, d1), DateItem::Day(m2, d2)) = (x, y) else {
                continue;
            };
            let precision = m1 == m2
                && ((d1 == 0 && d2 != 0 && month_only(&da, m1))
                    || (d2 == 0 && d1 != 0 && month_only(&db, m2)));
            if precision && same_anchor(a, date_expression(a, xi), b, date_expression(b, yi)) {
                return Some(((xr, yr), true));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matcher::features::Idf;

    /// The kinds of the flags of `a` against `b`, in order.
    fn kinds(a: &str, b: &str) -> Vec<DiscrepancyKind> {
        flags(a, b).into_iter().map(|x| x.0).collect()
    }

    fn flags(a: &str, b: &str) -> Vec<(DiscrepancyKind, String, String)> {
        let idf = Idf::builtin();
        discrepancies(&Prepared::new(a, idf), &Prepared::new(b, idf))
            .into_iter()
            .map(|d| (d.kind, d.a, d.b))
            .collect()
    }

    #[test]
    fn number_slot_with_vague_count_is_the_softer_kind() {
        let idf = Idf::builtin();
        let d = discrepancies(
            &Prepared::new("The defector was shot at least four times.", idf),
            &Prepared::new("The soldier, shot several times, underwent surgery.", idf),
        );
        assert!(d[0].vague, "{d:?}");
        let d = discrepancies(
            &Prepared::new("The defector was shot four times.", idf),
            &Prepared::new("The soldier was shot five times.", idf),
        );
        assert!(!d[0].vague, "{d:?}");
    }

    #[test]
    fn number_slot_with_vague_count() {
        let f = flags(
            "The defector was shot at least four times in his escape bid.",
            "The soldier, shot several times, underwent surgery.",
        );
        assert_eq!(
            f,
            vec![(
                DiscrepancyKind::Number,
                "at least four times".to_string(),
                "several times".to_string()
            )]
        );
        assert!(flags("He was shot four times.", "He was shot 4 times.").is_empty());
        let f = flags("He was shot five times.", "He was shot four times.");
        assert_eq!(f[0].0, DiscrepancyKind::Number);
        let f = flags(
            "Two South Korean soldiers crawled to him.",
            "Three South Korean soldiers crawled to him.",
        );
        assert_eq!(f[0].1, "Two South Korean soldiers");
        // The same kind of thing counted ("vehicles" / "cars"): a vague vs exact count.
        let f = flags(
            "During his flight, Lasalle struck two other vehicles.",
            "The driver took off, hitting several cars in the parking lot.",
        );
        assert_eq!(f[0].1, "two other vehicles", "{f:?}");
        assert_eq!(f[0].2, "several cars", "{f:?}");
        // Numbers counting different things are not a conflict.
        assert!(flags("He was shot four times.", "At the 6-minute mark he fell.").is_empty());
    }

    #[test]
    fn speakers_differ_or_agree() {
        let f = flags(
            "Security forces acted with restraint, Carroll said.",
            "Army Gen. Vincent Brooks, who commands U.S. forces in South Korea, said security forces acted appropriately.",
        );
        assert!(
            f.contains(&(
                DiscrepancyKind::Speaker,
                "Carroll".to_string(),
                "Army Gen. Vincent Brooks".to_string()
            )),
            "{f:?}"
        );
        let f = flags(
            "Forces acted, Carroll said.",
            "Colonel Chad Carroll told reporters forces acted.",
        );
        assert!(f.iter().all(|x| x.0 != DiscrepancyKind::Speaker), "{f:?}");
        assert!(flags("Forces acted, he said.", "Forces acted, Brooks said.").is_empty());
        let f = flags(
            "Carroll said the forces acted.",
            "Brooks said the forces acted.",
        );
        assert_eq!(
            f,
            vec![(DiscrepancyKind::Speaker, "Carroll".into(), "Brooks".into())]
        );
        assert!(flags("The forces acted.", "It said the forces acted.").is_empty());
        // The same words credited to two different people, named by role.
        let q = "\u{201c}The harbour is closed until further notice,\u{201d}";
        let f = flags(
            &format!("{q} the harbour master said."),
            &format!("{q} the mayor said on Monday."),
        );
        assert!(
            f.contains(&(
                DiscrepancyKind::Speaker,
                "harbour master".into(),
                "mayor".into()
            )),
            "{f:?}"
        );
        let f = flags(
            "The harbour is closed, said the harbour master.",
            "The harbour is closed, the harbour master said.",
        );
        assert!(f.iter().all(|x| x.0 != DiscrepancyKind::Speaker), "{f:?}");
        // "X said" vs "according to X": the same speaker, no flag.
        let f = flags(
            "The guard ran back after a few seconds, Carroll said.",
            "According to Carroll, the guard ran back after a few seconds.",
        );
        assert!(f.iter().all(|x| x.0 != DiscrepancyKind::Speaker), "{f:?}");
        // A name right after the verb is the speaker only after a comma or a quotation
        // ("..., said Carroll"); otherwise it is what was said, or who heard it.
        let names = |s: &str| -> Vec<String> {
            let p = Prepared::new(s, Idf::builtin());
            super::super::speakers::speakers(&p)
                .into_iter()
                .map(|(r, _)| surface(&p, r.0, r.1))
                .collect()
        };
        assert_eq!(
            names("Investigators say Sam's Club is looking into it."),
            ["Investigators"]
        );
        assert_eq!(
            names("Carroll told Reuters the guard ran back."),
            ["Carroll"]
        );
        assert_eq!(names("The guard ran back, said Carroll."), ["Carroll"]);
        // "said the troops had ...": an object clause, not a speaker.
        assert!(super::super::speakers::speakers(&Prepared::new(
            "He said the troops had crossed the line.",
            Idf::builtin()
        ))
        .is_empty());
    }

    #[test]
    fn vehicles_places_dates() {
        let f = flags(
            "He got out of the jeep and ran.",
            "He drove a truck and then ran.",
        );
        assert_eq!(
            f,
            vec![(DiscrepancyKind::Vehicle, "jeep".into(), "truck".into())]
        );
        assert!(flags("He left the jeep.", "He left the vehicle.").is_empty());
        let f = flags(
            "A man was killed in Ohio on Monday.",
            "A man was killed in Texas on Friday.",
        );
        let kinds: Vec<DiscrepancyKind> = f.iter().map(|x| x.0).collect();
        assert_eq!(kinds, vec![DiscrepancyKind::Place, DiscrepancyKind::Date]);
        let f = flags("It happened on Nov. 13.", "It happened on November 14.");
        assert_eq!(
            f,
            vec![(
                DiscrepancyKind::Date,
                "Nov. 13".into(),
                "November 14".into()
            )]
        );
        assert!(flags("It happened on Nov. 13.", "It happened on November 13.").is_empty());
        // A month against a day of it: the same date told less precisely, the softer kind.
        let idf = Idf::builtin();
        let d = discrepancies(
            &Prepared::new("She suffered a heart attack on December 2.", idf),
            &Prepared::new("She had suffered a heart attack earlier in December.", idf),
        );
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!((d[0].kind, d[0].vague), (DiscrepancyKind::Date, true));
        assert_eq!(
            (d[0].a.as_str(), d[0].b.as_str()),
            ("December 2", "December")
        );
        // A different month is a different value, not a vaguer one.
        let d = discrepancies(
            &Prepared::new("She suffered a heart attack on December 2.", idf),
            &Prepared::new("She suffered a heart attack in November.", idf),
        );
        assert_eq!((d[0].kind, d[0].vague), (DiscrepancyKind::Date, false));
        // The year alone says nothing against a day (no month to compare).
        assert!(flags("It happened in 2017.", "It happened on Nov. 13.").is_empty());
    }

    #[test]
    fn the_date_of_a_report_is_not_the_date_of_the_fact() {
        // The samples: the doctor spoke on Wednesday about what happened on Tuesday.
        assert!(flags(
            "The doctor said Wednesday he has regained consciousness.",
            "The soldier regained consciousness on Tuesday, doctors said.",
        )
        .is_empty());
        assert!(flags(
            "Police announced on Friday that the man was arrested.",
            "The man was arrested on Thursday.",
        )
        .is_empty());
        // Nor is the place of a report the place of the fact.
        assert!(flags(
            "Cooley said at a news conference at the Bellflower courthouse that the deputy died.",
            "The deputy died after a shooting in Hawaiian Gardens.",
        )
        .is_empty());
        assert!(flags(
            "Brooks said in Seoul that the soldier crossed the line.",
            "The soldier crossed the line at Panmunjom.",
        )
        .is_empty());
        // The place of the fact, further on, still counts.
        assert_eq!(
            kinds(
                "Cooley said at a news conference that the deputy died in Compton.",
                "The deputy died in Hawaiian Gardens.",
            ),
            vec![DiscrepancyKind::Place]
        );
        // A long sentence dates other facts too: a date of another event is no conflict.
        assert!(flags(
            "Her agent said Page died at a hospital after suffering a heart attack on December 2.",
            "Bettie Page passed away Thursday, December 11, at age 85.",
        )
        .is_empty());
        assert!(flags(
            "She moved to Florida in 1957 and married a much younger man.",
            "They divorced in 1947 and Page continued her modeling work.",
        )
        .is_empty());
        // Times of day are no counts; two people's ages are two facts.
        assert!(flags(
            "He was spotted shortly after 3 p. m. and chased.",
            "As of 11 p. m. authorities were still searching.",
        )
        .is_empty());
        assert!(flags(
            "Police arrested a 61-year-old former employee.",
            "A 63-year-old woman and two men were shot.",
        )
        .is_empty());
        assert_eq!(
            kinds("A 61-year-old man was shot.", "A 63-year-old man was shot."),
            vec![DiscrepancyKind::Number]
        );
        // Two counts of two facts are no conflict; two counts of one still are.
        assert!(flags(
            "It took another six years for Gigante to concede his subterfuge.",
            "He was jailed for 12 years, but it took until 2003 for him to admit it.",
        )
        .is_empty());
        assert_eq!(
            kinds(
                "He was jailed for six years.",
                "He was jailed for 12 years."
            ),
            vec![DiscrepancyKind::Number]
        );
        // The same event dated twice, in apposition too, still differs.
        assert_eq!(
            kinds(
                "Page died on Thursday, December 11, at a hospital.",
                "Page died on Tuesday, December 2.",
            ),
            vec![DiscrepancyKind::Date]
        );
        // A date of the fact after a speech verb further back still counts.
        assert_eq!(
            kinds(
                "The quake, officials said, struck on Monday.",
                "The quake struck on Sunday.",
            ),
            vec![DiscrepancyKind::Date]
        );
    }
}

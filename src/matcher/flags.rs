//! Discrepancy flags: the same slot of a matched pair filled differently — a number
//! ("at least four times" / "several times", "四枪" / "数枪"), a speaker ("Carroll said" /
//! "Brooks said"), a vehicle ("jeep" / "truck"), a place ("in Ohio" / "in Texas"), a date
//! ("Nov. 13" / "Nov. 14", "11月13日" / "11月14日"), which time it is ("his second DWI" /
//! "three prior convictions", `ordinal.rs`), an outcome ("arrested" / "released",
//! `outcome.rs`), a quotation (`quotes.rs`), a cause ("died of pneumonia" / "died after a
//! heart attack", `cause.rs`).
//!
//! A flag fires when the two sentences give the same fact differently, and only then: a
//! date or a count is compared with the other sentence's date or count about the same
//! thing (`anchor.rs`), each pair of facts giving its own flag, the softer kind when the
//! figures' bounds or ranges let both be true ("at least 10" / "twelve", "between 10 and 20" /
//! "15", `bounds.rs`); the place and date of a report are not those of the fact
//! (`report.rs`); a broader region is not in
//! conflict with a place it may contain (`regions.rs`), nor an area with a place of another kind
//! (`places.rs`); a generic source with a named speaker (`speakers/sources.rs`). Chinese
//! and Japanese counts and dates are read from the characters (`cjk.rs`). Names that differ
//! only by diacritics are one name, and a name's range ends at a comma, a bracket or a
//! quotation mark (`names.rs`).
//!
//! Ranges are code points of each prepared sentence's own text; the caller shifts them.

use super::features::Prepared;
use super::speakers::speaker_conflict;
use super::text::{Kind, Token};
use super::{Discrepancy, DiscrepancyKind};

mod anchor;
mod bounds;
mod cjk;
mod dates;
mod names;
mod ordinal;
mod places;
mod regions;
mod report;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_bounds;
#[cfg(test)]
mod tests_cjk;
#[cfg(test)]
mod tests_places;
#[cfg(test)]
mod tests_speakers;

use anchor::{anchor_match, pair_best, tokens_within};
use bounds::{agree, bound_before, Bound, Verdict};
use dates::date_conflicts;
pub(crate) use names::{fold_diacritics, joins_name, same_name_word};
use places::place_conflicts;

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
/// Vehicle words of no group in [`VEHICLE_SAME`] (each word is on one list only: a vehicle
/// word is one on either; the test `each_vehicle_word_is_on_one_list` keeps it so).
const VEHICLES: &[&str] = &[
    "jeep",
    "van",
    "suv",
    "tractor",
    "pickup",
    "tank",
    "ambulance",
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
    "tram",
    "subway",
    "wagon",
    "jeeps",
];

pub(crate) fn surface(p: &Prepared, start: usize, end: usize) -> String {
    p.text.chars().skip(start).take(end - start).collect()
}

/// A flag of `kind` on code points `ar` of `a` and `br` of `b`; `vague` for the softer
/// kind (one side vague or less sure, the other exact).
fn flag(
    kind: DiscrepancyKind,
    (a, ar): (&Prepared, (usize, usize)),
    (b, br): (&Prepared, (usize, usize)),
    vague: bool,
) -> Discrepancy {
    Discrepancy {
        kind,
        a: surface(a, ar.0, ar.1),
        b: surface(b, br.0, br.1),
        a_range: ar,
        b_range: br,
        vague,
    }
}

/// All discrepancy flags of a pair, by kind (numbers, speaker, vehicle, places, dates,
/// outcome, quote, cause). A speaker, a vehicle, an outcome, a quote and a cause give at most one flag
/// each; numbers, places and dates give one per pair of facts that differ (a sentence may
/// date, count or place two facts).
pub fn discrepancies(a: &Prepared, b: &Prepared) -> Vec<Discrepancy> {
    use DiscrepancyKind as K;
    let mut out = Vec::new();
    for ((ar, br), vague) in number_conflicts(a, b) {
        out.push(flag(K::Number, (a, ar), (b, br), vague));
    }
    // Which time it is ("his second DWI" / "three prior DUI convictions"), unless a count
    // flag already covers those words ("his 2nd DWI" / "his 3rd DWI" read as counts).
    if let Some((ar, br)) = ordinal::ordinal_conflict(a, b) {
        let overlaps = |x: (usize, usize), y: (usize, usize)| x.0 < y.1 && y.0 < x.1;
        if !out
            .iter()
            .any(|f| overlaps(f.a_range, ar) || overlaps(f.b_range, br))
        {
            out.push(flag(K::Number, (a, ar), (b, br), false));
        }
    }
    if let Some((ar, br)) = speaker_conflict(a, b) {
        out.push(flag(K::Speaker, (a, ar), (b, br), false));
    }
    if let Some((ar, br)) = vehicle_conflict(a, b) {
        out.push(flag(K::Vehicle, (a, ar), (b, br), false));
    }
    for (ar, br) in place_conflicts(a, b) {
        out.push(flag(K::Place, (a, ar), (b, br), false));
    }
    for ((ar, br), vague) in date_conflicts(a, b) {
        out.push(flag(K::Date, (a, ar), (b, br), vague));
    }
    if let Some((ar, br)) = super::outcome::outcome_conflict(a, b) {
        out.push(flag(K::Outcome, (a, ar), (b, br), false));
    } else if let Some((ar, br)) = super::outcome::hedge_conflict(a, b) {
        // Told as done against as expected: the softer kind.
        out.push(flag(K::Outcome, (a, ar), (b, br), true));
    }
    if let Some((ar, br)) = super::quotes::quote_conflict(a, b) {
        out.push(flag(K::Quote, (a, ar), (b, br), false));
    }
    if let Some((ar, br)) = super::cause::cause_conflict(a, b) {
        out.push(flag(K::Cause, (a, ar), (b, br), false));
    }
    out
}

/// Whether a place name (its tokens' normalised forms, joined by spaces: "ohio", "u.s.",
/// "south korea") is a country, a US state or a continent (`regions.rs`).
pub(crate) fn is_region(name: &str) -> bool {
    places::is_region(name)
}

pub(crate) type Ranges = ((usize, usize), (usize, usize));

/// For tests of a slot rule `rule`: the texts it flags in sentences `a` and `b` (prepared
/// with the built-in IDF), `None` when it flags nothing.
#[cfg(test)]
pub(crate) fn flagged_texts(
    rule: fn(&Prepared, &Prepared) -> Option<Ranges>,
    a: &str,
    b: &str,
) -> Option<(String, String)> {
    let idf = super::prepared::Idf::builtin();
    let (pa, pb) = (Prepared::new(a, idf), Prepared::new(b, idf));
    rule(&pa, &pb).map(|((a0, a1), (b0, b1))| (surface(&pa, a0, a1), surface(&pb, b0, b1)))
}

struct NumSlot {
    value: u64,
    noun: Option<u64>,
    /// The counted noun's synonym classes (`align::SYNONYMS`): "vehicles" / "cars".
    noun_class: u32,
    /// A vague count ("several", "数").
    vague: bool,
    /// What the words around the figure say of it ("at least", "nearly"; `bounds.rs`).
    bound: Bound,
    start: usize,
    end: usize,
}

/// Time zones after a clock time ("1018 GMT").
const ZONES: &[&str] = &[
    "gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "et", "pt", "bst", "cet",
    "cest", "jst", "kst", "ist", "aest",
];

/// Words that end a street name ("Main Street", "Pennsylvania Avenue").
const STREETS: &[&str] = &[
    "street",
    "st",
    "avenue",
    "ave",
    "road",
    "rd",
    "boulevard",
    "blvd",
    "lane",
    "drive",
    "way",
    "place",
    "court",
    "highway",
    "parkway",
    "terrace",
    "square",
];

/// Whether the number at token `i` is part of an address, not a count: a block ("the
/// 12000 block of Main Street", "the 400 block") or a house number ("12 Main Street", "1600
/// Pennsylvania Avenue"). "About 10 blocks away" counts blocks; "the 12000 block" names one.
fn address(toks: &[Token], i: usize) -> bool {
    let Some(next) = toks.get(i + 1) else {
        return false;
    };
    if next.norm == "block" {
        return true;
    }
    // A name of one to three words ending in a street word.
    let mut j = i + 1;
    while j < toks.len() && j <= i + 4 && toks[j].kind == Kind::Word && toks[j].capital {
        if j > i + 1 && STREETS.contains(&toks[j].norm.as_str()) {
            return true;
        }
        j += 1;
    }
    false
}

/// Units of measure that may be written glued to their number ("58km", "2000ft"), lower
/// case. (Not "m" or "g": one letter, read as "million" or an abbreviation.)
const GLUED_UNITS: &[&str] = &[
    "km", "kms", "mi", "cm", "mm", "kg", "lb", "lbs", "ft", "mph", "kph", "kmh", "mw", "gw", "kw",
    "ha", "ml",
];

/// The counted-noun key of a unit of measure, the same glued ("58km") or spaced ("60 km").
fn unit_key(unit: &str) -> u64 {
    super::text::hash_str(&format!("unit {unit}"))
}

/// A number glued to its unit ("about 58km"), which the tokeniser keeps as one word: its
/// value and its unit. Not the tail of a number split by a comma ("2, 000ft": "000ft").
fn glued(toks: &[Token], i: usize) -> Option<(f64, &str)> {
    let t = &toks[i];
    if t.kind != Kind::Word {
        return None;
    }
    let split = t.norm.find(|c: char| !(c.is_ascii_digit() || c == '.'))?;
    let (num, unit) = t.norm.split_at(split);
    let split_number =
        i > 0 && matches!(toks[i - 1].kind, Kind::Number(_)) && t.start <= toks[i - 1].end + 2;
    if !num.starts_with(|c: char| c.is_ascii_digit())
        || (num.starts_with('0') && num.len() > 1)
        || !GLUED_UNITS.contains(&unit)
        || split_number
    {
        return None;
    }
    num.parse().ok().map(|v| (v, unit))
}

/// The counts of a sentence: numbers and vague quantities with what they count (the noun
/// after them, a unit), and the counts of Chinese and Japanese text (`cjk::han_counts`:
/// "四枪", "三人", "数枪").
fn number_slots(p: &Prepared) -> Vec<NumSlot> {
    let toks = &p.tokens;
    let mut out: Vec<NumSlot> = cjk::han_counts(p)
        .into_iter()
        .map(|c| NumSlot {
            value: c.value,
            noun: Some(c.counted),
            noun_class: 0,
            vague: c.vague,
            bound: c.bound,
            start: c.range.0,
            end: c.range.1,
        })
        .collect();
    let han = out.len();
    for (i, t) in toks.iter().enumerate() {
        // A figure a Chinese or Japanese count has read, with its bound ("超过30所").
        if out[..han]
            .iter()
            .any(|h| h.start <= t.start && t.end <= h.end)
        {
            continue;
        }
        let is_num = matches!(t.kind, Kind::Number(_)) && !t.date;
        let vague = t.kind == Kind::Vague;
        let glued = glued(toks, i);
        if (!is_num && !vague && glued.is_none()) || address(toks, i) {
            continue;
        }
        // Values compare as numbers ("4" / "four"); a vague word by its stem.
        let value = match (t.kind, glued) {
            (Kind::Number(v), _) | (_, Some((v, _))) => v.to_bits(),
            _ => t.stem,
        };
        // The lower figure of a range is read with the upper one ("between 10 and 20").
        if glued.is_none() && [i + 1, i + 2].iter().any(|&k| range_low(p, k).0 == Some(i)) {
            continue;
        }
        let (bound, first) = match (glued, range_low(p, i)) {
            (None, (Some(lo), first)) => match toks[lo].kind {
                Kind::Number(v) => (Bound::From(v.to_bits()), first),
                _ => (bound_before(toks, i).0, i),
            },
            _ => (bound_before(toks, i).0, i),
        };
        if let Some((_, unit)) = glued {
            out.push(NumSlot {
                value,
                noun: Some(unit_key(unit)),
                noun_class: 0,
                vague,
                bound,
                start: quantifier_start(toks, i),
                end: t.end,
            });
            continue;
        }
        let mut noun = None;
        let mut noun_class = 0;
        let mut end = t.end;
        for (j, n) in toks.iter().enumerate().skip(i + 1).take(3) {
            if n.kind == Kind::Word && GLUED_UNITS.contains(&n.norm.as_str()) && j == i + 1 {
                noun = Some(unit_key(&n.norm));
                end = n.end;
                break;
            }
            // A letter is an abbreviation, not a counted thing ("3 p. m."); a time zone
            // makes a clock time ("by 1018 GMT, but analysts ...").
            if n.kind == Kind::Word
                && (n.norm.chars().count() == 1 || ZONES.contains(&n.norm.as_str()))
            {
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
        out.push(NumSlot {
            value,
            noun,
            noun_class,
            vague,
            bound,
            start: quantifier_start(toks, first),
            end,
        });
    }
    out
}

/// The lower figure of a range whose upper figure is token `i` ("between 10 and 20", "from
/// 10 to 20", "10 to 20", "10-20" with a hyphen or an en dash, "two or three"), and the
/// token the range starts at ("between", "from", or the lower figure); `(None, i)` when
/// the figure at `i` is not the top of a range. Both figures are counts, not dates ("1990
/// to 1991" are years), and the lower is below the upper ("3-2" is a score, not a range).
fn range_low(p: &Prepared, i: usize) -> (Option<usize>, usize) {
    let toks = &p.tokens;
    let figure = |k: usize| match toks.get(k).map(|t| (t.kind, t.date)) {
        Some((Kind::Number(v), false)) => Some(v),
        _ => None,
    };
    let none = (None, i);
    let Some(hi) = figure(i) else {
        return none;
    };
    let below = |k: usize| figure(k).is_some_and(|lo| lo < hi);
    let word = |k: usize, w: &str| k < toks.len() && toks[k].norm == w;
    if i >= 1 && below(i - 1) {
        let gap = surface(p, toks[i - 1].end, toks[i].start);
        if matches!(gap.trim(), "-" | "\u{2013}") {
            return (Some(i - 1), i - 1);
        }
    }
    if i < 2 || !below(i - 2) {
        return none;
    }
    match toks[i - 1].norm.as_str() {
        "and" if i >= 3 && word(i - 3, "between") => (Some(i - 2), i - 3),
        "to" if i >= 3 && word(i - 3, "from") => (Some(i - 2), i - 3),
        "to" | "or" => (Some(i - 2), i - 2),
        _ => none,
    }
}

/// Where the count at token `i` starts, with up to two quantity modifiers before it ("at
/// least four", "about 58km") or the whole phrase of its bound ("as many as 100"), in code
/// points.
fn quantifier_start(toks: &[Token], i: usize) -> usize {
    let mut k = i;
    while k > 0 && i - k < 2 && QUANT_MODIFIERS.contains(&toks[k - 1].norm.as_str()) {
        // "at" only as in "at least", "at most" (not the place in "at about 58km").
        if toks[k - 1].norm == "at" && !matches!(toks[k].norm.as_str(), "least" | "most") {
            break;
        }
        k -= 1;
    }
    toks[k.min(bound_before(toks, i).1)].start
}

/// Counts of the same things that differ, one flag per pair of facts: a count of a
/// counted thing (its noun, or a synonym: "vehicles" / "cars") whose value the other
/// sentence does not give, against the other's count of that thing with a value this one
/// does not give. Each count is paired with the one about the same thing ([`anchor_match`],
/// best pairs first, [`pair_best`]): "Five people died and 20 people were injured" / "Six
/// people died and 30 people were injured" flags five / six and 20 / 30, not 20 / six.
/// Each flag says whether it is the softer kind: one count vague, the other not ("at least
/// four times" / "several times"), or figures whose bounds let both be true ("at least 10
/// people" / "twelve people", "nearly 100" / "98": [`agree`]). Figures that cannot both
/// be true ("at least 10" / "eight", "five" / "four") give the solid kind.
fn number_conflicts(a: &Prepared, b: &Prepared) -> Vec<(Ranges, bool)> {
    let sa = number_slots(a);
    let sb = number_slots(b);
    // A count the other sentence gives too, the same or within its bound ("at least 30" /
    // "30"), is no discrepancy.
    let in_b = |x: &NumSlot| sb.iter().any(|s| verdict(x, s) == Verdict::Agree);
    let in_a = |y: &NumSlot| sa.iter().any(|s| verdict(s, y) == Verdict::Agree);
    let mut candidates = Vec::new();
    for (i, x) in sa.iter().enumerate() {
        if x.noun.is_none() || in_b(x) {
            continue;
        }
        for (j, y) in sb.iter().enumerate() {
            let same_thing = y.noun == x.noun || (x.noun_class & y.noun_class) != 0;
            if !same_thing || verdict(x, y) == Verdict::Agree || in_a(y) {
                continue;
            }
            let (Some(xt), Some(yt)) = (
                tokens_within(a, (x.start, x.end)),
                tokens_within(b, (y.start, y.end)),
            ) else {
                candidates.push((i, j, 0.0));
                continue;
            };
            // Two lengths of time must measure the same event ("took another six years to
            // concede" / "was jailed for 12 years" are two facts). Other counted things
            // ("two other vehicles" / "several cars") say enough: the anchor only ranks.
            if is_duration(&a.tokens[xt.1]) {
                // An age ("61-year-old"): "old" belongs to the expression, and the anchor
                // says whose age it is.
                let old = |p: &Prepared, (lo, hi): (usize, usize)| {
                    let old = p.tokens.get(hi + 1).is_some_and(|t| t.norm == "old");
                    (lo, hi + usize::from(old))
                };
                if let Some(s) = anchor_match(a, old(a, xt), b, old(b, yt)) {
                    candidates.push((i, j, s));
                }
            } else {
                candidates.push((i, j, anchor_match(a, xt, b, yt).unwrap_or(0.0)));
            }
        }
    }
    pair_best(candidates)
        .into_iter()
        .map(|(i, j)| {
            let (x, y) = (&sa[i], &sb[j]);
            (((x.start, x.end), (y.start, y.end)), softer(x, y))
        })
        .collect()
}

/// How two counts compare: two figures by their bounds ([`agree`]); a vague count agrees
/// with the same vague count and is the softer kind against a figure.
fn verdict(x: &NumSlot, y: &NumSlot) -> Verdict {
    match (x.vague, y.vague) {
        (false, false) => agree(
            (f64::from_bits(x.value), x.bound),
            (f64::from_bits(y.value), y.bound),
        ),
        _ if x.value == y.value => Verdict::Agree,
        (a, b) if a != b => Verdict::Soft,
        _ => Verdict::Solid,
    }
}

/// Whether two differing counts give the softer flag: one vague and the other not, or two
/// figures whose bounds let both be true.
fn softer(x: &NumSlot, y: &NumSlot) -> bool {
    verdict(x, y) == Verdict::Soft
}

/// A unit of time: a count of them is a length of time ("six years").
fn is_duration(t: &Token) -> bool {
    const UNITS: &[&str] = &[
        "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours",
        "minute", "minutes", "decade", "decades",
    ];
    UNITS.contains(&t.norm.as_str())
}

/// Vehicle words that name one kind of vehicle (British and American words, short forms,
/// plurals): a "truck" and a "lorry" are the same vehicle, not a discrepancy.
const VEHICLE_SAME: &[&[&str]] = &[
    &["truck", "trucks", "lorry", "lorries"],
    &["bus", "buses", "coach", "coaches"],
    &["car", "cars", "automobile", "sedan", "hatchback"],
    &["plane", "planes", "airplane", "aircraft", "jet", "airliner"],
    &["bicycle", "bike"],
    &["motorcycle", "motorbike"],
    &["taxi", "cab"],
    &["boat", "boats", "ship", "ships"],
    &["helicopter", "helicopters", "chopper"],
];

/// One vehicle of each sentence that names none of the other's vehicles (by stem or by
/// [`VEHICLE_SAME`]): "jeep" / "truck", not "truck" / "lorry".
fn vehicle_conflict(a: &Prepared, b: &Prepared) -> Option<Ranges> {
    let group = |w: &str| VEHICLE_SAME.iter().position(|g| g.contains(&w));
    let is = |t: &&Token| VEHICLES.contains(&t.norm.as_str()) || group(&t.norm).is_some();
    let wa: Vec<&Token> = a.tokens.iter().filter(is).collect();
    let wb: Vec<&Token> = b.tokens.iter().filter(is).collect();
    let (x, y) = (wa.first()?, wb.first()?);
    let same = |x: &Token, y: &Token| {
        x.stem == y.stem || group(&x.norm).is_some_and(|g| group(&y.norm) == Some(g))
    };
    if wa.iter().any(|x| wb.iter().any(|y| same(x, y))) {
        return None;
    }
    Some(((x.start, x.end), (y.start, y.end)))
}

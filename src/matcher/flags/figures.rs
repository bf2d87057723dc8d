//! English figure phrases for the number flags: where a count starts (its quantity
//! modifiers), a range of two figures ("between 10 and 20", "10-20"), a figure glued to its
//! unit ("58km"), a figure said with "a" ("half a dozen", "a million"), and figures that
//! are no plain counts: a change ("rose from 10 to 20": the last figure is the one now, the
//! earlier one another fact), a score or a tally ("a 2-3 defeat", "won 3-1", "a 52-48
//! vote"), an address, a clock time's zone. Changes are read in `figures/changes.rs`,
//! scores and tallies in `figures/scores.rs`.

use super::bounds::bound_before;
use super::counts::no_count;
use super::surface;
use crate::matcher::features::Prepared;
use crate::matcher::lexicon::lex;
use crate::matcher::text::{phrase_at, Kind, Token};
pub(super) use changes::{change_before, change_earlier, change_part, change_start, change_word};
pub(super) use scores::{score_first, SCORE_AFTER};

mod changes;
mod ranges;
mod scores;

/// Words that may stand before a figure as part of its quantity ("at least", "about",
/// "only"): where a count's text starts.
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
/// Time zones after a clock time ("1018 GMT"); Central European Time in German ("2.40 Uhr
/// MEZ", summer "MESZ") and French ("HEC", "HAEC"), Western European ("WEZ", "WET") and
/// Eastern ("EET", "OEZ").
pub(super) const ZONES: &[&str] = &[
    "gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "et", "pt", "bst", "cet",
    "cest", "jst", "kst", "ist", "aest", "mez", "mesz", "hec", "haec", "wez", "wesz", "wet",
    "west", "eet", "eest", "oez", "oesz",
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
pub(super) fn address(toks: &[Token], i: usize) -> bool {
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
/// case. (Not "m" or "g": one letter, read as "million" or an abbreviation; "m" is metres
/// only beside a length, `text::metres_around`.)
pub(super) const GLUED_UNITS: &[&str] = &[
    "km", "kms", "mi", "cm", "mm", "kg", "lb", "lbs", "ft", "mph", "kph", "kmh", "mw", "gw", "kw",
    "ha", "ml", // Italian "il 34enne" (the 34-year-old): an age (`numbers::read`).
    "enne",
];

/// The counted-noun key of a unit of measure, the same glued ("58km") or spaced ("60 km").
pub(super) fn unit_key(unit: &str) -> u64 {
    crate::matcher::text::hash_parts(&["unit ", unit])
}

/// A number glued to its unit ("about 58km"), which the tokeniser keeps as one word: its
/// value and its unit. Not the tail of a number split by a comma ("2, 000ft": "000ft").
pub(super) fn glued(toks: &[Token], i: usize) -> Option<(f64, &str)> {
    let t = &toks[i];
    if t.kind != Kind::Word {
        return None;
    }
    let split = t.norm.find(|c: char| !(c.is_ascii_digit() || c == '.'))?;
    let (num, unit) = t.norm.split_at(split);
    let split_number =
        i > 0 && matches!(toks[i - 1].kind, Kind::Number(_)) && t.start <= toks[i - 1].end + 2;
    // "12m" beside a length is twelve metres ("waves of 12m", "12m high"; trial 38 F4).
    let metres = unit == "m" && crate::matcher::text::metres_around(&toks[..i], &toks[i + 1..]);
    if !num.starts_with(|c: char| c.is_ascii_digit())
        || (num.starts_with('0') && num.len() > 1)
        || !(GLUED_UNITS.contains(&unit) || metres)
        || split_number
    {
        return None;
    }
    num.parse().ok().map(|v| (v, unit))
}
/// The lower figure of a range whose upper figure is token `i` ("between 10 and 20", "from
/// 10 to 20", "10 to 20", "10-20" with a hyphen or an en dash, "two or three"), and the
/// token the range starts at ("between", "from", or the lower figure); `(None, i)` when
/// the figure at `i` is not the top of a range. Both figures are counts, not dates ("1990
/// to 1991" are years), and the lower is below the upper ("3-2" is a score, not a range,
/// and so is "a 2-3 defeat", [`score_first`]);
/// the figures of a change ("rose from 10 to 20", [`change_earlier`]) are none. The same
/// in five other languages: `figures/ranges.rs`.
pub(super) fn range_low(p: &Prepared, i: usize) -> (Option<usize>, usize) {
    let toks = &p.tokens;
    let none = (None, i);
    let Some(hi) = figure(toks, i) else {
        return none;
    };
    let below = |k: usize| figure(toks, k).is_some_and(|lo| lo < hi);
    let word = |k: usize, w: &str| k < toks.len() && toks[k].norm == w;
    // "07:00 – Five helicopters": a live post's clock time is no range's lower figure
    // (trial 55 F2: "00 – Five helicopters" was a range from 0).
    if i >= 1
        && below(i - 1)
        && score_first(p, i).is_none()
        && dashed(p, i - 1)
        && !no_count(p, i - 1)
    {
        return (Some(i - 1), i - 1);
    }
    // The two figures of a change are no range ("rose from 10 to 20"), nor two figures a
    // comma parts ("up $1.64, or 8.5 percent": the same change said twice).
    if i < 2 || !below(i - 2) || change_earlier(p, i - 2).is_some() {
        return none;
    }
    if surface(p, toks[i - 2].end, toks[i - 1].start).contains(',') {
        return none;
    }
    match toks[i - 1].norm.as_str() {
        _ if score_first(p, i).is_some() => none,
        "and" if i >= 3 && word(i - 3, "between") => (Some(i - 2), i - 3),
        "to" if i >= 3 && word(i - 3, "from") => (Some(i - 2), i - 3),
        // "rose $1.99 to $3.23", "rise by $300 to $2,800": a change and the figure now.
        "to" if change_before(p, i - 2) => none,
        "to" | "or" => (Some(i - 2), i - 2),
        // "entre 10 y 15", "zwischen 10 und 15", "de 10 a 15", "10 bis 15" (`ranges.rs`).
        _ => ranges::foreign_range(p, i).map_or(none, |(lo, s)| (Some(lo), s)),
    }
}

/// Where the count at token `i` starts, with up to two quantity modifiers before it ("at
/// least four", "about 58km") or the whole phrase of its bound ("as many as 100"), in code
/// points.
pub(super) fn quantifier_start(toks: &[Token], i: usize) -> usize {
    let mut k = i;
    while k > 0 && i - k < 2 && QUANT_MODIFIERS.contains(&toks[k - 1].norm.as_str()) {
        // "at" only as in "at least", "at most" (not the place in "at about 58km"); "to"
        // only as in "up to" (not the verb's in "rose to 12", "talked to several").
        if toks[k - 1].norm == "at" && !matches!(toks[k].norm.as_str(), "least" | "most") {
            break;
        }
        if toks[k - 1].norm == "to" && (k < 2 || toks[k - 2].norm != "up") {
            break;
        }
        // "an" only as in "an estimated 300" (not the article of "an 11-storey block",
        // shown as "14-storey ≠ an 11-storey": trial 45).
        if toks[k - 1].norm == "an" && toks[k].norm != "estimated" {
            break;
        }
        k -= 1;
    }
    toks[k.min(bound_before(toks, i).1)].start
}

/// The value of a number token, date or not.
fn number(t: &Token) -> Option<f64> {
    match t.kind {
        Kind::Number(v) => Some(v),
        _ => None,
    }
}

/// A figure that is no date: its value.
pub(super) fn figure(toks: &[Token], k: usize) -> Option<f64> {
    toks.get(k).filter(|t| !t.date).and_then(number)
}

/// A whole figure below 10,000, date or not: a figure of a clock time or of a date in
/// figures ("14:08", "28/11/2005").
pub(super) fn whole(t: &Token) -> Option<u32> {
    number(t)
        .filter(|&v| (0.0..10_000.0).contains(&v) && v.fract() == 0.0)
        .map(|v| v as u32)
}

/// Whether tokens `k` and `k + 1` are joined by a dash, a hyphen or an en dash with or
/// without spaces ("10-20", "2 \u{2013} 1"): a range or a score.
pub(super) fn dashed(p: &Prepared, k: usize) -> bool {
    let toks = &p.tokens;
    k + 1 < toks.len()
        && matches!(
            surface(p, toks[k].end, toks[k + 1].start).trim(),
            "-" | "\u{2013}"
        )
}

/// A figure said with "a" or "half a": "a million" (a scale word without a figure, read
/// as vague alone: "millions"), "a hundred", "half a dozen" (6), "half a million"; its
/// value and the token its words start at, `None` for a figure not said so ("a dozen" is
/// twelve by itself).
pub(super) fn article_figure(toks: &[Token], i: usize) -> Option<(f64, usize)> {
    let t = toks.get(i)?;
    let v = match t.kind {
        Kind::Number(v) => v,
        Kind::Vague => lex(&t.norm).scale?,
        _ => return None,
    };
    if i == 0 || toks[i - 1].norm != "a" {
        return None;
    }
    // "half" is read as the figure 0.5.
    let half = i >= 2 && toks[i - 2].kind == Kind::Number(0.5);
    match (half, t.kind) {
        (true, _) => Some((v / 2.0, i - 2)),
        (false, Kind::Vague) => Some((v, i - 1)),
        _ => None,
    }
}

/// A share told as a proportion: "one in five", "three out of four", "one of every ten".
/// For token `i`, the whole ("five"), the token of the part ("one") and the share in
/// percent (20.0); `None` when `i` ends no proportion. The part must not exceed the whole,
/// and neither may be part of a date ("one in 2010"). Figures are read as the tokeniser
/// reads them ([`proportion_with`] reads them another way).
pub(super) fn proportion(toks: &[Token], i: usize) -> Option<(usize, f64)> {
    proportion_with(toks, i, &|k| figure(toks, k)).map(|(part, share, _)| (part, share))
}

/// The words between the part and the whole of a proportion, lower case, in English
/// ("one in four", "three out of four", "one of every ten"), French ("un sur quatre"),
/// Spanish ("uno de cada cuatro"), Italian ("uno su quattro"), Portuguese ("um em cada
/// quatro"), German ("einer von vier") and Dutch ("één op de vier").
const PROPORTION_WORDS: &[&[&str]] = &[
    &["in"],
    &["out", "of"],
    &["of", "every"],
    &["in", "every"],
    &["sur"],
    &["de", "cada"],
    &["su"],
    &["em", "cada"],
    &["von"],
    &["op", "de"],
];

/// "One" as the part of a proportion when the tokeniser reads no figure there ("un train
/// sur quatre", "uno de cada cuatro", "einer von vier", "één op de vier"), lower case.
const ONE_PARTS: &[&str] = &[
    "one", "un", "une", "uno", "una", "um", "uma", "ein", "eine", "einer", "eines", "één", "een",
];

/// [`proportion`] with figures read by `value` (a token's figure, `None` for no figure or
/// a date): the part may be "one" as an article ([`ONE_PARTS`]), the words between part
/// and whole those of [`PROPORTION_WORDS`], and one noun may stand between the part and
/// those words after "one" ("one train in four", "un train sur quatre"; not before a unit:
/// "one goal in four minutes" is no share). Also gives whether such a noun stands there (the
/// proportion's text then ends at its whole).
pub(super) fn proportion_with(
    toks: &[Token],
    i: usize,
    value: &dyn Fn(usize) -> Option<f64>,
) -> Option<(usize, f64, bool)> {
    let whole = value(i).filter(|&w| w > 0.0)?;
    if toks
        .get(i + 1)
        .is_some_and(|n| super::units::unit_of(&n.norm).is_some())
    {
        return None;
    }
    let words = |k: usize, w: &[&str]| k + w.len() <= i && phrase_at(toks, k, w);
    let part_value =
        |k: usize| value(k).or_else(|| ONE_PARTS.contains(&toks[k].norm.as_str()).then_some(1.0));
    let noun = |k: usize| {
        toks[k].kind == Kind::Word && !toks[k].stop && !toks[k].date && value(k).is_none()
    };
    PROPORTION_WORDS.iter().find_map(|w| {
        let k = i.checked_sub(w.len() + 1)?;
        if !words(k + 1, w) {
            return None;
        }
        // "drei von fünf", "trois sur cinq" may be a part of a whole the sentence names
        // (`numbers::toll::part_of_figure`): of those words only "one" is a share.
        let any_part = matches!(w, ["in" | "out" | "of", ..] | [_, "cada"]);
        let at = |part_at: usize, nouned: bool| {
            let part =
                part_value(part_at).filter(|&p| p > 0.0 && p <= whole && (any_part || p == 1.0))?;
            Some((part_at, 100.0 * part / whole, nouned))
        };
        // "in" alone after a noun is a place or a time ("one train in four" is a share,
        // "killed one man in 2010" is not: the whole is no date).
        // The noun between only after "one" ("one train in four"; "the bottom 10
        // states in 13 of the 17 measures" is no share).
        at(k, false).or_else(|| {
            let part_at = k.checked_sub(1).filter(|_| noun(k))?;
            at(part_at, true).filter(|&(_, share, _)| (share * whole / 100.0 - 1.0).abs() < 1e-9)
        })
    })
}

/// How far a proportion's share is read as told roughly, in percentage points: "one in
/// five" sums up 19 % or 22 % as well as 20 % (the softer flag against those), but not
/// 25 %, which is "one in four" (the solid one).
pub(super) const PROPORTION_STEP: f64 = 5.0;

/// The place value of the last digit written in the figure of token `i` of value `value`:
/// 0.1 for "0.8", 0.01 for "0.81", 100,000 for "1.5 million", 1 for "38", "1,800", "1'800",
/// "1 800" or a figure in words. Two figures whose more precise one rounds to the other at the other's
/// last digit ("0.8 per cent" / "0.81 percent") may be one figure, rounded.
pub(super) fn figure_step(p: &Prepared, i: usize, value: f64) -> f64 {
    let t = &p.tokens[i];
    let s = surface(p, t.start, t.end);
    // Marks inside a figure: a decimal point, a thousands comma, apostrophe or space
    // ("1 200" is one token: `text::numerals::join_digit_groups`).
    let mark = |c: char| {
        matches!(c, '.' | ',' | '\'' | '’') || crate::matcher::text::GROUP_SPACES.contains(&c)
    };
    let digits: String = s
        .chars()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(|&c| c.is_ascii_digit() || mark(c))
        .collect();
    let digits = digits.trim_end_matches(mark);
    let decimals = digits.rsplit_once('.').map_or(0, |(_, d)| d.len()) as i32;
    let written: f64 = match digits.replace(|c: char| c != '.' && mark(c), "").parse() {
        Ok(v) if v > 0.0 => v,
        _ => return 1.0,
    };
    // The scale word folded into the figure ("million": 10^6), a power of ten.
    let scale = (value / written).log10();
    if !scale.is_finite() || (scale - scale.round()).abs() > 1e-6 {
        return 1.0;
    }
    10f64.powi(scale.round() as i32 - decimals)
}

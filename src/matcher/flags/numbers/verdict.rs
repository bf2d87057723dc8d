//! How two counts compare ([`verdict`]: agree, or differ in the solid or the softer kind),
//! and how a figure whose dot or comma may group thousands or mark decimals is read
//! ([`dot_thousands`], [`decimal_comma`]).

use super::round_bound::round_bound_holds;
use super::{NumSlot, Role};
use crate::matcher::features::Prepared;
use crate::matcher::flags::bounds::{agree, vague_agree, Bound, Verdict};
use crate::matcher::flags::figures::unit_key;
use crate::matcher::flags::surface;
use crate::matcher::text::Kind;

/// How a figure written with one dot or one comma and three digits after it ("1.500",
/// "1,325") is read ([`dot_thousands`]).
pub(super) enum Grouping {
    /// The dot groups thousands: 1,500.
    Thousands,
    /// The comma is a decimal comma: 1.325.
    Decimal,
    /// Either reading may be meant (1.5 or 1,500; 1,325 or 1.325): the figure agrees with
    /// both, unless the other figure settles it ([`verdict`]).
    Either,
}

/// German, Spanish, Italian, Dutch and other languages group thousands with a dot and
/// write a decimal comma, where the tokeniser reads a decimal point and a thousands comma
/// (so English text reads as written). For a figure written with one dot or comma and
/// exactly three digits after it, `grouped` the sentence's language when it is told
/// ([`Convention`]):
/// - in a language of the decimal comma, the dot groups thousands and the comma is a
///   decimal comma ("2.500 Euro": 2,500; "1,325 Franken": 1.325);
/// - in English, a comma groups thousands and a dot is a decimal point, except a dot in a
///   count of things (below);
/// - otherwise, a dot in a count of things ("1.500 workers": no one counts 1.5 workers) is
///   read as thousands, and so is any dot figure ending in "000" ("1.000 euros", "rose to
///   4.000"); a dot or comma in a sum of money, a bare figure or one in a unit of measure
///   ("$2.500", "rose to 1.023", "1,325 francs") may be either ([`Grouping::Either`]): an
///   exchange rate or a price is written with three decimals too ("the euro rose to
///   $1.085"). A comma in a count of things groups thousands ("1,500 workers");
/// - a percentage ("1.250 percent", a rate as written), a score or a date is read as
///   written (`None`), except in a language of the decimal comma.
pub(super) fn dot_thousands(p: &Prepared, s: &NumSlot, language: Convention) -> Option<Grouping> {
    let percent = s.noun == Some(unit_key("percent"));
    let comma_language = language == Convention::DecimalComma;
    if !matches!(s.role, Role::Count | Role::Earlier) || s.vague || (percent && !comma_language) {
        return None;
    }
    let t = p.tokens.get(s.tok?)?;
    if !matches!(t.kind, Kind::Number(_)) || t.date {
        return None;
    }
    let written = surface(p, t.start, t.end);
    let figure = written.trim_start_matches(|c: char| !c.is_ascii_digit());
    // The figure alone, not a scale word folded into its token ("2.500 millones": 2,500
    // million in a language of the decimal comma).
    let figure = figure
        .find(|c: char| !c.is_ascii_digit() && c != '.' && c != ',')
        .map_or(figure, |k| &figure[..k]);
    let dot = match (figure.contains('.'), figure.contains(',')) {
        (true, false) => true,
        (false, true) => false,
        _ => return None,
    };
    // "0.500" groups nothing.
    let (_, part) = crate::matcher::prepared::count_slots::three_after_mark(
        figure,
        if dot { '.' } else { ',' },
    )?;
    let things = s.noun.is_some() && s.dim == 0;
    match (language, dot) {
        (Convention::DecimalComma, true) => Some(Grouping::Thousands),
        (Convention::DecimalComma, false) => Some(Grouping::Decimal),
        (_, true) if things || part == "000" => Some(Grouping::Thousands),
        (Convention::DecimalPoint, false) => None,
        (_, false) if things => None,
        _ => Some(Grouping::Either),
    }
}

/// Reads figure `s` of `p` by the decimal mark of its sentence's `language` and its own
/// writing ([`dot_thousands`], [`decimal_comma`]): its value and step when its dot or comma
/// groups thousands or marks decimals, or its other reading ([`NumSlot::either`]), and
/// what its writing settles ([`NumSlot::comma`], [`NumSlot::point`], [`NumSlot::likely`]).
pub(super) fn read_marks(p: &Prepared, s: &mut NumSlot, language: Convention) {
    let toks = &p.tokens;
    // Times 1,000, to the nearest whole number ("1.023" is 1.0229999… in binary).
    let thousands = |v: u64| (f64::from_bits(v) * 1000.0).round().to_bits();
    let thousandths = |v: u64| (f64::from_bits(v) / 1000.0).to_bits();
    let written = s
        .tok
        .and_then(|t| toks.get(t))
        .map_or("".into(), |t| surface(p, t.start, t.end));
    let dot = written.contains('.');
    s.comma = language == Convention::DecimalComma || s.tok.is_some_and(|t| decimal_comma(p, t));
    s.point = language == Convention::DecimalPoint;
    s.likely = s.dim == 0
        || written
            .trim_end_matches(|c: char| !c.is_ascii_digit())
            .ends_with('0');
    match (dot_thousands(p, s, language), dot) {
        (Some(Grouping::Thousands), _) => {
            s.value = thousands(s.value);
            s.step *= 1000.0;
        }
        (Some(Grouping::Decimal), _) => {
            s.value = thousandths(s.value);
            s.step /= 1000.0;
        }
        (Some(Grouping::Either), true) => s.either = Some((thousands(s.value), s.step * 1000.0)),
        (Some(Grouping::Either), false) => s.either = Some((thousandths(s.value), s.step / 1000.0)),
        (None, _) => {}
    }
}

/// Which decimal mark a sentence's language writes ([`dot_thousands`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Convention {
    /// English: "1,500.25".
    DecimalPoint,
    /// German, French, Spanish, Italian, Portuguese, Dutch: "1.500,25".
    DecimalComma,
    /// The language is not told (a short sentence, another language).
    Unknown,
}

impl Convention {
    /// The convention of a sentence in `language` (`language::guess_sentence` of it).
    pub(super) fn of(language: Option<crate::matcher::language::Language>) -> Convention {
        use crate::matcher::language::Language;
        match language {
            Some(Language::English) => Convention::DecimalPoint,
            Some(
                Language::German
                | Language::French
                | Language::Spanish
                | Language::Italian
                | Language::Portuguese
                | Language::Dutch,
            ) => Convention::DecimalComma,
            _ => Convention::Unknown,
        }
    }
}

/// Whether token `tok` of `p` is a figure written with a decimal comma: one comma, no dot,
/// and one or two digits after the comma ("2,50") or a whole of 0 ("0,885").
pub(super) fn decimal_comma(p: &Prepared, tok: usize) -> bool {
    let Some(t) = p
        .tokens
        .get(tok)
        .filter(|t| matches!(t.kind, Kind::Number(_)))
    else {
        return false;
    };
    let written = surface(p, t.start, t.end);
    let figure = written.trim_start_matches(|c: char| !c.is_ascii_digit());
    match figure.split_once(',') {
        Some((whole, dec)) if !figure.contains('.') && !dec.contains(',') => {
            let dec = dec.trim_end_matches(|c: char| !c.is_ascii_digit());
            (1..=2).contains(&dec.len()) || (whole == "0" && !dec.is_empty())
        }
        _ => false,
    }
}

/// How two counts compare: two scores by their figures (the softer kind when one is told
/// roughly: "nearly 2-1"); two figures by their bounds
/// ([`agree`]); a vague count agrees with the same vague count or one of a size that meets
/// it ([`vague_agree`]), and is the softer kind against a figure or a vague count of
/// another size.
///
/// A figure with two readings ([`NumSlot::either`]) agrees when either reading does
/// ("1.500 workers" / "1,500 workers"), except that a figure written with a decimal comma
/// ("2,50 Euro", [`NumSlot::comma`]) settles the other's reading: its dot groups thousands
/// and its comma is a decimal comma ("2.500 Euro" / "2,50 Euro" differ; "1,325 Franken" /
/// "1,33 Franken" is the softer kind, one rounded). A figure read as written only with
/// three decimals against the same figure told with fewer ("2.500 euros" / "2.50 euros")
/// is the softer kind, not an agreement: 2,500 may be meant. With more ("$1.085" /
/// "$1.0850") it agrees. An agreement that needs a reading less likely than the one read
/// ([`NumSlot::likely`]: "$1.085" / "1,085 dollars", one thousand and eighty-five dollars
/// in English) is the softer kind too. A toll told as risen ([`NumSlot::risen`]) agrees
/// with its own figure alone.
pub(super) fn verdict(x: &NumSlot, y: &NumSlot) -> Verdict {
    let (x, y) = (&settled(x, y), &settled(y, x));
    let v = verdict_as_read(x, y);
    // A toll told as risen to its figure is an update of another figure of it ("more than
    // 600" / "has risen to at least 820").
    let update = (x.risen || y.risen) && x.value != y.value && !x.vague && !y.vague;
    if v == Verdict::Agree && update {
        return Verdict::Soft;
    }
    let padded =
        |x: &NumSlot, y: &NumSlot| x.either.is_some() && y.either.is_none() && y.step > x.step;
    if v == Verdict::Agree {
        return match padded(x, y) || padded(y, x) {
            true => Verdict::Soft,
            false => v,
        };
    }
    let other = |s: &NumSlot| {
        s.either.map(|(value, step)| NumSlot {
            value,
            either: None,
            step,
            ..*s
        })
    };
    let x_other = other(x).is_some_and(|x| verdict_as_read(&x, y) == Verdict::Agree);
    let y_other = other(y).is_some_and(|y| verdict_as_read(x, &y) == Verdict::Agree);
    if (x_other && x.likely) || (y_other && y.likely) {
        Verdict::Agree
    } else if x_other || y_other {
        Verdict::Soft
    } else {
        v
    }
}

/// Figure `x` as figure `y` lets it be read: in its reading of the decimal comma when
/// `y` is written with one ([`verdict`]) and `x`'s sentence is not one of the decimal
/// point (an English "$1.085" stays 1.085 against a German "1,085 Dollar"), as it stands
/// otherwise.
fn settled(x: &NumSlot, y: &NumSlot) -> NumSlot {
    match x.either {
        Some((value, step)) if y.comma && !x.point => NumSlot {
            value,
            step,
            either: None,
            ..*x
        },
        _ => *x,
    }
}

/// [`verdict`] for the figures as read.
fn verdict_as_read(x: &NumSlot, y: &NumSlot) -> Verdict {
    if x.role == Role::Score || y.role == Role::Score {
        return match (
            x.value == y.value,
            x.bound == y.bound && x.bound == Bound::Exact,
        ) {
            (true, _) => Verdict::Agree,
            (false, false) => Verdict::Soft,
            (false, true) => Verdict::Solid,
        };
    }
    match (x.vague, y.vague) {
        (false, false) => {
            let (xv, yv) = (f64::from_bits(x.value), f64::from_bits(y.value));
            match agree((xv, x.bound), (yv, y.bound)) {
                Verdict::Soft if round_bound_holds(x, y) || round_bound_holds(y, x) => {
                    Verdict::Agree
                }
                Verdict::Solid if share_to_the_point(x, y) => Verdict::Agree,
                Verdict::Solid if collective_near(x, y) || collective_near(y, x) => Verdict::Soft,
                Verdict::Solid if rounded((xv, x.step), (yv, y.step)) && !rates_apart(x, y) => {
                    Verdict::Soft
                }
                Verdict::Solid if xv == yv && (rounds_bound(x, y) || rounds_bound(y, x)) => {
                    Verdict::Soft
                }
                v => v,
            }
        }
        _ if x.value == y.value => Verdict::Agree,
        (true, true) => vague_agree(x.size, y.size),
        // A vague count of tens of thousands or more against a figure well below it
        // ("tens of thousands" / "about 2,000"): both cannot be true.
        (true, false) if far_below(y, x.size.0) => Verdict::Solid,
        (false, true) if far_below(x, y.size.0) => Verdict::Solid,
        _ => Verdict::Soft,
    }
}

/// Whether `x` is an approximate collective count ([`NumSlot::collective`]: "una
/// veintena", "une vingtaine", "a dozen") and `y` a figure of no bound within half to
/// twice it ("una veintena" / "32 personas": told differently, the softer flag; "una
/// veintena" / "200" stays the solid one). Issue 8, trial 57.
fn collective_near(x: &NumSlot, y: &NumSlot) -> bool {
    let (xv, yv) = (f64::from_bits(x.value), f64::from_bits(y.value));
    // "More than a dozen" is a bound, no collective told roughly.
    let told = matches!(x.bound, Bound::Exact | Bound::About);
    x.collective
        && told
        && !y.collective
        && y.bound == Bound::Exact
        && yv >= xv / 2.0
        && yv <= xv * 2.0
}

/// Whether one of two percentages is a share told as a fraction or a proportion ("a
/// third of", "un tiers des", "one in three": `figures::PROPORTION_STEP`) and the other
/// is that share to the whole point ("33 %", "33.3%"; trial 43 C5: "Un tiers / 33 %" was
/// the softer flag): one figure, no flag.
fn share_to_the_point(x: &NumSlot, y: &NumSlot) -> bool {
    let percent = Some(unit_key("percent"));
    let step = crate::matcher::flags::figures::PROPORTION_STEP;
    let (xv, yv) = (f64::from_bits(x.value), f64::from_bits(y.value));
    x.noun == percent
        && y.noun == percent
        && (x.step == step || y.step == step)
        && x.bound == Bound::Exact
        && y.bound == Bound::Exact
        && (xv - yv).abs() < 1.0
}

/// Whether exact figure `y` may be a rounding of the strict bound `x` on the same figure
/// ("More than 300 millimetres" / "300mm", "less than three hours" / "three hours", "more
/// than 30 houses" / "30 houses"; trial 40 T8): `y` is round, a multiple of ten or a
/// measure in a unit (a length, a length of time, a sum), so both may be told of one
/// fact (the softer kind). "More than seven people" / "seven people" stays solid.
fn rounds_bound(x: &NumSlot, y: &NumSlot) -> bool {
    let v = f64::from_bits(y.value);
    let round = (v >= 10.0 && v % 10.0 == 0.0) || y.dim != 0 || y.step >= 10.0;
    matches!(x.bound, Bound::MoreThan | Bound::LessThan) && y.bound == Bound::Exact && round
}

/// Whether figure `s` (with a bound of "about" or less, a fifth above it) lies below half
/// of `low`, the low end of a vague count of 10,000 or more ("tens of thousands":
/// 10,000; "millions").
fn far_below(s: &NumSlot, low: f64) -> bool {
    let v = f64::from_bits(s.value);
    low >= 10_000.0 && !matches!(s.bound, Bound::MoreThan | Bound::AtLeast) && v * 1.2 < low / 2.0
}

/// Whether two percentages are two rates, not one rounded: one told to hundredths, the
/// other in whole points, more than a tenth of the larger apart ("2%" / "2.25%": a rate
/// cut to 2% and one cut to 2.25%, trial 42 A2). A percentage given to hundredths is a
/// rate set or quoted so, and a rounding of it to whole points that far off would change
/// it (the solid kind). "3%" / "2.5%" (one decimal) and "45%" / "45.32%" (within a tenth)
/// may be one figure rounded.
fn rates_apart(x: &NumSlot, y: &NumSlot) -> bool {
    let percent = Some(unit_key("percent"));
    let (xv, yv) = (f64::from_bits(x.value), f64::from_bits(y.value));
    let (fine, coarse) = (x.step.min(y.step), x.step.max(y.step));
    x.noun == percent
        && y.noun == percent
        && fine <= 0.01 * (1.0 + 1e-9)
        && coarse >= 1.0
        && (xv - yv).abs() > xv.abs().max(yv.abs()) / 10.0 * (1.0 + 1e-9)
}

/// Whether one of two figures may be the other rounded: the one told more roughly (its
/// last digit of a larger place value, `step`) is within half a step of the other ("0.8" /
/// "0.81", "1.5 million" / "1,460,000", "one in five" / "22 percent", "a decade" / "15
/// years"). Figures told to the same place ("0.8" / "0.9", "3,000" / "3,200") are not;
/// nor a figure told in whole millions or more that is more than a tenth off the other
/// ("2 million euros" / "2.4 million euros", trial 34 F2.4): a sum said in whole millions
/// is said so exactly, rounding is told ("about 2 million"), so two such figures differ
/// (the solid kind).
fn rounded((x, sx): (f64, f64), (y, sy): (f64, f64)) -> bool {
    let coarse = sx.max(sy);
    let near = coarse < 1e6 || (x - y).abs() <= x.abs().max(y.abs()) / 10.0 * (1.0 + 1e-9);
    sx != sy && near && (x - y).abs() <= coarse / 2.0 * (1.0 + 1e-9)
}

/// Whether two differing counts give the softer flag: one vague and the other not, or two
/// figures whose bounds let both be true. The same figure in two units of one dimension
/// is the solid kind; two measures in two units that differ once converted
/// (`units::measures_apart`) are the softer kind when either is hedged ("about 15 miles" /
/// "some 20 nautical miles": trial 45), the solid kind when both are exact.
pub(super) fn softer(x: &NumSlot, y: &NumSlot) -> bool {
    if other_unit(x, y) {
        let hedged = |s: &NumSlot| s.bound != Bound::Exact;
        return x.value != y.value && (hedged(x) || hedged(y));
    }
    verdict(x, y) == Verdict::Soft
}

/// Whether two counts are in two units of one dimension ("60 km" / "60 miles", "$5
/// million" / "€5 million"; `units.rs`).
pub(super) fn other_unit(x: &NumSlot, y: &NumSlot) -> bool {
    x.dim != 0 && x.dim == y.dim && x.noun != y.noun
}

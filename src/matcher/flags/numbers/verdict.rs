//! How two counts compare ([`verdict`]: agree, or differ in the solid or the softer kind),
//! and how a figure whose dot may group thousands is read ([`dot_thousands`]).

use super::{NumSlot, Role};
use crate::matcher::features::Prepared;
use crate::matcher::flags::bounds::{agree, vague_agree, Bound, Verdict};
use crate::matcher::flags::figures::unit_key;
use crate::matcher::flags::surface;
use crate::matcher::text::Kind;

/// How a figure written with one dot and three digits after it ("1.500", "12.000") is
/// read ([`dot_thousands`]).
pub(super) enum Grouping {
    /// The dot groups thousands: 1,500.
    Thousands,
    /// Either reading may be meant (1.5 or 1,500): the figure agrees with both.
    Either,
}

/// German, Spanish, Italian, Dutch and other languages group thousands with a dot, where
/// the tokeniser reads a decimal point (so English text reads as written). For a figure
/// written with one dot and exactly three digits after it:
/// - a count of things ("1.500 workers", "4.000 officers": no one counts 1.5 workers) is
///   read as thousands; so is any such figure ending in "000" ("1.000 euros", "rose to
///   4.000");
/// - another figure, a sum of money, a bare figure or one in a unit of measure ("$2.500",
///   "rose to 1.023", "1.500 km") may be either ([`Grouping::Either`]): an exchange rate or a
///   price is written with three decimals too ("the euro rose to $1.085");
/// - a percentage ("1.250 percent", a rate as written), a score or a date is read as
///   written (`None`).
pub(super) fn dot_thousands(p: &Prepared, s: &NumSlot) -> Option<Grouping> {
    let percent = s.noun == Some(unit_key("percent"));
    if !matches!(s.role, Role::Count | Role::Earlier) || s.vague || percent {
        return None;
    }
    let t = p.tokens.get(s.tok)?;
    if !matches!(t.kind, Kind::Number(_)) || t.date {
        return None;
    }
    let written = surface(p, t.start, t.end);
    let figure = written.trim_start_matches(|c: char| !c.is_ascii_digit());
    let (whole, part) = figure.split_once('.')?;
    let digits = |d: &str| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit());
    // "0.500" groups nothing.
    if whole.len() > 3
        || whole.starts_with('0')
        || part.len() != 3
        || !digits(whole)
        || !digits(part)
    {
        return None;
    }
    let things = s.noun.is_some() && s.dim == 0;
    if things || part == "000" {
        Some(Grouping::Thousands)
    } else {
        Some(Grouping::Either)
    }
}

/// How two counts compare: two scores by their figures (the softer kind when one is told
/// roughly: "nearly 2-1"); two figures by their bounds
/// ([`agree`]); a vague count agrees with the same vague count or one of a size that meets
/// it ([`vague_agree`]), and is the softer kind against a figure or a vague count of
/// another size.
///
/// A figure with two readings ([`NumSlot::either`]) agrees when either reading does
/// ("1.500 workers" / "1,500 workers").
pub(super) fn verdict(x: &NumSlot, y: &NumSlot) -> Verdict {
    let v = verdict_as_read(x, y);
    if v == Verdict::Agree {
        return v;
    }
    let other = |s: &NumSlot| {
        s.either.map(|value| NumSlot {
            value,
            either: None,
            step: s.step * 1000.0,
            ..*s
        })
    };
    let agrees = other(x).is_some_and(|x| verdict_as_read(&x, y) == Verdict::Agree)
        || other(y).is_some_and(|y| verdict_as_read(x, &y) == Verdict::Agree);
    if agrees {
        Verdict::Agree
    } else {
        v
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
                Verdict::Solid if rounded((xv, x.step), (yv, y.step)) => Verdict::Soft,
                v => v,
            }
        }
        _ if x.value == y.value => Verdict::Agree,
        (true, true) => vague_agree(x.size, y.size),
        _ => Verdict::Soft,
    }
}

/// Whether one of two figures may be the other rounded: the one told more roughly (its
/// last digit of a larger place value, `step`) is within half a step of the other ("0.8" /
/// "0.81", "1.5 million" / "1,460,000", "one in five" / "22 percent"). Figures told to the
/// same place ("0.8" / "0.9", "3,000" / "3,200") are not.
fn rounded((x, sx): (f64, f64), (y, sy): (f64, f64)) -> bool {
    let coarse = sx.max(sy);
    sx != sy && (x - y).abs() <= coarse / 2.0 * (1.0 + 1e-9)
}

/// Whether two differing counts give the softer flag: one vague and the other not, or two
/// figures whose bounds let both be true. The same figure in two units of one dimension
/// is the solid kind.
pub(super) fn softer(x: &NumSlot, y: &NumSlot) -> bool {
    !other_unit(x, y) && verdict(x, y) == Verdict::Soft
}

/// Whether two counts are in two units of one dimension ("60 km" / "60 miles", "$5
/// million" / "€5 million"; `units.rs`).
pub(super) fn other_unit(x: &NumSlot, y: &NumSlot) -> bool {
    x.dim != 0 && x.dim == y.dim && x.noun != y.noun
}

//! Halves and quarters of a year (trial 40 T5: "expected to close in the second half of
//! 2027" / "in the first half of 2027", 0.97-1.00 with no flag): "the second half of
//! 2027", "H2 2027", "the third quarter", "Q3", "au second semestre", "au troisième
//! trimestre", "im zweiten Halbjahr", "in der zweiten Jahreshälfte", "im dritten Quartal",
//! "en el segundo semestre", "el tercer trimestre", "nel secondo semestre", "no terceiro
//! trimestre", "in de tweede helft", "het derde kwartaal", read by the date flags
//! (`flags/dates.rs`) as a [`DateItem::Period`].

use super::{date_expression, DateItem, Item};
use crate::matcher::features::Prepared;
use crate::matcher::flags::ordinal::ordinal;
use crate::matcher::flags::surface;
use crate::matcher::text::{Kind, Token};

/// A half of a year: [`DateItem::Period`]'s parts of a year.
pub(super) const HALF: u8 = 2;
/// A quarter of a year.
pub(super) const QUARTER: u8 = 4;

/// Nouns of a half and a quarter of a year after an ordinal, lower case, with the parts
/// of the year they count ([`HALF`], [`QUARTER`]). "Half" is the figure 0.5 to the
/// tokeniser and is read by its text ([`part_of_year`]).
const PARTS: &[(&str, u8)] = &[
    ("half", HALF),
    ("semestre", HALF),
    ("halbjahr", HALF),
    ("jahreshälfte", HALF),
    ("helft", HALF),
    ("mitad", HALF),
    ("metà", HALF),
    ("quarter", QUARTER),
    ("trimestre", QUARTER),
    ("quartal", QUARTER),
    ("kwartaal", QUARTER),
];

/// Dutch ordinals up to ten (the other languages' are `ordinal::ordinal`'s): a half or a
/// quarter reads the first four, a placing ("werd tweede", `ordinal::placing`) all.
pub(in crate::matcher::flags) const DUTCH: &[(&str, u32)] = &[
    ("eerste", 1),
    ("tweede", 2),
    ("derde", 3),
    ("vierde", 4),
    ("vijfde", 5),
    ("zesde", 6),
    ("zevende", 7),
    ("achtste", 8),
    ("negende", 9),
    ("tiende", 10),
];

/// The halves and quarters of a year sentence `p` names: an ordinal and a noun of
/// [`PARTS`] ("second half", "troisième trimestre", "dritten Quartal", "fourth-quarter"),
/// or a code ("H2", "Q3"), the year after them when one follows ("of 2027", "2027", "de
/// 2027") taken into the range, and that year's expression as theirs so that one flag
/// tells both ("second half of 2027" / "first half of 2028", not the year again).
pub(super) fn periods(p: &Prepared) -> Vec<Item> {
    let toks = &p.tokens;
    let mut out = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        let code = code_period(&t.norm);
        let (first, last, parts, n) = if let Some((parts, n)) = code {
            (i, i, parts, n)
        } else {
            let Some(parts) = toks.get(i + 1).and_then(|n| part_of_year(p, n)) else {
                continue;
            };
            let n = DUTCH
                .iter()
                .find(|(w, _)| *w == t.norm)
                .map(|d| d.1)
                .or_else(|| ordinal(p, t));
            let Some(n) = n else { continue };
            (i, i + 1, parts, n)
        };
        if n == 0 || n > u32::from(parts) {
            continue;
        }
        // "of 2027", "de 2027", "des Jahres 2027" is not read; "2027" right after.
        let year = (last + 1..(last + 3).min(toks.len())).find(|&k| {
            let y = &toks[k];
            y.date
                && matches!(y.kind, Kind::Number(v) if v >= 1800.0)
                && toks[last + 1..k]
                    .iter()
                    .all(|w| matches!(w.norm.as_str(), "of" | "de" | "del" | "du"))
        });
        let end = year.unwrap_or(last);
        let expression = year.map_or((first, last), |y| date_expression(p, y));
        out.push((
            DateItem::Period(parts, n as u8),
            (toks[first].start, toks[end].end),
            expression,
        ));
    }
    out
}

/// The parts of the year a noun of [`PARTS`] counts; "half", which the tokeniser reads
/// as the figure 0.5, by its text.
fn part_of_year(p: &Prepared, t: &Token) -> Option<u8> {
    let half =
        t.kind == Kind::Number(0.5) && surface(p, t.start, t.end).eq_ignore_ascii_case("half");
    let word = if half { "half" } else { t.norm.as_str() };
    PARTS.iter().find(|(w, _)| *w == word).map(|&(_, n)| n)
}

/// A half or a quarter written as a code ("H1", "H2", "Q3", lower case): its parts of
/// the year and which.
fn code_period(norm: &str) -> Option<(u8, u32)> {
    let mut c = norm.chars();
    let parts = match c.next()? {
        'h' => HALF,
        'q' => QUARTER,
        _ => return None,
    };
    let n = c.next()?.to_digit(10)?;
    (c.next().is_none() && (1..=u32::from(parts)).contains(&n)).then_some((parts, n))
}

/// Whether a half or a quarter (parts `d1`, which `n1`) and another (`d2`, `n2`) may be
/// one period: the same, or a quarter of the half ("the third quarter" / "the second
/// half").
pub(super) fn periods_compatible((d1, n1): (u8, u8), (d2, n2): (u8, u8)) -> bool {
    match (d1, d2) {
        _ if d1 == d2 => n1 == n2,
        (QUARTER, HALF) => n1.div_ceil(2) == n2,
        (HALF, QUARTER) => n2.div_ceil(2) == n1,
        _ => true,
    }
}

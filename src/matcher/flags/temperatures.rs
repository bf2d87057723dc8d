//! Temperatures for the number flags (session 28): a figure glued to its scale ("40C",
//! "104F", "-5C"), the scale after a degree sign ("40°C", "40 °F"), and the sign of a
//! temperature below zero ("-5C", "−5 degrees Celsius": the tokeniser drops the minus).
//! Two temperatures in two scales are compared in Celsius: "40C" / "104F" agree, "40C" /
//! "110F" differ; within a degree is a rounding ("38C" / "100F", 37.8 °C).

use super::surface;
use crate::matcher::features::Prepared;

/// A figure glued to the letter of its scale at token `i` ("40C", "104F", "-5C", "36.6C"),
/// the letter written upper case ("99c" is 99 cents): its value, signed, and the scale's
/// unit word for `units::unit_of` ("c" or "f").
pub(super) fn glued_temperature(p: &Prepared, i: usize) -> Option<(f64, &'static str)> {
    let t = p.tokens.get(i)?;
    // Cheap first: every token is asked.
    if !t.norm.starts_with(|c: char| c.is_ascii_digit()) || !t.norm.ends_with(['c', 'f']) {
        return None;
    }
    let text = surface(p, t.start, t.end);
    let letter = text.chars().last()?;
    let digits = &text[..text.len() - letter.len_utf8()];
    let scale = match letter {
        'C' => "c",
        'F' => "f",
        _ => return None,
    };
    if digits.is_empty()
        || !digits.starts_with(|c: char| c.is_ascii_digit())
        || !digits.bytes().all(|c| c.is_ascii_digit() || c == b'.')
    {
        return None;
    }
    let v: f64 = digits.parse().ok()?;
    Some((signed(p, i, v), scale))
}

/// Whether the scale word at token `j` follows its figure after a degree sign ("40°C",
/// "40 °F"), which makes a one-letter "C" or "F" a scale.
pub(super) fn after_degree_sign(p: &Prepared, j: usize) -> bool {
    let toks = &p.tokens;
    j > 0 && surface(p, toks[j - 1].end, toks[j].start).trim() == "°"
}

/// Words that tell a temperature, lower case ("Temperatures topped 43 C", "a heatwave"),
/// in the languages of the date words; a word starting with "temperat" or "températ" is
/// one too.
const TEMPERATURE_WORDS: &[&str] = &[
    "heat",
    "heatwave",
    "hot",
    "thermometer",
    "thermometers",
    "mercury",
    "chaleur",
    "canicule",
    "calor",
    "caldo",
    "hitze",
    "hittegolf",
];

/// Whether the one-letter scale at token `j` ("C", "F") is written upper case one space
/// after its figure ("43 C (109 F)") in a sentence that tells a temperature
/// ([`TEMPERATURE_WORDS`]): then it is the scale, though no degree sign is written ("Block
/// 4 C" is no temperature).
pub(super) fn spaced_scale(p: &Prepared, j: usize) -> bool {
    let toks = &p.tokens;
    if j == 0 || !matches!(&*surface(p, toks[j].start, toks[j].end), "C" | "F") {
        return false;
    }
    if surface(p, toks[j - 1].end, toks[j].start) != " " {
        return false;
    }
    toks.iter().any(|t| {
        t.norm.starts_with("temperat")
            || t.norm.starts_with("températ")
            || TEMPERATURE_WORDS.contains(&t.norm.as_str())
    })
}

/// Figure `v` of token `i`, negative when a minus sign is written right before it ("-5C",
/// "−5 degrees": no word or figure before the sign).
pub(super) fn signed(p: &Prepared, i: usize, v: f64) -> f64 {
    if minus_before(p, i) {
        -v
    } else {
        v
    }
}

/// Whether a minus sign is written right before token `i`, no word or figure before it.
fn minus_before(p: &Prepared, i: usize) -> bool {
    let Some(t) = p.tokens.get(i) else {
        return false;
    };
    let before: Vec<char> = p
        .text
        .chars()
        .take(t.start)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .take(2)
        .collect();
    matches!(before.first(), Some('-' | '\u{2212}'))
        && before.get(1).is_none_or(|c| !c.is_alphanumeric())
}

/// Where the figure of token `i` with value `value` (its `f64` bits) starts, its quantity
/// modifiers with it (`figures::quantifier_start`), and its minus sign when it is below
/// zero ("-5C").
pub(super) fn signed_start(p: &Prepared, i: usize, value: u64) -> usize {
    let start = super::figures::quantifier_start(&p.tokens, i);
    match p.tokens.get(i) {
        Some(t) if f64::from_bits(value) < 0.0 && minus_before(p, i) => start.min(t.start - 1),
        _ => start,
    }
}

/// A temperature in Celsius from figure `v` in the scale of unit key `noun`; `None` for a
/// unit that is no temperature scale.
fn celsius(noun: u64, v: f64) -> Option<f64> {
    // The two scales' keys, read once (every two counts of two sentences are asked).
    static KEYS: std::sync::OnceLock<(Option<u64>, Option<u64>)> = std::sync::OnceLock::new();
    let (c, f) = *KEYS.get_or_init(|| {
        let key = |w: &str| super::units::unit_of(w).map(|(k, _)| k);
        (key("celsius"), key("fahrenheit"))
    });
    if Some(noun) == c {
        Some(v)
    } else if Some(noun) == f {
        Some((v - 32.0) * 5.0 / 9.0)
    } else {
        None
    }
}

/// Whether unit key `noun` is a temperature scale (Celsius or Fahrenheit).
pub(super) fn is_scale(noun: u64) -> bool {
    celsius(noun, 0.0).is_some()
}

/// Whether two temperatures told in two scales differ by a degree Celsius or more ("40C" /
/// "110F"); `false` for the same scale (compared as figures are), for a rounding ("38C" /
/// "100F") and for anything that is no temperature.
pub(super) fn apart_in_two_scales((x, nx): (f64, u64), (y, ny): (f64, u64)) -> bool {
    match (celsius(nx, x), celsius(ny, y)) {
        (Some(cx), Some(cy)) => nx != ny && (cx - cy).abs() >= 1.0,
        _ => false,
    }
}

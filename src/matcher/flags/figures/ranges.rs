//! Ranges of two figures in French, German, Spanish, Italian and Portuguese (session 28),
//! read as the English ones are (`figures::range_low`): "entre 10 y 15 años", "entre 10 et
//! 15 ans", "zwischen 10 und 15 Jahren", "tra 10 e 15 anni", "de 10 a 15 anos", "da 10 a
//! 15", "de 10 à 15", "von 10 bis 15", "desde 10 hasta 15", "10 bis 15", "10 à 15 ans",
//! "tres o cuatro", "drei oder vier". A range stands for the values from one figure to
//! the other: "entre 10 y 15 años" and "12 años" may both be true (the softer flag), "20
//! años" may not (the solid one, the range shown whole).

use crate::matcher::features::Prepared;
use crate::matcher::text::Kind;

/// Words that open a range whose figures "and" joins ("between 10 and 20"): French and
/// Spanish and Portuguese "entre", German "zwischen", Italian "tra" / "fra", Dutch "tussen".
const BETWEEN: &[&str] = &["entre", "zwischen", "tra", "fra", "tussen"];

/// "And" between the figures of such a range.
const AND: &[&str] = &["y", "e", "et", "und", "en"];

/// Words that open a range whose figures "to" joins ("from 10 to 20"): Spanish and
/// Portuguese "de", "desde", Italian "da", "dai", French "de", German "von", Dutch "van".
const FROM: &[&str] = &["de", "desde", "da", "dai", "von", "van"];

/// "To" between the figures of such a range.
const TO: &[&str] = &["a", "à", "al", "ai", "hasta", "bis", "tot"];

/// "To" that joins two figures into a range with no word before them ("10 bis 15
/// Jahre", "10 à 15 ans", "10 a 15 años"), from whole figures. "A" and "à" are read only
/// before a word that is no stop word (what the figures count): "ganó 3 a 1" is a score.
const BARE_TO: &[&str] = &["bis", "à", "a", "tot"];

/// "Or" between two figures ("tres o cuatro", "deux ou trois", "drei oder vier"; not Dutch
/// "of", English "three of five" is a part).
const OR: &[&str] = &["o", "u", "ou", "oder"];

/// The lower figure (`i - 2`) of a range whose upper figure is token `i` and the token the
/// range starts at, told in one of the languages above; `None` when the words are none
/// of a range. The caller has checked that `i - 2` is a lower figure, no change nor score.
pub(super) fn foreign_range(p: &Prepared, i: usize) -> Option<(usize, usize)> {
    let toks = &p.tokens;
    let word = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    let (joiner, opener) = (word(i.checked_sub(1)?), i.checked_sub(3).map_or("", word));
    let lo = i.checked_sub(2)?;
    if (AND.contains(&joiner) && BETWEEN.contains(&opener))
        || (TO.contains(&joiner) && FROM.contains(&opener))
    {
        return Some((lo, i - 3));
    }
    // "10 à 15 ans": a counted word after the range (not "ganó 3 a 1.").
    let counted = toks
        .get(i + 1)
        .is_some_and(|n| n.kind == Kind::Word && !n.stop);
    // Whole figures from one up: "half a dozen" (0.5, "a", 12) is six. German "bis" and
    // Dutch "tot" join decimals too ("7,2 tot 7,7 miljard", trial 42 C5): they are no
    // word of a dozen.
    let whole = |k: usize| matches!(toks[k].kind, Kind::Number(v) if v >= 1.0 && v.fract() == 0.0);
    let positive = |k: usize| matches!(toks[k].kind, Kind::Number(v) if v > 0.0);
    let to_word = joiner == "bis" || joiner == "tot";
    let bare = BARE_TO.contains(&joiner)
        && (whole(lo) || (to_word && positive(lo)))
        && (to_word || counted);
    (bare || OR.contains(&joiner)).then_some((lo, lo))
}

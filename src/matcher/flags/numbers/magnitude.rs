//! The magnitude of an earthquake, however it is written (trial 28, F6): "a magnitude 6.8
//! earthquake", "the 6.7-magnitude quake", "a 6.7 magnitude quake", "a 6.8 earthquake",
//! "measured 6.1 on the Richter scale", "ein Erdbeben der Stärke 6,8", "un séisme de
//! magnitude 6,8", "un sismo de magnitud 6,8", "un terremoto di magnitudo 6,8". Each
//! counts one thing, the magnitude, whatever its noun reads ("quake", "magnitude",
//! "earthquake"): two that differ are the number flag.

use super::{NumSlot, Role};
use crate::matcher::features::Prepared;
use crate::matcher::flags::figures::unit_key;
use crate::matcher::text::Token;

/// Words of magnitude right before the figure ("magnitude 6.8", "Stärke 6,8") or right
/// after it ("6.7-magnitude", "6.7 magnitude"), lower case.
const MAGNITUDE: &[&str] = &["magnitude", "magnitud", "magnitudo", "stärke", "richter"];

/// Words of an earthquake: a figure with a decimal right before one is its magnitude ("a
/// 6.8 earthquake"; "five earthquakes" is a count).
const QUAKES: &[&str] = &[
    "earthquake",
    "quake",
    "tremor",
    "aftershock",
    "erdbeben",
    "beben",
    "nachbeben",
    "séisme",
    "seisme",
    "terremoto",
    "sismo",
    "temblor",
];

/// Whether token `t` is a word of [`QUAKES`].
fn quake_word(t: &Token) -> bool {
    QUAKES.contains(&t.norm.as_str())
}

/// Whether token `t` is a word of [`MAGNITUDE`].
fn magnitude_word(t: &Token) -> bool {
    MAGNITUDE.contains(&t.norm.as_str())
}

/// Makes each figure of `out` (of sentence `p`) that tells a magnitude a count of the
/// magnitude: its counted noun is the unit "magnitude" (as glued "6.7-magnitude" reads),
/// and a word of magnitude right before it joins its text ("magnitude 6.8 earthquake").
pub(super) fn magnitudes(p: &Prepared, out: &mut [NumSlot]) {
    let toks = &p.tokens;
    let key = unit_key("magnitude");
    for s in out.iter_mut() {
        let Some(tok) = s.tok.filter(|&t| t < toks.len()) else {
            continue;
        };
        if s.role != Role::Count || s.dim != 0 || s.vague {
            continue;
        }
        // "magnitude 6.8", "a magnitude of 6.8", "einer Stärke von 6,8".
        let of = |k: usize| matches!(toks[k].norm.as_str(), "of" | "von" | "de" | "di");
        let decimal = s.step < 1.0;
        // "un terremoto de 6,7", "a quake of 6.7": a decimal figure after a quake.
        let word_before = |t: &Token| magnitude_word(t) || (decimal && quake_word(t));
        let before = match tok {
            k if k >= 1 && word_before(&toks[k - 1]) => Some(k - 1),
            k if k >= 2 && of(k - 1) && word_before(&toks[k - 2]) => Some(k - 2),
            _ => None,
        };
        // "6.7-magnitude", "6.1 on the Richter scale" after the figure.
        let word_at = |d: usize| toks.get(tok + d);
        let after = word_at(1).is_some_and(magnitude_word)
            || word_at(3).is_some_and(|t| t.norm == "richter");
        let quake = decimal && toks.get(tok + 1).is_some_and(quake_word);
        if before.is_none() && !after && !quake {
            continue;
        }
        (s.noun, s.noun_class, s.toll, s.ident, s.name) = (Some(key), 0, None, false, 0);
        (s.verb_noun, s.bare, s.listed, s.whole) = (false, false, false, false);
        // Its text from the word of magnitude before it to the figure, or to the quake
        // after it ("magnitude 6.8 earthquake"; not "Stärke 6,8 erschütterte").
        if let Some(k) = before {
            s.start = s.start.min(toks[k].start);
            if !quake && !after {
                s.end = toks[tok].end;
            }
        }
    }
}

//! The halves of the day after a clock time are no names: "6:40 PM", "5:10 AM" (an
//! acronym's capitals) and the spaced "6 p. m.", "5 A. M." (Spanish style, two letters of
//! one token each). A dotted "a.m." / "p.m." is never one (`analyse`, with
//! `lexicon::DOTTED_DAY_HALVES`). Trial 55 F1: "at about 6:40 p.m., police said" was read
//! as the police of a place "P.M.", the article as told in another place than its
//! neighbour's.

use super::{Kind, Token};

/// Whether token `k` of `toks` is a figure (the clock time's hour or minutes).
fn figure(toks: &[Token], k: usize) -> bool {
    toks.get(k)
        .is_some_and(|t| matches!(t.kind, Kind::Number(_)))
}

/// Take the name mark (`proper`) off the halves of the day right after a figure: "AM",
/// "PM" (one token), "a" / "p" then "m" (two).
pub(super) fn clock_halves(toks: &mut [Token]) {
    for k in 1..toks.len() {
        if !figure(toks, k - 1) {
            continue;
        }
        match toks[k].norm.as_str() {
            "am" | "pm" => toks[k].proper = false,
            "a" | "p" if toks.get(k + 1).is_some_and(|t| t.norm == "m") => {
                toks[k].proper = false;
                toks[k + 1].proper = false;
            }
            _ => {}
        }
    }
}

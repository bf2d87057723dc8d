//! Counts that tell a building's size by its floors (trial 56: "un immeuble de cinq
//! étages" was flagged "three floors ≠ cinq étages" against "brought down the top three
//! floors of the building"): an attribute of the building, as "a five-storey building"
//! is, compared only with another building's size (`numbers.rs`), as a population is
//! with a population.

use super::NumSlot;
use crate::matcher::features::Prepared;
use crate::matcher::lexicon::building_sizes::{BUILDINGS, FLOORS, SIZE_LINKS};

/// Whether count `s` of `p` is a building's size: a noun of floors right after its
/// figure ([`FLOORS`]), and before it a link ([`SIZE_LINKS`]) right after a noun of a
/// building ([`BUILDINGS`]): "un immeuble de cinq étages", "a building of five floors",
/// "ein Haus mit fünf Etagen". `false` for a count of no token.
pub(super) fn building_size(p: &Prepared, s: &NumSlot) -> bool {
    let toks = &p.tokens;
    let Some(tok) = s.tok.filter(|&t| t >= 2 && t + 1 < toks.len()) else {
        return false;
    };
    let word = |k: usize| toks[k].norm.as_str();
    FLOORS.contains(&word(tok + 1))
        && SIZE_LINKS.contains(&word(tok - 1))
        && BUILDINGS.contains(&word(tok - 2))
}

//! Counts that tell a place's population, not the event's people (trial 55 F4: "the
//! centre of Gschnitz, a village of about 400 people" was flagged "one person ≠ about 400
//! people" against the one killed): compared only with another place's population
//! (`numbers.rs`), as a workforce is with a workforce.

use super::NumSlot;
use crate::matcher::features::Prepared;
use crate::matcher::flags::bounds::bound_before;
use crate::matcher::lexicon::populations::{
    HOME_TO, INHABITANTS, POPULATIONS, POPULATION_OF, POPULATION_WITH, SETTLEMENTS,
};

/// Whether count `s` of `p` is the population of a place: its words (its bound, "about",
/// "rund", with it) right after a noun of a population ("population 400"), after a
/// settlement or a population and "of" ("a village of about 400 people", "une commune de
/// 400 habitants", "a population of 400"), after a settlement and "with" with an
/// inhabitants noun after the figure ("ein Dorf mit rund 400 Einwohnern"), or after "home
/// to". `false` for a count of no token (a Chinese count).
pub(super) fn population(p: &Prepared, s: &NumSlot) -> bool {
    let toks = &p.tokens;
    let Some(tok) = s.tok.filter(|&t| t < toks.len()) else {
        return false;
    };
    let by_start = toks.iter().position(|t| t.start >= s.start).unwrap_or(tok);
    let q = by_start.min(tok).min(bound_before(toks, tok).1);
    let word = |k: usize| toks[k].norm.as_str();
    let inhabitants = toks
        .get(tok + 1)
        .is_some_and(|t| INHABITANTS.contains(&t.norm.as_str()));
    if q >= 1 && POPULATIONS.contains(&word(q - 1)) {
        return true;
    }
    if q < 2 {
        return false;
    }
    let (noun, link) = (word(q - 2), word(q - 1));
    (POPULATION_OF.contains(&link) && (SETTLEMENTS.contains(&noun) || POPULATIONS.contains(&noun)))
        || (POPULATION_WITH.contains(&link) && SETTLEMENTS.contains(&noun) && inhabitants)
        || [noun, link] == HOME_TO
}

//! A road crash's cause told as a plain fact, with no cue (session 55, trial 57: "Police
//! said the driver fell asleep." / "Police said the crash was caused by brake failure."
//! had no cause flag; "some survivors told rescuers the coach had been travelling too
//! fast" neither): the driver asleep or drunk, or the vehicle too fast, told of a driver
//! or a road vehicle the sentence names (`lexicon::crash_causes::ROAD_SUBJECTS`), is what
//! the sentence gives as the crash's cause. Only those states: a part of the vehicle
//! named with no cue is more often what was examined than what failed ("an examination
//! of the vehicle's brakes"), and a phone more often what was used ("the driver phoned
//! the police"). A negation right before the phrase tells no cause ("had not fallen
//! asleep"). Read last, when no cue tells a cause (`cause::read_cause`).

use super::classes::{ALCOHOL, ASLEEP, SPEED};
use super::{cause_at, word_matches};
use crate::matcher::lexicon::crash_causes::ROAD_SUBJECTS;
use crate::matcher::prepared::Prepared;

/// How many tokens before a cause's phrase a negation turns it ("had *not* fallen
/// asleep", "was *not* drunk").
const NEGATION_REACH: usize = 3;

/// Whether class `class` of `CAUSES` is one a sentence may tell of its driver or vehicle
/// with no cue: the driver asleep, drunk, or speed told as too high (by their names,
/// `cause/classes.rs`).
fn plain_class(class: usize) -> bool {
    matches!(class, ASLEEP | ALCOHOL | SPEED)
}

/// The cause `p` tells with no cue ([`plain_class`]: "the driver fell asleep", "the
/// coach had been travelling too fast"), when it names a driver or a road vehicle
/// (`ROAD_SUBJECTS`) and no negation stands within [`NEGATION_REACH`] tokens before the
/// phrase: (class, code point range), as `cause::cause_of` gives a cause.
pub(super) fn plain_cause(p: &Prepared) -> Option<(usize, (usize, usize))> {
    let toks = &p.tokens;
    let road = || {
        toks.iter()
            .any(|t| ROAD_SUBJECTS.iter().any(|w| word_matches(&t.norm, w)))
    };
    let mut asked = None;
    (0..toks.len()).find_map(|i| {
        let (class, len) = cause_at(toks, i).filter(|&(c, _)| plain_class(c))?;
        let negated = toks[i.saturating_sub(NEGATION_REACH)..i]
            .iter()
            .any(|t| t.negation);
        if negated || !*asked.get_or_insert_with(road) {
            return None;
        }
        Some((class, (toks[i].start, toks[i + len - 1].end)))
    })
}

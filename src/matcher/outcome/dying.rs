//! A patient's condition against death (trial 48 F1): one report tells a patient alive in
//! some condition ("flown to hospital in Sion, where he was in critical condition", "is
//! in a coma", "dans un état critique", "in kritischem Zustand"), the other tells the
//! same patient dead ("but he died there in the evening", "est décédé", "starb"). The
//! condition words (`outcome/condition.rs`) share nothing with the words of death (the
//! dead of the casualty lexicon, [`super::KILLED`]), so no opposite pair of
//! [`super::OPPOSITES`] reads it, and the two sentences scored as the same fact with no
//! flag. It is the solid kind: a patient still in a condition is not dead.
//!
//! Read only when one sentence tells a condition and no death, the other a death and no
//! condition: "was in critical condition and later died" holds both and contradicts no
//! report of either. The death is told, not asked or feared ("could die", "did not
//! die": no modal, no negation in its sentence), by a verb or a participle (not the noun
//! "death", nor "fatal": "the cause of death", "a fatal avalanche" tell of no patient);
//! and the two are told of the same patient ([`participants::same_patient`]: "Five
//! skiers were killed" / "A skier is in critical condition" are others). Ranges are code
//! points of each sentence's own text, as every flag.

use super::condition::{self, conditions_of, Condition};
use super::english::{extent, reads_as_outcome};
use super::participants::{self, who};
use super::{find, modal, negations_and_denial, KILLED, OPPOSITES};
use crate::matcher::flags::Ranges;
use crate::matcher::lexicon::deaths::{DIED_OTHERWISE, NO_PATIENT, PASSED_AWAY};
use crate::matcher::prepared::Prepared;
use crate::matcher::text::{phrase_at, Kind, Token};

/// The side of [`super::outcome_words`] that reads the dead ([`KILLED`], the first side
/// of its pair in [`OPPOSITES`]).
fn dead_side() -> Option<usize> {
    OPPOSITES
        .iter()
        .position(|(one, _)| *one == KILLED.as_slice())
        .map(|k| 2 * k)
}

/// The first word of `p` of the dead ([`KILLED`]), if it tells an outcome where it stands
/// (`english::reads_as_outcome`: "ums Leben", not a noun of [`NO_PATIENT`]).
fn death_word(p: &Prepared) -> Option<&Token> {
    find(p, dead_side()?)
        .filter(|t| reads_as_outcome(p, t) && !NO_PATIENT.contains(&t.norm.as_str()))
}

/// Whether `p` tells a death in words of [`DIED_OTHERWISE`] or as "passed away".
fn died_otherwise(p: &Prepared) -> bool {
    let toks = &p.tokens;
    toks.iter().enumerate().any(|(i, t)| {
        DIED_OTHERWISE.iter().any(|w| t.norm.starts_with(w)) || phrase_at(toks, i, PASSED_AWAY)
    })
}

/// The condition of `alive` against the death of `dead`, when each sentence tells only
/// its own and both are told of one patient: the code point ranges of the condition's
/// words and of the death's.
fn one_way(alive: &Prepared, dead: &Prepared) -> Option<Ranges> {
    let condition: &Condition = conditions_of(alive).first()?;
    if !conditions_of(dead).is_empty() || death_word(alive).is_some() || died_otherwise(alive) {
        return None;
    }
    let d = death_word(dead)?;
    // Told as possible or denied ("could die", "did not survive", "denied that he died").
    let (negations, denied) = negations_and_denial(dead);
    if negations > 0 || denied || modal(&dead.tokens, d) {
        return None;
    }
    // Who is alive: the condition's count, and the words that name someone anywhere
    // before it ("A skier was taken to hospital in Sion in critical condition": the
    // skier, not only the hospital of its clause).
    let (count, mut words) = condition::who(alive, condition);
    words.extend(
        alive.tokens[..condition.tokens.0]
            .iter()
            .filter(|t| t.kind == Kind::Word && !t.stop && !t.negation && !t.date)
            .map(|t| t.stem),
    );
    if !participants::same_patient((count, &words), &who(dead, d)) {
        return None;
    }
    let toks = &alive.tokens;
    let (from, to) = condition.tokens;
    let shown = (toks[from].start, toks[to - 1].end);
    Some((shown, extent(dead, d)))
}

/// A patient's condition told in one sentence against a death in the other (`a`'s range
/// first): the solid kind of outcome flag ("critical condition ≠ died").
pub(super) fn condition_against_death(a: &Prepared, b: &Prepared) -> Option<Ranges> {
    one_way(a, b).or_else(|| one_way(b, a).map(|(x, y)| (y, x)))
}

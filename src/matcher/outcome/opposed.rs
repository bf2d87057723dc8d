//! Where the words of the opposed states (`lexicon::opposed_states`: sober / drunk, a
//! structure held / failed, taken to hospital / into custody) tell a state, and whether
//! two of them are told of one subject ("The driver was sober" / "The passenger was
//! drunk" are two people). Read by `outcome.rs` as its other lists of opposite words are.

use super::index_of;
use super::negation::AUXILIARIES;
use crate::matcher::lexicon::opposed_states::{FAILED, HELD, STRUCTURES};
use crate::matcher::lexicon::passive::BE;
use crate::matcher::lexicon::speech::SAID_THAT;
use crate::matcher::prepared::Prepared;
use crate::matcher::text::Token;

/// Stop words that are words of a state all the same: French "sobre" (a stop word as
/// Spanish and Portuguese "about"), read where [`reads_here`] says.
pub(super) const STOP_WORDS_READ: &[&str] = &["sobre"];

/// French verbs of being before "sobre" ("était sobre"): elsewhere "sobre" is Spanish or
/// Portuguese "about", "on".
const FRENCH_BE: &[&str] = &[
    "est",
    "était",
    "été",
    "étaient",
    "sont",
    "semblait",
    "paraissait",
];

/// Prepositions of where before a hospital ("taken *to* hospital", "*in* hospital", fr
/// "*à* l'hôpital", de "*ins* Krankenhaus", es "*al* hospital", it "*in* ospedale", pt
/// "*ao* hospital", nl "*naar* het ziekenhuis").
const TO_A_PLACE: &[&str] = &[
    "to", "into", "in", "at", "à", "au", "ins", "im", "zum", "zur", "al", "en", "a", "all", "nell",
    "ao", "no", "para", "naar", "het",
];

/// How many tokens before a word of a structure's fate its structure may stand ("La digue
/// *a* cédé", "L'argine *si è* rotto": 3).
const STRUCTURE_REACH: usize = 3;

/// How many tokens before a hospital its preposition may stand ("to *the nearest*
/// hospital": 3).
const PLACE_REACH: usize = 3;

/// The state words `outcome/opposed.rs` reads only in some places: those of a structure's
/// fate, the nouns of a hospital, and "sobre", "drunk", "gave", "garde", "cel", "cleared",
/// "haft".
pub(super) fn reads_here(p: &Prepared, t: &Token) -> bool {
    let Some(i) = index_of(&p.tokens, t) else {
        return true;
    };
    let toks = &p.tokens;
    let prev = |k: usize| (i >= k).then(|| toks[i - k].norm.as_str());
    let next = |k: usize| toks.get(i + k).map(|n| n.norm.as_str());
    let before = |reach: usize, list: &[&str]| {
        (i.saturating_sub(reach)..i).any(|k| list.contains(&toks[k].norm.as_str()))
            && super::one_clause(p, i.saturating_sub(reach), i, &[])
    };
    let held_or_failed = |w: &str| {
        HELD.iter()
            .chain(FAILED)
            .any(|x| x.strip_suffix('$') == Some(w))
    };
    match t.norm.as_str() {
        "sobre" => prev(1).is_some_and(|w| FRENCH_BE.contains(&w)),
        // "had drunk", a verb of drinking.
        "drunk" => prev(1).is_none_or(|w| !matches!(w, "had" | "has" | "have")),
        "gave" => next(1) == Some("way") && before(STRUCTURE_REACH, STRUCTURES),
        "broke" => next(1) != Some("out") && before(STRUCTURE_REACH, STRUCTURES),
        "garde" => next(1) == Some("à") && next(2) == Some("vue"),
        "cel" => prev(1) == Some("de") && prev(2) == Some("in"),
        // "cleared of murder", not "cleared to return" nor "the road was cleared".
        "cleared" => next(1) == Some("of"),
        // de "in Haft".
        "haft" => prev(1).is_some_and(|w| matches!(w, "in" | "u")),
        "hospital" | "hospitals" | "hôpital" | "krankenhaus" | "klinik" | "spital" | "klinikum"
        | "ospedale" | "ziekenhuis" => before(PLACE_REACH, TO_A_PLACE),
        w if held_or_failed(w) => before(STRUCTURE_REACH, STRUCTURES),
        _ => true,
    }
}

/// The stems of the subject of the state word at token `at` of `p`: the content words
/// from its clause's start to the first verb of being or auxiliary (`passive::BE`,
/// `negation::AUXILIARIES`) or to the word itself ("*The driver* was sober", "*The dam*
/// held").
fn holder(p: &Prepared, at: usize) -> Vec<u64> {
    let toks = &p.tokens;
    // After a verb of saying too ("Police said the driver was sober").
    let clause = super::fates::clause_start(p, at);
    let from = (clause..at)
        .rev()
        .find(|&k| SAID_THAT.contains(&toks[k].norm.as_str()))
        .map_or(clause, |k| k + 1);
    toks[from..at]
        .iter()
        .take_while(|t| !BE.contains(&t.norm.as_str()) && !AUXILIARIES.contains(&t.norm.as_str()))
        .filter(|t| !t.stop && t.kind == crate::matcher::text::Kind::Word)
        .map(|t| t.stem)
        .collect()
}

/// Whether the opposed states at `x` of `a` and `y` of `b` are told of one subject: the
/// words before each ([`holder`]) share a stem, or neither sentence names one ("He was
/// sober" / "He was drunk"). "The officer was taken to hospital" / "The suspect was taken
/// into custody" are two people.
pub(super) fn one_holder(a: &Prepared, x: &Token, b: &Prepared, y: &Token) -> bool {
    let words = |p: &Prepared, t: &Token| index_of(&p.tokens, t).map(|i| holder(p, i));
    match (words(a, x), words(b, y)) {
        (Some(wa), Some(wb)) => {
            (wa.is_empty() && wb.is_empty()) || wa.iter().any(|w| wb.contains(w))
        }
        _ => false,
    }
}

//! A toll told by its name (issue 8, trial 25 M2'): "The death toll from the earthquake
//! has risen to at least 820", "The death toll from the crash stands at 12", "La cifra de
//! muertos asciende a 820", "Le bilan du séisme s'élève à 820", "Die Zahl der Toten stieg
//! auf 820". The figure after such a name and a verb of reaching is a count of the dead
//! (or of the fate the name says: "the number of injured rose to 40"), compared with the
//! other sentence's dead ("The crash killed 14 people"); a toll told as risen to it is an
//! update, which differs from another figure of the toll even when both could be true
//! ("killing more than 600 people" / "has risen to at least 820").

use super::toll::people_word;
use crate::matcher::features::Prepared;
use crate::matcher::flags::bounds::bound_before;
use crate::matcher::flags::counts::past_verb;
use crate::matcher::flags::surface_is;
use crate::matcher::lexicon::casualty::{count_word, Fate};
use crate::matcher::lexicon::changes::risen;
use crate::matcher::text::Kind;

/// Words that name the toll of the dead by themselves: "the death toll", "le bilan",
/// "el balance", "il bilancio", "die Todeszahl", "die Opferzahl".
const TOLL_NAMES: &[&str] = &[
    "toll",
    "bilan",
    "balance",
    "bilancio",
    "todeszahl",
    "totenzahl",
    "opferzahl",
    "dodental",
];

/// Words of a number that name a toll with the fate after them ("the number of dead",
/// "la cifra de muertos", "le nombre de morts", "die Zahl der Toten", "il numero dei
/// morti", "het aantal doden").
const NUMBER_OF: &[&str] = &[
    "number", "cifra", "número", "nombre", "numero", "zahl", "aantal",
];

/// Words right before a figure (or its bound) that give the toll's figure: "risen to",
/// "stands at", "a toll of", "reached", "approached", "s'élève à", "asciende a", "stieg auf", "liegt
/// bei", "è salito a".
const REACH: &[&str] = &[
    "to",
    "at",
    "of",
    "is",
    "was",
    "now",
    "reached",
    "hit",
    "topped",
    "passed",
    "exceeded",
    "surpassed",
    "approached",
    "neared",
    "à",
    "atteint",
    "dépassé",
    "a",
    "alcanzó",
    "superó",
    "auf",
    "bei",
    "über",
    "su",
    "raggiunto",
    "superato",
    "op",
];

/// How many tokens before a figure its toll's name is looked for ("The death toll from
/// the earthquake that struck south of Marrakesh has risen to at least 820").
const REACH_BACK: usize = 14;

/// The first token of the figure at token `i` of `p` (its bound's, "at least 820") when a
/// word of [`REACH`] stands right before it and no counted noun right after it ("rose to
/// 820 homes" counts homes; a word after a comma or other punctuation is none of the
/// figure's: "has risen to 71, officials said", "stieg auf 71, teilten Behörden mit",
/// trial 26 F1).
fn reached(p: &Prepared, i: usize) -> Option<usize> {
    let toks = &p.tokens;
    let first = bound_before(toks, i).1;
    let before = first.checked_sub(1).map(|k| &toks[k])?;
    if !REACH.contains(&before.norm.as_str()) {
        return None;
    }
    // "ist auf 820 gestiegen": a verb after the figure, no counted noun.
    let counted = toks
        .get(i + 1)
        .filter(|n| n.kind == Kind::Word && !n.stop)
        .filter(|n| surface_is(p, toks[i].end, n.start, " "))
        .is_some_and(|n| {
            !people_word(&n.norm)
                && count_word(&n.norm).is_none()
                && !risen(&n.norm)
                && !past_verb(&n.norm)
        });
    (!counted).then_some(first)
}

/// The fate of the figure at token `i` of `p` when a toll's name tells it ([`TOLL_NAMES`],
/// [`NUMBER_OF`] with its fate), within [`REACH_BACK`] tokens before it, and a word of
/// [`REACH`] stands right before it or its bound ([`reached`]); with whether a verb of a
/// rise (`lexicon::changes::risen`: "has risen to", "stieg auf", "est passé à") stands
/// between the two (an update). `None` when the figure counts something else ("rose to
/// 820 homes").
pub(super) fn told_toll(p: &Prepared, i: usize) -> Option<(Fate, bool)> {
    let toks = &p.tokens;
    let first = reached(p, i)?;
    let from = first.saturating_sub(REACH_BACK);
    let (at, fate) = (from..first).rev().find_map(|k| {
        let t = &toks[k];
        // "the number of dead", "la cifra de muertos": the fate within three words.
        let named = || {
            toks[k + 1..first.min(k + 4)]
                .iter()
                .find_map(|n| count_word(&n.norm).map(|c| c.fate))
        };
        if NUMBER_OF.contains(&t.norm.as_str()) {
            named().map(|f| (k, f))
        } else if TOLL_NAMES.contains(&t.norm.as_str()) {
            Some((k, named().unwrap_or(Fate::Dead)))
        } else {
            None
        }
    })?;
    let update = toks[at..first].iter().any(|t| risen(&t.norm));
    Some((fate, update))
}

/// The noun a figure of no counted noun counts when a number of things tells it ("The
/// number of homes destroyed by the fire rose to 60", "Die Zahl der Häuser stieg auf
/// 60", "le nombre de maisons détruites est passé à 60"; trial 26 F1): the first word
/// that is no stop word after a word of [`NUMBER_OF`] within [`REACH_BACK`] tokens before
/// it, a word of [`REACH`] right before it ([`reached`]); its token. `None` for a number
/// of people of a fate, which [`told_toll`] reads ("the number of dead").
pub(super) fn number_of_noun(p: &Prepared, i: usize) -> Option<usize> {
    let toks = &p.tokens;
    let first = reached(p, i)?;
    let from = first.saturating_sub(REACH_BACK);
    let at = (from..first)
        .rev()
        .find(|&k| NUMBER_OF.contains(&toks[k].norm.as_str()))?;
    let noun = (at + 1..first.min(at + 4)).find(|&k| {
        let n = &toks[k];
        n.kind == Kind::Word && !n.stop && !NUMBER_OF_LINKS.contains(&n.norm.as_str())
    })?;
    // "the number of dengue cases": the head of the phrase ("cases"), not its modifier.
    let noun = super::head::head_noun(p, noun);
    count_word(&toks[noun].norm).is_none().then_some(noun)
}

/// Words between a word of [`NUMBER_OF`] and the noun it counts that are no stop words of
/// every language ("the number of", "die Zahl der", "la cifra de", "il numero dei").
const NUMBER_OF_LINKS: &[&str] = &[
    "of", "der", "de", "des", "di", "dei", "degli", "delle", "van",
];

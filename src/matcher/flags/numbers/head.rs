//! The counted noun of a figure (trial 22, F7): the head of the noun phrase after it ("Eight
//! fire engines": engines, not fire), and a capitalised noun right after a figure in a
//! sentence too short to tell its language ("Acht Löschfahrzeuge waren").

use super::super::counts::past_verb;
use super::super::units::unit_of;
use super::super::{surface, surface_is};
use crate::matcher::features::Prepared;
use crate::matcher::text::{Kind, Token};

/// Plural nouns that end in no "s" and may head a counted phrase ("riot police").
const PLURAL_HEADS: &[&str] = &[
    "police",
    "people",
    "staff",
    "crew",
    "personnel",
    "cattle",
    "troops",
    "children",
    "men",
    "women",
];

/// Endings of Spanish, Portuguese and French participles in the plural ("confirmados",
/// "heridas", "blessées").
const ROMANCE_PARTICIPLES: &[&str] = &["ados", "idos", "adas", "idas", "ées", "és"];

/// The head of the noun phrase whose first word is token `j` (trial 22, F7): the last of
/// up to three words next to each other, each after the first a plural noun (ending in
/// "s", not a verb in the past, or one of [`PLURAL_HEADS`]) and none a stop word or a
/// name but an acronym: "fire engines", "army trucks", "riot police", "police officers",
/// "probable SARS cases"; not before a participle of Spanish, Portuguese or French that
/// tells no toll ([`ROMANCE_PARTICIPLES`]: "casos confirmados").
pub(super) fn head_noun(p: &Prepared, j: usize) -> usize {
    let toks = &p.tokens;
    // French, Spanish and Portuguese put the head first, a participle after it ("1.180
    // casos confirmados", "trois blessés graves").
    // A word of a toll is read as before ("38 resultaron heridas": the phrase ends there).
    let participle = toks.get(j + 1).is_some_and(|n| {
        ROMANCE_PARTICIPLES.iter().any(|e| n.norm.ends_with(e))
            && super::toll::toll_word(&n.norm).is_none()
    });
    if participle {
        return j;
    }
    let mut h = j;
    while h < j + 2 {
        // An acronym before the head is a modifier too ("65 probable SARS cases").
        let acronym = toks.get(h + 1).is_some_and(|a| {
            a.proper && {
                let w = surface(p, a.start, a.end);
                w.chars().count() >= 2 && w.chars().all(|c| c.is_ascii_uppercase())
            }
        });
        let step = 1 + usize::from(acronym);
        let Some(n) = toks.get(h + step) else { break };
        let plural = (n.norm.ends_with('s') && n.norm.chars().count() > 3)
            || PLURAL_HEADS.contains(&n.norm.as_str());
        let word = n.kind == Kind::Word && !n.stop && !n.proper && !past_verb(&n.norm);
        // "Ten co-defendants": the head of a word joined by a hyphen is its last part.
        let gap = |k: usize| {
            surface_is(p, toks[k].end, toks[k + 1].start, " ")
                || (step == 1 && surface_is(p, toks[k].end, toks[k + 1].start, "-"))
        };
        let spaced = (h..h + step).all(gap);
        if !(plural && word && spaced) {
            break;
        }
        h += step;
        // "38 resultaron heridas tras un sismo": a word of a toll ends the phrase.
        if super::toll::toll_word(&n.norm).is_some() {
            break;
        }
    }
    h
}

/// Whether the capitalised word at token `j`, right after a figure, is a counted noun in
/// a sentence too short to tell its language ("Acht Löschfahrzeuge waren"): a word in
/// lower case follows it, not a unit (not a name of several words, nor a currency's
/// country: "5 Hong Kong dollars", "1.325 Swiss francs").
pub(super) fn capital_noun(toks: &[Token], j: usize) -> bool {
    toks.get(j + 1).is_some_and(|n| {
        n.kind == Kind::Word && !n.capital && unit_of(&n.norm).is_none() && n.norm.len() > 1
    }) && toks[j].norm.chars().count() > 3
}

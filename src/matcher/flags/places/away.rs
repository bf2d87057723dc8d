//! Places a sentence names that are not where its event happened (session 54, trial 57):
//! a diplomatic mission's country and seat ("la embajada de España en Viena", "its embassy
//! in Vienna": "place: Austria ≠ España" was flagged), and where people came from ("the
//! pensioners came from a town near Valladolid", "procedentes de Valladolid": "~place:
//! Nassereith ≠ Valladolid"), and where someone lives or was born ("Robert Buckley,
//! originally from Essex, but living in Christchurch, fell … on Mount Sefton": "~place:
//! Christchurch ≠ Aoraki Mount Cook National Park", session 56). The words are
//! `lexicon::away`'s.

use super::genitives::settlement_noun;
use crate::matcher::features::Prepared;
use crate::matcher::flags::names::fold_diacritics;
use crate::matcher::lexicon::away::{HOME_WORDS, MISSIONS, MISSION_GENITIVES, ORIGIN_WORDS};

/// How many tokens before a place's preposition a word of where people came from may
/// stand, with only names, settlements' nouns and small words between ("from the Spanish
/// town of Medina del Campo, near Valladolid").
const ORIGIN_REACH: usize = 8;

/// Whether the preposition at token `i` of `p` names a diplomatic mission's country or
/// seat: right after the mission's noun ("embajada de España", "its embassy in Vienna"),
/// or after its noun, a genitive and its country ("la embajada de España en Viena").
pub(super) fn of_mission(p: &Prepared, i: usize) -> bool {
    let toks = &p.tokens;
    let word = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    let mission = |k: usize| MISSIONS.contains(&word(k));
    (i >= 1 && mission(i - 1))
        || (i >= 3
            && mission(i - 3)
            && MISSION_GENITIVES.contains(&word(i - 2))
            && toks[i - 1].proper)
}

/// Whether the preposition at token `i` of `p` names where people came from: a word of
/// `ORIGIN_WORDS` right before it ("procedentes de Valladolid", "habían salido de
/// Valladolid"), or within [`ORIGIN_REACH`] tokens before it with only small words, names
/// (with their small words: "Medina del Campo") and nouns of a settlement between ("came from a town near Valladolid", "from Medina
/// del Campo, near Valladolid"). A content word between ends the origin: in "Police from
/// Innsbruck arrived at the scene in Nassereith" the scene is the event's.
pub(super) fn of_origin(p: &Prepared, i: usize) -> bool {
    let toks = &p.tokens;
    for k in (i.saturating_sub(ORIGIN_REACH)..i).rev() {
        let t = &toks[k];
        if ORIGIN_WORDS.contains(&t.norm.as_str()) {
            return true;
        }
        // A small word inside a name ("Medina del Campo") is the name's.
        let inside = k >= 1 && toks[k - 1].proper && toks.get(k + 1).is_some_and(|n| n.proper);
        // An adjective of a settlement's noun ("from the *small* Spanish town of Medina del
        // Campo": session 55, trial 57's "Nassereith ≠ Medina del Campo").
        let settlement = |m: usize| {
            toks.get(m)
                .is_some_and(|n| settlement_noun(&fold_diacritics(&n.norm)))
        };
        let adjective = !t.proper
            && (settlement(k + 1)
                || (toks.get(k + 1).is_some_and(|n| n.proper) && settlement(k + 2)));
        if !(t.stop || t.proper || inside || adjective || settlement(k)) {
            return false;
        }
    }
    false
}

/// Whether the preposition at token `i` of `p` names where someone lives, is based or was
/// born: a word of `HOME_WORDS` right before it ("living in Christchurch", "nato a
/// Genova", "wohnhaft in Innsbruck"). A home is no place of the event, whoever it is of.
pub(super) fn of_home(p: &Prepared, i: usize) -> bool {
    i >= 1 && HOME_WORDS.contains(&p.tokens[i - 1].norm.as_str())
}

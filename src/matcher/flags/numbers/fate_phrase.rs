//! The fate of a count of people told by a phrase after it in its clause, when no word
//! of the casualty lexicon tells one (trial 46 F4): "14 people were taken to hospital"
//! (the injured), "About 300 people living within half a kilometer of the site were told
//! to leave their homes" (the evacuated). Two counts of two fates are two facts
//! (`kinds::toll_alike`): "14 people were taken to hospital" / "About 300 people were
//! evacuated" is no flag, "Two workers were killed" / "3 dead" is.

use super::toll::{toll_word, Toll};
use crate::matcher::features::Prepared;
use crate::matcher::flags::surface;
use crate::matcher::lexicon::cardinal_any;
use crate::matcher::lexicon::casualty::Fate;
use crate::matcher::lexicon::fate_phrases::{
    EVACUATION_NOUNS, HOSPITALS, HOSPITAL_ARTICLES, LEFT_HOMES, TO_HOSPITAL,
};
use crate::matcher::text::{phrase_at, Kind};

/// How many tokens before a figure a noun of evacuation may stand ("the evacuation of
/// about 156 people": [`evacuation_before`]).
const EVACUATION_REACH: usize = 3;

/// Whether a noun of evacuation (`lexicon::fate_phrases::EVACUATION_NOUNS`) stands within
/// [`EVACUATION_REACH`] tokens before the figure at token `i` of `p`, no punctuation
/// between: "forced the evacuation of 156 people", "costringendo all'evacuazione circa
/// 5.000 persone" (the evacuated; trial 54 F4: read as no fate, the Italian lead's
/// people were compared with "Seven people were injured").
fn evacuation_before(p: &Prepared, i: usize) -> bool {
    let toks = &p.tokens;
    (i.saturating_sub(EVACUATION_REACH)..i).any(|k| {
        EVACUATION_NOUNS.contains(&toks[k].norm.as_str())
            && !surface(p, toks[k].end, toks[i].start).contains([',', ';', ':', '(', ')', '.'])
    })
}

/// How many tokens after the figure its clause's phrase is looked for in.
const REACH: usize = 16;

/// Words that end the figure's clause: what follows tells of another subject.
const CLAUSE_ENDS: &[&str] = &[
    "and", "but", "while", "when", "after", "before", "where", "which", "who", "et", "mais", "und",
    "aber", "y", "pero", "e", "ma", "mentre", "quando", "cuando", "lorsque", "quand", "en", "maar",
];

/// The fate the clause after the figure at token `i` of `p` tells by a phrase: a hospital's noun after a word of going to
/// it ([`TO_HOSPITAL`], an article between or none: the injured), or a phrase of
/// [`LEFT_HOMES`] (the evacuated), or a noun of evacuation before it
/// ([`evacuation_before`]), for a figure right before a word of people; `None` when the clause ends first (a punctuation mark, a
/// word of [`CLAUSE_ENDS`]) or a word of a toll or another figure comes first.
pub(super) fn phrase_fate(p: &Prepared, i: usize) -> Option<Toll> {
    let toks = &p.tokens;
    // Only a count of people by a word of people ("14 people", "300 pessoas"): "aged
    // between 4 and 17 were taken to hospital" tells ages, no count.
    if !toks
        .get(i + 1)
        .is_some_and(|n| super::toll::people_word(&n.norm))
    {
        return None;
    }
    let word = |k: usize, words: &[&str]| {
        toks.get(k)
            .is_some_and(|t| words.contains(&t.norm.as_str()))
    };
    if evacuation_before(p, i) {
        return Some(Toll::Fate(Fate::Evacuated));
    }
    for k in i + 1..toks.len().min(i + 1 + REACH) {
        let t = &toks[k];
        let gap = surface(p, toks[k - 1].end, t.start);
        if gap.contains([',', ';', ':', '(', ')', '.']) || CLAUSE_ENDS.contains(&t.norm.as_str()) {
            return None;
        }
        // A word of a toll or another figure: the toll rules' (`toll::toll_of`), which
        // found none for this figure ("a four-storey building killed three people", "a
        // mother of 12 was killed", "flogen Verletzte").
        let figure =
            matches!(t.kind, Kind::Number(_) | Kind::Vague) || cardinal_any(&t.norm).is_some();
        // A figure after a preposition measures where or what ("living within half a
        // kilometer of the site"): no count of its own.
        let measure = word(k - 1, &["within", "of", "from", "in", "near", "at", "over"]);
        if toll_word(&t.norm).is_some() || (figure && !measure) {
            return None;
        }
        let to = word(k - 1, TO_HOSPITAL)
            || (word(k - 1, HOSPITAL_ARTICLES) && k >= 2 && word(k - 2, TO_HOSPITAL));
        if HOSPITALS.contains(&t.norm.as_str()) && to {
            return Some(Toll::Fate(Fate::Injured));
        }
        if LEFT_HOMES.iter().any(|words| phrase_at(toks, k, words)) {
            return Some(Toll::Fate(Fate::Evacuated));
        }
    }
    None
}

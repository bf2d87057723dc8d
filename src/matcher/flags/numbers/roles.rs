//! The role of a count of people that tells no toll by a word of the casualty lexicon
//! (trial 33 F5, F1): the subject of a verb of no fate ("About 120 firefighters fought
//! the fire", "Some 150 firefighters were deployed": people doing something), and the
//! fate a noun before "of" tells ("the evacuation of about 200 nearby residents": the
//! evacuated; "the bodies of two miners": the dead). `toll::toll_of` reads them; the
//! number flag and the matcher's count slots (`flags::counts_apart`) compare counts of one
//! role only.

use super::toll::toll_word;
use crate::matcher::features::Prepared;
use crate::matcher::flags::bounds::bound_before;
use crate::matcher::flags::counts::past_verb;
use crate::matcher::flags::{surface, surface_is};
use crate::matcher::lexicon::casualty::Fate;
use crate::matcher::text::Kind;

/// Forms of "to be" and "to have" between a count's noun and its verb in the past ("were
/// deployed", "had fled").
const BE_HAVE: &[&str] = &["was", "were", "is", "are", "have", "has", "had", "been"];

/// Whether the count at token `i` of `p` is the subject of a verb in the past that tells
/// no fate ([`past_verb`], not a word of a toll): its noun of a word or two, a form of
/// [`BE_HAVE`] or two, then the verb ("About 120 firefighters fought the fire", "Some 150
/// firefighters were deployed", "Around 120 firefighters battled the flames"), or after a
/// form of "to be" a verb in "-ing" ([`progressive`]: "More than 400 firefighters were
/// fighting the blaze"; session 52). Such a count is of people doing something, no count
/// of the dead or the injured (trial 33 F5): against "One firefighter was injured" no flag.
/// Not a noun in "-ed" ("three injured firefighters": the toll word comes first).
pub(super) fn does(p: &Prepared, i: usize) -> bool {
    let toks = &p.tokens;
    let spaced = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.kind == Kind::Word && surface(p, toks[k - 1].end, t.start) == " ")
    };
    let mut k = i + 1;
    // The counted noun: one word, or two ("aid workers"), none of them a verb.
    let noun = |k: usize| spaced(k) && !toks[k].stop && !past_verb(&toks[k].norm);
    if !noun(k) {
        return false;
    }
    k += 1;
    if noun(k) && !BE_HAVE.contains(&toks[k].norm.as_str()) {
        k += 1;
    }
    let verb_at = k;
    while k < i + 6 && spaced(k) && BE_HAVE.contains(&toks[k].norm.as_str()) {
        k += 1;
    }
    if !spaced(k) {
        return false;
    }
    let w = toks[k].norm.as_str();
    (past_verb(w) || (k > verb_at && progressive(p, k))) && toll_word(w).is_none()
}

/// Words in "-ing" after a form of "to be" that tell no act of the count's people
/// ("were *being* treated", "are *going* to", "were *fighting for their lives*" is read
/// by [`progressive`]).
const NOT_DOING: &[&str] = &["being", "having", "going", "getting"];

/// Whether token `k` of `p` is a verb in "-ing" of an act (after a form of "to be": "More
/// than 400 firefighters were *fighting* the blaze", "Dozens of rescuers are *searching*";
/// session 52): not a word of [`NOT_DOING`], nor one of a fate told after it ("fighting
/// for their *lives*": the injured).
fn progressive(p: &Prepared, k: usize) -> bool {
    let toks = &p.tokens;
    let Some(t) = toks.get(k) else {
        return false;
    };
    let w = t.norm.as_str();
    let lives = toks
        .iter()
        .skip(k + 1)
        .take(3)
        .any(|t| matches!(t.norm.as_str(), "life" | "lives"));
    w.len() > 5 && w.ends_with("ing") && !NOT_DOING.contains(&w) && !t.stop && !lives
}

/// Nouns of a fate that count those it befell after "of" ("the evacuation of about 200
/// nearby residents", "the rescue of 12 miners"), or after "di"/"de" in Italian, Spanish
/// and French ("causando la morte di cinque persone e il ferimento di 40": the dead and
/// the injured, trial 34 F3), and the fate.
const FATE_NOUNS: &[(&str, Fate)] = &[
    ("evacuation", Fate::Evacuated),
    ("evacuations", Fate::Evacuated),
    ("rescue", Fate::Rescued),
    ("arrest", Fate::Arrested),
    ("arrests", Fate::Arrested),
    ("deaths", Fate::Dead),
    ("morte", Fate::Dead),
    ("ferimento", Fate::Injured),
    ("evacuazione", Fate::Evacuated),
    ("salvataggio", Fate::Rescued),
    ("arresto", Fate::Arrested),
    ("muerte", Fate::Dead),
    ("muertes", Fate::Dead),
    ("evacuación", Fate::Evacuated),
    ("rescate", Fate::Rescued),
    ("detención", Fate::Arrested),
    ("mort", Fate::Dead),
    ("évacuation", Fate::Evacuated),
    ("sauvetage", Fate::Rescued),
    ("arrestation", Fate::Arrested),
    // The bodies of the dead ("brought out the bodies of two miners", "los cuerpos de dos
    // mineros", "les corps de deux mineurs", "i corpi di due minatori", "de lichamen van
    // twee mijnwerkers", "die Leichen von zwei Bergleuten": session 50).
    ("bodies", Fate::Dead),
    ("cuerpos", Fate::Dead),
    ("cadáveres", Fate::Dead),
    ("corps", Fate::Dead),
    ("corpi", Fate::Dead),
    ("cadaveri", Fate::Dead),
    ("corpos", Fate::Dead),
    ("lichamen", Fate::Dead),
    ("leichen", Fate::Dead),
];

/// Words of "of" between a noun of [`FATE_NOUNS`] and its figure, lower case (Dutch
/// "van", German "von").
const OF: &[&str] = &["of", "di", "de", "van", "von"];

/// The fate a noun of [`FATE_NOUNS`] tells of the figure at token `i` of `p` when "of"
/// (or "di", "de": [`OF`]) alone (and the figure's bound) stands between them ("the
/// evacuation of about 200 residents": the evacuated; trial 33 F1).
pub(super) fn fate_noun_before(p: &Prepared, i: usize) -> Option<Fate> {
    let toks = &p.tokens;
    let of = bound_before(toks, i).1.checked_sub(1)?;
    let noun = of.checked_sub(1)?;
    if !OF.contains(&toks[of].norm.as_str()) || !surface_is(p, toks[noun].end, toks[of].start, " ")
    {
        return None;
    }
    FATE_NOUNS
        .iter()
        .find(|(w, _)| *w == toks[noun].norm)
        .map(|&(_, f)| f)
}

//! A place the gazetteer knows as the object of a verb of place: what a disaster hit ("A
//! quake hit France", "struck central Chile", "rocked northern Japan") or where troops
//! went ("Troops entered Ukraine", "invaded Poland"), or what a storm or a fire swept
//! through ("swept through Florida", "tore through Oklahoma"). Read as a place of the place flags;
//! going in is a path, compared with another path only ("crossed into Pakistan").

use super::{area_noun_at, breadth, name_end, name_of, Breadth, Place, PART_OF};
use crate::matcher::features::Prepared;
use crate::matcher::flags::gazetteer::readings;
use crate::matcher::text::Kind;

/// Verbs whose object is where a disaster or an attack struck.
const STRUCK: &[&str] = &[
    "hit", "hits", "struck", "strikes", "rocked", "rocks", "shook", "shakes", "jolted", "battered",
    "lashed",
];

/// Verbs of a storm, a fire or a tornado that moved over a place, read before "through"
/// or "across" ("swept through Florida", "tore through Moore", "ripped across Texas"):
/// the name after is where the fact happened, as after a verb of [`STRUCK`]. Not verbs of
/// someone's way ("barreled across the Demilitarized Zone" is a path, and the zone holds
/// the place the other report names).
const SWEPT: &[&str] = &[
    "swept", "sweeps", "sweeping", "tore", "tears", "tearing", "ripped", "rips", "ripping",
    "spread", "spreads",
];

/// Verbs whose object is where someone went in: a path, as "into" is.
const WENT_IN: &[&str] = &["entered", "enters", "invaded", "invades", "invading"];

/// The places of `p` right after a verb of place ([`STRUCK`], [`WENT_IN`], [`SWEPT`] and
/// "through" or "across"), "the" or a
/// word of where in the place ("central", "northern": `PART_OF`) between: capitalised
/// words joined as a name's are that the gazetteer knows (not "hit Smith", "entered
/// Parliament"; after "swept through" any name), not a name before a noun it qualifies ("hit Paris jewellery store").
pub(super) fn objects(p: &Prepared) -> Vec<Place> {
    let toks = &p.tokens;
    let chars = crate::matcher::flags::chars_of(p);
    let mut out = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        let went_in = WENT_IN.contains(&t.norm.as_str());
        // "swept through Florida": the verb and its preposition.
        let swept = SWEPT.contains(&t.norm.as_str())
            && toks
                .get(i + 1)
                .is_some_and(|x| matches!(x.norm.as_str(), "through" | "across"));
        if !went_in && !swept && !STRUCK.contains(&t.norm.as_str()) {
            continue;
        }
        let mut j = i + 1 + usize::from(swept);
        if toks.get(j).is_some_and(|x| x.norm == "the") {
            j += 1;
        }
        let town = toks
            .get(j)
            .is_some_and(|x| PART_OF.contains(&x.norm.as_str()) && !x.capital);
        j += usize::from(town);
        if toks
            .get(j)
            .is_none_or(|x| !x.proper || x.kind != Kind::Word)
        {
            continue;
        }
        let e = name_end(toks, j, chars);
        // "Ram-raiders hit Paris jewellery store": the store is hit, the name only says
        // where it is.
        if toks
            .get(e + 1)
            .is_some_and(|x| x.kind == Kind::Word && !x.stop && !x.capital)
        {
            continue;
        }
        let name = name_of(&toks[j..=e]);
        let known = readings(&name).to_vec();
        // What a storm swept through is a place, known or not ("tore through Moore"); what
        // was hit only when the gazetteer knows it ("hit Smith" names a person).
        let kind = breadth(&name);
        // An area the gazetteer does not know ("swept through the Demilitarized Zone") may
        // hold the other's place: no place read.
        let area = (j..=e).any(|k| area_noun_at(toks, k));
        if !(kind == Breadth::Known || (swept && kind == Breadth::Local && !area)) {
            continue;
        }
        out.push(Place {
            range: (toks[j].start, toks[e].end),
            tokens: (j, e),
            words: (j..=e).collect(),
            breadth: kind,
            known,
            area: None,
            site: false,
            town,
            around: Vec::new(),
            settlement: false,
            path: went_in.then_some("into"),
            role: super::Role::Event,
        });
    }
    out
}

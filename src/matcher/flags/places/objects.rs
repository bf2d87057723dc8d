//! A place the gazetteer knows as the object of a verb of place: what a disaster hit ("A
//! quake hit France", "struck central Chile", "rocked northern Japan") or where troops
//! went ("Troops entered Ukraine", "invaded Poland"). Read as a place of the place flags;
//! going in is a path, compared with another path only ("crossed into Pakistan").

use super::{breadth, name_end, name_of, Breadth, Place, PART_OF};
use crate::matcher::features::Prepared;
use crate::matcher::flags::gazetteer::readings;
use crate::matcher::text::Kind;

/// Verbs whose object is where a disaster or an attack struck.
const STRUCK: &[&str] = &[
    "hit", "hits", "struck", "strikes", "rocked", "rocks", "shook", "shakes", "jolted", "battered",
    "lashed",
];

/// Verbs whose object is where someone went in: a path, as "into" is.
const WENT_IN: &[&str] = &["entered", "enters", "invaded", "invades", "invading"];

/// The places of `p` right after a verb of place ([`STRUCK`], [`WENT_IN`]), "the" or a
/// word of where in the place ("central", "northern": `PART_OF`) between: capitalised
/// words joined as a name's are that the gazetteer knows (not "hit Smith", "entered
/// Parliament"), not a name before a noun it qualifies ("hit Paris jewellery store").
pub(super) fn objects(p: &Prepared) -> Vec<Place> {
    let toks = &p.tokens;
    let chars = crate::matcher::flags::chars_of(p);
    let mut out = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        let went_in = WENT_IN.contains(&t.norm.as_str());
        if !went_in && !STRUCK.contains(&t.norm.as_str()) {
            continue;
        }
        let mut j = i + 1;
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
        if known.is_empty() || breadth(&name) != Breadth::Known {
            continue;
        }
        out.push(Place {
            range: (toks[j].start, toks[e].end),
            tokens: (j, e),
            words: (j..=e).collect(),
            breadth: Breadth::Known,
            known,
            area: None,
            site: false,
            town,
            around: Vec::new(),
            path: went_in.then_some("into"),
        });
    }
    out
}

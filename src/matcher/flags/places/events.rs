//! A city written as part of an event's name: "the Rotterdam marathon", nl "de marathon
//! van Rotterdam", es "el maratón de Valencia", fr "le marathon de Paris", it "la maratona
//! di Roma", de "der Berlin-Marathon" (trial 43 A1). A race named after its city is run
//! there, so the city is a place of the fact, as "in Rotterdam" is. Only a name the
//! gazetteer knows as a city counts: an event named after a country or a region travels
//! ("Giro d'Italia", "Tour de France").

use super::{name_end, name_of, Breadth, Place};
use crate::matcher::features::Prepared;
use crate::matcher::flags::gazetteer::{city_like, readings};
use crate::matcher::lexicon::races::CITY_RACES;
use crate::matcher::text::Kind;

/// Words that bring in the city after a race noun ("marathon van Rotterdam", "of",
/// "de", "di", "von", "do", "da").
const OF_CITY: &[&str] = &["van", "of", "de", "di", "von", "do", "da", "del"];

/// Whether a word (lower case) is a race noun of [`CITY_RACES`], or a German or Dutch
/// compound ending in one written with a hyphen ("Berlin-Marathon").
fn race_noun(norm: &str) -> bool {
    CITY_RACES.contains(&norm)
        || norm
            .rsplit_once('-')
            .is_some_and(|(_, tail)| CITY_RACES.contains(&tail))
}

/// The cities of `p` named in a race's name: a known city right before a race noun ("the
/// Rotterdam marathon", "Rotterdam Marathon") or right after one and a word of
/// [`OF_CITY`] ("marathon van Rotterdam").
pub(super) fn event_places(p: &Prepared) -> Vec<Place> {
    let toks = &p.tokens;
    let chars = crate::matcher::flags::chars_of(p);
    let mut out = Vec::new();
    let mut push = |j: usize, e: usize| {
        if e < j {
            return;
        }
        let name = name_of(&toks[j..=e]);
        let known = readings(&name).to_vec();
        if !city_like(&known) {
            return;
        }
        out.push(Place {
            range: (toks[j].start, toks[e].end),
            tokens: (j, e),
            words: (j..=e).collect(),
            breadth: Breadth::Known,
            known,
            area: None,
            site: false,
            town: false,
            around: Vec::new(),
            settlement: false,
            path: None,
            role: super::Role::Event,
        });
    };
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        if t.kind != Kind::Word || !t.proper {
            i += 1;
            continue;
        }
        let e = name_end(toks, i, chars);
        // "the Rotterdam Marathon": the race noun may be joined to the name.
        if race_noun(&toks[e].norm) && e > i {
            push(i, e - 1);
        } else if toks.get(e + 1).is_some_and(|x| race_noun(&x.norm)) {
            push(i, e);
        }
        i = e + 1;
    }
    for (i, t) in toks.iter().enumerate() {
        if !race_noun(&t.norm) {
            continue;
        }
        let of = toks
            .get(i + 1)
            .is_some_and(|x| OF_CITY.contains(&x.norm.as_str()));
        let j = i + 2;
        if of
            && toks
                .get(j)
                .is_some_and(|x| x.proper && x.kind == Kind::Word)
        {
            push(j, name_end(toks, j, chars));
        }
    }
    out
}

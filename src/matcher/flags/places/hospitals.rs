//! Places named inside a hospital's name (trial 46 F3): "according to Coimbra University
//! Hospital, where most of them were treated" tells Coimbra as "most of them in Coimbra"
//! does. The name before the noun ("Coimbra University Hospital", "the Leiria hospital")
//! is read with the offices (`forces::offices`); the name after it ("Hospital de
//! Coimbra", "l'hôpital de Lyon", "ospedale di Padova", "Centro Hospitalar e
//! Universitário de Coimbra") here. Only a place the gazetteer knows is read: "St Mary's
//! Hospital", "Mount Sinai Hospital" name no town.
//!
//! A place told where people were treated or taken ("taken to a hospital in Coimbra",
//! "treated in Lisbon", "hospitalized, most of them in the city of Leiria") is a place of
//! [`Role::Treatment`] (`roles.rs`): the town of a hospital is not the town of a leak
//! (trial 46: "Coimbra ≠ Pombal"); so is a town named in a hospital's name.
//!
//! A hospital named by a name of its own ("the Rotes Kreuz Krankenhaus", "Klinikum
//! Bremen-Ost", "St Mary's Hospital", "Ospedale Maggiore") is a place of treatment too,
//! with no preposition before it ([`named_hospitals`], trial 51 F3: "taken to the Klinikum
//! Bremen-Mitte and the Rotes Kreuz Krankenhaus" / "… and Klinikum Bremen-Ost" was not
//! compared, and one hospital against another was flagged as two people).

use super::forces::named;
use super::names::{joining_word, whole_name_end};
use super::{breadth, name_end, name_of, Breadth, Place, Role};
use crate::matcher::features::Prepared;
use crate::matcher::flags::gazetteer::readings;
use crate::matcher::flags::names::{joins_name, same_name_word};
use crate::matcher::text::Kind;

/// Nouns of a hospital ("Coimbra University Hospital", "Hospital de Coimbra").
pub(super) use crate::matcher::lexicon::fate_phrases::HOSPITALS;

/// Words between a hospital's noun and the place after it ("Hospital de Coimbra",
/// "ospedale di Padova", "Klinikum von Nürnberg").
const OF: &[&str] = &["of", "de", "du", "di", "del", "da", "do", "von", "van"];

/// Places named after a hospital's noun ([`HOSPITALS`]) and a word of [`OF`], at most
/// three words apart ("Centro Hospitalar e Universitário de Coimbra"): a known place of
/// one to three capitalised words, not a country ("the Hospital of Portugal" says nothing
/// of the town).
pub(super) fn hospitals(p: &Prepared) -> Vec<Place> {
    let toks = &p.tokens;
    let proper = |k: usize| toks[k].proper && toks[k].kind == Kind::Word;
    let mut out = Vec::new();
    for (h, t) in toks.iter().enumerate() {
        if !HOSPITALS.contains(&t.norm.as_str()) {
            continue;
        }
        let of = (h + 1..toks.len().min(h + 5)).find(|&k| OF.contains(&toks[k].norm.as_str()));
        let Some(j) = of.map(|k| k + 1).filter(|&j| j < toks.len() && proper(j)) else {
            continue;
        };
        let Some(e) = (j..toks.len().min(j + 3))
            .rev()
            .find(|&e| (j..=e).all(proper) && !readings(&name_of(&toks[j..=e])).is_empty())
        else {
            continue;
        };
        let name = name_of(&toks[j..=e]);
        let breadth = breadth(&name);
        let country = crate::matcher::flags::regions::COUNTRIES.contains(&name.as_str());
        if breadth == Breadth::Continent || country {
            continue;
        }
        let mut place = named(toks, (j, e), breadth, readings(&name).to_vec());
        place.role = Role::Treatment;
        out.push(place);
    }
    out
}

/// Hospitals named by a name of their own: a run of capitalised words inside the sentence
/// joined as one name (`names::joins_name`: "Klinikum Bremen-Ost", "St. Mary's
/// Hospital"; with its joining words, `names::whole_name_end`: "Hospital de Santa Maria")
/// that holds a hospital's noun ([`HOSPITALS`]) and a word of its own besides
/// (not a German noun alone: "ins Krankenhaus gebracht"), read as a place of treatment
/// that the gazetteer does not know. Its words that tell it are its own, not the noun
/// ("Klinikum Ost" / "Klinikum Mitte" share no place; "St Mary's Hospital" is not named
/// by "taken to hospital").
pub(super) fn named_hospitals(p: &Prepared) -> Vec<Place> {
    let toks = &p.tokens;
    let word = |k: usize| toks[k].proper && toks[k].kind == Kind::Word;
    let noun = |k: usize| HOSPITALS.contains(&toks[k].norm.as_str());
    let chars = crate::matcher::flags::chars_of(p);
    let joined = |k: usize| {
        chars
            .get(toks[k].end..toks[k + 1].start)
            .is_some_and(joins_name)
    };
    let mut out = Vec::new();
    let mut k = 0;
    while k < toks.len() {
        if !(word(k) && noun(k)) {
            k += 1;
            continue;
        }
        let mut j = k;
        while j > 0 && word(j - 1) && joined(j - 1) {
            j -= 1;
        }
        // With the words that join its parts and the words after them ("Hospital de
        // Santa Maria").
        let mut e = name_end(toks, k, chars);
        loop {
            let further = name_end(toks, whole_name_end(toks, e, chars).0, chars);
            if further == e {
                break;
            }
            e = further;
        }
        let own: Vec<usize> = (j..=e)
            .filter(|&m| !noun(m) && !joining_word(&toks[m]))
            .collect();
        if !own.is_empty() {
            let mut place = named(toks, (j, e), Breadth::Local, Vec::new());
            place.words = own;
            place.town = false;
            place.role = Role::Treatment;
            out.push(place);
        }
        k = e + 1;
    }
    out
}

/// Whether places `x` of `own` and `y` of `other` are one hospital told longer and shorter
/// ("Larned State Hospital" / "the Larned State Security Hospital"): both names hold a
/// hospital's noun ([`HOSPITALS`]) and every word of its own of one (`Place::words`) is a
/// word of the other's. "Klinikum Bremen-Mitte" / "Klinikum Bremen-Ost" are two.
pub(super) fn one_hospital(own: &Prepared, x: &Place, other: &Prepared, y: &Place) -> bool {
    let hospital = |p: &Prepared, z: &Place| {
        p.tokens[z.tokens.0..=z.tokens.1]
            .iter()
            .any(|t| HOSPITALS.contains(&t.norm.as_str()))
    };
    let within = |p: &Prepared, z: &Place, q: &Prepared, w: &Place| {
        z.words.iter().all(|&k| {
            w.words
                .iter()
                .any(|&m| same_name_word(&p.tokens[k], &q.tokens[m]))
        })
    };
    hospital(own, x) && hospital(other, y) && (within(own, x, other, y) || within(other, y, own, x))
}

//! Places named by the forces of a town ("Vancouver police said", "Detroit officials"):
//! the place where it happened, read as a place of the place flags.

use super::{breadth, name_of, Breadth, Place, DEMONYM_ENDS};
use crate::matcher::features::Prepared;
use crate::matcher::flags::gazetteer::{readings, Known};
use crate::matcher::text::Kind;

/// Local forces and officials named by their place ("Vancouver police", "Detroit
/// officials"): the place where it happened.
const FORCES: &[&str] = &["police", "officials", "authorities", "firefighters"];

/// Courts and their officers named by the town they sit in ("A London court sentenced
/// ...", "a Manchester jury", "Leeds magistrates"): where the trial is, a slot of its own
/// (the place's `path` "court": compared with another court's town, not with where the
/// crime was). Trial 39 N6: "A London court" / "A Manchester court" was not flagged.
const COURTS: &[&str] = &[
    "court",
    "courts",
    "jury",
    "judge",
    "magistrates",
    "coroner",
    "prosecutors",
    "prosecutor",
];

/// Capitalised words before [`FORCES`] that name no place ("Federal officials").
const NOT_PLACES: &[&str] = &[
    "federal",
    "state",
    "city",
    "county",
    "local",
    "national",
    "government",
    "military",
    "army",
    "border",
    "transit",
    "airport",
    "school",
    "university",
    "campus",
    "park",
];

/// Places named before [`FORCES`] or [`COURTS`] ("Vancouver police said", "Los Angeles
/// firefighters", "A London court"): one to three capitalised words, none an adjective of a people
/// ([`DEMONYM_ENDS`]: "Israeli officials", "Chinese authorities" name a country's forces,
/// not where it happened) nor a region ("U.S. officials", "Ohio police": a region's
/// forces say nothing of the town).
pub(super) fn forces(p: &Prepared) -> Vec<Place> {
    let toks = &p.tokens;
    let mut out = Vec::new();
    for (k, t) in toks.iter().enumerate().skip(1) {
        let noun = t.norm.as_str();
        if !(FORCES.contains(&noun) || COURTS.contains(&noun)) || t.capital {
            continue;
        }
        let e = k - 1;
        let mut j = e;
        while j > 0 && e - j < 2 && toks[j - 1].proper && toks[j - 1].kind == Kind::Word {
            j -= 1;
        }
        let word = |x: &crate::matcher::text::Token| x.proper && x.kind == Kind::Word;
        let people =
            |n: &str| NOT_PLACES.contains(&n) || DEMONYM_ENDS.iter().any(|s| n.ends_with(s));
        // "NASCAR officials", "CDC officials": an organisation's.
        let chars = crate::matcher::flags::chars_of(p);
        let acronym = |x: &crate::matcher::text::Token| {
            chars
                .get(x.start..x.end)
                .is_some_and(|w| w.len() >= 2 && w.iter().all(|c| !c.is_lowercase()))
        };
        if !word(&toks[e]) || (j..=e).any(|x| people(&toks[x].norm) || acronym(&toks[x])) {
            continue;
        }
        let name = name_of(&toks[j..=e]);
        let breadth = breadth(&name);
        let known = readings(&name).to_vec();
        if breadth == Breadth::Continent || !known.iter().all(Known::is_city) {
            continue;
        }
        let mut place = named(toks, (j, e), breadth, known);
        // Where a court sits is the trial's slot, not where the crime was ("A Brooklyn
        // jury" / "killed in Brownsville"): compared with another court's town only.
        if COURTS.contains(&noun) {
            place.path = Some("court");
        }
        out.push(place);
    }
    out
}

/// Nouns of a public office named by the place it serves ("the Guerrero civil protection
/// office", "the Oaxaca health department"), lower case.
const OFFICES: &[&str] = &[
    "office",
    "agency",
    "department",
    "ministry",
    "secretariat",
    "directorate",
    "authority",
    "service",
    "services",
];

/// Places named by an office that serves them ("according to the Guerrero civil
/// protection office", "the Oaxaca Civil Protection Office said"): a known place (a town,
/// a state; not a country, "the U.S. Treasury Department", nor a continent) of one to
/// three capitalised words, then at most
/// three words of what the office does and an office noun ([`OFFICES`]). Trial 38 F6:
/// "in Guerrero" / "in Oaxaca" were compared, the offices of two states not. A region is
/// read too: two regions' offices telling one fact are two places told.
pub(super) fn offices(p: &Prepared) -> Vec<Place> {
    let toks = &p.tokens;
    let mut out = Vec::new();
    let proper = |x: &crate::matcher::text::Token| x.proper && x.kind == Kind::Word;
    for j in 0..toks.len() {
        if !proper(&toks[j]) || (j > 0 && proper(&toks[j - 1])) {
            continue;
        }
        // The longest known name of one to three words from `j`.
        let Some(e) = (j..toks.len().min(j + 3)).rev().find(|&e| {
            (j..=e).all(|x| proper(&toks[x])) && !readings(&name_of(&toks[j..=e])).is_empty()
        }) else {
            continue;
        };
        // "Coimbra University Hospital", "the Leiria hospital" (trial 46 F3): a hospital
        // is where it stands (`hospitals.rs`).
        let office = (e + 1..toks.len().min(e + 5)).find(|&m| {
            let w = toks[m].norm.as_str();
            OFFICES.contains(&w) || super::hospitals::HOSPITALS.contains(&w)
        });
        let Some(m) = office else { continue };
        let between = toks[e + 1..m].iter().all(|x| {
            x.kind == Kind::Word && !x.stop && !DEMONYM_ENDS.iter().any(|s| x.norm.ends_with(s))
        });
        let name = name_of(&toks[j..=e]);
        let breadth = breadth(&name);
        // A country's office ("the U.S. Treasury Department") acts from its capital, not
        // where the fact happened.
        let country = crate::matcher::flags::regions::COUNTRIES.contains(&name.as_str());
        if !between || breadth == Breadth::Continent || country {
            continue;
        }
        let mut place = named(toks, (j, e), breadth, readings(&name).to_vec());
        // The town in a hospital's name is where people were treated, as in "Hospital de
        // Coimbra" (`hospitals.rs`).
        if super::hospitals::HOSPITALS.contains(&toks[m].norm.as_str()) {
            place.role = super::Role::Treatment;
        }
        out.push(place);
    }
    out
}

/// The place named by tokens `j..=e` of `toks`, with its breadth and readings: a town when
/// every reading is a city ("Vancouver police"), a region otherwise ("the Guerrero civil
/// protection office").
pub(super) fn named(
    toks: &[crate::matcher::text::Token],
    (j, e): (usize, usize),
    breadth: Breadth,
    known: Vec<Known>,
) -> Place {
    let town = known.iter().all(Known::is_city);
    Place {
        range: (toks[j].start, toks[e].end),
        tokens: (j, e),
        words: (j..=e).collect(),
        breadth,
        known,
        area: None,
        site: false,
        town,
        around: Vec::new(),
        settlement: false,
        path: None,
        role: super::Role::Event,
    }
}

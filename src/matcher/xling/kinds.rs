//! The tables read only across languages (`xling.rs`' concepts of a sentence, not the
//! flags' `xling::word_keys`): one concept per noun of a kind of people
//! (`lexicon/people_groups.rs`: "driver" / "Lenker" / "conductor", "passengers" /
//! "Fahrgäste" / "pasajeros", "pensioners" / "Pensionisten" / "jubilados"), per
//! nationality, told by its adjective, a noun of its people or its country
//! (`lexicon/nationalities.rs`, `lexicon/countries.rs`: "German" / "deutschen" / "alemán"
//! / "Deutschland"), and per group of `lexicon/across_concepts.rs` ("rain" / "Regen" /
//! "lluvia", "coach" / "Bus" / "autocar"), and per class of the causes of a road crash
//! (`lexicon/crash_causes.rs`), with one concept of them all. Trial 57: the wire's "The 58-year-old driver,
//! a German national, was killed" shared with "Der 58-jährige Lenker aus Deutschland
//! überlebte" its age alone.

use super::key;
use crate::matcher::lexicon::crash_causes as causes;
use crate::matcher::lexicon::{across_concepts, countries, nationalities, people_groups};

/// The classes of the causes of a road crash (`lexicon/crash_causes.rs`), read by their
/// one-word phrases ("brake failure" / "fallo de los frenos", "Sekundenschlaf").
const CRASH_CAUSES: [&[&[&str]]; 8] = [
    causes::BRAKES,
    causes::TYRES,
    causes::STEERING,
    causes::ASLEEP,
    causes::ALCOHOL,
    causes::DISTRACTION,
    causes::ILLNESS,
    causes::ICE,
];

/// Adds to `out` the concepts of the word `norm` (lower case; `plain` without
/// diacritics) in the tables read only across languages.
pub(super) fn concepts(norm: &str, plain: &str, out: &mut Vec<u64>) {
    if let Some(i) = people_groups::group_of(norm) {
        out.push(key("people", &i.to_string()));
    }
    if let Some(n) = nationality(norm, plain) {
        out.push(key("nation", n));
    }
    if let Some(i) = super::group_of(across_concepts::GROUPS, plain) {
        out.push(key("x", &i.to_string()));
    }
    if let Some(i) = crash_cause(norm) {
        // Its class, and that it tells a cause: two causes told of one crash are one fact
        // told two ways ("pointed to brake failure" / "gehen von Sekundenschlaf aus").
        out.push(key("cause", &i.to_string()));
        out.push(key("cause", "any"));
    }
}

/// The class of [`CRASH_CAUSES`] a one-word phrase of which writes `norm` (a pattern
/// ending in `*` matches any word it begins).
fn crash_cause(norm: &str) -> Option<usize> {
    let is = |w: &str| match w.strip_suffix('*') {
        Some(start) => norm.starts_with(start),
        None => norm == w,
    };
    CRASH_CAUSES
        .iter()
        .position(|class| class.iter().any(|p| p.len() == 1 && is(p[0])))
}

/// The key of the nationality the word `norm` (`plain` without diacritics) tells: an
/// adjective of it, a German or Dutch adjective with its ending, a noun of its people or
/// its country's name.
fn nationality(norm: &str, plain: &str) -> Option<&'static str> {
    nationalities::NATIONALITIES
        .iter()
        .find(|n| n.adjectives.contains(&norm) || n.nouns.contains(&norm))
        .map(|n| n.key)
        .or_else(|| nationalities::germanic_nationality(norm))
        .or_else(|| countries::nationality_of_country(plain))
}

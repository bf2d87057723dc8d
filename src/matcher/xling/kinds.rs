//! The tables read only across languages (`xling.rs`' concepts of a sentence, not the
//! flags' `xling::word_keys`): one concept per noun of a kind of people
//! (`lexicon/people_groups.rs`: "driver" / "Lenker" / "conductor", "passengers" /
//! "Fahrgäste" / "pasajeros", "pensioners" / "Pensionisten" / "jubilados"), per
//! nationality, told by its adjective, a noun of its people or its country
//! (`lexicon/nationalities.rs`, `lexicon/countries.rs`: "German" / "deutschen" / "alemán"
//! / "Deutschland"), and per group of `lexicon/across_concepts.rs` ("rain" / "Regen" /
//! "lluvia", "coach" / "Bus" / "autocar"). Trial 57: the wire's "The 58-year-old driver,
//! a German national, was killed" shared with "Der 58-jährige Lenker aus Deutschland
//! überlebte" its age alone.

use super::key;
use crate::matcher::lexicon::{across_concepts, countries, nationalities, people_groups};

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
        .or_else(|| {
            countries::COUNTRIES
                .iter()
                .find(|c| c.1.contains(&plain))
                .map(|c| c.0)
        })
}

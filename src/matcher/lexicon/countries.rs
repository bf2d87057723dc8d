//! The country of each nationality (`lexicon/nationalities.rs`: "es", "de"), by the
//! gazetteer's canonical name of it, so that across languages (`xling.rs`) a country and
//! its adjective are one concept ("Spain" / "Spanien" / "España", "Spanish" /
//! "spanischen"; trial 57: "the families in Spain and Germany" / "den Familien in Spanien
//! und Deutschland", "a German national" / "un alemán"). The countries' names in every
//! language are the gazetteer's (`flags/gazetteer.txt`, its `@` lines), read by
//! [`nationality_of_country`]: one list of them.

use crate::matcher::flags::nation_named;

/// Per nationality's key, its country's canonical name in the gazetteer.
const COUNTRIES: &[(&str, &str)] = &[
    ("uk", "u.k."),
    ("fr", "france"),
    ("de", "germany"),
    ("us", "u.s."),
    ("it", "italy"),
    ("es", "spain"),
    ("nl", "netherlands"),
    ("be", "belgium"),
    ("ch", "switzerland"),
    ("ca", "canada"),
    ("au", "australia"),
    ("ie", "ireland"),
    ("pl", "poland"),
    ("ru", "russia"),
    ("cn", "china"),
    ("jp", "japan"),
    ("ma", "morocco"),
    ("pt", "portugal"),
    ("se", "sweden"),
    ("at", "austria"),
    ("il", "israel"),
    ("th", "thailand"),
];

/// The key of the nationality whose country the word `plain` (lower case, without
/// diacritics) names in the gazetteer (`flags::nation_named`: "deutschland", "espana",
/// "angleterre"); `None` for any other word, and for a country no nationality is kept of.
pub(in crate::matcher) fn nationality_of_country(plain: &str) -> Option<&'static str> {
    let country = nation_named(plain)?;
    COUNTRIES
        .iter()
        .find(|(_, c)| *c == country)
        .map(|(key, _)| *key)
}

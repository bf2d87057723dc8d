//! The country a body of the state speaks for, for the speaker flag: "Russia's defence
//! ministry" / "Ukraine's defence ministry", "the Israeli military" / "the Palestinian
//! health ministry", "el Ministerio de Defensa ruso", "das ukrainische
//! Verteidigungsministerium" are two sides of a conflict, while "the Israeli army" and
//! "Israel's military" are one (trial 26, F8). The countries' names are the gazetteer's
//! (`flags/gazetteer.txt`, its `@` lines, every language it holds); here are the
//! adjectives of the people of the countries most in the news of conflicts in English,
//! French, German, Spanish and Italian, and the capitals that stand for their state as a
//! source ("Kyiv said", "sagte Moskau": session 24), read as the gazetteer places them.

use super::capitals::{CAPITALS, CAPITAL_SPELLINGS, SEATS};
use crate::matcher::flags::{country_named, fold_diacritics, place_readings};
use crate::matcher::text::Token;

/// Adjectives of a country's people, by the gazetteer's canonical name of the country
/// (`flags/gazetteer.txt`, whose `@` lines give the countries' names, read by
/// [`country_of_word`]): lower case and without diacritics. A word ending with `-` is a
/// German adjective read with its endings ("russisch-": "russische", "russischen"); a word
/// ending with `+` a Spanish or Italian one read in any gender and number ("ruso+":
/// "rusa", "rusos", "rusas").
const DEMONYMS: &[(&str, &[&str])] = &[
    (
        "russia",
        &[
            "russian",
            "russians",
            "russe",
            "russes",
            "russisch-",
            "ruso+",
            "russo+",
        ],
    ),
    (
        "ukraine",
        &[
            "ukrainian",
            "ukrainians",
            "ukrainien",
            "ukrainienne",
            "ukrainiens",
            "ukrainisch-",
            "ucraniano+",
            "ucraino+",
        ],
    ),
    (
        "israel",
        &[
            "israeli",
            "israelis",
            "israelien",
            "israelienne",
            "israeliens",
            "israelisch-",
            "israeli+",
            "israeliano+",
        ],
    ),
    (
        "palestine",
        &[
            "palestinian",
            "palestinians",
            "palestinien",
            "palestinienne",
            "palestiniens",
            "palastinensisch-",
            "palestino+",
            "palestinese",
            "palestinesi",
        ],
    ),
    (
        "lebanon",
        &[
            "lebanese",
            "libanais",
            "libanaise",
            "libanesisch-",
            "libanes",
            "libanesa",
            "libanese",
            "libanesi",
        ],
    ),
    (
        "syria",
        &[
            "syrian", "syrien", "syrienne", "syrisch-", "sirio+", "siriano+",
        ],
    ),
    (
        "iran",
        &[
            "iranian",
            "iranien",
            "iranienne",
            "iranisch-",
            "irani+",
            "iraniano+",
        ],
    ),
    (
        "iraq",
        &[
            "iraqi",
            "irakien",
            "irakienne",
            "irakisch-",
            "iraqui+",
            "iracheno+",
        ],
    ),
    (
        "sudan",
        &[
            "sudanese",
            "soudanais",
            "soudanaise",
            "sudanesisch-",
            "sudanes",
            "sudanesa",
            "sudanesi",
        ],
    ),
    (
        "india",
        &[
            "indian", "indien", "indienne", "indisch-", "indiano", "indiani", "indiane",
        ],
    ),
    (
        "pakistan",
        &[
            "pakistani",
            "pakistanais",
            "pakistanaise",
            "pakistanisch-",
            "paquistani",
            "pakistano+",
        ],
    ),
    (
        "china",
        &[
            "chinese",
            "chinois",
            "chinoise",
            "chinesisch-",
            "chino+",
            "cinese",
            "cinesi",
        ],
    ),
    (
        "taiwan",
        &[
            "taiwanese",
            "taiwanais",
            "taiwanaise",
            "taiwanesisch-",
            "taiwanes",
        ],
    ),
    (
        "armenia",
        &[
            "armenian",
            "armenien",
            "armenienne",
            "armenisch-",
            "armenio+",
            "armeno+",
        ],
    ),
    (
        "azerbaijan",
        &["azerbaijani", "azeri", "aserbaidschanisch-"],
    ),
    (
        "ethiopia",
        &[
            "ethiopian",
            "ethiopien",
            "athiopisch-",
            "etiope",
            "etiopi",
            "etiope+",
        ],
    ),
    (
        "yemen",
        &["yemeni", "yemenite", "jemenitisch-", "yemeni+", "yemenita"],
    ),
    (
        "u.s.",
        &[
            "american",
            "americans",
            "americain",
            "americaine",
            "amerikanisch-",
            "estadounidense",
            "statunitense",
        ],
    ),
    (
        "u.k.",
        &[
            "british",
            "britannique",
            "britisch-",
            "britanico+",
            "britannico+",
        ],
    ),
    (
        "turkey",
        &["turkish", "turc", "turque", "turkisch-", "turco+"],
    ),
    (
        "egypt",
        &[
            "egyptian",
            "egyptien",
            "egyptienne",
            "agyptisch-",
            "egipcio+",
            "egiziano+",
        ],
    ),
    ("saudi arabia", &["saudi", "saudis"]),
];

/// Names of countries the gazetteer's `@` lines do not hold yet (French, German, Spanish
/// and Italian ones; `gazetteer.txt` is another flag's table, these belong there), and
/// "Gaza", a region of the gazetteer that speaks for the Palestinians ("the Gaza health
/// ministry"); and the state news agencies that speak for their state ("Xinhua said").
/// Keys and words as in [`DEMONYMS`].
const OTHER_NAMES: &[(&str, &[&str])] = &[
    ("palestine", &["gaza", "palastina", "palestina"]),
    ("lebanon", &["liban", "libanon", "libano"]),
    ("syria", &["syrie", "siria"]),
    ("iraq", &["irak"]),
    ("sudan", &["soudan"]),
    ("india", &["inde"]),
    ("pakistan", &["paquistan"]),
    ("china", &["xinhua"]),
    ("armenia", &["armenie"]),
    (
        "azerbaijan",
        &["azerbaidjan", "azerbaidschan", "azerbaiyan", "azerbaigian"],
    ),
    ("ethiopia", &["ethiopie", "athiopien", "etiopia"]),
    ("yemen", &["jemen"]),
    ("turkey", &["turquie", "turkei", "turquia"]),
    ("egypt", &["egypte", "agypten", "egipto", "egitto"]),
    ("russia", &["tass"]),
    ("north korea", &["kcna"]),
    ("iran", &["irna"]),
];

/// Endings of a German adjective after its stem ("russisch" + "e", "en", "er", "es",
/// "em").
const GERMAN_ENDINGS: &[&str] = &["", "e", "en", "er", "es", "em"];

/// Endings of a Spanish or Italian adjective in `-o` for its other genders and numbers.
const ROMANCE_ENDINGS: &[&str] = &["a", "os", "as", "i", "e"];

/// Whether `word` (lower case, diacritics folded) is a table's `entry` ([`DEMONYMS`]).
fn is_entry(word: &str, entry: &str) -> bool {
    if let Some(stem) = entry.strip_suffix('-') {
        return word
            .strip_prefix(stem)
            .is_some_and(|rest| GERMAN_ENDINGS.contains(&rest));
    }
    if let Some(form) = entry.strip_suffix('+') {
        let stem = form.strip_suffix('o').unwrap_or(form);
        return word == form
            || word
                .strip_prefix(stem)
                .is_some_and(|rest| ROMANCE_ENDINGS.contains(&rest));
    }
    word == entry
}

/// The country token `t` names or whose people it names ("Russia's" read as "russia",
/// "ukrainischen", "rusa", "Gaza", "US" in capitals but not "us"), or whose capital it is
/// ("Moscow", "Kiew"), by the gazetteer's canonical name ("russia", "u.s."); `None` for any
/// other word. A name of two words is [`country_at`]'s.
pub(super) fn country_of(t: &Token) -> Option<&'static str> {
    match t.norm.as_str() {
        "us" | "u.s" | "u.s." => t.capital.then_some("u.s."),
        norm => country_of_word(norm).or_else(|| capital_country(norm)),
    }
}

/// The country tokens `toks[k..]` name ([`country_of`]), a name of two words first ("Saudi
/// Arabia's", "South Korea", "New Delhi"; joined by a space, `chars` the text), with the
/// last token of the name.
pub(super) fn country_at(
    toks: &[Token],
    chars: &[char],
    k: usize,
) -> Option<(&'static str, usize)> {
    let two = toks.get(k + 1).filter(|n| {
        toks[k].capital && n.capital && chars.get(toks[k].end..n.start) == Some(&[' '][..])
    });
    if let Some(n) = two {
        let name = format!(
            "{} {}",
            fold_diacritics(&toks[k].norm),
            fold_diacritics(&n.norm)
        );
        if let Some(c) = country_named(&name).or_else(|| capital_country(&name)) {
            return Some((c, k + 1));
        }
    }
    country_of(&toks[k]).map(|c| (c, k))
}

/// The country of a word (lower case, a possessive "'s" taken off), as [`country_of`] but
/// for capitals: an adjective of its people ([`DEMONYMS`]; a French plural read as its
/// singular, "palestiniennes", "israeliennes": trial 27, F8), a name the gazetteer lacks
/// ([`OTHER_NAMES`]), or a name of the gazetteer's.
pub(super) fn country_of_word(norm: &str) -> Option<&'static str> {
    let word = fold_diacritics(norm);
    let singular = word.strip_suffix('s').filter(|w| w.ends_with("enne"));
    DEMONYMS
        .iter()
        .chain(OTHER_NAMES)
        .find(|(_, words)| {
            words
                .iter()
                .any(|e| is_entry(&word, e) || singular.is_some_and(|w| is_entry(w, e)))
        })
        .map(|(key, _)| *key)
        .or_else(|| country_named(&word))
}

/// The country a speaker's name stands for as its state ("Kyiv said", "sagte Moskau",
/// "Russia said", "Russland sagte"): a capital ([`capital_country`]) or a country's name
/// of the gazetteer (lower case, words joined by spaces).
pub(super) fn state_named(name: &str) -> Option<&'static str> {
    capital_country(name).or_else(|| country_named(&fold_diacritics(name)))
}

/// The country whose side a word of "pro" (or Italian "filo") and an adjective of its
/// people takes ("prorussische", "prorusses", "prorrusos", "filorussi"; [`DEMONYMS`]).
pub(super) fn prefixed_side(norm: &str) -> Option<&'static str> {
    let word = fold_diacritics(norm);
    let rest = word
        .strip_prefix("pro")
        .or_else(|| word.strip_prefix("filo"))?;
    // Spanish doubles the "r" after "pro": "prorrusos".
    let rest = rest
        .strip_prefix('r')
        .filter(|r| r.starts_with('r'))
        .unwrap_or(rest);
    if rest.chars().count() < 4 {
        return None;
    }
    DEMONYMS
        .iter()
        .find(|(_, words)| words.iter().any(|e| is_entry(rest, e)))
        .map(|(key, _)| *key)
}

/// The country whose capital a name is ([`CAPITALS`], written as the gazetteer writes it
/// or as [`CAPITAL_SPELLINGS`] does; lower case), or whose seat of government it is
/// ([`SEATS`]): "kiew", "kiev", "moscou", "london" (of England), "new delhi", "kremlin",
/// "white house".
pub(super) fn capital_country(name: &str) -> Option<&'static str> {
    let folded = fold_diacritics(name);
    let name = CAPITAL_SPELLINGS
        .iter()
        .chain(SEATS)
        .find(|(other, _)| *other == folded)
        .map_or(folded.as_ref(), |(_, city)| city);
    let readings = place_readings(name);
    // A name the gazetteer does not know (most asked) is no capital: the capitals are not
    // gone through for it.
    if readings.is_empty() {
        return None;
    }
    CAPITALS.iter().find_map(|entry| {
        let (city, country) = entry.split_once('@').unwrap_or((entry, ""));
        readings
            .iter()
            .find(|(c, _, at)| *at == Some(city) && (country.is_empty() || *c == country))
            .map(|(c, _, _)| *c)
    })
}

#[cfg(test)]
#[path = "tests_countries.rs"]
mod tests;

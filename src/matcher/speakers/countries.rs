//! The country a body of the state speaks for, for the speaker flag: "Russia's defence
//! ministry" / "Ukraine's defence ministry", "the Israeli military" / "the Palestinian
//! health ministry", "el Ministerio de Defensa ruso", "das ukrainische
//! Verteidigungsministerium" are two sides of a conflict, while "the Israeli army" and
//! "Israel's military" are one (trial 26, F8). A small table of the countries most in the
//! news of conflicts, each with its names and the adjectives of its people in English,
//! French, German, Spanish and Italian.

use crate::matcher::flags::fold_diacritics;
use crate::matcher::text::Token;

/// Countries: a key, and the words that name it or its people, lower case and without
/// diacritics. A word ending with `-` is a German adjective read with its endings
/// ("russisch-": "russische", "russischen"); a word ending with `+` a Spanish or Italian
/// one read in any gender and number ("ruso+": "rusa", "rusos", "rusas").
const COUNTRIES: &[(&str, &[&str])] = &[
    (
        "russia",
        &[
            "russia",
            "russian",
            "russians",
            "russie",
            "russe",
            "russes",
            "russland",
            "russisch-",
            "rusia",
            "ruso+",
            "russo+",
        ],
    ),
    (
        "ukraine",
        &[
            "ukraine",
            "ukrainian",
            "ukrainians",
            "ukrainien",
            "ukrainienne",
            "ukrainiens",
            "ukrainisch-",
            "ucrania",
            "ucraniano+",
            "ucraina",
            "ucraino+",
        ],
    ),
    (
        "israel",
        &[
            "israel",
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
            "palestine",
            "palestinian",
            "palestinians",
            "gaza",
            "palestinien",
            "palestinienne",
            "palestiniens",
            "palastina",
            "palastinensisch-",
            "palestina",
            "palestino+",
            "palestinese",
            "palestinesi",
        ],
    ),
    (
        "lebanon",
        &[
            "lebanon",
            "lebanese",
            "liban",
            "libanais",
            "libanaise",
            "libanon",
            "libanesisch-",
            "libano",
            "libanes",
            "libanesa",
            "libanese",
            "libanesi",
        ],
    ),
    (
        "syria",
        &[
            "syria", "syrian", "syrie", "syrien", "syrienne", "syrisch-", "siria", "sirio+",
            "siriano+",
        ],
    ),
    (
        "iran",
        &[
            "iran",
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
            "iraq",
            "iraqi",
            "irak",
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
            "sudan",
            "sudanese",
            "soudan",
            "soudanais",
            "soudanaise",
            "sudanesisch-",
            "sudanes",
            "sudanesa",
            "sudanese",
            "sudanesi",
        ],
    ),
    (
        "india",
        &[
            "india", "indian", "inde", "indien", "indienne", "indisch-", "indiano", "indiani",
            "indiane",
        ],
    ),
    (
        "pakistan",
        &[
            "pakistan",
            "pakistani",
            "pakistanais",
            "pakistanaise",
            "pakistanisch-",
            "paquistan",
            "paquistani",
            "pakistano+",
        ],
    ),
    (
        "china",
        &[
            "china",
            "chinese",
            "chine",
            "chinois",
            "chinoise",
            "chinesisch-",
            "chino+",
            "cina",
            "cinese",
            "cinesi",
        ],
    ),
    (
        "taiwan",
        &[
            "taiwan",
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
            "armenia",
            "armenian",
            "armenie",
            "armenien",
            "armenienne",
            "armenien",
            "armenisch-",
            "armenio+",
            "armeno+",
        ],
    ),
    (
        "azerbaijan",
        &[
            "azerbaijan",
            "azerbaijani",
            "azeri",
            "azerbaidjan",
            "azerbaidschan",
            "aserbaidschanisch-",
            "azerbaiyan",
            "azerbaigian",
        ],
    ),
    (
        "ethiopia",
        &[
            "ethiopia",
            "ethiopian",
            "ethiopie",
            "ethiopien",
            "athiopien",
            "athiopisch-",
            "etiopia",
            "etiope",
            "etiopi",
            "etiope+",
        ],
    ),
    (
        "yemen",
        &[
            "yemen",
            "yemeni",
            "yemenite",
            "jemen",
            "jemenitisch-",
            "yemeni+",
            "yemenita",
        ],
    ),
    (
        "united states",
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
        "united kingdom",
        &[
            "britain",
            "british",
            "britannique",
            "britisch-",
            "britanico+",
            "britannico+",
        ],
    ),
    (
        "turkey",
        &[
            "turkey",
            "turkish",
            "turquie",
            "turc",
            "turque",
            "turkei",
            "turkisch-",
            "turquia",
            "turco+",
        ],
    ),
    (
        "egypt",
        &[
            "egypt",
            "egyptian",
            "egypte",
            "egyptien",
            "egyptienne",
            "agypten",
            "agyptisch-",
            "egipto",
            "egipcio+",
            "egitto",
            "egiziano+",
        ],
    ),
];

/// Endings of a German adjective after its stem ("russisch" + "e", "en", "er", "es",
/// "em").
const GERMAN_ENDINGS: &[&str] = &["", "e", "en", "er", "es", "em"];

/// Endings of a Spanish or Italian adjective in `-o` for its other genders and numbers.
const ROMANCE_ENDINGS: &[&str] = &["a", "os", "as", "i", "e"];

/// Whether `word` (lower case, diacritics folded) is the table's `entry` ([`COUNTRIES`]).
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
/// "ukrainischen", "rusa", "Gaza", "US" in capitals but not "us"), by the key of
/// [`COUNTRIES`]; `None` for any other word.
pub(super) fn country_of(t: &Token) -> Option<&'static str> {
    match t.norm.as_str() {
        "us" | "u.s" | "u.s." => t.capital.then_some("united states"),
        norm => country_of_word(norm),
    }
}

/// The country of a word (lower case, a possessive "'s" taken off), as [`country_of`];
/// a French plural read as its singular ("palestiniennes", "israeliennes": trial 27, F8).
fn country_of_word(norm: &str) -> Option<&'static str> {
    let word = fold_diacritics(norm);
    let singular = word.strip_suffix('s').filter(|w| w.ends_with("enne"));
    COUNTRIES
        .iter()
        .find(|(_, words)| {
            words
                .iter()
                .any(|e| is_entry(&word, e) || singular.is_some_and(|w| is_entry(w, e)))
        })
        .map(|(key, _)| *key)
}

#[cfg(test)]
mod tests {
    use super::country_of_word as country_of;

    #[test]
    fn names_and_adjectives_of_a_people_in_five_languages_give_its_country() {
        for (word, country) in [
            ("russia", "russia"),
            ("russian", "russia"),
            ("russische", "russia"),
            ("russischen", "russia"),
            ("ruso", "russia"),
            ("rusa", "russia"),
            ("russo", "russia"),
            ("ukrainian", "ukraine"),
            ("ukrainische", "ukraine"),
            ("ucraniano", "ukraine"),
            ("israeli", "israel"),
            ("israélien", "israel"),
            ("gaza", "palestine"),
            ("palestinian", "palestine"),
            ("sudanese", "sudan"),
            ("indian", "india"),
            ("pakistan", "pakistan"),
            ("palestiniennes", "palestine"),
            ("israéliennes", "israel"),
        ] {
            assert_eq!(country_of(word), Some(country), "{word}");
        }
        for word in ["russell", "rush", "ministry", "indiana", "user", "uses"] {
            assert_eq!(country_of(word), None, "{word}");
        }
    }
}

//! Adjectives of nationality in Dutch and German, which `flags/nationality.rs`'s table
//! (English, French, Spanish, Italian, Portuguese) lacks: their stems by the table's
//! keys, each read with its inflections (Dutch "Nederlands", "Nederlandse"; German
//! "niederländisch", "niederländische", "niederländischen", "niederländischer",
//! "niederländisches", "niederländischem"). Read by the facility flags
//! (`flags/facilities.rs`: "een Nederlands ziekenhuis" describes a hospital and names
//! none; trial 49 F3), lower case as tokens are normalised.

/// Dutch stems of adjectives of nationality by key: the word itself and with "-e".
const DUTCH: &[(&str, &[&str])] = &[
    ("uk", &["brits"]),
    ("fr", &["frans"]),
    ("de", &["duits"]),
    ("us", &["amerikaans"]),
    ("it", &["italiaans"]),
    ("es", &["spaans"]),
    ("nl", &["nederlands", "hollands"]),
    ("be", &["belgisch", "vlaams", "waals"]),
    ("ch", &["zwitsers"]),
    ("ca", &["canadees", "canades"]),
    ("au", &["australisch"]),
    ("ie", &["iers"]),
    ("pl", &["pools"]),
    ("ru", &["russisch"]),
    ("cn", &["chinees", "chines"]),
    ("jp", &["japans"]),
    ("ma", &["marokkaans"]),
    ("pt", &["portugees", "portuges"]),
    ("se", &["zweeds"]),
    ("at", &["oostenrijks"]),
    ("il", &["israëlisch", "israelisch"]),
    ("th", &["thais"]),
];

/// German stems of adjectives of nationality by key: the word itself and with "-e",
/// "-en", "-er", "-es", "-em".
const GERMAN: &[(&str, &[&str])] = &[
    ("uk", &["britisch"]),
    ("fr", &["französisch"]),
    ("de", &["deutsch"]),
    ("us", &["amerikanisch", "us-amerikanisch"]),
    ("it", &["italienisch"]),
    ("es", &["spanisch"]),
    ("nl", &["niederländisch", "holländisch"]),
    ("be", &["belgisch"]),
    ("ch", &["schweizerisch"]),
    ("ca", &["kanadisch"]),
    ("au", &["australisch"]),
    ("ie", &["irisch"]),
    ("pl", &["polnisch"]),
    ("ru", &["russisch"]),
    ("cn", &["chinesisch"]),
    ("jp", &["japanisch"]),
    ("ma", &["marokkanisch"]),
    ("pt", &["portugiesisch"]),
    ("se", &["schwedisch"]),
    ("at", &["österreichisch"]),
    ("il", &["israelisch"]),
    ("th", &["thailändisch"]),
];

/// Inflectional endings of a Dutch adjective.
const DUTCH_ENDINGS: &[&str] = &["", "e"];

/// Inflectional endings of a German adjective.
const GERMAN_ENDINGS: &[&str] = &["", "e", "en", "er", "es", "em"];

/// The key of the nationality a Dutch or German adjective `word` (lower case) tells, any
/// inflection of it ("nederlandse", "niederländisches": "nl"), if any.
pub(in crate::matcher) fn germanic_nationality(word: &str) -> Option<&'static str> {
    let find = |table: &[(&'static str, &[&str])], endings: &[&str]| {
        endings.iter().find_map(|e| {
            let stem = word.strip_suffix(e)?;
            table
                .iter()
                .find(|(_, stems)| stems.contains(&stem))
                .map(|(key, _)| *key)
        })
    };
    find(DUTCH, DUTCH_ENDINGS).or_else(|| find(GERMAN, GERMAN_ENDINGS))
}

#[cfg(test)]
mod tests {
    use super::germanic_nationality;

    #[test]
    fn inflected_dutch_and_german_adjectives_are_read() {
        for (w, key) in [
            ("nederlands", "nl"),
            ("nederlandse", "nl"),
            ("niederländisches", "nl"),
            ("niederländischen", "nl"),
            ("duitse", "de"),
            ("deutschem", "de"),
            ("belgische", "be"),
        ] {
            assert_eq!(germanic_nationality(w), Some(key), "{w}");
        }
        for w in [
            "nederland",
            "deutschland",
            "ziekenhuis",
            "frankrijk",
            "e",
            "",
        ] {
            assert_eq!(germanic_nationality(w), None, "{w}");
        }
    }
}

//! The one table of nationalities (session 47): for each country most in the news, its
//! adjectives in English, French, Spanish, Italian and Portuguese (most are nouns too: "an
//! Italian", "un Français", "un italiano"), the stems of its Dutch and German adjectives
//! (read with their inflections: "Nederlands", "Nederlandse", "niederländischen"), and the
//! nouns of a person of it that are no adjective, in English, German and Dutch
//! ("Frenchman", "Britons", "ein Deutscher", "een Fransman"). Lower case, as tokens are
//! normalised. Read by the nationality flags (`flags/nationality.rs`: "A British tourist" /
//! "A French tourist", "a 41-year-old Frenchman" / "a 41-year-old Italian"; trial 48 F3)
//! and the facility flags (`flags/facilities.rs`: "een Nederlands ziekenhuis" describes a
//! hospital and names none; trial 49 F3). Also the plain nouns of a person a nationality
//! is told with ([`PLAIN_PERSONS`]: "a French national", "trois ressortissants
//! britanniques").

/// One nationality's words, lower case.
pub(in crate::matcher) struct Nationality {
    /// The nationality's key (its country's two-letter code: "uk", "fr"), which the
    /// readers compare.
    pub(in crate::matcher) key: &'static str,
    /// Its adjectives in English, French, Spanish, Italian and Portuguese, every gender
    /// and number (the Portuguese of the first seven and of Swiss). Most are nouns of a
    /// person too, read so after an article or a count (`flags/nationality.rs`).
    pub(in crate::matcher) adjectives: &'static [&'static str],
    /// The stems of its Dutch adjectives, each read bare and with "-e" ([`DUTCH_ENDINGS`]).
    pub(in crate::matcher) dutch: &'static [&'static str],
    /// The stems of its German adjectives, each read bare and with "-e", "-en", "-er",
    /// "-es", "-em" ([`GERMAN_ENDINGS`]).
    pub(in crate::matcher) german: &'static [&'static str],
    /// Nouns that name a person of it and are no adjective of it, English, German and
    /// Dutch, singular and plural, every gender. Written with a capital in all three
    /// languages, which is how they are told from a word spelt alike.
    pub(in crate::matcher) nouns: &'static [&'static str],
}

/// The nationalities, one entry each ([`Nationality`]).
pub(in crate::matcher) const NATIONALITIES: &[Nationality] = &[
    Nationality {
        key: "uk",
        adjectives: &[
            "british",
            "britannique",
            "britanniques",
            "británico",
            "británica",
            "británicos",
            "británicas",
            "britannico",
            "britannica",
            "britannici",
            "britanniche",
            "britânico",
            "britânica",
            "britânicos",
            "britânicas",
        ],
        dutch: &["brits"],
        german: &["britisch"],
        nouns: &[
            "briton",
            "britons",
            "brit",
            "brits",
            "brite",
            "briten",
            "britin",
            "britinnen",
        ],
    },
    Nationality {
        key: "fr",
        adjectives: &[
            "french",
            "français",
            "française",
            "françaises",
            "francés",
            "francesa",
            "franceses",
            "francesas",
            "francese",
            "francesi",
            "francês",
        ],
        dutch: &["frans"],
        german: &["französisch"],
        nouns: &[
            "frenchman",
            "frenchmen",
            "frenchwoman",
            "frenchwomen",
            "franzose",
            "franzosen",
            "französin",
            "französinnen",
            "fransman",
            "fransen",
        ],
    },
    Nationality {
        key: "de",
        adjectives: &[
            "german",
            "allemand",
            "allemande",
            "allemands",
            "allemandes",
            "alemán",
            "alemana",
            "alemanes",
            "alemanas",
            "tedesco",
            "tedesca",
            "tedeschi",
            "tedesche",
            "alemão",
            "alemã",
            "alemães",
        ],
        dutch: &["duits"],
        german: &["deutsch"],
        nouns: &["germans", "deutscher", "deutschen", "duitser", "duitsers"],
    },
    Nationality {
        key: "us",
        adjectives: &[
            "american",
            "américain",
            "américaine",
            "américains",
            "américaines",
            "estadounidense",
            "estadounidenses",
            "statunitense",
            "statunitensi",
            "americano",
            "americana",
            "americanos",
            "americanas",
        ],
        dutch: &["amerikaans"],
        german: &["amerikanisch", "us-amerikanisch"],
        nouns: &[
            "americans",
            "amerikaner",
            "amerikanerin",
            "amerikaan",
            "amerikanen",
        ],
    },
    Nationality {
        key: "it",
        adjectives: &[
            "italian",
            "italien",
            "italienne",
            "italiens",
            "italiennes",
            "italiano",
            "italiana",
            "italianos",
            "italianas",
            "italiani",
            "italiane",
        ],
        dutch: &["italiaans"],
        german: &["italienisch"],
        nouns: &[
            "italians",
            "italiener",
            "italienerin",
            "italiaan",
            "italianen",
        ],
    },
    Nationality {
        key: "es",
        adjectives: &[
            "spanish",
            "espagnol",
            "espagnole",
            "espagnols",
            "espagnoles",
            "español",
            "española",
            "españoles",
            "españolas",
            "spagnolo",
            "spagnola",
            "spagnoli",
            "spagnole",
            "espanhol",
            "espanhola",
            "espanhóis",
        ],
        dutch: &["spaans"],
        german: &["spanisch"],
        nouns: &[
            "spaniard",
            "spaniards",
            "spanier",
            "spanierin",
            "spanjaard",
            "spanjaarden",
        ],
    },
    Nationality {
        key: "nl",
        adjectives: &[
            "dutch",
            "néerlandais",
            "néerlandaise",
            "néerlandaises",
            "holandés",
            "holandesa",
            "holandeses",
            "neerlandés",
            "olandese",
            "olandesi",
            "holandês",
        ],
        dutch: &["nederlands", "hollands"],
        german: &["niederländisch", "holländisch"],
        nouns: &[
            "dutchman",
            "dutchmen",
            "dutchwoman",
            "niederländer",
            "niederländerin",
            "nederlander",
            "nederlanders",
        ],
    },
    Nationality {
        key: "be",
        adjectives: &["belgian", "belge", "belges", "belga", "belgas"],
        dutch: &["belgisch", "vlaams", "waals"],
        german: &["belgisch"],
        nouns: &["belgians", "belgier", "belg", "belgen"],
    },
    Nationality {
        key: "ch",
        adjectives: &[
            "swiss", "suisse", "suisses", "suizo", "suiza", "suizos", "svizzero", "svizzera",
            "svizzeri", "suíço", "suíça", "suíços",
        ],
        dutch: &["zwitsers"],
        german: &["schweizerisch"],
        nouns: &["schweizer", "schweizerin", "zwitser", "zwitsers"],
    },
    Nationality {
        key: "ca",
        adjectives: &[
            "canadian",
            "canadien",
            "canadienne",
            "canadiens",
            "canadiense",
            "canadienses",
            "canadese",
            "canadesi",
        ],
        dutch: &["canadees", "canades"],
        german: &["kanadisch"],
        nouns: &["canadians", "kanadier", "canadees", "canadezen"],
    },
    Nationality {
        key: "au",
        adjectives: &[
            "australian",
            "australien",
            "australienne",
            "australiens",
            "australiano",
            "australiana",
            "australianos",
            "australiani",
        ],
        dutch: &["australisch"],
        german: &["australisch"],
        nouns: &["australians", "australier", "australiër", "australiërs"],
    },
    Nationality {
        key: "ie",
        adjectives: &[
            "irish",
            "irlandais",
            "irlandaise",
            "irlandés",
            "irlandesa",
            "irlandese",
            "irlandesi",
        ],
        dutch: &["iers"],
        german: &["irisch"],
        nouns: &["irishman", "irishmen", "irishwoman", "iren"],
    },
    Nationality {
        key: "pl",
        adjectives: &[
            "polish",
            "polonais",
            "polonaise",
            "polaco",
            "polaca",
            "polacos",
            "polacco",
            "polacca",
            "polacchi",
        ],
        dutch: &["pools"],
        german: &["polnisch"],
        nouns: &[],
    },
    Nationality {
        key: "ru",
        adjectives: &[
            "russian", "russe", "russes", "ruso", "rusa", "rusos", "russo", "russa", "russi",
        ],
        dutch: &["russisch"],
        german: &["russisch"],
        nouns: &["russians", "russe", "russen"],
    },
    Nationality {
        key: "cn",
        // Not Spanish "china" (the country's English name).
        adjectives: &[
            "chinese", "chinois", "chinoise", "chino", "chinos", "cinese", "cinesi",
        ],
        dutch: &["chinees", "chines"],
        german: &["chinesisch"],
        nouns: &[],
    },
    Nationality {
        key: "jp",
        adjectives: &[
            "japanese",
            "japonais",
            "japonaise",
            "japonés",
            "japonesa",
            "japoneses",
            "giapponese",
            "giapponesi",
        ],
        dutch: &["japans"],
        german: &["japanisch"],
        nouns: &[],
    },
    Nationality {
        key: "ma",
        adjectives: &[
            "moroccan",
            "marocain",
            "marocaine",
            "marocains",
            "marroquí",
            "marroquíes",
            "marocchino",
            "marocchina",
            "marocchini",
        ],
        dutch: &["marokkaans"],
        german: &["marokkanisch"],
        nouns: &[],
    },
    Nationality {
        key: "pt",
        adjectives: &[
            "portuguese",
            "portugais",
            "portugaise",
            "portugués",
            "portuguesa",
            "portugueses",
            "portoghese",
            "portoghesi",
        ],
        dutch: &["portugees", "portuges"],
        german: &["portugiesisch"],
        nouns: &["portugiese", "portugese", "portugezen"],
    },
    Nationality {
        key: "se",
        adjectives: &[
            "swedish",
            "suédois",
            "suédoise",
            "sueco",
            "sueca",
            "suecos",
            "svedese",
            "svedesi",
        ],
        dutch: &["zweeds"],
        german: &["schwedisch"],
        nouns: &[],
    },
    Nationality {
        key: "at",
        adjectives: &[
            "austrian",
            "autrichien",
            "autrichienne",
            "austriaco",
            "austriaca",
            "austriacos",
            "austriaci",
        ],
        dutch: &["oostenrijks"],
        german: &["österreichisch"],
        nouns: &["austrians", "österreicher", "oostenrijker", "oostenrijkers"],
    },
    // Session 39 (trial 41 F2 rest: "two Israelis and a Thai" / "two Thais and an
    // Israeli"), with the English plural nouns.
    Nationality {
        key: "il",
        adjectives: &[
            "israeli",
            "israelis",
            "israélien",
            "israélienne",
            "israéliens",
            "israéliennes",
            "israelí",
            "israelíes",
            "israeliano",
            "israeliana",
            "israeliani",
            "israeliane",
        ],
        dutch: &["israëlisch", "israelisch"],
        german: &["israelisch"],
        nouns: &[],
    },
    Nationality {
        key: "th",
        adjectives: &[
            "thai",
            "thais",
            "thaïlandais",
            "thaïlandaise",
            "thaïlandaises",
            "tailandés",
            "tailandesa",
            "tailandeses",
            "tailandesas",
            "thailandese",
            "thailandesi",
        ],
        dutch: &["thais"],
        german: &["thailändisch"],
        nouns: &[],
    },
];

/// Inflectional endings of a Dutch adjective.
const DUTCH_ENDINGS: &[&str] = &["", "e"];

/// Inflectional endings of a German adjective.
const GERMAN_ENDINGS: &[&str] = &["", "e", "en", "er", "es", "em"];

/// Whether `word` (lower case) is a noun of a person of a nationality that is no
/// adjective ([`Nationality::nouns`]: "frenchman", "briten", "duitser").
pub(in crate::matcher) fn is_demonym_noun(word: &str) -> bool {
    NATIONALITIES.iter().any(|n| n.nouns.contains(&word))
}

/// The key of the nationality a Dutch or German adjective `word` (lower case) tells, any
/// inflection of it ("nederlandse", "niederländisches": "nl"), if any: Dutch first.
/// Every word is asked this (`flags/nationality_groups.rs` reads each token of a pair's
/// sentences), so the stems are looked up in a map per language built once, each stem
/// keeping the key of the first nationality of [`NATIONALITIES`] that lists it (as a
/// search of the list in order finds it).
pub(in crate::matcher) fn germanic_nationality(word: &str) -> Option<&'static str> {
    type ByStem = crate::matcher::text::FxMap<&'static str, &'static str>;
    static BY_STEM: std::sync::OnceLock<[ByStem; 2]> = std::sync::OnceLock::new();
    let [dutch, german] = BY_STEM.get_or_init(|| {
        let by = |stems: fn(&Nationality) -> &'static [&'static str]| {
            let mut map = ByStem::default();
            for n in NATIONALITIES {
                for &stem in stems(n) {
                    map.entry(stem).or_insert(n.key);
                }
            }
            map
        };
        [by(|n| n.dutch), by(|n| n.german)]
    });
    let find = |by_stem: &ByStem, endings: &[&str]| {
        endings
            .iter()
            .find_map(|e| by_stem.get(word.strip_suffix(e)?).copied())
    };
    find(dutch, DUTCH_ENDINGS).or_else(|| find(german, GERMAN_ENDINGS))
}

/// The plain nouns of a person ("man", "national", "citizen", "homme", "ressortissant",
/// "ciudadano", "cittadino", "cidadão", "Staatsbürger", "onderdaan"): told with a
/// nationality they say no more than the nationality's own noun does ("a French
/// national" is "a Frenchman"; "three British citizens" are "three Britons"), where
/// "tourist" or "journalist" tells a role. Singular and plural, every gender.
pub(in crate::matcher) const PLAIN_PERSONS: &[&str] = &[
    // en
    "man",
    "men",
    "woman",
    "women",
    "national",
    "nationals",
    "citizen",
    "citizens",
    "person",
    "people",
    // fr
    "homme",
    "hommes",
    "femme",
    "femmes",
    "ressortissant",
    "ressortissante",
    "ressortissants",
    "ressortissantes",
    "citoyen",
    "citoyenne",
    "citoyens",
    "citoyennes",
    "personne",
    "personnes",
    // es
    "hombre",
    "hombres",
    "mujer",
    "mujeres",
    "ciudadano",
    "ciudadana",
    "ciudadanos",
    "ciudadanas",
    "persona",
    "personas",
    // it
    "uomo",
    "uomini",
    "donna",
    "donne",
    "cittadino",
    "cittadina",
    "cittadini",
    "cittadine",
    // pt
    "homem",
    "homens",
    "mulher",
    "mulheres",
    "cidadão",
    "cidadã",
    "cidadãos",
    "cidadãs",
    "pessoa",
    "pessoas",
    // de
    "staatsbürger",
    "staatsbürgerin",
    "staatsangehöriger",
    "staatsangehörige",
    // nl
    "onderdaan",
    "onderdanen",
    "staatsburger",
];

#[cfg(test)]
mod tests {
    use super::{germanic_nationality, is_demonym_noun, Nationality};
    use super::{DUTCH_ENDINGS, GERMAN_ENDINGS, NATIONALITIES};

    /// `germanic_nationality` by a search of the list in order, as it was read before its
    /// map (session 55): the map must give the same key for every word.
    fn by_search(word: &str) -> Option<&'static str> {
        let find = |stems: fn(&Nationality) -> &'static [&'static str], endings: &[&str]| {
            endings.iter().find_map(|e| {
                let stem = word.strip_suffix(e)?;
                NATIONALITIES
                    .iter()
                    .find(|n| stems(n).contains(&stem))
                    .map(|n| n.key)
            })
        };
        find(|n| n.dutch, DUTCH_ENDINGS).or_else(|| find(|n| n.german, GERMAN_ENDINGS))
    }

    #[test]
    fn the_map_of_germanic_stems_answers_as_the_search_did() {
        let mut words = vec![
            "",
            "e",
            "en",
            "nederland",
            "ziekenhuis",
            "spanish",
            "duitser",
        ];
        for n in NATIONALITIES {
            let all = n
                .dutch
                .iter()
                .chain(n.german)
                .chain(n.adjectives)
                .chain(n.nouns);
            words.extend(all.copied());
        }
        let mut asked = 0;
        for w in words {
            for end in DUTCH_ENDINGS
                .iter()
                .chain(GERMAN_ENDINGS)
                .chain(&["s", "x"])
            {
                let word = format!("{w}{end}");
                assert_eq!(germanic_nationality(&word), by_search(&word), "{word}");
                asked += 1;
            }
        }
        assert!(asked > 1000, "{asked}");
    }

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

    #[test]
    fn every_form_tells_one_nationality_and_nouns_are_read_as_nouns() {
        use super::NATIONALITIES;
        let mut keys: Vec<&str> = NATIONALITIES.iter().map(|n| n.key).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), NATIONALITIES.len(), "one entry a key");
        let mut seen = std::collections::HashMap::new();
        for n in NATIONALITIES {
            for &f in n.adjectives.iter().chain(n.nouns) {
                let key = *seen.entry(f).or_insert(n.key);
                assert_eq!(key, n.key, "{f} tells two nationalities");
            }
        }
        for w in ["frenchman", "briten", "duitser", "spaniards", "belg"] {
            assert!(is_demonym_noun(w), "{w}");
        }
        // Adjectives (nouns too only after an article, read by the flags) and other words.
        for w in ["french", "français", "nederlands", "deutsch", "man", ""] {
            assert!(!is_demonym_noun(w), "{w}");
        }
    }
}

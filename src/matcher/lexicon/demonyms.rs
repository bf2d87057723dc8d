//! Nouns of a person of a nationality ("a Frenchman", "two Britons", "ein Deutscher",
//! "een Fransman") and the plain nouns of a person a nationality is told with ("a French
//! national", "trois ressortissants britanniques"), read by the nationality flags
//! (`flags/nationality.rs`: "a 41-year-old Frenchman" / "a 41-year-old Italian", "two
//! Britons" / "three British citizens"; trial 48 F3). Lower case, as tokens are
//! normalised; the keys are those of the nationality flags' table of adjectives.

/// Nouns that name a person of a nationality and are no adjective of it, by the
/// nationality's key: English, German and Dutch, singular and plural, every gender. (The
/// adjectives that are nouns too, "an Italian", "un Français", "un italiano", are the
/// adjectives' table, read as nouns after an article or a count.) Written with a capital
/// in all three languages, which is how they are told from a word spelt alike.
pub(in crate::matcher) const DEMONYM_NOUNS: &[(&str, &[&str])] = &[
    (
        "uk",
        &[
            "briton",
            "britons",
            "brit",
            "brits",
            "brite",
            "briten",
            "britin",
            "britinnen",
        ],
    ),
    (
        "fr",
        &[
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
    ),
    (
        "de",
        &["germans", "deutscher", "deutschen", "duitser", "duitsers"],
    ),
    (
        "us",
        &[
            "americans",
            "amerikaner",
            "amerikanerin",
            "amerikaan",
            "amerikanen",
        ],
    ),
    (
        "it",
        &[
            "italians",
            "italiener",
            "italienerin",
            "italiaan",
            "italianen",
        ],
    ),
    (
        "es",
        &[
            "spaniard",
            "spaniards",
            "spanier",
            "spanierin",
            "spanjaard",
            "spanjaarden",
        ],
    ),
    (
        "nl",
        &[
            "dutchman",
            "dutchmen",
            "dutchwoman",
            "niederländer",
            "niederländerin",
            "nederlander",
            "nederlanders",
        ],
    ),
    ("be", &["belgians", "belgier", "belg", "belgen"]),
    ("ch", &["schweizer", "schweizerin", "zwitser", "zwitsers"]),
    ("ca", &["canadians", "kanadier", "canadees", "canadezen"]),
    (
        "au",
        &["australians", "australier", "australiër", "australiërs"],
    ),
    ("ie", &["irishman", "irishmen", "irishwoman", "iren"]),
    ("ru", &["russians", "russe", "russen"]),
    ("pt", &["portugiese", "portugese", "portugezen"]),
    (
        "at",
        &["austrians", "österreicher", "oostenrijker", "oostenrijkers"],
    ),
];

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

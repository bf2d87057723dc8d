//! Countries' names in English, French, German, Spanish, Italian, Portuguese and Dutch,
//! lower case without diacritics (`text::fold_accents`), each under the key of its
//! nationality (`lexicon/nationalities.rs`: "es", "de"), so that across languages
//! (`xling.rs`) a country and its adjective are one concept ("Spain" / "Spanien" /
//! "España", "Spanish" / "spanischen"; trial 57: "the families in Spain and Germany" /
//! "den Familien in Spanien und Deutschland", "a German national" / "un alemán").

/// Per nationality's key, its country's names.
pub(in crate::matcher) const COUNTRIES: &[(&str, &[&str])] = &[
    (
        "uk",
        &[
            "britain",
            "uk",
            "royaume-uni",
            "grossbritannien",
            "brittannie",
            "england",
            "angleterre",
            "inglaterra",
            "inghilterra",
            "engeland",
        ],
    ),
    (
        "fr",
        &["france", "frankreich", "francia", "franca", "frankrijk"],
    ),
    (
        "de",
        &[
            "germany",
            "allemagne",
            "deutschland",
            "alemania",
            "germania",
            "alemanha",
            "duitsland",
        ],
    ),
    ("us", &["america", "usa", "etats-unis", "amerika", "eeuu"]),
    ("it", &["italy", "italie", "italien", "italia"]),
    (
        "es",
        &[
            "spain", "espagne", "spanien", "espana", "spagna", "espanha", "spanje",
        ],
    ),
    (
        "nl",
        &[
            "netherlands",
            "holland",
            "pays-bas",
            "niederlande",
            "holanda",
            "olanda",
            "nederland",
        ],
    ),
    (
        "be",
        &[
            "belgium", "belgique", "belgien", "belgica", "belgio", "belgie",
        ],
    ),
    (
        "ch",
        &[
            "switzerland",
            "suisse",
            "schweiz",
            "suiza",
            "svizzera",
            "suica",
            "zwitserland",
        ],
    ),
    ("ca", &["canada", "kanada"]),
    ("au", &["australia", "australie", "australien"]),
    (
        "ie",
        &["ireland", "irlande", "irland", "irlanda", "ierland"],
    ),
    ("pl", &["poland", "pologne", "polen", "polonia"]),
    ("ru", &["russia", "russie", "russland", "rusia", "rusland"]),
    ("cn", &["china", "chine", "cina"]),
    ("jp", &["japan", "japon", "giappone", "japao"]),
    (
        "ma",
        &[
            "morocco",
            "maroc",
            "marokko",
            "marruecos",
            "marocco",
            "marrocos",
        ],
    ),
    ("pt", &["portugal", "portogallo"]),
    (
        "se",
        &["sweden", "suede", "schweden", "suecia", "svezia", "zweden"],
    ),
    ("at", &["austria", "autriche", "osterreich", "oostenrijk"]),
    ("il", &["israel", "israele"]),
    ("th", &["thailand", "thailande", "tailandia", "thailandia"]),
];

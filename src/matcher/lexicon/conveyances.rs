//! Phrases of a means of transport ("by bus", "mit Bussen", "en autobús", "in
//! elicottero", "de helicóptero", "met bussen", "en hélicoptère"), in English, French,
//! German, Spanish, Italian, Portuguese and Dutch: the word that tells the means
//! ([`MEANS_WORDS`]), an article at most, and a vehicle of [`CONVEYANCES`]. A place right
//! after such a phrase and a word of "to" is where people were taken (`flags/places/
//! routes.rs`, trial 53 F4: "Die Feuerwehr brachte die Fahrgäste mit Bussen nach
//! Lichtenberg" / "… nach Potsdam"). Lower case whole words, as the tokens' `norm`s are.

/// Words before a vehicle that make it the means of a journey: en "by", fr "en", "par",
/// de "mit", "per", es "en", it "in", "con", pt "de", "em", nl "met", "per".
pub(in crate::matcher) const MEANS_WORDS: &[&str] = &[
    "by", "en", "par", "mit", "per", "in", "con", "de", "em", "met",
];

/// Articles that may stand between a word of [`MEANS_WORDS`] and its vehicle ("mit *dem*
/// Bus", "by *a* helicopter", "con *l'*ambulanza" is one token).
pub(in crate::matcher) const MEANS_ARTICLES: &[&str] = &[
    "a", "an", "the", "dem", "den", "einem", "einen", "le", "la", "les", "un", "une", "el", "los",
    "il", "lo", "gli", "o", "os", "um", "de", "het", "een",
];

/// Vehicles that carry people somewhere, singular and plural, in the seven languages.
pub(in crate::matcher) const CONVEYANCES: &[&str] = &[
    // en
    "bus",
    "buses",
    "coach",
    "coaches",
    "ambulance",
    "ambulances",
    "helicopter",
    "helicopters",
    "train",
    "trains",
    "boat",
    "boats",
    "car",
    "cars",
    // fr
    "autobus",
    "autocar",
    "autocars",
    "hélicoptère",
    "hélicoptères",
    "bateau",
    "bateaux",
    "voiture",
    // de
    "busse",
    "bussen",
    "krankenwagen",
    "rettungswagen",
    "hubschrauber",
    "hubschraubern",
    "zug",
    "züge",
    "zügen",
    "boot",
    "booten",
    // es
    "autobús",
    "autobuses",
    "ambulancia",
    "ambulancias",
    "helicóptero",
    "helicópteros",
    "tren",
    "barco",
    "lancha",
    // it
    "pullman",
    "ambulanza",
    "ambulanze",
    "elicottero",
    "elicotteri",
    "treno",
    "barca",
    // pt
    "ônibus",
    "autocarro",
    "autocarros",
    "ambulância",
    "ambulâncias",
    "comboio",
    // nl ("bus", "bussen", "ambulance" are above)
    "ziekenauto",
    "helikopter",
    "helikopters",
    "trein",
    "boten",
];

/// The kind of vehicle each word of a means of transport of another language than English
/// names, as the English word the vehicle flag reads it by (`flags/vehicles.rs`, the
/// means people were rescued or taken by: "mit dem Hubschrauber gerettet" / "mit einem
/// Boot gerettet"): "Hubschrauber" is a helicopter, "Boot" a boat. French, German,
/// Spanish, Italian, Portuguese and Dutch; English words ("bus", "ambulance") are read
/// as English.
pub(in crate::matcher) const CONVEYANCE_KINDS: &[(&str, &[&str])] = &[
    (
        "bus",
        &[
            "autobus",
            "autocar",
            "autocars",
            "busse",
            "bussen",
            "autobús",
            "autobuses",
            "pullman",
            "ônibus",
            "autocarro",
            "autocarros",
        ],
    ),
    (
        "ambulance",
        &[
            "krankenwagen",
            "rettungswagen",
            "ambulancia",
            "ambulancias",
            "ambulanza",
            "ambulanze",
            "ambulância",
            "ambulâncias",
            "ziekenauto",
        ],
    ),
    (
        "helicopter",
        &[
            "hélicoptère",
            "hélicoptères",
            "hubschrauber",
            "hubschraubern",
            "helicóptero",
            "helicópteros",
            "elicottero",
            "elicotteri",
            "helikopter",
            "helikopters",
        ],
    ),
    (
        "train",
        &["zug", "züge", "zügen", "tren", "treno", "comboio", "trein"],
    ),
    (
        "boat",
        &[
            "bateau", "bateaux", "boot", "boote", "booten", "barco", "barcos", "lancha", "barca",
            "barche", "boten",
        ],
    ),
    ("car", &["voiture", "voitures"]),
];

/// The English word of the kind of vehicle a word of [`CONVEYANCE_KINDS`] names
/// ("hubschrauber": "helicopter"), `None` for any other word.
pub(in crate::matcher) fn conveyance_kind(norm: &str) -> Option<&'static str> {
    CONVEYANCE_KINDS
        .iter()
        .find(|(_, words)| words.contains(&norm))
        .map(|(kind, _)| *kind)
}

/// Words of a rescue that the casualty lexicon does not count by (its rescued are
/// "salvati", "secourus", "gerettet" …), read before or after a means of transport of
/// another language than English as its rescue (`flags/vehicles.rs`, session 53's
/// testers: it "soccorsi in elicottero" / "soccorsi in barca" had no flag): it
/// "soccorsi", "tratti in salvo", "recuperati", fr "hélitreuillés", es "socorridos",
/// "rescatado", pt "socorridos", "resgatados", de "geborgen", nl "gered".
pub(in crate::matcher) const RESCUE_WORDS: &[&str] = &[
    "soccorsi",
    "soccorse",
    "soccorso",
    "soccorsa",
    "salvo",
    "recuperati",
    "recuperate",
    "recuperato",
    "recuperata",
    "salvato",
    "salvata",
    "hélitreuillés",
    "hélitreuillé",
    "socorridos",
    "socorridas",
    "rescatado",
    "rescatada",
    "resgatados",
    "resgatadas",
    "resgatado",
    "resgatada",
    "geborgen",
    "gered",
];

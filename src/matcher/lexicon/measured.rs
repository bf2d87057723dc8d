//! What a length is told of, by its noun (trial 58: "35 km ≠ 183-metre", the coast hit
//! against the ship's length; "183-metre ≠ 9-metre", the ship against the waves; "about 3
//! km" offshore against "Some thirty kilometres" of coast), in English, French, German,
//! Spanish, Italian, Portuguese and Dutch: the words that join a length to its noun ("35
//! km *of* coastline", "waves *of* up to 9 metres", "Le navire *de* 183 mètres"), the
//! words before a length that make it a distance ("*à* moins de 3 km de la côte", "*a*
//! circa tre chilometri dalla costa"), and the groups of nouns of one thing measured in
//! the seven languages ("coast" / "côtes" / "costa"). Read by `flags/numbers/measured.rs`.
//! Lower case, as tokens are normalised.

/// Words that join a length to the noun it measures, after it ("35 km *of* coastline",
/// "trente kilomètres *de* côtes", "35 chilometri *di* costa", "35 km *van* de kust") or
/// before it ("waves *of* up to 9 metres", "des vagues *de* 9 mètres", "La petroliera
/// *di* 183 metri").
pub(in crate::matcher) const OF: &[&str] = &[
    "of", "de", "des", "du", "di", "del", "della", "dello", "dei", "degli", "delle", "do", "da",
    "dos", "das", "van",
];

/// Words that make the length after them a distance from somewhere in the Romance
/// languages ("*à* moins de 3 km de la côte", "*a* circa tre chilometri dalla costa", "*a*
/// unos 3 km de la costa", "*a* cerca de 3 km da costa"); "a" only in a sentence not in
/// English ("a 183-metre tanker"). Not after "jusqu'" nor "fino" ("jusqu'à 9 mètres",
/// "fino a 9 metri": up to).
pub(in crate::matcher) const AT_A_DISTANCE: &[&str] = &["à", "a"];

/// Words before [`AT_A_DISTANCE`] that make it "up to" ("jusqu'à", "fino a").
pub(in crate::matcher) const UP_TO: &[&str] = &["jusqu", "jusque", "fino", "sino"];

/// Words of a bound or an estimate that may stand between a length and the words that
/// join it to its noun or make it a distance ("waves of *up to* 9 metres", "à *moins de*
/// 3 km", "a *circa* tre chilometri", "*about* 3 km").
pub(in crate::matcher) const BOUND_WORDS: &[&str] = &[
    "up",
    "to",
    "about",
    "around",
    "some",
    "nearly",
    "almost",
    "roughly",
    "approximately",
    "less",
    "more",
    "than",
    "over",
    "under",
    "moins",
    "plus",
    "environ",
    "près",
    "quelque",
    "circa",
    "quasi",
    "oltre",
    "meno",
    "più",
    "unos",
    "unas",
    "cerca",
    "casi",
    "menos",
    "más",
    "mais",
    "quase",
    "etwa",
    "rund",
    "fast",
    "knapp",
    "über",
    "ongeveer",
    "bijna",
];

/// Words of a length told long, passed over between a length and its noun ("the
/// 9-metre-*long* stern"): en "long", fr "longue", de "lang", it "lunga", "lungo".
pub(in crate::matcher) const LONG: &[&str] = &["long", "longue", "lang", "lange", "lunga", "lungo"];

/// Groups of nouns of one thing a length measures, each in the seven languages: a
/// coast, a ship, waves, an oil slick. Two nouns of one group are one thing told in two
/// languages ("35 km of coast" / "trente kilomètres de côtes"); word beginnings of the
/// lower-case token, a word ending with `$` read whole.
pub(in crate::matcher) const MEASURED_GROUPS: &[&[&str]] = &[
    // A coast: fr "côte", "littoral", de "Küste", es, it, pt "costa", "litoral",
    // "litorale", it "coste", nl "kust".
    &[
        "coast", "shore", "côte", "littoral", "küste", "costa$", "costas$", "coste$", "litoral",
        "kust$", "kusten$", "kustlijn",
    ],
    // A ship: fr "navire", "pétrolier", de "Schiff", "Tanker", es "buque", "barco",
    // "petrolero", it "nave", "petroliera", pt "navio", "petroleiro", nl "schip".
    &[
        "vessel",
        "ship",
        "tanker",
        "boat",
        "navire",
        "pétrolier",
        "bateau",
        "schiff",
        "buque",
        "barco",
        "petroler",
        "nave$",
        "navi$",
        "petrolier",
        "navio",
        "petroleir",
        "schip",
        "schepen",
    ],
    // Waves: fr "vagues", "houle", de "Wellen", es "olas", it "onde", pt "ondas", nl
    // "golven".
    &[
        "wave", "swell", "vague", "houle", "welle", "ola$", "olas$", "onda$", "onde$", "ondas$",
        "golven$",
    ],
    // An oil slick: fr "nappe", de "Ölteppich", es "mancha", it "chiazza", pt "mancha",
    // nl "olievlek".
    &[
        "slick",
        "nappe",
        "ölteppich",
        "ölfilm",
        "mancha",
        "chiazza",
        "macchia",
        "olievlek",
    ],
];

/// The group of [`MEASURED_GROUPS`] `norm` (a lower-case token) is a noun of, if any.
pub(in crate::matcher) fn measured_group(norm: &str) -> Option<usize> {
    let is = |w: &str| match w.strip_suffix('$') {
        Some(whole) => norm == whole,
        None => norm.starts_with(w),
    };
    MEASURED_GROUPS
        .iter()
        .position(|words| words.iter().any(|w| is(w)))
}

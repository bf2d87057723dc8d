//! Nouns of a landform that end or open a place's name ("Fern Pass", "Passo Giau", "Col
//! du Galibier", "Valle d'Aosta") and the names of mountain ranges ("the Italian
//! Dolomites"), in English, French, German, Spanish, Italian, Portuguese and Dutch: a
//! run of capitalised words holding one is a place, no person's name (session 54, trial
//! 57: "Fern Pass ≠ Italian Dolomites" and "Fern Pass ≠ Gotthard Pass" were person flags;
//! `flags/named.rs`). Lower case, as tokens are normalised.

/// Nouns of a landform ("mount", "lake", "river" and "cape" are in `flags/named.rs`'s
/// words of no person already).
#[rustfmt::skip]
pub(in crate::matcher) const LANDFORMS: &[&str] = &[
    // en
    "pass", "mountains", "mountain", "valley", "peak", "glacier", "gorge", "canyon",
    "bay", "gulf", "island", "islands", "isle", "coast", "forest", "hills", "range",
    "peninsula", "plateau", "strait",
    // fr
    "col", "vallée", "massif", "gorges", "lac", "côte", "forêt",
    // de
    "tal", "gebirge", "gletscher", "schlucht",
    // es
    "paso", "sierra", "valle", "cordillera", "lago",
    // it
    "passo", "monte",
    // pt
    "serra", "vale",
    // nl
    "gebergte", "dal",
];

/// Mountain ranges told by their name alone ("the Dolomites", "the Alps"), in the seven
/// languages.
#[rustfmt::skip]
pub(in crate::matcher) const RANGES: &[&str] = &[
    "alps", "dolomites", "pyrenees", "apennines", "carpathians", "andes", "rockies",
    "himalayas", "alpes", "dolomiti", "dolomiten", "dolomitas", "dolomieten", "alpen",
    "pyrénées", "pirineos", "pirenei", "apennin", "apeninos", "appennini", "alpi",
];

/// Whether a word (lower case) is a landform's noun or a mountain range's name.
pub(in crate::matcher) fn landform(norm: &str) -> bool {
    LANDFORMS.contains(&norm) || RANGES.contains(&norm)
}

//! Words that end a clause when a place's role is read back from it
//! (`flags/places/roles.rs`): words that open another clause ("and", "but", "while",
//! "where", "et", "und", "y", "e", "maar") and finite auxiliaries, which tell a new verb
//! ("was", "were", "est", "wurde", "fue", "è", "foi", "werd"), in English, French,
//! German, Spanish, Italian, Portuguese and Dutch, lower case, as tokens are normalised.

/// Words that open another clause: a word of finding or of treatment before one tells
/// of another place ("the car was found burnt out, while thieves raided a museum in
/// Cremona").
#[rustfmt::skip]
pub(in crate::matcher) const CLAUSE_OPENERS: &[&str] = &[
    "and", "but", "while", "where", "et", "mais", "und", "aber", "wo", "y", "pero", "donde",
    "e", "ma", "dove", "mas", "onde", "en", "maar", "waar",
];

/// Words of [`CLAUSE_OPENERS`] that are prepositions too: Dutch "en" ("and") is French
/// and Spanish "en" ("in"): "hospitalisés en urgence à Lyon" opens no clause.
pub(in crate::matcher) const OPENER_PREPOSITIONS: &[&str] = &["en"];

/// Finite auxiliaries: one between a word of treatment and a place tells a new verb, and
/// so another clause ("were hospitalized; roads were closed in Pombal"). Not the forms
/// that are also prepositions or articles ("a" of French "il a", Italian "a Padova").
#[rustfmt::skip]
pub(in crate::matcher) const FINITE_AUXILIARIES: &[&str] = &[
    // en
    "was", "were", "is", "are", "has", "have", "had", "will",
    // fr
    "est", "sont", "était", "étaient", "ont", "avait", "avaient", "sera", "seront",
    // de
    "ist", "sind", "war", "waren", "hat", "haben", "hatte", "hatten", "wurde", "wurden",
    // es
    "es", "son", "era", "eran", "fue", "fueron", "ha", "han", "había", "habían",
    // it
    "è", "sono", "erano", "fu", "furono", "hanno", "aveva", "avevano",
    // pt
    "é", "são", "eram", "foi", "foram", "tem", "têm", "tinha", "tinham",
    // nl
    "zijn", "werd", "werden", "heeft", "hebben", "hadden",
];

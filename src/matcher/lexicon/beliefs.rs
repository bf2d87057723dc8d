//! Verbs of believing, in seven languages: a cause told as what someone believes
//! ("Investigators *believe* a gas leak caused the explosion", "Les enquêteurs *pensent*
//! qu'une fuite de gaz …") is a hedge, not a plain statement, so a cause flag against a
//! plain statement of another cause is the softer kind (`flags/belief.rs`). Whole words,
//! lower case as tokens are normalised.

/// Forms of "to believe", "to think", "to suspect" told of a cause, English, French,
/// German, Spanish, Italian, Portuguese, Dutch.
pub(in crate::matcher) const BELIEVE: &[&str] = &[
    // English.
    "believe",
    "believes",
    "believed",
    "think",
    "thinks",
    "suspect",
    "suspects",
    // French.
    "pense",
    "pensent",
    "croit",
    "croient",
    "estime",
    "estiment",
    "soupçonne",
    "soupçonnent",
    // German.
    "glaubt",
    "glauben",
    "vermutet",
    "vermuten",
    // Spanish.
    "cree",
    "creen",
    "piensa",
    "piensan",
    "sospecha",
    "sospechan",
    // Italian.
    "ritiene",
    "ritengono",
    "crede",
    "credono",
    "pensa",
    "pensano",
    "sospetta",
    "sospettano",
    // Portuguese.
    "acredita",
    "acreditam",
    "pensam",
    "suspeita",
    "suspeitam",
    // Dutch.
    "denkt",
    "denken",
    "gelooft",
    "geloven",
    "vermoedt",
    "vermoeden",
];

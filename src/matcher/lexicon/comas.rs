//! Words of a coma in seven languages, read by the patient's condition
//! (`outcome/condition.rs`: a coma is a critical condition, trial 48 F1): the nouns of a
//! coma, the prepositions a coma is told after and the adjectives of a coma. Lower case,
//! whole words, as tokens are normalised.

/// Words of a coma, whole, in seven languages ("in a coma", "dans le coma", "im Koma",
/// "en coma", "in coma", "em coma"), read as a critical condition after a word of
/// [`INTO`] within `outcome::condition::COMA_REACH` tokens ("in an induced coma", "en estado de coma"; not
/// es, pt "que coma", of eating, nor es "una coma", a comma); "comatose", "comateux"
/// alone. A coma tells both the level and the patient's condition, as "schwerverletzt"
/// does (trial 48 F1: "is in a coma in hospital" / "died in hospital").
pub(in crate::matcher) const COMA: &[&str] = &["coma", "koma"];

/// Adjectives of a coma, whole: a critical condition by themselves ("a comatose
/// patient", "il est comateux").
pub(in crate::matcher) const COMATOSE: &[&str] = &[
    "comatose",
    "comateux",
    "comateuse",
    "comatoso",
    "comatosa",
    "comateus",
];

/// Prepositions a coma is told after ("in", "into", fr "dans", de "im", "ins", es, pt
/// "en", "em", "no", it "in", nl "in").
pub(in crate::matcher) const INTO: &[&str] =
    &["in", "into", "dans", "im", "ins", "en", "em", "no", "nel"];

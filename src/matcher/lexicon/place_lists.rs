//! Words that list one place after another ("hospitals in Besançon and Lausanne", "vers
//! Besançon et Lausanne", "in Bonn und Köln", "en Madrid y Toledo", "a Roma e Milano", "em
//! Lisboa e Porto", "in Utrecht en Amsterdam"): the place after one is read as if the
//! preposition of the place before stood before it too (`flags/places/prepositions.rs`,
//! trial 50 F4). Lower case, as tokens are normalised.

/// Words of "and" and "or" of the seven languages read (en, fr, de, es, it, pt, nl); not
/// "o" (Spanish and Italian "or" is the Portuguese article: "em Lisboa o Porto venceu").
pub(in crate::matcher) const LIST_WORDS: &[&str] =
    &["and", "or", "et", "ou", "und", "oder", "y", "e", "ed", "en"];

//! Words that list one place after another ("hospitals in Besançon and Lausanne", "vers
//! Besançon et Lausanne", "in Bonn und Köln", "en Madrid y Toledo", "a Roma e Milano", "em
//! Lisboa e Porto", "in Utrecht en Amsterdam"): the place after one is read as if the
//! preposition of the place before stood before it too (`flags/places/prepositions.rs`,
//! trial 50 F4). A place the gazetteer does not know is read so when the list closes
//! after it (trial 51 F3: "hospitals in Bremen and Oldenburg." / "… Bremen and
//! Hamburg."), not before a verb ("in Lyon and Macron followed him"). Lower case, as
//! tokens are normalised.

/// Words of "and" and "or" of the seven languages read (en, fr, de, es, it, pt, nl); not
/// "o" (Spanish and Italian "or" is the Portuguese article: "em Lisboa o Porto venceu").
pub(in crate::matcher) const LIST_WORDS: &[&str] =
    &["and", "or", "et", "ou", "und", "oder", "y", "e", "ed", "en"];

/// Words right after a listed name that close the list, as a clause mark does ("in Bremen
/// and Oldenburg *on* Tuesday", "*where* three are in critical condition"), in the seven
/// languages: a word of time or place after the list, not a verb of a person named after
/// "and". A listed name the gazetteer does not know is a place only before one of these,
/// a clause mark or the sentence's end.
pub(in crate::matcher) const LIST_CLOSERS: &[&str] = &[
    "on", "at", "after", "where", "am", "wo", "où", "le", "donde", "el", "dove", "il", "onde",
    "waar", "op",
];

/// Nouns of a town or a village told as one before "of" and its forms in the seven
/// languages ("the city of Huancayo", "the town of La Oroya", "la ciudad de Huancayo",
/// "la ville de Lyon", "la città di Rovato", "a cidade de Oleiros", "die Stadt Bremen" is
/// not read), lower case without diacritics: a place told so is a settlement of its own,
/// which another settlement told so does not hold (trial 52 F6: "in the city of Huancayo"
/// / "in the town of La Oroya" was dashed). Not the administrative nouns that may hold
/// several villages ("municipality", "commune", "municipio", "Gemeinde").
pub(in crate::matcher) const TOWN_NOUNS: &[&str] = &[
    "town", "city", "village", "hamlet", "ville", "village", "bourg", "ciudad", "pueblo", "citta",
    "paese", "borgo", "cidade", "vila", "aldeia", "stadt", "dorf", "stad", "dorp",
];

/// Words of "of" between a noun of [`TOWN_NOUNS`] and the town's name ("the city of",
/// "la ville de", "la ciudad de", "la città di", "a cidade de", "die Stadt von", "de stad
/// van").
pub(in crate::matcher) const TOWN_OF: &[&str] = &["of", "de", "d", "di", "da", "do", "von", "van"];

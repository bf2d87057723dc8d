//! Spellings that tell the language of a word that is no function word, for a sentence
//! too short for the function words alone (`language::cues`: "Tres edificios resultaron
//! dañados." has none of Spanish's function words, so its "tres" was read in no language
//! and no number flag came of it). Each cue is a word ending or a letter, with the
//! languages it points to, in the order of `language::WORDS` (bit 0 English, 1 French, 2
//! German, 3 Spanish, 4 Italian, 5 Portuguese, 6 Dutch). A word is read by every cue it
//! matches, as one vote for each language they name.

/// English.
const EN: u8 = 1;
/// French.
const FR: u8 = 1 << 1;
/// German.
const DE: u8 = 1 << 2;
/// Spanish.
const ES: u8 = 1 << 3;
/// Italian.
const IT: u8 = 1 << 4;
/// Portuguese.
const PT: u8 = 1 << 5;
/// Dutch.
const NL: u8 = 1 << 6;

/// Endings of words (lower case) and the languages they tell, for words of at least
/// [`LEAST_LETTERS`] letters: Spanish preterites and participles ("resultaron", "murió",
/// "dañados"), Italian participles and plurals ("crollati", "edifici", "morì"),
/// Portuguese ("explosão", "morreram", "ficou"), and the endings of English, French,
/// German and Dutch words that tell a sentence is none of those three ("damaged",
/// "blessés", "Feuerwehr" has none, "Zerstörung").
pub(in crate::matcher) const ENDINGS: &[(&str, u8)] = &[
    // Spanish.
    ("aron", ES),
    ("ieron", ES),
    ("ió", ES),
    ("ó", ES),
    ("ción", ES),
    ("ciones", ES),
    ("dad", ES),
    ("dades", ES),
    ("ados", ES | PT),
    ("adas", ES | PT),
    ("idos", ES | PT),
    ("idas", ES | PT),
    // Italian.
    ("ati", IT),
    ("iti", IT),
    ("uti", IT),
    ("ato", IT),
    ("uto", IT),
    ("zione", IT),
    ("zioni", IT),
    ("ici", IT),
    ("ò", IT),
    ("ì", IT),
    ("ù", IT),
    // Portuguese.
    ("ão", PT),
    ("ões", PT),
    ("ção", PT),
    ("aram", PT),
    ("eram", PT),
    ("iram", PT),
    ("ou", PT),
    ("eu", PT | FR),
    ("iu", PT),
    // English.
    ("ing", EN),
    ("ed", EN),
    ("ly", EN),
    // French.
    ("é", FR),
    ("és", FR),
    ("ée", FR),
    ("ées", FR),
    ("eux", FR),
    ("aient", FR),
    // German.
    ("ung", DE),
    ("keit", DE),
    ("heit", DE),
    ("lich", DE),
    // Dutch.
    ("heid", NL),
];

/// Letters and letter groups anywhere in a word (lower case) and the languages they tell
/// ("ñ": Spanish; "ã": Portuguese; "ß", "ä": German; "ij": Dutch; "w": none of the
/// Romance languages).
pub(in crate::matcher) const INSIDE: &[(&str, u8)] = &[
    ("ñ", ES),
    ("ã", PT),
    ("õ", PT),
    ("nh", PT),
    ("lh", PT),
    ("ç", FR | PT),
    ("œ", FR),
    ("ê", FR | PT),
    ("î", FR),
    ("û", FR),
    ("ß", DE),
    ("ä", DE),
    ("ö", DE),
    ("ü", DE),
    ("sch", DE | NL),
    ("ij", NL),
    ("w", EN | DE | NL),
    ("th", EN),
];

/// The fewest letters of a word whose ending is read ([`ENDINGS`]): "ed" in "red" or
/// "ou" in "you" tells nothing.
pub(in crate::matcher) const LEAST_LETTERS: usize = 4;

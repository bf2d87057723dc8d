//! The words of a cause denied by a contrast (trial 55 F6: "the damage was caused by a
//! debris flow, *not by* the Gschnitzbach bursting its banks", "A mudslide, *not* the
//! stream, destroyed the village"), in English, French, German, Spanish, Italian,
//! Portuguese and Dutch, lower case. Read by `cause/denied.rs`.

/// Words of "not" that open a contrast after a comma (", not by", ", nicht durch", ", pas
/// par", ", no por", ", non da", ", não por", ", niet door").
pub(in crate::matcher) const CONTRAST_NOT: &[&str] =
    &["not", "nicht", "pas", "non", "no", "não", "niet"];

/// Words of "by" of a cause after a word of [`CONTRAST_NOT`] ("not *by*", "nicht
/// *durch*", "pas *par*", "no *por*", "non *da*", "não *pelo*", "niet *door*").
pub(in crate::matcher) const CAUSED_BY: &[&str] = &[
    "by", "durch", "von", "par", "por", "pelo", "pela", "da", "dal", "dalla", "door",
];

/// Words that end what a sentence tells of a thing denied elsewhere, after the words that
/// name it ("burst its banks *after* a cloudburst"): conjunctions and prepositions of
/// time, cause and place in the seven languages.
pub(in crate::matcher) const TOLD_ENDS: &[&str] = &[
    // en
    "after",
    "before",
    "following",
    "because",
    "when",
    "as",
    "while",
    "during",
    "and",
    "but",
    "on",
    "in",
    "at",
    "near",
    "for",
    "with",
    "to",
    "from",
    "into",
    "of", // de
    "nach",
    "wegen",
    "als",
    "während",
    "und",
    "aber",
    "im",
    "am",
    "bei", // fr
    "après",
    "avant",
    "lors",
    "et",
    "mais",
    "dans",
    "à", // es, it, pt
    "tras",
    "después",
    "durante",
    "y",
    "pero",
    "en",
    "dopo",
    "ma",
    "nel",
    "após",
    "depois",
    "e",
    "mas",
    "no", // nl
    "na",
    "nadat",
    "tijdens",
    "maar",
];

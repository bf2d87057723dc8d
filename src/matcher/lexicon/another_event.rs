//! Words that name an event as another of its kind, not the one reported ("a *similar*
//! crash on the same road", "the *previous* fire", "un incendio *simile*", "bei einem
//! *ähnlichen* Brand"), in English, French, German, Spanish, Italian, Portuguese and
//! Dutch, lower case as tokens are normalised. Read by the background cut
//! (`corpus/past_time.rs`, session 52): a sentence that tells a toll of such an event is
//! background, and the years it names are not the article's own. Not "earlier", "prior"
//! nor "last": adverbs and prepositions of the story's own time too ("Earlier, three
//! people died", "prior to the crash", "the last survivor").

/// Adjectives of another event of the same kind ("similar", "previous", "similaire",
/// "ähnlichen", "parecido", "simile", "semelhante", "soortgelijke"). Next to a word of
/// time they tell the story's own time instead ("the previous day", "la veille": see
/// `past_time::another_event_word`).
const ANOTHER_EVENT: &[&str] = &[
    // English.
    "similar",
    "previous",
    // French.
    "similaire",
    "similaires",
    "semblable",
    "semblables",
    "précédent",
    "précédente",
    // German.
    "ähnlich",
    "ähnliche",
    "ähnlichen",
    "ähnlicher",
    "ähnliches",
    "vorherige",
    "vorherigen",
    "vorheriger",
    // Spanish ("similar" is the English word).
    "parecido",
    "parecida",
    "anterior",
    // Italian.
    "simile",
    "simili",
    "analogo",
    "analoga",
    "precedente",
    // Portuguese ("similar" and "anterior" are written as above).
    "semelhante",
    "semelhantes",
    // Dutch.
    "soortgelijk",
    "soortgelijke",
    "vergelijkbaar",
    "vergelijkbare",
    "eerdere",
    "vorige",
];

/// Whether `norm` (a token's lower-case word) names an event as another of its kind
/// ([`ANOTHER_EVENT`]: "similar", "previous", "simile", "ähnlichen").
pub(in crate::matcher) fn is_another_event_word(norm: &str) -> bool {
    ANOTHER_EVENT.contains(&norm)
}

//! Words that end a clause when a place's role is read back from it
//! (`flags/places/roles.rs`): words that open another clause ("and", "but", "while",
//! "where", "et", "und", "y", "e", "maar") and finite auxiliaries, which tell a new verb
//! ("was", "were", "est", "wurde", "fue", "è", "foi", "werd"), in English, French,
//! German, Spanish, Italian, Portuguese and Dutch, lower case, as tokens are normalised;
//! [`opens_clause`], the one rule of which of them opens a clause in a sentence of a
//! language; and the subjects that take up the people of a treatment before a finite
//! "be" of place ([`TAKEN_UP`]: "hospitalized, most of them were in Leiria").

use crate::matcher::language::Language;

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
const OPENER_PREPOSITIONS: &[&str] = &["en"];

/// Whether `word` (lower case) opens another clause in a sentence of `language`
/// (`language::guess_sentence`, `None` when unclear): a word of [`CLAUSE_OPENERS`], and
/// one that is a preposition in another language ([`OPENER_PREPOSITIONS`]: Dutch "en")
/// only in a sentence guessed Dutch ("De gewonden werden opgenomen en de politie sloot
/// wegen in Leiria"; "hospitalisés en urgence à Lyon", "encontrado en Brescia" open none).
/// Read by every reader of a place's clause (`flags/places/roles.rs`: a treatment's and a
/// finding's).
pub(in crate::matcher) fn opens_clause(word: &str, language: Option<Language>) -> bool {
    CLAUSE_OPENERS.contains(&word)
        && (!OPENER_PREPOSITIONS.contains(&word) || dutch_and(word, language))
}

/// Whether `word` (lower case) is a word of [`OPENER_PREPOSITIONS`] read as "and" in a
/// sentence of `language`: Dutch "en" in a sentence guessed Dutch, never French or
/// Spanish "en" ("in"), nor any in a sentence whose language is unclear. The one rule of
/// [`opens_clause`] and of the outcome readers' clause ends (`outcome/participants.rs`).
pub(in crate::matcher) fn dutch_and(word: &str, language: Option<Language>) -> bool {
    OPENER_PREPOSITIONS.contains(&word) && language == Some(Language::Dutch)
}

/// Subjects that take up the people of a treatment told before them: before a finite
/// "be" with a place right after ("Fourteen people were hospitalized, most of them were
/// in Leiria", "la plupart d'entre eux sont à Leiria", "die meisten von ihnen sind in
/// Leiria") the auxiliary tells where the treated are, no new verb, and so no other
/// clause (`flags/places/roles.rs`; a figure does as well: "three were in Coimbra"). A
/// noun does not ("the leak was in Leiria"). Pronouns and words of a part, in the seven
/// languages.
#[rustfmt::skip]
pub(in crate::matcher) const TAKEN_UP: &[&str] = &[
    // en
    "them", "they", "most", "all", "some", "others", "rest", "both",
    // fr
    "eux", "elles", "ils", "plupart", "tous", "toutes", "certains", "autres",
    // de
    "ihnen", "sie", "meisten", "alle", "einige", "anderen",
    // es
    "ellos", "ellas", "mayoría", "todos", "todas", "algunos", "otros",
    // it
    "loro", "maggioranza", "tutti", "tutte", "alcuni", "altri",
    // pt
    "eles", "elas", "deles", "delas", "maioria", "alguns", "outros",
    // nl
    "hen", "zij", "ze", "meesten", "allen", "sommigen",
];

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

//! Genitive prepositions ("of", "de", "du", "della", "von"): one table of each form, the
//! languages it is one in, and which rule reads it. The speaker rule reads them after a
//! role ("le maire d'Alès, Christophe Rivenq", `speakers/described.rs`,
//! [`role_genitive`]); the place flags before a place ("la commune de Vénissieux", "die
//! Feuerwehr von Köln", `flags/places/genitives.rs`, [`place_genitive`]). Lower case, as
//! tokens are normalised; the elided forms ("d'Alès", "dell'Interno") are read from the
//! text by the speaker rule.

use super::cardinals::{language_bits, DE, EN, ES, FR, IT, NL, PT};
use crate::matcher::language::Language;

/// Read after a role, in a sentence of any language ([`role_genitive`]).
const ROLE: u8 = 1;
/// Read before a place, in a sentence of its language or of none clear
/// ([`place_genitive`]).
const PLACE: u8 = 2;

/// The genitive prepositions: each form, the languages it is one in (`cardinals.rs`'
/// bits) and the rules that read it ([`ROLE`], [`PLACE`]). The two rules read different
/// forms, kept as each was written:
/// - English "of" is no [`PLACE`] form: the place rule reads it only after its own
///   English nouns of a settlement ("the village of Aldwick"), and its foreign nouns
///   ("village", "region") must not take "of".
/// - German "von" is no [`ROLE`] form: the German role rule reads a genitive by its
///   article ("der Sprecher der Stadt Köln"), and "von" after a role is as often a name's
///   particle ("die Präsidentin von der Leyen").
/// - The Italian contractions with "lo" and the plural articles (dello, dei, degli, delle)
///   and the Portuguese plural ones (dos, das) are read after a role only ("il ministro
///   degli Esteri"); the place rule never read them (no town of the evaluation data
///   follows one).
/// - Dutch "van" is read after a role only ("de directeur van het ziekenhuis"; trial
///   44): before a place it is as often a name's particle.
const GENITIVES: &[(&str, u8, u8)] = &[
    ("of", EN, ROLE),
    ("de", FR | ES | PT, ROLE | PLACE),
    ("du", FR, ROLE | PLACE),
    ("des", FR, ROLE | PLACE),
    ("del", ES | IT, ROLE | PLACE),
    ("di", IT, ROLE | PLACE),
    ("della", IT, ROLE | PLACE),
    ("dello", IT, ROLE),
    ("dei", IT, ROLE),
    ("degli", IT, ROLE),
    ("delle", IT, ROLE),
    ("do", PT, ROLE | PLACE),
    ("da", PT, ROLE | PLACE),
    ("dos", PT, ROLE),
    ("das", PT, ROLE),
    ("von", DE, PLACE),
    ("van", NL, ROLE),
];

/// Whether `word` (lower case) is a genitive preposition of [`GENITIVES`] read by rule
/// `rule` in a sentence of `language` (of any language when `None`).
fn genitive(word: &str, language: Option<Language>, rule: u8) -> bool {
    let bits = language_bits(language);
    GENITIVES
        .iter()
        .any(|&(w, langs, rules)| w == word && langs & bits != 0 && rules & rule != 0)
}

/// Whether `word` (lower case) is a genitive preposition after a role, in any language
/// ("the mayor of Alès", "le maire de Nîmes", "il presidente della Regione", "o
/// porta-voz da associação").
pub(in crate::matcher) fn role_genitive(word: &str) -> bool {
    genitive(word, None, ROLE)
}

/// Whether `word` (lower case) is a genitive preposition before a place in a sentence of
/// `language`, or of any language when `None` ("la commune de Vénissieux", "el alcalde
/// de Sevilla", "il sindaco di Milano", "die Feuerwehr von Köln"). No English form.
pub(in crate::matcher) fn place_genitive(word: &str, language: Option<Language>) -> bool {
    genitive(word, language, PLACE)
}

#[cfg(test)]
mod tests {
    use super::{place_genitive, role_genitive};
    use crate::matcher::language::Language;

    #[test]
    fn each_rule_reads_its_genitives_in_their_languages() {
        // After a role: any language's, German "von" not.
        for w in ["of", "de", "della", "degli", "dos", "du"] {
            assert!(role_genitive(w), "{w}");
        }
        assert!(!role_genitive("von") && !role_genitive("the"));
        // Before a place: the sentence's language's, no English "of".
        assert!(place_genitive("de", None) && place_genitive("von", None));
        assert!(!place_genitive("of", None) && !place_genitive("of", Some(Language::English)));
        assert!(place_genitive("von", Some(Language::German)));
        assert!(!place_genitive("de", Some(Language::German)));
        assert!(place_genitive("del", Some(Language::Spanish)));
        assert!(place_genitive("del", Some(Language::Italian)));
        assert!(!place_genitive("del", Some(Language::French)));
        assert!(!place_genitive("degli", Some(Language::Italian)));
        assert!(!place_genitive("de", Some(Language::Dutch)));
    }
}

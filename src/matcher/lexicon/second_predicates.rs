//! Words that may stand between "and" / "but" and the outcome word of a second predicate
//! told of the first one's subject, with no subject of its own ("A night guard was tied
//! up *and slightly* injured", "was bound with tape *but was* unharmed", "è stato legato
//! *e ha riportato lievi* ferite", "wurde gefesselt, *blieb aber* unverletzt"):
//! auxiliaries and verbs of remaining or of suffering, and words of degree, in English,
//! French, German, Spanish, Italian, Portuguese and Dutch, lower case, as tokens are
//! normalised. Read by the outcome flags' participants (`outcome/participants.rs`,
//! trial 47 item 2). A count, an article or a noun is none of them: "and five others
//! were injured", "and the driver was injured" tell other people.

/// Auxiliaries, verbs of remaining or suffering, and words of degree ([`second_predicate`]).
#[rustfmt::skip]
const SECOND_PREDICATE: &[&str] = &[
    // en (and any adverb in -ly: [`second_predicate`])
    "was", "were", "is", "are", "been", "be", "being", "got", "had", "has", "have",
    "remained", "stayed", "suffered", "sustained", "escaped", "left", "otherwise", "only",
    "also", "not",
    // fr
    "a", "ont", "été", "est", "sont", "resté", "restée", "restés", "sorti", "sortie",
    "légèrement", "grièvement", "gravement", "subi",
    // de
    "wurde", "wurden", "ist", "sind", "blieb", "blieben", "hat", "hatte", "erlitt",
    "erlitten", "leicht", "schwer", "dabei",
    // es
    "fue", "fueron", "resultó", "resultaron", "quedó", "quedaron", "ha", "han", "sufrió",
    "sufrieron", "salió", "salieron", "levemente", "gravemente", "leves", "graves",
    // it
    "è", "sono", "stato", "stata", "stati", "state", "hanno", "rimasto", "rimasta",
    "rimasti", "rimaste", "riportato", "riportata", "riportati", "lievemente",
    "leggermente", "lievi", "leggere", "gravi", "subito",
    // pt
    "foi", "foram", "ficou", "ficaram", "sofreu", "sofreram", "saiu", "sairam",
    // nl
    "werd", "werden", "zijn", "raakte", "raakten", "bleef", "bleven", "licht", "zwaar",
];

/// Whether the word `norm` (lower case) may stand in a second predicate before its
/// outcome word with no subject of its own: a word of [`SECOND_PREDICATE`], or an English
/// adverb in "-ly" ("slightly", "seriously").
pub(crate) fn second_predicate(norm: &str) -> bool {
    SECOND_PREDICATE.contains(&norm) || (norm.len() > 4 && norm.ends_with("ly"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Auxiliaries and words of degree are words of a second predicate; counts, articles
    /// and nouns are not.
    #[test]
    fn second_predicate_words() {
        for w in [
            "was",
            "slightly",
            "blieb",
            "riportato",
            "lievi",
            "rimasto",
            "ficou",
        ] {
            assert!(second_predicate(w), "{w}");
        }
        for w in ["the", "five", "others", "driver", "passengers", "il", "fly"] {
            assert!(!second_predicate(w), "{w}");
        }
    }
}

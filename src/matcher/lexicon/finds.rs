//! Words of finding something ("found", "recovered", "retrouvé", "aufgefunden",
//! "hallado", "ritrovato", "encontrado", "teruggevonden") and the states a person may be
//! found in ("found dead", "retrouvé mort", "tot aufgefunden"), in English, French,
//! German, Spanish, Italian, Portuguese and Dutch, lower case, as tokens are normalised.
//! Read by the place flags (`flags/places/roles.rs`): where a getaway car was found is
//! another place than where the theft happened (trial 47, item 5).

use super::form_then::FormThen;

/// Past participles and past forms of finding something ([`finding`]).
#[rustfmt::skip]
const FINDS: &[&str] = &[
    // en
    "found", "recovered", "discovered", "located", "abandoned", "dumped",
    // fr
    "retrouvé", "retrouvée", "retrouvés", "retrouvées", "découvert", "découverte",
    "récupéré", "récupérée", "récupérés", "abandonné", "abandonnée",
    // de
    "gefunden", "aufgefunden", "entdeckt", "sichergestellt", "fanden", "abgestellt",
    // es, pt
    "encontrado", "encontrada", "encontrados", "encontradas", "hallado", "hallada",
    "localizado", "localizada", "recuperado", "recuperada", "abandonado", "abandonada",
    "achado", "achada",
    // it
    "ritrovato", "ritrovata", "ritrovati", "ritrovate", "trovato", "trovata", "rinvenuto",
    "rinvenuta", "recuperato", "recuperata", "abbandonato", "abbandonata",
    // nl
    "gevonden", "teruggevonden", "aangetroffen", "achtergelaten",
];

/// States a person is found in: after a word of [`FINDS`] they tell what befell someone
/// where the event happened ("was found dead in Cremona"), no place of a thing found.
#[rustfmt::skip]
const FOUND_STATES: &[&str] = &[
    "dead", "alive", "safe", "guilty", "unconscious", "injured", "murdered",
    "mort", "morte", "morts", "vivant", "vivante", "inconscient",
    "tot", "lebend", "leblos", "bewusstlos",
    "muerto", "muerta", "vivo", "viva", "inconsciente", "culpable",
    "morto", "morta", "senza", "colpevole",
    "dood", "levend", "schuldig",
];

/// Whether the word `norm` (lower case) tells that something was found, and `next` (the
/// word after it, lower case, "" for none) tells no state a person was found in ("found
/// dead"): [`FINDS`], [`FOUND_STATES`].
pub(crate) fn finding(norm: &str, next: &str) -> bool {
    const FINDING: FormThen = FormThen::Unless(FINDS, FOUND_STATES);
    FINDING.reads(norm, next)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A thing found is read; a person found dead or guilty is not.
    #[test]
    fn found_things_not_states() {
        assert!(finding("found", "torched"));
        assert!(finding("ritrovato", "bruciato"));
        assert!(finding("aufgefunden", ""));
        assert!(!finding("found", "dead"));
        assert!(!finding("retrouvé", "mort"));
        assert!(!finding("stolen", "near"));
    }
}

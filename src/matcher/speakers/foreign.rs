//! Speech words of French, German, Spanish, Italian, Portuguese and Dutch, so the English
//! rules of `find.rs` read "..., a déclaré Jean Dupont", "Selon Jean Dupont, ...",
//! "..., sagte Hans Müller", "laut Hans Müller", "Hans Müller zufolge", "..., dijo el
//! alcalde Juan García", "según la policía" as they read "..., said Carroll", "according to
//! Carroll" and "..., said the mayor". Lower-case forms as the tokens' `norm`s are; none of
//! them is an English word ("dice", "assure" are left out), so English sentences read as
//! before.

use crate::matcher::features::Prepared;

/// Whether `norm` is a speech verb of the six languages (`lexicon/speech.rs`, the lists
/// the statement parts read too, less the English homographs "dice" and "assure"), or
/// German "zufolge", read after the name as "said" is: "Hans Müller zufolge".
pub(super) fn is_foreign_speech(norm: &str) -> bool {
    norm == "zufolge" || crate::matcher::lexicon::speech::is_foreign(norm)
}

/// Whether token `i` of `p` is "according to" in another language, the name right after
/// it ("selon Jean Dupont", "laut Hans Müller", "según la policía": the lexicon's list,
/// `lexicon::speech::is_foreign_according`), or "après" of "d'après" (the tokeniser drops
/// the elided "d'": the token's text starts with it).
pub(super) fn according(p: &Prepared, i: usize) -> bool {
    let t = &p.tokens[i];
    let norm = t.norm.as_str();
    crate::matcher::lexicon::speech::is_foreign_according(norm)
        || (norm == "après" && elided_de(p, t.start))
}

/// Whether the text of `p` at code point `at` is an elided "d'" ("d'après", "d’Amiens").
pub(super) fn elided_de(p: &Prepared, at: usize) -> bool {
    let mut c = p.text.chars().skip(at);
    matches!(
        (c.next(), c.next()),
        (Some('d' | 'D'), Some('\'' | '\u{2019}'))
    )
}

/// Auxiliaries before a participle of [`is_foreign_speech`] ("..., a déclaré Jean Dupont",
/// "..., ha dicho el alcalde", "..., hat gesagt"): the verb is inverted when a comma or a
/// quotation mark comes before its auxiliary.
pub(super) const AUXILIARIES: &[&str] = &[
    "a", "ont", "avait", "aurait", "ha", "han", "había", "hat", "haben", "hanno", "heeft",
];

/// Articles before a role after a foreign speech verb or "according to" ("dijo el alcalde
/// Juan García", "a déclaré la ministre Claire Martin", "sagte der Sprecher", "según la
/// policía").
pub(super) fn is_foreign_det(norm: &str) -> bool {
    matches!(
        norm,
        "le" | "la"
            | "les"
            | "l"
            | "el"
            | "los"
            | "las"
            | "der"
            | "die"
            | "il"
            | "lo"
            | "o"
            | "os"
            | "de"
            | "het"
    )
}

/// Words that may follow the name after a foreign speech verb while the name still ends
/// its clause ("..., a déclaré Jean Dupont lors d'une conférence", "..., dijo Juan García
/// en una rueda de prensa", "..., sagte Hans Müller am Montag"), as `find::AFTER_SPEAKER`.
pub(super) const FOREIGN_AFTER_SPEAKER: &[&str] = &[
    "lors",
    "à",
    "au",
    "aux",
    "dans",
    "sur",
    "devant",
    "hier",
    "en",
    "durante",
    "ante",
    "ayer",
    "tras",
    "am",
    "im",
    "auf",
    "bei",
    "gegenüber",
    "gestern",
    "heute",
    "nel",
    "alla",
    "ieri",
    "em",
    "ontem",
    "tijdens",
    "gisteren",
    "de",
    "du",
    "del",
    "von",
    "da",
    "van",
];

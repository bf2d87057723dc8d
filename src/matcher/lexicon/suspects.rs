//! Suspects: the words of a suspect who fled or is at large, read by the outcome flags
//! against those of a suspect held (`outcome.rs`).

/// A suspect fled, escaped or at large, in the seven languages (whole words: "fled", pt
/// "fugiu", "foragido", es "huyó", "prófugo", fr "enfui", it "fuggito", "latitante", de
/// "geflohen", "flüchtig", nl "gevlucht", "voortvluchtig"), lower case, as the outcome
/// flags read a form (`$`: the whole word, `lexicon/casualty.rs`): read by the outcome
/// flags against held (`outcome.rs`'s `ARRESTED`).
pub(in crate::matcher) const FLED: &[&str] = &[
    "fled$",
    "flees$",
    "fleeing$",
    "absconded$",
    "fugitive$",
    "fugiu$",
    "fugiram$",
    "foragido$",
    "foragidos$",
    "huyó$",
    "huyeron$",
    "fugó$",
    "fugaron$",
    "prófugo$",
    "prófugos$",
    "enfui$",
    "enfuis$",
    "enfuit$",
    "fuggito$",
    "fuggiti$",
    "fuggì$",
    "latitante$",
    "latitanti$",
    "geflohen$",
    "floh$",
    "flohen$",
    "flüchtig$",
    "gevlucht$",
    "vluchtte$",
    "voortvluchtig$",
];

/// A suspect under investigation, as a state told after a verb of being (`outcome/
/// investigated.rs`: "è indagato", "is being investigated", es "está investigado", pt "foi
/// constituído arguido"): en "investigated", es, pt "investigado", it "indagato", pt
/// "arguido". Read against held (`outcome.rs`'s `ARRESTED`), the softer kind.
pub(in crate::matcher) const INVESTIGATED: &[&str] =
    &["investigated$", "investigad", "indagat", "arguid"];

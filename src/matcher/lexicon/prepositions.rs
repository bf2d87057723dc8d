//! Prepositions that open a place or a group right after a subject ("No one *at* the bus
//! stop was harmed", "Nobody *on* board was hurt", fr "Personne *dans* le bus", de
//! "Niemand *im* Bus", es "Nadie *en* el autobús", it "Nessuno *sul* bus", pt "Ninguém
//! *no* autocarro", nl "Niemand *in* de bus"), in seven languages, read by the negation
//! rule of the outcome flags (`outcome/negation.rs`, session 51): the phrase tells who is
//! denied a fate, not the fate. Lower case, whole words, as the tokens' `norm`s are.

/// Prepositions of a place or a group after a subject.
pub(in crate::matcher) const AFTER_SUBJECT: &[&str] = &[
    // en
    "at", "in", "on", "inside", "aboard", "near", "from", "among", "of", // fr
    "à", "au", "aux", "dans", "sur", "parmi", "du", "des", // de
    "im", "am", "an", "auf", "bei", "beim", "unter", "von", "vom", // es
    "en", "de", "del", "entre", // it
    "nel", "nella", "nei", "sul", "sulla", "tra", "fra", "dei", "degli", "della", // pt
    "no", "na", "nos", "nas", "em", "dos", "das", // nl
    "op", "aan", "bij", "uit", "onder", "van",
];

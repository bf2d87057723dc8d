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

/// Prepositions (with their article where the language joins them) that open a phrase of
/// place or time, in seven languages: the word after a bare hour ("alle 13 *sulle*
/// colline", "a las 13 *en* el centro", "às 13 *no* centro") is no noun the hour counts,
/// so the hour stays a time of the clock (`flags/times/spoken_romance.rs`, trial 54).
pub(in crate::matcher) const OPEN_A_PHRASE: &[&str] = &[
    // en
    "at", "in", "on", "near", "from", "of", "to", "by", "over", "above", "across", // fr
    "à", "au", "aux", "dans", "sur", "près", "du", "des", "de", "vers", "en", "chez", // de
    "im", "am", "an", "auf", "bei", "beim", "über", "vor", "nach", "von", "vom", // es
    "del", "sobre", "cerca", "junto", "al", "por", "entre", // it
    "su", "sul", "sulla", "sulle", "sui", "sugli", "sullo", "nel", "nella", "nelle", "nei",
    "negli", "nello", "a", "alla", "ai", "agli", "di", "della", "delle", "dei", "degli", "da",
    "dal", "dalla", "dalle", "dai", "presso", "vicino", "tra", "fra", "lungo", // pt
    "no", "na", "nos", "nas", "em", "do", "dos", "das", "ao", "perto", // nl
    "op", "aan", "bij", "uit", "onder", "van", "nabij", "boven",
];

/// "Among" / "between" right after a figure, before the nouns it counts ("almeno 40 *tra*
/// case e ville", "40 *fra* case e negozi", "40 *entre* casas y chalets": at least 40,
/// houses and villas): the noun is the word after it (`flags/numbers/counted.rs`, trial
/// 54). Italian, Spanish, Portuguese and French; English "among" counts a part of a group
/// ("three among the dead") and is left out.
pub(in crate::matcher) const AMONG_BEFORE_NOUNS: &[&str] = &["tra", "fra", "entre"];

//! Investigations of a cause: the nouns of an investigation and the words that name what
//! it is into, read by the cause flags (`cause/investigated.rs`: "an *arson investigation*",
//! "an *investigation into* arson", it "un'*indagine per* incendio doloso"), and the verbs
//! of investigating after which "whether" asks a question, read by the outcome flags
//! (`outcome/hedge.rs`: es "investiga *si*", de "ermittelt, *ob*"), lower case.

/// Nouns of an investigation, a probe or an inquiry in the seven languages (en
/// "investigation", "probe", "inquiry", fr "enquête", de "Ermittlungen", es
/// "investigación", it "indagine", "inchiesta", pt "investigação", "inquérito", nl
/// "onderzoek").
pub(in crate::matcher) const INQUIRIES: &[&str] = &[
    "investigation",
    "investigations",
    "probe",
    "inquiry",
    "enquiry",
    "enquête",
    "ermittlungen",
    "ermittlungsverfahren",
    "investigación",
    "indagine",
    "indagini",
    "inchiesta",
    "investigação",
    "inquérito",
    "onderzoek",
];

/// Words after a noun of [`INQUIRIES`] that name what it is into, a cause after them (en
/// "into", "for", fr "pour", de "wegen", es, pt "por", it "per", nl "naar").
pub(in crate::matcher) const INTO: &[&str] =
    &["into", "for", "pour", "wegen", "por", "per", "naar"];

/// Verbs of investigating or finding out after which a word of [`WHETHER`] asks a
/// question, not a condition (es "la policía *investiga* si el conductor estaba ebrio",
/// fr "*enquête* pour savoir si", de "*ermittelt*, ob", it "*indaga* se", pt "*investiga*
/// se", nl "*onderzoekt* of"; English "whether" asks one by itself).
pub(in crate::matcher) const INVESTIGATING: &[&str] = &[
    // en ("investigating if")
    "investigating",
    "investigate",
    "investigates",
    "examining",
    "probing",
    // fr
    "enquête",
    "enquêtent",
    "enquêter",
    "cherche",
    "cherchent",
    "vérifie",
    "vérifient",
    // de
    "ermittelt",
    "ermitteln",
    "prüft",
    "prüfen",
    "untersucht",
    "untersuchen",
    // es, pt
    "investiga",
    "investigan",
    "investigam",
    "investigar",
    "averigua",
    "averiguan",
    "apura",
    "apuram",
    // it
    "indaga",
    "indagano",
    "indagare",
    "verifica",
    "verificano",
    "accerta",
    "accertano",
    // nl
    "onderzoekt",
    "onderzoeken",
];

/// Words of "whether" after a verb of [`INVESTIGATING`]: es, fr "si", it, pt "se", de
/// "ob", nl "of", en "if".
pub(in crate::matcher) const WHETHER: &[&str] = &["si", "se", "ob", "of", "if"];

/// Verbs of knowing that may stand between a verb of [`INVESTIGATING`] and its word of
/// [`WHETHER`] with the word before them ("enquête *pour savoir* si", es "investiga *para
/// saber* si", it "indaga *per sapere* se", pt "*para saber* se").
pub(in crate::matcher) const TO_KNOW: &[&str] = &["savoir", "saber", "sapere"];

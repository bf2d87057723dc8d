//! Investigations of a cause: the nouns of an investigation and the words that name what
//! it is into, read by the cause flags (`cause/investigated.rs`: "an *arson investigation*",
//! "an *investigation into* arson", it "un'*indagine per* incendio doloso"), lower case.

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

//! Crimes: the words of what a suspect is charged with, by family, in the seven languages
//! the matcher reads (en, de, fr, es, it, pt, nl), read by the outcome flag of charges
//! (`outcome/charges.rs`: "charged with murder" / "charged with robbery").

/// Families of crimes, each a list of word beginnings (lower case; a word ending with `$`
/// is read whole, as the outcome lists are): a killing ("murder", "manslaughter",
/// "killing", "Mordes", "meurtre", "asesinato", "omicidio", "homicídio", "moord"), a
/// theft or a robbery, a fraud, an assault, a sexual crime, a kidnapping, an arson,
/// terrorism, drugs, corruption. Two words of one family tell one charge told otherwise
/// ("murder" / "killing", "robbery" / "theft"); only two families differ.
pub(in crate::matcher) const CRIMES: &[&[&str]] = &[
    // A killing.
    &[
        "murder",
        "homicid",
        "manslaughter",
        "killing",
        "mord$",
        "mordes$",
        "mordverdacht",
        "totschlag",
        "tötung",
        "meurtre",
        "meurtres$",
        "assassinat",
        "asesinato",
        "omicidi",
        "assassini",
        "homicídio",
        "moord",
        "doodslag",
    ],
    // A theft or a robbery.
    &[
        "robber",
        "robbing$",
        "theft",
        "burglar",
        "stealing$",
        "larceny",
        "raub$",
        "raubes$",
        "raubüberfall",
        "diebstahl",
        "einbruch",
        "vol$",
        "vols$",
        "cambriolage",
        "robo$",
        "robos$",
        "hurto",
        "atraco",
        "rapina",
        "furto",
        "roubo",
        "diefstal",
        "beroving",
        "overval",
        "inbraak",
    ],
    // A fraud.
    &[
        "fraud",
        "embezzl",
        "betrug",
        "untreue",
        "escroquerie",
        "fraude",
        "estafa",
        "truffa",
        "frode",
        "oplichting",
        "verduistering",
    ],
    // An assault.
    &[
        "assault",
        "battery$",
        "körperverletzung",
        "violences$",
        "agression",
        "agresión",
        "lesiones$",
        "lesioni$",
        "aggressione",
        "agressão",
        "mishandeling",
    ],
    // A sexual crime.
    &[
        "rape$",
        "raping$",
        "sexual",
        "vergewaltigung",
        "sexuell",
        "viol$",
        "viols$",
        "violación",
        "sessual",
        "stupro",
        "estupro",
        "violação",
        "verkrachting",
        "aanranding",
    ],
    // A kidnapping.
    &[
        "kidnap",
        "abduct",
        "entführung",
        "freiheitsberaubung",
        "enlèvement",
        "séquestration",
        "secuestro",
        "rapimento",
        "sequestro",
        "rapto$",
        "ontvoering",
        "gijzeling",
    ],
    // An arson.
    &[
        "arson",
        "brandstiftung",
        "incendie",
        "incendio",
        "incêndio",
        "brandstichting",
    ],
    // Terrorism.
    &["terror"],
    // Drugs.
    &[
        "drug",
        "drogen",
        "drogue",
        "stupéfiant",
        "narcotr",
        "droga",
        "drogas$",
        "drugshandel",
    ],
    // Corruption and bribery.
    &[
        "brib",
        "corrupt",
        "bestechung",
        "korruption",
        "cohecho",
        "soborno",
        "corrupción",
        "corruzione",
        "corrupção",
        "omkoping",
        "corruptie",
    ],
];

/// The legal names within the family of a killing (the first of [`CRIMES`]) that tell two
/// charges apart, per language: the graver one first ("murder", "Mord", "assassinat",
/// "asesinato", "moord") and the lesser ("manslaughter", "Totschlag", "meurtre",
/// "homicidio", "doodslag"). Word beginnings as in [`CRIMES`]. The words of a killing
/// that name no grade ("killing", "homicide", "Tötung", "omicidio", "homicídio") are in
/// no row.
pub(in crate::matcher) const KILLING_GRADES: &[(&[&str], &[&str])] = &[
    (&["murder"], &["manslaughter"]),
    (&["mord$", "mordes$"], &["totschlag"]),
    (&["assassinat"], &["meurtre", "meurtres$"]),
    (&["asesinato"], &["homicidio"]),
    (&["moord$", "moorden$"], &["doodslag"]),
];

/// Words that tell a killing done by negligence, next to the word of the killing, in the
/// seven languages ("involuntary manslaughter", "fahrlässige Tötung", "homicide
/// involontaire", "homicidio imprudente", "omicidio colposo", "homicídio culposo"): a
/// charge of its own against any graded one. Word beginnings as
/// in [`CRIMES`].
pub(in crate::matcher) const NEGLIGENT: &[&str] = &[
    "involuntary",
    "negligent",
    "reckless",
    "fahrlässig",
    "involontaire",
    "imprudent",
    "culpos",
    "colpos",
];

/// Words that tell a killing done on purpose next to the word of the killing where the
/// word itself names no grade ("omicidio volontario", "homicídio doloso", "homicidio
/// doloso", "vorsätzliche Tötung", "homicide volontaire"): opposed to [`NEGLIGENT`] only.
pub(in crate::matcher) const INTENTIONAL: &[&str] = &[
    "volontari",
    "volontaire",
    "dolos",
    "vorsätzlich",
    "intentional",
];

/// How grave a charge of a killing is by its legal name ([`killing_grade`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(in crate::matcher) enum Grade {
    /// The graver name of row `k` of [`KILLING_GRADES`] ("murder").
    Graver(usize),
    /// The lesser name of row `k` ("manslaughter").
    Lesser(usize),
    /// Told as done on purpose, with no name of a grade ([`INTENTIONAL`]).
    Intentional,
    /// Told as done by negligence ([`NEGLIGENT`]), whatever its name.
    Negligent,
}

impl Grade {
    /// Whether two grades are two charges: the two names of one row ("murder" /
    /// "manslaughter", "Mord" / "Totschlag"), or a killing by negligence against any
    /// other grade. Names of two rows are one charge told in two languages.
    pub(in crate::matcher) fn differs(self, other: Grade) -> bool {
        use Grade::{Graver, Lesser, Negligent};
        match (self, other) {
            (Negligent, Negligent) => false,
            (Negligent, _) | (_, Negligent) => true,
            (Graver(r), Lesser(s)) | (Lesser(r), Graver(s)) => r == s,
            _ => false,
        }
    }
}

/// Whether `norm` (lower case) is a word of `words`: a beginning, or a whole word when it
/// ends with `$`.
fn of(words: &[&str], norm: &str) -> bool {
    words.iter().any(|w| match w.strip_suffix('$') {
        Some(whole) => norm == whole,
        None => norm.starts_with(w),
    })
}

/// Whether `norm` (lower case) tells how a killing was done ([`NEGLIGENT`],
/// [`INTENTIONAL`]: "colposo", "doloso"), a word a charge's range takes in.
pub(in crate::matcher) fn is_manner(norm: &str) -> bool {
    of(NEGLIGENT, norm) || of(INTENTIONAL, norm)
}

/// The grade of the killing word `norm` with the words `around` it (lower case: the word
/// before and the two after, "involuntary manslaughter", "omicidio colposo"): negligent or
/// intentional when one of them says so, else by its name ([`KILLING_GRADES`]); `None`
/// for a word of a killing that names no grade ("killing", "homicide"), or a word of no
/// killing.
pub(in crate::matcher) fn killing_grade(norm: &str, around: &[&str]) -> Option<Grade> {
    if crime_families(norm) & 1 == 0 {
        return None;
    }
    if around.iter().any(|w| of(NEGLIGENT, w)) {
        return Some(Grade::Negligent);
    }
    let named = KILLING_GRADES
        .iter()
        .enumerate()
        .find_map(
            |(k, (graver, lesser))| match (of(graver, norm), of(lesser, norm)) {
                (true, _) => Some(Grade::Graver(k)),
                (_, true) => Some(Grade::Lesser(k)),
                _ => None,
            },
        );
    named.or_else(|| {
        around
            .iter()
            .any(|w| of(INTENTIONAL, w))
            .then_some(Grade::Intentional)
    })
}

/// The families of [`CRIMES`] word `norm` (lower case) is a word of, as bits (family `k`
/// is bit `k`); 0 for none.
pub(in crate::matcher) fn crime_families(norm: &str) -> u32 {
    let mut bits = 0;
    for (k, family) in CRIMES.iter().enumerate() {
        if of(family, norm) {
            bits |= 1 << k;
        }
    }
    bits
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_crime_word_is_of_its_family_and_no_other_word_is() {
        assert_eq!(crime_families("murder"), crime_families("killing"));
        assert_eq!(crime_families("mordes"), crime_families("meurtre"));
        assert_ne!(crime_families("murder"), crime_families("robbery"));
        assert_ne!(crime_families("murder"), 0);
        for w in ["said", "man", "charged", "volunteer", "morning", "drum"] {
            assert_eq!(crime_families(w), 0, "{w}");
        }
        assert!(CRIMES.len() <= 32);
    }

    /// Two legal names of one row are two grades; a word that names no grade has none; a
    /// killing by negligence differs from every other grade, and names of two rows (two
    /// languages) do not.
    #[test]
    fn legal_names_of_a_killing_have_grades() {
        let g = |w: &str, around: &[&str]| killing_grade(w, around);
        let (murder, manslaughter) = (g("murder", &[]), g("manslaughter", &[]));
        assert!(murder.zip(manslaughter).is_some_and(|(x, y)| x.differs(y)));
        for (x, y) in [
            ("mordes", "totschlags"),
            ("assassinat", "meurtre"),
            ("asesinato", "homicidio"),
            ("moord", "doodslag"),
        ] {
            let (gx, gy) = (g(x, &[]), g(y, &[]));
            assert!(gx.zip(gy).is_some_and(|(a, b)| a.differs(b)), "{x} / {y}");
        }
        for w in [
            "killing",
            "homicide",
            "tötung",
            "omicidio",
            "homicídio",
            "robbery",
            "said",
        ] {
            assert_eq!(g(w, &["the"]), None, "{w}");
        }
        assert_eq!(g("omicidio", &["di", "colposo"]), Some(Grade::Negligent));
        assert_eq!(g("tötung", &["fahrlässiger"]), Some(Grade::Negligent));
        assert_eq!(
            g("omicidio", &["di", "volontario"]),
            Some(Grade::Intentional)
        );
        assert!(Grade::Negligent.differs(Grade::Graver(0)));
        assert!(!Grade::Negligent.differs(Grade::Negligent));
        assert!(!Grade::Intentional.differs(Grade::Graver(0)));
        // "murder" and "meurtre": one charge in two languages.
        assert!(!g("murder", &[])
            .zip(g("meurtre", &[]))
            .is_some_and(|(a, b)| a.differs(b)));
    }
}

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

/// The families of [`CRIMES`] word `norm` (lower case) is a word of, as bits (family `k`
/// is bit `k`); 0 for none.
pub(in crate::matcher) fn crime_families(norm: &str) -> u32 {
    let mut bits = 0;
    for (k, family) in CRIMES.iter().enumerate() {
        let of = family.iter().any(|w| match w.strip_suffix('$') {
            Some(whole) => norm == whole,
            None => norm.starts_with(w),
        });
        if of {
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
}

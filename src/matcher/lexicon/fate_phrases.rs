//! Phrases after a count of people that tell its fate where no single word of the
//! casualty lexicon does (trial 46 F4): taken to hospital (the injured: "14 people were
//! taken to hospital", "transportadas para o hospital", "ins Krankenhaus gebracht") and
//! told to leave their homes (the evacuated: "were told to leave their homes"). Read by
//! `flags/numbers/fate_phrase.rs`. Lower case, as tokens are normalised.

/// Nouns of a hospital, in English, French, German, Spanish, Italian, Portuguese and
/// Dutch ("hospitalar" of "Centro Hospitalar").
pub(in crate::matcher) const HOSPITALS: &[&str] = &[
    "hospital",
    "hospitals",
    "infirmary",
    "clinic",
    "hôpital",
    "hopital",
    "clinique",
    "klinikum",
    "klinik",
    "krankenhaus",
    "hospitalar",
    "ospedale",
    "policlinico",
    "ziekenhuis",
];

/// Words right before a hospital's noun (or before its article) that take people there:
/// "to hospital", "à l'hôpital", "ins Krankenhaus", "al hospital", "in ospedale", "para o
/// hospital", "naar het ziekenhuis".
pub(in crate::matcher) const TO_HOSPITAL: &[&str] = &[
    "to", "into", "à", "au", "ins", "al", "all", "in", "para", "ao", "naar",
];

/// Articles between [`TO_HOSPITAL`] and the noun ("to the hospital", "para o hospital").
pub(in crate::matcher) const HOSPITAL_ARTICLES: &[&str] = &[
    "the", "a", "l", "le", "das", "el", "o", "het", "un", "uno", "um",
];

/// Phrases of leaving one's home (the evacuated), in the seven languages.
pub(in crate::matcher) const LEFT_HOMES: &[&[&str]] = &[
    &["leave", "their", "homes"],
    &["left", "their", "homes"],
    &["flee", "their", "homes"],
    &["fled", "their", "homes"],
    &["quitter", "leur", "domicile"],
    &["quitter", "leurs", "domiciles"],
    &["häuser", "verlassen"],
    &["wohnungen", "verlassen"],
    &["abandonar", "sus", "casas"],
    &["abandonar", "sus", "hogares"],
    &["lasciare", "le", "loro", "case"],
    &["abbandonare", "le", "loro", "case"],
    &["abandonar", "as", "suas", "casas"],
    &["deixar", "as", "suas", "casas"],
    &["huizen", "verlaten"],
    &["woningen", "verlaten"],
];

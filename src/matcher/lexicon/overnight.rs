//! The words that put a day's moment at its start or its end, read by the date flags to
//! tell one night told from either of its two days ("late on Friday night" / "early
//! Saturday": `flags/dates/overnight.rs`), lower case, in English, French, German,
//! Spanish, Italian, Portuguese and Dutch.

/// Words before or after a weekday that put the moment at its start: "early Saturday",
/// "tôt samedi", "Samstag früh", "el sábado temprano", "sabato presto", "sábado cedo",
/// "zaterdag vroeg", "in the small hours", "avant l'aube".
pub(in crate::matcher) const EARLY_WORDS: &[&str] = &[
    "early",
    "dawn",
    "tôt",
    "aube",
    "früh",
    "frühen",
    "temprano",
    "madrugada",
    "presto",
    "alba",
    "cedo",
    "vroeg",
];

/// Midnight, which tells either end of a night, in seven languages (session 53's last
/// tester: "shortly after midnight on Saturday" / "late on Friday").
pub(in crate::matcher) const MIDNIGHT_WORDS: &[&str] = &[
    "midnight",
    "minuit",
    "mitternacht",
    "medianoche",
    "mezzanotte",
    "middernacht",
];

/// Words before or after a weekday that put the moment at its end: "late Friday", "tard
/// vendredi", "spät am Freitag", "el viernes tarde", "venerdì tardi", "sexta-feira
/// tarde", "vrijdag laat".
pub(in crate::matcher) const LATE_WORDS: &[&str] =
    &["late", "tard", "spät", "späten", "tarde", "tardi", "laat"];

//! Time zones with the offsets from UTC they stand for, and the words of a page's note
//! that its times are local ("All times are local (GMT+1)"), read by the date flags to
//! compare two clock times in one zone (`flags/dates/clocks.rs`).

/// A zone a clock time names (`flags::figures::ZONES`, lower case) and the least and the
/// most minutes it is ahead of UTC: "ET" is -300 in winter and -240 in summer. A zone
/// whose letters name several ("IST": India, Ireland, Israel) is not here: its offset is
/// unknown.
pub(in crate::matcher) const ZONE_OFFSETS: &[(&str, i16, i16)] = &[
    ("gmt", 0, 0),
    ("utc", 0, 0),
    ("bst", 60, 60),
    ("cet", 60, 60),
    ("cest", 120, 120),
    ("est", -300, -300),
    ("edt", -240, -240),
    ("cst", -360, -360),
    ("cdt", -300, -300),
    ("mst", -420, -420),
    ("mdt", -360, -360),
    ("pst", -480, -480),
    ("pdt", -420, -420),
    ("et", -300, -240),
    ("pt", -480, -420),
    ("jst", 540, 540),
    ("kst", 540, 540),
    ("aest", 600, 600),
    // Central European Time in German and French (session 53's testers: "2.40 Uhr MEZ" /
    // "01:40 GMT" was the softer flag), Western and Eastern European Time.
    ("mez", 60, 60),
    ("hec", 60, 60),
    ("mesz", 120, 120),
    ("haec", 120, 120),
    ("wet", 0, 0),
    ("wez", 0, 0),
    ("west", 60, 60),
    ("wesz", 60, 60),
    ("eet", 120, 120),
    ("oez", 120, 120),
    ("eest", 180, 180),
    ("oesz", 180, 180),
    // A capital's time ("Paris time", "heure de Paris", "hora de Madrid", "ora di Roma"):
    // its zone in winter or in summer.
    ("paris", 60, 120),
    ("brussels", 60, 120),
    ("bruxelles", 60, 120),
    ("brüssel", 60, 120),
    ("berlin", 60, 120),
    ("madrid", 60, 120),
    ("rome", 60, 120),
    ("roma", 60, 120),
    ("amsterdam", 60, 120),
    ("vienna", 60, 120),
    ("wien", 60, 120),
    ("lisbon", 0, 60),
    ("lisboa", 0, 60),
    ("london", 0, 60),
    ("londres", 0, 60),
    ("londra", 0, 60),
];

/// Nouns of a zone's time before a place ("heure *de* Paris", "hora *de* Madrid", "ora *di*
/// Roma"): French, Spanish, Portuguese, Italian; the genitive after them is one of
/// [`ZONE_OF`].
pub(in crate::matcher) const ZONE_TIME_NOUNS: &[&str] = &["heure", "hora", "ora"];

/// The genitives between a noun of [`ZONE_TIME_NOUNS`] and its place.
pub(in crate::matcher) const ZONE_OF: &[&str] = &["de", "di"];

/// Words that tell a page's times are local, lower case, in English, French, German,
/// Spanish, Italian, Portuguese and Dutch: "All times are local (GMT+1)", "Heures
/// locales (GMT+1)", "Alle Zeiten Ortszeit (UTC+1)", "Horas locales", "Orari locali",
/// "Horário local", "Alle tijden zijn lokaal".
pub(in crate::matcher) const LOCAL_TIME_WORDS: &[&str] = &[
    "local",
    "locales",
    "locale",
    "ortszeit",
    "ortszeiten",
    "lokalzeit",
    "locali",
    "lokaal",
    "lokale",
];

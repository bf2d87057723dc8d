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
];

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

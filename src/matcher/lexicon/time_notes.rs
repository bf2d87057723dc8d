//! The note of a live page or a timeline that tells in which zone its times are ("All
//! times are local.", "All times CET", "Times are UTC", "(all times local)", fr "Toutes
//! les heures sont locales", de "Alle Zeiten MEZ", es "Horas locales", it "Tutti gli orari
//! sono locali", pt "Horários locais", nl "Alle tijden zijn lokaal"): page furniture, no
//! fact (`furniture::is_time_note`, trial 54). Lower case, as the tokens' `norm`s are.

/// The word for "times" of such a note, in seven languages.
pub(in crate::matcher) const TIMES: &[&str] = &[
    "times",
    "time",
    "heures",
    "horaires",
    "zeiten",
    "uhrzeiten",
    "zeitangaben",
    "zeit",
    "horas",
    "horarios",
    "hora",
    "orari",
    "orario",
    "ora",
    "horários",
    "horário",
    "tijden",
    "tijdstippen",
    "tijd",
];

/// The other words such a note may hold besides its zone ([`LOCAL`] and the wire zones of
/// `flags/figures.rs`): "all", articles, "are", "in".
pub(in crate::matcher) const NOTE_WORDS: &[&str] = &[
    // en
    "all", "are", "is", "in", "shown", "given", // fr
    "toutes", "tous", "les", "sont", "en", "heure", // de
    "alle", "sind", "angaben", // es
    "todas", "todos", "las", "los", "son", // it
    "tutti", "tutte", "gli", "le", "sono", // pt
    "os", "as", "são", "em", "hora", // nl
    "zijn",
];

/// The words of such a note that tell the zone, besides the wire zones: "local" in seven
/// languages, German "Ortszeit", "MEZ", "MESZ".
pub(in crate::matcher) const LOCAL: &[&str] = &[
    "local", "locale", "locales", "locali", "locais", "lokal", "lokale", "lokaal", "ortszeit",
    "mez", "mesz",
];

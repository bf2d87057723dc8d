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
    // Trial 51 F3: a clinic in Spanish, Portuguese, Italian and Dutch.
    "clínica",
    "clinica",
    "kliniek",
];

/// Words right before a hospital's noun (or before its article) that take people there:
/// "to hospital", "à l'hôpital", "ins Krankenhaus", "al hospital", "in ospedale", "para o
/// hospital", "naar het ziekenhuis".
pub(in crate::matcher) const TO_HOSPITAL: &[&str] = &[
    "to", "into", "à", "au", "ins", "al", "all", "in", "para", "ao", "naar",
];

/// Past participles of verbs of taking people somewhere, in English, Spanish, French,
/// Italian, Portuguese, German and Dutch, lower case with diacritics as written: a place
/// after one and a word of "to" ("taken to Huancayo", "flown by helicopter to Lima",
/// "llevados a Huancayo", "transportés à Lyon", "portati a Roma", "levados para Lisboa",
/// "nach Bremen gebracht", "naar Breda overgebracht") is where they were taken
/// (`flags/places/routes.rs`, trial 52 F5).
pub(in crate::matcher) const TAKEN: &[&str] = &[
    "taken",
    "flown",
    "airlifted",
    "rushed",
    "transferred",
    "evacuated",
    "brought",
    "transported",
    "driven",
    "ferried",
    "llevado",
    "llevados",
    "llevada",
    "llevadas",
    "trasladado",
    "trasladados",
    "trasladada",
    "trasladadas",
    "evacuado",
    "evacuados",
    "evacuada",
    "evacuadas",
    "transportado",
    "transportados",
    "transportada",
    "transportadas",
    "emmené",
    "emmenés",
    "emmenée",
    "emmenées",
    "transporté",
    "transportés",
    "transportée",
    "transportées",
    "évacué",
    "évacués",
    "évacuée",
    "évacuées",
    "transféré",
    "transférés",
    "transférée",
    "transférées",
    "héliporté",
    "héliportés",
    "portato",
    "portati",
    "portata",
    "portate",
    "trasferito",
    "trasferiti",
    "trasferita",
    "trasferite",
    "trasportato",
    "trasportati",
    "trasportata",
    "trasportate",
    "evacuato",
    "evacuati",
    "levado",
    "levados",
    "levada",
    "levadas",
    "transferido",
    "transferidos",
    "transferida",
    "transferidas",
    "gebracht",
    "geflogen",
    "verlegt",
    "transportiert",
    "evakuiert",
    "overgebracht",
    "vervoerd",
    "gevlogen",
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

/// Words that tell where people were treated or taken to be ("were treated in Lisbon",
/// "hospitalized in Leiria", "transportés à", "eingeliefert in", "ricoverati a",
/// "internados em", "opgenomen in"): a place told after one (or after a hospital's noun,
/// [`HOSPITALS`]) is a place of treatment, not of the event
/// (`flags/places/roles.rs`). In the seven languages. Not the words of more senses
/// than one: "admitted" (to a hospital, or a crime: "the men admitted they were
/// smuggled into Washington state"), "gebracht" ("in Sicherheit gebracht"), "levados":
/// after them the hospital's noun tells it.
pub(in crate::matcher) const TREATED: &[&str] = &[
    "treated",
    "hospitalized",
    "hospitalised",
    "airlifted",
    "hospitalisé",
    "hospitalisés",
    "hospitalisée",
    "hospitalisées",
    "soigné",
    "soignés",
    "soignées",
    "transporté",
    "transportés",
    "transportées",
    "behandelt",
    "eingeliefert",
    "hospitalizado",
    "hospitalizados",
    "hospitalizada",
    "hospitalizadas",
    "trasladados",
    "trasladadas",
    "atendidos",
    "atendidas",
    "ricoverato",
    "ricoverati",
    "ricoverata",
    "ricoverate",
    "trasportati",
    "curati",
    "internado",
    "internados",
    "internada",
    "internadas",
    "transportados",
    "transportadas",
    "behandeld",
    "opgenomen",
    "overgebracht",
];

/// Plurals of the nouns of a hospital in the other six languages ("les hôpitaux de Béni
/// Mellal"), read with [`HOSPITALS`] before a place of treatment only
/// (`flags/places/roles.rs`).
pub(in crate::matcher) const HOSPITAL_PLURALS: &[&str] = &[
    "hôpitaux",
    "hopitaux",
    "cliniques",
    "kliniken",
    "krankenhäuser",
    "krankenhaeuser",
    "hospitales",
    "clínicas",
    "ospedali",
    "hospitais",
    "ziekenhuizen",
];

/// Words that end a place of treatment's clause, read back from the place: what follows
/// one is the event's cause or time ("taken to hospital after a leak in Pombal", "from
/// the blast in Porto", "nach der Explosion in Porto"), its place the event's. In the
/// seven languages.
pub(in crate::matcher) const TREATMENT_BREAKS: &[&str] = &[
    "after",
    "following",
    "from",
    "when",
    "during",
    "before",
    "après",
    "lors",
    "suite",
    "quand",
    "nach",
    "bei",
    "als",
    "während",
    "tras",
    "después",
    "cuando",
    "durante",
    "dopo",
    "quando",
    "após",
    "depois",
    "bij",
    "toen",
    "tijdens",
];

/// Nouns of an evacuation, a toll told as what was done to the people counted ("forced
/// the *evacuation* of 156 people", trial 45 fault 3; "costringendo all'*evacuazione*
/// circa 5.000 persone", trial 54 F4), which `casualty::count_word` reads as participles
/// only ("evacuated"): en, fr, de, es, it, pt, nl, lower case. Read by the background cut
/// (`corpus/past_time.rs`) and by the fate of a count of people right after one
/// (`flags/numbers/fate_phrase.rs`).
pub(in crate::matcher) const EVACUATION_NOUNS: &[&str] = &[
    "evacuation",
    "évacuation",
    "evakuierung",
    "evacuación",
    "evacuazione",
    "evacuação",
    "evacuatie",
];

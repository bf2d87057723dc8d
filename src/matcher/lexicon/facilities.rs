//! Facilities and public bodies told apart by their names (`flags/facilities.rs`): the
//! nouns of buildings and sites in the seven languages read (English, the Romance four
//! after which the name follows, Dutch), the nouns of public bodies named by the place or
//! the branch after them, and rivers by their names in those languages, with the words a
//! river's name follows. Lower case, without diacritics where said, as the facility rule
//! compares them.

use crate::matcher::language::Language;

/// Nouns of buildings and sites that are told apart by their names.
pub(in crate::matcher) const FACILITIES: &[&str] = &[
    "hospital",
    "clinic",
    "airport",
    "station",
    "stadium",
    "prison",
    "hotel",
    "school",
    "university",
    "mosque",
    "cathedral",
    "church",
    "synagogue",
    "temple",
    "mine",
    "quarry",
    // A grid's substation named by its district (session 51: "the Marzahn substation").
    "substation",
];

/// Nouns of facilities in French, Spanish, Italian and Portuguese, without diacritics,
/// each with the English noun of its kind ([`FACILITIES`]): the name follows them.
pub(in crate::matcher) const ROMANCE_FACILITIES: &[(&str, &str)] = &[
    ("ospedale", "hospital"),
    ("policlinico", "hospital"),
    ("hospital", "hospital"),
    ("hopital", "hospital"),
    ("clinica", "clinic"),
    ("clinique", "clinic"),
    ("aeroporto", "airport"),
    ("aeropuerto", "airport"),
    ("aeroport", "airport"),
    ("stazione", "station"),
    ("estacion", "station"),
    ("estacao", "station"),
    ("gare", "station"),
    ("stadio", "stadium"),
    ("estadio", "stadium"),
    ("stade", "stadium"),
    ("carcere", "prison"),
    ("prision", "prison"),
    ("carcel", "prison"),
    ("prisao", "prison"),
    ("prison", "prison"),
    ("hotel", "hotel"),
    ("albergo", "hotel"),
    ("scuola", "school"),
    ("escuela", "school"),
    ("ecole", "school"),
    ("escola", "school"),
    ("universita", "university"),
    ("universidad", "university"),
    ("universite", "university"),
    ("universidade", "university"),
    ("moschea", "mosque"),
    ("mezquita", "mosque"),
    ("mosquee", "mosque"),
    ("mesquita", "mosque"),
    ("cattedrale", "cathedral"),
    ("catedral", "cathedral"),
    ("cathedrale", "cathedral"),
    ("chiesa", "church"),
    ("iglesia", "church"),
    ("eglise", "church"),
    ("igreja", "church"),
    ("sinagoga", "synagogue"),
    ("synagogue", "synagogue"),
    ("tempio", "temple"),
    ("templo", "temple"),
    ("temple", "temple"),
    ("mina", "mine"),
    ("miniera", "mine"),
    ("mine", "mine"),
    ("cantera", "quarry"),
    ("cava", "quarry"),
    ("carriere", "quarry"),
    ("pedreira", "quarry"),
    ("subestacion", "substation"),
    ("sottostazione", "substation"),
    ("subestacao", "substation"),
];

/// What a mine digs, in English, French, Spanish, Italian, Portuguese, German and Dutch,
/// lower case without diacritics: a word of these may stand between a mine's name and
/// its noun ("the Santa Rosa copper mine", trial 52 F6) or after the noun and "de", "di",
/// "d'" before the name ("la mina de cobre Santa Rosa"), and is no part of the name.
pub(in crate::matcher) const MINED: &[&str] = &[
    "copper",
    "gold",
    "coal",
    "silver",
    "zinc",
    "tin",
    "iron",
    "lithium",
    "uranium",
    "nickel",
    "diamond",
    "salt",
    "potash",
    "cobre",
    "oro",
    "carbon",
    "plata",
    "hierro",
    "litio",
    "uranio",
    "niquel",
    "sal",
    "cuivre",
    "charbon",
    "argent",
    "fer",
    "rame",
    "carbone",
    "argento",
    "ferro",
    "zinco",
    "ouro",
    "carvao",
    "prata",
    "kupfer",
    "kohle",
    "silber",
    "eisen",
    "koper",
    "steenkool",
    "zilver",
    "ijzer",
    "goud",
];

/// Dutch nouns of facilities, each with the English noun of its kind: the name comes
/// first, as in English ("het Maasstad Ziekenhuis", "luchthaven Schiphol" is not read).
pub(in crate::matcher) const DUTCH_FACILITIES: &[(&str, &str)] = &[
    ("ziekenhuis", "hospital"),
    ("luchthaven", "airport"),
    ("stadion", "stadium"),
    ("gevangenis", "prison"),
    ("universiteit", "university"),
    ("moskee", "mosque"),
    ("kathedraal", "cathedral"),
    ("kerk", "church"),
    ("onderstation", "substation"),
    ("transformatorstation", "substation"),
];

/// German nouns of facilities named by the place written after them ("das Umspannwerk
/// Lichtenberg", "im Umspannwerk Marzahn"), without diacritics, each with the English
/// noun of its kind ([`FACILITIES`]): read as the bodies of [`BODIES`] are, one
/// capitalised word after the noun before a word in lower case (session 51: "Das Feuer
/// brach im Umspannwerk Lichtenberg aus." / "The fire broke out at the Marzahn
/// substation." got no flag). German hospitals are read by the place flags
/// (`places/hospitals.rs`).
pub(in crate::matcher) const GERMAN_FACILITIES: &[(&str, &str)] = &[
    ("umspannwerk", "substation"),
    ("umspannstation", "substation"),
];

/// Nouns of public bodies, without diacritics, named by the place or the branch written
/// after them in German, Dutch, French, Spanish, Italian and Portuguese ("Staatsanwaltschaft
/// Essen", "politie Rotterdam", "Polícia Federal", "Policía Nacional", "Tribunal Supremo"),
/// each with the English noun of its kind and the language it is read in (or in a
/// sentence too short to tell its language).
pub(in crate::matcher) const BODIES: &[(&str, &str, Language)] = &[
    ("staatsanwaltschaft", "prosecutor", Language::German),
    ("generalstaatsanwaltschaft", "prosecutor", Language::German),
    ("polizei", "police", Language::German),
    ("polizeiprasidium", "police", Language::German),
    ("landgericht", "court", Language::German),
    ("amtsgericht", "court", Language::German),
    ("oberlandesgericht", "court", Language::German),
    ("verwaltungsgericht", "court", Language::German),
    ("feuerwehr", "fire service", Language::German),
    ("politie", "police", Language::Dutch),
    ("rechtbank", "court", Language::Dutch),
    ("brandweer", "fire service", Language::Dutch),
    ("policia", "police", Language::Portuguese),
    ("policia", "police", Language::Spanish),
    ("polizia", "police", Language::Italian),
    ("fiscalia", "prosecutor", Language::Spanish),
    ("tribunal", "court", Language::Spanish),
    ("tribunal", "court", Language::Portuguese),
    ("tribunal", "court", Language::French),
    ("guardia", "police", Language::Spanish),
];

/// Rivers, each by its names in the languages read (lower case, without diacritics): a
/// name written with a capital is the river ("in den Rhein", "dans la Seine").
pub(in crate::matcher) const RIVERS: &[&[&str]] = &[
    &["rhein", "rhine", "rhin", "rijn"],
    &["ruhr"],
    &["elbe"],
    &["donau", "danube", "danubio"],
    &["mosel", "moselle", "moezel"],
    &["seine"],
    &["loire"],
    &["rhone"],
    &["thames", "tamise", "themse", "tamigi", "tamesis"],
    &["tiber", "tevere", "tibre"],
    &["ebro", "ebre"],
    &["tajo", "tejo"],
    &["douro", "duero"],
    &["maas", "meuse", "mosa"],
    &["oder", "odra"],
    &["weser"],
    &["neckar"],
    &["isar"],
    &["spree"],
    &["garonne"],
    &["arno"],
    &["adige", "etsch"],
    &["schelde", "escaut", "scheldt"],
    &["waal"],
    &["ijssel"],
    &["weichsel", "vistula", "wisla"],
    &["guadalquivir"],
];

/// Articles and prepositions a river's name follows ("in den Rhein", "into the Rhine",
/// "dans la Seine", "en el Ebro", "nel Tevere", "no Tejo", "in de Maas"), lower case.
pub(in crate::matcher) const RIVER_BEFORE: &[&str] = &[
    "the", "den", "die", "dem", "der", "la", "le", "l", "el", "il", "lo", "nel", "nello", "del",
    "dal", "sul", "o", "no", "do", "ao", "pelo", "de", "het",
];

//! Opposed states of one subject that news reports contradict each other on (session 52's
//! last tester: "The driver was sober" / "The driver was drunk", "The dam held" / "The dam
//! broke", "taken to hospital" / "taken into custody" scored as the same fact with no
//! flag), in English, French, German, Spanish, Italian, Portuguese and Dutch. Read by the
//! outcome flags as their other lists of opposite words are (`outcome.rs`, `OPPOSITES`):
//! word beginnings of the lower-case token, a word ending with `$` read whole; where each
//! word tells the state is `outcome/opposed.rs`'s to say (a structure before "held", a
//! place word after a preposition, …), and both states must be told of one subject.

/// Sober: en "sober", fr "sobre" (also Spanish and Portuguese "about": read after a French
/// verb of being only, `outcome/opposed.rs`), de "nüchtern", es, it "sobrio", pt "sóbrio",
/// nl "nuchter".
const SOBER: &[&str] = &[
    "sober$",
    "sobre$",
    "nüchtern$",
    "sobrio$",
    "sobria$",
    "sobrios$",
    "sobrias$",
    "sobri$",
    "sobrie$",
    "sóbrio$",
    "sóbria$",
    "sóbrios$",
    "sóbrias$",
    "nuchter$",
];

/// Drunk: en "drunk", "intoxicated", "inebriated", fr "ivre", "en état d'ébriété", de
/// "betrunken", "alkoholisiert", es "ebrio", "borracho", "embriagado", it "ubriaco", "in
/// stato di ebbrezza", pt "bêbado", "embriagado", "alcoolizado", nl "dronken",
/// "beschonken".
const DRUNK: &[&str] = &[
    "drunk$",
    "drunken$",
    "intoxicated$",
    "inebriated$",
    "ivre$",
    "ivres$",
    "ébriété$",
    "alcoolisé",
    "betrunken",
    "alkoholisiert",
    "ebrio$",
    "ebria$",
    "ebrios$",
    "borrach",
    "embriagad",
    "embriaguez$",
    "ubriac",
    "ebbrezza$",
    "bêbad",
    "alcoolizad",
    "dronken$",
    "beschonken$",
];

/// A structure that held: en "held", "withstood", fr "a tenu", "a résisté", de "hielt",
/// "hat standgehalten", es "resistió", "aguantó", it "ha retto", "ha tenuto", pt
/// "resistiu", "aguentou", nl "hield", "heeft standgehouden". Read after a word of
/// [`STRUCTURES`] only (`outcome/opposed.rs`: "held a meeting" is no dam).
pub(in crate::matcher) const HELD: &[&str] = &[
    "held$",
    "withstood$",
    "tenu$",
    "tenue$",
    "résisté$",
    "hielt$",
    "hielten$",
    "standgehalten$",
    "resistió$",
    "resistieron$",
    "aguantó$",
    "aguantaron$",
    "retto$",
    "tenuto$",
    "resistito$",
    "resse$",
    "resistiu$",
    "resistiram$",
    "aguentou$",
    "aguentaram$",
    "hield$",
    "hielden$",
    "standgehouden$",
];

/// A structure that failed: en "broke", "burst", "collapsed", "gave way", "breached",
/// fr "a cédé", "s'est rompue", de "brach", "ist gebrochen", es "cedió", "se rompió", it
/// "ha ceduto", "si è rotta", "crollò", pt "cedeu", "rompeu", "ruiu", nl "brak",
/// "bezweek". Read after a word of [`STRUCTURES`] only ("broke out" is a fire's).
pub(in crate::matcher) const FAILED: &[&str] = &[
    "broke$",
    "broken$",
    "burst$",
    "collapsed$",
    "breached$",
    "gave$",
    "ruptured$",
    "cédé$",
    "céda$",
    "rompu$",
    "rompue$",
    "effondré$",
    "effondrée$",
    "brach$",
    "brachen$",
    "gebrochen$",
    "barst$",
    "geborsten$",
    "eingestürzt$",
    "cedió$",
    "cedieron$",
    "rompió$",
    "reventó$",
    "colapsó$",
    "derrumbó$",
    "ceduto$",
    "cedette$",
    "rotto$",
    "rotta$",
    "crollato$",
    "crollata$",
    "crollò$",
    "cedeu$",
    "rompeu$",
    "ruiu$",
    "rebentou$",
    "colapsou$",
    "brak$",
    "braken$",
    "bezweek$",
    "bezweken$",
];

/// Structures that hold or fail, whose word stands before [`HELD`] and [`FAILED`] ("The
/// dam held", "La digue a cédé", "Der Deich brach", "La presa resistió", "L'argine ha
/// ceduto", "A barragem rompeu", "De dijk bezweek"): lower-case whole words.
pub(in crate::matcher) const STRUCTURES: &[&str] = &[
    // en
    "dam",
    "dams",
    "levee",
    "levees",
    "dike",
    "dikes",
    "dyke",
    "dykes",
    "embankment",
    "embankments",
    "floodwall",
    "floodwalls",
    "seawall",
    "wall",
    "walls",
    "barrier",
    "barriers",
    "bridge",
    "roof",
    // fr
    "barrage",
    "barrages",
    "digue",
    "digues",
    "pont",
    "toit",
    "mur",
    // de
    "damm",
    "staudamm",
    "staumauer",
    "deich",
    "deiche",
    "brücke",
    "dach",
    "mauer",
    // es
    "presa",
    "presas",
    "represa",
    "dique",
    "diques",
    "puente",
    "techo",
    "muro",
    // it
    "diga",
    "dighe",
    "argine",
    "argini",
    "ponte",
    "tetto",
    // pt
    "barragem",
    "barragens",
    "teto",
    "telhado",
    // nl
    "stuwdam",
    "dijk",
    "dijken",
    "brug",
    "dak",
];

/// A hospital, as where someone was taken: en "hospital", "hospitalised", fr "hôpital",
/// "hospitalisé", de "Krankenhaus", "Klinik", "Spital", es, pt "hospital", "hospitalizado",
/// it "ospedale", "ricoverato", nl "ziekenhuis". The noun is read after a preposition of
/// where only (`outcome/opposed.rs`: "a hospital spokesman" tells no one's state).
const HOSPITAL: &[&str] = &[
    "hospital$",
    "hospitals$",
    "hospitali",
    "hôpital$",
    "hospitalisé",
    "krankenhaus$",
    "klinik$",
    "spital$",
    "klinikum$",
    "hospitalizad",
    "ospedale$",
    "ricoverat",
    "ziekenhuis$",
];

/// Custody, as where someone was taken: en "custody", "jail", fr "garde à vue", de
/// "Gewahrsam", es "custodia", "calabozo", it "custodia", "carcere", pt "custódia", nl
/// "hechtenis", "cel".
const CUSTODY: &[&str] = &[
    "custody$",
    "jail$",
    "garde$",
    "gewahrsam$",
    "polizeigewahrsam$",
    "custodia$",
    "calabozo$",
    "calabozos$",
    "carcere$",
    "custódia$",
    "hechtenis$",
    "cel$",
];

/// The opposed states, each two sides of word beginnings: sober / drunk, a structure held
/// / failed, taken to hospital / into custody.
pub(in crate::matcher) const OPPOSED_STATES: &[(&[&str], &[&str])] =
    &[(SOBER, DRUNK), (HELD, FAILED), (HOSPITAL, CUSTODY)];

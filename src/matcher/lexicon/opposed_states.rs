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
/// "failed", fr "a cédé", "s'est rompue", "a lâché", de "brach", "ist gebrochen",
/// "versagte", es "cedió", "se rompió", "falló", it "ha ceduto", "si è rotta", "crollò",
/// pt "cedeu", "rompeu", "ruiu", "falhou", nl "brak", "bezweek", "faalde". Read after a
/// word of [`STRUCTURES`] only ("broke out" is a fire's; session 53's testers: "The levee
/// held" / "The levee failed" had no flag).
pub(in crate::matcher) const FAILED: &[&str] = &[
    "failed$",
    "lâché$",
    "versagte$",
    "versagt$",
    "falló$",
    "fallito$",
    "falhou$",
    "faalde$",
    "gefaald$",
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
/// "hechtenis", "cel"; and held there, the participle of detaining (session 53's testers:
/// "was hospitalized" / "was detained" had no flag): en "detained", fr "détenu", de
/// "festgehalten", "in Haft", es "detenido", it "detenuto", pt "detido", nl
/// "vastgehouden" ("arrested" is no custody's: one is arrested at a hospital bed).
const CUSTODY: &[&str] = &[
    "detained$",
    "détenu$",
    "détenue$",
    "détenus$",
    "festgehalten$",
    "haft$",
    "detenido$",
    "detenida$",
    "detenidos$",
    "detenuto$",
    "detenuta$",
    "detenuti$",
    "detido$",
    "detida$",
    "detidos$",
    "vastgehouden$",
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

/// Charged with a crime (session 53's testers: "was charged with murder" / "was cleared
/// of murder" had no flag): en "charged", "indicted", fr "inculpé", de "angeklagt", es
/// "imputado", it "incriminato", pt "indiciado", nl "aangeklaagd". Whole words: "charge"
/// is a noun of many things ("in charge of").
const CHARGED_WITH: &[&str] = &[
    "charged$",
    "indicted$",
    "inculpé$",
    "inculpée$",
    "inculpés$",
    "angeklagt$",
    "imputado$",
    "imputada$",
    "imputados$",
    "incriminato$",
    "incriminata$",
    "indiciado$",
    "indiciada$",
    "aangeklaagd$",
];

/// Cleared of a crime: en "cleared" (before "of" only, `outcome/opposed.rs`: "cleared to
/// return", "the road was cleared"), "exonerated", fr "blanchi", "disculpé", de
/// "entlastet", es "exculpado", "exonerado", it "scagionato", pt "ilibado", "exonerado",
/// nl "vrijgepleit". An acquittal is the verdict's pair (`outcome.rs`, `OPPOSITES`).
const CLEARED_OF: &[&str] = &[
    "cleared$",
    "exonerated$",
    "blanchi$",
    "blanchie$",
    "disculpé$",
    "disculpée$",
    "entlastet$",
    "exculpado$",
    "exculpada$",
    "exonerado$",
    "exonerada$",
    "scagionato$",
    "scagionata$",
    "ilibado$",
    "ilibada$",
    "vrijgepleit$",
];

/// The opposed states, each two sides of word beginnings: sober / drunk, a structure held
/// / failed, taken to hospital / into custody, charged / cleared.
pub(in crate::matcher) const OPPOSED_STATES: &[(&[&str], &[&str])] = &[
    (SOBER, DRUNK),
    (HELD, FAILED),
    (HOSPITAL, CUSTODY),
    (CHARGED_WITH, CLEARED_OF),
];

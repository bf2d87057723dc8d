//! Verbs of an accident happening and words of a vehicle leaving the road, in English,
//! French, German, Spanish, Italian, Portuguese and Dutch: the time next to them is the
//! accident's, as the time of "happened" is (`flags/anchor.rs`, `HAPPENED`; session 54,
//! trial 57: "The coach crashed at 9:15 a.m." / "The accident happened at 9:40 a.m." and
//! "The coach left the road at 9:15 a.m." / "The crash happened at 9:40 a.m." had no time
//! flag). Verbs only: a noun ("at the scene of the accident at 9:40 a.m.") times no
//! accident. Lower case, as tokens are normalised.

/// Verbs of a crash, a collision, a derailment or an explosion happening.
#[rustfmt::skip]
pub(in crate::matcher) const ACCIDENT_VERBS: &[&str] = &[
    // en
    "crashed", "collided", "derailed", "exploded", "plunged", "overturned", "capsized",
    // fr
    "écrasé", "écrasée", "percuté", "percutée", "déraillé", "explosé", "renversé",
    "renversée",
    // de
    "verunglückte", "verunglückt", "abgestürzt", "stürzte", "entgleiste", "entgleist",
    "explodierte", "abgekommen", "prallte", "kollidierte",
    // es
    "chocó", "chocaron", "volcó", "descarriló", "explotó", "precipitó", "despeñó",
    // it
    "schiantato", "schiantata", "deragliato", "esploso", "esplosa", "ribaltato",
    "ribaltata",
    // pt
    "despistou", "capotou", "colidiu", "descarrilou", "explodiu", "despenhou",
    // nl
    "verongelukte", "botste", "ontspoorde", "ontplofte", "kantelde",
    // A ship run aground or sunk (trial 58: "The tanker ran aground at 2:40 a.m." / "The
    // grounding happened at 3:30 a.m."), en "ran *aground*", fr "s'est échoué", de
    // "gestrandet", es "encalló", it "si è incagliata", pt "encalhou", nl "vastgelopen".
    "aground", "grounded", "sank", "échoué", "échouée", "gestrandet", "strandete",
    "encalló", "encallado", "encallada", "incagliata", "incagliato", "incagliò",
    "affondata", "affondato", "naufragó", "encalhou", "encalhado", "afundou",
    "vastgelopen", "gezonken",
];

/// Verbs of hitting that, with a word of [`ROCKS`] after them, tell a ship run aground
/// ("struck rocks", "hit a reef", fr "a heurté des rochers", it "ha urtato gli scogli",
/// es "chocó contra las rocas"; trial 58: "The tanker struck rocks at 2:40 a.m." / "The
/// grounding happened at 3:30 a.m." had no time flag).
#[rustfmt::skip]
pub(in crate::matcher) const HITTING: &[&str] = &[
    "struck", "hit", "heurté", "touché", "urtato", "urtata", "chocó", "bateu", "rammte",
    "liep",
];

/// Words of rocks or a reef a ship hits ([`HITTING`]).
#[rustfmt::skip]
pub(in crate::matcher) const ROCKS: &[&str] = &[
    "rocks", "rock", "reef", "reefs", "rochers", "rocher", "récif", "récifs", "scogli",
    "scoglio", "rocce", "felsen", "riff", "rocas", "arrecife", "rochas", "recife", "rotsen",
];

/// Verbs of leaving ("left the road", "came off the road", "se salió de la calzada",
/// "est sorti de la route", "è uscito di strada", "saiu da estrada", "kam von der Fahrbahn
/// ab", "raakte van de weg"): with a word of [`ROADS`] after them, a vehicle leaving the
/// road, an accident happening.
#[rustfmt::skip]
pub(in crate::matcher) const LEAVING: &[&str] = &[
    "left", "came", "went", "veered", "ran", "quitté", "sorti", "sortie", "kam", "geriet",
    "salió", "uscito", "uscita", "saiu", "raakte",
];

/// Words of a road a vehicle leaves ([`LEAVING`]).
#[rustfmt::skip]
pub(in crate::matcher) const ROADS: &[&str] = &[
    "road", "roadway", "carriageway", "highway", "motorway", "route", "straße", "strasse",
    "fahrbahn", "carretera", "calzada", "vía", "strada", "carreggiata", "estrada", "weg",
    "rijbaan",
];

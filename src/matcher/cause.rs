//! Cause flags: two sentences that report the same death or injury with different causes,
//! "died after suffering a heart attack" / "died of pneumonia", "killed in a car crash" /
//! "killed in a fire". The development articles' labelling rule names this kind of
//! difference ("died of pneumonia" vs "died after a heart attack": a link, marked
//! `differs`); shared words make the pair score as the same fact, and the flag says what
//! differs.
//!
//! The rule, on the tokens of each prepared sentence (ranges in code points of each
//! sentence's own text, as every flag):
//! - a **cause** is a word or phrase of [`CAUSES`] that follows a death or injury word
//!   ([`HARM`]: "died", "killed", "death", "injured" ...) within [`WINDOW`] tokens and comes
//!   right after a cause cue ([`CUES`]: "of", "from", "after", "following", "in", "by",
//!   "due to", with up to [`CUE_GAP`] words between, "after *suffering a* heart attack");
//! - the flag fires when both sentences give a cause, of different classes, and neither
//!   sentence names the other's class anywhere ("in hospital with pneumonia … suffered the
//!   heart attack" / "died of pneumonia" tells both causes on one side: no flag).
//!
//! - a fire's, a crash's or a blast's cause is read too right after "caused by", "started
//!   by", "blamed on" ([`CAUSED`]): "caused by an electrical fault" / "caused by arson".
//!
//! - a cause told by one sentence and ruled out by the other ("A bird strike may have
//!   caused the fire" / "Investigators have ruled out a bird strike": `cause/ruled_out.rs`),
//!   and a fire set on purpose ("started deliberately", pt "ateado intencionalmente") as
//!   arson against another cause ("started by lightning").
//!
//! - a cause as the subject of a verb that starts a fire ("A cigarette started the fire" /
//!   "A candle started the fire", `lexicon/fire_starts.rs`), and a fire told as an
//!   accident ("The fire was an accident", `cause/accidental.rs`) against one set on
//!   purpose only (session 51).
//!
//! - a technical fault told without its part ("a technical defect", de "ein technischer
//!   Defekt") against a cause set on purpose ("arson", "sabotage") only (trial 53 F4).
//!
//! - a cause set on purpose told as investigated ("an arson investigation",
//!   `cause/investigated.rs`): suspected, the softer kind, against another cause (trial 54).
//!
//! - a fire's start told with its verb last in German and Dutch ("Eine Kerze löste den
//!   Brand aus", "hat den Brand ausgelöst", "durch eine Kerze ausgelöst"), and a cause set
//!   on purpose after a verb of investigating ("ermittelt wegen Brandstiftung", session 52).
//!
//! - what hit a place told as two kinds, a debris flow against a flood ("A mudslide swept
//!   through" / "A flash flood swept through", `cause/agent.rs`): the softer kind (trial 55).
//!
//! - a cause denied by a contrast ("caused by a debris flow, not by the Gschnitzbach
//!   bursting its banks", "A mudslide, not the stream, destroyed the village") against the
//!   other sentence telling it (`cause/denied.rs`, trial 55 F6).
//!
//! Vague causes ("complications", "natural causes", "an illness", "injuries", "an
//! accident" told of a death) name no class and never flag: they may be any of the
//! others.

use super::flags::Ranges;
use super::prepared::Prepared;
use super::text::Token;

mod accidental;
mod agent;
mod cause_is;
pub(crate) mod chain;
mod classes;
mod crash;
pub(crate) mod denied;
mod investigated;
mod lead;
mod nested;
mod not_ruled_out;
mod on_purpose;
mod place_phrase;
mod plain;
mod ruled_out;
#[cfg(test)]
mod tests_chain;
#[cfg(test)]
mod tests_session51;
#[cfg(test)]
mod tests_session52;
#[cfg(test)]
mod tests_session52_english;
#[cfg(test)]
mod tests_session53;
#[cfg(test)]
mod tests_session54;
#[cfg(test)]
mod tests_session55;
#[cfg(test)]
mod tests_speed;
#[cfg(test)]
mod tests_trial50;
#[cfg(test)]
mod tests_trial52;
#[cfg(test)]
mod tests_trial53;
#[cfg(test)]
mod tests_trial54;
#[cfg(test)]
mod tests_trial55;
#[cfg(test)]
mod tests_trial56;
#[cfg(test)]
mod tests_trial57;
#[cfg(test)]
mod tests_trial58;

/// Words that report a death or an injury, as patterns of the lower-case token (see
/// [`word_matches`]: "kill*" covers killed, killing; "injur*" injured, injuries).
const HARM: &[&str] = &[
    "die",
    "died",
    "dies",
    "dead",
    "deadly",
    "death*",
    "kill*",
    "succumb*",
    "perish*",
    "fatal*",
    "injur*",
    "wound*",
    "hurt",
    "hospitali*",
];

/// Words that introduce a cause after a death or injury word ("died *of*", "killed
/// *in* a crash", "died *after* a heart attack"), lower case; "due" stands for "due to".
const CUES: &[&str] = &[
    "of",
    "from",
    "after",
    "following",
    "in",
    "by",
    "due",
    "amid",
];

/// How many tokens after the death or injury word a cause cue may stand ("died yesterday
/// at a Los Angeles hospital after suffering a heart attack": 7).
const WINDOW: usize = 10;

/// How many words may stand between a cue and its cause ("after *suffering a* heart
/// attack", "from *a single* gunshot wound").
const CUE_GAP: usize = 3;

/// Classes of causes, each a list of phrases (lower-case words; a word ending in `*`
/// matches any token it begins). Two causes of one class agree ("heart attack" /
/// "cardiac arrest", "shot" / "gunshot wound").
const CAUSES: &[&[&[&str]]] = &[
    // heart
    &[
        &["heart", "attack*"],
        &["cardiac*"],
        &["heart", "failure"],
        &["heart", "disease"],
        &["heart", "condition"],
        &["heart", "problems"],
        &["coronary"],
    ],
    &[&["pneumonia"]],
    &[
        &["cancer*"],
        &["leuk*mia"],
        &["lymphoma"],
        &["tumo*r*"],
        &["melanoma"],
    ],
    &[
        &["stroke*"],
        &["brain", "haemorrhage"],
        &["brain", "hemorrhage"],
        &["aneurysm"],
    ],
    &[&["overdos*"]],
    &[&["suicide"], &["hanging"]],
    &[
        &["gunshot*"],
        &["shot"],
        &["shooting"],
        &["bullet*"],
        &["gunfire"],
    ],
    &[&["stab*"], &["knife"]],
    &[&["drown*"]],
    // "accident" is left out: a fall, a crash and a drowning are all accidents.
    &[&["crash*"], &["collision"]],
    &[&["fire"], &["blaze"], &["burns"], &["smoke"]],
    // Causes of a road crash (trial 57: `lexicon/crash_causes.rs`); the driver asleep
    // before a fall ("*fell* asleep").
    crate::matcher::lexicon::crash_causes::ASLEEP,
    crate::matcher::lexicon::crash_causes::TYRES,
    crate::matcher::lexicon::crash_causes::STEERING,
    crate::matcher::lexicon::crash_causes::ALCOHOL,
    crate::matcher::lexicon::crash_causes::DISTRACTION,
    crate::matcher::lexicon::crash_causes::ILLNESS,
    crate::matcher::lexicon::crash_causes::ICE,
    // A ship's or a vehicle's engine failing, and a human error (trial 58: "An engine
    // failure caused the tanker to run aground" / "Human error caused …"): the engine
    // before the technical fault, whose "avaria" would read "avaria al motore".
    crate::matcher::lexicon::crash_causes::ENGINE,
    crate::matcher::lexicon::crash_causes::HUMAN_ERROR,
    &[&["fall"], &["fell"]],
    &[&["beating"], &["beaten"], &["blunt"]],
    // A gas leak in seven languages (trial 56: fr "Une fuite de gaz a provoqué l'explosion"),
    // and a gas explosion (session 53's testers: "A gas explosion destroyed the building" /
    // "A bomb destroyed the building"): before the explosion, whose class would read "explosion
    // de gaz" at its first word.
    crate::matcher::lexicon::explosion_causes::GAS_LEAKS,
    // A bomb, before the explosion (trial 56: "a bomb caused the explosion" / "a gas leak
    // caused the explosion"): a class of its own, set on purpose, that agrees with an
    // explosion and with arson (`cause/on_purpose.rs`); "explosief" before "explosie*".
    crate::matcher::lexicon::explosion_causes::BOMBS,
    // An explosion in seven languages (trial 52 F3: es "Una explosión provocó el
    // derrumbe"): fr, de "explosion", es "explosión", it "esplosione", pt "explosão", nl
    // "explosie".
    &[
        &["explosion*"],
        &["blast"],
        &["explosión"],
        &["esplosion*"],
        &["explosão"],
        &["explosões"],
        &["explosie*"],
    ],
    &[&["strangl*"], &["asphyxia*"], &["suffocat*"]],
    &[&["diabetes"]],
    &[&["alzheimer*"], &["dementia"]],
    &[&["kidney", "failure"], &["renal"]],
    &[&["liver", "failure"], &["cirrhosis"]],
    &[&["covid*"], &["coronavirus"]],
    &[&["influenza"], &["flu"]],
    &[&["aids"], &["hiv"]],
    &[&["malaria"]],
    &[&["tuberculosis"]],
    &[&["sepsis"], &["septic"]],
    // Causes of a fire, a crash or a blast ("caused by an electrical fault" / "by arson"),
    // and a faulty transformer (trial 53 F4: "a faulty transformer caused the fire" /
    // "arson caused the fire"), a short circuit in six more languages (de "Kurzschluss",
    // fr "court-circuit", es, it "cortocircuito", pt "curto-circuito", nl
    // "kortsluiting"): fr "transformateur", de "Transformator", "Trafo", es, pt
    // "transformador", it "trasformatore", nl "transformator".
    &[
        // "An electrical fault caused the fire" (session 51): the phrase whole, so that
        // its verb follows it (`subject_cause_verb`).
        &["electrical", "fault*"],
        &["electrical", "failure*"],
        &["electrical", "defect*"],
        &["electrical", "problem*"],
        &["electrical"],
        &["wiring"],
        &["short", "circuit*"],
        &["kurzschluss*"],
        &["court", "circuit*"],
        &["cortocircuito*"],
        &["curto", "circuito*"],
        &["kortsluiting*"],
        &["faulty", "transformer*"],
        &["transformer*"],
        &["transformateur*"],
        &["transformator*"],
        &["trafo*"],
        &["transformador*"],
        &["trasformator*"],
    ],
    // A fire or a blackout caused on purpose: arson and sabotage (trial 53 F4: "a short
    // circuit" / "sabotage"), fr, nl "sabotage", de "Sabotage", "Brandstiftung", es
    // "sabotaje", it "sabotaggio", pt "sabotagem", nl "brandstichting"; arson in fr
    // "incendie criminel", es "incendio intencionado", it "incendio doloso", pt "fogo
    // posto" (trial 54: "un'indagine per incendio doloso").
    &[
        &["arson*"],
        &["incendie", "criminel"],
        &["incendio", "intencionado"],
        &["incendio", "doloso"],
        // es "un incendio provocado", pt "incêndio criminoso"; not "el incendio provocado
        // por un rayo", a participle with its agent ([`fits`]). Arsonists as
        // pyromaniacs: fr, de "Pyromane", it "piromane", es "pirómano", nl "pyromaan"
        // (session 52).
        &["incendio", "provocado"],
        &["incendios", "provocados"],
        &["incêndio", "criminoso"],
        &["pyroman*"],
        &["piroman*"],
        &["pirómano*"],
        &["fogo", "posto"],
        &["sabotage*"],
        &["saboteur*"],
        &["sabotaje*"],
        &["sabotagg*"],
        &["brandstift*"],
        &["brandstichting*"],
        // A fire's origin told as set on purpose (session 52's last tester: it "di origine
        // dolosa" / "fulmine"), read after its noun of origin ([`of_origin`]): fr
        // "d'origine criminelle", es "de origen intencionado", pt "de origem criminosa",
        // en "of criminal origin".
        // The same told as its nature (session 53's testers: it "di natura dolosa" / "fuga
        // di gas"), fr "de nature criminelle", es "de naturaleza intencionada", pt "de
        // natureza criminosa".
        &["natura", "dolosa"],
        &["natura", "criminale"],
        &["nature", "criminelle"],
        &["naturaleza", "intencionada"],
        &["naturaleza", "criminal"],
        &["natureza", "criminosa"],
        &["origine", "dolosa"],
        &["origine", "criminelle"],
        &["origine", "criminale"],
        &["origen", "intencionado"],
        &["origen", "criminal"],
        &["origen", "provocado"],
        &["origem", "criminosa"],
        &["criminal", "origin"],
    ],
    // Objects that start fires (session 51: "A cigarette started the fire" / "A candle
    // started the fire"), each its own class, in seven languages: a cigarette (de
    // "Zigarette", es "cigarrillo", "colilla", it "sigaretta", "mozzicone", pt "cigarro",
    // nl "sigaret").
    &[
        &["cigarette*"],
        &["smoking"],
        &["zigarette*"],
        &["cigarrillo*"],
        &["colilla*"],
        &["sigarett*"],
        &["mozzicon*"],
        &["cigarro*"],
        &["sigaret*"],
    ],
    // Lightning: pt "causado por um raio", es "rayo", fr "foudre", it "fulmine", de
    // "Blitzschlag", nl "blikseminslag" (trial 36 F7.2), read after a cue only.
    &[
        &["lightning"],
        &["raio"],
        &["rayo"],
        &["foudre"],
        &["fulmine"],
        &["blitz*"],
        &["bliksem*"],
    ],
    // An act done on purpose (trial 56: fr "Un acte criminel a provoqué l'explosion"):
    // agrees with arson and a bomb (`cause/on_purpose.rs`).
    crate::matcher::lexicon::explosion_causes::CRIMINAL_ACTS,
    // A candle: fr "bougie", de "Kerze", es, pt "vela", it "candela", nl "kaars".
    &[
        &["candle*"],
        &["bougie*"],
        &["kerze*"],
        &["vela"],
        &["velas"],
        &["candel*"],
        &["kaars*"],
    ],
    // A stove: fr "cuisinière", de "Herd", it "fornello", pt "fogão", nl "fornuis".
    &[
        &["cooking"],
        &["stove*"],
        &["cuisinière*"],
        &["herd"],
        &["fornell*"],
        &["fogão"],
        &["fornuis"],
    ],
    // A heater: fr "radiateur", "chauffage", de "Heizgerät", "Heizlüfter", "Heizofen",
    // es "estufa", "calefactor", it "stufa", pt "aquecedor", nl "kachel".
    &[
        &["heater*"],
        &["radiateur*"],
        &["chauffage*"],
        &["heizgerät*"],
        &["heizlüfter*"],
        &["heizofen*"],
        &["estufa*"],
        &["calefactor*"],
        &["stufa*"],
        &["aquecedor*"],
        &["kachel*"],
    ],
    // Fireworks: fr "feux d'artifice" (the elided "d'" is no token), "pétard", de
    // "Feuerwerk", "Böller", es "fuegos artificiales", "petardo", it "fuochi d'artificio",
    // pt "fogos de artifício", nl "vuurwerk".
    &[
        &["firework*"],
        &["feux", "artifice"],
        &["feu", "artifice"],
        &["pétard*"],
        &["feuerwerk*"],
        &["böller*"],
        &["fuegos", "artificiales"],
        &["petard*"],
        &["fuochi", "artificio"],
        &["fogos", "de", "artifício"],
        &["vuurwerk*"],
    ],
    // A barbecue: de "Grill", es "barbacoa", pt "churrasqueira".
    &[
        &["barbecue*"],
        &["bbq"],
        &["grill"],
        &["barbacoa*"],
        &["churrasqueira*"],
    ],
    // Causes of a derailment or a road crash (trial 50 F3: "caused by a landslide" /
    // "caused by excessive speed", "blamed on a faulty switch"), in seven languages, read
    // after a cue only. Vague causes ("human error") stay out: they may be any of these; a
    // technical fault is read against one set on purpose only (its class, last).
    // A landslide or a rockfall: fr "glissement de terrain", "éboulement", de "Erdrutsch",
    // "Hangrutsch", "Steinschlag", es "deslizamiento de tierra", "desprendimiento", it
    // "frana", "smottamento", pt "deslizamento de terra", nl "aardverschuiving".
    &[
        &["landslide*"],
        &["landslip*"],
        &["mudslide*"],
        &["rockfall*"],
        &["rock", "fall*"],
        &["glissement*", "de", "terrain"],
        &["éboulement*"],
        &["erdrutsch*"],
        &["hangrutsch*"],
        &["steinschlag*"],
        &["deslizamiento*", "de", "tierra"],
        &["desprendimiento*"],
        &["frana"],
        &["frane"],
        &["smottament*"],
        &["deslizamento*", "de", "terra"],
        &["aardverschuiving*"],
        &["grondverschuiving*"],
    ],
    // Speed told as too high ("excessive speed", "speeding"; not "speed" alone: "killed in
    // a high-speed crash" is a crash): fr "vitesse excessive", "excès de vitesse", de
    // "überhöhte Geschwindigkeit", es "exceso de velocidad", it "eccesso di velocità", pt
    // "excesso de velocidade", nl "te hoge snelheid".
    &[
        &["excessive", "speed"],
        &["speeding"],
        &["vitesse", "excessive"],
        &["excès", "de", "vitesse"],
        &["überhöhte*", "geschwindigkeit"],
        &["zu", "hohe*", "geschwindigkeit"],
        &["velocidad", "excesiva"],
        &["exceso", "de", "velocidad"],
        &["velocità", "eccessiva"],
        &["eccesso", "di", "velocità"],
        &["velocidade", "excessiva"],
        &["excesso", "de", "velocidade"],
        &["te", "hoge", "snelheid"],
        &["overdreven", "snelheid"],
        // Too fast (session 55, trial 57: "had been travelling too fast on the descent"):
        // de "zu schnell", es "demasiado rápido", fr "trop vite", it "troppo veloce", pt
        // "rápido demais", nl "te snel".
        &["too", "fast"],
        &["zu", "schnell"],
        &["demasiado", "rápido"],
        &["demasiado", "deprisa"],
        &["trop", "vite"],
        &["troppo", "veloce"],
        &["troppo", "velocemente"],
        &["rápido", "demais"],
        &["te", "snel"],
    ],
    // Rain (trial 52 F3: "Heavy rains caused the collapse" / "An explosion caused the
    // collapse"): es "lluvias", fr "pluies", de "Regen", "Regenfälle", it "piogge", pt
    // "chuvas", nl "regen", "regenval". Not a storm, whose lightning or wind may be the
    // cause told by the other report.
    &[
        &["rain"],
        &["rains"],
        &["rainfall*"],
        &["downpour*"],
        &["lluvia*"],
        &["precipitaciones"],
        &["pluie*"],
        &["regen"],
        &["regenfälle"],
        &["regenfall*"],
        &["starkregen"],
        &["pioggia"],
        &["piogge"],
        &["chuva*"],
        &["regenval"],
    ],
    // An earthquake (session 52's last tester: "The landslide was caused by heavy rain" /
    // "… by an earthquake"): fr "séisme", "tremblement de terre", de "Erdbeben", es
    // "terremoto", "sismo", "seísmo", it "terremoto", "sisma", pt "terramoto", "sismo", nl
    // "aardbeving".
    &[
        &["earthquake*"],
        &["quake*"],
        &["séisme*"],
        &["tremblement*", "de", "terre"],
        &["erdbeben*"],
        &["terremoto*"],
        &["sismo*"],
        &["seísmo*"],
        &["sisma"],
        &["terramoto*"],
        &["aardbeving*"],
    ],
    // A switch (points): fr "aiguillage", de "Weiche", es "cambio de agujas", nl "wissel";
    // not it "scambio" ("uno scambio di colpi": an exchange of fire) nor "agujas" alone.
    &[
        &["switch"],
        &["switches"],
        &["aiguillage*"],
        &["weiche"],
        &["cambio", "de", "agujas"],
        &["wissel"],
        &["wissels"],
    ],
    // Brakes, in seven languages with de "Bremsversagen" (trial 57).
    crate::matcher::lexicon::crash_causes::BRAKES,
    // A technical fault, told without its part (trial 53 F4: "The fire was caused by a
    // technical defect" / "by sabotage"): vague, it may be any cause above but one set on
    // purpose, so it is read against arson and sabotage only (`classes::TECHNICAL`). fr
    // "défaillance technique", "panne technique", de "technischer Defekt", es "fallo
    // técnico", "avería", it "guasto", pt "falha técnica", "avaria", nl "technisch defect".
    &[
        &["technical", "fault*"],
        &["technical", "failure*"],
        &["technical", "defect*"],
        &["technical", "problem*"],
        &["malfunction*"],
        &["défaillance*", "technique*"],
        &["panne", "technique"],
        &["défaut", "technique"],
        &["technische*", "defekt*"],
        &["technische*", "störung*"],
        &["technische*", "fehler*"],
        &["defekt"],
        &["fallo", "técnico"],
        &["falla", "técnica"],
        &["avería"],
        &["guasto", "tecnico"],
        &["guasto"],
        &["falha", "técnica"],
        &["avaria"],
        &["defeito", "técnico"],
        &["technisch*", "defect*"],
    ],
];

/// Verbs that name the cause of an event with the word after them ("The fire was caused
/// *by* an electrical fault", "started by a cigarette", "blamed on arson"): (verb, cue).
const CAUSED: &[(&str, &str)] = &[
    ("caused", "by"),
    ("started", "by"),
    ("sparked", "by"),
    ("triggered", "by"),
    ("ignited", "by"),
    ("blamed", "on"),
    // pt, es "causado por", "provocado por"; fr "causé par"; it "causato da"; de
    // "verursacht durch"; nl "veroorzaakt door" (trial 36 F7.2).
    ("causado", "por"),
    ("causada", "por"),
    ("provocado", "por"),
    ("provocada", "por"),
    // pt "por" joined to its article ("causado pelas chuvas": session 52's last tester).
    ("causado", "pelo"),
    ("causado", "pela"),
    ("causado", "pelos"),
    ("causado", "pelas"),
    ("causada", "pelo"),
    ("causada", "pela"),
    ("causada", "pelos"),
    ("causada", "pelas"),
    ("provocado", "pelo"),
    ("provocado", "pela"),
    ("provocado", "pelos"),
    ("provocado", "pelas"),
    ("provocada", "pelo"),
    ("provocada", "pela"),
    ("provocada", "pelos"),
    ("provocada", "pelas"),
    ("causé", "par"),
    ("causée", "par"),
    ("provoqué", "par"),
    ("provoquée", "par"),
    ("causato", "da"),
    ("causata", "da"),
    ("causato", "dalla"),
    ("causata", "dalla"),
    ("causato", "dal"),
    ("causata", "dal"),
    ("provocato", "da"),
    ("provocata", "da"),
    ("verursacht", "durch"),
    ("ausgelöst", "durch"),
    ("veroorzaakt", "door"),
];

/// Italian participles of causing whose agent follows "da" joined to its article
/// ("causata *dalle* piogge", "provocato *dai* fulmini"; session 53's testers: "frana
/// causata dalle piogge" read no cause), and "dovuto a" ("*dovuta alla* fuga di gas"):
/// read with [`ITALIAN_BY`] as [`CAUSED`]'s pairs are ([`caused_cue`]).
const ITALIAN_CAUSED: &[&str] = &[
    "causato",
    "causata",
    "causati",
    "causate",
    "provocato",
    "provocata",
    "provocati",
    "provocate",
    "innescato",
    "innescata",
    "dovuto",
    "dovuta",
    "dovuti",
    "dovute",
];

/// The Italian "da" and "a" with their articles after a participle of [`ITALIAN_CAUSED`].
const ITALIAN_BY: &[&str] = &[
    "da", "dal", "dalla", "dalle", "dai", "dagli", "dallo", "dall", "a", "al", "alla", "alle",
    "ai", "agli", "allo", "all",
];

/// Whether `verb` and the word after it, `cue`, name a cause with the words after them
/// ([`CAUSED`], or an Italian participle of [`ITALIAN_CAUSED`] and a word of
/// [`ITALIAN_BY`]; "dovuto" only with "a": "dovuto dal" is no cause's).
fn caused_cue(verb: &str, cue: &str) -> bool {
    CAUSED.iter().any(|&(v, c)| v == verb && c == cue)
        || (ITALIAN_CAUSED.contains(&verb)
            && ITALIAN_BY.contains(&cue)
            && (!verb.starts_with("dovut") || cue.starts_with('a')))
}

/// Whether `cue` is a word that follows a passive verb of causing ([`CAUSED`]'s cues,
/// [`ITALIAN_BY`]'s "da" forms).
fn passive_cue(cue: &str) -> bool {
    CAUSED.iter().any(|&(_, c)| c == cue) || (cue.starts_with("da") && ITALIAN_BY.contains(&cue))
}

/// The German and Dutch passive whose participle stands last, after its cause ("Das
/// Feuer wurde *durch* einen Blitzeinschlag *ausgelöst*", "De brand werd *door* een
/// kaars *veroorzaakt*"; session 52): (cue, participles), the cause between them.
const CAUSED_LAST: &[(&str, &[&str])] = &[
    (
        "durch",
        &["verursacht", "ausgelöst", "entfacht", "entzündet"],
    ),
    // "von einem Gasleck ausgelöst" (session 53's testers).
    ("von", &["verursacht", "ausgelöst"]),
    ("vom", &["verursacht", "ausgelöst"]),
    ("door", &["veroorzaakt", "aangestoken", "ontstoken"]),
];

/// Words that tell a fire set on purpose, next to a verb of [`SET`] ("started
/// deliberately", "deliberately set", pt "ateado intencionalmente", fr "allumé
/// volontairement", it "appiccato dolosamente", de "vorsätzlich gelegt"): the cause is
/// arson (trial 36 F7.2, F4.1).
const DELIBERATE: &[&str] = &[
    "deliberately",
    "intentionally",
    "purposely",
    "intencionalmente",
    "intencionadamente",
    "deliberadamente",
    "propositadamente",
    "volontairement",
    "intentionnellement",
    "délibérément",
    "deliberatamente",
    "intenzionalmente",
    "dolosamente",
    "volontariamente",
    "vorsätzlich",
    "absichtlich",
    "opzettelijk",
    "moedwillig",
];

/// Verbs of setting a fire, next to which a word of [`DELIBERATE`] tells arson.
const SET: &[&str] = &[
    "started",
    "set",
    "lit",
    "ignited",
    "ateado",
    "ateada",
    "ateados",
    "ateadas",
    "provocado",
    "provocada",
    "iniciado",
    "iniciada",
    "allumé",
    "allumée",
    "allumés",
    "déclenché",
    "déclenchée",
    "provoqué",
    "provoquée",
    "appiccato",
    "appiccata",
    "appiccati",
    "provocato",
    "provocata",
    "gelegt",
    "entfacht",
    "gesticht",
    "aangestoken",
];

/// A fire told as set on purpose: a word of [`DELIBERATE`] within the two tokens before
/// or after a verb of [`SET`] ("was started deliberately", "deliberately set"): the arson
/// class and the code point range from the first of the two words to the last.
fn deliberate(toks: &[Token]) -> Option<(usize, (usize, usize))> {
    // Any event caused on purpose too (trial 56: "The explosion was caused deliberately").
    use super::lexicon::explosion_causes::CAUSED_ON_PURPOSE;
    let set =
        |t: &Token| SET.contains(&t.norm.as_str()) || CAUSED_ON_PURPOSE.contains(&t.norm.as_str());
    toks.iter().enumerate().find_map(|(d, t)| {
        if !DELIBERATE.contains(&t.norm.as_str()) {
            return None;
        }
        let near = d.saturating_sub(2)..(d + 3).min(toks.len());
        let v = near.into_iter().find(|&k| k != d && set(&toks[k]))?;
        let (s, e) = (d.min(v), d.max(v));
        Some((classes::ARSON, (toks[s].start, toks[e].end)))
    })
}

/// Whether the lower-case token `norm` matches one pattern word (`*` anywhere: any
/// letters there, "leuk*mia", "tumo*r*").
fn word_matches(norm: &str, pattern: &str) -> bool {
    // Most patterns start with a letter another than the word's, and most have no `*`
    // (the flags ask every word of both sentences of a pair against every pattern).
    let bytes = pattern.as_bytes();
    if let Some(&c) = bytes.first().filter(|&&c| c != b'*') {
        if norm.as_bytes().first() != Some(&c) {
            return false;
        }
    }
    if !bytes.contains(&b'*') {
        return norm == pattern;
    }
    let mut parts = pattern.split('*');
    let first = parts.next().unwrap_or("");
    let Some(mut rest) = norm.strip_prefix(first) else {
        return false;
    };
    let parts: Vec<&str> = parts.collect();
    if parts.is_empty() {
        return rest.is_empty();
    }
    for (k, part) in parts.iter().enumerate() {
        if k + 1 == parts.len() {
            // The last part ends the word ("" after a trailing `*`: anything).
            return part.is_empty() || rest.ends_with(part);
        }
        match rest.find(part) {
            Some(at) => rest = &rest[at + part.len()..],
            None => return false,
        }
    }
    true
}

/// Verbs that tell the cause as their subject, right before them ("Investigators believe
/// *a landslide caused* the derailment", "*Excessive speed* triggered the crash"; session
/// 48, trial 50 F3 rest), in seven languages: en, fr "a provoqué", de "verursachte", es
/// "provocó", it "ha causato", pt "causou", nl "veroorzaakte". "led" and "resulted" tell a
/// cause only with the word after them of [`SUBJECT_CAUSED_AFTER`] ("led to", "resulted
/// in"). A verb with a word of [`CAUSED`]'s cues after it is passive ("a landslide caused
/// by heavy rain"): its subject is no cause.
const SUBJECT_CAUSED: &[&str] = &[
    "caused",
    "causes",
    "triggered",
    "sparked",
    "led",
    "resulted",
    "causé",
    "provoqué",
    "entraîné",
    "déclenché",
    "causa",
    "provoqua",
    "entraîna",
    "verursachte",
    "verursacht",
    "causó",
    "provocó",
    "ocasionó",
    "causado",
    "provocado",
    "causato",
    "provocato",
    "causò",
    "provocò",
    "causou",
    "provocou",
    "veroorzaakte",
    "veroorzaakt",
    // Plurals (trial 52 F3: es "Las lluvias provocaron el derrumbe"; the participles
    // above after an auxiliary of the plural: "podrían haber provocado").
    "provoked",
    "provocaron",
    "causaron",
    "ocasionaron",
    "provoquèrent",
    "causèrent",
    "verursachten",
    "causarono",
    "provocarono",
    "causaram",
    "provocaram",
    "veroorzaakten",
];

/// The words "led" and "resulted" of [`SUBJECT_CAUSED`] must have after them.
const SUBJECT_CAUSED_AFTER: &[(&str, &str)] = &[("led", "to"), ("resulted", "in")];

/// Auxiliaries that may stand between a cause and its verb of [`SUBJECT_CAUSED`] ("a
/// landslide *may have* caused", "un glissement de terrain *a* provoqué", "una frana *ha*
/// causato", "een aardverschuiving *heeft* … veroorzaakt" is not read: its verb is last).
const SUBJECT_AUXILIARIES: &[&str] = &[
    "have",
    "has",
    "had",
    "a",
    "aurait",
    "avait",
    "ha",
    "habría",
    "había",
    "avrebbe",
    "aveva",
    "hat",
    "hatte",
    "terá",
    "teria",
    "tem",
    "heeft",
    "also",
    "apparently",
    // The plural and the perfect infinitive ("han provocado", "podrían haber provocado",
    // "ont provoqué", "hanno causato", "têm causado").
    "han",
    "habían",
    "habrían",
    "haber",
    "ont",
    "avaient",
    "auraient",
    "avoir",
    "hanno",
    "avevano",
    "avrebbero",
    "aver",
    "avere",
    "têm",
    "tinham",
    "teriam",
    "ter",
    "haben",
    "hatten",
    "hebben",
    "hadden",
    // The subjunctive after a verb of believing (trial 56: it "ritengono che una fuga di
    // gas *abbia* causato", fr "*ait* provoqué", es "*haya* provocado", pt "*tenha*
    // causado").
    "abbia",
    "abbiano",
    "ait",
    "aient",
    "haya",
    "hayan",
    "tenha",
    "tenham",
];

/// How many words may stand between a cause and its verb of [`SUBJECT_CAUSED`] ("may
/// have", "probably had").
const SUBJECT_GAP: usize = 3;

/// After the cause phrase at tokens `[i, e)`: the token of its verb of [`SUBJECT_CAUSED`]
/// when the cause is the verb's subject, and whether a word of `ruled_out::POSSIBLE`
/// between them tells it as only possible ("a landslide *may* have caused"). Only words of
/// [`SUBJECT_AUXILIARIES`] or hedges stand between, no punctuation anywhere from the cause
/// to the verb ("a landslide, the report said, caused": no), and no passive cue after the
/// verb ("a landslide caused by heavy rain").
fn subject_cause_verb(p: &Prepared, e: usize) -> Option<(usize, bool)> {
    // A verb of destroying tells its subject as what caused the harm ("A bomb destroyed
    // the building": session 53's testers).
    use super::lexicon::crash_causes;
    use super::lexicon::explosion_causes::DESTROYING;
    let toks = &p.tokens;
    let chars = super::flags::chars_of(p);
    let mut possible = false;
    // A noun of a failure after a part named alone ("A brake *failure* caused the
    // crash": trial 58) is passed over.
    let failure = toks
        .get(e)
        .is_some_and(|t| crash_causes::FAILURES.contains(&t.norm.as_str()));
    let e = e + usize::from(failure);
    for k in e..(e + SUBJECT_GAP + 1).min(toks.len()) {
        let gap = chars.get(toks[k - 1].end..toks[k].start).unwrap_or(&[]);
        if gap.iter().any(|c| !c.is_whitespace()) {
            return None;
        }
        let t = toks[k].norm.as_str();
        if SUBJECT_CAUSED.contains(&t)
            || DESTROYING.contains(&t)
            || starts_a_fire(toks, k)
            || started_last(toks, k)
        {
            let next = toks.get(k + 1).map(|n| n.norm.as_str());
            let passive = next.is_some_and(passive_cue);
            let needs = SUBJECT_CAUSED_AFTER.iter().find(|&&(v, _)| v == t);
            let completed = needs.is_none_or(|&(_, after)| next == Some(after));
            return (!passive && completed).then_some((k, possible));
        }
        if ruled_out::POSSIBLE.contains(&t) {
            possible = true;
        } else if !SUBJECT_AUXILIARIES.contains(&t) {
            return None;
        }
    }
    None
}

/// How many articles may stand between a verb of starting a fire and the fire ("started
/// *the* fire").
const FIRE_GAP: usize = 1;

/// Whether token `k` of `toks` is a verb of starting a fire with the fire after it
/// (`lexicon::fire_starts`: "A cigarette *started* the fire", "set fire to", es "*inició*
/// el incendio"; session 51), so that the cause before it is its subject. Not "The fire
/// started in the kitchen": no fire follows the verb.
fn starts_a_fire(toks: &[Token], k: usize) -> bool {
    use super::lexicon::fire_starts::FIRE_STARTERS;
    FIRE_STARTERS.contains(&toks[k].norm.as_str())
        && toks
            .iter()
            .skip(k + 1)
            .take(FIRE_GAP + 1)
            .find(|t| !article_after_verb(&t.norm))
            .is_some_and(|t| fire_or_blast(&t.norm))
}

/// Whether `norm` is a fire (`lexicon::fire_starts::FIRES`) or an explosion
/// (`lexicon::explosion_causes::EXPLOSIONS`: "löste *die Explosion* aus", "hat die
/// *Explosion* verursacht"; session 53's testers).
fn fire_or_blast(norm: &str) -> bool {
    use super::lexicon::explosion_causes::EXPLOSIONS;
    use super::lexicon::fire_starts::FIRES;
    FIRES.contains(&norm) || EXPLOSIONS.contains(&norm)
}

/// Whether token `k` of `toks` is an auxiliary of [`SUBJECT_AUXILIARIES`] with the fire
/// or the explosion ([`fire_or_blast`]) after it and a participle of
/// `lexicon::fire_starts::FIRE_STARTERS_LAST` right after it, the German and Dutch perfect
/// whose verb stands last ("Eine Kerze *hat* den Brand ausgelöst", "Een kaars *heeft* de
/// brand veroorzaakt"; session 52), or the article of the fire in a clause whose verb
/// stands last ("dass ein Gasleck *die* Explosion verursacht hat"), so that the cause
/// before it is its subject.
fn started_last(toks: &[Token], k: usize) -> bool {
    use super::lexicon::fire_starts::FIRE_STARTERS_LAST;
    // The auxiliary, or none in a clause whose verb ends it ("dass ein Gasleck *die*
    // Explosion verursacht hat": the article at `k`; session 53's testers).
    let from = match toks[k].norm.as_str() {
        w if SUBJECT_AUXILIARIES.contains(&w) => k + 1,
        "die" | "den" | "das" | "de" | "het" => k,
        _ => return false,
    };
    let fire = toks
        .iter()
        .enumerate()
        .skip(from)
        .take(FIRE_GAP + 1)
        .find(|(_, t)| !article_after_verb(&t.norm))
        .filter(|(_, t)| fire_or_blast(&t.norm));
    fire.is_some_and(|(f, _)| {
        toks.get(f + 1)
            .is_some_and(|t| FIRE_STARTERS_LAST.contains(&t.norm.as_str()))
    })
}

/// Whether `norm` is an article right after a verb of causing: one of
/// `flags::is_article`, whatever the sentence's language, or Dutch "de" ("veroorzaakte
/// *de* brand"; elsewhere "of", never right after such a verb).
fn article_after_verb(norm: &str) -> bool {
    super::flags::is_article(norm) || norm == "de"
}

/// The cause a sentence gives as the subject of a verb of causing ([`SUBJECT_CAUSED`]:
/// "a landslide caused the derailment", "excessive speed led to the crash"): (class, code
/// point range).
fn cause_as_subject(p: &Prepared) -> Option<(usize, (usize, usize))> {
    let toks = &p.tokens;
    (0..toks.len()).find_map(|i| {
        let (class, len) = cause_in(p, i)?;
        place_phrase::verb_after_cause(p, i + len)?;
        Some((class, (toks[i].start, toks[i + len - 1].end)))
    })
}

/// Marks that end a clause, read with [`apart`] by `cause/ruled_out.rs`.
pub(super) const CLAUSE_MARKS: &[char] = &[',', ';', ':', '(', ')', '.'];

/// [`CLAUSE_MARKS`] and the marks that end a question or an exclamation, read with [`apart`]
/// by `cause/crash.rs`.
pub(super) const SENTENCE_MARKS: &[char] = &[',', ';', ':', '(', ')', '.', '?', '!'];

/// Whether one of `marks` ([`CLAUSE_MARKS`], [`SENTENCE_MARKS`]) stands between tokens `x`
/// and `y` (`x < y`) of `p`: the two are apart, in two clauses.
pub(super) fn apart(p: &Prepared, x: usize, y: usize, marks: &[char]) -> bool {
    let chars = crate::matcher::flags::chars_of(p);
    chars
        .get(p.tokens[x].end..p.tokens[y].start)
        .unwrap_or(&[])
        .iter()
        .any(|c| marks.contains(c))
}

/// The class and length (tokens) of the cause phrase starting at `toks[i]`, if any: the
/// first phrase that fits, classes in order ([`phrase_at`]'s answer). Only the phrases
/// whose first word may begin with the token's first byte are compared (`word_matches`
/// compares the first byte first; a word opening with `*` may begin with any), and of
/// those only the ones whose first word's second byte, when written out, is the token's:
/// the rules ask this of nearly every token, and a token's first byte begins many of
/// [`CAUSES`]'s phrases in seven languages (most differ by the second).
fn cause_at(toks: &[Token], i: usize) -> Option<(usize, usize)> {
    // Per first byte: the phrases (class, words, the first word's second byte when it is
    // no `*`) whose first word may begin with it, in the order of `CAUSES`.
    type ByByte = Vec<Vec<(usize, &'static [&'static str], Option<u8>)>>;
    static BY_BYTE: std::sync::OnceLock<ByByte> = std::sync::OnceLock::new();
    let by_byte = BY_BYTE.get_or_init(|| {
        let mut by: ByByte = vec![Vec::new(); 256];
        for (class, phrases) in CAUSES.iter().enumerate() {
            for &phrase in phrases.iter() {
                let first = phrase.first().map(|w| w.as_bytes());
                let second = first.and_then(|w| w.get(1).copied()).filter(|&b| b != b'*');
                match first.and_then(|w| w.first()) {
                    Some(&b) if b != b'*' => by[usize::from(b)].push((class, phrase, second)),
                    // An empty phrase or first word, or one opening with `*`: any byte.
                    _ => by.iter_mut().for_each(|l| l.push((class, phrase, None))),
                }
            }
        }
        by
    });
    // Past the last token: the unfiltered scan (only an empty phrase could fit there).
    let Some(t) = toks.get(i) else {
        return phrase_at(toks, i);
    };
    let bytes = t.norm.as_bytes();
    // An empty token begins only the phrases listed under every byte.
    let list = &by_byte[usize::from(bytes.first().copied().unwrap_or(0))];
    let second = bytes.get(1).copied();
    list.iter()
        .filter(|&&(_, _, b)| b.is_none() || b == second)
        .find_map(|&(class, phrase, _)| fits(toks, i, phrase).then_some((class, phrase.len())))
}

/// Whether `phrase` (pattern words, [`word_matches`]) stands at `toks[i]`; not a phrase
/// of two words or more whose last word is a participle of [`CAUSED`] with its cue right
/// after it ("el incendio provocado *por* un rayo": a fire caused by lightning, no fire
/// set on purpose).
fn fits(toks: &[Token], i: usize, phrase: &[&str]) -> bool {
    phrase.len() <= toks.len() - i
        && phrase
            .iter()
            .zip(&toks[i..])
            .all(|(p, t)| word_matches(&t.norm, p))
        && (phrase.len() < 2 || !participle_with_agent(toks, i + phrase.len() - 1))
}

/// Whether token `k` of `toks` is a verb of [`CAUSED`] with its cue right after it
/// ("provocado *por*").
fn participle_with_agent(toks: &[Token], k: usize) -> bool {
    toks.get(k + 1)
        .is_some_and(|next| caused_cue(&toks[k].norm, &next.norm))
}

/// [`cause_at`] without its index by first byte: every phrase of [`CAUSES`] compared with
/// the tokens from `toks[i]`, the first that fits (classes in order).
fn phrase_at(toks: &[Token], i: usize) -> Option<(usize, usize)> {
    CAUSES.iter().enumerate().find_map(|(class, phrases)| {
        phrases
            .iter()
            .find_map(|phrase| fits(toks, i, phrase).then_some((class, phrase.len())))
    })
}

/// The cause a sentence gives right after "caused by", "blamed on" ([`CAUSED`]) and up to
/// [`CUE_GAP`] words: (class, code point range). A participle right after a cause of
/// [`CAUSES`] tells what caused that cause ("Una frana causata dalla pioggia": the rain
/// caused the landslide, the landslide the derailment): the cause told is that noun's, its
/// range running to the words after the cue.
fn caused_by(toks: &[Token]) -> Option<(usize, (usize, usize))> {
    (1..toks.len()).find_map(|c| {
        if !caused_cue(&toks[c - 1].norm, &toks[c].norm) {
            return None;
        }
        let (class, (start, end)) = (c + 1..(c + 2 + CUE_GAP).min(toks.len())).find_map(|i| {
            cause_at(toks, i).map(|(class, len)| (class, (toks[i].start, toks[i + len - 1].end)))
        })?;
        // The cause the participle follows, if any ("frana causata").
        let noun = (0..c.saturating_sub(1)).find_map(|n| {
            cause_at(toks, n)
                .filter(|&(_, len)| n + len + 1 == c)
                .map(|(k, _)| (n, k))
        });
        Some(match noun {
            Some((n, noun_class)) => (noun_class, (toks[n].start, end)),
            None => (class, (start, end)),
        })
    })
}

/// The cause a sentence gives between a cue of [`CAUSED_LAST`] and its participle right
/// after the cause ("durch einen *Blitzeinschlag* ausgelöst", up to [`CUE_GAP`] words
/// after the cue): (class, code point range).
fn caused_by_last(toks: &[Token]) -> Option<(usize, (usize, usize))> {
    (0..toks.len()).find_map(|c| {
        let (_, participles) = CAUSED_LAST.iter().find(|(cue, _)| toks[c].norm == *cue)?;
        (c + 1..(c + 2 + CUE_GAP).min(toks.len())).find_map(|i| {
            let (class, len) = cause_at(toks, i)?;
            let last = toks.get(i + len)?;
            participles
                .contains(&last.norm.as_str())
                .then(|| (class, (toks[i].start, toks[i + len - 1].end)))
        })
    })
}

/// The first cause a sentence gives for a death or injury, else for an event after
/// "caused by" ([`caused_by`]): (class, code point range).
/// Read once per sentence (`flags/facts.rs`).
fn cause_of(p: &Prepared) -> Option<(usize, (usize, usize))> {
    *p.facts.cause.get_or_init(|| read_cause(p))
}

/// [`cause_at`] of every token of `p`, read once per sentence (`flags/facts.rs`).
fn cause_phrases(p: &Prepared) -> &[Option<(usize, usize)>] {
    p.facts.cause_phrases.get_or_init(|| {
        (0..p.tokens.len())
            .map(|i| cause_at(&p.tokens, i))
            .collect()
    })
}

/// [`cause_at`] at token `i` of `p` (`None` past its last token), from [`cause_phrases`].
fn cause_in(p: &Prepared, i: usize) -> Option<(usize, usize)> {
    cause_phrases(p).get(i).copied().flatten()
}

/// [`cause_of`], read from the tokens.
fn read_cause(p: &Prepared) -> Option<(usize, (usize, usize))> {
    // Most sentences hold no cause phrase ([`cause_phrases`]): every rule but the three
    // that read words of their own finds a cause by one, so only those are asked then (in
    // the order below).
    if cause_phrases(p).iter().all(Option::is_none) {
        return deliberate(&p.tokens)
            .or_else(|| accidental::accident_told(p))
            .or_else(|| on_purpose::act_told(p));
    }
    harm_cause(p)
        .or_else(|| caused_by(&p.tokens))
        .or_else(|| caused_by_last(&p.tokens))
        .or_else(|| cause_was(&p.tokens))
        .or_else(|| cause_is::cause_is(p))
        .or_else(|| of_origin(&p.tokens))
        .or_else(|| deliberate(&p.tokens))
        .or_else(|| accidental::accident_told(p))
        .or_else(|| on_purpose::act_told(p))
        .or_else(|| cause_as_subject(p))
        .or_else(|| lead::lead_cause(p))
        .or_else(|| not_ruled_out::not_ruled_out_cause(p))
        .or_else(|| investigated::investigated_cause(p))
        .or_else(|| crash::crash_cause(p))
        .or_else(|| plain::plain_cause(p))
}

/// Nouns of an origin that a cause phrase of [`CAUSES`] holds when it tells a fire's
/// origin ("di *origine* dolosa", "d'*origine* criminelle", "de *origen* intencionado", "de
/// *origem* criminosa", "of criminal *origin*") or an event's nature ("di *natura*
/// dolosa"): read by [`of_origin`].
const ORIGINS: &[&str] = &[
    "origine",
    "origen",
    "origem",
    "origin",
    "natura",
    "nature",
    "naturaleza",
    "natureza",
];

/// The cause a sentence tells as an origin ("L'incendio è di origine dolosa", session 52's
/// last tester): a phrase of [`CAUSES`] that holds a noun of [`ORIGINS`], wherever it
/// stands: (class, code point range).
fn of_origin(toks: &[Token]) -> Option<(usize, (usize, usize))> {
    (0..toks.len()).find_map(|i| {
        let (class, len) = cause_at(toks, i)?;
        let words = &toks[i..i + len];
        words
            .iter()
            .any(|t| ORIGINS.contains(&t.norm.as_str()))
            .then(|| (class, (toks[i].start, toks[i + len - 1].end)))
    })
}

/// Forms of "to be" that tell a cause after a cause word of [`CAUSE_WORDS`] ("The cause
/// of the fire *was* a short circuit"): en, es "fue" / "es", pt "foi" / "é", fr "est" /
/// "était", it "è" / "era", de "war" / "ist", nl "was" / "is" (lower case).
const CAUSE_COPULAS: &[&str] = &[
    "was", "is", "fue", "es", "era", "foi", "é", "est", "était", "è", "war", "ist",
    // The conditional of what is reported (trial 58: it "la causa dell'incidente
    // *sarebbe* la decisione del comandante"), told as plainly as the Italian "sarebbe
    // dovuta a" is (session 54).
    "sarebbe", "serait", "sería", "seria", "wäre",
];

/// The cause a sentence gives as what its cause was ("The cause of the fire was a short
/// circuit", "La causa del incendio fue un rayo", trial 45 fault 2): a cause word of
/// [`CAUSE_WORDS`], a form of "to be" of [`CAUSE_COPULAS`] within [`UNKNOWN_WINDOW`]
/// tokens after it, and a cause of [`CAUSES`] within [`CUE_GAP`] words after that, no
/// negation between ("the cause was *not* a short circuit" tells none): (class, code
/// point range).
fn cause_was(toks: &[Token]) -> Option<(usize, (usize, usize))> {
    (0..toks.len()).find_map(|c| {
        if !CAUSE_WORDS.contains(&toks[c].norm.as_str()) {
            return None;
        }
        let end = (c + 1 + UNKNOWN_WINDOW).min(toks.len());
        let v = (c + 1..end).find(|&k| CAUSE_COPULAS.contains(&toks[k].norm.as_str()))?;
        let last = (v + 2 + CUE_GAP).min(toks.len());
        for i in v + 1..last {
            if toks[i].negation {
                return None;
            }
            if let Some((class, len)) = cause_at(toks, i) {
                return Some((class, (toks[i].start, toks[i + len - 1].end)));
            }
        }
        None
    })
}

/// The first cause a sentence gives for a death or injury: (class, code point range).
fn harm_cause(p: &Prepared) -> Option<(usize, (usize, usize))> {
    use super::lexicon::first_bytes::{first_byte, first_bytes_of, may_start, FirstBytes};
    // The first bytes of the words of harm (all bytes for one opening with `*`): a token
    // beginning with none matches none (`word_matches` compares the first byte first).
    static STARTS: std::sync::OnceLock<FirstBytes> = std::sync::OnceLock::new();
    let starts = STARTS.get_or_init(|| {
        first_bytes_of(HARM.iter().map(|w| if w.starts_with('*') { "" } else { w }))
    });
    let toks = &p.tokens;
    for (h, t) in toks.iter().enumerate() {
        if !may_start(starts, first_byte(t)) || !HARM.iter().any(|w| word_matches(&t.norm, w)) {
            continue;
        }
        let end = (h + 1 + WINDOW).min(toks.len());
        for c in h + 1..end {
            if !CUES.contains(&toks[c].norm.as_str()) {
                continue;
            }
            let from = c + 1 + usize::from(toks[c].norm == "due");
            for i in from..(from + CUE_GAP + 1).min(toks.len()) {
                if let Some((class, len)) = cause_in(p, i) {
                    if first_of_compound(p, i + len - 1) {
                        continue;
                    }
                    return Some((class, (toks[i].start, toks[i + len - 1].end)));
                }
            }
        }
    }
    None
}

/// Whether token `k` of `p` is joined by a hyphen to the word after it: the first part of
/// a compound that describes a thing ("died in the *rain*-soaked tunnel", "a
/// *fire*-damaged house"), no cause (session 49's last pass: "rain ≠ explosion" at 99 %).
fn first_of_compound(p: &Prepared, k: usize) -> bool {
    let chars = super::flags::chars_of(p);
    p.tokens.get(k + 1).is_some_and(|n| {
        chars
            .get(p.tokens[k].end..n.start)
            .is_some_and(super::flags::hyphened)
    })
}

/// How many tokens after a verb of [`SUBJECT_CAUSED`] the first content word of what was
/// caused may stand ("caused *delays*", "provocó el *derrumbe*", "led to the *crash*").
const EFFECT_REACH: usize = 4;

/// What a cause told as the subject at code point `start` of `p` caused: the token of the
/// first content word after its verb ([`subject_cause_verb`]); `None` when the cause at
/// `start` is no subject of such a verb, or no content word follows within
/// [`EFFECT_REACH`] tokens.
fn subject_effect(p: &Prepared, start: usize) -> Option<usize> {
    let toks = &p.tokens;
    let at = cause_token(p, start);
    let (_, len) = cause_in(p, at)?;
    let (verb, _) = place_phrase::verb_after_cause(p, at + len)?;
    // Articles are passed over whatever the sentence's language is guessed to be (a
    // short German sentence may keep "den" as a content word, a short Dutch one "de":
    // [`article_after_verb`]).
    (verb + 1..(verb + 1 + EFFECT_REACH).min(toks.len())).find(|&k| {
        toks[k].kind == super::text::Kind::Word
            && !toks[k].stop
            && !article_after_verb(&toks[k].norm)
    })
}

/// The token of `p` a cause starting at code point `start` (a range of
/// [`cause_conflict`]) begins at: the first token starting there or after it
/// (`p.tokens.len()` for none).
fn cause_token(p: &Prepared, start: usize) -> usize {
    p.tokens
        .iter()
        .position(|t| t.start >= start)
        .unwrap_or(p.tokens.len())
}

/// Whether effect tokens `x` of `a` and `y` of `b` ([`subject_effect`]) name one thing:
/// one stem, or a concept in common across languages ("collapse" / "derrumbe":
/// `xling::word_keys`).
fn one_effect(a: &Prepared, x: usize, b: &Prepared, y: usize) -> bool {
    let (tx, ty) = (&a.tokens[x], &b.tokens[y]);
    if tx.stem == ty.stem {
        return true;
    }
    let (kx, ky) = (
        super::xling::word_keys(&tx.norm),
        super::xling::word_keys(&ty.norm),
    );
    kx.iter().any(|k| ky.contains(k))
}

/// Whether any phrase of cause class `class` stands anywhere in `p`.
/// A fire set on purpose ([`deliberate`]) names the arson class, one told as an accident
/// (`accidental::accident_told`) the class of an accident.
fn names_class(p: &Prepared, class: usize) -> bool {
    cause_phrases(p)
        .iter()
        .any(|c| c.is_some_and(|(c, _)| c == class))
        || (class == classes::ARSON && deliberate(&p.tokens).is_some())
        || on_purpose::act_told(p).is_some_and(|(c, _)| c == class)
        || (class == accidental::accident_class() && accidental::accident_told(p).is_some())
}

/// The cause that differs between `a` and `b`, if any: the ranges of the two causes.
///
/// Or a cause told plainly by one sentence and ruled out by the other ("The fire was
/// caused by a bird strike" / "Investigators have ruled out a bird strike":
/// `cause/ruled_out.rs`).
pub(crate) fn cause_conflict(a: &Prepared, b: &Prepared) -> Option<Ranges> {
    two_classes(a, b)
        // One cause whose own cause differs ("frana causata dalle piogge" / "dal
        // terremoto": `cause/nested.rs`).
        .or_else(|| nested::nested_conflict(a, b))
        .or_else(|| {
            ruled_out::ruled_out_conflict(a, b)
                .filter(|&(_, possible)| !possible)
                .map(|(r, _)| r)
        })
        .or_else(|| denied::denied_conflict(a, b))
}

/// What hit a place told as two kinds by `a` and `b`, a debris flow against a flood
/// ("A mudslide swept through" / "A flash flood swept through": `cause/agent.rs`): the
/// ranges of the two, the softer kind of cause flag (a debris flow often comes with a
/// flood).
pub(crate) fn agent_conflict(a: &Prepared, b: &Prepared) -> Option<Ranges> {
    agent::agent_conflict(a, b)
}

/// How many tokens before a cause a word of `ruled_out::POSSIBLE` or "whether" tells it
/// as only possible ("The derailment *may* have been caused by a landslide": 6).
const POSSIBLE_REACH: usize = 6;

/// Whether the cause of `p` that starts at code point `start` (a range of
/// [`cause_conflict`]) is told as only possible: "may", "might", "could", "possibly",
/// "probably", "likely", "suspected" (`ruled_out::POSSIBLE`) or "whether" within
/// [`POSSIBLE_REACH`] tokens before it ("may have been caused by a landslide",
/// "examining whether it was caused by excessive speed"; trial 50 F3): the flag is then
/// the softer kind. "May" the month is no hedge.
pub(crate) fn cause_told_as_possible(p: &Prepared, start: usize) -> bool {
    let toks = &p.tokens;
    let at = cause_token(p, start);
    let before = toks[at.saturating_sub(POSSIBLE_REACH)..at].iter().any(|t| {
        (ruled_out::POSSIBLE.contains(&t.norm.as_str()) && !(t.capital && t.norm == "may"))
            || t.norm == "whether"
    });
    // A cause as the subject with its hedge after it ("a landslide may have caused").
    let after = || {
        cause_in(p, at).is_some_and(|(_, len)| {
            place_phrase::verb_after_cause(p, at + len).is_some_and(|(_, possible)| possible)
        })
    };
    // A cause investigated ("an arson investigation"): suspected.
    // A cause told as a line of inquiry ("la piste d'un acte criminel"): suspected.
    // A cause told as not ruled out ("would not rule out a deliberate act"): possible.
    before
        || after()
        || investigated::investigated_at(p, start)
        || lead::lead_at_start(p, start)
        || cause_is::likely_at_start(p, start)
        || not_ruled_out::not_ruled_out_at_start(p, start)
}

/// Whether exactly one of the causes of `a` and `b` starting at code points `sa` and `sb`
/// (the ranges of [`cause_conflict`]) is a crash's cause told as only suspected
/// (`cause/crash.rs`: "Investigators suspect brake failure" / "The crash was caused by
/// excessive speed"): the flag is then the softer kind. Both suspected differ plainly.
pub(crate) fn cause_hedged_once(a: &Prepared, sa: usize, b: &Prepared, sb: usize) -> bool {
    crash::hedged_at(a, sa) != crash::hedged_at(b, sb)
}

/// Two causes of two classes ([`cause_conflict`]'s first rule).
fn two_classes(a: &Prepared, b: &Prepared) -> Option<Ranges> {
    let (ca, ra) = cause_of(a)?;
    let (cb, rb) = cause_of(b)?;
    // Two causes set on purpose, or a bomb and an explosion, agree (trial 56).
    if on_purpose::agree(ca, cb) || names_class(a, cb) || names_class(b, ca) {
        return None;
    }
    // A technical fault or an accident may be any cause but one set on purpose (trial 53
    // F4: "a technical defect" / "sabotage", not "a technical defect" / "faulty wiring";
    // session 51: "an accident" / "started deliberately", not "an accident" / "a candle").
    // A technical fault against a human error differs too (trial 58: "a technical failure"
    // / "a navigation error").
    let vague = |x: usize| x == classes::TECHNICAL || x == accidental::accident_class();
    let against_arson = |x: usize, y: usize| {
        vague(x)
            && (on_purpose::on_purpose(y) || (x == classes::TECHNICAL && crash::human_error(y)))
    };
    if (vague(ca) || vague(cb)) && !against_arson(ca, cb) && !against_arson(cb, ca) {
        return None;
    }
    // A crash told as what killed or hurt ("The driver was killed in the crash") against
    // what caused a road crash ("se debió a un fallo de los frenos"): one chain, the crash
    // the effect of the other's cause, no two causes of one thing (session 55, trial 57:
    // "crash ≠ fallo de los frenos").
    let chain = |x: usize, y: usize| x == classes::CRASH && crash::of_a_crash(y);
    if chain(ca, cb) || chain(cb, ca) {
        return None;
    }
    // A human error may be any fault of the driver's own ("human error" / "the driver fell
    // asleep"): no conflict (`cause/crash.rs`).
    if crash::one_human_fault(ca, cb) {
        return None;
    }
    // Two causes of two different things are no conflict ("La lluvia provocó retrasos en
    // el rescate" / "Una explosión provocó el derrumbe": 93 % with "lluvia ≠ explosión" in
    // session 49's last pass).
    if let (Some(x), Some(y)) = (subject_effect(a, ra.0), subject_effect(b, rb.0)) {
        if !one_effect(a, x, b, y) {
            return None;
        }
    }
    Some((ra, rb))
}

/// What a sentence says of a cause it does not know, after "cause" ("The cause of the
/// fire is *not yet known*", "the cause was *unclear*", "the cause is *under
/// investigation*"): lower-case words in order.
const UNKNOWN: &[&[&str]] = &[
    &["not", "yet", "known"],
    &["not", "known"],
    &["still", "unknown"],
    &["unknown"],
    &["not", "yet", "clear"],
    &["not", "clear"],
    &["unclear"],
    &["under", "investigation"],
    &["being", "investigated"],
    // it "non è ancora nota" (trial 34 F4.3), es "aún se desconoce", fr "n'est pas encore
    // connue", de "ist noch unklar", nl "is nog niet bekend" (trial 36 N8)
    &["non", "è", "ancora", "nota"],
    &["non", "è", "ancora", "noto"],
    &["non", "è", "nota"],
    &["ancora", "ignota"],
    &["da", "chiarire"],
    &["se", "desconoce"],
    &["se", "desconocen"],
    &["desconocida"],
    &["desconocidas"],
    &["no", "se", "conoce"],
    &["no", "se", "conocen"],
    &["nog", "niet", "bekend"],
    &["niet", "bekend"],
    &["nog", "onbekend"],
    &["onbekend"],
    &["nog", "onduidelijk"],
    &["onduidelijk"],
    &["pas", "encore", "connue"],
    &["inconnue"],
    &["indéterminée"],
    &["noch", "unklar"],
    &["unklar"],
    &["unbekannt"],
];

/// Words of a cause in other languages than English, before [`UNKNOWN`] words as "cause"
/// is: it "causa", es "causa", fr "cause", de "Ursache", nl "oorzaak".
const CAUSE_WORDS: &[&str] = &[
    "cause", "causes", "causa", "causas", "ursache", "ursachen", "oorzaak", "oorzaken",
];

/// Participles that name a cause with the words after them whatever it is (`caused_by_any`):
/// en "caused by", it "causata dalla", es "causado por", "provocado por", fr "causé par",
/// "provoqué par", de "verursacht durch", nl "veroorzaakt door" (word beginnings, then the cue words).
const CAUSED_ANY: &[(&str, &[&str])] = &[
    ("caused", &["by"]),
    ("causat", &["da", "dal", "dalla", "dai", "dalle", "dallo"]),
    ("provocat", &["da", "dal", "dalla", "dai", "dalle", "dallo"]),
    ("causad", &["por", "pelo", "pela", "pelos", "pelas"]),
    ("provocad", &["por", "pelo", "pela", "pelos", "pelas"]),
    ("causé", &["par"]),
    ("provoqué", &["par"]),
    ("verursacht", &["durch"]),
    ("veroorzaakt", &["door"]),
];

/// The cause a sentence names after a participle of [`CAUSED_ANY`], whatever its words
/// ("was caused by poor construction", "Una frana causata dalla pioggia"): the code point
/// range of the words after the cue to the next punctuation mark, a small word after a
/// content word or the fourth word, with
/// the noun the participle follows right after it ("frana" of "Una frana causata": the
/// cause told is that noun's). Any cause counts against one not yet known
/// ([`cause_unknown_conflict`]), as two such causes cannot be told apart by class.
fn caused_by_any(p: &Prepared) -> Option<(usize, usize)> {
    let toks = &p.tokens;
    let chars = super::flags::chars_of(p);
    // A hyphen inside a word joins it ("un court-circuit", trial 39 N7: shown cut as "un
    // court"): no break of the phrase.
    let gap = |i: usize| {
        let between = chars.get(toks[i - 1].end..toks[i].start).unwrap_or(&[]);
        !super::flags::hyphened(between) && between.iter().any(|c| c.is_ascii_punctuation())
    };
    (1..toks.len().saturating_sub(1)).find_map(|c| {
        let cue = CAUSED_ANY.iter().any(|(verb, cues)| {
            toks[c].norm.starts_with(verb) && cues.contains(&toks[c + 1].norm.as_str())
        });
        if !cue || gap(c + 1) {
            return None;
        }
        // The phrase ends at a small word or an auxiliary after a content word
        // ("pioggia *avrebbe* invaso", "a short circuit *in* the kitchen").
        let small = |t: &Token| t.stop || super::flags::auxiliary_verb(&t.norm);
        let first = c + 2;
        let mut last = first;
        while last + 1 < toks.len()
            && last + 1 < first + 4
            && !gap(last + 1)
            && !(small(&toks[last + 1]) && toks[first..=last].iter().any(|t| !t.stop))
        {
            last += 1;
        }
        let last = (first..=last.min(toks.len() - 1))
            .rev()
            .find(|&i| !toks[i].stop)?;
        // The word's parts after a hyphen too ("court-circuit"), however many.
        let last = super::flags::hyphened_end(toks, last, chars);
        let before = &toks[c - 1];
        let from = match before.kind == super::text::Kind::Word && !before.stop && !gap(c) {
            true => before.start,
            false => toks[first].start,
        };
        Some((from, toks[last].end))
    })
}

/// How many tokens after "cause" the words of [`UNKNOWN`] may start ("The cause *of the
/// fire is* not yet known": 5).
const UNKNOWN_WINDOW: usize = 6;

/// How many tokens after "cause" its verb of being ([`CAUSE_COPULAS`]) may stand, the
/// words of [`UNKNOWN`] right after it ("The cause *of the fire at the Marzahn substation
/// is* not yet known": 8).
const UNKNOWN_COPULA_WINDOW: usize = 10;

/// The words of [`UNKNOWN`] a sentence tells its cause with ("cause" or "causes" before
/// them within [`UNKNOWN_WINDOW`] tokens, no full stop between, or right after its verb of
/// being within [`UNKNOWN_COPULA_WINDOW`]; or the words right
/// before "cause" and its article, as Spanish puts its verb first: "aún *se desconocen*
/// las causas", "todavía *no se conoce* la causa", trial 36 N8): their code point range.
fn unknown_cause(p: &Prepared) -> Option<(usize, usize)> {
    let toks = &p.tokens;
    let causes = toks
        .iter()
        .enumerate()
        .filter(|(_, t)| CAUSE_WORDS.contains(&t.norm.as_str()));
    let phrase_at = |i: usize| {
        UNKNOWN.iter().find_map(|phrase| {
            crate::matcher::text::phrase_at(toks, i, phrase).then(|| {
                (
                    phrase.len(),
                    (toks[i].start, toks[i + phrase.len() - 1].end),
                )
            })
        })
    };
    // A longer phrase of what caused ("the cause of the fire at the Marzahn substation
    // *is* not yet known"; session 52): the words right after its verb of being, within
    // [`UNKNOWN_COPULA_WINDOW`] tokens of "cause" and no mark between.
    let chars = super::flags::chars_of(p);
    let after_copula = |c: usize| {
        let last = (c + 1 + UNKNOWN_COPULA_WINDOW).min(toks.len());
        (c + 1..last)
            .take_while(|&k| {
                chars
                    .get(toks[k - 1].end..toks[k].start)
                    .is_some_and(|gap| gap.iter().all(|ch| ch.is_whitespace()))
            })
            .find(|&k| CAUSE_COPULAS.contains(&toks[k].norm.as_str()))
    };
    causes.into_iter().find_map(|(c, _)| {
        let after = (c + 1..(c + 1 + UNKNOWN_WINDOW).min(toks.len()))
            .find_map(|i| phrase_at(i).map(|(_, r)| r))
            .or_else(|| after_copula(c).and_then(|k| phrase_at(k + 1).map(|(_, r)| r)));
        // Before: the phrase ends right before "cause" or before one article of it.
        let before = || {
            let end = match c.checked_sub(1).map(|k| &toks[k]) {
                Some(t) if t.stop && !t.negation => c - 1,
                _ => c,
            };
            (end.saturating_sub(3)..end)
                .find_map(|i| phrase_at(i).filter(|(n, _)| i + n == end).map(|(_, r)| r))
        };
        after.or_else(before)
    })
}

/// A cause one sentence says is not known ("The cause of the fire is not yet known")
/// against a cause the other gives ("The fire is believed to have been caused by a short
/// circuit": [`cause_of`]), the sentence of the unknown cause giving none of its own nor
/// naming the other's class: the
/// ranges of the two (trial 33 F8). The softer kind of cause flag: an unknown cause may
/// be found later, so both may be true at their times.
///
/// Or, the same softer kind, a cause told as only possible by one sentence ("A bird strike
/// may have caused the fire") and ruled out by the other (`cause/ruled_out.rs`).
pub(crate) fn cause_unknown_conflict(a: &Prepared, b: &Prepared) -> Option<Ranges> {
    unknown_against_known(a, b).or_else(|| {
        ruled_out::ruled_out_conflict(a, b)
            .filter(|&(_, possible)| possible)
            .map(|(r, _)| r)
    })
}

/// Two ends of a range of code points, start and end.
type Ends = (usize, usize);

/// [`unknown_cause`] and [`caused_by_any`] of `p`, read once per sentence
/// (`flags/facts.rs`): each pair of all-pairs matching and the panel's disputes ask them.
fn unknown_and_any(p: &Prepared) -> (Option<Ends>, Option<Ends>) {
    *p.facts
        .unknown_and_any_cause
        .get_or_init(|| (unknown_cause(p), caused_by_any(p)))
}

/// A cause not known against one given ([`cause_unknown_conflict`]'s first rule).
fn unknown_against_known(a: &Prepared, b: &Prepared) -> Option<Ranges> {
    // The known cause, unless the sentence of the unknown one names its class too ("not
    // yet known, though a short circuit is suspected").
    let known = |unknown: &Prepared, other: &Prepared| {
        // A cause investigated ("an arson investigation") is not known either.
        let given = match cause_of(other) {
            Some((class, r)) => (!names_class(unknown, class)
                && !investigated::investigated_at(other, r.0))
            .then_some(r),
            None => unknown_and_any(other).1,
        };
        let none = cause_of(unknown).is_none() && unknown_and_any(unknown).1.is_none();
        given.filter(|_| none)
    };
    match (unknown_and_any(a).0, unknown_and_any(b).0) {
        (Some(ra), None) => known(a, b).map(|rb| (ra, rb)),
        (None, Some(rb)) => known(b, a).map(|ra| (ra, rb)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matcher::flags::flagged_texts;

    fn flags(a: &str, b: &str) -> Option<(String, String)> {
        flagged_texts(cause_conflict, a, b)
    }

    /// Trial 11: a fire's cause after "caused by", "started by", "blamed on".
    #[test]
    fn two_causes_of_one_fire_differ() {
        assert_eq!(
            flags(
                "The fire was caused by an electrical fault, officials said.",
                "The fire was caused by arson, officials said."
            ),
            // The fault shown whole since session 51 ("An electrical fault caused").
            Some(("electrical fault".into(), "arson".into()))
        );
        assert_eq!(
            flags(
                "The blaze was started by a cigarette.",
                "The blaze was blamed on faulty wiring."
            ),
            Some(("cigarette".into(), "wiring".into()))
        );
        assert_eq!(
            flags(
                "The fire was caused by an electrical fault.",
                "The fire was caused by faulty electrical wiring."
            ),
            None
        );
    }

    #[test]
    fn two_causes_of_one_death_differ() {
        assert_eq!(
            flags(
                "Her agent said Page died yesterday at a Los Angeles hospital after suffering a heart attack on December 2.",
                "Bettie Page died Thursday of pneumonia at a Los Angeles area hospital, her agent said."
            ),
            Some(("heart attack".into(), "pneumonia".into()))
        );
        assert_eq!(
            flags(
                "Two men were killed in a car crash on the highway.",
                "Two men were killed in a fire on the highway."
            ),
            Some(("crash".into(), "fire".into()))
        );
        assert_eq!(
            flags(
                "The singer died from a drug overdose, police said.",
                "The singer died of cancer, police said."
            ),
            Some(("overdose".into(), "cancer".into()))
        );
        assert_eq!(
            flags(
                "The boy was hurt in a fall from a balcony.",
                "The boy was hurt in an explosion at his home."
            ),
            Some(("fall".into(), "explosion".into()))
        );
    }

    #[test]
    fn one_cause_told_two_ways_agrees() {
        for (a, b) in [
            ("He died of a heart attack.", "He died of cardiac arrest."),
            (
                "She died from a gunshot wound.",
                "She died after being shot.",
            ),
            (
                "The actor died of leukemia.",
                "The actor died of cancer of the blood.",
            ),
            ("He was killed in a collision.", "He was killed in a crash."),
            ("He died due to heart failure.", "He died of heart disease."),
        ] {
            assert_eq!(flags(a, b), None, "{a} / {b}");
        }
    }

    #[test]
    fn a_vague_or_missing_cause_does_not_flag() {
        for (a, b) in [
            ("He died of complications.", "He died of pneumonia."),
            ("He died of natural causes.", "He died of a stroke."),
            (
                "Climber dead after Aoraki Mount Cook fall",
                "Two men have died in separate climbing accidents at Mt Cook this weekend.",
            ),
            ("He died on Monday.", "He died of a stroke."),
            (
                "She was injured in the attack.",
                "She died of her injuries.",
            ),
            // A cause not tied to the death: no cause for the death.
            (
                "He had cancer for years, his family said, and died on Monday.",
                "He died of a stroke on Monday.",
            ),
        ] {
            assert_eq!(flags(a, b), None, "{a} / {b}");
        }
    }

    #[test]
    fn a_sentence_naming_both_causes_does_not_flag() {
        // The labelled development pair 4a 16-1 tells both on one side: not this rule's
        // call (the hospital stay was for pneumonia, the heart attack came after).
        assert_eq!(
            flags(
                "Roesler said Page had been in hospital for three weeks with pneumonia and died after she suffered a heart attack.",
                "Bettie Page died Thursday of pneumonia at a Los Angeles area hospital."
            ),
            None
        );
    }

    #[test]
    fn pattern_words_match_as_written() {
        assert!(word_matches("leukaemia", "leuk*mia"));
        assert!(word_matches("leukemia", "leuk*mia"));
        assert!(word_matches("tumours", "tumo*r*"));
        assert!(word_matches("tumor", "tumo*r*"));
        assert!(word_matches("attacks", "attack*"));
        assert!(!word_matches("shots", "shot"));
        assert!(!word_matches("fireman", "fire"));
    }
    /// A row of a table of cause flags: two sentences and the texts the rule flags in each
    /// (`None`: no flag).
    type Row<'a> = (&'a str, &'a str, Option<(&'a str, &'a str)>);

    /// Asserts that `rule` (`flagged_texts` of a cause rule) flags each row's sentences
    /// as the row says.
    fn check(rule: fn(&str, &str) -> Option<(String, String)>, rows: &[Row]) {
        for &(a, b, want) in rows {
            let want = want.map(|(x, y)| (x.to_string(), y.to_string()));
            assert_eq!(rule(a, b), want, "{a} / {b}");
        }
    }

    /// The texts `cause_unknown_conflict` flags in `a` and `b`.
    fn unknown(a: &str, b: &str) -> Option<(String, String)> {
        flagged_texts(cause_unknown_conflict, a, b)
    }

    /// Trial 34 F4.3 and trial 35 F3.3: a cause not yet known against any cause told
    /// after "caused by" (of no class: "poor construction"), in Italian too.
    #[test]
    fn an_unknown_cause_against_any_cause_caused_by() {
        check(
            unknown,
            &[
                (
                    "Secondo le Ferrovie, la causa del deragliamento non è ancora nota.",
                    "Una frana causata dalla pioggia avrebbe invaso i binari, secondo le Ferrovie.",
                    Some(("non è ancora nota", "frana causata dalla pioggia")),
                ),
                (
                    "The collapse of the school was caused by poor construction, a local official said.",
                    "The cause of the school's collapse is not yet known.",
                    Some(("poor construction", "not yet known")),
                ),
                // Both unknown, or both told: no unknown-cause flag.
                (
                    "La causa del deragliamento non è ancora nota.",
                    "La causa dell'incidente è ancora ignota.",
                    None,
                ),
                (
                    "The collapse was caused by poor construction.",
                    "The collapse was caused by heavy rain.",
                    None,
                ),
            ],
        );
    }

    /// Trial 39 N7: a hyphenated cause is shown whole ("court-circuit", not "un court"; a
    /// short circuit of the electrical class since trial 53 F4, shown as its class's
    /// phrase, without the article, as "short circuit" is).
    #[test]
    fn a_hyphenated_cause_is_shown_whole() {
        check(
            unknown,
            &[(
                "La cause de l'incendie n'est pas encore connue.",
                "L'incendie a été provoqué par un court-circuit, selon les premiers éléments de l'enquête.",
                Some(("pas encore connue", "court-circuit")),
            )],
        );
    }

    /// Trial 36 N8: a cause not yet known against one given in Spanish (the verb before
    /// "causa": "aún se desconocen las causas") and Dutch ("is nog niet bekend" /
    /// "veroorzaakt door").
    #[test]
    fn an_unknown_cause_in_spanish_and_dutch() {
        check(
            unknown,
            &[
                (
                    "Aún se desconocen las causas del incendio, según los bomberos.",
                    "El incendio fue causado por un cortocircuito, según los bomberos.",
                    // The electrical class's phrase since trial 53 F4 (no article).
                    Some(("se desconocen", "cortocircuito")),
                ),
                (
                    "Todavía no se conoce la causa del descarrilamiento.",
                    "El descarrilamiento fue causado por un fallo en una aguja.",
                    Some(("no se conoce", "un fallo")),
                ),
                (
                    "Las causas del descarrilamiento aún no se conocen, dijo el ministerio.",
                    "El descarrilamiento fue causado por un fallo en una aguja, dijo el ministerio.",
                    Some(("no se conocen", "un fallo")),
                ),
                (
                    "De oorzaak van de ontsporing is nog niet bekend.",
                    "De ontsporing werd veroorzaakt door een blikseminslag.",
                    Some(("nog niet bekend", "blikseminslag")),
                ),
                // Both unknown, or the unknown side naming no cause word: no flag.
                (
                    "Aún se desconocen las causas del incendio.",
                    "De oorzaak van de brand is nog niet bekend.",
                    None,
                ),
                (
                    "No se conoce el nombre de la víctima.",
                    "El incendio fue causado por un cortocircuito.",
                    None,
                ),
            ],
        );
    }

    /// Trial 45 fault 2: "the cause ... was X" gives the cause as "caused by X" does, in
    /// English and the other languages of [`CAUSE_WORDS`]; a negated or unknown cause
    /// gives none.
    #[test]
    fn the_cause_was_a_cause_given() {
        check(
            unknown,
            &[
                (
                    "The cause of the fire is not yet known.",
                    "The cause of the fire was a short circuit in the lorry's cooling unit.",
                    Some(("not yet known", "short circuit")),
                ),
                (
                    "Aún se desconocen las causas del incendio.",
                    "La causa del incendio fue un rayo, según los bomberos.",
                    Some(("se desconocen", "rayo")),
                ),
            ],
        );
        check(
            flags,
            &[(
                "The cause of the fire was faulty wiring.",
                "The fire was caused by arson.",
                Some(("wiring", "arson")),
            )],
        );
        // The same cause told both ways, a cause denied, or both unknown: no flag.
        let none: [Row; 3] = [
            (
                "The cause of the fire was a short circuit.",
                "The fire was caused by an electrical fault.",
                None,
            ),
            (
                "The cause of the fire was not a short circuit, police said.",
                "The cause of the fire is not yet known.",
                None,
            ),
            (
                "The cause of the fire is unclear.",
                "The cause of the blaze is under investigation.",
                None,
            ),
        ];
        check(unknown, &none);
        check(flags, &none);
    }

    /// Trial 33 F8: a cause not yet known against one given, the softer kind (flags.rs).
    #[test]
    fn a_cause_not_known_against_a_cause_given() {
        check(
            unknown,
            &[
                (
                    "The cause of the fire is not yet known, police said.",
                    "The fire is believed to have been caused by a short circuit, a police source said.",
                    Some(("not yet known", "short circuit")),
                ),
                (
                    "The man was killed by a gunshot wound, police said.",
                    "The causes of the death were unclear.",
                    Some(("gunshot", "unclear")),
                ),
                // Both unknown, neither knowing, or a cause given on the unknown side too.
                (
                    "The cause of the fire is not yet known.",
                    "The cause of the blaze is under investigation.",
                    None,
                ),
                (
                    "The cause of the fire is not yet known.",
                    "The fire broke out in a storage hall late on Tuesday.",
                    None,
                ),
                (
                    "The cause of the fire is not yet known, though a short circuit is suspected.",
                    "The fire was caused by a short circuit.",
                    None,
                ),
            ],
        );
    }
}

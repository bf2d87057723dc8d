//! The causes of a road crash or a ship's grounding told in English, French, German,
//! Spanish, Italian, Portuguese and Dutch, read by the cause flags (`cause.rs`,
//! `cause/crash.rs`, trial 57: "caused by brake failure" / "caused by the driver falling
//! asleep at the wheel" had no flag): the vehicle's brakes, a tyre, its steering, its
//! engine (trial 58); the driver asleep or tired, drunk, distracted or taken ill; ice or
//! snow on the road; a human error (trial 58: "a navigation error"). Speed told as too
//! high, rain, a rockfall and a technical defect are classes of `cause::CAUSES` already.
//! Then the words
//! that tell such a cause: a verb of suspecting or believing before it ([`HEDGED_CUES`],
//! `lexicon::beliefs::SUSPECT`: "Investigators *suspect* brake failure", de "Die Polizei
//! *geht von* einem Bremsversagen aus"), a plain cue before it ([`PLAIN_CUES`]: "Police *blamed* brake failure", es "se
//! *debió a* un fallo de los frenos") and a participle of suspecting after it
//! ([`SUSPECTED_AFTER`]: "A technical defect is *suspected*").
//!
//! Phrases are lower-case words in order, a word ending in `*` matching any token it
//! begins (as `cause::CAUSES`); the elided French "l'" and "d'" are no tokens.

/// Brakes, as a part that failed: fr "freins", de "Bremsen", "Bremsversagen",
/// "Bremsdefekt", es "frenos", it "freni", pt "travões", "freios", nl "remmen"; their
/// failure told whole where the part comes last ("un *fallo de los frenos*", "une
/// *défaillance des freins*", "un *guasto ai freni*", "uma *falha dos travões*").
pub(in crate::matcher) const BRAKES: &[&[&str]] = &[
    &["brake*"],
    &["fallo*", "de", "los", "freno*"],
    &["fallo*", "en", "los", "freno*"],
    &["falla*", "de", "los", "freno*"],
    &["défaillance*", "des", "freins"],
    &["rupture*", "des", "freins"],
    &["guasto", "ai", "freni"],
    &["guasto", "dei", "freni"],
    &["falha*", "dos", "travões"],
    &["falha*", "nos", "travões"],
    &["falha*", "dos", "freios"],
    &["falha*", "nos", "freios"],
    &["frein*"],
    &["bremse*"],
    &["bremsversag*"],
    &["bremsdefekt*"],
    &["bremsausfall*"],
    &["bremsprobleme*"],
    &["freno*"],
    &["freni"],
    &["travõe*"],
    &["travão"],
    &["freio*"],
    &["remmen"],
    &["remfalen"],
];

/// A tyre that burst: "a burst tyre", "a blowout", fr "éclatement d'un pneu", "crevaison",
/// de "Reifenplatzer", "geplatzter Reifen", es "reventón", "pinchazo", it "scoppio di uno
/// pneumatico", "foratura", pt "furo num pneu", "rebentamento", nl "klapband", "lekke
/// band". Not "tire*": "tired" is a driver's state.
pub(in crate::matcher) const TYRES: &[&[&str]] = &[
    &["burst", "tyre*"],
    &["burst", "tire"],
    &["burst", "tires"],
    &["tyre*"],
    &["tire"],
    &["tires"],
    &["blowout*"],
    &["blow", "out"],
    &["puncture*"],
    &["éclatement*"],
    &["crevaison*"],
    &["pneu"],
    &["pneus"],
    &["reifenplatzer*"],
    &["reifenschaden*"],
    &["reifendefekt*"],
    &["reifen"],
    &["reventón*"],
    &["pinchazo*"],
    &["neumático*"],
    &["pneumatic*"],
    &["foratura*"],
    &["rebentamento*"],
    &["klapband*"],
    &["lekke", "band*"],
];

/// The steering: de "Lenkung", it "sterzo", nl "stuurinrichting", "stuur"; fr "direction"
/// and es "dirección" are left out (a board, an address).
pub(in crate::matcher) const STEERING: &[&[&str]] = &[
    &["steering"],
    &["lenkung*"],
    &["sterzo"],
    &["stuurinrichting*"],
];

/// The driver asleep or too tired: "fell asleep", "nodded off", "microsleep", "fatigue",
/// fr "s'est endormi", "endormissement", "assoupi", de "Sekundenschlaf", "eingeschlafen",
/// "Übermüdung", es "se quedó dormido", "se durmió", "cansancio", it "colpo di sonno", "si è
/// addormentato", "stanchezza", pt "adormeceu", "cansaço", nl "in slaap gevallen",
/// "vermoeidheid". Before the class of a fall in `cause::CAUSES` ("*fell* asleep").
pub(in crate::matcher) const ASLEEP: &[&[&str]] = &[
    &["fell", "asleep"],
    &["falling", "asleep"],
    &["fallen", "asleep"],
    &["asleep", "at", "the", "wheel"],
    &["nodded", "off"],
    &["nodding", "off"],
    &["dozed", "off"],
    &["dozing", "off"],
    &["microsleep*"],
    &["fatigue"],
    &["tiredness"],
    &["drowsiness"],
    &["endormi*"],
    &["assoupi*"],
    &["somnolence"],
    &["sekundenschlaf*"],
    &["eingeschlafen"],
    &["übermüdung*"],
    &["übermüdet*"],
    &["se", "quedó", "dormido*"],
    &["quedó", "dormido*"],
    &["dormido*"],
    &["se", "durmió"],
    &["cansancio"],
    &["fatiga"],
    &["colpo", "di", "sonno"],
    &["addormentat*"],
    &["stanchezza"],
    &["sonnolenza"],
    &["adormeceu"],
    &["adormecid*"],
    &["cansaço"],
    &["sonolência"],
    &["in", "slaap"],
    &["microslaap"],
    &["vermoeidheid"],
];

/// The driver drunk: "drink-driving", "alcohol", fr "alcool", "ivresse", de "Alkohol",
/// "betrunken", es "alcohol", "embriaguez", it "alcol", "ebbrezza", "ubriaco", pt "álcool",
/// "embriaguez", nl "dronken", "alcohol".
pub(in crate::matcher) const ALCOHOL: &[&[&str]] = &[
    &["drunk*"],
    &["drink", "driving"],
    &["drink-driving"],
    &["alcohol*"],
    &["intoxicat*"],
    &["alcool*"],
    &["ivre"],
    &["ivresse"],
    &["alkohol*"],
    &["betrunken*"],
    &["trunkenheit*"],
    &["embriaguez"],
    &["ebrio*"],
    &["alcol*"],
    &["ebbrezza"],
    &["ubriac*"],
    &["álcool"],
    &["dronken*"],
];

/// The driver distracted, by a phone most often: fr "distraction", "téléphone", de
/// "Ablenkung", "abgelenkt", "Handy", es "distracción", "móvil", it "distrazione",
/// "cellulare", pt "distração", "telemóvel", nl "afleiding", "afgeleid".
pub(in crate::matcher) const DISTRACTION: &[&[&str]] = &[
    &["distract*"],
    &["mobile", "phone*"],
    &["phone*"],
    &["texting"],
    &["inattention"],
    &["téléphone*"],
    &["ablenkung*"],
    &["abgelenkt"],
    &["handy*"],
    &["distracción*"],
    &["distraíd*"],
    &["móvil*"],
    &["teléfono*"],
    &["distrazione"],
    &["distratt*"],
    &["cellular*"],
    &["distração"],
    &["telemóvel*"],
    &["afleiding*"],
    &["afgeleid*"],
];

/// The driver taken ill at the wheel: "a medical emergency", "fainted", "lost
/// consciousness", fr "malaise", de "Schwächeanfall", "medizinischer Notfall", es
/// "indisposición", "desmayo", it "malore", pt "mal súbito", "desmaio", nl "onwel".
pub(in crate::matcher) const ILLNESS: &[&[&str]] = &[
    &["medical", "emergency"],
    &["medical", "episode"],
    &["medical", "problem*"],
    &["fainted"],
    &["lost", "consciousness"],
    &["blacked", "out"],
    &["seizure"],
    &["malaise"],
    &["schwächeanfall*"],
    &["medizinische*", "notfall*"],
    &["indisposición"],
    &["desmayo*"],
    &["malore"],
    &["mal", "súbito"],
    &["desmaio*"],
    &["onwel*"],
];

/// Ice or snow on the road: "black ice", "icy", not "ice" alone ("killing two women in a
/// Staunton *ice* cream shop") nor "snow*" ("Snowden"), fr "verglas", "neige", de "Glatteis",
/// "Glätte", "Schnee", es "hielo", "nieve", it "ghiaccio", "neve", pt "gelo", "neve", nl
/// "ijzel", "gladheid", "sneeuw".
pub(in crate::matcher) const ICE: &[&[&str]] = &[
    &["black", "ice"],
    &["ice", "on", "the", "road*"],
    &["icy"],
    &["snow"],
    &["snowfall*"],
    &["snowstorm*"],
    &["verglas"],
    &["neige*"],
    &["glatteis*"],
    &["glätte"],
    &["eisglätte"],
    &["schnee*"],
    &["hielo"],
    &["nieve*"],
    &["ghiaccio"],
    &["neve"],
    &["gelo"],
    &["ijzel"],
    &["gladheid"],
    &["sneeuw*"],
];

/// The engine or the propulsion failing, of a ship as of a vehicle (trial 58: "An engine
/// failure caused the tanker to run aground" / "Human error caused …" had no flag): fr
/// "avarie moteur", "panne de moteur", de "Motorschaden", "Maschinenschaden", es "fallo del
/// motor", "avería del motor", it "avaria al motore", "guasto al motore", pt "avaria no
/// motor", "falha do motor", nl "motorpech", "motorstoring". Before the technical fault of
/// `cause::CAUSES`, whose "avaria" and "guasto" would read the part's failure whole.
pub(in crate::matcher) const ENGINE: &[&[&str]] = &[
    &["engine", "failure*"],
    &["engine", "fault*"],
    &["engine", "trouble"],
    &["engine", "problem*"],
    &["engine", "breakdown*"],
    &["loss", "of", "propulsion"],
    &["propulsion", "failure*"],
    &["avarie*", "moteur"],
    &["avarie*", "de", "moteur"],
    &["avarie*", "du", "moteur"],
    &["panne*", "moteur"],
    &["panne*", "de", "moteur"],
    &["panne*", "du", "moteur"],
    &["perte", "de", "propulsion"],
    &["motorschaden*"],
    &["maschinenschaden*"],
    &["motorausfall*"],
    &["motordefekt*"],
    &["fallo*", "del", "motor"],
    &["fallo*", "en", "el", "motor"],
    &["avería*", "del", "motor"],
    &["avería*", "en", "el", "motor"],
    &["avaria", "al", "motore"],
    &["avaria", "del", "motore"],
    &["avarie", "al", "motore"],
    &["guasto", "al", "motore"],
    &["guasto", "del", "motore"],
    &["avaria", "no", "motor"],
    &["avaria", "do", "motor"],
    &["falha*", "do", "motor"],
    &["falha*", "no", "motor"],
    &["motorpech"],
    &["motorstoring*"],
];

/// A human error, the fault of who steered (trial 58: "Human error caused the tanker to
/// run aground" / "An engine failure caused …", fr "une erreur de navigation", it "la
/// decisione del comandante di proseguire la navigazione"): "human error", "navigation
/// error", "pilot error", the captain's decision, fr "erreur humaine", "erreur de
/// navigation", de "menschliches Versagen", "Navigationsfehler", es "error humano", "error
/// de navegación", it "errore umano", "errore di navigazione", pt "erro humano", "erro de
/// navegação", nl "menselijke fout", "navigatiefout". It may be any of the driver's own
/// faults above (asleep, drunk, distracted, too fast): read against a failure of the
/// vehicle, a technical fault or a cause of nature (`cause::two_classes`).
pub(in crate::matcher) const HUMAN_ERROR: &[&[&str]] = &[
    &["human", "error*"],
    &["human", "failure*"],
    &["navigation*", "error*"],
    &["navigational", "error*"],
    &["pilot", "error*"],
    &["driver", "error*"],
    &["error*", "of", "navigation"],
    &["captain", "decided"],
    &["captain", "decision"],
    &["decision", "of", "the", "captain"],
    &["erreur*", "humaine*"],
    &["erreur*", "de", "navigation"],
    &["erreur*", "de", "pilotage"],
    &["décision", "du", "capitaine"],
    &["décision", "du", "commandant"],
    &["menschliche*", "versagen"],
    &["menschliche*", "fehler*"],
    &["navigationsfehler*"],
    &["steuerfehler*"],
    &["entscheidung", "des", "kapitäns"],
    &["error*", "humano*"],
    &["error*", "de", "navegación"],
    &["decisión", "del", "capitán"],
    &["errore", "umano"],
    &["errori", "umani"],
    &["errore", "di", "navigazione"],
    &["decisione", "del", "comandante"],
    &["decisione", "del", "capitano"],
    &["erro*", "humano*"],
    &["erro*", "de", "navegação"],
    &["decisão", "do", "comandante"],
    &["decisão", "do", "capitão"],
    &["menselijke", "fout*"],
    &["menselijk", "falen"],
    &["navigatiefout*"],
    &["beslissing", "van", "de", "kapitein"],
];

/// Nouns of a failure right after a part named alone ("A *brake* failure caused the
/// crash"): passed over between a cause and its verb of causing (`cause::
/// subject_cause_verb`), as the part names the cause.
pub(in crate::matcher) const FAILURES: &[&str] = &[
    "failure",
    "failures",
    "fault",
    "faults",
    "defect",
    "defects",
    "malfunction",
    "problem",
    "problems",
];

/// Verbs of suspecting or believing of more than one word that tell the cause after them
/// in their clause as only suspected ("evidence *pointed to* brake failure", de "*geht
/// von* einem Bremsversagen aus"); those of one word ("Investigators *suspect* brake
/// failure", "Police *believe* the driver fell asleep", fr "*soupçonnent*", de
/// "*vermutet*", es "*creen*", it "*ritengono*", pt "*suspeita*", nl "*vermoedt*") are
/// `lexicon::beliefs::SUSPECT`, which the belief flag reads too.
pub(in crate::matcher) const HEDGED_CUES: &[&[&str]] = &[
    &["pointed", "to"],
    &["points", "to"],
    &["geht", "von"],
    &["gehen", "von"],
    &["ging", "von"],
    &["gingen", "von"],
];

/// Plain cues of a cause after them: a verb of blaming with its object ("Police *blamed*
/// brake failure"; "blamed on" is `cause::CAUSED`'s) and "due to" ("se debió a", "dû à",
/// "dovuto a", "devido a", "te wijten aan"), one to three words.
pub(in crate::matcher) const PLAIN_CUES: &[&[&str]] = &[
    &["blamed"],
    &["blame"],
    &["blames"],
    &["due", "to"],
    &["debió", "a"],
    &["debió", "al"],
    &["debido", "a"],
    &["debido", "al"],
    &["dû", "à"],
    &["due", "à"],
    &["dovuto", "a"],
    &["dovuto", "al"],
    &["dovuto", "alla"],
    &["devido", "a"],
    &["devido", "ao"],
    &["devido", "à"],
    &["wijten", "aan"],
    // "because of", "because the captain decided …", fr "à cause de", "en raison de", de
    // "wegen", es, it "a causa de(l)", "por culpa de", "per colpa di", pt "por causa de",
    // nl "vanwege" (trial 58).
    &["because"],
    &["à", "cause"],
    &["en", "raison"],
    &["wegen"],
    &["a", "causa"],
    &["por", "culpa"],
    &["per", "colpa"],
    &["por", "causa"],
    &["vanwege"],
];

/// Words of "after" that tell a cause after them when a verb of an accident stands before
/// them in their clause (`lexicon::accident_verbs::ACCIDENT_VERBS`: "The tanker ran aground
/// *after* an engine failure", "The coach crashed *following* a brake failure"; trial 58):
/// fr "après", de "nach", es "tras", it "dopo", pt "após", nl "na".
pub(in crate::matcher) const AFTER_ACCIDENT: &[&[&str]] = &[
    &["after"],
    &["following"],
    &["après"],
    &["nach"],
    &["tras"],
    &["dopo"],
    &["após"],
    &["na"],
];

/// Participles of suspecting right after a cause, or after a form of "to be" after it,
/// that tell it as only suspected ("A technical defect is *suspected*", de "Als Ursache
/// wird ein Bremsversagen *vermutet*", fr "est *soupçonnée*", es "se *sospecha*", it "è
/// *sospettato*", nl "wordt *vermoed*").
pub(in crate::matcher) const SUSPECTED_AFTER: &[&str] = &[
    "suspected",
    "believed",
    "vermutet",
    "soupçonné",
    "soupçonnée",
    "sospechado",
    "sospechada",
    "sospettato",
    "sospettata",
    "suspeitado",
    "suspeitada",
    "vermoed",
];

/// The words that may stand between a cause and its participle of [`SUSPECTED_AFTER`]:
/// forms of "to be" and their like in the six other languages.
pub(in crate::matcher) const SUSPECTED_AUXILIARIES: &[&str] = &[
    "is", "was", "are", "were", "being", "been", "est", "était", "wird", "wurde", "ist", "es",
    "fue", "è", "era", "é", "foi", "wordt", "werd",
];

/// The drivers and road vehicles a sentence names when a state of its driver or its speed
/// told with no cue is a crash's cause ("Police said *the driver* fell asleep", "*the
/// coach* had been travelling too fast": `cause/plain.rs`), in the seven languages; word
/// patterns, a word ending in `*` matching any token it begins.
#[rustfmt::skip]
pub(in crate::matcher) const ROAD_SUBJECTS: &[&str] = &[
    // en
    "driver*", "coach", "coaches", "bus", "buses", "car", "cars", "truck*", "lorry",
    "lorries", "van", "vehicle*", "motorist*",
    // fr ("car": a coach), de, es, it, pt, nl
    "chauffeur*", "conducteur*", "autocar*", "voiture*", "camion*",
    "fahrer*", "lenker*", "buslenker*", "reisebus*", "autobus*", "lkw", "fahrzeug*", "wagen",
    "conductor*", "chófer*", "autobús", "camión", "coche*", "vehículo*",
    "autista", "conducente", "pullman", "veicolo*", "automobil*",
    "motorista*", "condutor*", "ônibus", "autocarro*", "viatura*",
    "bestuurder*", "touringcar*", "vrachtwagen*",
];

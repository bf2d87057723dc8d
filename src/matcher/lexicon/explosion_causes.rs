//! The causes of an explosion told in English, French, German, Spanish, Italian,
//! Portuguese and Dutch, read by the cause flags (`cause.rs`, `cause/on_purpose.rs`,
//! trial 56: "a gas leak caused the explosion" / "a bomb caused the explosion" had no
//! flag): a gas leak, a bomb or an explosive device, an act done on purpose ("a criminal
//! act", fr "un acte criminel"), the adjectives of an event done on purpose ("The
//! explosion was *deliberate*"), and the nouns of a line of inquiry a cause is told as
//! ("la *piste* d'un acte criminel", "the main *line of inquiry*"). Phrases are lower-case
//! words in order, a word ending in `*` matching any token it begins (as `cause::CAUSES`);
//! the elided French "d'" and "l'" are no tokens ("fuite *de* gaz", but "piste d'un" is
//! "piste un").

/// A gas leak: fr "fuite de gaz", de "Gasleck", "Gasaustritt", es "fuga de gas", it "fuga
/// di gas", pt "fuga de gás", "vazamento de gás", nl "gaslek".
pub(in crate::matcher) const GAS_LEAKS: &[&[&str]] = &[
    &["gas", "leak*"],
    &["leak*", "of", "gas"],
    &["fuite*", "de", "gaz"],
    &["gasleck*"],
    &["gasaustritt*"],
    &["gaslek*"],
    &["fuga*", "de", "gas"],
    &["fuga*", "di", "gas"],
    &["fuga*", "de", "gás"],
    &["vazamento*", "de", "gás"],
    // A gas explosion: gas told as its cause (session 53's testers), fr "explosion de gaz",
    // de "Gasexplosion", es "explosión de gas", it "esplosione di gas", pt "explosão de
    // gás", nl "gasexplosie".
    &["gas", "explosion*"],
    &["gas", "blast*"],
    &["explosion*", "de", "gaz"],
    &["gasexplosion*"],
    &["explosión", "de", "gas"],
    &["explosiones", "de", "gas"],
    &["esplosion*", "di", "gas"],
    &["explosão", "de", "gás"],
    &["explosões", "de", "gás"],
    &["gasexplosie*"],
];

/// A bomb or an explosive device: a cause set on purpose, and an explosion of a kind
/// (`cause/on_purpose.rs`): fr "bombe", "engin explosif", de "Bombe", "Sprengsatz", es,
/// it, pt "bomba", es "artefacto explosivo", it "ordigno", pt "engenho explosivo",
/// "artefato explosivo", nl "bom" (read after "een" only: pt "bom" is "good"; session 53's
/// testers: "Een bom veroorzaakte de explosie" read no cause), "bommen", "explosief",
/// "bomaanslag". Whole words, not "bomb*": es "bomberos" and pt "bombeiros" are
/// firefighters.
pub(in crate::matcher) const BOMBS: &[&[&str]] = &[
    &["bomb"],
    &["bombs"],
    &["bombing"],
    &["bombings"],
    &["car", "bomb"],
    &["explosive", "device*"],
    &["explosives"],
    &["bombe"],
    &["bomben"],
    &["engin*", "explosif*"],
    &["sprengsatz*"],
    &["sprengsätze*"],
    &["sprengstoff*"],
    &["bomba"],
    &["bombas"],
    &["artefacto*", "explosivo*"],
    &["artefato*", "explosivo*"],
    &["engenho*", "explosivo*"],
    &["ordign*"],
    &["explosief"],
    &["explosieven"],
    &["een", "bom"],
    &["bommen"],
    &["autobom*"],
    &["bomaanslag*"],
];

/// An act done on purpose, told as what caused an event or as what the event was ("a
/// criminal act", "a deliberate act", "an attack", "L'explosion est *un acte criminel*",
/// "la *piste criminelle*"): de "Anschlag", "Straftat", "Fremdeinwirkung", es "acto
/// criminal", "atentado", it "atto criminale", "atto doloso", "attentato", pt "ato
/// criminoso", "acto criminoso", "atentado", nl "misdrijf", "aanslag", "criminele daad".
/// Arson and sabotage are told so too (`cause::CAUSES`' class of arson, which this class
/// agrees with: `cause/on_purpose.rs`).
pub(in crate::matcher) const CRIMINAL_ACTS: &[&[&str]] = &[
    &["criminal", "act*"],
    &["deliberate", "act*"],
    &["act*", "of", "terror*"],
    &["terrorist", "attack*"],
    &["acte*", "criminel*"],
    &["acte*", "délibéré*"],
    &["acte*", "malveillant*"],
    &["piste", "criminelle"],
    &["attentat*"],
    &["anschlag*"],
    &["straftat*"],
    &["fremdeinwirkung*"],
    &["fremdverschulden*"],
    &["acto*", "criminal*"],
    &["acto*", "deliberado*"],
    &["atentado*"],
    &["atto", "criminale"],
    &["atti", "criminali"],
    &["atto", "doloso"],
    &["ato*", "criminoso*"],
    &["acto*", "criminoso*"],
    &["misdrijf*"],
    &["aanslag*"],
    &["criminele", "daad"],
    &["opzettelijke", "daad"],
];

/// Adjectives that tell an event done on purpose after a form of "to be" ("The explosion
/// was *deliberate*", fr "était *délibérée*", "*intentionnelle*", de "war *vorsätzlich*",
/// es "fue *intencionada*", it "è stata *dolosa*", pt "foi *intencional*", nl "was
/// *opzettelijk*"): the cause set on purpose, as "started deliberately" tells it.
pub(in crate::matcher) const DELIBERATE_ADJECTIVES: &[&str] = &[
    "deliberate",
    "intentional",
    "délibéré",
    "délibérée",
    "intentionnel",
    "intentionnelle",
    "criminelle",
    "vorsätzlich",
    "absichtlich",
    "intencionado",
    "intencionada",
    "deliberado",
    "deliberada",
    "intencional",
    "deliberato",
    "deliberata",
    "intenzionale",
    "doloso",
    "dolosa",
    "criminoso",
    "criminosa",
    "opzettelijk",
    "moedwillig",
];

/// Verbs of causing next to which a word of `cause::DELIBERATE` tells a cause set on
/// purpose for any event, not a fire only ("The explosion was *caused deliberately*", fr
/// "*causée volontairement*", de "*absichtlich verursacht*", es "*causada
/// intencionadamente*", it "*causata deliberatamente*", pt "*causada
/// propositadamente*", nl "*opzettelijk veroorzaakt*").
pub(in crate::matcher) const CAUSED_ON_PURPOSE: &[&str] = &[
    "caused",
    "triggered",
    "detonated",
    "causé",
    "causée",
    "verursacht",
    "herbeigeführt",
    "causado",
    "causada",
    "causato",
    "causata",
    "veroorzaakt",
];

/// Nouns of a line of inquiry: a cause told right after one (and a genitive and an
/// article: "la *piste* d'un acte criminel", it "la *pista* di un attentato", es "la
/// *hipótesis* de un atentado", pt "a *hipótese* de fuga de gás", de "die *Hypothese*
/// eines Anschlags", nl "het *spoor* van een aanslag") or before a form of "to be" and
/// one ("a criminal act is now the main *line* of inquiry") is only suspected.
pub(in crate::matcher) const LEADS: &[&str] = &[
    "line",
    "lines",
    "theory",
    "hypothesis",
    "piste",
    "pistes",
    "hypothèse",
    "thèse",
    "hypothese",
    "spur",
    "hipótesis",
    "pista",
    "ipotesi",
    "hipótese",
    "spoor",
];

/// Nouns of an explosion that a verb of causing with its verb last may have between it and
/// its auxiliary or its subject ("Ein Gasleck hat *die Explosion* verursacht", "dass ein
/// Sprengsatz *die Explosion* ausgelöst hat", "Een bom heeft *de explosie* veroorzaakt";
/// session 53's testers), as a fire does (`lexicon::fire_starts::FIRES`), and after a verb
/// of starting ("löste *die Explosion* aus"): en, fr, de "explosion", es "explosión", it
/// "esplosione", pt "explosão", nl "explosie", and a blast.
pub(in crate::matcher) const EXPLOSIONS: &[&str] = &[
    "explosion",
    "explosions",
    "blast",
    "detonation",
    "explosión",
    "esplosione",
    "explosão",
    "explosie",
    "déflagration",
    "verpuffung",
];

/// Verbs of destroying or killing whose subject is what caused the harm ("*A gas
/// explosion* destroyed the building" / "*A bomb* destroyed the building", "A bomb killed
/// two people": session 53's testers had no flag), read as the verbs of causing are for a cause told as their
/// subject (`cause.rs`, `subject_cause_verb`): en, fr "a détruit", "a soufflé", de
/// "zerstörte", es "destruyó", it "ha distrutto", pt "destruiu", nl "verwoestte".
pub(in crate::matcher) const DESTROYING: &[&str] = &[
    "destroyed",
    "killed",
    "levelled",
    "leveled",
    "flattened",
    "gutted",
    "wrecked",
    "demolished",
    "détruit",
    "soufflé",
    "ravagé",
    "zerstörte",
    "zerstört",
    "destruyó",
    "arrasó",
    "distrusse",
    "distrutto",
    "destruiu",
    "verwoestte",
    "vernielde",
];

/// Words of a negation before a verb of ruling out, or the verb negated itself, that tell
/// a cause as still possible ("would *not* rule out a deliberate act", fr "*n'exclut pas*",
/// es "*no descarta*", it "*non esclude*", pt "*não descarta*"; session 53's testers): a
/// cause so told is suspected, the softer kind (`cause/not_ruled_out.rs`).
pub(in crate::matcher) const NOT_RULED_OUT: &[&[&str]] = &[
    &["not", "rule", "out"],
    &["not", "ruling", "out"],
    &["not", "ruled", "out"],
    &["n't", "rule", "out"],
    &["never", "ruled", "out"],
    &["exclut", "pas"],
    &["excluent", "pas"],
    &["écarte", "pas"],
    &["écartent", "pas"],
    &["no", "descarta"],
    &["no", "descartan"],
    &["no", "se", "descarta"],
    &["non", "esclude"],
    &["non", "escludono"],
    &["non", "si", "esclude"],
    &["não", "descarta"],
    &["não", "descartam"],
    &["não", "exclui"],
    &["não", "se", "descarta"],
];

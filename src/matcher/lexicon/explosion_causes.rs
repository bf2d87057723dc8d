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
];

/// A bomb or an explosive device: a cause set on purpose, and an explosion of a kind
/// (`cause/on_purpose.rs`): fr "bombe", "engin explosif", de "Bombe", "Sprengsatz", es,
/// it, pt "bomba", es "artefacto explosivo", it "ordigno", pt "engenho explosivo",
/// "artefato explosivo", nl "bom" (not read alone: pt "bom" is "good"), "explosief",
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

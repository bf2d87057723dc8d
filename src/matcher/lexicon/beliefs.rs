//! The one lexicon of a cause told as only believed, suspected or likely: verbs of
//! believing, in seven languages, and words of likelihood. A cause told as what someone
//! believes ("Investigators *believe* a gas leak caused the explosion", "Les enquêteurs
//! *pensent* qu'une fuite de gaz …") or as the likely cause ("was the most *likely* cause")
//! is a hedge, not a plain statement, so a cause flag against a plain statement of another
//! cause is the softer kind (`flags/belief.rs`, `cause/cause_is.rs`); a road crash's cause
//! after a verb of suspecting is told as only suspected (`cause/crash.rs`). Whole words,
//! lower case as tokens are normalised.

/// Forms of "to suspect", "to believe", "to think" told of a cause, English, French,
/// German, Spanish, Italian, Portuguese, Dutch: read by both readers of a belief, the
/// belief flag (`flags/belief.rs`, with [`BELIEVE_MORE`]: [`believes`]) and the causes of
/// a road crash told as only suspected (`cause/crash.rs`: "Investigators *suspect* brake
/// failure", de "Die Polizei *vermutet* ein Bremsversagen"; its cues of more than one
/// word, "pointed to", "geht von", are `lexicon::crash_causes::HEDGED_CUES`).
pub(in crate::matcher) const SUSPECT: &[&str] = &[
    // English.
    "suspect",
    "suspects",
    "believe",
    "believes",
    "think",
    "thinks",
    // French.
    "soupçonne",
    "soupçonnent",
    "pensent",
    "croient",
    // German.
    "vermutet",
    "vermuten",
    // Spanish.
    "sospecha",
    "sospechan",
    "cree",
    "creen",
    // Italian.
    "ritiene",
    "ritengono",
    "sospetta",
    "sospettano",
    // Portuguese.
    "suspeita",
    "suspeitam",
    "acredita",
    "acreditam",
    // Dutch.
    "vermoedt",
    "vermoeden",
];

/// More forms of "to believe" and "to think" the belief flag reads beside [`SUSPECT`]
/// (`flags/belief.rs`): a passive ("is *believed* to have caused"), the singular of
/// verbs whose plural is in [`SUSPECT`], and verbs of thinking a crash cause's reader
/// leaves out.
pub(in crate::matcher) const BELIEVE_MORE: &[&str] = &[
    // English.
    "believed", // French.
    "pense", "croit", "estime", "estiment", // German.
    "glaubt", "glauben", // Spanish.
    "piensa", "piensan", // Italian.
    "crede", "credono", "pensa", "pensano", // Portuguese.
    "pensam",  // Dutch.
    "denkt", "denken", "gelooft", "geloven",
];

/// Whether `norm` (lower case) is a verb of believing the belief flag reads ([`SUSPECT`],
/// [`BELIEVE_MORE`]).
pub(in crate::matcher) fn believes(norm: &str) -> bool {
    SUSPECT.contains(&norm) || BELIEVE_MORE.contains(&norm)
}

/// Words of likelihood before a noun of a cause that tell it as only suspected
/// (`cause/cause_is.rs`: "the most *likely* cause", "the *probable* cause", fr "la cause
/// *probable*"), English and French.
pub(in crate::matcher) const LIKELY: &[&str] =
    &["likely", "probable", "possible", "suspected", "presumed"];

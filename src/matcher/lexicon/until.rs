//! Words of "until" in seven languages, read by the outcome rules: a negation followed by
//! one tells a delay, not that a thing did not happen ("will not reopen until Friday",
//! `outcome/negation.rs`), and a closure with one tells when it ends ("closed until
//! Friday", `outcome/states.rs`). Lower case, as tokens are normalised. French "jusqu'à"
//! is read by its text (the tokeniser keeps the word after the elision:
//! `outcome::negation::until_word`), Dutch "tot" in a Dutch sentence only (German "tot" is
//! "dead").

/// Words of "until" of every language read: en "until", "till", de "bis", fr "jusqu" (an
/// elision standing alone), es "hasta", it "fino" ("fino a"), "finché", pt "até".
pub(in crate::matcher) const UNTIL: &[&str] = &[
    "until", "till", "bis", "jusqu", "hasta", "fino", "finché", "até",
];

/// Words of "until" of Dutch that are another word of another language read: "tot"
/// ("gesloten tot vrijdag"; German "tot" is "dead").
pub(in crate::matcher) const DUTCH_UNTIL: &[&str] = &["tot"];

/// Words of the present after "until" that make it "so far", no delay ("until now",
/// "bis jetzt", "jusqu'à présent", "jusqu'ici", "hasta ahora", "fino ad ora", "até
/// agora", "tot nu toe", "tot dusver"): "No one has been arrested until now" tells no
/// arrest.
pub(in crate::matcher) const NOW: &[&str] = &[
    "now",
    "jetzt",
    "présent",
    "maintenant",
    "ici",
    "ahora",
    "ora",
    "agora",
    "nu",
    "dusver",
];

/// The most tokens after a word of "until" a word of [`NOW`] may stand ("fino ad ora": 2).
pub(in crate::matcher) const NOW_REACH: usize = 2;

/// Words that may stand between a word of "until" and the day it ends a stop at, besides
/// articles: "until *at least* Monday", "jusqu'à lundi" (none), "bis *mindestens* Montag",
/// "hasta *al menos el* lunes", "fino *ad almeno* lunedì", "até *pelo menos* segunda-feira",
/// "tot *ten minste* maandag" (`flags/dates/ends.rs`).
pub(in crate::matcher) const AT_LEAST: &[&str] = &[
    "at",
    "least",
    "au",
    "moins",
    "mindestens",
    "zum",
    "al",
    "menos",
    "el",
    "la",
    "ad",
    "a",
    "almeno",
    "il",
    "pelo",
    "o",
    "minstens",
    "ten",
    "minste",
    "the",
    "le",
    "de",
];

/// Words of a lower bound among [`AT_LEAST`] ("until at *least* Monday", "au *moins*",
/// "*mindestens*", "al *menos*", "*almeno*", "pelo *menos*", "*minstens*", "ten *minste*"),
/// and words of "at the earliest" after a day ("until Wednesday at the *earliest*",
/// "*frühestens*", "au plus *tôt*", "como *pronto*", "al più *presto*", "op zijn
/// *vroegst*"): a day so told is the earliest a stop ends, not its end (trial 55:
/// "until at least Friday" / "until at least Saturday" are two lower bounds,
/// `flags/dates/ends.rs`).
pub(in crate::matcher) const LOWER_BOUND: &[&str] = &[
    "least",
    "moins",
    "mindestens",
    "menos",
    "almeno",
    "minstens",
    "minste",
    "earliest",
    "frühestens",
    "tôt",
    "pronto",
    "presto",
    "vroegst",
];

/// The most tokens of [`AT_LEAST`] between a word of "until" and its day ("hasta al menos
/// el lunes": 3).
pub(in crate::matcher) const AT_LEAST_REACH: usize = 3;

/// Word beginnings of a thing started again ("reopen", "resume", "restart", fr "rouvr",
/// "repren", de "wieder" ("wieder aufgenommen"), es "reabr", "reanud", it "riapr",
/// "ripren", pt "reabr", "retom", nl "heropen", "hervat"): a day told with one is the end
/// of a stop, as a day after "until" is (`flags/dates/ends.rs`: "will reopen on
/// Wednesday" / "suspended until Monday").
pub(in crate::matcher) const RESUMED: &[&str] = &[
    "reopen", "resum", "restart", "rouv", "repren", "reprise", "wieder", "reabr", "reabier",
    "reanud", "riapr", "ripren", "retom", "heropen", "hervat",
];

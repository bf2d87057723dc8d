//! Words of a death that the casualty table ([`super::casualty::CASUALTY`]) does not
//! read as one patient's death, for the rule of a patient's condition against death
//! (`outcome/dying.rs`, trial 48 F1): nouns and adjectives of death that name no patient,
//! and the words of a death told otherwise than by a word of the dead.

/// Words of the dead that tell no one's death by themselves: the nouns of death and the
/// adjective "fatal" ("the cause of death", "a fatal avalanche").
pub(in crate::matcher) const NO_PATIENT: &[&str] = &["death", "deaths", "fatal", "décès"];

/// Beginnings of words of a death that are no word of the dead of the casualty table: a
/// sentence that holds one tells of a death too ("succumbed to his injuries", "ist
/// verstorben", "morì", "faleceu").
pub(in crate::matcher) const DIED_OTHERWISE: &[&str] = &[
    "succumb", "verstorb", "verstarb", "morì", "falece", "decedut",
];

/// A phrase of a death told otherwise ("passed away yesterday after lingering in a coma").
pub(in crate::matcher) const PASSED_AWAY: &[&str] = &["passed", "away"];

/// Forms of "to lose" that tell a death before a word of [`LIVES`] ("lost their lives",
/// es "perdió la vida", fr "a perdu la vie", it "ha perso la vita", pt "perdeu a vida"),
/// read by the negation rule of the outcome flags (`outcome/negation/lives_lost.rs`,
/// session 51: "Nobody … lost their life" / "One woman … was killed"). German "kam ums
/// Leben" and Dutch "kwam om het leven": [`LIFE_ENDED`].
pub(in crate::matcher) const LOSE: &[&str] = &[
    // en
    "lost",
    "lose",
    "loses",
    "losing", // es
    "perdió",
    "perdieron",
    "perdido",
    "perder",
    "pierde",
    "pierden", // fr
    "perdu",
    "perd",
    "perdent",
    "perdre",
    "perdit",
    "perdirent", // it
    "perso",
    "persero",
    "perse",
    "perdere",
    "perde",
    "perdono", // pt
    "perdeu",
    "perderam",
    "perdem",
];

/// Nouns of a life after a form of [`LOSE`], in English, Spanish, French, Italian and
/// Portuguese ("their *lives*", "la *vida*", "la *vie*", "la *vita*", "a *vida*").
pub(in crate::matcher) const LIVES: &[&str] = &[
    "life", "lives", "vida", "vidas", "vie", "vies", "vita", "vite",
];

/// The most words between a form of [`LOSE`] and its noun of [`LIVES`] ("lost *their*
/// lives", "ha perso *la* vita"): a possessive or an article.
pub(in crate::matcher) const LIVES_REACH: usize = 2;

/// The words of a life ended in German and Dutch ("kam niemand *ums Leben*", "kwam
/// niemand *om het leven*"), whose verb ("kam", "kwam") may stand before the "nobody".
pub(in crate::matcher) const LIFE_ENDED: &[&[&str]] = &[&["ums", "leben"], &["om", "het", "leven"]];

/// Nouns of the bodies or the remains of people, in English, French, German, Spanish,
/// Italian, Portuguese and Dutch, whole lower-case words: a phrase of the dead that ends at
/// one with an "of" after it ("bargen am Mittwoch die *Leichen* von zwei Bergleuten") tells
/// of whom after the "of" (`outcome/fates.rs`, `bodies_of`, session 51).
pub(in crate::matcher) const BODIES: &[&str] = &[
    "body",
    "bodies",
    "corpse",
    "corpses",
    "remains", // fr
    "corps",
    "cadavre",
    "cadavres", // de
    "leiche",
    "leichen", // es
    "cuerpo",
    "cuerpos",
    "cadáver",
    "cadáveres",
    "restos", // it
    "corpo",
    "corpi",
    "cadavere",
    "cadaveri",
    "resti",
    "salma",
    "salme", // pt
    "corpos",
    "cadáveres", // nl
    "lichaam",
    "lichamen",
];

/// Nouns of victims in English, French, German, Spanish, Italian, Portuguese and Dutch,
/// whole lower-case words: denied by a negation ("Non ci sono vittime", "Es gab keine
/// Opfer", "There were no victims") they deny a death, read by the negation rule of the
/// outcome flags (`outcome/negation/lives_lost.rs`, trial 55 F7). Told plainly they are no
/// death (victims may be hurt).
pub(in crate::matcher) const VICTIMS: &[&str] = &[
    "victims", // fr
    "victime",
    "victimes", // de
    "opfer",    // es
    "víctima",
    "víctimas", // it
    "vittima",
    "vittime", // pt
    "vítima",
    "vítimas", // nl
    "slachtoffer",
    "slachtoffers",
];

/// Adjectives of a death told of victims, before the noun ("fatal victims", nl "dodelijke
/// slachtoffers", de "tödliche Opfer") or after it (es "víctimas mortales", fr "victimes
/// mortelles", it "vittime mortali", pt "vítimas mortais"): denied, the two deny a death
/// (`outcome/negation/lives_lost.rs`, and no qualifier that narrows what is denied:
/// `outcome/negation.rs`).
pub(in crate::matcher) const FATAL: &[&str] = &[
    "fatal",
    "dodelijke",
    "tödliche",
    "tödlichen",
    "mortales",
    "mortal",
    "mortelles",
    "mortelle",
    "mortali",
    "mortale",
    "mortais",
];

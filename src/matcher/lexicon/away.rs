//! Words before a place named that is not where the event happened (session 54, trial
//! 57; `flags/places/away.rs`): a diplomatic mission's noun ("la embajada de España en
//! Viena": Spain is the embassy's country, Vienna its seat) and words of where people
//! came from ("from a town near Valladolid", "procedentes de Valladolid"), in English,
//! French, German, Spanish, Italian, Portuguese and Dutch. Lower case, as tokens are
//! normalised.

/// Nouns of a diplomatic mission.
#[rustfmt::skip]
pub(in crate::matcher) const MISSIONS: &[&str] = &[
    "embassy", "embassies", "consulate", "consulates",
    "ambassade", "ambassades", "consulat", "consulats",
    "botschaft", "konsulat", "generalkonsulat",
    "embajada", "consulado",
    "ambasciata", "consolato",
    "embaixada",
    "consulaat",
];

/// Genitive words between a mission's noun and its country ("embajada *de* España",
/// "embassy *of* Spain", "Botschaft *von*", "ambasciata *d'*Italia" is one token).
pub(in crate::matcher) const MISSION_GENITIVES: &[&str] =
    &["of", "de", "du", "von", "di", "del", "da", "do", "van"];

/// Words of where people came from ("from", "procedentes", "originaires", "stammten",
/// "provenienti", "oriundos", "afkomstig") or set out from ("habían salido de
/// Valladolid", "partis de").
#[rustfmt::skip]
pub(in crate::matcher) const ORIGIN_WORDS: &[&str] = &[
    // en
    "from",
    // fr
    "originaires", "originaire", "venus", "venues", "venant", "provenant", "partis",
    "parties",
    // de
    "aus", "stammten", "stammen", "stammt", "stammende", "stammenden",
    // es
    "procedentes", "procedente", "oriundos", "oriundas", "oriundo", "originarios",
    "originarias", "salido", "salieron",
    // it
    "provenienti", "proveniente", "originari", "originarie", "partiti", "partite",
    // pt
    "provenientes", "originários", "vindos", "vindas", "partiram",
    // nl
    "uit", "afkomstig",
];

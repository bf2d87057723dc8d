//! Words before a place named that is not where the event happened (session 54, trial
//! 57; `flags/places/away.rs`): a diplomatic mission's noun ("la embajada de España en
//! Viena": Spain is the embassy's country, Vienna its seat) and words of where people
//! came from ("from a town near Valladolid", "procedentes de Valladolid") or live or were
//! born ("living in Christchurch", "wohnhaft in Innsbruck", "nato a Genova"), in English,
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

/// Words of where someone lives, is based or was born, right before the place's
/// preposition ("living in Christchurch", "born in Essex", fr "domicilié à Brest", de
/// "wohnhaft in Innsbruck", es "residente en Vigo", it "nato a Genova", pt "radicado em
/// Lisboa", nl "woonachtig in Utrecht"): a person's home or origin, not where the event
/// happened (session 56: "living in Christchurch" / "in Aoraki Mount Cook National Park"
/// was a place flag on one climber's fall). Not English "lives", a noun as often ("claimed
/// three lives in Ohio"), nor "home" ("shot at his home in Bristol" is the event's place),
/// nor the plural nouns of residents ("residents in Lyon were evacuated"), nor "raised"
/// ("the alarm was raised in Brest") or fr "vivant" ("retrouvé vivant à Lyon").
#[rustfmt::skip]
pub(in crate::matcher) const HOME_WORDS: &[&str] = &[
    // en
    "living", "lived", "residing", "resides", "resided", "based", "born",
    // fr
    "habitant", "habitante", "habite", "habitait", "domicilié",
    "domiciliée", "domiciliés", "domiciliées", "résidant", "résidante", "réside", "résidait",
    "né", "née", "nés", "nées",
    // de
    "wohnhaft", "wohnt", "wohnte", "wohnende", "wohnenden", "lebt", "lebte", "lebende",
    "lebenden", "ansässig", "ansässige", "ansässigen", "geboren",
    // es
    "residente", "reside", "residía", "afincado", "afincada", "afincados",
    "nacido", "nacida", "nacidos",
    // it
    "risiede", "risiedeva", "abita", "abitava", "nato", "nata", "nati",
    // pt
    "mora", "morava", "radicado", "radicada", "nascido", "nascida", "nascidos",
    // nl
    "woont", "woonde", "wonende", "woonachtig",
];

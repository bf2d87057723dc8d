//! Verbs of a ban and of a permission, as opposed states of one activity (trial 58: "The
//! prefect banned fishing along the coast." / "The prefect allowed fishing to continue
//! along the coast." scored 0.976 with no flag), in English, French, German, Spanish,
//! Italian, Portuguese and Dutch. Read by `outcome/permits.rs`, of one thing banned or
//! allowed. Word beginnings of the lower-case token, a word ending with `$` read whole.

/// Banned: en "banned", "prohibited", "forbade", "forbidden", fr "interdit", de
/// "verboten", "verbot", "untersagt", es "prohibió", "prohibido", it "vietato", "vietò",
/// "proibito", pt "proibiu", "proibido", nl "verboden", "verbood".
pub(in crate::matcher) const BANNED: &[&str] = &[
    "banned$",
    "prohibited$",
    "prohibits$",
    "forbade$",
    "forbidden$",
    "forbids$",
    "interdit",
    "verboten$",
    "verbot$",
    "verbietet$",
    "untersagt",
    "prohibió$",
    "prohibido",
    "prohibida",
    "prohíbe$",
    "vietat",
    "vietò$",
    "vieta$",
    "proibit",
    "proibiu$",
    "proibido",
    "proibida",
    "proíbe$",
    "verboden$",
    "verbood$",
    "verbiedt$",
];

/// Allowed: en "allowed", "permitted", "authorised", fr "autorisé", "a permis", de
/// "erlaubt", "gestattet", es "permitió", "autorizó", it "consentito", "permesso",
/// "autorizzato", pt "permitiu", "autorizou", nl "toegestaan", "stond toe".
pub(in crate::matcher) const ALLOWED: &[&str] = &[
    "allowed$",
    "allows$",
    "permitted$",
    "authorised$",
    "authorized$",
    "autorisé",
    "autorise$",
    "erlaubt",
    "gestattet",
    "permitió$",
    "permitido",
    "permitida",
    "permite$",
    "autorizó$",
    "autorizado",
    "autorizada",
    "consentit",
    "consente$",
    "autorizzat",
    "permitiu$",
    "autorizou$",
    "toegestaan$",
];

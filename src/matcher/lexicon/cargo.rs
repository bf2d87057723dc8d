//! What a quantity on a ship or a lorry is to the story: a cargo carried or on board
//! against an amount lost (spilt, leaked, escaped), in English, French, German, Spanish,
//! Italian, Portuguese and Dutch (trial 58: "About 400 tonnes of oil had leaked" / "The
//! 183-metre vessel was carrying nearly 3,000 tonnes" and "2,100 tonnes (on board) ≠
//! around 300 tonnes (spilt)" were number flags). Read by `flags/numbers/cargo.rs`: two
//! figures of the two are two facts. Word beginnings of the lower-case token, a word
//! ending with `$` read whole.

/// Words of a cargo carried or on board: en "carrying", "on board", "aboard", "loaded",
/// "cargo", fr "transportait", "à bord", "cargaison", de "an Bord", "geladen", "Ladung",
/// es "llevaba", "transportaba", "a bordo", it "trasportava", "a bordo", "carico", pt
/// "transportava", "levava", "a bordo", nl "vervoerde", "aan boord", "lading".
pub(in crate::matcher) const CARRIED: &[&str] = &[
    "carry",
    "carri",
    "cargo",
    "aboard$",
    "board$",
    "laden$",
    "loaded$",
    "transport",
    "cargaison",
    "bord$",
    "geladen$",
    "ladung",
    "beförder",
    "llevaba",
    "bordo$",
    "cargamento",
    "traspor",
    "carico$",
    "levava",
    "boord$",
    "vervoer",
    "lading$",
];

/// Words of an amount lost: en "leaked", "spilt", "spilled", "escaped", "poured", fr
/// "s'est échappé", "déversé", "répandu", "écoulé", de "ausgelaufen", "ausgetreten", es
/// "derramado", "vertido", it "fuoriuscito", "riversato", "sversato", pt "derramado",
/// "vazou", nl "gelekt", "uitgestroomd".
pub(in crate::matcher) const LOST: &[&str] = &[
    "leak",
    "spill",
    "spilt$",
    "escap",
    "poured$",
    "gushed$",
    "échapp",
    "déversé",
    "répandu",
    "écoulé",
    "ausgelaufen",
    "ausgetreten",
    "ausgeflossen",
    "liefen$",
    "derram",
    "vertid",
    "vertieron$",
    "fuoriusc",
    "riversat",
    "sversat",
    "vazou$",
    "vazaram$",
    "vazad",
    "gelekt$",
    "lekte$",
    "lekten$",
    "uitgestroomd$",
    "gemorst$",
];

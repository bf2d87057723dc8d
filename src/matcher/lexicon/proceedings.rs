//! What is opened or closed besides a place (trial 54: "Police closed the SS125" /
//! "Prosecutors open an arson investigation" showed "closed ≠ open"): the words that begin
//! opening and closing in seven languages ([`OPEN_CLOSE`]) and the nouns of a proceeding or
//! an act one opens ([`PROCEEDINGS`]: an investigation, a case, talks, fire), read by
//! `outcome/opened_what.rs`. Lower case, as the tokens' `norm`s are; a word ending with `$`
//! is read whole, the others as beginnings.

/// Beginnings of the words of opening and closing: en "open", "reopen", "clos", "shut",
/// fr "ouv", "rouv", "ferm", es "abri", "abiert", "reabri", "cerr", it "apr", "apert",
/// "riap", "chius", "chiud", pt "abert", "reabert", "fech", de "geöffnet", "öffn",
/// "geschlossen", "schließ", "offen", nl "geopend", "open", "sluit", "gesloten".
pub(in crate::matcher) const OPEN_CLOSE: &[&str] = &[
    "open",
    "reopen",
    "clos",
    "shut",
    "ouv",
    "rouv",
    "ferm",
    "abri",
    "abiert",
    "reabri",
    "cerr",
    "apr",
    "apert",
    "riap",
    "chius",
    "chiud",
    "abert",
    "reabert",
    "fech",
    "geöffnet",
    "öffn",
    "geschlossen",
    "schließ",
    "offen",
    "geopend",
    "sluit",
    "gesloten",
];

/// Nouns of a proceeding or an act that is opened ("opened an investigation", "opened
/// fire", "opened talks"), in English, French, German, Spanish, Italian, Portuguese and
/// Dutch: no place, so its opening says nothing of a road or a shop closed.
pub(in crate::matcher) const PROCEEDINGS: &[&str] = &[
    // en
    "investigation$",
    "investigations$",
    "inquiry$",
    "inquest$",
    "probe$",
    "case$",
    "trial$",
    "hearing$",
    "proceedings$",
    "talks$",
    "negotiations$",
    "fire$",
    "account$",
    "bidding$",
    // fr
    "enquête$",
    "enquete$",
    "information$",
    "procédure$",
    "procès$",
    "négociations$",
    "feu$",
    // de
    "ermittlungen$",
    "ermittlungsverfahren$",
    "verfahren$",
    "untersuchung$",
    "prozess$",
    "verhandlungen$",
    "feuer$",
    // es
    "investigación$",
    "diligencias$",
    "causa$",
    "juicio$",
    "negociaciones$",
    "fuego$",
    // it
    "inchiesta$",
    "indagine$",
    "indagini$",
    "fascicolo$",
    "processo$",
    "trattative$",
    "fuoco$",
    // pt
    "inquérito$",
    "investigação$",
    "negociações$", // nl
    "onderzoek$",
    "zaak$",
    "proces$",
    "onderhandelingen$",
    "vuur$",
];

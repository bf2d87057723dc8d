//! Words that tell a time as the one a thing is expected by, in English, French, German,
//! Spanish, Italian, Portuguese and Dutch ("Power *should* be back by midnight", "Der
//! Strom *soll* bis 4 Uhr zurück sein", "*devrait* être rétabli d'ici minuit"): two such
//! deadlines of one thing that differ are two forecasts, the softer date flag
//! (`flags/dates/deadlines.rs`, session 51). Lower case, as the tokens' `norm`s are.

/// Words of an expectation, a plan or a promise before a deadline: modal verbs and
/// futures ("should", "will", "soll", "wird", "devrait", "sera", "debería", "estará",
/// "dovrebbe", "sarà", "deve", "deverá", "moet", "zal") and words of an expected time
/// ("expected", "due", "voraussichtlich", "prévu", "previsto", "verwacht").
pub(in crate::matcher) const EXPECTED_BY: &[&str] = &[
    // en
    "should",
    "will",
    "would",
    "ll",
    "expected",
    "expects",
    "expect",
    "due",
    "aims",
    "hopes",
    "promised",
    "pledged",
    "vowed",
    "likely",
    // de
    "soll",
    "sollen",
    "sollte",
    "sollten",
    "wird",
    "werden",
    "voraussichtlich",
    "erwartet",
    // fr
    "devrait",
    "devraient",
    "doit",
    "doivent",
    "sera",
    "seront",
    "prévu",
    "prévue",
    "prévus",
    // es
    "debería",
    "deberían",
    "será",
    "serán",
    "estará",
    "estarán",
    "previsto",
    "prevista",
    "prevé",
    // it
    "dovrebbe",
    "dovrebbero",
    "sarà",
    "saranno",
    // pt
    "deve",
    "devem",
    "deverá",
    "deverão",
    "serão",
    "estarão",
    // nl
    "moet",
    "moeten",
    "zou",
    "zouden",
    "zal",
    "zullen",
    "verwacht",
];

/// Words that tell a thing as done before a bound ("Power *was* back by midnight", "Der
/// Strom *war* bis Mitternacht zurück", "le courant *était* rétabli avant minuit"): past
/// forms of "be" and auxiliaries of the perfect, in the seven languages; English words
/// ending in "ed" count too (`flags/dates/deadlines.rs`). Against a deadline told as
/// expected (`EXPECTED_BY`) it is the softer date flag (session 52). Present forms are
/// left out ("ist", "est", "è" also tell a future in a forecast).
#[rustfmt::skip]
pub(in crate::matcher) const DONE_BY: &[&str] = &[
    // en
    "was", "were", "had", "has", "have", "came", "went", "got",
    // de
    "war", "waren", "hatte", "hatten", "kam", "kamen", "kehrte",
    // fr
    "était", "étaient", "fut", "furent", "avait", "avaient", "ont",
    // es
    "fue", "fueron", "estaba", "estaban", "había", "habían", "volvió",
    // it
    "era", "erano", "fu", "furono", "aveva", "avevano", "tornò",
    // pt
    "foi", "foram", "estava", "estavam", "tinha", "tinham", "voltou",
    // nl ("was", "waren" as in English and German)
    "werd", "werden", "kwam", "kwamen", "hadden",
];

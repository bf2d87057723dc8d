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

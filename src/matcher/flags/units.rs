//! Units of the number flags: what a figure measures when its unit is a currency sign
//! ("$7.5 billion", "€103 million") or a unit word ("60 km", "60 miles", "5 million
//! dollars"), read as one key whichever way it is written ("km" / "kilometres", "$" /
//! "dollars"), and the dimension of the unit (length, money...). The same figure in two
//! units of one dimension ("60 km" / "60 miles", "$5 million" / "€5 million") is no
//! agreement: one of them is wrong.

use super::figures::unit_key;
use super::surface;
use crate::matcher::features::Prepared;
use crate::matcher::text::Token;

/// Units with their spellings (lower case) and their dimension: the first spelling names
/// the unit.
const UNITS: &[(&[&str], &str)] = &[
    (
        &[
            "km",
            "kms",
            "kilometres",
            "kilometers",
            "kilometre",
            "kilometer",
        ],
        "length",
    ),
    (&["mi", "mile", "miles"], "length"),
    (&["m", "metres", "meters", "metre", "meter"], "length"),
    (&["ft", "feet", "foot"], "length"),
    (&["cm", "centimetres", "centimeters"], "length"),
    (&["mm", "millimetres", "millimeters"], "length"),
    (&["yd", "yards", "yard"], "length"),
    (
        &["kg", "kilograms", "kilogrammes", "kilogram", "kilos"],
        "mass",
    ),
    (&["lb", "lbs"], "mass"),
    (&["tonnes", "tonne"], "mass"),
    (&["mph"], "speed"),
    (&["kph", "kmh"], "speed"),
    (&["ha", "hectares", "hectare"], "area"),
    (&["acres", "acre"], "area"),
    (&["inches", "inch"], "length"),
    // Lengths of time, in the languages the date words know (`lexicon/dates.rs`), with and
    // without their accents. "12 years" / "12 months" is no
    // agreement; two lengths of time are compared only when their anchors say they
    // measure the same event (`numbers.rs`).
    (
        &[
            "years", "year", "yrs", "yr", "jahre", "jahren", "jahr", "jahres", "ans", "an",
            "années", "année", "annees", "annee", "años", "año", "anos", "ano", "anni", "anno",
            "jaar", "jaren",
        ],
        "time",
    ),
    (
        &[
            "months", "month", "monate", "monaten", "monat", "mois", "meses", "mes", "mês", "mesi",
            "mese", "maanden", "maand",
        ],
        "time",
    ),
    (
        &[
            "weeks",
            "week",
            "wochen",
            "woche",
            "semaines",
            "semaine",
            "semanas",
            "semana",
            "settimane",
            "settimana",
            "weken",
        ],
        "time",
    ),
    (
        &[
            "days", "day", "tage", "tagen", "tag", "jours", "jour", "días", "día", "dias", "dia",
            "giorni", "giorno", "dagen", "dag",
        ],
        "time",
    ),
    (
        &[
            "hours", "hour", "hrs", "hr", "stunden", "stunde", "heures", "heure", "horas", "hora",
            "ore", "uur", "uren",
        ],
        "time",
    ),
    (
        &[
            "minutes", "minute", "mins", "min", "minuten", "minutos", "minuto", "minuti",
        ],
        "time",
    ),
    (
        &[
            "seconds", "second", "secs", "sekunden", "secondes", "segundos", "secondi", "seconden",
        ],
        "time",
    ),
    (
        &[
            "decades",
            "decade",
            "jahrzehnte",
            "décennies",
            "decennies",
            "décadas",
            "decadas",
            "decenni",
        ],
        "time",
    ),
    (&["celsius", "°c", "c"], "temperature"),
    (&["fahrenheit", "°f", "f"], "temperature"),
    (&["$", "dollars", "dollar", "usd"], "money"),
    (&["€", "euros", "euro", "eur"], "money"),
    (&["£", "sterling", "gbp"], "money"),
    (&["¥", "yen", "jpy"], "money"),
    (&["francs", "franc", "franken", "chf", "fr", "sfr"], "money"),
    (&["yuan", "renminbi", "cny", "rmb"], "money"),
    (&["rupees", "rupee", "rs", "inr"], "money"),
    (&["pesos", "peso"], "money"),
    (&["roubles", "rouble", "rubles", "ruble"], "money"),
];

/// Currency signs written before a figure ("$7.5 billion").
const SIGNS: &[char] = &['$', '€', '£', '¥'];

/// Currency codes and abbreviations written before a figure ("CHF 25.10", "EUR 500", "Rs
/// 500", "Fr. 500"), lower case; each is a spelling of its currency in [`UNITS`].
const CODES: &[&str] = &[
    "chf", "eur", "usd", "gbp", "jpy", "cny", "rmb", "inr", "rs", "fr", "sfr",
];

/// The unit a word names ("kilometres", "km", "dollars"): its key (the same for every
/// spelling of one unit, `figures::unit_key`) and the key of its dimension; `None` for a
/// word that is no unit.
pub(super) fn unit_of(word: &str) -> Option<(u64, u64)> {
    UNITS
        .iter()
        .find(|(names, _)| names.contains(&word))
        .map(|(names, dim)| (unit_key(names[0]), dimension_key(dim)))
}

/// Whether a word is "degrees" in one of the date words' languages ("40 degrees Celsius").
pub(super) fn is_degrees(word: &str) -> bool {
    matches!(
        word,
        "degrees"
            | "degree"
            | "grad"
            | "degrés"
            | "degré"
            | "degres"
            | "degre"
            | "grados"
            | "grado"
            | "gradi"
            | "graden"
    )
}

/// The temperature scale a word after "degrees" names ("Celsius", "F"): its unit and
/// dimension keys ([`unit_of`]); `None` for another word.
pub(super) fn temperature(word: &str) -> Option<(u64, u64)> {
    matches!(word, "celsius" | "fahrenheit" | "c" | "f" | "°c" | "°f")
        .then(|| unit_of(word))
        .flatten()
}

/// Whether a dimension key ([`unit_of`]) is money: sums of money are many in a sentence
/// (a price, a change, a revenue) and are compared only when their anchors agree.
pub(super) fn is_money(dim: u64) -> bool {
    dim == dimension_key("money")
}

/// Whether a dimension key ([`unit_of`]) is time: a count of its units is a length of
/// time ("12 years", "12 Jahre"), compared only when the anchors say the two lengths
/// measure the same event (`numbers.rs`).
pub(super) fn is_time(dim: u64) -> bool {
    dim == dimension_key("time")
}

/// A unit of time: a count of them is a length of time ("six years", "sechs Jahre",
/// "six ans"). The units table's time dimension ([`is_time`]) says which words are,
/// in every language it knows.
pub(super) fn is_duration(t: &Token) -> bool {
    unit_of(&t.norm).is_some_and(|(_, dim)| is_time(dim))
}

/// The key of a dimension ("length", "money").
fn dimension_key(dim: &str) -> u64 {
    crate::matcher::text::hash_str(&format!("dimension {dim}"))
}

/// The currency sign written right before code point `start` of `p` ("$" of "$7.5
/// billion"): the unit and dimension keys of the currency ([`unit_of`]).
pub(super) fn currency_before(p: &Prepared, start: usize) -> Option<(u64, u64)> {
    let sign = surface(p, start.checked_sub(1)?, start).chars().next()?;
    SIGNS
        .contains(&sign)
        .then(|| unit_of(&sign.to_string()))
        .flatten()
}

/// The currency code or abbreviation written right before token `at` of `p` ("CHF" of
/// "CHF 25.10", "Fr." of "Fr. 500"; [`CODES`]): the token of the code, and the unit and
/// dimension keys of its currency ([`unit_of`]).
pub(super) fn code_before(p: &Prepared, at: usize) -> Option<(usize, (u64, u64))> {
    let k = at.checked_sub(1)?;
    let code = &p.tokens[k];
    let gap = surface(p, code.end, p.tokens[at].start);
    let spaced = matches!(gap.as_str(), " " | "\u{a0}" | ". " | ".\u{a0}");
    (code.capital && spaced && CODES.contains(&code.norm.as_str()))
        .then(|| unit_of(&code.norm).map(|u| (k, u)))
        .flatten()
}

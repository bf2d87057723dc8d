//! Units of the number flags: what a figure measures when its unit is a currency sign
//! ("$7.5 billion", "€103 million") or a unit word ("60 km", "60 miles", "5 million
//! dollars"), read as one key whichever way it is written ("km" / "kilometres", "$" /
//! "dollars"), and the dimension of the unit (length, money...). The same figure in two
//! units of one dimension ("60 km" / "60 miles", "$5 million" / "€5 million") is no
//! agreement: one of them is wrong.

use super::figures::unit_key;
use super::{surface, surface_is};
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
            "kilómetros",
            "kilómetro",
            "quilómetros",
            "quilômetros",
            "quilómetro",
            "quilômetro",
            "chilometri",
            "chilometro",
            // German dative plural ("mit 120 Kilometern pro Stunde", trial 43 C2).
            "kilometern",
        ],
        "length",
    ),
    (
        &[
            "mi", "mile", "miles", "millas", "milla", "milhas", "milha", "miglia", "miglio",
            "meilen", "meile", "milles",
        ],
        "length",
    ),
    // Nautical miles, 1,852 m (a mile is 1,609 m): one word in German and Dutch; "20
    // nautical miles", "20 millas náuticas", "20 milles marins" are read by [`nautical`].
    (
        &["nmi", "seemeilen", "seemeile", "zeemijl", "zeemijlen"],
        "length",
    ),
    (
        &[
            "m", "metres", "meters", "metre", "meter", "metros", "mètres", "mètre", "metri",
            "metern",
        ],
        "length",
    ),
    // Feet in Spanish, French, Italian, Portuguese and German ("olas de 20 pies").
    (
        &[
            "ft", "feet", "foot", "pies", "pieds", "piedi", "pés", "fuß", "fuss",
        ],
        "length",
    ),
    (
        &[
            "cm",
            "centimetres",
            "centimeters",
            "centimetre",
            "centimeter",
            "centímetros",
            "centimètres",
            "centimetri",
            "zentimeter",
            "zentimetern",
        ],
        "length",
    ),
    (
        &[
            "mm",
            "millimetres",
            "millimeters",
            "millimetre",
            "millimeter",
            "milímetros",
            "millimètres",
            "millimetri",
            "millimetern",
        ],
        "length",
    ),
    // Litres in British and American spelling and the other languages' ("110 liters" /
    // "100 litres" were two nouns, no count flag: trial 55 F3).
    (
        &[
            "litres", "liters", "litre", "liter", "litern", "litros", "litro", "litri",
        ],
        "volume",
    ),
    (
        &[
            "millilitres",
            "milliliters",
            "millilitre",
            "milliliter",
            "ml",
        ],
        "volume",
    ),
    (&["yd", "yards", "yard"], "length"),
    (
        &["kg", "kilograms", "kilogrammes", "kilogram", "kilos"],
        "mass",
    ),
    (&["lb", "lbs"], "mass"),
    // Tonnes in Italian, Spanish, Portuguese, German and Dutch ("oltre 500 tonnellate" was
    // a count of no unit, compared with "One sailor" across languages: trial 58).
    (
        &[
            "tonnes",
            "tonne",
            "tonnellate",
            "tonnellata",
            "toneladas",
            "tonelada",
            "tonnen",
            "ton",
        ],
        "mass",
    ),
    (&["mph", "mi/h"], "speed"),
    (&["kph", "kmh", "km/h"], "speed"),
    (&["m/s", "mps"], "speed"),
    (
        &[
            "knots", "knot", "kts", "nudos", "noeuds", "nœuds", "nodi", "knoten",
        ],
        "speed",
    ),
    // Hectares in Spanish, Italian, German and Dutch too ("circa 2.300 ettari" / "around
    // 2,000 hectares": trial 54 F4, two words of one unit no count flag read as one).
    (
        &[
            "ha",
            "hectares",
            "hectare",
            "hectáreas",
            "hectárea",
            "ettari",
            "ettaro",
            "hektar",
        ],
        "area",
    ),
    (&["acres", "acre"], "area"),
    // "200 square kilometres", "50 sq mi" (`square_of`), "200 km²".
    (&["km²", "km2"], "area"),
    (&["mi²", "mi2"], "area"),
    (&["m²", "m2"], "area"),
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
    // "10 millions de dollars", "10 millones de dólares", "10 milioni di dollari" (trial 43 C1).
    (
        &[
            "$", "dollars", "dollar", "usd", "dólares", "dólar", "dollari", "dollaro",
        ],
        "money",
    ),
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
/// Looked up in a map built once from [`UNITS`], each word keeping its first unit (the
/// count rules ask it of many words, and a scan of the table was a tenth of comparing two
/// sentences' counts; [`unit_of_scan`] is the table's own reading).
pub(super) fn unit_of(word: &str) -> Option<(u64, u64)> {
    type Map = crate::matcher::text::FxMap<&'static str, (u64, u64)>;
    static MAP: std::sync::OnceLock<Map> = std::sync::OnceLock::new();
    MAP.get_or_init(|| {
        let mut m = Map::default();
        for (names, dim) in UNITS {
            for &name in names.iter() {
                m.entry(name)
                    .or_insert_with(|| (unit_key(names[0]), dimension_key(dim)));
            }
        }
        m
    })
    .get(word)
    .copied()
}

/// [`unit_of`] read by a scan of [`UNITS`]: the first unit whose words hold `word`.
#[cfg(test)]
fn unit_of_scan(word: &str) -> Option<(u64, u64)> {
    UNITS
        .iter()
        .find(|(names, _)| names.contains(&word))
        .map(|(names, dim)| (unit_key(names[0]), dimension_key(dim)))
}

/// Words that make a mile of [`UNITS`] a nautical mile: English "nautical" before it,
/// the adjectives of French, Spanish, Italian and Portuguese after it ("milles marins",
/// "millas náuticas", "miglia nautiche", "milhas náuticas"), lower case.
const NAUTICAL: &[&str] = &[
    "nautical",
    "marins",
    "nautiques",
    "náuticas",
    "nauticas",
    "nautiche",
    "marine",
];

/// The nautical mile told in two words from token `j` of `tokens` ("nautical miles",
/// "millas náuticas", [`NAUTICAL`]): the index of its last token, with the unit and
/// dimension keys of "nmi" ([`unit_of`]); `None` for any other words (a mile alone is a
/// mile: "15 miles" / "15 nautical miles" differ).
pub(super) fn nautical(tokens: &[Token], j: usize) -> Option<(usize, (u64, u64))> {
    let mile = |k: usize| {
        tokens
            .get(k)
            .and_then(|t| unit_of(&t.norm))
            .is_some_and(|u| Some(u.0) == unit_of("mi").map(|m| m.0))
    };
    let adjective = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| NAUTICAL.contains(&t.norm.as_str()))
    };
    let english = tokens.get(j).is_some_and(|t| t.norm == "nautical") && mile(j + 1);
    let after = mile(j) && adjective(j + 1) && tokens[j + 1].norm != "nautical";
    (english || after)
        .then(|| unit_of("nmi").map(|u| (j + 1, u)))
        .flatten()
}

/// Whether token `j` of `tokens` is the mile of a nautical mile told in two words
/// ([`nautical`]: "miles" of "nautical miles", "millas" of "millas náuticas").
pub(super) fn mile_of_nautical(tokens: &[Token], j: usize) -> bool {
    nautical(tokens, j).is_some()
        || j.checked_sub(1)
            .and_then(|k| nautical(tokens, k))
            .is_some_and(|(last, _)| last == j)
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

/// The area unit of "square" and a unit of length after it ("square kilometres", "sq
/// mi", "square metres"): its unit and dimension keys ([`unit_of`]); `None` for another
/// word.
pub(super) fn square_of(length: &str) -> Option<(u64, u64)> {
    let key = unit_of(length)?.0;
    ["km²", "mi²", "m²"]
        .into_iter()
        .find(|area| unit_of(&area[..area.len() - "²".len()]).map(|u| u.0) == Some(key))
        .and_then(unit_of)
}

/// A measure in its dimension's base unit from figure `v` in the unit of key `noun`, with
/// that dimension's key; `None` for a unit of no table here. Areas in hectares (an acre
/// is 0.40468564 ha, a square mile 258.99881 ha, a square kilometre 100 ha, a square
/// metre 0.0001 ha), lengths in metres (a mile 1,609.344 m, a foot 0.3048 m, a yard
/// 0.9144 m, an inch 0.0254 m), speeds in metres a second (a mile an hour 0.44704, a
/// kilometre an hour 1/3.6, a knot 0.514444), masses in kilograms (a pound 0.45359237).
fn in_base(noun: u64, v: f64) -> Option<(f64, u64)> {
    type Keys = Vec<(u64, f64, u64)>;
    static KEYS: std::sync::OnceLock<Keys> = std::sync::OnceLock::new();
    KEYS.get_or_init(|| {
        [
            ("ha", 1.0),
            ("acres", 0.404_685_64),
            ("km²", 100.0),
            ("mi²", 258.998_81),
            ("m²", 0.0001),
            ("km", 1000.0),
            ("mi", 1609.344),
            ("nmi", 1852.0),
            ("m", 1.0),
            ("ft", 0.3048),
            ("cm", 0.01),
            ("mm", 0.001),
            ("yd", 0.9144),
            ("inches", 0.0254),
            ("mph", 0.447_04),
            ("kph", 1.0 / 3.6),
            ("m/s", 1.0),
            ("knots", 0.514_444),
            ("kg", 1.0),
            ("lb", 0.453_592_37),
            ("tonnes", 1000.0),
        ]
        .into_iter()
        .filter_map(|(w, f)| unit_of(w).map(|(key, dim)| (key, f, dim)))
        .collect()
    })
    .iter()
    .find(|(k, _, _)| *k == noun)
    .map(|&(_, f, dim)| (v * f, dim))
}

/// Whether two measures told in two units of one dimension differ by more than a tenth of
/// the larger once converted ([`in_base`]): areas ("15,000 hectares" / "60,000 acres",
/// 24,281 ha; "12,000 hectares" / "200 square kilometres"), lengths ("10 metres" / "50
/// feet"), speeds ("150 km/h" / "120 mph"; trial 37: compared as two unrelated figures,
/// they were never flagged), masses. `false` for the same unit (compared as figures are),
/// for a rounding of the conversion ("15,000 hectares" / "37,000 acres", "150 km/h" /
/// "93 mph", "100 mm" / "4 inches": a tenth covers a figure rounded to one digit, "40,000
/// acres" for 15,000 ha), for two dimensions and for anything of no table.
pub(super) fn measures_apart((x, nx): (f64, u64), (y, ny): (f64, u64)) -> bool {
    match (in_base(nx, x), in_base(ny, y)) {
        (Some((bx, dx)), Some((by, dy))) => {
            nx != ny && dx == dy && (bx - by).abs() > 0.1 * bx.abs().max(by.abs())
        }
        _ => false,
    }
}

/// A length of time in seconds from figure `v` in the unit of time of key `noun` (a
/// minute 60 s, an hour 3,600, a day 86,400, a week 604,800, a month a twelfth of a year,
/// a year 365.25 days, a decade ten years); `None` for another unit.
pub(super) fn in_seconds(noun: u64, v: f64) -> Option<f64> {
    const YEAR: f64 = 365.25 * 86_400.0;
    [
        ("seconds", 1.0),
        ("minutes", 60.0),
        ("hours", 3_600.0),
        ("days", 86_400.0),
        ("weeks", 604_800.0),
        ("months", YEAR / 12.0),
        ("years", YEAR),
        ("decades", 10.0 * YEAR),
    ]
    .into_iter()
    .find(|(w, _)| unit_key(w) == noun)
    .map(|(_, f)| v * f)
}

/// Whether a dimension key ([`unit_of`]) is money: sums of money are many in a sentence
/// (a price, a change, a revenue) and are compared only when their anchors agree.
pub(super) fn is_money(dim: u64) -> bool {
    static MONEY: std::sync::OnceLock<u64> = std::sync::OnceLock::new();
    dim == *MONEY.get_or_init(|| dimension_key("money"))
}

/// Whether a dimension key ([`unit_of`]) is time: a count of its units is a length of
/// time ("12 years", "12 Jahre"), compared only when the anchors say the two lengths
/// measure the same event (`numbers.rs`).
pub(super) fn is_time(dim: u64) -> bool {
    static TIME: std::sync::OnceLock<u64> = std::sync::OnceLock::new();
    dim == *TIME.get_or_init(|| dimension_key("time"))
}

/// Whether a dimension key ([`unit_of`]) is length: a length may be a depth, a distance
/// or a height (`numbers/measures.rs`).
pub(super) fn is_length(dim: u64) -> bool {
    static LENGTH: std::sync::OnceLock<u64> = std::sync::OnceLock::new();
    dim == *LENGTH.get_or_init(|| dimension_key("length"))
}

/// A unit of time: a count of them is a length of time ("six years", "sechs Jahre",
/// "six ans"). The units table's time dimension ([`is_time`]) says which words are,
/// in every language it knows.
pub(crate) fn is_duration(t: &Token) -> bool {
    unit_of(&t.norm).is_some_and(|(_, dim)| is_time(dim))
}

/// The key of a dimension ("length", "money").
fn dimension_key(dim: &str) -> u64 {
    crate::matcher::text::hash_parts(&["dimension ", dim])
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
    let spaced = matches!(&*gap, " " | "\u{a0}" | ". " | ".\u{a0}");
    (code.capital && spaced && CODES.contains(&code.norm.as_str()))
        .then(|| unit_of(&code.norm).map(|u| (k, u)))
        .flatten()
}

/// Words of "per" between a unit of length and a unit of time ("miles per hour",
/// "kilometres an hour", "millas por hora", "Kilometer pro Stunde", "kilomètres à
/// l'heure", "chilometri all'ora"), lower case.
const PER: &[&str] = &[
    "per", "an", "a", "por", "pro", "à", "par", "all", "l", "la", "de", "in",
];

/// Italian adjectives of the hour after a unit of length ("60 miglia orarie": 60 mph).
const HOURLY: &[&str] = &["orarie", "orari", "oraria", "orario"];

/// Words of an hour after [`PER`] or "/" ("km/h", "miles per hour", "por hora", "pro
/// Stunde", "à l'heure", "all'ora"), lower case.
const HOUR: &[&str] = &[
    "h", "hr", "hour", "hora", "stunde", "std", "heure", "ora", "uur",
];

/// Words of a second after [`PER`] or "/" ("m/s", "metres per second"), lower case.
const SECOND: &[&str] = &[
    "s", "sec", "second", "segundo", "sekunde", "seconde", "secondo",
];

/// A speed written as a unit of length at token `j` of `p` and a unit of time after it:
/// "140 km/h", "140 kilometres per hour", "140 miles an hour", "140 millas por hora",
/// "10 m/s", "10 metres per second", "60 miglia orarie". Gives the last token of the speed and the unit and
/// dimension keys ([`unit_of`]) of its speed unit: km/h ("kph"), mph, m/s; `None` when the
/// unit at `j` is no such length or no unit of time follows.
pub(super) fn speed_after(p: &Prepared, j: usize) -> Option<(usize, (u64, u64))> {
    let (length, _) = unit_of(&p.tokens.get(j)?.norm)?;
    speed_from(p, j, length)
}

/// [`speed_after`] for a unit of length of key `length` that ends token `j`: a spaced one
/// ("140 km/h") or one glued to its figure ("145km/h", trial 42 C4).
pub(super) fn speed_from(p: &Prepared, j: usize, length: u64) -> Option<(usize, (u64, u64))> {
    let toks = &p.tokens;
    // "/h", "/s" right after the unit, else up to two words of "per" and the unit of time.
    let slash = toks
        .get(j + 1)
        .filter(|n| surface_is(p, toks[j].end, n.start, "/"))
        .map(|_| j + 1);
    let worded = (j + 2..=j + 3).find(|&k| {
        k < toks.len()
            && toks[j + 1..k]
                .iter()
                .all(|w| PER.contains(&w.norm.as_str()))
            && (HOUR.contains(&toks[k].norm.as_str()) || SECOND.contains(&toks[k].norm.as_str()))
            && toks[k].norm.len() > 1
    });
    // "60 miglia orarie", "100 chilometri orari": an adjective of the hour (trial 31 F11).
    let hourly = toks
        .get(j + 1)
        .filter(|n| HOURLY.contains(&n.norm.as_str()))
        .map(|_| j + 1);
    let last = slash.or(worded).or(hourly)?;
    let time = toks[last].norm.as_str();
    let hour = HOUR.contains(&time) || HOURLY.contains(&time);
    let speed = if length == unit_of("km")?.0 && hour {
        "kph"
    } else if length == unit_of("mi")?.0 && hour {
        "mph"
    } else if length == unit_of("m")?.0 && SECOND.contains(&time) {
        "m/s"
    } else {
        return None;
    };
    Some((last, unit_of(speed)?))
}

/// A speed told by a word before its figure: German "Tempo 160" ("mit Tempo 160", 160
/// km/h; trial 43 C2, never compared with "120 Kilometern pro Stunde"), the word
/// capitalised as a German noun and one space before the figure at token `at` of `p`.
/// Gives the word's token and the unit and dimension keys of km/h ([`unit_of`]).
pub(super) fn speed_word_before(p: &Prepared, at: usize) -> Option<(usize, (u64, u64))> {
    let k = at.checked_sub(1)?;
    let w = &p.tokens[k];
    let spaced = surface_is(p, w.end, p.tokens[at].start, " ");
    (w.capital && w.norm == "tempo" && spaced)
        .then(|| unit_of("kph").map(|u| (k, u)))
        .flatten()
}

/// Verbs of asking for a sentence or a sum, lower case: "avait requis 25 ans", "le parquet
/// réclamait 25 ans", "prosecutors sought 25 years", "la fiscalía pidió 25 años", "o
/// Ministério Público pediu 25 anos", "il pm aveva chiesto 25 anni", "die
/// Staatsanwaltschaft forderte 25 Jahre".
const REQUESTING: &[&str] = &[
    "requis",
    "requiert",
    "requérait",
    "réclamé",
    "réclamait",
    "réclame",
    "demandé",
    "demandait",
    "sought",
    "seeks",
    "seeking",
    "requested",
    "demanded",
    "asked",
    "pidió",
    "pedía",
    "pide",
    "solicitó",
    "solicitaba",
    "reclamó",
    "reclamaba",
    "pediu",
    "pedia",
    "pedido",
    "pedida",
    "pede",
    "pedem",
    "requereu",
    "solicitou",
    "chiesto",
    "chiedeva",
    "chiede",
    "forderte",
    "fordert",
    "gefordert",
    "beantragt",
    "beantragte",
    "verlangte",
    "verlangt",
    // Dutch: "het OM eiste acht jaar cel"
    "eiste",
    "eist",
    "geëist",
];

/// How many words other than stop words before a figure a verb of [`REQUESTING`] may
/// stand ("sought a 25-year sentence", "avait requis 25 ans", "tinha pedido uma pena de
/// oito anos": the article and the preposition of "uma pena de" are not counted).
const REQUEST_WITHIN: usize = 3;

/// How many tokens in all before a figure a verb of [`REQUESTING`] may stand.
const REQUEST_REACH: usize = 6;

/// Whether the figure at token `tok` of `p` is one asked for ([`REQUESTING`] within
/// [`REQUEST_WITHIN`] words, stop words not counted, and [`REQUEST_REACH`] tokens before
/// it): a requested sentence or sum is another fact than the one imposed or paid ("avait
/// requis 25 ans" / "20 ans de prison"), compared only with another one requested.
pub(super) fn requested(p: &Prepared, tok: usize) -> bool {
    let toks = &p.tokens;
    if tok >= toks.len() {
        return false;
    }
    let mut words = 0;
    for t in toks[tok.saturating_sub(REQUEST_REACH)..tok].iter().rev() {
        if REQUESTING.contains(&t.norm.as_str()) {
            return true;
        }
        if !t.stop {
            words += 1;
            if words == REQUEST_WITHIN {
                return false;
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The map of units answers what a scan of the table answers: the first unit of a
    /// word, for every word of the table and for words of none.
    #[test]
    fn the_map_of_units_finds_what_a_scan_of_the_table_finds() {
        let mut words = 0;
        for (names, _) in UNITS {
            for &w in names.iter() {
                assert!(unit_of(w).is_some(), "{w}");
                assert_eq!(unit_of(w), unit_of_scan(w), "{w}");
                words += 1;
            }
        }
        assert!(words > 50, "{words} words");
        for w in [
            "",
            "people",
            "police",
            "KM",
            "Jahre",
            "kilometre",
            "$",
            "€",
            "c",
        ] {
            assert_eq!(unit_of(w), unit_of_scan(w), "{w}");
        }
        assert_eq!(unit_of("police"), None);
        assert_eq!(unit_of("years").map(|u| u.1).map(is_time), Some(true));
        assert_eq!(unit_of("$").map(|u| u.1).map(is_money), Some(true));
    }
}

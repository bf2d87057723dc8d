//! The portfolio of a ministry named as a source: "the health ministry" and "the interior
//! ministry" are two bodies and two sources, not one ministry written two ways (trial 35
//! F14.2: "The health ministry said 95 …" / "The interior ministry said 95 …" 1.00, no
//! speaker flag). Read in English before the ministry ("the Interior Ministry") or after
//! it ("the Ministry of Health"), in French, Spanish and Italian after it ("le ministère de
//! la Santé", "el Ministerio de Sanidad", "il ministero della Salute"). German compounds
//! ("Gesundheitsministerium") are read by the German rules.

use crate::matcher::features::Prepared;

/// Portfolios of a ministry, by a key, with their words (lower case) in English, French,
/// Spanish and Italian.
const PORTFOLIOS: &[(&str, &[&str])] = &[
    ("health", &["health", "santé", "sanidad", "salud", "salute"]),
    (
        "interior",
        &["interior", "home", "intérieur", "interno", "interni"],
    ),
    (
        "defence",
        &["defence", "defense", "défense", "defensa", "difesa"],
    ),
    (
        "foreign",
        &["foreign", "étrangères", "exteriores", "esteri", "exterior"],
    ),
    (
        "finance",
        &[
            "finance", "finances", "finanzas", "hacienda", "finanze", "treasury",
        ],
    ),
    ("justice", &["justice", "justicia", "giustizia"]),
    (
        "education",
        &["education", "éducation", "educación", "istruzione"],
    ),
    (
        "transport",
        &["transport", "transports", "transportes", "trasporti"],
    ),
    ("economy", &["economy", "économie", "economía", "economia"]),
    (
        "agriculture",
        &["agriculture", "agricultura", "agricoltura"],
    ),
    ("energy", &["energy", "énergie", "energía", "energia"]),
    ("environment", &["environment", "environnement", "ambiente"]),
    (
        "labour",
        &["labour", "labor", "travail", "trabajo", "lavoro"],
    ),
];

/// The key of the portfolio word `norm` names ([`PORTFOLIOS`]), if any.
fn portfolio_of(norm: &str) -> Option<&'static str> {
    PORTFOLIOS
        .iter()
        .find(|(_, words)| words.contains(&norm))
        .map(|(key, _)| *key)
}

/// Words between a ministry and its portfolio after it ("of", "de la", "della", "del",
/// "des", "dell'": an elided article is no token).
const OF: &[&str] = &[
    "of", "the", "de", "la", "des", "du", "del", "della", "dello", "degli",
];

/// The portfolio of the ministry named by tokens `[s, e)` of `p`: a word of
/// [`PORTFOLIOS`] among the two tokens before it ("the *health* ministry", "the *Interior*
/// Ministry's") or after it past the words of [`OF`] ("Ministry *of Health*", "ministère
/// *de la Santé*", "ministero *della Salute*"); `None` when it names none.
pub(super) fn portfolio(p: &Prepared, (s, e): (usize, usize)) -> Option<&'static str> {
    let toks = &p.tokens;
    let before = (s.saturating_sub(2)..s)
        .rev()
        .find_map(|k| portfolio_of(&toks[k].norm));
    before.or_else(|| {
        let mut k = e;
        while k < toks.len() && k < e + 3 && OF.contains(&toks[k].norm.as_str()) {
            k += 1;
        }
        (k > e)
            .then(|| toks.get(k))
            .flatten()
            .and_then(|t| portfolio_of(&t.norm))
    })
}

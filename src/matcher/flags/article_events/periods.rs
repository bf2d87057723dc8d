//! Two reports of one company or economy for other reporting periods (trial 31, F3: a
//! company's second-quarter results and its third-quarter results were linked as one
//! event, 12 links at 0.5 or more). A lead that names the quarter or the half-year its
//! figures are for ("second-quarter net profit", "Q3", "im zweiten Quartal", "au
//! troisième trimestre", "en el primer semestre", "H1") dates its story by it, as a year
//! dates another; two leads that name periods of one length and none in common report
//! two periods ([`periods_apart`]). A lead that names the period before for comparison
//! ("up from the second quarter") shares it, and stays with a report of that period.

use super::ArticleLead;
use crate::matcher::features::Prepared;
use crate::matcher::flags::dates::periods::DUTCH;
use crate::matcher::flags::names::fold_diacritics;
use crate::matcher::flags::ordinal::ordinal;
use crate::matcher::flags::surface;
use crate::matcher::text::{Kind, Token};

/// The length of a reporting period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Length {
    /// A quarter of a year (three months).
    Quarter,
    /// A half of a year (six months).
    Half,
}

/// One reporting period a lead names: its length and which of the year's it is (1-4 for
/// a quarter, 1-2 for a half).
pub(super) type Period = (Length, u32);

/// Nouns of a quarter of a year, without diacritics: "quarter", German "Quartal", Dutch
/// "kwartaal", French, Spanish, Italian and Portuguese "trimestre" (and their plurals and
/// German cases).
const QUARTERS: &[&str] = &[
    "quarter",
    "quartal",
    "quartals",
    "quartalen",
    "kwartaal",
    "trimestre",
];

/// Nouns of a half-year, without diacritics: German "Halbjahr", Dutch "halfjaar", French,
/// Spanish, Italian and Portuguese "semestre". (English "half" is read only before "of" and a year or
/// "the year", since "the second half" of a match is no reporting period.)
const HALVES: &[&str] = &[
    "halbjahr",
    "halbjahres",
    "halbjahrs",
    "halfjaar",
    "semestre",
];

/// Beginnings of words of a company's or an economy's results, without diacritics: a lead
/// must give one for its quarters to be reporting periods ("scored in the fourth quarter"
/// is a period of a game). English, German, Dutch, French, Spanish, Italian and
/// Portuguese. Not
/// a loss nor a result, words of a game too ("their 102-99 loss").
const RESULTS: &[&str] = &[
    "profit",
    "revenue",
    "earning",
    "results",
    "quarterly",
    "sales",
    "income",
    "turnover",
    "gdp",
    "econom",
    "growth",
    "gewinn",
    "umsatz",
    "wirtschaft",
    "wachstum",
    "winst",
    "nettowinst",
    "omzet",
    "groei",
    "bbp",
    "benefic",
    "chiffre",
    "croissance",
    "pib",
    "bip",
    "ventas",
    "ganancia",
    "crecimiento",
    "utile",
    "ricavi",
    "fatturato",
    "crescita",
    "lucro",
    "receita",
    "vendas",
    "prejuizo",
    "crescimento",
];

/// Beginnings of words of a forecast, without diacritics: a period named after one in its
/// sentence is the period a company expects figures for ("expects third-quarter revenue",
/// "verwacht voor het derde kwartaal"), not the one its story reports, and does not date
/// the story (trial 42, A1: a first-quarter report forecasting the second quarter read as
/// the second-quarter report). English, German, Dutch, French, Spanish, Italian and
/// Portuguese; and Spanish "prevé", Portuguese "prevê" as whole words.
const FORECASTS: &[&str] = &[
    "expect",
    "forecast",
    "outlook",
    "guidance",
    "predict",
    "erwart",
    "prognos",
    "verwacht",
    "prevoi",
    "prevision",
    "espera",
    "prevede",
];

/// Words before a word of [`FORECASTS`] that make it a comparison ("better than
/// expected", "meer dan verwacht", "plus que prévu").
const COMPARISONS: &[&str] = &["than", "dan", "als", "que", "che", "as"];

/// Whether token `i` of `p` is a word of a forecast ([`FORECASTS`]): not one of a
/// comparison ("than expected", [`COMPARISONS`]), nor English "expected" or
/// "expectations" ("beat expectations in the second quarter" reports that quarter).
pub(in crate::matcher::flags) fn forecast_word(p: &Prepared, i: usize) -> bool {
    let w = fold_diacritics(&p.tokens[i].norm);
    // Spanish "prevé", Portuguese "prevê" as whole words ("prevent" is none).
    let word = w == "preve" || FORECASTS.iter().any(|f| w.starts_with(f));
    let compared = i
        .checked_sub(1)
        .is_some_and(|k| COMPARISONS.contains(&p.tokens[k].norm.as_str()));
    word && !compared && w != "expected" && !w.starts_with("expectation")
}

/// How many words may stand between an ordinal and its period noun ("second fiscal
/// quarter", "dritten Quartal").
const BETWEEN: usize = 1;

/// The reporting periods the sentences of a lead name, each once; none when the lead
/// gives no word of results ([`RESULTS`]). Read: an ordinal before a noun of a quarter or
/// a half-year ([`QUARTERS`], [`HALVES`]) within [`BETWEEN`] words ("third-quarter",
/// "3. Quartal", "troisième trimestre", "primer semestre"), "first half of 2024" / "of the
/// year", and the codes "Q1"-"Q4", "H1", "H2" (also "1Q", "2H"). A period after a word of
/// a forecast in its sentence ([`FORECASTS`]) is left out.
pub(super) fn lead_periods(lead: &[&Prepared]) -> Vec<Period> {
    let results = lead.iter().flat_map(|p| p.tokens.iter()).any(|t| {
        let w = fold_diacritics(&t.norm);
        RESULTS.iter().any(|r| w.starts_with(r))
    });
    let mut out: Vec<Period> = Vec::new();
    if !results {
        return out;
    }
    for p in lead {
        let forecast = (0..p.tokens.len()).find(|&i| forecast_word(p, i));
        for (k, t) in p.tokens.iter().enumerate() {
            if forecast.is_some_and(|f| f < k) {
                break;
            }
            let found = code(&t.norm).or_else(|| after_ordinal(p, k));
            if let Some(period) = found.filter(|x| !out.contains(x)) {
                out.push(period);
            }
        }
    }
    out
}

/// The period of a code ("q3", "h1", "3q", "1h"; `norm` lower case).
fn code(norm: &str) -> Option<Period> {
    let b = norm.as_bytes();
    if b.len() != 2 {
        return None;
    }
    let (letter, digit) = if b[0].is_ascii_digit() {
        (b[1], b[0])
    } else {
        (b[0], b[1])
    };
    let n = u32::from(digit.checked_sub(b'0')?);
    match letter {
        b'q' if (1..=4).contains(&n) => Some((Length::Quarter, n)),
        b'h' if (1..=2).contains(&n) => Some((Length::Half, n)),
        _ => None,
    }
}

/// The period of an ordinal at token `k` of `p` before a period noun (see
/// [`lead_periods`]).
fn after_ordinal(p: &Prepared, k: usize) -> Option<Period> {
    let toks = &p.tokens;
    let dutch = || DUTCH.iter().find(|(w, _)| *w == toks[k].norm).map(|d| d.1);
    let n = ordinal(p, &toks[k]).or_else(dutch)?;
    toks[k + 1..]
        .iter()
        .take(BETWEEN + 1)
        .enumerate()
        .find_map(|(m, t)| period_noun(p, k + 1 + m, t))
        .filter(|&length| match length {
            Length::Quarter => (1..=4).contains(&n),
            Length::Half => (1..=2).contains(&n),
        })
        .map(|length| (length, n))
}

/// The length a period noun at `i` of `toks` names: a word of [`QUARTERS`] or
/// [`HALVES`], or "half" before "of" and a year or "the year".
fn period_noun(p: &Prepared, i: usize, t: &Token) -> Option<Length> {
    let toks = &p.tokens;
    let w = fold_diacritics(&t.norm);
    if QUARTERS.contains(&w.as_ref()) {
        return Some(Length::Quarter);
    }
    if HALVES.contains(&w.as_ref()) {
        return Some(Length::Half);
    }
    let of_year = toks.get(i + 1).is_some_and(|x| x.norm == "of")
        && match toks.get(i + 2) {
            Some(x) if x.year().is_some() => true,
            Some(x) if x.norm == "the" => toks.get(i + 3).is_some_and(|y| y.norm == "year"),
            _ => false,
        };
    // The tokeniser reads "half" as the figure 0.5: the word as written.
    let half = t.kind == Kind::Number(0.5) && surface(p, t.start, t.end).to_lowercase() == "half";
    (half && of_year).then_some(Length::Half)
}

/// Whether two leads report other periods: each names a period of one length ([`Length`])
/// and they name none of that length in common ("second-quarter" / "third-quarter"; a
/// quarter and a half-year may overlap and tell nothing). Gives the first such period of
/// each as a label ("q2", "h1").
pub(super) fn periods_apart(a: &ArticleLead, b: &ArticleLead) -> Option<(String, String)> {
    [Length::Quarter, Length::Half]
        .into_iter()
        .find_map(|length| {
            let of = |x: &ArticleLead| -> Vec<u32> {
                x.periods
                    .iter()
                    .filter(|(l, _)| *l == length)
                    .map(|&(_, n)| n)
                    .collect()
            };
            let (pa, pb) = (of(a), of(b));
            let apart = !pa.is_empty() && !pb.is_empty() && pa.iter().all(|n| !pb.contains(n));
            let label = |n: u32| match length {
                Length::Quarter => format!("q{n}"),
                Length::Half => format!("h{n}"),
            };
            apart.then(|| (label(pa[0]), label(pb[0])))
        })
}

//! Phrases of another time than the story's (trial 26, F15; `background.rs` cuts what they
//! tell): a sentence led by a year that is not the article's own, by a count of years
//! ago or by last year ([`past_lead`]), and a relative clause about a past year
//! ([`past_relative`]), in English, French, German, Spanish and Italian, when what they
//! tell is a toll ([`tells_toll`]: "eleven people died", "avait fait deux morts").
//!
//! Only a past toll is cut: two outlets often give the same background ("In December
//! 2008, three men emptied … the jewellery store", "In 1957, Gigante was the hitman …"),
//! and those are links of the development pairs that a cut would lose (mean AP 0.631 ->
//! 0.609 when every such sentence was cut); a past toll is what reads as the story's
//! own toll and is linked to its headline (57-68 % in trial 26).

use crate::matcher::lexicon::cardinal_any;
use crate::matcher::lexicon::casualty::count_word;
use crate::matcher::text::{Kind, Token};

/// The year a number token is (a whole number from 1900 to 2100), if it is one.
pub(super) fn year_of(t: &Token) -> Option<u32> {
    match t.kind {
        Kind::Number(v) if v.fract() == 0.0 && (1900.0..=2100.0).contains(&v) => Some(v as u32),
        _ => None,
    }
}

/// Whether token `t` is a year other than the article's own (`own`).
fn other_year(t: &Token, own: &[u32]) -> bool {
    year_of(t).is_some_and(|y| !own.contains(&y))
}

/// How many tokens may lead a sentence before its year ("In early March 2019", "El 12 de
/// marzo de 2019").
const YEAR_WITHIN: usize = 6;

/// Words that may stand before the year of a leading date besides stop words, months and
/// days of the month ("In early March 2019", "Im Jahr 2019", "Au printemps 2019").
const DATE_WORDS: &[&str] = &[
    "early",
    "late",
    "mid",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "year",
    "jahr",
    "jahre",
    "frühjahr",
    "sommer",
    "herbst",
    "début",
    "fin",
    "printemps",
    "été",
    "automne",
    "hiver",
    "année",
    "año",
    "principios",
    "finales",
    "verano",
    "invierno",
    "primavera",
    "otoño",
    "anno",
    "inizio",
    "estate",
    "autunno",
    "inverno",
];

/// Leading phrases of a count of years ago, `#` standing for the count (a figure, a
/// number word or an article): "Four years ago", "Il y a quatre ans", "Vor vier Jahren",
/// "Hace cuatro años", "Quattro anni fa".
const AGO: &[&[&str]] = &[
    &["#", "years", "ago"],
    &["#", "year", "ago"],
    &["#", "decades", "ago"],
    &["#", "decade", "ago"],
    &["il", "y", "a", "#", "ans"],
    &["il", "y", "a", "#", "an"],
    &["il", "y", "a", "#", "années"],
    &["vor", "#", "jahren"],
    &["vor", "#", "jahr"],
    &["vor", "#", "jahrzehnten"],
    &["hace", "#", "años"],
    &["hace", "#", "año"],
    &["#", "anni", "fa"],
    &["#", "anno", "fa"],
];

/// Leading phrases of last year: "Last year", "L'an dernier", "L'année dernière",
/// "Letztes Jahr", "Im vergangenen Jahr", "El año pasado", "L'anno scorso".
const LAST_YEAR: &[&[&str]] = &[
    &["last", "year"],
    &["an", "dernier"],
    &["an", "passé"],
    &["année", "dernière"],
    &["année", "passée"],
    &["letztes", "jahr"],
    &["vergangenes", "jahr"],
    &["voriges", "jahr"],
    &["im", "vergangenen", "jahr"],
    &["im", "vorigen", "jahr"],
    &["im", "letzten", "jahr"],
    &["el", "año", "pasado"],
    &["anno", "scorso"],
    &["lo", "scorso", "anno"],
    &["anno", "passato"],
];

/// Whether token `t` may be the count of [`AGO`]: a figure, a number word of any language
/// or an indefinite article ("A year ago", "Il y a un an").
fn count(t: &Token) -> bool {
    matches!(t.kind, Kind::Number(_))
        || cardinal_any(&t.norm).is_some()
        || matches!(t.norm.as_str(), "a" | "an" | "un" | "una" | "uno" | "einem")
}

/// The length of the phrase of `phrases` that `tokens` open with, if any.
fn opens_with(tokens: &[Token], phrases: &[&[&str]]) -> Option<usize> {
    phrases.iter().find_map(|words| {
        let matched = words.len() <= tokens.len()
            && words
                .iter()
                .zip(tokens)
                .all(|(w, t)| if *w == "#" { count(t) } else { t.norm == *w });
        matched.then_some(words.len())
    })
}

/// Where the leading phrase of another time ends (code points, the end of its last word)
/// in a sentence of `tokens`, when it is led by one and has words after it:
/// - a date whose year is not the article's own (`own`) within [`YEAR_WITHIN`] tokens,
///   after an opening word and only stop words, months, days of the month and
///   [`DATE_WORDS`] ("In March 2019", "En 2019", "Im Jahr 2019", "Nel 2019");
/// - a count of years ago ([`AGO`]) or last year ([`LAST_YEAR`]);
///
/// and the words after it tell a toll ([`tells_toll`]).
pub(super) fn past_lead(tokens: &[Token], own: &[u32]) -> Option<usize> {
    let lead = opens_with(tokens, AGO)
        .or_else(|| opens_with(tokens, LAST_YEAR))
        .or_else(|| {
            let k = (1..tokens.len().min(YEAR_WITHIN)).find(|&k| year_of(&tokens[k]).is_some())?;
            let dated = tokens[..k].iter().all(|t| match t.kind {
                Kind::Month(_) => true,
                Kind::Number(v) => v <= 31.0,
                _ => t.stop || DATE_WORDS.contains(&t.norm.as_str()),
            });
            (dated && other_year(&tokens[k], own)).then_some(k + 1)
        })?;
    tells_toll(&tokens[lead..]).then(|| tokens[lead - 1].end)
}

/// Whether `tokens` tell a toll: a word of a casualty count (`casualty::count_word`:
/// "died", "killed", "morts", "Tote") and a figure that is no year ("eleven", "11",
/// "deux").
fn tells_toll(tokens: &[Token]) -> bool {
    let figure = |t: &Token| match t.kind {
        Kind::Number(_) => year_of(t).is_none(),
        _ => cardinal_any(&t.norm).is_some(),
    };
    tokens.iter().any(|t| count_word(&t.norm).is_some()) && tokens.iter().any(figure)
}

/// Words that open a relative clause ("which", "qui", "die", "que", "che"), right after
/// a comma or after a preposition there ("in which", "bei dem", "en el que", "in cui").
const RELATIVES: &[&str] = &[
    "which", "who", "qui", "où", "lequel", "laquelle", "lesquels", "die", "der", "das", "dem",
    "denen", "que", "cual", "donde", "che", "cui", "quale",
];

/// Whether token `i` of `tokens` (right after a comma) opens a relative clause
/// ([`RELATIVES`], maybe after one preposition) about a year other than the article's own
/// (`own`): the year within the three tokens before it or among the last three of its
/// clause (up to a comma or the end of the sentence), the clause telling a toll
/// ([`tells_toll`]).
pub(super) fn past_relative(sentence: &[char], tokens: &[Token], i: usize, own: &[u32]) -> bool {
    let relative = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| RELATIVES.contains(&t.norm.as_str()))
    };
    if !(relative(i) || (tokens[i].stop && relative(i + 1))) {
        return false;
    }
    let end = clause_end(sentence, tokens, i);
    let before = tokens[i.saturating_sub(3)..i].iter();
    let last = tokens[end.saturating_sub(3).max(i)..end].iter();
    before.chain(last).any(|t| other_year(t, own)) && tells_toll(&tokens[i..end])
}

/// Where the clause that token `i` of `tokens` opens ends: the first token after it that
/// follows a comma of `sentence`, or the end of the sentence.
pub(super) fn clause_end(sentence: &[char], tokens: &[Token], i: usize) -> usize {
    (i + 1..tokens.len())
        .find(|&k| {
            sentence
                .get(tokens[k - 1].end..tokens[k].start)
                .is_some_and(|g| g.contains(&','))
        })
        .unwrap_or(tokens.len())
}

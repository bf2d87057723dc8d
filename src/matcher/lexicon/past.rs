//! Phrases of a time before the story's: a count of years ago ("Four years ago", "Il y a
//! quatre ans") and last year ("Last year", "L'an dernier"), in the seven languages read,
//! lower case, as tokens are normalised; and [`opens_with`], which reads a phrase of such
//! a list at a token. Read by the background cut (`corpus/past_time.rs`: a sentence led
//! by one tells another time) and by the article rules (`flags/article_events/told_from.rs`:
//! a result told with one is a past result, not the story's).

use super::cardinal_any;
use crate::matcher::text::{phrase_matches, Kind, Token};

/// Phrases of a count of years ago, `#` standing for the count (a figure, a number word
/// or an article): "Four years ago", "Il y a quatre ans", "Vor vier Jahren", "Hace cuatro
/// años", "Quattro anni fa", "Há quatro anos", "Vier jaar geleden".
pub(in crate::matcher) const AGO: &[&[&str]] = &[
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
    &["há", "#", "anos"],
    &["há", "#", "ano"],
    &["#", "jaar", "geleden"],
];

/// Phrases of last year: "Last year", "L'an dernier", "L'année dernière", "Letztes
/// Jahr", "Im vergangenen Jahr", "El año pasado", "L'anno scorso", "O ano passado" (and "No ano passado"),
/// "Vorig jaar".
pub(in crate::matcher) const LAST_YEAR: &[&[&str]] = &[
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
    &["ano", "passado"],
    &["no", "ano", "passado"],
    &["vorig", "jaar"],
    &["afgelopen", "jaar"],
];

/// Whether token `t` may be the count of [`AGO`]: a figure, a number word of any language
/// or an indefinite article ("A year ago", "Il y a un an").
fn count(t: &Token) -> bool {
    matches!(t.kind, Kind::Number(_))
        || cardinal_any(&t.norm).is_some()
        || matches!(
            t.norm.as_str(),
            "a" | "an" | "un" | "una" | "uno" | "einem" | "um" | "een"
        )
}

/// The length in tokens of the phrase of `phrases` that `tokens` open with, if any (`#`
/// in a phrase: a count, as in [`AGO`]).
pub(in crate::matcher) fn opens_with(tokens: &[Token], phrases: &[&[&str]]) -> Option<usize> {
    phrases.iter().find_map(|words| {
        let matched = phrase_matches(tokens, 0, words, |t, w| match *w {
            "#" => count(t),
            w => t.norm == w,
        });
        matched.then_some(words.len())
    })
}

/// Whether `tokens` name a time before the story's anywhere: a phrase of [`AGO`] or
/// [`LAST_YEAR`] at some token ("Tadese Bekele won the race last year", "Il y a deux ans").
pub(in crate::matcher) fn names_a_past_year(tokens: &[Token]) -> bool {
    (0..tokens.len()).any(|k| {
        opens_with(&tokens[k..], AGO)
            .or_else(|| opens_with(&tokens[k..], LAST_YEAR))
            .is_some()
    })
}

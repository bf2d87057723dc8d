//! Words of a round quantity said with the article ("a dozen", "une douzaine", "ein
//! Dutzend", "una docena", "una dozzina", "uma dúzia", "een dozijn", "a hundred"): a bound
//! on one ("more than a dozen") tells the count's size, up to twice the word (trial 46
//! F5; `flags/numbers/round_bound.rs`). Lower case, as tokens are normalised.

/// The round words, in English, French, German, Spanish, Italian, Portuguese and Dutch.
pub(in crate::matcher) const ROUND_WORDS: &[&str] = &[
    "dozen",
    "score",
    "hundred",
    "thousand",
    "douzaine",
    "centaine",
    "dutzend",
    "hundert",
    "tausend",
    "docena",
    "centenar",
    "dozzina",
    "centinaio",
    "dúzia",
    "duzia",
    "centena",
    "dozijn",
    "honderd",
];

/// The articles a round word is said with ("a dozen", "une douzaine", "ein Dutzend").
pub(in crate::matcher) const ROUND_ARTICLES: &[&str] = &[
    "a", "un", "une", "ein", "eine", "einem", "una", "uno", "um", "uma", "een",
];

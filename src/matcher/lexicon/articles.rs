//! Articles read before a name: the words a name's start is read past ("the Lakers", "le
//! PSG", "el Real Madrid", "from the Bronx"). Other article lists are narrower or wider on
//! purpose and say why beside them: the German articles (`german.rs`, also the
//! indefinite ones, read as a sentence's first word), the articles after which a word is
//! a noun (`flags/named.rs`, with the indefinite ones), and the plural articles between a
//! figure and its toll (`flags/numbers/toll.rs`).

/// Articles and the like before a name ("the Lakers", "le PSG", "die Austria", "al
/// Betis", "o Benfica", "het Vondelpark"), in English, French, Spanish, German, Italian,
/// Portuguese and Dutch, lower case, whole words: skipped at a name's start. The
/// definite articles and the French, Spanish and German contractions of a preposition
/// and an article ("au", "al", "dem"): no indefinite one ("a", "un": "a Lakers fan" is no
/// name). Read by the winner flag (`flags/winner.rs`: who won), the place flags' routes
/// (`flags/places/routes.rs`: "from the Bronx to Harlem") and the outcome flags'
/// transfers (`outcome/transfers.rs`: the club a player moved to).
pub(in crate::matcher) const BEFORE_NAME: &[&str] = &[
    "the", "le", "la", "les", "l", "au", "aux", "el", "los", "las", "al", "der", "die", "das",
    "den", "dem", "il", "lo", "gli", "o", "os", "het",
];

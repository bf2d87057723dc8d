//! Approximate collective counts: a noun of a round size said with the article or before
//! "of" ("une vingtaine de blessés", "una veintena de personas", "una ventina di persone",
//! "uma vintena de pessoas", "een tiental mensen"): about that many (`flags/numbers/
//! spelled.rs`, `approximate`). Their plurals ("des dizaines", "decenas") are vague words
//! (`spelled::VAGUE_PLURALS`). Lower case, as tokens are normalised.

/// The approximate collective counts of French, Italian, Spanish, Portuguese and Dutch,
/// with the figure each is about. Not Spanish "quincena" nor Portuguese "quinzena" (a
/// fortnight: "la primera quincena de agosto"), nor "cuarentena" / "quarentena"
/// (quarantine).
pub(in crate::matcher) const APPROXIMATE: &[(&str, f64)] = &[
    ("dizaine", 10.0),
    ("douzaine", 12.0),
    ("quinzaine", 15.0),
    ("vingtaine", 20.0),
    ("trentaine", 30.0),
    ("quarantaine", 40.0),
    ("cinquantaine", 50.0),
    ("soixantaine", 60.0),
    ("centaine", 100.0),
    ("decina", 10.0),
    ("dozzina", 12.0),
    ("quindicina", 15.0),
    ("ventina", 20.0),
    ("trentina", 30.0),
    ("quarantina", 40.0),
    ("cinquantina", 50.0),
    ("sessantina", 60.0),
    ("settantina", 70.0),
    ("ottantina", 80.0),
    ("novantina", 90.0),
    ("centinaio", 100.0),
    // Spanish "una veintena de personas": about twenty.
    ("decena", 10.0),
    ("docena", 12.0),
    ("veintena", 20.0),
    ("treintena", 30.0),
    ("cincuentena", 50.0),
    // Portuguese "uma dúzia de pessoas": about twelve; "uma vintena de feridos".
    ("dúzia", 12.0),
    ("dezena", 10.0),
    ("vintena", 20.0),
    ("trintena", 30.0),
    // Dutch "een tiental mensen": about ten.
    ("tiental", 10.0),
    ("twintigtal", 20.0),
    ("dertigtal", 30.0),
    ("veertigtal", 40.0),
    ("vijftigtal", 50.0),
    ("honderdtal", 100.0),
];

/// The articles an approximate count is said with ("une vingtaine", "una veintena", "un
/// centinaio", "uma vintena", "een tiental").
pub(in crate::matcher) const APPROXIMATE_ARTICLES: &[&str] = &["une", "una", "un", "uma", "een"];

/// The words of a dozen said with the article ("a dozen", "ein Dutzend", "una docena",
/// "een dozijn"): about twelve, as the approximate counts are (`flags/numbers/settle.rs`).
pub(in crate::matcher) const DOZEN_WORDS: &[&str] = &[
    "dozen", "douzaine", "dutzend", "docena", "dozzina", "dúzia", "duzia", "dozijn",
];

//! The words of a state still holding when it is told ("five people were *still*
//! missing on Saturday afternoon"), lower case, in English, French, German, Spanish,
//! Italian, Portuguese and Dutch: a date after one is the date of that report, read by
//! the date flags (`flags/dates/states.rs`).

/// "still", "toujours", "encore", "noch", "todavía", "aún", "ancora", "ainda", "nog".
pub(in crate::matcher) const STILL_WORDS: &[&str] = &[
    "still", "toujours", "encore", "noch", "todavía", "aún", "ancora", "ainda", "nog",
];

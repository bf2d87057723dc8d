//! Words of "when" that open a clause telling what happened at a time just told ("The
//! accident happened shortly after 8:10 a.m., *when* the train left the line"): the words
//! of that clause anchor the time too (`flags/anchor.rs`, trial 50 F6). Lower case, as
//! tokens are normalised; en, fr, de, es, it, pt, nl.

/// Words of "when" of the seven languages read ("when", "lorsque", "quand", "als", "cuando",
/// "quando", "toen", "wanneer").
pub(in crate::matcher) const WHEN: &[&str] = &[
    "when", "lorsque", "quand", "als", "cuando", "quando", "toen", "wanneer",
];

//! A word form read with the word after it ([`FormThen`]): a verb form that tells its
//! sense only before some words ("broke" before "in", "into", "through": a break-in,
//! `break_ins.rs`), or not before some ("found" not before "dead": a thing found,
//! `finds.rs`; "have" not before "been": people who did something, not a passive,
//! `flags/numbers/toll.rs`). Lower case, as tokens are normalised.

/// Forms of a word (lower case) and the words after one (lower case) that make it, or
/// unmake it, tell its sense: read by [`FormThen::reads`].
pub(in crate::matcher) enum FormThen {
    /// A form tells its sense only before one of the words ("broke into").
    Before(&'static [&'static str], &'static [&'static str]),
    /// A form tells its sense unless one of the words follows ("found", not "found dead").
    Unless(&'static [&'static str], &'static [&'static str]),
}

impl FormThen {
    /// Whether the word `norm`, followed by the word `next` ("" for none; both lower case),
    /// is a form of this word in its sense.
    pub(in crate::matcher) fn reads(&self, norm: &str, next: &str) -> bool {
        match self {
            FormThen::Before(forms, words) => forms.contains(&norm) && words.contains(&next),
            FormThen::Unless(forms, words) => forms.contains(&norm) && !words.contains(&next),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::FormThen;

    /// A needed word must follow; a ruled-out word must not; another form is never read.
    #[test]
    fn the_word_after_decides() {
        const BROKE: FormThen = FormThen::Before(&["broke"], &["in", "into"]);
        const FOUND: FormThen = FormThen::Unless(&["found"], &["dead"]);
        assert!(BROKE.reads("broke", "into"));
        assert!(!BROKE.reads("broke", "out"));
        assert!(!BROKE.reads("broke", ""));
        assert!(!BROKE.reads("fled", "into"));
        assert!(FOUND.reads("found", "torched"));
        assert!(FOUND.reads("found", ""));
        assert!(!FOUND.reads("found", "dead"));
        assert!(!FOUND.reads("stolen", "near"));
    }
}

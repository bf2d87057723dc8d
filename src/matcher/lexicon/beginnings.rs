//! Word beginnings by their text: which words of a table a token begins with (or is,
//! for a whole word), found by looking up each beginning of the token instead of
//! comparing it with every word of the table that starts with its first byte (speed
//! only: the same words are found). The outcome words (`outcome.rs`) and the fate
//! phrases (`outcome/fates.rs`) hold hundreds of words in several languages, and every
//! sentence of all-pairs matching is read for them.

use crate::matcher::text::FxMap;

/// Words of a table (beginnings of a token, or whole tokens), each with a value `T` (the
/// side of a list, a phrase): `of` gives the values of the words a token begins with.
pub(in crate::matcher) struct Beginnings<T> {
    /// A word's text to its values, each with whether the word must be the whole token;
    /// every beginning of a word (at least [`Beginnings::shortest`] bytes) is a key too,
    /// with no values when it is no word itself, so a token's beginnings are looked up
    /// only while some word starts with them.
    by_word: FxMap<&'static str, Vec<(T, bool)>>,
    /// The length in bytes of the longest word: no longer beginning is looked up.
    longest: usize,
    /// The length in bytes of the shortest word: no shorter beginning is looked up (0
    /// when the table holds the empty word).
    shortest: usize,
    /// The first bytes of the words (bit `b % 64` of word `b / 64`): a token beginning
    /// with another byte begins no word (unless the table holds the empty word).
    first: [u64; 4],
}

impl<T: Copy> Beginnings<T> {
    /// The table of `words`: each a text, whether it must be the whole token, and its
    /// value. A word given twice keeps its values in the order given.
    pub(in crate::matcher) fn new(
        words: impl IntoIterator<Item = (&'static str, bool, T)>,
    ) -> Self {
        let mut by_word: FxMap<&'static str, Vec<(T, bool)>> = FxMap::default();
        for (word, whole, value) in words {
            by_word.entry(word).or_default().push((value, whole));
        }
        let longest = by_word.keys().map(|w| w.len()).max().unwrap_or(0);
        let shortest = by_word.keys().map(|w| w.len()).min().unwrap_or(0);
        let mut first = [0u64; 4];
        for b in by_word.keys().filter_map(|w| w.bytes().next()) {
            first[usize::from(b / 64)] |= 1 << (b % 64);
        }
        let words: Vec<&'static str> = by_word.keys().copied().collect();
        for w in words {
            for end in shortest..w.len() {
                if let Some(beginning) = w.get(..end) {
                    by_word.entry(beginning).or_default();
                }
            }
        }
        Beginnings {
            by_word,
            longest,
            shortest,
            first,
        }
    }

    /// Calls `found` with the value of each word that `norm` starts with (a whole word:
    /// that `norm` is), shortest words first: what `norm.starts_with(word)` (`norm ==
    /// word`) says of each word of the table, the empty word included.
    pub(in crate::matcher) fn of(&self, norm: &str, mut found: impl FnMut(T)) {
        // Most tokens begin no word: too short, or of a first byte no word has.
        if self.shortest > 0 {
            let Some(b) = norm.bytes().next() else {
                return;
            };
            if norm.len() < self.shortest || self.first[usize::from(b / 64)] & 1 << (b % 64) == 0 {
                return;
            }
        }
        for end in self.shortest..=norm.len().min(self.longest) {
            let Some(beginning) = norm.get(..end) else {
                continue;
            };
            // No word starts with this beginning: none with a longer one either.
            let Some(values) = self.by_word.get(beginning) else {
                break;
            };
            for &(value, whole) in values {
                if !whole || end == norm.len() {
                    found(value);
                }
            }
        }
    }
}

/// A word of a table written with a trailing `$` for a whole word: its text and whether
/// it is whole.
pub(in crate::matcher) fn whole_or_beginning(word: &'static str) -> (&'static str, bool) {
    match word.strip_suffix('$') {
        Some(whole) => (whole, true),
        None => (word, false),
    }
}

/// Whether lower-case token `norm` is a word of `list`: it begins with one of its
/// words, or is one written with a trailing `$` (a whole word).
pub(in crate::matcher) fn word_of(list: &[&'static str], norm: &str) -> bool {
    list.iter().any(|&w| match whole_or_beginning(w) {
        (whole, true) => norm == whole,
        (start, false) => norm.starts_with(start),
    })
}

#[cfg(test)]
mod tests {
    use super::{whole_or_beginning, Beginnings};

    /// The values `of` gives for `norm`, as a scan of `words` comparing each finds them.
    fn scan(words: &[&'static str], norm: &str) -> Vec<usize> {
        let mut out: Vec<usize> = (0..words.len())
            .filter(|&i| match whole_or_beginning(words[i]) {
                (w, true) => norm == w,
                (w, false) => norm.starts_with(w),
            })
            .collect();
        out.sort_unstable();
        out
    }

    /// Asserts that the table of `words` finds for each of `norms` what [`scan`] finds.
    #[track_caller]
    fn finds_as_a_scan(words: &[&'static str], norms: &[&str]) {
        let table = Beginnings::new(words.iter().enumerate().map(|(i, &w)| {
            let (w, whole) = whole_or_beginning(w);
            (w, whole, i)
        }));
        for &norm in norms {
            let mut found = Vec::new();
            table.of(norm, |i| found.push(i));
            found.sort_unstable();
            assert_eq!(found, scan(words, norm), "{norm}");
        }
    }

    #[test]
    fn finds_what_a_scan_of_the_words_finds() {
        finds_as_a_scan(
            &[
                "kill", "killed$", "k", "dead", "dea", "mort", "mörder", "tué$", "", "ki", "kill",
            ],
            &[
                "killed",
                "kill",
                "killing",
                "k",
                "",
                "deaf",
                "mörderin",
                "tué",
                "tués",
                "mö",
                "x",
            ],
        );
        // Without the empty word, the shortest word and the first bytes pass over
        // tokens: the same words are found.
        finds_as_a_scan(
            &["kill", "killed$", "dea", "mort", "mörder", "tué$", "ki"],
            &[
                "killed",
                "kill",
                "k",
                "",
                "ki",
                "deaf",
                "de",
                "mörderin",
                "mö",
                "tué",
                "x",
                "é",
                "zebra",
            ],
        );
        // A token that leaves every word's beginnings part way ("kilt", "mörser", "mortal"
        // past "mort") or goes on past the longest: the lookup stops there, and finds
        // what the scan finds.
        finds_as_a_scan(
            &[
                "kill", "killed$", "killers", "dea", "mort", "mörder", "tué$", "ki", "mörd",
            ],
            &[
                "kilt", "kille", "killer", "killers", "killersx", "mörser", "mörd", "mörde",
                "mortal", "mor", "dead", "tuée", "kix",
            ],
        );
    }
}

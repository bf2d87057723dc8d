//! The wording lists of a prepared sentence ([`Wording`]): what the paraphrase features of
//! the wording (`features/content_order.rs`, `features/characters.rs`,
//! `features/clauses.rs`: the content words in order, their bigrams and
//! their character trigrams, the text's character 4-grams, every stem, the numbers
//! written and a quotation) read of a pair, read once per sentence so that a pair is a few
//! merges (issue 8, session 52; the candidates of session 44 and 51,
//! `examples/common/extra.rs`).

use crate::matcher::text::{fold_accents, Kind, Token};

/// The wording of one sentence, each list read once from its text and tokens.
#[derive(Debug, Clone, Default)]
pub(crate) struct Wording {
    /// The stems of the content words (not stop words), in order, repeats kept.
    pub(crate) content_seq: Vec<u64>,
    /// The bigrams of [`Wording::content_seq`] (hashed), sorted and unique.
    pub(crate) content_bigrams: Vec<u64>,
    /// (stem, trigram) of each content word (a word, not a number or a date word): the
    /// character trigrams of its normalised form, the diacritics of Latin and Greek
    /// letters taken off as for stems ("núñez" / "nunez"), with a start and an end mark ("^ab",
    /// "abc", "bc$"), the three code points packed 21 bits each; sorted and unique.
    pub(crate) word_grams: Vec<(u64, u64)>,
    /// The distinct stems of [`Wording::word_grams`], sorted.
    pub(crate) word_stems: Vec<u64>,
    /// The distinct trigrams of [`Wording::word_grams`], sorted, each with the stems that
    /// have it (bit `k`: `word_stems[k]`), so that a pair's unshared trigrams are a mask
    /// away (`features/characters.rs`); empty when there are more than [`MASKED_STEMS`]
    /// stems.
    pub(crate) grams: Vec<(u64, u64)>,
    /// The character 4-grams of the whole text in lower case, diacritics taken off, with
    /// each run of white space as one space (hashed), sorted and unique.
    pub(crate) chars4: Vec<u64>,
    /// Every stem of the sentence, stop words too, sorted and unique.
    pub(crate) stems: Vec<u64>,
    /// How many number tokens the sentence has (dates and stop words too).
    pub(crate) numbers_written: u16,
}

/// The three code points of a trigram packed 21 bits each.
fn pack3(a: char, b: char, c: char) -> u64 {
    (a as u64) << 42 | (b as u64) << 21 | c as u64
}

/// A character 4-gram as one number: the four code points 16 bits apart (a code point
/// above U+FFFF overlaps its neighbour's bits, which only merges two rare grams).
fn pack4(w: &[char]) -> u64 {
    w.iter().fold(0u64, |h, &c| h << 16 ^ c as u64)
}

/// The most stems a sentence's [`Wording::grams`] can mark (one bit each).
pub(crate) const MASKED_STEMS: usize = 64;

/// [`Wording::grams`] of sorted and unique (stem, trigram) pairs whose distinct stems
/// are `stems`.
fn masked_grams(word_grams: &[(u64, u64)], stems: &[u64]) -> Vec<(u64, u64)> {
    if stems.len() > MASKED_STEMS {
        return Vec::new();
    }
    let mut all = Vec::with_capacity(word_grams.len());
    let mut k = 0;
    for &(stem, gram) in word_grams {
        while stems.get(k).is_some_and(|&s| s < stem) {
            k += 1;
        }
        all.push((gram, 1u64 << k));
    }
    all.sort_unstable();
    let mut grams: Vec<(u64, u64)> = Vec::with_capacity(all.len());
    for (gram, bit) in all {
        match grams.last_mut() {
            Some(last) if last.0 == gram => last.1 |= bit,
            _ => grams.push((gram, bit)),
        }
    }
    grams
}

fn sorted_unique<T: Ord>(mut v: Vec<T>) -> Vec<T> {
    v.sort_unstable();
    v.dedup();
    v
}

impl Wording {
    /// The wording lists of the sentence `text` with tokens `tokens`.
    pub(crate) fn new(text: &str, tokens: &[Token]) -> Wording {
        let content_seq: Vec<u64> = tokens.iter().filter(|t| !t.stop).map(|t| t.stem).collect();
        let content_bigrams = sorted_unique(
            content_seq
                .windows(2)
                .map(|w| w[0].rotate_left(23) ^ w[1].wrapping_mul(0x9E37_79B9_7F4A_7C15))
                .collect(),
        );
        let mut word_grams = Vec::new();
        for t in tokens.iter().filter(|t| !t.stop && t.kind == Kind::Word) {
            let marked: Vec<char> = std::iter::once('^')
                .chain(fold_accents(&t.norm).chars())
                .chain(std::iter::once('$'))
                .collect();
            word_grams.extend(marked.windows(3).map(|w| (t.stem, pack3(w[0], w[1], w[2]))));
        }
        let lower: Vec<char> = text
            .split_whitespace()
            .flat_map(|w| {
                let w: Vec<char> = fold_accents(&w.to_lowercase()).chars().collect();
                std::iter::once(' ').chain(w)
            })
            .skip(1)
            .collect();
        let word_grams = sorted_unique(word_grams);
        let mut word_stems: Vec<u64> = word_grams.iter().map(|x| x.0).collect();
        word_stems.dedup();
        Wording {
            content_bigrams,
            content_seq,
            grams: masked_grams(&word_grams, &word_stems),
            word_grams,
            word_stems,
            chars4: sorted_unique(lower.windows(4).map(pack4).collect()),
            stems: sorted_unique(tokens.iter().map(|t| t.stem).collect()),
            numbers_written: tokens
                .iter()
                .filter(|t| matches!(t.kind, Kind::Number(_)))
                .count()
                .min(u16::MAX as usize) as u16,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matcher::text;

    fn wording(s: &str) -> Wording {
        Wording::new(s, &text::tokenize(s, &text::stemmer()))
    }

    #[test]
    fn lists_of_a_sentence() {
        let w = wording("The  Mayor said 12 homes burned in 2024.");
        // mayor, 12, homes, burned, 2024 (not "the", "said", "in").
        assert_eq!(w.content_seq.len(), 5, "{w:?}");
        assert_eq!(w.content_bigrams.len(), 4);
        assert_eq!(w.numbers_written, 2);
        // "the mayor" with one space: the doubled space is one.
        let one = wording("the mayor");
        assert!(one.chars4.iter().all(|g| w.chars4.contains(g)), "{one:?}");
        assert_eq!(one.chars4.len(), "the mayor".len() - 3);
        // Trigrams of words only: "^ma", "may", "ayo", "yor", "or$" of "mayor".
        assert_eq!(one.word_grams.len(), 5);
        assert!(one.stems.len() == 2 && one.content_seq.len() == 1);
    }

    /// One outlet keeps the accents of a name, another drops them: the same lists.
    #[test]
    fn accents_are_taken_off_as_for_stems() {
        let (plain, accented) = (
            wording("Police arrested Jose Luis Nunez in Montreal."),
            wording("Police arrested José Luis Núñez in Montréal."),
        );
        assert_eq!(plain.chars4, accented.chars4);
        assert_eq!(plain.word_grams, accented.word_grams);
        // Near case: another name is other lists.
        assert_ne!(
            plain.chars4,
            wording("Police arrested Jose Luis Perez in Montreal.").chars4
        );
    }

    #[test]
    fn an_empty_text_has_empty_lists() {
        let w = wording("");
        assert!(w.content_seq.is_empty() && w.chars4.is_empty() && w.stems.is_empty());
        assert_eq!(w.numbers_written, 0);
    }
}

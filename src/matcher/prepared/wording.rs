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
    /// The distinct stems of the content words (words, not numbers or date words, and not
    /// stop words), sorted.
    pub(crate) word_stems: Vec<u64>,
    /// The character trigrams of those words: of each one's normalised form, the
    /// diacritics of Latin and Greek letters taken off as for stems ("núñez" / "nunez"),
    /// with a start and an end mark ("^ab", "abc", "bc$"), the three code points packed 21
    /// bits each. Distinct and sorted, each with the stems that have it (bit `k`:
    /// `word_stems[k]`), so that a pair's unshared trigrams are a mask away
    /// (`features/characters.rs`). Empty when there are more than [`MASKED_STEMS`] stems.
    pub(crate) grams: Vec<(u64, u64)>,
    /// (stem, trigram) of each of those words, sorted and unique, only when there are more
    /// than [`MASKED_STEMS`] stems (else empty: [`Wording::grams`] holds them).
    pub(crate) word_grams: Vec<(u64, u64)>,
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

/// A trigram with its stems' mask ([`Wording::grams`]), or a stem with a trigram
/// ([`Wording::word_grams`]).
type Tagged = (u64, u64);

/// [`Wording::grams`] (or, past [`MASKED_STEMS`] stems, [`Wording::word_grams`]) of the
/// content words `words` whose distinct stems are `stems`.
fn word_trigrams<'a>(
    words: impl Iterator<Item = &'a Token>,
    stems: &[u64],
) -> (Vec<Tagged>, Vec<Tagged>) {
    let masked = stems.len() <= MASKED_STEMS;
    let mut all: Vec<(u64, u64)> = Vec::new();
    let mut marked: Vec<char> = Vec::new();
    for t in words {
        marked.clear();
        marked.push('^');
        marked.extend(fold_accents(&t.norm).chars());
        marked.push('$');
        let tag = match masked {
            true => 1u64 << stems.binary_search(&t.stem).unwrap_or(0),
            false => t.stem,
        };
        all.extend(marked.windows(3).map(|w| (pack3(w[0], w[1], w[2]), tag)));
    }
    if !masked {
        let pairs = all.into_iter().map(|(gram, stem)| (stem, gram)).collect();
        return (Vec::new(), sorted_unique(pairs));
    }
    // The stems' bits of one trigram are OR-ed, so their order does not matter.
    all.sort_unstable_by_key(|x| x.0);
    let mut grams: Vec<(u64, u64)> = Vec::with_capacity(all.len());
    for (gram, bit) in all {
        match grams.last_mut() {
            Some(last) if last.0 == gram => last.1 |= bit,
            _ => grams.push((gram, bit)),
        }
    }
    (grams, Vec::new())
}

/// The text `text` in lower case, diacritics taken off, each run of white space one
/// space, as code points (what [`Wording::chars4`] is read from). An ASCII word is
/// lowered byte by byte (what `to_lowercase` and [`fold_accents`] give it).
fn lowered(text: &str) -> Vec<char> {
    let mut out: Vec<char> = Vec::with_capacity(text.len());
    for (k, w) in text.split_whitespace().enumerate() {
        if k > 0 {
            out.push(' ');
        }
        if w.is_ascii() {
            out.extend(w.bytes().map(|b| b.to_ascii_lowercase() as char));
        } else {
            out.extend(fold_accents(&w.to_lowercase()).chars());
        }
    }
    out
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
        let is_word = |t: &&Token| !t.stop && t.kind == Kind::Word;
        let word_stems = sorted_unique(tokens.iter().filter(is_word).map(|t| t.stem).collect());
        let (grams, word_grams) = word_trigrams(tokens.iter().filter(is_word), &word_stems);
        let lower = lowered(text);
        Wording {
            content_bigrams,
            content_seq,
            grams,
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
        assert_eq!(one.grams.len(), 5);
        assert!(one.word_grams.is_empty() && one.word_stems.len() == 1);
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
        assert_eq!(plain.grams, accented.grams);
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

    /// The lowered text as it was read before ASCII words were lowered byte by byte.
    fn lowered_by_definition(text: &str) -> Vec<char> {
        text.split_whitespace()
            .flat_map(|w| {
                let w: Vec<char> = fold_accents(&w.to_lowercase()).chars().collect();
                std::iter::once(' ').chain(w)
            })
            .skip(1)
            .collect()
    }

    /// ASCII words, other scripts (a final sigma, a dotted capital I), a lone combining
    /// mark first, tabs and line breaks: the same code points as by definition.
    #[test]
    fn the_lowered_text_is_the_definition() {
        for text in [
            "The  Mayor SAID\t12 homes\nburned.",
            "ΟΔΟΣ ΚΛΕΙΣΤΗ στην Αθήνα",
            "İSTANBUL'da Çarşı",
            "\u{301} Café NÚÑEZ",
            "",
            "  ",
        ] {
            assert_eq!(lowered(text), lowered_by_definition(text), "{text:?}");
        }
        assert_eq!(lowered("A  b"), vec!['a', ' ', 'b']);
    }

    /// Past 64 stems the trigrams are kept as (stem, trigram), one stem's grams each; a
    /// word repeated is one stem, and a stem's bit marks each of its trigrams.
    #[test]
    fn trigrams_are_marked_by_stem_or_kept_by_stem_past_64() {
        let w = wording("Killers fled; the killers killed.");
        assert_eq!(w.word_stems.len(), 3, "{w:?}");
        let kil = pack3('k', 'i', 'l');
        let bits = w.grams.iter().find(|g| g.0 == kil).map_or(0, |g| g.1);
        assert_eq!(bits.count_ones(), 2, "{w:?}");
        let many: String = (0..70).map(|k| format!("word{k}x ")).collect();
        let long = wording(&many);
        assert!(long.grams.is_empty() && long.word_stems.len() == 70);
        // "word5x": "^wo", "wor", "ord", "rd5", "d5x", "5x$", as many as its letters.
        let letters: usize = (0..70).map(|k| format!("word{k}x").len()).sum();
        assert_eq!(long.word_grams.len(), letters);
    }
}

//! Hundreds and thousands written in words in French, German, Spanish, Italian,
//! Portuguese and Dutch (trial 58 M9): the words of a hundred and of a thousand after a
//! number word ("trois mille", "tres mil", "três mil", "deux cents"), glued to it in one
//! word ("tremila", "trecento", "dreitausend", "drieduizend"), and the one-word hundreds
//! of Spanish and Portuguese ("trescientos", "quinhentos"). The number flags read them
//! as one figure (`flags::numbers::multiplied`); English "three thousand" is the
//! tokeniser's (`text::fold`).

use super::cardinals::{language_bits, DE, ES, FR, IT, NL, PT};
use crate::matcher::language::Language;

/// The words of a hundred and of a thousand that multiply the number word before them,
/// their value and the languages they are one in. Not "cientos" (alone "hundreds", a
/// vague count) nor English "hundred" and "thousand" (the tokeniser's).
const SCALE_WORDS: &[(&str, f64, u8)] = &[
    ("cent", 100.0, FR),
    ("cents", 100.0, FR),
    ("mille", 1000.0, FR | IT),
    ("mil", 1000.0, ES | PT),
    ("mila", 1000.0, IT),
    ("cento", 100.0, IT),
    ("cien", 100.0, ES),
    ("cem", 100.0, PT),
    ("hundert", 100.0, DE),
    ("tausend", 1000.0, DE),
    ("honderd", 100.0, NL),
    ("duizend", 1000.0, NL),
];

/// The value of `word` (lower case) as a word of a hundred or a thousand after a number
/// word ([`SCALE_WORDS`]) in a sentence of `language`: one of that language, of any of
/// these languages when the language is not told; never in English ("three cents").
pub(in crate::matcher) fn scale_word(word: &str, language: Option<Language>) -> Option<f64> {
    let bits = language_bits(language);
    SCALE_WORDS
        .iter()
        .find(|&&(w, _, langs)| w == word && langs & bits != 0)
        .map(|&(_, v, _)| v)
}

/// Every word of [`SCALE_WORDS`] (the words a count may be read at:
/// `flags::numbers::count_start`).
pub(in crate::matcher) fn scale_words() -> impl Iterator<Item = &'static str> {
    SCALE_WORDS.iter().map(|s| s.0)
}

/// The words of a hundred and of a thousand glued after a number word in one word, with
/// their value: Italian "tremila", "trecento", German "dreitausend", "zweihundert", Dutch
/// "drieduizend", "tweehonderd".
pub(in crate::matcher) const GLUED_SCALES: &[(&str, f64)] = &[
    ("mila", 1000.0),
    ("cento", 100.0),
    ("tausend", 1000.0),
    ("hundert", 100.0),
    ("duizend", 1000.0),
    ("honderd", 100.0),
];

/// The hundreds of Spanish and Portuguese written as one word (both genders), none of
/// them another word.
pub(in crate::matcher) const HUNDREDS: &[(&str, f64)] = &[
    ("doscientos", 200.0),
    ("doscientas", 200.0),
    ("trescientos", 300.0),
    ("trescientas", 300.0),
    ("cuatrocientos", 400.0),
    ("cuatrocientas", 400.0),
    ("quinientos", 500.0),
    ("quinientas", 500.0),
    ("seiscientos", 600.0),
    ("seiscientas", 600.0),
    ("setecientos", 700.0),
    ("setecientas", 700.0),
    ("ochocientos", 800.0),
    ("ochocientas", 800.0),
    ("novecientos", 900.0),
    ("novecientas", 900.0),
    ("duzentos", 200.0),
    ("duzentas", 200.0),
    ("trezentos", 300.0),
    ("trezentas", 300.0),
    ("quatrocentos", 400.0),
    ("quatrocentas", 400.0),
    ("quinhentos", 500.0),
    ("quinhentas", 500.0),
    ("seiscentos", 600.0),
    ("seiscentas", 600.0),
    ("setecentos", 700.0),
    ("setecentas", 700.0),
    ("oitocentos", 800.0),
    ("oitocentas", 800.0),
    ("novecentos", 900.0),
    ("novecentas", 900.0),
];

/// The value of `word` (lower case) as a French or German number word of the tokeniser's
/// table (`lexicon::UNITS` from "deux" on: "trois", "vingt", "drei"), which is no English
/// word; `None` for an English one ("three": "three cents" is money) or any other word.
pub(in crate::matcher) fn foreign_unit(word: &str) -> Option<f64> {
    super::UNITS
        .iter()
        .skip_while(|(w, _)| *w != "deux")
        .find(|(w, _)| *w == word)
        .map(|&(_, v)| v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn foreign_units_are_french_and_german_words_only() {
        assert_eq!(foreign_unit("trois"), Some(3.0));
        assert_eq!(foreign_unit("vingt"), Some(20.0));
        assert_eq!(foreign_unit("drei"), Some(3.0));
        for w in ["three", "one", "twenty", "dozen", "half", "once"] {
            assert_eq!(foreign_unit(w), None, "{w}");
        }
        assert_eq!(scale_word("mille", Some(Language::French)), Some(1000.0));
        assert_eq!(scale_word("mil", Some(Language::French)), None);
        assert_eq!(scale_word("cents", Some(Language::English)), None);
        assert_eq!(scale_word("mil", None), Some(1000.0));
    }
}

//! The language of a short sentence read by the spellings of its words as well as its
//! function words (`lexicon/language_cues.rs`: "-aron", "ñ", "-ati", "-ção"), for a
//! sentence the function words alone leave unclear ("Tres edificios resultaron dañados.",
//! "Tre edifici sono crollati."). It names only Spanish, Italian or Portuguese: the
//! sentences whose number words, negations and place names turn on it, and the languages
//! whose words end in ways English, French, German and Dutch words seldom do. The cues of
//! those four count against them, so a short English or French sentence is not taken for
//! one of the three.

use super::{Language, WORDS};
use crate::matcher::lexicon::language_cues::{ENDINGS, INSIDE, LEAST_LETTERS};

/// The languages the spellings may name.
const NAMED: [Language; 3] = [Language::Spanish, Language::Italian, Language::Portuguese];

/// The language of `sample` by its spellings: `function` holds the votes of its function
/// words per language of [`WORDS`]; each other word votes once for each language its cues
/// name ([`cue_mask`]). A language of [`NAMED`] with at least two votes and at least twice
/// every other language's; else `None`.
pub(super) fn by_spelling(sample: &str, function: [usize; 7]) -> Option<Language> {
    let mut votes = function;
    for w in sample
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
    {
        let w = w.to_lowercase();
        if super::word_languages().contains_key(w.as_str()) {
            continue;
        }
        let mask = cue_mask(&w);
        for (k, v) in votes.iter_mut().enumerate() {
            *v += usize::from(mask >> k & 1);
        }
    }
    let best = (0..votes.len()).max_by_key(|&k| (votes[k], std::cmp::Reverse(k)))?;
    let second = (0..votes.len())
        .filter(|&k| k != best)
        .map(|k| votes[k])
        .max()
        .unwrap_or(0);
    let language = WORDS.get(best)?.0;
    (NAMED.contains(&language) && votes[best] >= 2 && votes[best] >= 2 * second).then_some(language)
}

/// The languages (bits in the order of [`WORDS`]) the cues of word `w` (lower case) name:
/// its letters ([`INSIDE`]) and, from [`LEAST_LETTERS`] letters, its ending ([`ENDINGS`]).
fn cue_mask(w: &str) -> u8 {
    let long = w.chars().count() >= LEAST_LETTERS;
    let inside = INSIDE
        .iter()
        .filter(|(c, _)| w.contains(c))
        .fold(0, |m, (_, l)| m | l);
    let ending = ENDINGS
        .iter()
        .filter(|(e, _)| long && w.ends_with(e))
        .fold(0, |m, (_, l)| m | l);
    inside | ending
}

#[cfg(test)]
mod tests {
    use super::super::{guess_for_word, guess_short, Language};

    /// Short sentences with few or no function words: Spanish, Italian and Portuguese are
    /// told by their spellings.
    #[test]
    fn short_romance_sentences_are_told_by_their_spellings() {
        for (text, language) in [
            ("Tres edificios resultaron dañados.", Language::Spanish),
            ("Una persona murió.", Language::Spanish),
            ("Resultaron heridas cinco personas.", Language::Spanish),
            ("Tre edifici sono crollati.", Language::Italian),
            ("Due feriti sono stati ricoverati.", Language::Italian),
            ("Três edifícios ficaram danificados.", Language::Portuguese),
        ] {
            assert_eq!(guess_short(text), Some(language), "{text}");
        }
        // The number word itself casts no vote.
        assert_eq!(
            guess_for_word("Tres edificios resultaron dañados.", (0, 4)),
            Some(Language::Spanish)
        );
        assert_eq!(
            guess_for_word("Dos edificios resultaron dañados.", (0, 3)),
            Some(Language::Spanish)
        );
    }

    /// Short English, French, German and Dutch sentences are not taken for Spanish,
    /// Italian or Portuguese (they are told as before, or not at all).
    #[test]
    fn short_sentences_of_other_languages_are_not_taken_for_them() {
        for text in [
            "Three buildings collapsed.",
            "Taxi drivers protested.",
            "Two people died.",
            "Firefighters arrived quickly.",
            "Police confirmed casualties.",
            "Obama wins reelection.",
            "Deux personnes sont mortes.",
            "Trois immeubles détruits.",
            "Trois blessés graves.",
            "Samedi, deux morts.",
            "Zwei Menschen starben.",
            "Drei Gebäude wurden zerstört.",
            "Twee mensen kwamen om.",
            "Lindsay Lohan skipped court.",
            "Pedro Almodovar attended.",
            "Mario Monti resigned.",
        ] {
            let got = guess_short(text);
            assert!(
                !matches!(
                    got,
                    Some(Language::Spanish | Language::Italian | Language::Portuguese)
                ),
                "{text}: {got:?}"
            );
        }
    }
}

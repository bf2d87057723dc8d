//! A casualty toll as a class of the whole-article alignment (issue 8, session 24): two
//! sentences that both give a count of the dead ("killed at least 65 people", "The death
//! toll has risen to 71", "trois morts", "starben 62 Menschen") tell the same kind of fact,
//! whatever their figures (a differing figure is a number flag, not a lower rank), and so
//! do two counts of the injured. A short update ("The death toll has risen to 71, officials
//! said.") shares no content word with the lead it updates ("A bomb blast ... killed at
//! least 65 people"); the class is what it shares.
//!
//! The class fires on the *count* phrase, not on a casualty word alone: "killed" in "the
//! man who killed his wife" gives no toll, "killed 12" does.

use crate::matcher::lexicon::casualty::{count_word, Fate};
use crate::matcher::text::{Kind, Token};

/// Bit of a sentence's classes (`Prepared::classes`, beside the classes of
/// [`super::SYNONYMS`]) for a count of the dead.
pub(crate) const TOLL_DEAD: super::Classes = 1 << super::SYNONYMS.len();
/// Bit of a sentence's classes for a count of the injured.
pub(crate) const TOLL_INJURED: super::Classes = TOLL_DEAD << 1;

/// How many tokens a casualty word may stand before a figure ("killed at least 65") or
/// after it ("65 people were killed").
const BEFORE: usize = 3;
const AFTER: usize = 4;

/// How many tokens after a toll word its figure may stand ("The death toll has risen to
/// 71", "le bilan s'est alourdi à 71").
const TOLL_FIGURE_WITHIN: usize = 6;

/// Words that name a toll of the dead by themselves ("toll", "Opferzahl"), told with a
/// figure after them or after "death" ("The death toll rose").
const TOLL_WORDS: &[&str] = &[
    "toll",
    "bilan",
    "opferzahl",
    "totenzahl",
    "todeszahl",
    "bilancio",
    "balance",
];

/// Whether token `t` is a figure that may count people: a number that is no year, or a
/// number word of any language (`lexicon::cardinal_any`, read with the token's norm).
fn figure(t: &Token) -> bool {
    match t.kind {
        Kind::Number(_) => t.year().is_none(),
        _ => t.number_word,
    }
}

/// The toll classes ([`TOLL_DEAD`], [`TOLL_INJURED`]) a sentence of `tokens` gives: a
/// figure with a casualty word of the dead or the injured (`casualty::count_word`) within
/// [`BEFORE`] tokens before it or [`AFTER`] after it, or a toll word ([`TOLL_WORDS`]) after
/// "death" or with a figure within [`TOLL_FIGURE_WITHIN`] tokens after it. 0 when none.
pub(crate) fn toll_classes(tokens: &[Token]) -> super::Classes {
    let mut bits: super::Classes = 0;
    for (i, t) in tokens.iter().enumerate() {
        if figure(t) {
            let near = &tokens[i.saturating_sub(BEFORE)..(i + AFTER + 1).min(tokens.len())];
            for u in near {
                match count_word(&u.norm).map(|c| c.fate) {
                    Some(Fate::Dead) => bits |= TOLL_DEAD,
                    Some(Fate::Injured) => bits |= TOLL_INJURED,
                    _ => {}
                }
            }
        } else if TOLL_WORDS.contains(&t.norm.as_str()) {
            let death = i > 0 && tokens[i - 1].norm == "death";
            let after = &tokens[i + 1..(i + 1 + TOLL_FIGURE_WITHIN).min(tokens.len())];
            if death || after.iter().any(figure) {
                bits |= TOLL_DEAD;
            }
        }
    }
    bits
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matcher::text;

    fn tolls(s: &str) -> crate::matcher::align::Classes {
        toll_classes(&text::tokenize(s, &text::stemmer()))
    }

    #[test]
    fn a_count_of_the_dead_or_the_injured_is_a_toll_in_any_wording() {
        for s in [
            "A bomb blast at a market killed at least 65 people on Sunday, police said.",
            "The death toll has risen to 71, officials said.",
            "The toll rose to 71 on Monday.",
            "Sixty-two people died in the blast.",
            "Bomb blast kills 65 at market",
            "L'explosion a fait trois morts.",
            "Le bilan s'est alourdi à 71.",
            "Bei dem Anschlag starben 62 Menschen.",
            "La explosión dejó 65 muertos.",
            "L'esplosione ha ucciso 65 persone.",
        ] {
            assert_eq!(tolls(s), TOLL_DEAD, "{s}");
        }
        for s in [
            "More than 100 people were wounded in the explosion.",
            "Dozens were hurt, and 20 others were injured.",
            "Il y a eu 40 blessés.",
            "Mindestens 30 Menschen wurden verletzt.",
        ] {
            assert_eq!(tolls(s), TOLL_INJURED, "{s}");
        }
        assert_eq!(
            tolls("Two people died and 20 others were injured."),
            TOLL_DEAD | TOLL_INJURED
        );
    }

    #[test]
    fn a_casualty_word_without_a_count_or_a_year_is_no_toll() {
        for s in [
            "The man who killed his wife was arrested.",
            "He died in hospital on Monday.",
            "She was killed in 2015.",
            "The toll road reopened on Monday.",
            "Police said the bomb was hidden in a water tanker.",
        ] {
            assert_eq!(tolls(s), 0, "{s}");
        }
    }
}

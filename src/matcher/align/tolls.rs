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
use crate::matcher::prepared::count_slots::figure_slot;
use crate::matcher::prepared::{group_thing, CountSlot};
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

/// The figures of a sentence of `tokens` that count the dead or the injured, with the
/// toll classes each counts ([`TOLL_DEAD`], [`TOLL_INJURED`]): a figure with a casualty
/// word of the dead or the injured (`casualty::count_word`) within [`BEFORE`] tokens
/// before it or [`AFTER`] after it ("killed at least *65*", "*six* people were killed"),
/// or the first figure within [`TOLL_FIGURE_WITHIN`] tokens after a toll word
/// ([`TOLL_WORDS`]: "The death toll has risen to *seven*"), a count of the dead. In token
/// order; a figure of both ("Two people died and 20 others were injured": "20") has both
/// bits.
fn toll_figures(tokens: &[Token]) -> impl Iterator<Item = (usize, super::Classes)> + '_ {
    tokens.iter().enumerate().filter_map(move |(i, t)| {
        if figure(t) {
            let near = &tokens[i.saturating_sub(BEFORE)..(i + AFTER + 1).min(tokens.len())];
            let bits = near
                .iter()
                .fold(0, |bits, u| match count_word(&u.norm).map(|c| c.fate) {
                    Some(Fate::Dead) => bits | TOLL_DEAD,
                    Some(Fate::Injured) => bits | TOLL_INJURED,
                    _ => bits,
                });
            (bits != 0).then_some((i, bits))
        } else if TOLL_WORDS.contains(&t.norm.as_str()) {
            let end = (i + 1 + TOLL_FIGURE_WITHIN).min(tokens.len());
            (i + 1..end)
                .find(|&j| figure(&tokens[j]))
                .map(|j| (j, TOLL_DEAD))
        } else {
            None
        }
    })
}

/// The toll classes ([`TOLL_DEAD`], [`TOLL_INJURED`]) a sentence of `tokens` gives: those
/// of its figures of the dead or the injured ([`toll_figures`]), and [`TOLL_DEAD`] for a
/// toll word after "death" without a figure ("The death toll rose"). 0 when none.
pub(crate) fn toll_classes(tokens: &[Token]) -> super::Classes {
    let death_toll = tokens
        .windows(2)
        .any(|w| w[0].norm == "death" && TOLL_WORDS.contains(&w[1].norm.as_str()));
    let bits = if death_toll { TOLL_DEAD } else { 0 };
    toll_figures(tokens).fold(bits, |bits, (_, b)| bits | b)
}

/// The count slots of the tolls a sentence of `tokens` (of `text`) gives: one for each
/// toll class of each of its figures of the dead or the injured ([`toll_figures`]), whose
/// thing is the class (`prepared::group_thing` of its bit), so that "The death toll has
/// risen to *seven*" / "*Six* people were killed" / "killing *six* people" are one count
/// told with two figures (`align::count_slots_shared`: a differing figure is a number
/// flag, not a lower rank; trial 51 F8), and a count of the dead and one of the injured
/// are two things.
pub(crate) fn toll_slots(text: &str, tokens: &[Token]) -> Vec<CountSlot> {
    // Whether tokens `x` and `y` are two figures of a clock time ("21:05 Injured people
    // have been taken to ...": a live page's time, no count of the injured).
    let clock = |x: usize, y: usize| {
        tokens.get(y).is_some_and(figure)
            && figure(&tokens[x])
            && crate::model::offsets::slice_cp(text, tokens[x].end, tokens[y].start) == Some(":")
    };
    let mut out = Vec::new();
    for (k, bits) in toll_figures(tokens) {
        // A figure that is a stop word is no count, as in the other count slots.
        if tokens[k].stop || clock(k, k + 1) || (k > 0 && clock(k - 1, k)) {
            continue;
        }
        for bit in [TOLL_DEAD, TOLL_INJURED] {
            if bits & bit != 0 {
                out.extend(figure_slot(
                    text,
                    tokens,
                    k,
                    group_thing(bit.trailing_zeros()),
                ));
            }
        }
    }
    out
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

    /// The slots of the tolls a sentence gives: (count value, toll class) in token order.
    fn slots(s: &str) -> Vec<(f32, crate::matcher::align::Classes)> {
        let tokens = text::tokenize(s, &text::stemmer());
        let dead = group_thing(TOLL_DEAD.trailing_zeros());
        toll_slots(s, &tokens)
            .iter()
            .map(|c| {
                (
                    c.size.0,
                    if c.thing == dead {
                        TOLL_DEAD
                    } else {
                        TOLL_INJURED
                    },
                )
            })
            .collect()
    }

    #[test]
    fn a_count_of_the_dead_or_the_injured_is_a_slot_of_its_toll() {
        for (s, value) in [
            ("The death toll has risen to seven, police said.", 7.0),
            ("Six people were killed, police said.", 6.0),
            ("Bomb blast kills 65 at market", 65.0),
            ("L'explosion a fait trois morts.", 3.0),
            ("Bei dem Anschlag starben 62 Menschen.", 62.0),
            ("Le bilan s'est alourdi à 71.", 71.0),
        ] {
            assert_eq!(slots(s), vec![(value, TOLL_DEAD)], "{s}");
        }
        assert_eq!(
            slots("Twenty-three people have been hurt."),
            vec![(23.0, TOLL_INJURED)]
        );
        // A figure near words of both is a slot of each toll.
        assert_eq!(
            slots("The bridge collapsed, killing six people and injuring 23, police said."),
            vec![(6.0, TOLL_DEAD), (6.0, TOLL_INJURED), (23.0, TOLL_INJURED)]
        );
        // No count of the dead or the injured: no slot; a clock time is no count.
        for s in [
            "21:05 Injured people have been taken to Klinikum Bremen-Mitte.",
            "The death toll rose on Monday.",
            "Nine people were still missing late on Tuesday.",
            "About 250 firefighters, police officers and rescuers were deployed.",
            "She was killed in 2015.",
            "The toll road reopened on Monday.",
        ] {
            assert_eq!(slots(s), vec![], "{s}");
        }
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

//! Where a speaker's clause ends: the character before a place in a sentence
//! ([`char_before`]), and whether a name after an inverted speech verb ends its clause and
//! so is who speaks ([`name_ends_clause`]: "..., said Carroll in a statement" / "..., said
//! Page died"), with the words that may follow it ([`AFTER_SPEAKER`], [`preposition`]).

use super::find::hyphen_part;
use super::foreign::{is_foreign_det, FOREIGN_AFTER_SPEAKER};
use crate::matcher::features::Prepared;
use crate::matcher::text::{Kind, Token};

/// The non-space character before code point `at` of `p`'s text. Read backwards from
/// `at` without collecting the text before it: asked at many tokens of a sentence, a copy
/// of the text up to each made a 400 kB paragraph take seconds and a 5 MB one minutes
/// (trial 28). In ASCII text a code point is a byte; otherwise the byte offset is found by
/// counting code points, without allocating.
pub(super) fn char_before(p: &Prepared, at: usize) -> Option<char> {
    let end = super::foreign::byte_at(p, at);
    p.text[..end].chars().rev().find(|c| !c.is_whitespace())
}

/// Words that may follow the name after an inverted "said" while that name still ends its
/// clause: a place, a time or a manner of saying ("..., said Carroll in a statement",
/// "..., said Smith on Monday", "..., said Doe of the Red Cross").
pub(super) const AFTER_SPEAKER: &[&str] = &[
    "of",
    "in",
    "on",
    "at",
    "from",
    "for",
    "with",
    "during",
    "after",
    "before",
    "about",
    "to",
    "by",
    "via",
    "yesterday",
    "today",
    "tonight",
    "earlier",
    "later",
    "late",
    "last",
    "this",
    "when",
    "while",
    "who",
    "whose",
    "adding",
];

/// Whether a word is one that may follow a speaker's name in its clause ([`AFTER_SPEAKER`],
/// `foreign::FOREIGN_AFTER_SPEAKER`: "in", "à", "am"): a preposition or a time, no role.
pub(super) fn preposition(t: &Token) -> bool {
    AFTER_SPEAKER.contains(&t.norm.as_str()) || FOREIGN_AFTER_SPEAKER.contains(&t.norm.as_str())
}

/// Whether the name ending at token `e` after an inverted speech verb ends its clause, and
/// so is the one who speaks ("..., said Carroll." / "..., said Carroll, adding ..." / "...,
/// said Carroll in a statement", "..., said Smith Monday", "..., dijo Juan Pérez el lunes"), rather than the subject of what was said, a verb after
/// it ("..., said Page died", "The spokesman, John Doe, said Smith resigned").
pub(super) fn name_ends_clause(p: &Prepared, toks: &[Token], e: usize) -> bool {
    // The rest of a long name ("said Assistant Attorney General Michael Chertoff"), and
    // a second name ("said Zadan and Meron").
    let chars = crate::matcher::flags::chars_of(p);
    let mut e = e;
    loop {
        let weekday = |t: &Token| matches!(t.kind, Kind::Weekday(_));
        if toks.get(e + 1).is_some_and(|t| t.proper && !weekday(t))
            || hyphen_part(chars, toks, e + 1)
        {
            e += 1;
        } else if toks.get(e + 1).is_some_and(|t| t.norm == "and")
            && toks.get(e + 2).is_some_and(|t| t.proper)
        {
            e += 2;
        } else {
            break;
        }
    }
    let Some(next) = toks.get(e + 1) else {
        return true;
    };
    let gap = chars.get(toks[e].end..next.start).unwrap_or(&[]);
    let stop = |c: &char| ",.;:()\"\u{201c}\u{201d}\u{2014}\u{2013}".contains(*c);
    gap.iter().any(stop)
        || matches!(next.kind, Kind::Weekday(_))
        || AFTER_SPEAKER.contains(&next.norm.as_str())
        || FOREIGN_AFTER_SPEAKER.contains(&next.norm.as_str())
        // "dijo el gobernador Juan Pérez el lunes", "disse João Silva na segunda-feira".
        || past_time(toks, e + 1) > e + 1
        // "teilte die Polizeisprecherin mit."
        || separable_end(p, toks, e + 1)
}

/// Whether token `k` is the particle of a German separable speech verb that ends the
/// clause after the role ("teilte die Polizeisprecherin mit.", "teilte der Landrat mit,
/// ..."): "mit", then nothing or punctuation.
pub(super) fn separable_end(p: &Prepared, toks: &[Token], k: usize) -> bool {
    toks.get(k).is_some_and(|t| t.norm == "mit")
        && toks
            .get(k + 1)
            .is_none_or(|n| matches!(char_before(p, n.start), Some(',' | '.' | ';')))
}

/// The token after a time told right after a speech verb from token `from` of `toks`
/// ("on Monday", "Monday", "am Montag", "lundi", "el lunes", "gestern", "na segunda-feira"):
/// prepositions and articles (`clause_end::preposition`, "the", "na", "no",
/// `foreign::is_foreign_det`) and dates
/// (`Token::date`) or words of the story's day (`corpus::past_time::DAY_WORDS`), up to
/// four, ending with a date or a day; `from` itself when none stands there.
pub(super) fn past_time(toks: &[Token], from: usize) -> usize {
    let day = |t: &Token| {
        t.date || matches!(t.kind, Kind::Weekday(_)) || crate::matcher::corpus::is_day_word(&t.norm)
    };
    let mut end = from;
    for (k, t) in toks.iter().enumerate().skip(from).take(4) {
        if day(t) {
            end = k + 1;
        } else if !(preposition(t)
            || matches!(t.norm.as_str(), "the" | "na" | "no")
            || is_foreign_det(&t.norm))
        {
            break;
        }
    }
    end
}

#[cfg(test)]
mod tests {
    use super::char_before;
    use crate::matcher::features::{Idf, Prepared};

    #[test]
    fn the_character_before_is_read_at_every_offset_in_any_script() {
        for text in [
            "\"We are safe,\" said Kim, a soldier.",
            "« Un drame épouvantable », a réagi la préfète, 東京 🔥 ,  said Ana.",
            "",
        ] {
            let p = Prepared::new(text, Idf::builtin());
            let chars: Vec<char> = text.chars().collect();
            for at in 0..=chars.len() + 2 {
                let naive = chars[..at.min(chars.len())]
                    .iter()
                    .rev()
                    .find(|c| !c.is_whitespace())
                    .copied();
                assert_eq!(char_before(&p, at), naive, "{text:?} at {at}");
            }
        }
    }
}

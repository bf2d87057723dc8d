//! Person flags: one person told as a man by one report and as a woman by the other, "the
//! driver was a woman in her 30s" / "the driver was a man in his 30s", "his son" / "his
//! daughter". Only nouns of one role are compared (man / woman, boy / girl, husband /
//! wife, son / daughter ...), never pronouns ("he" / "she" may be two people of the
//! sentence), and no flag when either sentence names both sexes ("a man and his wife":
//! two people), nor when the words around the two nouns share none (a woman killed and a
//! man charged are two people of one event) or their possessive words differ ("her
//! husband" / "his wife": the two of one couple).
//!
//! Ranges are code points of each prepared sentence's own text, as every flag.

use super::Ranges;
use crate::matcher::prepared::Prepared;
use crate::matcher::text::Kind;

/// Nouns of one role, male and female, lower case (singular and plural).
const ROLES: &[(&[&str], &[&str])] = &[
    (&["man", "men"], &["woman", "women"]),
    (&["boy", "boys"], &["girl", "girls"]),
    (&["husband", "husbands"], &["wife", "wives"]),
    (&["father", "fathers"], &["mother", "mothers"]),
    (&["son", "sons"], &["daughter", "daughters"]),
    (&["brother", "brothers"], &["sister", "sisters"]),
    (&["grandfather"], &["grandmother"]),
    (&["uncle"], &["aunt"]),
    (&["nephew"], &["niece"]),
    (&["boyfriend"], &["girlfriend"]),
];

/// The index of the first token of `p` (not a name: "Isle of Man") that is one of
/// `words`.
fn find(p: &Prepared, words: &[&str]) -> Option<usize> {
    p.tokens
        .iter()
        .position(|t| !t.proper && words.contains(&t.norm.as_str()))
}

/// Whether `p` names a male or a female person of any role: (male, female).
/// Read once per sentence (`facts.rs`).
fn sexes(p: &Prepared) -> (bool, bool) {
    *p.facts.sexes.get_or_init(|| read_sexes(p))
}

/// [`sexes`], read from the tokens.
fn read_sexes(p: &Prepared) -> (bool, bool) {
    ROLES.iter().fold((false, false), |(m, f), (male, female)| {
        (m || find(p, male).is_some(), f || find(p, female).is_some())
    })
}

/// The possessive word before token `i` ("his", "her", "their"), if any: "her husband" /
/// "his wife" are the two of one couple, not one person told otherwise.
fn possessor(p: &Prepared, i: usize) -> Option<&str> {
    let before = p.tokens.get(i.checked_sub(1)?)?;
    matches!(before.norm.as_str(), "his" | "her" | "their").then_some(before.norm.as_str())
}

/// How many content words on each side of a person's noun [`around`] reads.
const AROUND: usize = 2;

/// The stems of the content words (no names, numbers or dates) within [`AROUND`] on each
/// side of token `i` of `p`: what is told of the person.
pub(super) fn around(p: &Prepared, i: usize) -> Vec<u64> {
    let content =
        |t: &&crate::matcher::text::Token| !t.stop && !t.proper && !t.date && t.kind == Kind::Word;
    let before = p.tokens[..i].iter().rev().filter(content).take(AROUND);
    let after = p.tokens[i + 1..].iter().filter(content).take(AROUND);
    before.chain(after).map(|t| t.stem).collect()
}

/// A role told male in one sentence and female in the other ("man" / "woman") about the
/// same thing (the content words around the two nouns share one, [`around`]: a woman
/// killed and a man charged are two people), when neither sentence names both
/// sexes and the two nouns have the same possessive word or none.
pub(super) fn person_conflict(a: &Prepared, b: &Prepared) -> Option<Ranges> {
    let (sa, sb) = (sexes(a), sexes(b));
    if (sa.0 && sa.1) || (sb.0 && sb.1) {
        return None;
    }
    // A conflict needs a male person on one side and a female one on the other: without,
    // no role's nouns are looked for (most pairs name neither).
    if !((sa.0 && sb.1) || (sa.1 && sb.0)) {
        return None;
    }
    ROLES.iter().find_map(|(male, female)| {
        let (i, j) = match (find(a, male), find(b, female)) {
            (Some(i), Some(j)) => (i, j),
            _ => (find(a, female)?, find(b, male)?),
        };
        if possessor(a, i) != possessor(b, j) {
            return None;
        }
        let (wa, wb) = (around(a, i), around(b, j));
        if !wa.iter().any(|s| wb.contains(s)) {
            return None;
        }
        let (x, y) = (&a.tokens[i], &b.tokens[j]);
        Some(((x.start, x.end), (y.start, y.end)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matcher::flags::flagged_texts;

    fn flags(a: &str, b: &str) -> Option<(String, String)> {
        flagged_texts(person_conflict, a, b)
    }

    #[test]
    fn one_person_told_as_a_man_and_as_a_woman_differs_both_ways() {
        for (a, b, ta, tb) in [
            (
                "The driver was a woman in her 30s.",
                "The driver was a man in his 30s.",
                "woman",
                "man",
            ),
            (
                "Police said his son was among the dead.",
                "Police said his daughter was among the dead.",
                "son",
                "daughter",
            ),
            (
                "A boy was pulled from the river.",
                "A girl was pulled from the river.",
                "boy",
                "girl",
            ),
        ] {
            assert_eq!(flags(a, b), Some((ta.into(), tb.into())), "{a} / {b}");
            assert_eq!(flags(b, a), Some((tb.into(), ta.into())), "{b} / {a}");
        }
    }

    #[test]
    fn the_same_sex_two_people_or_other_roles_do_not_flag() {
        for (a, b) in [
            ("The driver was a woman in her 30s.", "A woman was driving."),
            // Two people on one side.
            (
                "A man and his wife were injured.",
                "The woman was taken to hospital.",
            ),
            // Other roles: a man and a girl may be two people.
            ("A man was arrested.", "A girl was injured."),
            // Two people of one event: no word around the nouns in common.
            (
                "A woman died after being struck by a hit-and-run driver.",
                "The man police say is behind the hit and run faces a murder charge.",
            ),
            // One couple from its two sides.
            (
                "Her husband says she never wanted to be kept alive.",
                "Michael Schiavo has argued that his wife never wanted to be kept alive.",
            ),
            // Pronouns are not read.
            ("He was arrested.", "She was arrested."),
            // A name.
            ("He lives on the Isle of Man.", "A woman was arrested."),
        ] {
            assert_eq!(flags(a, b), None, "{a} / {b}");
            assert_eq!(flags(b, a), None, "{b} / {a}");
        }
    }
}

//! Which tokens a count of `read::number_slots` can be read at: a cheap test asked of
//! every token first, so that the reader's chain of rules (each a look at the token and
//! its neighbours) runs only where one of them may read a count (speed only: the same
//! counts are read; `tests` compares the two over every sentence of the shared data).

use super::compound::{one_word, ONE_AS_ARTICLE, ONE_WORD, TENS_PREFIXES};
use super::spelled::{APPROXIMATE, DOZENS, VAGUE_PLURALS};
use crate::matcher::features::Prepared;
use crate::matcher::flags::counts::FRACTIONS;
use crate::matcher::lexicon::number_and_article_words;
use crate::matcher::text::{FxWordSet, Kind};
use std::sync::OnceLock;

/// The words a rule of the reader may read a count at, looked up whole: the number words
/// of every language and the articles of one (`lexicon::number_and_article_words`: what
/// `lexicon::cardinal_any` reads and `lexicon::one_article` admits, "tres", "a year",
/// "une fois", "una persona"), fractions before "of" (`counts::fraction`, "a third of"),
/// "none" (`counts::nobody`), the words of a dozen after a half (`spelled::half_dozen`),
/// approximate counts (`spelled::approximate`, "une vingtaine"), plural approximate
/// counts of any language (`spelled::vague_plural`, "centaines"), "one" written as an
/// article (`compound::unit_value`, "vingt et un"), the one-word numbers of
/// `compound::ONE_WORD`, "neuf" (`spelled::read_kind`) and the words of "every" before an
/// ordinal (`slots::every_nth`, "jeder vierte").
fn count_words() -> &'static FxWordSet {
    static WORDS: OnceLock<FxWordSet> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut set: FxWordSet = number_and_article_words().collect();
        set.extend(FRACTIONS.iter().map(|w| w.0));
        set.extend(APPROXIMATE.iter().map(|w| w.0));
        set.extend(VAGUE_PLURALS.iter().map(|w| w.0));
        set.extend(ONE_WORD.iter().map(|w| w.0));
        set.extend(
            crate::matcher::lexicon::hundreds::HUNDREDS
                .iter()
                .map(|w| w.0),
        );
        set.extend(crate::matcher::lexicon::hundreds::scale_words());
        set.extend(DOZENS.iter().copied());
        set.extend(ONE_AS_ARTICLE.iter().copied());
        set.extend(["none", "neuf"]);
        set.extend(super::slots::EVERY.iter().copied());
        set
    })
}

/// The fewest bytes of a one-word compound that `compound::one_word` reads and
/// [`count_words`] does not hold: a tens prefix and a unit ("ventuno") or a unit, "und"
/// and tens ("einundzwanzig"); `tests` checks every one.
pub(super) const COMPOUND_MIN: usize = 6;

/// Whether `read::number_slots` may read a count at token `i` of `p`; `false` only for a
/// token at which none of its rules reads one, in any language.
/// Every token of a text that is not ASCII, and every token that is not a word
/// (figures, vague words, months, weekdays), may. A word of ASCII letters alone whose
/// lower-case form is its `norm` (no digit, so no code "BA117" and no figure glued to its
/// unit "58km" or scale "40C") may when it is:
/// - a word of [`count_words`];
/// - a German count of times ("zweimal", `times::german_times`: a word ending in "mal");
/// - a one-word compound number (`compound::one_word`: "quarantasette");
/// - a letter after a word of a line ("RER B", "line A": `ident::letter_line`).
///
/// Every other rule of the reader needs a figure or a vague word at the token
/// (`spelled::read_kind` gives one only for the words above) or reads its count at
/// another token ("a dozen" at "dozen", "two thirds of" at "thirds"). The words are
/// admitted in every language. A rule added with a word of its own must add it here: in
/// test builds the reader reads the tokens passed over too and fails on a count read at
/// one (`read::passed_over`), so the rule's own tests tell.
pub(super) fn may_count(p: &Prepared, i: usize) -> bool {
    let Some(t) = p.tokens.get(i) else {
        return false;
    };
    if !p.ascii || t.kind != Kind::Word {
        return true;
    }
    let w = t.norm.as_str();
    let plain = !w.is_empty()
        && w.bytes().all(|b| b.is_ascii_lowercase())
        && p.text
            .get(t.start..t.end)
            .is_some_and(|s| s.eq_ignore_ascii_case(w));
    if !plain {
        return true;
    }
    count_words().contains(w)
        || w.ends_with("mal")
        || (w.len() == 1 && i > 0 && super::ident::letter_line_word(&p.tokens[i - 1].norm))
        || (w.len() >= COMPOUND_MIN && compound_shaped(w) && one_word(w).is_some())
}

/// Whether `w` (at least [`COMPOUND_MIN`] bytes) has the shape of a compound
/// `compound::one_word` reads without its table: it begins with the first four bytes of a
/// tens prefix (`compound::TENS_PREFIXES`, none shorter than four), holds "und" or ends
/// with a glued hundred or thousand (`multiplied::glued_shaped`: "tremila").
fn compound_shaped(w: &str) -> bool {
    static HEADS: OnceLock<Vec<[u8; 4]>> = OnceLock::new();
    let heads = HEADS.get_or_init(|| {
        let mut v: Vec<[u8; 4]> = TENS_PREFIXES
            .iter()
            .filter_map(|(p, _)| p.as_bytes().get(..4)?.try_into().ok())
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    });
    let b = w.as_bytes();
    b.get(..4)
        .is_some_and(|h| heads.iter().any(|x| x.as_slice() == h))
        || b.windows(3).any(|x| x == b"und")
        || super::multiplied::glued_shaped(w)
}

#[cfg(test)]
mod tests {
    use super::super::read::read_slots;
    use super::*;
    use crate::matcher::features::Idf;
    use crate::matcher::flags::language_of;
    use crate::matcher::segment::segment;

    /// The sentences of `text`, as the corpus reads them (`segment::segment`).
    fn sentences(text: &str) -> Vec<String> {
        let chars: Vec<char> = text.chars().collect();
        segment(text)
            .into_iter()
            .map(|(s, e)| chars[s..e].iter().collect())
            .collect()
    }

    /// The text files under `dir` (and its folders), and the sentences `a` and `b` of its
    /// JSON-lines files.
    fn texts_under(dir: &std::path::Path, out: &mut Vec<String>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        let mut paths: Vec<_> = entries.filter_map(|e| e.ok()).map(|e| e.path()).collect();
        paths.sort();
        for path in paths {
            let ext = path.extension().and_then(|e| e.to_str());
            if path.is_dir() {
                texts_under(&path, out);
            } else if ext == Some("txt") {
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                out.extend(sentences(&text));
            } else if ext == Some("jsonl") {
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                for line in text.lines() {
                    let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
                        continue;
                    };
                    for side in ["a", "b"] {
                        if let Some(s) = v[side].as_str() {
                            out.extend(sentences(s));
                        }
                    }
                }
            }
        }
    }

    /// The counts read at the tokens [`may_count`] admits are the counts read at every
    /// token, the same in every field and order: over the sample articles and the text
    /// fixtures of the repository, every sentence of `../shared/eval` and
    /// `../shared/samples` when they are there, and sentences of each rule in the
    /// languages the reader reads.
    #[test]
    fn the_tested_tokens_give_the_counts_every_token_gives() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut texts: Vec<String> = [
            "Two-thirds of the 90 passengers, a third of them children, were hurt; half of the rest fled.",
            "No one was killed and none of the 12 workers was hurt, a year after the fire.",
            "He was jailed for a year and a half; twice a year, an hour, once a week, stabbed twice.",
            "Une quarantaine de pompiers et des centaines de manifestants; une fois, vingt et un morts.",
            "Quarante-sept personnes, neuf blessés, les neuf ouvriers, un vélo neuf.",
            "Una persona risulta dispersa e una è morta; una sessantina di persone, quarantasette feriti.",
            "Cuarenta y siete personas, veintitrés heridos, una vez, miles de personas, tres muertos.",
            "Eine Person wurde getötet, zweimal, siebenundvierzig Menschen, Hunderte Menschen, ein Mal.",
            "Quarenta e sete pessoas, dezoito feridos, uma vez, meia dúzia de casas, milhares.",
            "Half a dozen cars, a dozen people, two dozen homes, a million dollars, tens of thousands.",
            "Flight BA117 and the M6, 58km away at 40C, on the A-44, Interstate 95, the 2024 floods.",
            "sei feriti, tres muertos, media docena, une demi-douzaine, ein halbes Dutzend, mezza dozzina.",
            "Several hundred people, dozens of homes, a few people, a handful of cars, hundreds.",
            "One in five voters, 20 percent of the 90 workers, 3-2 defeat, between 10 and 20 people.",
            "四人死亡，超过30所学校，6时，12月，数枪。",
            "Il 34enne, un uomo di 34 anni, Karim B., 34 ans, the gunman, 27, opened fire.",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let fixed = texts.len();
        texts_under(&root.join("samples"), &mut texts);
        texts_under(&root.join("tests/fixtures"), &mut texts);
        let in_repo = texts.len();
        texts_under(&root.join("../shared/eval"), &mut texts);
        texts_under(&root.join("../shared/samples"), &mut texts);
        assert!(
            in_repo > fixed + 100,
            "{in_repo} sentences in the repository"
        );
        let idf = Idf::builtin();
        let (mut counts, mut skipped) = (0, 0);
        for text in &texts {
            let p = Prepared::new(text, idf);
            let guessed = language_of(&p);
            let every = read_slots(&p, guessed, |_, _| true);
            let tested = read_slots(&p, guessed, may_count);
            assert_eq!(format!("{tested:?}"), format!("{every:?}"), "{text}");
            counts += every.len();
            skipped += (0..p.tokens.len()).filter(|&i| !may_count(&p, i)).count();
        }
        // The test compares real counts, and the pre-test passes over words: more than
        // 500 in the repository's own texts (622 in session 35), more than 1,000 with
        // `../shared` beside the checkout (a fresh clone elsewhere has only the former).
        let floor = if texts.len() > in_repo { 1000 } else { 500 };
        assert!(
            counts > floor,
            "{counts} counts in {} sentences",
            texts.len()
        );
        assert!(skipped > 10 * counts, "{skipped} tokens passed over");
        eprintln!(
            "{} sentences, {counts} counts, {skipped} tokens passed over",
            texts.len()
        );
    }

    /// Every tens prefix is at least four bytes (so its head is its first four), and the
    /// compounds of each shape are admitted.
    #[test]
    fn compounds_have_the_shape_the_pre_test_asks() {
        for (prefix, _) in TENS_PREFIXES {
            assert!(prefix.len() >= 4, "{prefix}");
            assert!(compound_shaped(&format!("{prefix}uno")), "{prefix}");
        }
        for w in [
            "quarantasette",
            "ventuno",
            "veintitrés",
            "einundzwanzig",
            "siebenundvierzig",
        ] {
            assert!(compound_shaped(w) && one_word(w).is_some(), "{w}");
        }
        assert!(!compound_shaped("police") && !compound_shaped("killed"));
    }

    /// A pre-test that passes over a word a rule reads a count at fails in test builds
    /// (`read::passed_over`): a rule added with a word the pre-test does not know fails
    /// its own tests.
    #[test]
    #[should_panic(expected = "which the pre-test (count_start::may_count) passes over")]
    fn a_count_read_at_a_word_passed_over_fails_the_tests() {
        let p = Prepared::new("Two people died and twelve were hurt.", Idf::builtin());
        let guessed = language_of(&p);
        read_slots(&p, guessed, |_, _| false);
    }

    /// Words of the rules' tables and the articles of one are admitted, in any language,
    /// and plain words are passed over.
    #[test]
    fn the_words_of_the_rules_are_admitted() {
        let idf = Idf::builtin();
        let at = |text: &str| {
            let p = Prepared::new(text, idf);
            // "They said " is ten code points.
            let k = p.tokens.iter().position(|t| t.start == 10);
            (k.unwrap_or_else(|| panic!("{text}: no token at 10")), p)
        };
        for w in [
            "un",
            "une",
            "una",
            "uno",
            "uma",
            "none",
            "half",
            "thirds",
            "quarter",
            "vingtaine",
            "centaines",
            "hunderte",
            "zweimal",
            "einmal",
            "catorze",
            "quarantasette",
            "siebenundvierzig",
            "neuf",
            "tres",
            "sei",
            "docena",
            "douzaine",
            "einige",
        ] {
            let (k, p) = at(&format!("They said {w} of them"));
            assert!(may_count(&p, k), "{w}");
        }
        for w in ["a", "an", "ein", "eine", "une"] {
            let (k, p) = at(&format!("They said {w} year ago"));
            assert!(may_count(&p, k), "{w}");
        }
        for w in ["police", "the", "fire", "said"] {
            let (k, p) = at(&format!("They said {w} was out"));
            assert!(!may_count(&p, k), "{w}");
        }
    }
}

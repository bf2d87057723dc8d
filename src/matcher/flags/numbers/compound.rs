//! Compound cardinals of French, Spanish, Portuguese, Italian and German written in words
//! (trial 29, F1 and F2): "Quarante-sept personnes", "Cuarenta y siete personas",
//! "Quarenta e sete pessoas" are 47, not 7 (which gave `Quarante-sept personnes ≠ 47
//! personnes`, a solid flag on one figure); "quarantasette", "siebenundvierzig",
//! "veintitrés" and the teens "catorze", "dezoito", "diciassette", "dieciséis" are read
//! whole.

use crate::matcher::features::Prepared;
use crate::matcher::flags::surface;
use crate::matcher::lexicon::first_bytes::{first_bytes_of, may_start, FirstBytes};
use crate::matcher::lexicon::hundreds::HUNDREDS;
use crate::matcher::lexicon::{cardinal_any, MULTIPLIERS};
use crate::matcher::text::Kind;
use std::sync::OnceLock;

/// Words that join a tens word and a unit word ("cuarenta y siete", "quarenta e sete",
/// "vingt et un").
const JOINERS: &[&str] = &["y", "e", "et"];

/// One-word numbers the cardinal table does not hold, none of them another word.
pub(super) const ONE_WORD: &[(&str, f64)] = &[
    // Portuguese teens (Portugal and Brazil spellings).
    ("catorze", 14.0),
    ("quinze", 15.0),
    ("dezasseis", 16.0),
    ("dezesseis", 16.0),
    ("dezassete", 17.0),
    ("dezessete", 17.0),
    ("dezoito", 18.0),
    ("dezanove", 19.0),
    ("dezenove", 19.0),
    // Italian teens and tens.
    ("quattordici", 14.0),
    ("sedici", 16.0),
    ("diciassette", 17.0),
    ("diciotto", 18.0),
    ("diciannove", 19.0),
    ("sessanta", 60.0),
    ("settanta", 70.0),
    ("ottanta", 80.0),
    ("novanta", 90.0),
    // Spanish teens.
    ("dieciséis", 16.0),
    ("diecisiete", 17.0),
    ("dieciocho", 18.0),
    ("diecinueve", 19.0),
];

/// Tens written before their unit in one word (Italian "quarantasette", "ventuno";
/// Spanish "veintitrés").
pub(super) const TENS_PREFIXES: &[(&str, f64)] = &[
    ("venti", 20.0),
    ("vent", 20.0),
    ("veinti", 20.0),
    ("trenta", 30.0),
    ("trent", 30.0),
    ("quaranta", 40.0),
    ("quarant", 40.0),
    ("cinquanta", 50.0),
    ("cinquant", 50.0),
    ("sessanta", 60.0),
    ("sessant", 60.0),
    ("settanta", 70.0),
    ("settant", 70.0),
    ("ottanta", 80.0),
    ("ottant", 80.0),
    ("novanta", 90.0),
    ("novant", 90.0),
];

/// Units after a one-word tens prefix (Italian, Spanish with its accents).
pub(super) const UNITS_AFTER: &[(&str, f64)] = &[
    ("uno", 1.0),
    ("una", 1.0),
    ("un", 1.0),
    ("due", 2.0),
    ("dós", 2.0),
    ("tre", 3.0),
    ("tré", 3.0),
    ("trés", 3.0),
    ("quattro", 4.0),
    ("cuatro", 4.0),
    ("cinque", 5.0),
    ("cinco", 5.0),
    ("sei", 6.0),
    ("séis", 6.0),
    ("sette", 7.0),
    ("siete", 7.0),
    ("otto", 8.0),
    ("ocho", 8.0),
    ("nove", 9.0),
    ("nueve", 9.0),
];

/// The value of a German number word in a one-word compound ("sieben", "vierzig"):
/// `lexicon::UNITS` and the cardinal table, and "ein" (alone an article).
fn german(word: &str) -> Option<f64> {
    if word == "ein" {
        return Some(1.0);
    }
    crate::matcher::lexicon::UNITS
        .iter()
        .find(|(w, _)| *w == word)
        .map(|&(_, v)| v)
        .or_else(|| cardinal_any(word))
}

/// The first bytes of the words of [`ONE_WORD`], of `lexicon::hundreds::HUNDREDS` and of
/// the tens of [`TENS_PREFIXES`]: a word beginning with none of them (and holding no
/// German "und", ending with no glued hundred or thousand) is no [`one_word`].
fn one_word_starts() -> &'static FirstBytes {
    static STARTS: OnceLock<FirstBytes> = OnceLock::new();
    STARTS.get_or_init(|| {
        first_bytes_of(
            ONE_WORD
                .iter()
                .chain(HUNDREDS)
                .chain(TENS_PREFIXES)
                .map(|w| w.0),
        )
    })
}

fn find(table: &[(&str, f64)], w: &str) -> Option<f64> {
    table.iter().find(|(x, _)| *x == w).map(|&(_, v)| v)
}

/// The value of a one-word number the cardinal table does not hold (`norm`: a token's
/// lower-case form): a teen or tens word of [`ONE_WORD`], a Spanish or Portuguese hundreds
/// (`lexicon::hundreds::HUNDREDS`: "trescientos"), a number word glued to a hundred or a
/// thousand (`multiplied::glued`: "tremila", "dreitausend"), an Italian or Spanish tens
/// prefix and a unit ("quarantasette" 47, "ventuno" 21, "veintitrés" 23), a German unit,
/// "und" and tens ("siebenundvierzig" 47); `None` for any other word.
pub(in crate::matcher::flags) fn one_word(norm: &str) -> Option<f64> {
    // Most words begin no word of the tables and hold no "und": passed over at once.
    let first = norm.as_bytes().first().copied().unwrap_or(0);
    let glued_shape = super::multiplied::glued_shaped(norm);
    if !may_start(one_word_starts(), first) && !norm.contains("und") && !glued_shape {
        return None;
    }
    if let Some(v) = find(ONE_WORD, norm).or_else(|| find(HUNDREDS, norm)) {
        return Some(v);
    }
    // "tremila", "dreitausend", "drieduizend" (trial 58 M9).
    if let Some(v) = glued_shape
        .then(|| super::multiplied::glued(norm))
        .flatten()
    {
        return Some(v);
    }
    if let Some((unit, tens)) = norm.split_once("und") {
        if let (Some(u), Some(t)) = (german(unit), german(tens)) {
            if is_unit(u) && is_tens(t) {
                return Some(t + u);
            }
        }
    }
    TENS_PREFIXES.iter().find_map(|&(prefix, t)| {
        let unit = norm.strip_prefix(prefix)?;
        find(UNITS_AFTER, unit).map(|u| t + u)
    })
}

/// The value of token `j` of `p` as a number word or a figure written in words, any
/// language (`None` for a figure in digits).
fn word_value(p: &Prepared, j: usize) -> Option<f64> {
    let t = p.tokens.get(j)?;
    if !t.norm.starts_with(char::is_alphabetic) {
        return None;
    }
    match t.kind {
        Kind::Number(v) => Some(v),
        Kind::Word => cardinal_any(&t.norm),
        _ => None,
    }
}

/// "One" written as an article, the unit of a compound ("vingt et un", "vinte e uma",
/// "veinte y una": [`unit_value`]).
pub(super) const ONE_AS_ARTICLE: &[&str] = &["un", "une", "una", "uno", "um", "uma"];

/// The value of token `j` as the unit of a compound: a number word, or "one" written as
/// an article ("vingt et un", "vinte e uma", "veinte y una"), which alone is no number.
fn unit_value(p: &Prepared, j: usize) -> Option<f64> {
    match p.tokens.get(j) {
        Some(t) if ONE_AS_ARTICLE.contains(&t.norm.as_str()) => Some(1.0),
        _ => word_value(p, j),
    }
}

fn is_tens(v: f64) -> bool {
    (20.0..=90.0).contains(&v) && v % 10.0 == 0.0
}

fn is_unit(v: f64) -> bool {
    (1.0..=9.0).contains(&v) && v.fract() == 0.0
}

/// Whether tokens `a` and `b` of `p` are joined by a hyphen alone ("quarante-sept").
fn hyphened(p: &Prepared, a: usize, b: usize) -> bool {
    let (x, y) = (&p.tokens[a], &p.tokens[b]);
    x.end <= y.start && matches!(&*surface(p, x.end, y.start), "-" | "\u{2010}" | "\u{2011}")
}

/// The index of the tens word that token `i` (a unit word) completes: the token before it
/// across a hyphen, or the one before a joiner ([`JOINERS`]) before it.
fn tens_before(p: &Prepared, i: usize) -> Option<usize> {
    if i >= 1 && hyphened(p, i - 1, i) {
        return Some(i - 1);
    }
    (i >= 2 && JOINERS.contains(&p.tokens[i - 1].norm.as_str())).then(|| i - 2)
}

/// The unit word that completes token `i` (a tens word): after a hyphen, or after a joiner.
fn unit_after(p: &Prepared, i: usize) -> Option<usize> {
    let n = p.tokens.len();
    if i + 1 < n && hyphened(p, i, i + 1) {
        return Some(i + 1);
    }
    (i + 2 < n && JOINERS.contains(&p.tokens[i + 1].norm.as_str())).then(|| i + 2)
}

/// How a compound cardinal reads token `i` of `p`, `None` when it is part of none: its
/// unit word (the one before the counted noun) is the whole number, its tens word is no
/// number of its own ([`Kind::Word`]), and so is a compound before a multiplier ("quarante-
/// sept mille": the sum is not read, as for a single number word). A one-word compound
/// ([`one_word`]) is its number.
pub(super) fn read(p: &Prepared, i: usize) -> Option<Kind> {
    let t = p.tokens.get(i)?;
    let before_multiplier = p
        .tokens
        .get(i + 1)
        .is_some_and(|n| MULTIPLIERS.contains(&n.norm.as_str()));
    // "il Novecento", "la Cinquecento": a century, a car; "duemila" inside a sentence is
    // written in lower case.
    let name = t.capital && i > 0 && super::multiplied::glued_shaped(&t.norm);
    if t.kind == Kind::Word && !name {
        if let Some(v) = one_word(&t.norm) {
            return Some(if before_multiplier {
                Kind::Word
            } else {
                Kind::Number(v)
            });
        }
    }
    let v = unit_value(p, i)?;
    if is_unit(v) {
        if let Some(j) = tens_before(p, i) {
            if let Some(tens) = word_value(p, j).filter(|&x| is_tens(x)) {
                return Some(if before_multiplier {
                    Kind::Word
                } else {
                    Kind::Number(tens + v)
                });
            }
        }
    }
    if is_tens(v) {
        if let Some(u) = unit_after(p, i).and_then(|k| unit_value(p, k)) {
            if is_unit(u) {
                return Some(Kind::Word);
            }
        }
    }
    None
}

/// The compound cardinal that token `i` of `p` (its unit word) completes: its value and
/// the index of its tens word, where its words start ("quarante" in "Quarante-sept
/// personnes", so the flag shows the whole figure); `None` otherwise.
pub(super) fn whole(p: &Prepared, i: usize) -> Option<(f64, usize)> {
    let v = unit_value(p, i).filter(|&v| is_unit(v))?;
    let j = tens_before(p, i)?;
    let tens = word_value(p, j).filter(|&x| is_tens(x))?;
    Some((tens + v, j))
}

#[cfg(test)]
mod tests_one_word {
    use super::*;

    /// Every word [`one_word`] reads that is not of [`ONE_WORD`] is a tens prefix and a
    /// unit, or a unit, "und" and tens, and none is shorter than
    /// `count_start::COMPOUND_MIN` (the pre-test of the count reader asks `one_word`
    /// only of words that long): every unit and tens word `german` reads is tried.
    #[test]
    fn compounds_of_no_table_are_at_least_the_pre_tests_length() {
        use super::super::count_start::COMPOUND_MIN;
        let words: Vec<&str> = crate::matcher::lexicon::UNITS
            .iter()
            .map(|u| u.0)
            .chain(crate::matcher::lexicon::number_and_article_words())
            .chain(["ein"])
            .collect();
        let of = |test: fn(f64) -> bool| -> Vec<&str> {
            let mut v: Vec<&str> = words
                .iter()
                .copied()
                .filter(|w| german(w).is_some_and(test))
                .collect();
            v.sort_unstable();
            v.dedup();
            v
        };
        let (units, tens) = (of(is_unit), of(is_tens));
        assert!(units.len() >= 9 && tens.len() >= 8, "{units:?} {tens:?}");
        let shortest = |v: &[&str]| v.iter().map(|w| w.len()).min().unwrap_or(0);
        assert!(shortest(&units) + "und".len() + shortest(&tens) >= COMPOUND_MIN);
        assert_eq!(one_word("einundzwanzig"), Some(21.0));
        for (prefix, _) in TENS_PREFIXES {
            for (unit, _) in UNITS_AFTER {
                assert!(prefix.len() + unit.len() >= COMPOUND_MIN, "{prefix}{unit}");
            }
        }
    }

    #[test]
    fn words_of_the_tables_pass_the_first_byte_test_and_others_are_none() {
        for (w, v) in ONE_WORD {
            assert_eq!(one_word(w), Some(*v), "{w}");
        }
        // Every tens prefix with every unit is read (none is passed over as a word of
        // no table).
        for (prefix, _) in TENS_PREFIXES {
            for (unit, _) in UNITS_AFTER {
                let w = format!("{prefix}{unit}");
                assert!(one_word(&w).is_some(), "{w}");
            }
        }
        assert_eq!(one_word("quarantasette"), Some(47.0));
        assert_eq!(one_word("siebenundvierzig"), Some(47.0));
        assert_eq!(one_word("einundzwanzig"), Some(21.0));
        for w in ["people", "killed", "", "und", "hundred", "bundesliga"] {
            assert_eq!(one_word(w), None, "{w}");
        }
    }
}

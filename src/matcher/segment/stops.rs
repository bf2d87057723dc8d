//! Whether a sentence stop ends a sentence: the abbreviations a full stop follows without
//! ending one (titles "Gen.", months before a day "Nov. 13", initials "J. R. Smith",
//! company suffixes "Inc." and acronyms "U.S." before no sentence starter, German ordinal
//! days "am 3. Mai") and the words that start a sentence after them ([`should_split`]).

use super::quotes::{closes_with_attribution, open_quote};
use super::{is_terminator, states};
use crate::matcher::lexicon::{month_abbreviation, GERMAN_MONTHS, SHORT_MONTHS};

const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "dr", "gen", "col", "lt", "sgt", "capt", "maj", "adm", "gov", "sen", "rep",
    "rev", "prof", "st", "ft", "mt", "brig", "cmdr", "pres", "supt", "det", "insp", "hon",
    "messrs", "cpl", "pvt", "sr", "jr", "ave", "blvd", "rd", "vs", "v", "no", "nos", "fig", "vol",
    "approx", "dept", "est", "lt.col",
];
/// Months written short in Spanish (EFE's "1 Dic."), French, German, Italian and
/// Portuguese: after a day and before a dateline's agency or dash ("SEVILLA, 1 Dic.
/// (EFE).-", "PARIS, 9 oct. (AFP) -"), the stop of one of them or of an English one
/// ([`month_abbreviation`]) ends no
/// sentence ([`dateline_month`]; trial 34, F9: the lead was cut after "Dic."). Not before
/// a day: "out. 3" or "set. 5" may end an English sentence.
fn other_month(w: &str) -> bool {
    w == "may" || SHORT_MONTHS.iter().any(|&(m, _)| m == w)
}
/// Abbreviations written before a number, lower case, in the languages of the articles
/// (German "ca. 20 km", "Nr. 612", "bzw. 30", "vgl. 5"; Dutch "ca. 20", "nr. 5"; Spanish
/// "aprox. 200", "núm. 3", "pág. 12"; French "env. 200"; Italian "n. 5", "cca. 30";
/// Portuguese "aprox. 200"): before a digit their stop ends no sentence (trial 43, C2:
/// "ca. | 20 km" and "aprox. | 200" were cut). A sentence ending on one of them before a
/// number is rare. English words ("art", "mind") are left out: "He loves art. 20 works
/// were sold." is two sentences.
const BEFORE_NUMBER: &[&str] = &[
    "ca", "cca", "nr", "bzw", "vgl", "aprox", "núm", "num", "env", "pág", "págs", "pag", "n", "p",
    "pp", "abs", "max", "inkl", "zzgl", "resp",
];
/// Scale words written short after a figure ("1,2 Mrd. Euro", "3,4 Mio. Euro", "5 Tsd.
/// Besucher", "2 mill. de euros", "3 mln. euro"), lower case: after a number their stop
/// ends a sentence only before a sentence starter ([`starts_sentence`]; trial 43, C2).
const SCALES: &[&str] = &["mrd", "mio", "tsd", "mill", "bio", "mln", "mld", "mrds"];
/// Words that start a sentence in German, Dutch, French, Spanish, Italian and Portuguese
/// besides the German articles (`lexicon::german::ARTICLES`) and the English [`STARTERS`]:
/// articles and subject pronouns, lower case.
const OTHER_STARTERS: &[&str] = &[
    "er", "sie", "es", "wir", "ich", "man", "dies", "diese", "auch", "aber", "de", "het", "een",
    "hij", "zij", "ze", "ik", "le", "la", "les", "un", "une", "il", "elle", "ils", "on", "nous",
    "el", "los", "las", "una", "ella", "lo", "gli", "o", "os", "as", "um", "uma", "ele", "ela",
];
const SUFFIXES: &[&str] = &[
    "inc", "corp", "co", "ltd", "llc", "bros", "plc", "etc", "jr", "sr",
];
const STARTERS: &[&str] = &[
    "the",
    "a",
    "an",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "but",
    "and",
    "this",
    "that",
    "these",
    "those",
    "there",
    "in",
    "on",
    "at",
    "his",
    "her",
    "its",
    "their",
    "our",
    "as",
    "if",
    "when",
    "while",
    "after",
    "before",
    "however",
    "meanwhile",
    "still",
    "yet",
    "so",
    "then",
];

/// The word just before position `stop` (letters and inner dots), lower-cased.
fn word_before(chars: &[char], from: usize, stop: usize) -> String {
    let mut b = stop;
    while b > from && (chars[b - 1].is_alphabetic() || chars[b - 1] == '.') {
        b -= 1;
    }
    chars[b..stop]
        .iter()
        .flat_map(|c| c.to_lowercase())
        .collect()
}

fn next_word(chars: &[char], k: usize, end: usize) -> String {
    let mut j = k;
    while j < end && !chars[j].is_alphanumeric() {
        j += 1;
    }
    let mut w = String::new();
    while j < end && chars[j].is_alphabetic() {
        w.extend(chars[j].to_lowercase());
        j += 1;
    }
    w
}

/// Whether the stop at `stop` ends the sentence begun at `from` (its line ending at
/// `end`), `j` past its closing marks and `k` at what follows the white space after them:
/// the rules of the module doc (`segment.rs`): no split before a lower-case word, after a
/// title, an initial, a month before a day, a German ordinal day before its month, a US
/// state's abbreviation after a place (`segment/states.rs`); after an acronym or company
/// suffix only before a sentence starter.
pub(super) fn should_split(
    chars: &[char],
    from: usize,
    stop: usize,
    j: usize,
    k: usize,
    end: usize,
) -> bool {
    let next = chars[k];
    // A decimal number written with a space after its point (`6. 1 - magnitude`, `£1. 7m`
    // in tokenised text): a sentence rarely starts with a numeral.
    if chars[stop] == '.'
        && j == stop + 1
        && k == j + 1
        && stop > from
        && chars[stop - 1].is_ascii_digit()
        && next.is_ascii_digit()
    {
        return false;
    }
    // The first letter of what follows (skipping opening quotes/brackets).
    let first_alnum = chars[k..end].iter().copied().find(|c| c.is_alphanumeric());
    if next.is_lowercase() || first_alnum.is_some_and(|c| c.is_lowercase()) {
        return false;
    }
    // A closing quote was consumed: the quotation ended with the sentence.
    let closed_quote = chars[stop + 1..j].iter().any(|&c| !is_terminator(c));
    if !closed_quote
        && open_quote(chars, from, stop).is_some_and(|o| closes_with_attribution(chars, j, end, o))
    {
        return false;
    }
    if chars[stop] != '.' || closed_quote {
        return true;
    }
    // A day written as an ordinal before its month, German style: "am 3. Mai 2013".
    let digits = chars[from..stop]
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_digit())
        .count();
    if (1..=2).contains(&digits) && (stop - digits == from || chars[stop - digits - 1] == ' ') {
        let month: String = chars[k..end]
            .iter()
            .take_while(|c| c.is_alphabetic())
            .flat_map(|c| c.to_lowercase())
            .collect();
        // German month names only, not English ones: "The toll rose to 12. May brought
        // more rain" is two sentences.
        if GERMAN_MONTHS.iter().any(|&(m, _)| m == month) {
            return false;
        }
    }
    let w = word_before(chars, from, stop);
    let bare = w.trim_start_matches('.');
    if bare.is_empty() {
        return true;
    }
    if TITLES.contains(&bare) {
        return false;
    }
    let nw = next_word(chars, k, end);
    let next_is_digit = next.is_ascii_digit();
    if next_is_digit && BEFORE_NUMBER.contains(&bare) {
        return false;
    }
    if SCALES.contains(&bare) && after_number(chars, from, stop, bare) && !starts_sentence(&nw) {
        return false;
    }
    // A German or Dutch abbreviation of two letters with spaces ("z. B.", "u. U.", "z. T.",
    // "a. M."): one lower-case letter, then a short word and its stop.
    if bare.chars().count() == 1
        && chars[stop - 1].is_lowercase()
        && short_abbreviation(chars, k, end)
    {
        return false;
    }
    let starts = |w: &str| STARTERS.contains(&w);
    if let Some(split) = states::split_after_state(chars, from, stop, k, bare, starts, &nw) {
        return split;
    }
    if month_abbreviation(bare) && next_is_digit {
        return false;
    }
    if (month_abbreviation(bare) || other_month(bare))
        && dateline_month(chars, from, stop, bare, next)
    {
        return false;
    }

    // An initial: one letter (J. R. Smith).
    if bare.chars().count() == 1 && bare.chars().all(|c| c.is_alphabetic()) {
        let upper = chars[stop - 1].is_uppercase();
        if upper {
            return false;
        }
    }
    // An acronym written with spaces in tokenised text ("7 p. m. Wednesday", "U. S."):
    // a one-letter word after another one-letter word and its point.
    let spaced_acronym = bare.chars().count() == 1
        && stop >= from + 4
        && chars[stop - 2] == ' '
        && chars[stop - 3] == '.'
        && chars[stop - 4].is_alphabetic()
        && (stop == from + 4 || !chars[stop - 5].is_alphabetic());
    let acronym = bare.contains('.') || spaced_acronym;
    if acronym || SUFFIXES.contains(&bare) {
        // A dash after it goes on with the line ("3 a.m. – The first fire crews arrive.",
        // a timeline's entry: the last pass of session 47 found it cut after "a.m.", its
        // time then compared with nothing): a sentence does not start with a dash.
        if matches!(next, '\u{2013}' | '\u{2014}' | '-') {
            return false;
        }
        return STARTERS.contains(&nw.as_str());
    }
    true
}

/// Whether the month `word` (written short, its stop at `stop`) follows a day and comes
/// before a dateline's agency or dash (`next`: "SEVILLA, 1 Dic. (EFE).-", "PARIS, 9 oct.
/// (AFP) -"): the date of a dateline, which goes on.
fn dateline_month(chars: &[char], from: usize, stop: usize, word: &str, next: char) -> bool {
    let start = stop - word.chars().count();
    let day = chars[from..start]
        .iter()
        .rev()
        .skip_while(|c| **c == ' ')
        .take_while(|c| c.is_ascii_digit())
        .count();
    (1..=2).contains(&day)
        && start > from
        && chars[start - 1] == ' '
        && matches!(next, '(' | '[' | '-' | '\u{2012}'..='\u{2015}')
}

/// Whether `word` (its stop at `stop`, in the sentence begun at `from`) follows a number
/// and a space ("1,2 Mrd.", "3.4 Mio.").
fn after_number(chars: &[char], from: usize, stop: usize, word: &str) -> bool {
    let start = stop - word.chars().count();
    start > from + 1 && chars[start - 1] == ' ' && chars[start - 2].is_ascii_digit()
}

/// Whether `word` (lower case) starts a sentence: an English [`STARTERS`] word, a German
/// article or one of [`OTHER_STARTERS`].
fn starts_sentence(word: &str) -> bool {
    STARTERS.contains(&word)
        || crate::matcher::lexicon::german::ARTICLES.contains(&word)
        || OTHER_STARTERS.contains(&word)
}

/// Whether a word of one or two letters and its stop stand at `k` ("B." of "z. B."),
/// before white space or the line's end `end`.
fn short_abbreviation(chars: &[char], k: usize, end: usize) -> bool {
    let letters = chars[k..end]
        .iter()
        .take_while(|c| c.is_alphabetic())
        .count();
    (1..=2).contains(&letters)
        && chars.get(k + letters) == Some(&'.')
        && (k + letters + 1 >= end || chars[k + letters + 1].is_whitespace())
}

//! The tokeniser's first cut: where a token starts and ends in the text (code points),
//! before any normalisation. Letters, digits and combining marks make words; an
//! apostrophe inside a word or grouping a number's thousands ("1'500"), a dot inside a
//! number or an acronym ("U.S.", "1.8") and scripts written without spaces (one token
//! per character) are handled here.

use super::scripts::unspaced;

/// An apostrophe of any style (straight, curly, modifier letter, grave, acute).
pub(super) fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ' | '`' | '´')
}

/// A raw token: its code point range.
pub(super) struct Raw {
    pub(super) start: usize,
    pub(super) end: usize,
}

/// The raw tokens of `chars`, in order.
pub(super) fn raw_tokens(chars: &[char]) -> Vec<Raw> {
    let n = chars.len();
    let mut out = Vec::with_capacity(n / 5 + 4);
    let mut i = 0;
    while i < n {
        let c = chars[i];
        if c == '%' {
            out.push(Raw {
                start: i,
                end: i + 1,
            });
            i += 1;
            continue;
        }
        if !alnum(c) {
            i += 1;
            continue;
        }
        // Chinese and Japanese, written without spaces between words: each character is a
        // token (with its combining marks), so two sentences that share words share tokens
        // (a run of such characters was one token a clause, shared by nothing).
        if unspaced(c) {
            let mut j = i + 1;
            while j < n && is_mark(chars[j]) {
                j += 1;
            }
            out.push(Raw { start: i, end: j });
            i = j;
            continue;
        }
        let start = i;
        let mut j = i + 1;
        loop {
            // ASCII letters and digits first: no other test is needed for them.
            while j < n && chars[j].is_ascii_alphanumeric() {
                j += 1;
            }
            if j < n && !unspaced(chars[j]) && (alnum(chars[j]) || is_mark(chars[j])) {
                j += 1;
                continue;
            }
            // 2.5, 1,000: punctuation between digits.
            if j + 1 < n
                && matches!(chars[j], '.' | ',')
                && chars[j - 1].is_ascii_digit()
                && chars[j + 1].is_ascii_digit()
            {
                j += 2;
                continue;
            }
            // 1'500, 12'345'678: a straight or curly apostrophe grouping thousands (Swiss
            // and Liechtenstein style), before exactly three digits.
            if thousands_apostrophe(chars, start, j) {
                j += 4;
                continue;
            }
            // don't, defector's: apostrophe between letters.
            if j + 1 < n
                && is_apostrophe(chars[j])
                && chars[j - 1].is_alphabetic()
                && chars[j + 1].is_alphabetic()
            {
                j += 2;
                continue;
            }
            // U.S., U.N., p.m.: single letters separated by dots.
            if j < n && chars[j] == '.' && j - start >= 1 {
                let seg_start = chars[start..j]
                    .iter()
                    .rposition(|&c| c == '.')
                    .map_or(start, |p| start + p + 1);
                let single = j - seg_start == 1 && chars[seg_start].is_alphabetic();
                if single && j + 2 < n && chars[j + 1].is_alphabetic() && chars[j + 2] == '.' {
                    j += 2;
                    continue;
                }
                if single && chars[start..j].contains(&'.') {
                    j += 1; // closing dot of the acronym
                }
            }
            break;
        }
        // "€1.2bn", "£3m": a figure glued to its scale word, cut in two so that it folds
        // as "€1.2 billion" does (trial 43 C1).
        match glued_scale(chars, start, j) {
            Some(cut) => {
                out.push(Raw { start, end: cut });
                out.push(Raw { start: cut, end: j });
            }
            None => out.push(Raw { start, end: j }),
        }
        i = j;
    }
    out
}

/// Scale words written glued to a figure in financial copy ("1.2bn", "3.4mln"; not "mn", French minutes),
/// lower case: each folds with its figure as the spaced word does (`lexicon::SCALES`).
const GLUED_SCALES: &[&str] = &["bn", "bln", "mln"];

/// Currency signs after which a figure glued to "m" is millions ("£3m", "$6m").
const SIGNS: &[char] = &['$', '€', '£', '¥'];

/// Where the raw token `chars[start..end]` is cut when it is a figure glued to a scale word
/// ("1.2bn", "2,5mln": [`GLUED_SCALES`]; "m" only right after a currency sign, "£3m",
/// "12m" being metres as often as millions): the code point the scale word starts at;
/// `None` for any other token.
fn glued_scale(chars: &[char], start: usize, end: usize) -> Option<usize> {
    let cut = start + chars[start..end].iter().position(|c| c.is_alphabetic())?;
    let figure = &chars[start..cut];
    let digits = figure.first().is_some_and(char::is_ascii_digit)
        && figure.last().is_some_and(char::is_ascii_digit)
        && figure
            .iter()
            .all(|&c| c.is_ascii_digit() || matches!(c, '.' | ','));
    // Most tokens are words (no figure before their letters): no scale word is read.
    if !digits {
        return None;
    }
    let scale: String = chars[cut..end]
        .iter()
        .flat_map(|c| c.to_lowercase())
        .collect();
    let signed = start > 0 && SIGNS.contains(&chars[start - 1]);
    (GLUED_SCALES.contains(&scale.as_str()) || (scale == "m" && signed)).then_some(cut)
}

/// Whether the apostrophe at `j` groups the thousands of the figure that starts at
/// `start` ("1'500", "12'345'678", "1’234.50"): a straight or curly apostrophe after a
/// group of one to three digits (the figure so far only digits and such apostrophes)
/// and before exactly three digits. A quotation mark or a possessive ("the '90s", "'500
/// workers' he said", "the 1990's") is none.
fn thousands_apostrophe(chars: &[char], start: usize, j: usize) -> bool {
    let digit = |k: usize| chars.get(k).is_some_and(char::is_ascii_digit);
    if !matches!(chars.get(j), Some('\'' | '’')) || !(1..=3).all(|k| digit(j + k)) || digit(j + 4)
    {
        return false;
    }
    let group = chars[start..j]
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_digit())
        .count();
    let grouped = chars[start..j - group]
        .iter()
        .all(|&c| c == '\'' || c == '’' || c.is_ascii_digit());
    (1..=3).contains(&group) && grouped && (group == 3 || j - group == start)
}

/// `c.is_alphanumeric()`, without the table lookup for ASCII.
#[inline]
fn alnum(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric()
    }
}

/// A combining mark (accents written as marks after their letter).
pub(super) fn is_mark(c: char) -> bool {
    // No ASCII character is a combining mark; the table lookup is for the rest.
    !c.is_ascii() && unicode_normalization::char::is_combining_mark(c)
}

//! Tokens and normalisation: case, Unicode NFKC, curly quotes and dashes, number words
//! and numerals ("four" = 4, "1.8 billion"), month names and abbreviations ("Nov." =
//! "November"), dates, possessives and negations, stop words, Snowball English stems.
//!
//! Every token keeps its code point range in the text it came from, so the user interface
//! can highlight it.

use super::lexicon::{lex, ALIASES, MONTH_NAMES};
use rust_stemmers::{Algorithm, Stemmer};
use unicode_normalization::UnicodeNormalization;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Kind {
    /// An ordinary word (or anything else that is not a number, vague quantity or date word).
    Word,
    /// A number (numeral or number words, with scale words folded in).
    Number(f64),
    /// A vague quantity: several, many, dozens ...
    Vague,
    /// A month, 1..=12.
    Month(u8),
    /// A weekday, 0 = Monday.
    Weekday(u8),
}

/// One token of a sentence.
#[derive(Debug, Clone)]
pub struct Token {
    /// Code points in the source text (relative to the text given to [`tokenize`]).
    pub start: usize,
    /// End of the token in code points (exclusive), same reference as `start`.
    pub end: usize,
    /// Normalised surface form (lower case, NFKC, months spelled out, numbers canonical).
    pub norm: String,
    /// Hash of the stem (numbers hash their value), used for all comparisons.
    pub stem: u64,
    /// What sort of token it is, with its value for numbers and date words.
    pub kind: Kind,
    /// A stop word (function word such as "the", "of"): left out of the content stems.
    pub stop: bool,
    /// Capitalised inside a sentence or an acronym: likely a name.
    pub proper: bool,
    /// Part of a date (a month, its day, a year next to it, or a weekday).
    pub date: bool,
    /// `not`, `never`, `no`, `n't`...
    pub negation: bool,
    /// The original starts with an upper-case letter.
    pub capital: bool,
}

/// Whether `w` (lower-case, as tokens are normalised) is one of the matcher's English stop
/// words.
pub fn is_stop(w: &str) -> bool {
    lex(w).stop
}

/// A fast hasher for short strings (FNV-1a); the lexicon and the stem cache use it.
#[derive(Debug, Clone, Copy)]
pub struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf29ce484222325)
    }
}

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= b as u64;
            self.0 = self.0.wrapping_mul(0x100000001b3);
        }
    }
}

/// A hash map keyed with [`Fnv`].
pub(crate) type FnvMap<K, V> = std::collections::HashMap<K, V, std::hash::BuildHasherDefault<Fnv>>;

/// FNV-1a, 64 bit ([`Fnv`]): stable across platforms and builds.
pub fn hash_str(s: &str) -> u64 {
    use std::hash::Hasher;
    let mut h = Fnv::default();
    h.write(s.as_bytes());
    h.finish()
}

/// The canonical text of a number: integers without a fraction, others with up to 4 places.
pub fn number_text(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        let s = format!("{:.4}", v);
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ' | '`' | '´')
}

/// A raw token: code point range and whether it is a dotted acronym or numeric.
struct Raw {
    start: usize,
    end: usize,
}

fn raw_tokens(chars: &[char]) -> Vec<Raw> {
    let n = chars.len();
    let mut out = Vec::new();
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
        if !c.is_alphanumeric() {
            i += 1;
            continue;
        }
        let start = i;
        let mut j = i + 1;
        loop {
            if j < n && (chars[j].is_alphanumeric() || is_mark(chars[j])) {
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
        out.push(Raw { start, end: j });
        i = j;
    }
    out
}

fn is_mark(c: char) -> bool {
    unicode_normalization::char::is_combining_mark(c)
}

fn normalise(s: &str) -> String {
    if s.is_ascii() {
        let mut out = s.to_ascii_lowercase();
        if out.contains('`') {
            out = out.replace('`', "'");
        }
        return out;
    }
    let s: String = { s.nfkc().flat_map(|c| c.to_lowercase()).collect() };
    s.chars()
        .map(|c| if is_apostrophe(c) { '\'' } else { c })
        .filter(|&c| !is_mark(c))
        .collect()
}

fn parse_numeral(s: &str) -> Option<f64> {
    // "13th", "1st", "2nd", "3rd" ordinals, "1,000", "2.5"
    let t = s
        .strip_suffix("th")
        .or_else(|| s.strip_suffix("st"))
        .or_else(|| s.strip_suffix("nd"))
        .or_else(|| s.strip_suffix("rd"))
        .unwrap_or(s);
    if !t.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let t: String = t.chars().filter(|&c| c != ',').collect();
    t.parse::<f64>().ok()
}

/// Split `text` into normalised tokens. Positions are code points of `text`.
pub fn tokenize(text: &str, stemmer: &Stemmer) -> Vec<Token> {
    let chars: Vec<char> = text.chars().collect();
    tokenize_chars(&chars, stemmer)
}

/// A Snowball English stemmer.
pub fn stemmer() -> Stemmer {
    Stemmer::create(Algorithm::English)
}

/// [`tokenize`] over a slice of code points.
pub fn tokenize_chars(chars: &[char], stemmer: &Stemmer) -> Vec<Token> {
    let raws = raw_tokens(chars);
    let mut toks: Vec<Token> = Vec::with_capacity(raws.len() + 2);
    let mut first = true;
    for r in &raws {
        let surface: String = chars[r.start..r.end].iter().collect();
        let first_char = chars[r.start];
        let upper_initial = first_char.is_uppercase();
        let letters = surface.chars().filter(|c| c.is_alphabetic()).count();
        let all_caps = letters >= 2 && surface.chars().all(|c| !c.is_lowercase());
        let mut norm = normalise(&surface);
        let mut negation = false;
        if surface == "%" {
            norm = "percent".into();
        }
        // Possessives and contractions.
        if let Some(base) = norm.strip_suffix("'s").or_else(|| norm.strip_suffix("s'")) {
            norm = if norm.ends_with("s'") {
                format!("{base}s")
            } else {
                base.to_string()
            };
        }
        if let Some(base) = norm.strip_suffix("n't") {
            negation = true;
            norm = match base {
                "wo" => "will".into(),
                "ca" => "can".into(),
                "sha" => "shall".into(),
                b => b.to_string(),
            };
        }
        if let Some(pos) = norm.find('\'') {
            norm.truncate(pos); // they'll, we're, I'd
            if norm.is_empty() {
                continue;
            }
        }
        let dotted = norm.contains('.');
        let mut kind = Kind::Word;
        let l = lex(&norm);
        if let Some(v) = parse_numeral(&norm) {
            kind = Kind::Number(v);
        } else if let Some(v) = l.unit {
            kind = Kind::Number(v);
        } else if l.vague {
            kind = Kind::Vague;
        } else if let Some(m) = l.month {
            // "may" and "march" are months only when capitalised.
            let ambiguous = norm == "may" || norm == "march" || norm == "mar";
            if !ambiguous || upper_initial {
                kind = Kind::Month(m);
                norm = MONTH_NAMES[(m - 1) as usize].to_string();
            }
        } else if let Some(d) = l.weekday {
            if norm.len() > 3 || upper_initial {
                kind = Kind::Weekday(d);
            }
        }
        if all_caps || dotted || norm == "america" || norm == "britain" {
            if let Some(canon) = l.alias {
                norm = canon.to_string();
            }
        }
        let is_word = kind == Kind::Word;
        let stop = is_word && !all_caps && !dotted && l.stop;
        if is_word && l.negation {
            negation = true;
        }
        let proper = is_word
            && !stop
            && (all_caps || dotted || (upper_initial && !first))
            && first_char.is_alphabetic();
        first = false;
        toks.push(Token {
            start: r.start,
            end: r.end,
            stem: 0,
            norm,
            kind,
            stop,
            proper,
            date: matches!(kind, Kind::Month(_) | Kind::Weekday(_)),
            negation,
            capital: upper_initial,
        });
        if negation && !lex(&toks[toks.len() - 1].norm).negation {
            // "didn't" also yields an explicit "not" at the same place.
            toks.push(Token {
                start: r.start,
                end: r.end,
                stem: 0,
                norm: "not".into(),
                kind: Kind::Word,
                stop: false,
                proper: false,
                date: false,
                negation: true,
                capital: false,
            });
            let n = toks.len();
            toks[n - 2].negation = false;
        }
    }
    // A sentence-initial capitalised word followed by another name is a name too.
    if toks.len() >= 2 && toks[1].proper && !toks[0].stop && toks[0].kind == Kind::Word {
        let c = chars[toks[0].start];
        if c.is_uppercase() {
            toks[0].proper = true;
        }
    }
    let toks = fold(toks);
    let mut toks = toks;
    for t in toks.iter_mut() {
        if let Kind::Number(v) = t.kind {
            t.norm = number_text(v);
        }
        t.stem = if t.kind == Kind::Word && !t.norm.contains('.') {
            word_stem_hash(&t.norm, stemmer)
        } else {
            hash_str(&stem_key(t, stemmer))
        };
    }
    mark_dates(&mut toks);
    toks
}

thread_local! {
    /// Word -> stem hash. Snowball stemming is the slowest step of tokenising and news
    /// text repeats its words, so stems are remembered (up to 100,000 words per thread).
    static STEM_CACHE: std::cell::RefCell<FnvMap<String, u64>> =
        std::cell::RefCell::new(FnvMap::default());
}

fn word_stem_hash(norm: &str, stemmer: &Stemmer) -> u64 {
    STEM_CACHE.with(|c| {
        if let Some(&h) = c.borrow().get(norm) {
            return h;
        }
        let h = hash_str(&stemmer.stem(norm));
        let mut m = c.borrow_mut();
        if m.len() >= 100_000 {
            m.clear();
        }
        m.insert(norm.to_string(), h);
        h
    })
}

/// The string a token's `stem` hashes: the Snowball stem of a word, `#value` for a number,
/// `@m11` for a month, `@d2` for a weekday.
pub fn stem_key(t: &Token, stemmer: &Stemmer) -> String {
    match t.kind {
        Kind::Number(_) => format!("#{}", t.norm),
        Kind::Month(m) => format!("@m{m}"),
        Kind::Weekday(d) => format!("@d{d}"),
        Kind::Vague => t.norm.clone(),
        Kind::Word => {
            if t.norm.contains('.') {
                t.norm.clone()
            } else {
                stemmer.stem(&t.norm).into_owned()
            }
        }
    }
}

/// Fold number words with scale words ("twenty five", "1.8 billion", "five hundred") and
/// two-word aliases ("United States").
fn fold(toks: Vec<Token>) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::with_capacity(toks.len());
    for t in toks {
        if let Some(prev) = out.last_mut() {
            if let Kind::Number(pv) = prev.kind {
                if let Some(s) = lex(&t.norm).scale {
                    if !(t.norm == "m" && t.end - t.start > 1) {
                        prev.kind = Kind::Number(pv * s);
                        prev.end = t.end;
                        continue;
                    }
                }
                if let Kind::Number(v) = t.kind {
                    // twenty five
                    let tens = (20.0..100.0).contains(&pv) && pv % 10.0 == 0.0;
                    let word = !t.norm.starts_with(|c: char| c.is_ascii_digit());
                    if tens && (1.0..10.0).contains(&v) && word {
                        prev.kind = Kind::Number(pv + v);
                        prev.end = t.end;
                        continue;
                    }
                }
            }
            if let Some(&(_, _, canon)) = ALIASES
                .iter()
                .find(|(a, b, _)| *a == prev.norm && *b == t.norm)
            {
                prev.norm = canon.to_string();
                prev.end = t.end;
                prev.proper = true;
                prev.stop = false;
                continue;
            }
        }
        // "a dozen" etc. keep the number; bare scale words ("hundreds") are vague.
        if t.kind == Kind::Word && lex(&t.norm).scale.is_some() && t.norm.len() > 2 {
            let mut t = t;
            t.kind = Kind::Vague;
            out.push(t);
            continue;
        }
        out.push(t);
    }
    out
}

/// Mark the day and year numbers next to a month ("Nov. 13", "13 November 2017").
fn mark_dates(toks: &mut [Token]) {
    for i in 0..toks.len() {
        if let Kind::Month(_) = toks[i].kind {
            for j in [i + 1, i + 2] {
                if let Some(Kind::Number(v)) = toks.get(j).map(|t| t.kind) {
                    if v.fract() == 0.0
                        && ((1.0..=31.0).contains(&v) || (1800.0..=2100.0).contains(&v))
                    {
                        toks[j].date = true;
                        continue;
                    }
                }
                break;
            }
            if i > 0 {
                if let Kind::Number(v) = toks[i - 1].kind {
                    if v.fract() == 0.0 && (1.0..=31.0).contains(&v) {
                        toks[i - 1].date = true;
                    }
                }
            }
        }
        if let Kind::Number(v) = toks[i].kind {
            let four = toks[i].end - toks[i].start == 4;
            if four && v.fract() == 0.0 && (1900.0..=2100.0).contains(&v) {
                toks[i].date = true; // a year
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<Token> {
        tokenize(s, &stemmer())
    }

    #[test]
    fn number_words_and_numerals_match() {
        let a = toks("He was shot four times.");
        let b = toks("He was shot 4 times.");
        let na: Vec<_> = a
            .iter()
            .filter(|t| matches!(t.kind, Kind::Number(_)))
            .collect();
        let nb: Vec<_> = b
            .iter()
            .filter(|t| matches!(t.kind, Kind::Number(_)))
            .collect();
        assert_eq!(na.len(), 1);
        assert_eq!(na[0].stem, nb[0].stem);
        assert_eq!(na[0].norm, "4");
        let c = toks("It cost $1.8 billion, or twenty five percent, 1,800 million");
        let nums: Vec<String> = c
            .iter()
            .filter(|t| matches!(t.kind, Kind::Number(_)))
            .map(|t| t.norm.clone())
            .collect();
        assert_eq!(nums, vec!["1800000000", "25", "1800000000"]);
    }

    #[test]
    fn months_abbreviated_and_spelled_match() {
        let a = toks("on Nov. 13 the soldier ran");
        let b = toks("on November 13, the soldier ran");
        assert_eq!(a[1].stem, b[1].stem);
        assert!(a[2].date && b[2].date);
        assert_eq!(a[1].norm, "november");
        // "may" lower-case is a verb, not a month
        let c = toks("He may go in May");
        assert_eq!(c[1].kind, Kind::Word);
        assert_eq!(c[4].kind, Kind::Month(5));
    }

    #[test]
    fn ranges_are_code_points_of_the_original() {
        let text = "Le défecteur’s “jeep” — 13th";
        let t = toks(text);
        let chars: Vec<char> = text.chars().collect();
        let surf: Vec<String> = t
            .iter()
            .map(|t| chars[t.start..t.end].iter().collect())
            .collect();
        assert_eq!(surf, vec!["Le", "défecteur’s", "jeep", "13th"]);
        assert_eq!(t[1].norm, "défecteur");
        assert!(matches!(t[3].kind, Kind::Number(v) if v == 13.0));
    }

    #[test]
    fn nfkc_curly_quotes_and_case() {
        let a = toks("The ﬁrst SOLDIER didn’t go");
        let b = toks("the first soldier did not go");
        let sa: Vec<u64> = a.iter().map(|t| t.stem).collect();
        let sb: Vec<u64> = b.iter().map(|t| t.stem).collect();
        assert_eq!(sa, sb);
        assert!(a.iter().any(|t| t.negation));
    }

    #[test]
    fn acronyms_and_aliases() {
        let a = toks("U.S. forces and the United States and the US");
        let us: Vec<&Token> = a.iter().filter(|t| t.norm == "u.s.").collect();
        assert_eq!(us.len(), 3, "{a:?}");
        assert!(us.iter().all(|t| t.proper && !t.stop));
        let b = toks("let us go");
        assert!(b[1].stop);
    }

    #[test]
    fn stems_and_stop_words() {
        let a = toks("The soldiers were running");
        assert!(a[0].stop && a[2].stop);
        assert_eq!(a[1].stem, toks("soldier")[0].stem);
        assert_eq!(a[3].stem, toks("runs")[0].stem);
    }
}

//! Tokens and normalisation: case, Unicode NFKC, curly quotes and dashes, number words
//! and numerals ("four" = 4, "1.8 billion"), month names and abbreviations ("Nov." =
//! "November"), dates, possessives and negations, stop words, Snowball English stems.
//!
//! Every token keeps its code point range in the text it came from, so the user interface
//! can highlight it.
//!
//! Steps: `raw` cuts the text into raw tokens, this file analyses each word (norm, kind,
//! stem; cached per thread in `cache`), `fold` joins number words and aliases, `dates`
//! marks the figures of dates.

use super::lexicon::{
    compound_weekday, lex, ALIASES, DOTTED_DAY_HALVES, LOWER_CASE_WEEKDAYS, MONTH_NAMES,
};
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
    /// Hash of the stem (numbers hash their value), used for all comparisons. A word is
    /// stemmed with the diacritics of its Latin and Greek letters taken off, so "José" and "Jose"
    /// share a stem (`norm` keeps them).
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
    /// The event-word classes of `norm` (`align::classes` of this token alone), so a
    /// sentence's classes are the OR over its tokens.
    pub(crate) classes: crate::matcher::align::Classes,
    /// Sentence cue words of `norm` (`prepared::word_cues`).
    pub(crate) cues: u8,
    /// Whether `norm` is a function word of another language: `lex(norm).foreign` (0
    /// none, 1 of `lexicon::FOREIGN_STOP`, 2 of `FOREIGN_STOP_ALSO`), for
    /// [`foreign_stops`], which asks it of every token.
    pub(crate) foreign: u8,
    /// Whether `norm` is a number word of some language (`lexicon::cardinal_any`), for
    /// the toll classes, which ask it of every token that is not a number.
    pub(crate) number_word: bool,
}

impl Token {
    /// The year this token is: a whole number from 1900 to 2100 (the one reading of a year
    /// the background, toll and two-events rules share); `None` for anything else.
    pub(crate) fn year(&self) -> Option<u32> {
        self.kind.year()
    }
}

impl Kind {
    /// The year this kind of token is ([`Token::year`]: a whole number from 1900 to 2100);
    /// `None` for anything else.
    pub(crate) fn year(&self) -> Option<u32> {
        match *self {
            Kind::Number(v) if v.fract() == 0.0 && (1900.0..=2100.0).contains(&v) => Some(v as u32),
            _ => None,
        }
    }
}

/// Whether `w` (lower-case, as tokens are normalised) is one of the matcher's English stop
/// words.
pub fn is_stop(w: &str) -> bool {
    lex(w).stop
}

mod cache;
mod clock_halves;
mod dates;
mod fold;
mod german;
mod hash;
mod numerals;
mod raw;
mod scripts;
use cache::{finish_number, word_stem_hash, Word, NORMS, WORDS};
pub(crate) use cache::{recycle, reserve_word_cache};
use dates::{
    bare_weekdays, drop_ordinal_marks, join_feira, mark_dates, ordinal_day, short_months,
    unmonth_names,
};
use fold::fold;
pub(crate) use fold::metres_around;
pub(crate) use german::particle_stem;
pub(crate) use hash::hash_parts;
pub use hash::{hash_str, Fnv, FxHasher};
pub(crate) use hash::{FnvMap, FxMap, FxWordSet};
pub(crate) use numerals::written_as_ordinal;
pub(crate) use numerals::GROUP_SPACES;
use numerals::{join_digit_groups, parse_numeral, suffixed_ordinal, vulgar_fraction};
use raw::{is_apostrophe, is_mark, raw_tokens, Raw};
pub(crate) use scripts::fold_accents;

/// The canonical text of a number: integers without a fraction, others with up to 4 places.
pub fn number_text(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        let s = format!("{:.4}", v);
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
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

/// Split `text` into normalised tokens. Positions are code points of `text`.
pub fn tokenize(text: &str, stemmer: &Stemmer) -> Vec<Token> {
    let chars: Vec<char> = if text.is_ascii() {
        text.bytes().map(char::from).collect()
    } else {
        text.chars().collect()
    };
    tokenize_chars(&chars, stemmer)
}

/// A Snowball English stemmer.
pub fn stemmer() -> Stemmer {
    Stemmer::create(Algorithm::English)
}

/// The stem hash a plain word of `norm` (lower case) gets as its token's `stem` when it
/// is no word of a shared key: the Snowball stem of it without its diacritics.
pub(crate) fn plain_stem(norm: &str) -> u64 {
    thread_local! {
        static STEMMER: Stemmer = stemmer();
    }
    STEMMER.with(|s| word_stem_hash(norm, s))
}

/// [`tokenize`] over a slice of code points.
pub fn tokenize_chars(chars: &[char], stemmer: &Stemmer) -> Vec<Token> {
    tokenize_with(chars, stemmer, true)
}

/// Beside each token while tokenising: what folding needs and whether `stem` and
/// `classes` still hold for the token's kind and norm.
#[derive(Debug, Clone, Copy)]
struct Aux {
    scale: Option<f64>,
    fresh: bool,
}

/// Words that French and Italian shorten before a vowel with an apostrophe ("l'usine",
/// "qu'il", "dell'anno"): the token is the word after the apostrophe.
const ELISIONS: &[&str] = &[
    "l", "d", "j", "n", "s", "c", "m", "t", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "dell",
    "dall", "nell", "sull", "all", "un", "quell", "po",
];

/// The analysis of one raw token's characters (`surface`, as written).
fn analyse(surface: &str, stemmer: &Stemmer) -> Word {
    let first_char = surface.chars().next().unwrap_or(' ');
    let upper_initial = first_char.is_uppercase();
    let letters = surface.chars().filter(|c| c.is_alphabetic()).count();
    let all_caps = letters >= 2 && surface.chars().all(|c| !c.is_lowercase());
    let mut norm = normalise(surface);
    let mut negation = false;
    let none = Word {
        proto: None,
        proper_first: false,
        proper_inner: false,
        not_after: false,
        scale: None,
    };
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
        let (before, after) = (&norm[..pos], &norm[pos + 1..]);
        // The letter after the apostrophe as written: "O'Brien", "D'Angelo" are names.
        let upper_after = surface
            .chars()
            .skip_while(|&c| !is_apostrophe(c))
            .nth(1)
            .is_some_and(char::is_uppercase);
        if matches!(after, "ll" | "re" | "ve" | "d" | "m") || after.is_empty() {
            norm.truncate(pos); // they'll, we're, I'd
        } else if ELISIONS.contains(&before) && !(upper_initial && upper_after && before.len() == 1)
        {
            // French and Italian elision: "l'usine", "d'un", "qu'il", "dell'anno" are
            // "usine", "un", "il", "anno".
            norm = after.to_string();
        }
        // Otherwise one word with its apostrophe: "O'Brien", "rock'n'roll".
        if norm.is_empty() {
            return none;
        }
    }
    let dotted = norm.contains('.');
    let mut kind = Kind::Word;
    let l = lex(&norm);
    if let Some(v) = parse_numeral(&norm)
        .or_else(|| vulgar_fraction(surface))
        .or_else(|| ordinal_day(surface))
        .or_else(|| suffixed_ordinal(surface))
    {
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
        // "Plácido Domingo" is a name; Spanish and Italian write weekdays in lower case.
        let name = upper_initial && LOWER_CASE_WEEKDAYS.contains(&norm.as_str());
        if (norm.len() > 3 || upper_initial) && !name {
            kind = Kind::Weekday(d);
        }
    } else if let Some(d) = compound_weekday(&norm) {
        // "am Freitagmorgen", "maandagavond": a weekday and a part of the day in one word.
        kind = Kind::Weekday(d);
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
    // "a.m.", "P.M.": a half of the day, no acronym of a name (trial 55 F1).
    let name = is_word
        && !stop
        && first_char.is_alphabetic()
        && !DOTTED_DAY_HALVES.contains(&norm.as_str());
    let after = lex(&norm);
    // "didn't" also yields an explicit "not" at the same place (which carries the negation).
    let not_after = negation && !after.negation;
    let mut t = Token {
        start: 0,
        end: 0,
        norm,
        stem: 0,
        kind,
        stop,
        proper: false,
        date: matches!(kind, Kind::Month(_) | Kind::Weekday(_)),
        negation: negation && !not_after,
        capital: upper_initial,
        classes: 0,
        cues: 0,
        foreign: 0,
        number_word: false,
    };
    if !matches!(kind, Kind::Number(_)) {
        finish(&mut t, stemmer);
    }
    Word {
        proto: Some(t),
        proper_first: name && (all_caps || dotted),
        proper_inner: name && (all_caps || dotted || upper_initial),
        not_after,
        scale: after.scale,
    }
}

/// Set the token's `stem` and `classes` from its kind and norm.
fn finish(t: &mut Token, stemmer: &Stemmer) {
    t.stem = if t.kind == Kind::Word && !t.norm.contains('.') {
        // German words for one thing share the stem of its English word ("Stellen",
        // "Arbeitsplätze", "Jobs": "job").
        // "nobody" / "nadie" / "niemand" share one stem (`lexicon::pronouns`).
        // A Romance, German or Dutch word of the dead or the injured shares one stem with
        // its forms of gender and number ("morta" / "morto", `lexicon::casualty`).
        let key = super::lexicon::pronouns::pronoun_key(&t.norm)
            .or_else(|| super::lexicon::german::same_key(&t.norm, t.capital))
            .or_else(|| super::lexicon::casualty::inflection_key(&t.norm));
        match key {
            Some(key) => hash_str(key),
            None => word_stem_hash(&t.norm, stemmer),
        }
    } else {
        hash_str(&stem_key(t, stemmer))
    };
    t.classes = super::align::classes(std::slice::from_ref(t));
    t.cues = super::prepared::word_cues(&t.norm);
    t.foreign = lex(&t.norm).foreign;
    t.number_word = super::lexicon::cardinal_any(&t.norm).is_some();
}

/// [`tokenize_chars`]; `cached`: look surfaces up in (and add them to) the per-thread
/// [`Word`] cache, else analyse every occurrence afresh (the tests compare the two).
fn tokenize_with(chars: &[char], stemmer: &Stemmer, cached: bool) -> Vec<Token> {
    let raws = raw_tokens(chars);
    let mut toks: Vec<Token> = Vec::with_capacity(raws.len() + 2);
    let mut aux: Vec<Aux> = Vec::with_capacity(raws.len() + 2);
    let mut first = true;
    let surface = |s: &[char]| s.iter().collect::<String>();
    let mut norms = NORMS.with(|p| std::mem::take(&mut *p.borrow_mut()));
    // The token of surface `r` analysed as `w`, pushed straight onto `toks` (its `norm` a
    // string given back by `recycle` when there is one), and the "not" of "didn't".
    let mut push = |w: &Word, r: &Raw, toks: &mut Vec<Token>, aux: &mut Vec<Aux>| {
        let Some(p) = &w.proto else { return };
        let mut norm = norms.pop().unwrap_or_default();
        norm.clear();
        norm.push_str(&p.norm);
        toks.push(Token {
            start: r.start,
            end: r.end,
            norm,
            stem: p.stem,
            kind: p.kind,
            stop: p.stop,
            proper: if first {
                w.proper_first
            } else {
                w.proper_inner
            },
            date: p.date,
            negation: p.negation,
            capital: p.capital,
            classes: p.classes,
            cues: p.cues,
            foreign: p.foreign,
            number_word: p.number_word,
        });
        first = false;
        aux.push(Aux {
            scale: w.scale,
            fresh: !matches!(p.kind, Kind::Number(_)),
        });
        if w.not_after {
            let mut not = Token {
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
                classes: 0,
                cues: 0,
                foreign: 0,
                number_word: false,
            };
            finish(&mut not, stemmer);
            toks.push(not);
            aux.push(Aux {
                scale: lex("not").scale,
                fresh: true,
            });
        }
    };
    WORDS.with(|cache| {
        let mut cache = cache.borrow_mut();
        for r in &raws {
            let key = &chars[r.start..r.end];
            if !cached {
                push(&analyse(&surface(key), stemmer), r, &mut toks, &mut aux);
            } else if let Some(w) = cache.get(key) {
                push(w, r, &mut toks, &mut aux);
            } else {
                let w = analyse(&surface(key), stemmer);
                push(&w, r, &mut toks, &mut aux);
                cache.insert(key, w);
            }
        }
    });
    NORMS.with(|p| *p.borrow_mut() = norms);
    // A sentence-initial capitalised word followed by another name is a name too, but
    // for a German article before a noun ("Der Betriebsrat").
    let article = |t: &Token| super::lexicon::german::ARTICLES.contains(&t.norm.as_str());
    if toks.len() >= 2
        && toks[1].proper
        && !toks[0].stop
        && toks[0].kind == Kind::Word
        && !article(&toks[0])
    {
        let c = chars[toks[0].start];
        if c.is_uppercase() {
            toks[0].proper = true;
        }
    }
    clock_halves::clock_halves(&mut toks);
    join_digit_groups(&mut toks, &mut aux, chars);
    fold(&mut toks, &mut aux);
    for (t, a) in toks.iter_mut().zip(&aux) {
        if let Kind::Number(v) = t.kind {
            finish_number(t, v, stemmer);
        } else if !a.fresh {
            finish(t, stemmer);
        }
    }
    drop_ordinal_marks(&mut toks, chars);
    join_feira(&mut toks, stemmer);
    short_months(&mut toks, chars, stemmer);
    mark_dates(&mut toks, chars);
    bare_weekdays(&mut toks, chars, stemmer);
    unmonth_names(&mut toks, chars, stemmer);
    foreign_stops(&mut toks, chars);
    german::separable_verbs(&mut toks, chars);
    // "Mardi Gras" is a feast, no Tuesday (French and German weekdays are weekdays).
    for k in 1..toks.len() {
        if toks[k].norm == "gras" && toks[k - 1].norm == "mardi" {
            let t = &mut toks[k - 1];
            (t.kind, t.date) = (Kind::Word, false);
            finish(t, stemmer);
        }
    }
    // French "9 h", "20 h": the hour written short after a figure shares the stem of
    // "heures" ("entre 9 h et 20 h" / "de 10 heures à 20 heures"; trial 39 j1/j2).
    for k in 1..toks.len() {
        if toks[k].norm == "h" && matches!(toks[k - 1].kind, Kind::Number(_)) {
            toks[k].stem = word_stem_hash("heures", stemmer);
        }
    }
    // "no one" is nobody, no figure: its "one" stays the number 1 for the flags that read
    // "no one" (a count of zero, a negation) but is a stop word, so that "No one was
    // hurt" and "One person was hurt" share no "1".
    // Its "no" takes the stem of "nobody" (`lexicon::pronouns`), as does French "personne"
    // before "ne" ("Personne ne sera oublié" / "Nadie será olvidado"; "une personne" is
    // a person).
    for k in 1..toks.len() {
        let nobody = (toks[k - 1].norm == "no"
            && toks[k].norm == "1"
            && chars[toks[k].start].is_alphabetic())
            || (toks[k - 1].norm == "personne" && matches!(toks[k].norm.as_str(), "ne" | "n"));
        if nobody {
            toks[k].stop |= toks[k].norm == "1";
            toks[k - 1].stem = hash_str(super::lexicon::pronouns::NOBODY);
        }
    }
    toks
}

/// In a sentence of French, German, Spanish, Italian, Portuguese or Dutch, their function
/// words (`lexicon::FOREIGN_STOP`: "de", "la", "der", "los", "het"; and `FOREIGN_STOP_ALSO`, "die",
/// "hat", which are English words too) are stop words, as English ones are
/// in English: "L'usine de Lyon" and "Le budget de la ville" share no word. A sentence is
/// taken as foreign when at least two of its tokens are such words and they outnumber its
/// English stop words (words of both lists, "a", "on", count for neither); an English
/// sentence with "Los Angeles" or "de Blasio" keeps them as content words.
fn foreign_stops(toks: &mut [Token], chars: &[char]) {
    // Cheap first: an English sentence has English stop words in plenty.
    let english = toks.iter().filter(|t| t.stop).count();
    if english * 4 >= toks.len().max(1) * 3 || toks.len() < 3 {
        return;
    }
    let both = toks.iter().filter(|t| t.stop && t.foreign == 1).count();
    let only_foreign = toks.iter().filter(|t| t.foreign == 1).count() - both;
    if only_foreign >= 2 && only_foreign > english - both {
        // Now also the ones that are English words too ("die", "hat"); not an acronym
        // ("l'OM", Olympique de Marseille, is no Dutch "om"), as an English stop word in
        // capitals is none.
        for t in toks.iter_mut() {
            // The word's own letters: those of "OM" in "l'OM".
            let surface = chars.get(t.start..t.end).unwrap_or_default();
            let own = &surface[surface.len().saturating_sub(t.norm.chars().count())..];
            t.stop |= t.foreign != 0 && !all_caps(own);
        }
    }
}

/// Whether `surface` is written in capitals: two letters or more, none lower-case ("OM",
/// "NVWA").
fn all_caps(surface: &[char]) -> bool {
    surface.iter().filter(|c| c.is_alphabetic()).count() >= 2
        && !surface.iter().any(|c| c.is_lowercase())
}

/// The string a token's `stem` hashes: the Snowball stem of a word (its Latin and Greek letters'
/// diacritics taken off first: "josé" -> "jose"), `#value` for a number,
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
                stemmer.stem(&fold_accents(&t.norm)).into_owned()
            }
        }
    }
}

/// Whether the words of `phrase` stand at tokens `i..` of `tokens`, one a token in a row,
/// each token matched to its word by `is` (a phrase of another shape: `#` for any count,
/// a word's beginning). False when the phrase runs past the last token.
pub(crate) fn phrase_matches<W>(
    tokens: &[Token],
    i: usize,
    phrase: &[W],
    is: impl Fn(&Token, &W) -> bool,
) -> bool {
    i.checked_add(phrase.len())
        .and_then(|end| tokens.get(i..end))
        .is_some_and(|run| run.iter().zip(phrase).all(|(t, w)| is(t, w)))
}

/// Whether `words` (lower case, as tokens are normalised) stand at tokens `i..` of
/// `tokens`, one a token in a row ("taken", "to", "hospital"): the one reading of a
/// phrase of a word list at a token ([`phrase_matches`] for other shapes of phrase).
pub(crate) fn phrase_at(tokens: &[Token], i: usize, words: &[&str]) -> bool {
    phrase_matches(tokens, i, words, |t, w| t.norm == *w)
}

/// Whether `words` end right before token `end` of `tokens` ([`phrase_at`] read
/// backwards: "of whom" before "three").
pub(crate) fn phrase_before(tokens: &[Token], end: usize, words: &[&str]) -> bool {
    end.checked_sub(words.len())
        .is_some_and(|start| phrase_at(tokens, start, words))
}

#[cfg(test)]
mod tests;

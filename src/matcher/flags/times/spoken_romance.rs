//! Clock times told in words in Spanish, French, Italian, Portuguese and German, the hour
//! first (session 28): "a las dos y media", "a las tres menos cuarto", "à deux heures et
//! demie", "à trois heures moins le quart", "alle due e mezza", "alle 2", "às duas e
//! meia", "um drei Uhr", "um drei Uhr dreißig". The hour stands after the words that make
//! it a time ([`time_before`]: "a las", "alle", "às", "à ... heures", "um ... Uhr"); a
//! bare hour ("alle 2", "a las dos") is a time only when no counted noun follows it ("alle
//! 2 vittime" counts victims). The hour told in words may be of either half of the day
//! (read by `clock_times` as "half past three" is), unless a part of the day follows
//! ([`part_of_day`]: "de la tarde", "del pomeriggio", "nachmittags").

use crate::matcher::flags::figures::whole;
use crate::matcher::flags::surface;
use crate::matcher::lexicon::prepositions::OPEN_A_PHRASE;
use crate::matcher::lexicon::{cardinal_any, HALVES};
use crate::matcher::prepared::Prepared;
use crate::matcher::text::{Kind, Token};

/// Words right before a Spanish "las" / "la" of an hour ("a las dos", "hacia las dos",
/// "antes de las dos", "desde las dos", "hasta las dos").
const SPANISH_BEFORE_LAS: &[&str] = &["a", "hacia", "sobre", "desde", "hasta", "de", "tras"];

/// Words right before an Italian or Portuguese hour that make it a time ("alle due",
/// "dalle 2", "verso le due", "às duas", "pelas duas", "até às duas").
const HOUR_WORDS_BEFORE: &[&str] = &[
    "alle", "dalle", "delle", "sulle", "às", "pelas", "das", "all'",
];

/// Words right before "le" (Italian) or "as" (Portuguese) of an hour ("verso le due",
/// "entro le due", "dopo le due", "até as duas", "após as duas").
const BEFORE_ARTICLE: &[&str] = &["verso", "entro", "dopo", "prima", "até", "após"];

/// Words before a French hour told with "heure(s)" ("à deux heures", "vers deux heures")
/// or a German one told with "Uhr" ("um drei Uhr", "gegen drei Uhr").
const HOUR_WORD_TIMES: &[&str] = &[
    "à", "vers", "dès", "avant", "après", "jusqu'à", "um", "gegen", "ab", "bis", "seit",
];

/// The word of "hour" after an hour: French "heure(s)" and its "h" written apart ("vers
/// 14 h 30": trial 39 N4), German "Uhr", Spanish and Portuguese "hora(s)", Italian "ore".
const HOUR_NOUNS: &[&str] = &["heures", "heure", "h", "uhr", "horas", "hora", "ore"];

/// "And" between an hour and its minutes: "y media", "et demie", "e mezza", "e meia".
const AND: &[&str] = &["y", "et", "e", "und"];

/// "Less" before the minutes taken from an hour: "las tres menos cuarto", "trois heures
/// moins le quart", "le tre meno un quarto", "três menos um quarto".
const LESS: &[&str] = &["menos", "moins", "meno"];

/// "A quarter" ("cuarto", "quart", "quarto"), after an optional article ("le quart", "un
/// quarto", "um quarto").
const QUARTER: &[&str] = &["cuarto", "quart", "quarto"];

/// "One" as the hour ("a la una", "à une heure", "à uma"), an article elsewhere.
const ONE: &[&str] = &["una", "une", "uma", "eins"];

/// Whether the words before token `i` make the hour at `i` a time, and whether the hour
/// needs its word of "hour" after it (French "à deux heures", German "um drei Uhr").
fn time_before(toks: &[Token], i: usize) -> Option<bool> {
    let w = |k: usize| i.checked_sub(k).map_or("", |j| toks[j].norm.as_str());
    match (w(2), w(1)) {
        (two, "las" | "la") if SPANISH_BEFORE_LAS.contains(&two) => Some(false),
        (two, "le" | "as") if BEFORE_ARTICLE.contains(&two) => Some(false),
        (_, one) if HOUR_WORDS_BEFORE.contains(&one) => Some(false),
        // Portuguese "à uma" (at one o'clock).
        (_, "à") if w(0) == "uma" => Some(false),
        (_, one) if HOUR_WORD_TIMES.contains(&one) => Some(true),
        _ => None,
    }
}

/// The hour at token `i`: a figure 0-23, or a number word 1-12 ("dos", "deux", "due",
/// "duas", "drei", "una").
fn hour_at(p: &Prepared, i: usize) -> Option<u32> {
    let t = p.tokens.get(i)?;
    let digits = written_in_figures(p, t);
    match whole(t) {
        Some(h) if digits => (h <= 23).then_some(h),
        Some(h) => (1..=12).contains(&h).then_some(h),
        None if ONE.contains(&t.norm.as_str()) => Some(1),
        None => cardinal_any(&t.norm)
            .filter(|v| v.fract() == 0.0 && (1.0..=12.0).contains(v))
            .map(|v| v as u32),
    }
}

/// Whether token `t` is written in figures ("2", not "deux", which the tokeniser also
/// normalises to "2").
fn written_in_figures(p: &Prepared, t: &Token) -> bool {
    surface(p, t.start, t.end).starts_with(|c: char| c.is_ascii_digit())
}

/// A minute figure at token `k`: a figure or number word from 1 to 59 ("y diez", "e
/// venti", "heures trente").
fn minutes_at(toks: &[Token], k: usize) -> Option<u32> {
    let t = toks.get(k)?;
    whole(t)
        .map(f64::from)
        .or_else(|| cardinal_any(&t.norm))
        .filter(|v| v.fract() == 0.0 && (1.0..60.0).contains(v))
        .map(|v| v as u32)
}

/// A clock time told in words with the hour first, from token `i` of `p`: `(hour,
/// minutes, last token, on the 24-hour clock)`, the hour as said (0-23; 1-12 for an hour
/// in words, of either half of the day). A figure with its word of hour ("a las 19
/// horas", "à 9 heures") is on the 24-hour clock.
pub(super) fn hour_first(p: &Prepared, i: usize) -> Option<(u32, u32, usize, bool)> {
    let toks = &p.tokens;
    let needs_noun = time_before(toks, i)?;
    let h = hour_at(p, i)?;
    // "às 19:45": the hour and its minutes after a colon are the clock reader's
    // (`clock_times`); read here as "19" alone, the time differed from "19.45 horas"
    // (session 36's trial, N4).
    if toks
        .get(i + 1)
        .is_some_and(|m| surface(p, toks[i].end, m.start).trim_end() == ":")
    {
        return None;
    }
    let norm = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    let mut j = i + 1;
    let noun = HOUR_NOUNS.contains(&norm(j));
    if noun {
        j += 1;
    } else if needs_noun {
        return None;
    }
    let quarter = |k: usize| {
        if QUARTER.contains(&norm(k)) {
            Some(k)
        } else if matches!(norm(k), "le" | "un" | "um") && QUARTER.contains(&norm(k + 1)) {
            Some(k + 1)
        } else {
            None
        }
    };
    // What follows the hour: "y media", "et quart", "menos cuarto", "y diez", "trente".
    let (h, m, last, sure) = if AND.contains(&norm(j)) {
        if HALVES.contains(&norm(j + 1)) {
            (h, 30, j + 1, true)
        } else if let Some(q) = quarter(j + 1) {
            (h, 15, q, true)
        } else if let Some(m) = minutes_at(toks, j + 1) {
            (h, m, j + 1, noun)
        } else {
            (h, 0, j - 1, noun)
        }
    } else if LESS.contains(&norm(j)) {
        let (m, last) = match (quarter(j + 1), minutes_at(toks, j + 1)) {
            (Some(q), _) => (15, q),
            (None, Some(m)) => (m, j + 1),
            _ => return None,
        };
        (h.checked_sub(1)?, 60 - m, last, true)
    } else if let Some(m) = minutes_at(toks, j).filter(|_| noun) {
        // "deux heures trente", "drei Uhr dreißig".
        (h, m, j, true)
    } else {
        (h, 0, j - 1, noun)
    };
    // A bare hour ("alle 2", "a las dos") is no time when a counted noun follows it
    // ("alle 2 vittime", "las dos casas").
    if !sure && counted_after(p, last) {
        return None;
    }
    Some((h, m, last, written_in_figures(p, &toks[i]) && noun))
}

/// Whether a content word that is no part of the day follows token `last` with no
/// punctuation between ("alle 2 vittime": a count, not a time). A preposition that opens
/// a phrase of place or time (`lexicon::prepositions::OPEN_A_PHRASE`: "alle 13 sulle
/// colline", "a las 13 en el centro") is no noun counted, whether or not the sentence's
/// tokens mark it a stop word (trial 54: "13 sulle" read as a count of "sulle").
fn counted_after(p: &Prepared, last: usize) -> bool {
    let toks = &p.tokens;
    toks.get(last + 1).is_some_and(|n| {
        let gap = surface(p, toks[last].end, n.start);
        gap.trim().is_empty()
            && n.kind == Kind::Word
            && !n.stop
            && !OPEN_A_PHRASE.contains(&n.norm.as_str())
            && part_of_day(toks, last + 1, 0).is_none()
    })
}

/// The half of the day told by the words at token `k` after a clock time (`Some(true)`
/// for the afternoon, evening or night): a part of the day of `lexicon::DAY_PARTS` after
/// "de", "del", "du", "da", "di" ("de la noche", "de l'après-midi", "du soir", "del
/// pomeriggio", "di sera", "da noite"), Spanish and Portuguese "tarde" and "mañana" /
/// "manhã" after "de la" / "da" (alone they are "late" and "tomorrow"), or a German
/// adverb ("nachmittags", "abends", "morgens"), or a part of the day after German "am" /
/// "in der" ("am Nachmittag", "am Morgen", "in der Nacht"). The night is the evening's from six on
/// ("las diez de la noche"), the small hours' before ("las dos de la madrugada").
pub(super) fn part_of_day(toks: &[Token], k: usize, hour: u32) -> Option<bool> {
    let t = toks.get(k)?;
    let w = |j: usize| k.checked_sub(j).map_or("", |j| toks[j].norm.as_str());
    let after_de = matches!(w(1), "de" | "del" | "du" | "da" | "di" | "della" | "dell'")
        || (w(1) == "la" && w(2) == "de")
        || t.norm.starts_with("l'");
    // German "am Nachmittag", "in der Nacht" (trial 44 z109: "um halb vier am Nachmittag").
    let after_am = w(1) == "am" || (w(1) == "der" && w(2) == "in");
    let word = t.norm.trim_start_matches("l'");
    let part = match word {
        "morgen" if after_am => 1,
        "tarde" if after_de => 2,
        "mañana" if after_de => 1,
        "nachmittags" | "abends" | "nachts" | "morgens" | "vormittags" => {
            match word.trim_end_matches('s') {
                "morgen" => 1,
                w => {
                    crate::matcher::lexicon::DAY_PARTS
                        .iter()
                        .find(|(d, _)| *d == w)?
                        .1
                }
            }
        }
        _ if after_de || after_am => {
            crate::matcher::lexicon::DAY_PARTS
                .iter()
                .find(|(d, _)| *d == word)?
                .1
        }
        _ => return None,
    };
    Some(match part {
        1 => false,
        4 => hour >= 6,
        _ => true,
    })
}

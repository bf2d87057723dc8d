//! Figure phrases of the number flags that are counts in words or no counts at all: "no
//! one" and "none" (zero), "two dozen" (24), a fraction before "of" ("a third of the
//! passengers": a share), an age between commas ("The gunman, 27, opened fire"); and
//! figures that are no counts: clock times ("14:08", "8 a.m."), figures joined by a slash
//! or split by a stray space ("9/11", "5. 9"), a figure in brackets restating another,
//! an ordinal written in figures ("81st").

use super::figures::{figure, ZONES};
use super::surface;
use crate::matcher::features::Prepared;
use crate::matcher::lexicon::one_article;
use crate::matcher::text::Kind;

/// Whether the figure at token `i` is no count of its own: part of a clock time ("14:08",
/// "8 a.m.", "14.30 Uhr", "by 1018 GMT", "7 o'clock"; the date flags read times), of a figure joined by a slash
/// ("9/11", "21/2") or split by a stray space ("5. 9", "2, 000ft"), or a figure in
/// brackets restating the one before it in another unit ("433.50 pence ($6.85)"), or a
/// telephone number ("688-4068"), or a day and month in figures ("am 11.12.",
/// `times::day_month`).
pub(super) fn no_count(p: &Prepared, i: usize) -> bool {
    let toks = &p.tokens;
    if figure(toks, i).is_none() {
        return false;
    }
    // "am 11.12.": a day and month, read by the date flags.
    if super::times::day_month(p, i).is_some() {
        return true;
    }
    let gap = |k: usize| surface(p, toks[k].end, toks[k + 1].start);
    let joined = |k: usize| {
        k + 1 < toks.len()
            && figure(toks, k).is_some()
            && matches!(&*gap(k), ":" | "/" | ". " | ", ")
            && surface(p, toks[k + 1].start, toks[k + 1].end)
                .starts_with(|c: char| c.is_ascii_digit())
    };
    // "3 p. m.": a letter "a" or "p", then "m".
    let spaced = |k: usize| {
        toks.get(k)
            .is_some_and(|n| matches!(n.norm.as_str(), "a" | "p"))
            && toks.get(k + 1).is_some_and(|n| n.norm == "m")
    };
    // "14h30", "alle 14.30": a time in one token (`times::one_token`); "à 19 heures", "a
    // las 19 horas" (`times::romance_hours`); "alle 2", "a las dos y diez"
    // (`times::spoken_figure`).
    let clock = spaced(i + 1)
        || super::times::one_token(p, i).is_some()
        || super::times::spoken_figure(p, i)
        || super::times::romance_hours(toks, i, i + 1)
        || toks.get(i + 1).is_some_and(|n| {
            ZONES.contains(&n.norm.as_str())
                || super::times::oclock_word(n)
                || matches!(
                    n.norm.as_str(),
                    "a.m." | "p.m." | "am" | "pm" | "uhr" | "uur"
                )
        });
    let bracket = i > 0 && {
        let before = surface(p, toks[i - 1].end, toks[i].start);
        before
            .trim_end_matches(['$', '€', '£', '¥'])
            .trim_end()
            .ends_with('(')
    };
    // A telephone number ("688-4068", "561-688-4068"): three digits, a hyphen, four.
    let digits = |k: usize| {
        let t = &toks[k];
        let s = surface(p, t.start, t.end);
        (s.chars().all(|c| c.is_ascii_digit())).then_some(s.len())
    };
    let phone = |k: usize| {
        k + 1 < toks.len() && digits(k) == Some(3) && digits(k + 1) == Some(4) && gap(k) == "-"
    };
    let phone = phone(i) || (i > 0 && phone(i - 1)) || (i + 2 < toks.len() && phone(i + 1));
    clock || bracket || phone || joined(i) || (i > 0 && joined(i - 1))
}

/// Whether the figure at token `i` is written as an ordinal ("81st", "3rd", "3e", "3ste",
/// "3º": `text::written_as_ordinal`), which names a place, not a count.
pub(super) fn ordinal_figure(p: &Prepared, i: usize) -> bool {
    let t = &p.tokens[i];
    crate::matcher::text::written_as_ordinal(&surface(p, t.start, t.end))
}

/// A figure of dozens ("two dozen", German "zwei Dutzend": 24): its value and the token of
/// its first figure when token `i` is "dozen" (or "Dutzend") after a figure, `None`
/// otherwise ("a dozen" is twelve by itself).
pub(super) fn dozens(p: &Prepared, i: usize) -> Option<(f64, usize)> {
    let toks = &p.tokens;
    let t = toks.get(i)?;
    if i == 0
        || t.kind != Kind::Number(12.0)
        || !["dozen", "dutzend"]
            .iter()
            .any(|w| surface(p, t.start, t.end).eq_ignore_ascii_case(w))
    {
        return None;
    }
    let n = figure(toks, i - 1)?;
    surface(p, toks[i - 1].end, t.start)
        .trim()
        .is_empty()
        .then_some((n * 12.0, i - 1))
}

/// Fraction words and the whole they part ("a third of": 3).
pub(super) const FRACTIONS: &[(&str, f64)] = &[
    ("half", 2.0),
    ("halves", 2.0),
    ("third", 3.0),
    ("thirds", 3.0),
    ("quarter", 4.0),
    ("quarters", 4.0),
    ("fifth", 5.0),
    ("fifths", 5.0),
    ("tenth", 10.0),
    ("tenths", 10.0),
    // French, German, Spanish, Italian, Portuguese and Dutch ("un tiers des vols", "die
    // Hälfte der Flüge", "la mitad de los vuelos"; trial 43 C5), read with [`OF_WORDS`].
    ("tiers", 3.0),
    ("moitié", 2.0),
    ("quart", 4.0),
    ("quarts", 4.0),
    ("drittel", 3.0),
    ("hälfte", 2.0),
    ("viertel", 4.0),
    ("tercio", 3.0),
    ("tercios", 3.0),
    ("mitad", 2.0),
    ("terzo", 3.0),
    ("terzi", 3.0),
    ("metà", 2.0),
    ("terço", 3.0),
    ("terços", 3.0),
    ("metade", 2.0),
    ("derde", 3.0),
    ("helft", 2.0),
];

/// Words of "of" after a fraction ([`FRACTIONS`]) in the languages it knows, lower case:
/// "a third of", "un tiers des", "ein Drittel der", "la mitad de los", "un terzo dei", "um
/// terço dos", "een derde van".
const OF_WORDS: &[&str] = &[
    "of", "de", "des", "du", "der", "von", "di", "dei", "degli", "delle", "del", "della", "dos",
    "das", "do", "da", "van",
];

/// A share told as a fraction before "of": "a third of", "two thirds of", "half of",
/// "three quarters of". For token `i` (the fraction word), the token the fraction starts
/// at and the share in percent (33.3); `None` otherwise. "The third of" is an ordinal,
/// not a share: the fraction needs "a", "one" or a figure before it ("half" needs none).
pub(super) fn fraction(p: &Prepared, i: usize) -> Option<(usize, f64)> {
    let toks = &p.tokens;
    let t = toks.get(i)?;
    if toks
        .get(i + 1)
        .is_none_or(|n| !OF_WORDS.contains(&n.norm.as_str()))
    {
        return None;
    }
    let word = surface(p, t.start, t.end).to_lowercase();
    let whole = FRACTIONS.iter().find(|(w, _)| *w == word)?.1;
    // "a third of a centime" is an amount, not a share of a whole.
    if toks
        .get(i + 2)
        .is_some_and(|n| matches!(n.norm.as_str(), "a" | "an"))
    {
        return None;
    }
    let before = i.checked_sub(1).map(|k| (k, &toks[k]));
    // "a mitad de semana", "en mitad de la calle": the middle, no share ("la mitad de").
    if word == "mitad" && before.is_none_or(|(_, b)| b.norm != "la") {
        return None;
    }
    let (part, at) = match before {
        // An indefinite article of any language makes it one part (`lexicon::one_article`):
        // "a third", "un tiers", "ein Drittel", "einem Drittel", "un tercio", "um terço",
        // "een derde".
        Some((k, b)) if one_article(&b.norm, None) => (1.0, k),
        Some((k, _)) if figure(toks, k).is_some_and(|v| v > 0.0 && v < whole) => {
            (figure(toks, k).unwrap_or(1.0), k)
        }
        _ if whole == 2.0 => (1.0, i),
        _ => return None,
    };
    Some((at, 100.0 * part / whole))
}

/// A count of nobody: "no one" and "none" ("No one was killed" is a count of zero
/// people). For token `i`, the token the words start at, `None` otherwise. Not before a
/// verb of a promise or a duty ([`PROMISES`]: "No one will be left behind" counts no
/// one; trial 37: it was flagged against "Thousands were left behind").
pub(super) fn nobody(p: &Prepared, i: usize) -> Option<usize> {
    let toks = &p.tokens;
    let t = toks.get(i)?;
    let promised = toks
        .get(i + 1)
        .is_some_and(|n| PROMISES.contains(&n.norm.as_str()));
    if promised {
        return None;
    }
    if t.kind == Kind::Word && t.norm == "none" {
        return Some(i);
    }
    let one = t.kind == Kind::Number(1.0) && surface(p, t.start, t.end).eq_ignore_ascii_case("one");
    (one && i > 0 && toks[i - 1].norm == "no").then(|| i - 1)
}

/// Verbs of a future, a promise or a duty after "no one" ([`nobody`]): "will", "shall",
/// "would", "should", "must", the "wo" of "won't", "'ll".
const PROMISES: &[&str] = &["will", "shall", "would", "should", "must", "wo", "ll"];

/// Whether the figure at token `i` is an age told between commas after a word ("The
/// gunman, 27, opened fire"; the word is token `i - 1`).
pub(super) fn age_between_commas(p: &Prepared, i: usize) -> bool {
    let toks = &p.tokens;
    i > 0
        && i + 1 < toks.len()
        && toks[i - 1].kind == Kind::Word
        && figure(toks, i).is_some_and(|v| v.fract() == 0.0 && (1.0..=120.0).contains(&v))
        && surface(p, toks[i - 1].end, toks[i].start).trim() == ","
        && surface(p, toks[i].end, toks[i + 1].start).trim() == ","
}

/// Irregular past forms news copy puts right after a count ("6.1 struck", "two fled"),
/// besides the regular ones in "-ed" ([`past_verb`]).
const PAST_IRREGULAR: &[&str] = &[
    "struck", "fell", "rose", "fled", "came", "went", "took", "ran", "drew", "sank", "stood",
    "fought", "caught", "got", "made", "saw", "gave", "kept", "held", "brought", "sent", "knew",
    "stole", "told", "said", "paid", "sold", "spent", "built", "broke", "began", "became", "grew",
    "threw", "swept", "tore", "drove", "rode", "wrote", "spoke", "chose", "bought", "thought",
    "sought", "felt", "slept", "led", "hid", "bit", "stuck", "hung", "shook", "lay", "sat", "set",
    "put", "hit",
];

/// Whether a word (lower case) after a figure is a verb in the past, no counted noun:
/// "Twelve died", "6.1 struck", "12 were killed". A word in "-ed" of four letters or more
/// but not "-eed" ("speed", "need"), "hundred", "shed" or "sled", and the irregular pasts
/// of [`PAST_IRREGULAR`].
pub(super) fn past_verb(w: &str) -> bool {
    let regular = w.len() >= 4
        && w.ends_with("ed")
        && !w.ends_with("eed")
        && !matches!(w, "hundred" | "shed" | "sled");
    regular || PAST_IRREGULAR.contains(&w)
}

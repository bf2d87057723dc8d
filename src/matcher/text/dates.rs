//! Dates among the tokens: the day and year numbers next to a month ("Nov. 13", "13
//! November 2017", "2 de diciembre", a year of four figures), and abbreviated months that
//! are names ("Jan de Vries"); ordinal days ("1er mai", "1º maggio", "1.º de mayo", "the
//! 1st of December") and Portuguese weekdays ("quinta-feira", "2.ª feira", "na quinta").

use super::*;
use crate::matcher::lexicon::{
    month_after_word, month_beside_a_figure, FEIRA_WEEKDAYS, SHORT_MONTHS,
};

/// An ordinal day written in figures with a letter after them, as French, Italian,
/// Spanish and Portuguese write the first of a month: "1er" (French, only the first:
/// "2 mai"), "1ᵉʳ", "1º", "1ª" (Italian, Spanish, Portuguese): its value; `None` for
/// any other word ("80er" is a decade in German, no day).
pub(super) fn ordinal_day(surface: &str) -> Option<f64> {
    let digits: String = surface.chars().take_while(char::is_ascii_digit).collect();
    let rest = &surface[digits.len()..];
    let v = digits.parse::<f64>().ok()?;
    let ok = match rest {
        "er" | "ᵉʳ" => v == 1.0,
        "º" | "ª" => (1.0..=31.0).contains(&v),
        _ => false,
    };
    ok.then_some(v)
}

/// Take out the ordinal indicator written after a dot ("1.º de mayo", "2.ª feira"): the
/// token "º" or "ª" right after a figure and its dot, so that the figure stands next to
/// the month (or "feira", [`join_feira`]) as "1 de mayo" does.
pub(super) fn drop_ordinal_marks(toks: &mut Vec<Token>, chars: &[char]) {
    let mark = |t: &Token| t.end == t.start + 1 && matches!(chars.get(t.start), Some('º' | 'ª'));
    let mut k = 1;
    while k < toks.len() {
        // Tokens may overlap (the "not" of "didn't", a figure glued to a word).
        let after_figure = matches!(toks[k - 1].kind, Kind::Number(_))
            && chars
                .get(toks[k - 1].end..toks[k].start)
                .is_some_and(|between| between.iter().all(|&c| c == '.'));
        if after_figure && mark(&toks[k]) {
            toks.remove(k);
        } else {
            k += 1;
        }
    }
}

/// Portuguese weekdays: "segunda-feira" … "sexta-feira" (also "quinta feira"), and in
/// figures "2.ª feira" … "6.ª-feira" (Monday is the second day), are one weekday token
/// each, over both words (`lexicon::FEIRA_WEEKDAYS`; "sábado" and "domingo" are read as
/// one word already).
pub(super) fn join_feira(toks: &mut Vec<Token>, stemmer: &Stemmer) {
    let mut k = 1;
    while k < toks.len() {
        if toks[k].norm != "feira" {
            k += 1;
            continue;
        }
        let before = &toks[k - 1];
        let day = match before.kind {
            Kind::Number(v) if v.fract() == 0.0 && (2.0..=6.0).contains(&v) => Some(v as u8 - 2),
            Kind::Word => FEIRA_WEEKDAYS
                .iter()
                .find(|(w, _)| *w == before.norm)
                .map(|&(_, d)| d),
            _ => None,
        };
        let Some(d) = day else {
            k += 1;
            continue;
        };
        let end = toks[k].end;
        toks[k - 1].end = end;
        make_weekday(&mut toks[k - 1], d, stemmer);
        toks.remove(k);
    }
}

/// Make token `t` Portuguese weekday `d` (0 = Monday), read as "segunda-feira" …
/// "sexta-feira" whichever way it is written.
fn make_weekday(t: &mut Token, d: u8, stemmer: &Stemmer) {
    t.kind = Kind::Weekday(d);
    t.date = true;
    t.stop = false;
    t.proper = false;
    t.norm = format!(
        "{}-feira",
        FEIRA_WEEKDAYS.iter().find(|w| w.1 == d).map_or("", |w| w.0)
    );
    finish(t, stemmer);
}

/// Words before a Portuguese weekday said without "feira" ("na quinta", "nesta segunda",
/// "na próxima terça", "na passada sexta"): [`bare_weekdays`].
const BEFORE_BARE_WEEKDAY: &[&str] = &[
    "na", "nesta", "desta", "esta", "próxima", "proxima", "última", "ultima", "passada",
];

/// Words after such a weekday that leave it one ("na quinta em Lisboa", "na quinta à
/// noite", "na segunda passada", "na terça e na quarta"): a noun after it makes it an
/// ordinal or a farm ("na segunda volta", "na quinta do Lago").
const AFTER_BARE_WEEKDAY: &[&str] = &[
    "em", "à", "às", "ao", "aos", "pela", "pelo", "passada", "próxima", "proxima", "seguinte", "e",
    "ou", "de",
];

/// Portuguese weekdays said without "feira" (`lexicon::FEIRA_WEEKDAYS`: "na quinta",
/// "nesta segunda", "na próxima terça") are weekday tokens, as [`join_feira`] makes them,
/// only where they cannot be read otherwise: in lower case, after one of
/// [`BEFORE_BARE_WEEKDAY`], and then at the end of a clause, before a date or before one
/// of [`AFTER_BARE_WEEKDAY`] ("de" only before "manhã", "tarde", "noite"); or right
/// before a date anywhere ("quinta, 11 de dezembro"). Alone "segunda" is second and
/// "quinta" a farm ("na segunda volta", "na Quinta da Regaleira", "a quinta do Lago").
pub(super) fn bare_weekdays(toks: &mut [Token], chars: &[char], stemmer: &Stemmer) {
    for k in 0..toks.len() {
        let t = &toks[k];
        let Some(&(_, d)) = FEIRA_WEEKDAYS.iter().find(|(w, _)| *w == t.norm) else {
            continue;
        };
        if t.kind != Kind::Word || !chars.get(t.start).is_some_and(|c| c.is_lowercase()) {
            continue;
        }
        let next = toks.get(k + 1);
        let gap_punct = next.is_none_or(|n| {
            chars
                .get(t.end..n.start)
                .is_some_and(|g| g.iter().any(|c| !c.is_whitespace()))
        });
        let dated = next.is_some_and(|n| n.date || matches!(n.kind, Kind::Month(_)));
        let time_of_day = |n: usize| {
            toks.get(n).is_some_and(|w| {
                matches!(
                    w.norm.as_str(),
                    "manhã" | "manha" | "tarde" | "noite" | "madrugada"
                )
            })
        };
        let after_ok = gap_punct
            || dated
            || next.is_some_and(|n| {
                AFTER_BARE_WEEKDAY.contains(&n.norm.as_str())
                    && (n.norm != "de" || time_of_day(k + 2))
            });
        let before = k > 0 && BEFORE_BARE_WEEKDAY.contains(&toks[k - 1].norm.as_str());
        if !((before && after_ok) || dated) {
            continue;
        }
        make_weekday(&mut toks[k], d, stemmer);
    }
}

/// Months written short in other languages (`lexicon::SHORT_MONTHS`: "5 dic (EFE)", "5 dez
/// 2026", "9 déc. (AFP)") made months, as their English forms are ("5 Dec"): right after
/// a day (a whole figure from 1 to 31, a space between) and before a year, a bracket, a
/// comma, a dash or the end (a full stop after the word skipped). Trial 38 F13: "5 dic"
/// / "6 dic" was a number flag. Not "10 out of 20", "a 5 set match".
pub(super) fn short_months(toks: &mut [Token], chars: &[char], stemmer: &Stemmer) {
    for i in 1..toks.len() {
        // Portuguese "dez" is read as the number ten.
        if toks[i].kind != Kind::Word && toks[i].norm != "dez" {
            continue;
        }
        // The day before it first: most words follow none, and are not looked up.
        let day = &toks[i - 1];
        let is_day = matches!(day.kind, Kind::Number(v) if v.fract() == 0.0 && (1.0..=31.0).contains(&v))
            && chars
                .get(day.end..toks[i].start)
                .is_some_and(|gap| !gap.is_empty() && gap.iter().all(|c| c.is_whitespace()));
        if !is_day {
            continue;
        }
        let Some(&(_, m)) = SHORT_MONTHS.iter().find(|(w, _)| *w == toks[i].norm) else {
            continue;
        };
        let mut k = toks[i].end;
        if chars.get(k) == Some(&'.') {
            k += 1;
        }
        let next = chars[k.min(chars.len())..]
            .iter()
            .find(|c| !c.is_whitespace());
        let closes = next.is_none_or(|c| {
            c.is_ascii_digit() || matches!(c, '(' | ')' | ',' | '-' | '\u{2013}' | '\u{2014}' | ':')
        });
        if !closes {
            continue;
        }
        let t = &mut toks[i];
        t.kind = Kind::Month(m);
        t.date = true;
        t.stop = false;
        t.norm = MONTH_NAMES[(m - 1) as usize].to_string();
        finish(t, stemmer);
    }
}

/// An abbreviated month, or a foreign one that is an English word or name too
/// (`lexicon::month_beside_a_figure`), with no figure beside it is a word, mostly a name:
/// "spokesman Jan de Vries", "Dec Daly", "Bruno Mars" are no dates (a month is read from
/// "Jan. 5", "5 Jan 2013", "Jan 2013", "le 3 mars", "2 de mayo"; a month spelt out stays a
/// month alone: "in January", "im Dezember").
pub(super) fn unmonth_names(toks: &mut [Token], chars: &[char], stemmer: &Stemmer) {
    for i in 0..toks.len() {
        let Kind::Month(_) = toks[i].kind else {
            continue;
        };
        let surface: String = chars[toks[i].start..toks[i].end]
            .iter()
            .filter(|c| c.is_alphabetic())
            .flat_map(|c| c.to_lowercase())
            .collect();
        let figure = |k: usize| matches!(toks.get(k).map(|t| t.kind), Some(Kind::Number(_)));
        let near =
            figure(i + 1) || figure(i + 2) || (i > 0 && figure(i - 1)) || day_de(toks, chars, i);
        // "ab Juli", "in juli", "en julio": a month after a word of time of its language.
        let capital = chars.get(toks[i].start).is_some_and(|c| c.is_uppercase());
        let after_word = i > 0 && {
            let before: String = chars[toks[i - 1].start..toks[i - 1].end]
                .iter()
                .flat_map(|c| c.to_lowercase())
                .collect();
            month_after_word(&before, &surface, capital)
        };
        let near = near || after_word;
        if !month_beside_a_figure(&surface) || near {
            continue;
        }
        let t = &mut toks[i];
        t.kind = Kind::Word;
        t.date = false;
        t.proper = chars[t.start].is_uppercase();
        t.norm = surface;
        finish(t, stemmer);
    }
}

/// The day of a Spanish or Portuguese date before the month at token `i`: "2 de
/// diciembre", "2 de dezembro" (the figure, then "de"), or of an English one, "the 1st of
/// December" (an ordinal in figures, then "of": "two of May's ministers" is no date).
fn day_de(toks: &[Token], chars: &[char], i: usize) -> bool {
    if i < 2 {
        return false;
    }
    let day = &toks[i - 2];
    let ordinal = chars.get(day.start).is_some_and(char::is_ascii_digit)
        && chars
            .get(day.end.saturating_sub(1))
            .is_some_and(|c| c.is_alphabetic());
    (toks[i - 1].norm == "de" || (toks[i - 1].norm == "of" && ordinal))
        && matches!(day.kind, Kind::Number(v) if v.fract() == 0.0 && (1.0..=31.0).contains(&v))
}

/// Mark the day and year numbers next to a month ("Nov. 13", "13 November 2017", "2 de
/// diciembre", "the 1st of December").
pub(super) fn mark_dates(toks: &mut [Token], chars: &[char]) {
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
            if day_de(toks, chars, i) {
                toks[i - 2].date = true;
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

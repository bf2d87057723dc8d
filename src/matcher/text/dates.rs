//! Dates among the tokens: the day and year numbers next to a month ("Nov. 13", "13
//! November 2017", "2 de diciembre", a year of four figures), and abbreviated months that
//! are names ("Jan de Vries").

use super::*;
use crate::matcher::lexicon::month_beside_a_figure;

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
        let near = figure(i + 1) || figure(i + 2) || (i > 0 && figure(i - 1)) || day_de(toks, i);
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
/// diciembre", "2 de dezembro" (the figure, then "de").
fn day_de(toks: &[Token], i: usize) -> bool {
    i >= 2
        && toks[i - 1].norm == "de"
        && matches!(toks[i - 2].kind, Kind::Number(v) if v.fract() == 0.0 && (1.0..=31.0).contains(&v))
}

/// Mark the day and year numbers next to a month ("Nov. 13", "13 November 2017", "2 de
/// diciembre").
pub(super) fn mark_dates(toks: &mut [Token]) {
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
            if day_de(toks, i) {
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

//! Dates among the tokens: the day and year numbers next to a month ("Nov. 13", "13
//! November 2017", a year of four figures), and abbreviated months that are names ("Jan
//! de Vries").

use super::*;

/// An abbreviated month with no figure beside it is a word, mostly a name: "spokesman Jan
/// de Vries", "Dec Daly" are no dates (a month is read from "Jan. 5", "5 Jan 2013", "Jan
/// 2013"; a month spelt out stays a month alone: "in January").
pub(super) fn unmonth_names(toks: &mut [Token], chars: &[char], stemmer: &Stemmer) {
    for i in 0..toks.len() {
        let Kind::Month(m) = toks[i].kind else {
            continue;
        };
        let surface: String = chars[toks[i].start..toks[i].end]
            .iter()
            .filter(|c| c.is_alphabetic())
            .flat_map(|c| c.to_lowercase())
            .collect();
        let full = MONTH_NAMES[(m - 1) as usize];
        let figure = |k: usize| matches!(toks.get(k).map(|t| t.kind), Some(Kind::Number(_)));
        let near = figure(i + 1) || figure(i + 2) || (i > 0 && figure(i - 1));
        if surface.len() >= full.len() || near {
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

/// Mark the day and year numbers next to a month ("Nov. 13", "13 November 2017").
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
        }
        if let Kind::Number(v) = toks[i].kind {
            let four = toks[i].end - toks[i].start == 4;
            if four && v.fract() == 0.0 && (1900.0..=2100.0).contains(&v) {
                toks[i].date = true; // a year
            }
        }
    }
}

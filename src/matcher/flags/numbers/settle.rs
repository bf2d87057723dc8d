//! What the counts of a sentence tell together, once each is read (`read.rs`): the bound
//! of an approximate count, the reading of its decimal marks, a group of a list, two
//! alternatives ("a year or two"), the earlier figure of a change, the votes of a side, the magnitude of a quake.

use super::magnitude::magnitudes;
use super::parts::decades_in_years;
use super::slots::alternatives;
use super::spelled::approximate;
use super::toll::listed;
use super::verdict::{read_marks, Convention};
use super::votes::vote_sides;
use super::{NumSlot, Role};
use crate::matcher::features::Prepared;
use crate::matcher::flags::bounds::Bound;
use crate::matcher::flags::figures::change_earlier;

/// Whether token `t` of `p` is a word of a dozen said with the article, or after a figure
/// told `about` ("rund zwei Dutzend Menschen"), no "half" before it ("a dozen people",
/// "ein Dutzend Helfer", "una docena de heridos"; not "half a dozen", nor "zwei Dutzend"
/// alone: 24): an approximate collective count ([`NumSlot::collective`]).
fn collective_dozen(p: &Prepared, t: usize, about: bool) -> bool {
    use crate::matcher::lexicon::approximate_counts::DOZEN_WORDS;
    use crate::matcher::lexicon::round_words::ROUND_ARTICLES;
    let toks = &p.tokens;
    let word = |k: usize| toks.get(k).map_or("", |x| x.norm.as_str());
    let written = |k: usize| {
        toks.get(k).map_or(String::new(), |x| {
            crate::matcher::flags::surface(p, x.start, x.end).to_lowercase()
        })
    };
    let half = |k: usize| {
        matches!(
            written(k).as_str(),
            "half" | "demi" | "halbes" | "halb" | "media" | "mezza" | "meia"
        )
    };
    let counted = |k: usize| {
        let figure = matches!(
            toks.get(k).map(|x| x.kind),
            Some(crate::matcher::text::Kind::Number(_))
        ) || crate::matcher::lexicon::cardinal_any(word(k)).is_some();
        ROUND_ARTICLES.contains(&word(k)) || (about && figure)
    };
    // A dozen is read as the figure 12: its word is the token's written text.
    let dozen = DOZEN_WORDS.contains(&written(t).as_str());
    t >= 1 && dozen && counted(t - 1) && (t < 2 || !half(t - 2))
}

/// Completes the counts `out` of sentence `p` (of decimal convention `language`) with
/// what only the whole sentence tells.
pub(super) fn settle(p: &Prepared, out: &mut [NumSlot], language: Convention) {
    let toks = &p.tokens;
    for s in out.iter_mut() {
        // "une quarantaine": about forty.
        let approximated = s
            .tok
            .is_some_and(|t| t < toks.len() && approximate(p, t).is_some());
        if s.bound == Bound::Exact && approximated {
            s.bound = Bound::About;
        }
        let about = s.bound == Bound::About;
        s.collective = approximated || s.tok.is_some_and(|t| collective_dozen(p, t, about));
        read_marks(p, s, language);
        // "for a decade": ten years.
        decades_in_years(s);
    }
    // "two women and a man": one group of a list (`toll::listed`).
    for s in out.iter_mut() {
        let Some(tok) = s.tok.filter(|&t| t < toks.len()) else {
            continue;
        };
        let first = toks.iter().position(|t| t.start == s.start).unwrap_or(tok);
        let last = toks.iter().rposition(|t| t.end == s.end).unwrap_or(tok);
        s.listed = s.listed || listed(p, first, last.max(tok));
    }
    // "a year or two later".
    alternatives(p, out);
    // The earlier figure of a change counts what the figure now counts ("from 10 to 20
    // people").
    for k in 0..out.len() {
        if out[k].role == Role::Earlier && out[k].noun.is_none() {
            let now = out[k].tok.and_then(|t| change_earlier(p, t)).flatten();
            if let Some(n) = out.iter().find(|s| s.tok.is_some() && s.tok == now) {
                (out[k].noun, out[k].noun_class) = (n.noun, n.noun_class);
            }
        }
    }
    // "275 stimmten dagegen": the votes against.
    vote_sides(p, out);
    // "the 6.7-magnitude quake", "a magnitude 6.8 earthquake": one magnitude.
    magnitudes(p, out);
}

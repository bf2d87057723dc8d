//! A lower bound on a round word said with the article ("more than a dozen people", "plus
//! d'une douzaine", "mehr als ein Dutzend"; trial 46 F5): the word tells the count's
//! size, so the bound holds any figure from the word up to twice it ("more than a
//! dozen" / "14 people" agree: no flag). A figure below the word ("eight") still differs,
//! and a bound on a figure ("at least 10" / "twelve") is the softer flag as before.

use super::NumSlot;
use crate::matcher::features::Prepared;
use crate::matcher::flags::bounds::Bound;
use crate::matcher::flags::surface;
use crate::matcher::lexicon::round_words::{ROUND_ARTICLES, ROUND_WORDS};

/// Marks the counts of `out` (read from `p`) that are a round word said with the article
/// ([`NumSlot::round_word`]).
pub(super) fn mark_round_words(p: &Prepared, out: &mut [NumSlot]) {
    let toks = &p.tokens;
    for s in out.iter_mut() {
        let Some(t) = s.tok.filter(|&t| t < toks.len()) else {
            continue;
        };
        // The figure's token as written: "dozen" after its article's token, or "a
        // dozen" when the article is folded into it.
        let written = surface(p, toks[t].start, toks[t].end).to_lowercase();
        let mut words = written.split_whitespace();
        let first = words.next().unwrap_or_default();
        let last = words.next_back().unwrap_or(first);
        let before = t.checked_sub(1).map(|k| toks[k].norm.as_str());
        let article = before.is_some_and(|w| ROUND_ARTICLES.contains(&w))
            || (first != last && ROUND_ARTICLES.contains(&first));
        s.round_word = ROUND_WORDS.contains(&last) && article;
    }
}

/// Whether `x`, a round word under a lower bound ("more than a dozen", "at least a
/// hundred"), holds the exact figure `y` of the same value or above, below twice the word
/// (13 to 23 for "more than a dozen").
pub(super) fn round_bound_holds(x: &NumSlot, y: &NumSlot) -> bool {
    let (xv, yv) = (f64::from_bits(x.value), f64::from_bits(y.value));
    let above = match x.bound {
        Bound::MoreThan => yv > xv,
        Bound::AtLeast => yv >= xv,
        _ => false,
    };
    x.round_word && !x.vague && !y.vague && y.bound == Bound::Exact && above && yv < 2.0 * xv
}

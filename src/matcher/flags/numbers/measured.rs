//! Whether two lengths measure two things by the nouns they are told of (trial 58: "35 km
//! ≠ 183-metre", the coast the oil reached against the ship; "183-metre ≠ 9-metre", the
//! ship against the waves; "about 3 km" offshore against "Some thirty kilometres" of
//! coast): a length's noun is the word joined to it ("35 km *of coastline*", "a 183-metre
//! *vessel*", "*waves* of up to 9 metres", "Le *navire* de 183 mètres"), and a length told
//! as a distance ("3 km offshore", "à moins de 3 km de la côte") measures no stretch of
//! anything. Two lengths of two nouns are two facts; one noun told in two languages
//! (`lexicon::measured`: "coast" / "côtes") is one. Read by `numbers::number_conflicts`.

use super::purposes::Purpose;
use super::NumSlot;
use crate::matcher::features::Prepared;
use crate::matcher::flags::anchor::tokens_within;
use crate::matcher::flags::units::is_length;
use crate::matcher::flags::{chars_of, clause_break_after, language_of};
use crate::matcher::language::Language;
use crate::matcher::lexicon::measured::{
    measured_group, AT_A_DISTANCE, BOUND_WORDS, LONG, OF, UP_TO,
};
use crate::matcher::text::{Kind, Token};

/// How many tokens of a bound ("up to", "moins de") may stand between a length's figure
/// and the word before it that joins it to its noun or makes it a distance.
const BOUND_REACH: usize = 4;

/// How many content words after a length are read as its noun ("35 km of *polluted
/// coast*").
const NOUN_WORDS: usize = 2;

/// Whether lengths `x` of `a` and `y` of `b` measure two things: one a distance and the
/// other a stretch of a noun ("3 km offshore" / "thirty kilometres of coast"), or both
/// of nouns ([`nouns_of`]) that share no stem nor group of `lexicon::measured` ("35 km of
/// coastline" / "the 183-metre vessel"). Lengths with a measure word ("2 km wide",
/// `measures.rs`) are compared by it, not here; lengths of no noun are one thing as before.
pub(super) fn lengths_apart(a: &Prepared, x: &NumSlot, b: &Prepared, y: &NumSlot) -> bool {
    if !is_length(x.dim) || !is_length(y.dim) {
        return false;
    }
    let (nx, ny) = (nouns_of(a, x), nouns_of(b, y));
    // A length told "long" is a stretch of its noun too ("the 9-metre-long stern").
    let stretch = |s: &NumSlot, nouns: &[&Token]| {
        matches!(s.purpose, None | Some(Purpose::Length)) && !nouns.is_empty()
    };
    let (dx, dy) = (distance(a, x), distance(b, y));
    if (dx && !dy && stretch(y, &ny)) || (dy && !dx && stretch(x, &nx)) {
        return true;
    }
    !dx && !dy && stretch(x, &nx) && stretch(y, &ny) && !one_noun(&nx, &ny)
}

/// Whether length `s` of `p` is a distance: its measure word says so ("3 km offshore",
/// "from the shore", "dalla costa": `measures.rs`), or a word of `AT_A_DISTANCE` stands
/// before its figure, words of a bound between ("à moins de 3 km", "a circa tre
/// chilometri"), but for "up to" ("jusqu'à 9 mètres").
fn distance(p: &Prepared, s: &NumSlot) -> bool {
    if s.purpose == Some(Purpose::Distance) {
        return true;
    }
    let Some((first, _)) = tokens_within(p, (s.start, s.end)) else {
        return false;
    };
    let toks = &p.tokens;
    let english = language_of(p) == Some(Language::English);
    let Some(k) = before_bound(p, first) else {
        return false;
    };
    let w = toks[k].norm.as_str();
    let up_to = k > 0 && UP_TO.contains(&toks[k - 1].norm.as_str());
    AT_A_DISTANCE.contains(&w) && !(english && w == "a") && !up_to
}

/// The token right before the figure at token `first` of `p`, past up to
/// [`BOUND_REACH`] words of a bound and their "of" ("moins de"), in its clause; `None`
/// at a clause's start.
fn before_bound(p: &Prepared, first: usize) -> Option<usize> {
    let toks = &p.tokens;
    let mut k = first;
    for _ in 0..=BOUND_REACH {
        if k == 0 || clause_break_after(p, k - 1) {
            return None;
        }
        k -= 1;
        // "moins *de* 3 km", "più *di* tre chilometri": the bound's own "of".
        let bound_of = OF.contains(&toks[k].norm.as_str())
            && k > 0
            && BOUND_WORDS.contains(&toks[k - 1].norm.as_str());
        if !BOUND_WORDS.contains(&toks[k].norm.as_str()) && !bound_of {
            return Some(k);
        }
    }
    None
}

/// Whether token `t` may be a noun a length measures: a word, no stop word, no name, no
/// word of a bound.
fn content(t: &Token) -> bool {
    t.kind == Kind::Word && !t.stop && !t.proper && !BOUND_WORDS.contains(&t.norm.as_str())
}

/// The nouns length `s` of `p` is told of: the content words after a word of `OF` right
/// after it ("35 km of *coastline*", articles passed over), or after it when its figure is
/// joined to its unit ("a 183-metre *vessel*", "9-metre *waves*"); else the word before a
/// word of `OF` before its figure, words of a bound between ("*waves* of up to 9
/// metres", "Le *navire* de 183 mètres"). Empty when none is told.
fn nouns_of<'p>(p: &'p Prepared, s: &NumSlot) -> Vec<&'p Token> {
    let toks = &p.tokens;
    let Some((first, last)) = tokens_within(p, (s.start, s.end)) else {
        return Vec::new();
    };
    let after = |from: usize| -> Vec<&'p Token> {
        let mut k = from;
        // Articles after "of" ("of the coast", "de la côte").
        while k < toks.len() && toks[k].stop && k < from + 2 {
            k += 1;
        }
        (k..toks.len().min(k + NOUN_WORDS))
            .take_while(|&j| j == k || !clause_break_after(p, j - 1))
            .map(|j| &toks[j])
            .filter(|t| !LONG.contains(&t.norm.as_str()))
            .take_while(|t| content(t))
            .collect()
    };
    let next = last + 1;
    if next < toks.len() && !clause_break_after(p, last) {
        if OF.contains(&toks[next].norm.as_str()) {
            return after(next + 1);
        }
        let joined = first < last
            && chars_of(p)
                .get(toks[first].end..toks[first + 1].start)
                .is_some_and(|gap| gap == ['-']);
        if joined {
            return after(next);
        }
    }
    match before_bound(p, first) {
        Some(k)
            if k > 0 && OF.contains(&toks[k].norm.as_str()) && !clause_break_after(p, k - 1) =>
        {
            Some(&toks[k - 1])
                .filter(|t| content(t))
                .into_iter()
                .collect()
        }
        _ => Vec::new(),
    }
}

/// Whether two lists of nouns name one thing: a stem or a group of `lexicon::measured`
/// in common.
fn one_noun(u: &[&Token], v: &[&Token]) -> bool {
    u.iter().any(|x| {
        v.iter().any(|y| {
            x.stem == y.stem
                || measured_group(&x.norm).is_some_and(|g| measured_group(&y.norm) == Some(g))
        })
    })
}

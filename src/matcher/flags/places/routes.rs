//! Routes told the other way round: "the train from Leeds to York" / "the train from
//! York to Leeds", "de Lyon à Marseille" / "de Marseille à Lyon". Both sentences name the
//! same two places, so the place flag (a place of one not named by the other) sees
//! nothing; here the places' roles, start and end, are compared. "Between Leeds and York"
//! has no direction and is no route.

use super::name_end;
use crate::matcher::features::Prepared;
use crate::matcher::flags::names::same_name_word;
use crate::matcher::flags::Ranges;
use crate::matcher::text::{Kind, Token};

/// Words before a route's start, in English, French, Spanish, Portuguese, German and
/// Italian ("from", "de", "von", "da").
const FROM: &[&str] = &["from", "de", "von", "da"];

/// Words between a route's start and its end ("to", "à", "a", "nach", "para").
const TO: &[&str] = &["to", "à", "a", "nach", "para"];

/// Articles skipped before a name ("from the Bronx to Harlem").
const ARTICLES: &[&str] = &["the", "la", "le", "el", "il", "lo"];

/// A route of a sentence: the tokens (first, last) of its start and of its end.
struct Route {
    from: (usize, usize),
    to: (usize, usize),
}

/// The name starting at token `j` (an article skipped): its first and last tokens, when a
/// capitalised word is there (`chars`: the sentence's code points).
fn name_at(toks: &[Token], mut j: usize, chars: &[char]) -> Option<(usize, usize)> {
    if toks
        .get(j)
        .is_some_and(|t| ARTICLES.contains(&t.norm.as_str()))
    {
        j += 1;
    }
    let t = toks.get(j)?;
    (t.proper && t.kind == Kind::Word).then(|| (j, name_end(toks, j, chars)))
}

/// The routes of `p`: "from X to Y" and its words in the other languages, X and Y names.
fn routes(p: &Prepared) -> Vec<Route> {
    let toks = &p.tokens;
    if !toks.iter().any(|t| FROM.contains(&t.norm.as_str())) {
        return Vec::new();
    }
    let chars = crate::matcher::flags::chars_of(p);
    let mut out = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        if !FROM.contains(&t.norm.as_str()) {
            continue;
        }
        let Some(from) = name_at(toks, i + 1, chars) else {
            continue;
        };
        if !toks
            .get(from.1 + 1)
            .is_some_and(|t| TO.contains(&t.norm.as_str()))
        {
            continue;
        }
        if let Some(to) = name_at(toks, from.1 + 2, chars) {
            out.push(Route { from, to });
        }
    }
    out
}

/// Whether names `x` of `a` and `y` of `b` (tokens, first and last) are one name: as many
/// words, each the same word of a name (`names::same_name_word`).
fn same_name(a: &Prepared, x: (usize, usize), b: &Prepared, y: (usize, usize)) -> bool {
    let (wx, wy) = (&a.tokens[x.0..=x.1], &b.tokens[y.0..=y.1]);
    wx.len() == wy.len() && wx.iter().zip(wy).all(|(u, v)| same_name_word(u, v))
}

/// Whether `p` tells a route ("from Leeds to York"): a sentence that does not gives no
/// reversed-route flag ([`reversed_route`]) with any sentence.
pub(in crate::matcher::flags) fn tells_a_route(p: &Prepared) -> bool {
    !routes(p).is_empty()
}

/// A route of `a` told the other way round by `b` ("from Leeds to York" / "from York to
/// Leeds"): the ranges from each route's start to its end. None when either sentence
/// also tells the other's route (a trip there and back).
pub(in crate::matcher::flags) fn reversed_route(a: &Prepared, b: &Prepared) -> Option<Ranges> {
    let ra = routes(a);
    if ra.is_empty() {
        return None;
    }
    let rb = routes(b);
    let same =
        |x: &Route, y: &Route| same_name(a, x.from, b, y.from) && same_name(a, x.to, b, y.to);
    let swapped = |x: &Route, y: &Route| {
        same_name(a, x.from, b, y.to) && same_name(a, x.to, b, y.from) && !same(x, y)
    };
    let told_a = |y: &Route| ra.iter().any(|x| same(x, y));
    let told_b = |x: &Route| rb.iter().any(|y| same(x, y));
    ra.iter().find_map(|x| {
        rb.iter()
            .find(|y| swapped(x, y) && !told_a(y) && !told_b(x))
            .map(|y| {
                let range =
                    |p: &Prepared, r: &Route| (p.tokens[r.from.0].start, p.tokens[r.to.1].end);
                (range(a, x), range(b, y))
            })
    })
}

//! Who won: "Arsenal beat Chelsea 2-1" / "Chelsea beat Arsenal 2-1", "Arsenal won 3-2" /
//! "Arsenal lost 2-3". The two sentences share every word and the score, so they score as
//! the same fact; which side won is the fact itself. The flag is an outcome flag.
//!
//! A **result** is read from a sentence three ways, each giving the winner, the loser or
//! both as names (capitalised words, as written: "Manchester United"):
//! - a name, a verb of [`WINNER_VERBS`], a name: "Arsenal beat Chelsea", "Nadal defeated
//!   Federer"; in the passive, "Chelsea were beaten by Arsenal", the other way round;
//! - a name, "lost to" / "fell to" (or "lost against"), a name: "Chelsea lost 2-1 to
//!   Arsenal" (a score may stand between the verb and "to");
//! - a name and "won" or "lost" with a score right after ("Arsenal won 3-2", "Arsenal lost
//!   2-3"): one side only. Without a score "lost" is no game ("lost his life").
//!
//! Two results differ when a name one sentence gives as the winner is the other's loser.
//! A name is compared by its stem, each of its words: "Manchester United" and "United"
//! are one side. Ranges are code points of each prepared sentence's own text.

use super::figures::{dashed, figure, score_first};
use super::Ranges;
use crate::matcher::prepared::Prepared;
use crate::matcher::text::{Kind, Token};

/// Verbs whose subject won against their object, lower case, as written.
const WINNER_VERBS: &[&str] = &[
    "beat",
    "beats",
    "defeated",
    "defeats",
    "edged",
    "overcame",
    "thrashed",
    "routed",
    "downed",
    "outplayed",
    "trounced",
    "crushed",
    "whipped",
    "upset",
    "eliminated",
    "knocked",
];

/// A side of a result: the stems of its name's words and its range (code points).
#[derive(Debug, Clone)]
struct Side {
    stems: Vec<u64>,
    range: (usize, usize),
}

impl Side {
    fn same(&self, other: &Side) -> bool {
        self.stems.iter().any(|s| other.stems.contains(s))
    }
}

/// A result read from a sentence: the winner, the loser (either may be missing, not both),
/// and the range of the whole result.
#[derive(Debug, Clone)]
struct GameResult {
    winner: Option<Side>,
    loser: Option<Side>,
    range: (usize, usize),
}

/// Whether token `t` may be a word of a name: a capitalised word that is no stop word
/// ("The" at the start is not part of "The Blues").
fn name_word(t: &Token) -> bool {
    t.capital && t.kind == Kind::Word && !t.stop
}

/// The name ending at token `end` (inclusive), reading back over capitalised words.
fn name_before(toks: &[Token], end: usize) -> Option<Side> {
    if !name_word(toks.get(end)?) {
        return None;
    }
    let mut first = end;
    while first > 0 && name_word(&toks[first - 1]) {
        first -= 1;
    }
    Some(side(toks, first, end))
}

/// The name starting at token `start`, reading on over capitalised words.
fn name_after(toks: &[Token], start: usize) -> Option<Side> {
    if !name_word(toks.get(start)?) {
        return None;
    }
    let mut last = start;
    while last + 1 < toks.len() && name_word(&toks[last + 1]) {
        last += 1;
    }
    Some(side(toks, start, last))
}

fn side(toks: &[Token], first: usize, last: usize) -> Side {
    Side {
        stems: toks[first..=last].iter().map(|t| t.stem).collect(),
        range: (toks[first].start, toks[last].end),
    }
}

/// The index after a score starting at token `i` ("2-1", "2\u{2013}1": two whole figures
/// and a dash, or one `figures::score_first` reads), or `i` when no score starts there.
fn skip_score(p: &Prepared, i: usize) -> usize {
    let toks = &p.tokens;
    let whole = |k: usize| figure(toks, k).is_some_and(|v| v.fract() == 0.0);
    let score = whole(i) && whole(i + 1) && dashed(p, i);
    if score || (i + 1 < toks.len() && score_first(p, i + 1) == Some(i)) {
        i + 2
    } else {
        i
    }
}

/// The results a sentence tells (see the module docs).
fn results(p: &Prepared) -> Vec<GameResult> {
    let toks = &p.tokens;
    let mut out = Vec::new();
    for (v, t) in toks.iter().enumerate() {
        let word = t.norm.as_str();
        let before = v.checked_sub(1).and_then(|k| name_before(toks, k));
        // "Chelsea were beaten by Arsenal".
        let passive = v >= 1
            && matches!(
                toks[v - 1].norm.as_str(),
                "was" | "were" | "been" | "is" | "are"
            );
        // The passive of a verb of [`WINNER_VERBS`]: "beaten", and the ones in "-ed" and "upset".
        let passive_verb = word == "beaten"
            || (WINNER_VERBS.contains(&word) && (word.ends_with("ed") || word == "upset"));
        if passive && passive_verb {
            let at = skip_score(p, v + 1);
            let by = toks.get(at).is_some_and(|t| t.norm == "by");
            let loser = v.checked_sub(2).and_then(|k| name_before(toks, k));
            if let (true, Some(loser), Some(winner)) = (by, loser, name_after(toks, at + 1)) {
                let range = (loser.range.0, winner.range.1);
                out.push(GameResult {
                    winner: Some(winner),
                    loser: Some(loser),
                    range,
                });
            }
            continue;
        }
        let Some(subject) = before else {
            continue;
        };
        if WINNER_VERBS.contains(&word) {
            if let Some(object) = name_after(toks, v + 1) {
                let range = (subject.range.0, object.range.1);
                out.push(GameResult {
                    winner: Some(subject),
                    loser: Some(object),
                    range,
                });
            }
            continue;
        }
        let lost = matches!(word, "lost" | "loses" | "lose" | "fell" | "falls");
        if lost {
            // "lost 2-1 to Arsenal", "lost to Arsenal", "lost against Arsenal".
            let at = skip_score(p, v + 1);
            let to = toks
                .get(at)
                .is_some_and(|t| matches!(t.norm.as_str(), "to" | "against"));
            if let Some(winner) = to.then(|| name_after(toks, at + 1)).flatten() {
                let range = (subject.range.0, winner.range.1);
                out.push(GameResult {
                    winner: Some(winner),
                    loser: Some(subject),
                    range,
                });
                continue;
            }
        }
        // "Arsenal won 3-2", "Arsenal lost 2-3": one side, with the score.
        let won = matches!(word, "won" | "wins" | "win");
        if (won || matches!(word, "lost" | "loses" | "lose")) && skip_score(p, v + 1) > v + 1 {
            let end = toks[v + 2].end;
            let range = (subject.range.0, end);
            let (winner, loser) = if won {
                (Some(subject), None)
            } else {
                (None, Some(subject))
            };
            out.push(GameResult {
                winner,
                loser,
                range,
            });
        }
    }
    out
}

/// A result of `a` and one of `b` that give one side as the winner in one and the loser
/// in the other: the ranges of the two results.
pub(super) fn winner_conflict(a: &Prepared, b: &Prepared) -> Option<Ranges> {
    let ra = results(a);
    if ra.is_empty() {
        return None;
    }
    let rb = results(b);
    let crossed = |x: &Option<Side>, y: &Option<Side>| match (x, y) {
        (Some(x), Some(y)) => x.same(y),
        _ => false,
    };
    ra.iter().find_map(|x| {
        rb.iter()
            .find(|y| crossed(&x.winner, &y.loser) || crossed(&x.loser, &y.winner))
            .map(|y| (x.range, y.range))
    })
}

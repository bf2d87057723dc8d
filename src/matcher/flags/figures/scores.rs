//! Scores and tallies: two whole figures of a game or a vote ("won 3-1", "a 2-3 defeat",
//! "passed by 52 to 48"). A score is no range and no count.

use super::{dashed, figure};
use crate::matcher::features::Prepared;
use crate::matcher::flags::counts::no_count;

/// Words before a score or a tally ("won 3-1", "beat Leeds 2-0", "voted 52-48").
const SCORE_BEFORE: &[&str] = &[
    "won",
    "win",
    "wins",
    "winning",
    "beat",
    "beats",
    "beating",
    "defeated",
    "defeating",
    "lost",
    "lose",
    "loses",
    "losing",
    "drew",
    "draw",
    "tied",
    "led",
    "lead",
    "leads",
    "leading",
    "trailed",
    "trailing",
    "edged",
    "thrashed",
    "routed",
    "crushed",
    "downed",
    "victory",
    "defeat",
    "score",
    "scoreline",
    "voted",
    "vote",
    "outnumbered",
    // Trial 40 T3 (item 3): the words of a game in the other languages ("se impuso por
    // 1-2", "perdió 1-2", "a perdu 1-2").
    "ganó",
    "gana",
    "venció",
    "derrotó",
    "derrotar",
    "imponerse",
    "impuso",
    "perdió",
    "victoria",
    "derrota",
    "empate",
    "marcador",
    "resultado",
    "gagné",
    "battu",
    "perdu",
    "victoire",
    "défaite",
    "vinto",
    "battuto",
    "perso",
    "vittoria",
    "sconfitta",
    "venceu",
    "perdeu",
    "vitória",
];

/// Words after a score or a tally ("a 2-3 defeat", "a 1-1 draw", "a 5-4 vote", "a 2-1
/// home win").
pub(in crate::matcher::flags) const SCORE_AFTER: &[&str] = &[
    "defeat",
    "defeats",
    "win",
    "wins",
    "victory",
    "loss",
    "draw",
    "lead",
    "scoreline",
    "triumph",
    "thrashing",
    "drubbing",
    "rout",
    "vote",
    "votes",
    "decision",
    "ruling",
    "verdict",
    "tie",
    "aggregate",
    "margin",
    "majority",
    "split",
];

/// The first figure of a score or a tally whose second figure is token `i`: two whole
/// figures joined by a hyphen or an en dash, or by "to" ("passed by 52 to 48"), with a
/// word of a game or a vote among the three words before them ("won 3-1", "beat Leeds
/// 2-0", "the vote passed by 52 to 48") or the two after ("a 2-3 defeat", "a 1-1 draw", "a
/// 5-4 vote"). A score is no range and no count: "a 2-3 defeat" is not two or three of
/// anything. Two small whole figures (up to 30) joined so, the first not below the
/// second, are a score with no word of a game ("firmó el 2-1", "1-1"): a range goes up;
/// not in brackets, where they are a record ("Indianapolis (11-4)").
pub(in crate::matcher::flags) fn score_first(p: &Prepared, i: usize) -> Option<usize> {
    let toks = &p.tokens;
    let whole = |k: usize| figure(toks, k).is_some_and(|v| v.fract() == 0.0 && v >= 0.0);
    if i == 0 || !whole(i) {
        return None;
    }
    let said = |k: &usize, words: &[&str]| words.contains(&toks[*k].norm.as_str());
    // "52 to 48": a tally said with "to" needs a word of a vote or game before it.
    if i >= 2 && toks[i - 1].norm == "to" && whole(i - 2) && !whole(i - 1) {
        let f = i - 2;
        let before = (f.saturating_sub(3)..f).any(|k| said(&k, SCORE_BEFORE));
        return before.then_some(f);
    }
    // "23:30 – Five people": the minutes of a live post's clock time and a count, no
    // score (trial 55 F2).
    if !whole(i - 1) || !dashed(p, i - 1) || no_count(p, i - 1) {
        return None;
    }
    let before = (i.saturating_sub(4)..i - 1).any(|k| said(&k, SCORE_BEFORE));
    let after = (i + 1..toks.len().min(i + 3)).any(|k| said(&k, SCORE_AFTER));
    // "Indianapolis (11-4)", "Creighton (25 - 7)": a record in brackets, no score.
    let bracketed = toks[i - 1].start > 0
        && crate::matcher::flags::surface_is(p, toks[i - 1].start - 1, toks[i - 1].start, "(");
    let down = !bracketed
        && matches!(
            (figure(toks, i - 1), figure(toks, i)),
            (Some(x), Some(y)) if x >= y && x <= 30.0
        );
    (before || after || down).then_some(i - 1)
}

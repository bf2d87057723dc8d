//! A cause denied by a contrast against a sentence that tells it (trial 55 F6): "The
//! swollen Gschnitzbach stream burst its banks after a cloudburst" / "Geologists say the
//! damage was caused by a debris flow from the Sandesbach gully, *not by the Gschnitzbach
//! bursting its banks*" went unflagged, and "The stream burst its banks" / "A mudslide,
//! *not the stream*, destroyed the village" read "outcome: stream ≠ not the stream". A
//! contrast ([`contrast_at`]) is a word of "not" after a comma (`lexicon::contrasts`)
//! either with a "by" after it in a sentence that tells a cause ("caused by X, not by Y")
//! or between a sentence's short subject and its verb ("X, not Y, destroyed"): what
//! follows it is a cause denied. The flag shows what the other sentence tells of it
//! ("Gschnitzbach stream burst its banks") against the denial. Ranges are code points of
//! each sentence's own text.

use crate::matcher::flags::{chars_of, Ranges};
use crate::matcher::lexicon::acts::causing;
use crate::matcher::lexicon::contrasts::{CAUSED_BY, CONTRAST_NOT, TOLD_ENDS};
use crate::matcher::prepared::Prepared;
use crate::matcher::text::{Kind, Token};

/// The most tokens a denied cause runs to ("the Gschnitzbach bursting its banks": 5).
const DENIED_REACH: usize = 8;

/// The most tokens of a subject before its contrast ("A mudslide, not the stream": 2).
const SUBJECT: usize = 4;

/// The most tokens read after the words that name a denied thing in the sentence that
/// tells it ("stream *burst its banks*": 3).
const TOLD_AFTER: usize = 3;

/// Whether a clause mark stands between tokens `k - 1` and `k` of `p` (also read by
/// `agent.rs`).
pub(super) fn mark_before(p: &Prepared, k: usize) -> bool {
    let toks = &p.tokens;
    k > 0
        && chars_of(p)
            .get(toks[k - 1].end..toks[k].start)
            .unwrap_or(&[])
            .iter()
            .any(|c| {
                matches!(
                    c,
                    ',' | ';' | ':' | '.' | '(' | ')' | '\u{2013}' | '\u{2014}'
                )
            })
}

/// The tokens a contrast at token `i` of `p` denies, first and last, if `i` opens one: a
/// word of [`CONTRAST_NOT`] after a comma, then either a "by" of [`CAUSED_BY`] in a
/// sentence with a verb of causing before it (`lexicon::acts::causing`: "caused by a
/// debris flow, not by …"), or the words up to a comma that a verb follows (a word in
/// lower case), the sentence's subject of at most [`SUBJECT`] tokens before it ("A
/// mudslide, not the stream, destroyed"; not with "no" or "non", which open a contrast
/// only with their "by").
pub(crate) fn contrast_at(p: &Prepared, i: usize) -> Option<(usize, usize)> {
    let toks = &p.tokens;
    let t = toks.get(i)?;
    if !CONTRAST_NOT.contains(&t.norm.as_str()) || !mark_before(p, i) {
        return None;
    }
    let by = toks
        .get(i + 1)
        .is_some_and(|n| CAUSED_BY.contains(&n.norm.as_str()));
    let from = i + 1 + usize::from(by);
    let end = toks.len().min(from + DENIED_REACH);
    let last = (from..end)
        .take_while(|&k| k == from || !mark_before(p, k))
        .last()?;
    let caused = toks[..i].iter().any(|w| causing(&w.norm));
    // The verb after the contrast: a word in lower case ("…, not the stream, *destroyed*";
    // not "no Iraqi, *U.S.* or U.N. entity").
    let verb_after = toks
        .get(last + 1)
        .is_some_and(|v| v.kind == Kind::Word && !v.capital && !v.proper);
    // Spanish "no" and Romance "non" open a contrast only with their "by" ("no por el
    // arroyo"): English "no" is a determiner.
    let determiner = matches!(t.norm.as_str(), "no" | "non");
    let subject = i <= SUBJECT
        && !determiner
        && !(1..i).any(|k| mark_before(p, k))
        && verb_after
        && mark_before(p, last + 1);
    let content = (from..=last).any(|k| content(&toks[k]));
    ((by && caused) || (!by && subject))
        .then_some((from, last))
        .filter(|_| content)
}

/// Whether a token is a content word: a word, no stop word or negation.
fn content(t: &Token) -> bool {
    t.kind == Kind::Word && !t.stop && !t.negation
}

/// The first contrast of `p` ([`contrast_at`]): the index of its "not" and the tokens it
/// denies. Read once per sentence (`flags/facts.rs`): [`denied_conflict`] asks it of both
/// sentences of each pair, and the panel's disputes of every sentence per query.
fn contrast(p: &Prepared) -> Option<(usize, (usize, usize))> {
    *p.facts
        .contrast
        .get_or_init(|| (0..p.tokens.len()).find_map(|i| contrast_at(p, i).map(|r| (i, r))))
}

/// A cause one sentence denies by a contrast ([`contrast_at`]) and the other tells, with
/// no contrast of its own: the words of the denied cause the telling sentence shares
/// (stems; two of them when the denial has two content words or more), from the first to
/// the last, with up to [`TOLD_AFTER`] tokens after them in their clause (not past a word
/// of [`TOLD_ENDS`]: "stream *burst its banks* after"), against the denial from its "not".
/// The ranges, `a`'s first.
pub(super) fn denied_conflict(a: &Prepared, b: &Prepared) -> Option<Ranges> {
    let check = |told: &Prepared, out: &Prepared| -> Option<Ranges> {
        let (not, (from, last)) = contrast(out)?;
        if contrast(told).is_some() {
            return None;
        }
        let words: Vec<&Token> = out.tokens[from..=last]
            .iter()
            .filter(|t| content(t))
            .collect();
        let toks = &told.tokens;
        let negated = |k: usize| toks[k.saturating_sub(3)..k].iter().any(|t| t.negation);
        let matched: Vec<usize> = (0..toks.len())
            .filter(|&k| content(&toks[k]) && !negated(k))
            .filter(|&k| words.iter().any(|w| w.stem == toks[k].stem))
            .collect();
        if matched.len() < words.len().min(2) || matched.is_empty() {
            return None;
        }
        let (first, mut end) = (*matched.first()?, *matched.last()?);
        for _ in 0..TOLD_AFTER {
            let k = end + 1;
            if k >= toks.len() || mark_before(told, k) || TOLD_ENDS.contains(&toks[k].norm.as_str())
            {
                break;
            }
            end = k;
        }
        let told_range = (toks[first].start, toks[end].end);
        let out_range = (out.tokens[not].start, out.tokens[last].end);
        Some((told_range, out_range))
    };
    if let Some(r) = check(a, b) {
        return Some(r);
    }
    check(b, a).map(|(x, y)| (y, x))
}

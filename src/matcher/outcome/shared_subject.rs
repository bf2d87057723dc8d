//! The subject of a second predicate that has none of its own: "A night guard was tied up
//! and slightly injured" / "A security guard on duty was bound with tape but was
//! unharmed" tell the guard's outcome after "and" / "but", with only words of degree and
//! auxiliaries between (`lexicon::second_predicates`); "è stato legato e ha riportato
//! lievi ferite", "wurde gefesselt, blieb aber unverletzt" alike. The participants of
//! such an outcome are the first predicate's subject (`participants::who`), not the words
//! of degree ("slightly") that stand in its own clause (trial 47, item 2: the flag
//! "injured ≠ unharmed" was lost once a binding word came first).

use super::participants::CLAUSE_ENDS;
use crate::matcher::lexicon::second_predicates::second_predicate;
use crate::matcher::prepared::Prepared;

/// The most tokens of the first predicate's clause read for its subject.
const SUBJECT_REACH: usize = 10;

/// The tokens (indices, nearest first) of the clause before a second predicate whose
/// outcome word is token `i` of `p` and which has no subject of its own: between the
/// outcome word and a word of [`CLAUSE_ENDS`] ("and", "but", "e", "ma", "aber") only
/// words of a second predicate (`lexicon::second_predicates`) and commas stand. `None`
/// when a count, an article or a noun stands there ("and five others were injured"), or
/// no such word joins the two.
pub(super) fn first_clause(p: &Prepared, i: usize) -> Option<Vec<usize>> {
    let toks = &p.tokens;
    let chars = crate::matcher::flags::chars_of(p);
    // The marks between tokens `k` and `k + 1`: a comma may stand in the second predicate
    // ("gefesselt, blieb aber unverletzt"), no other.
    let gap = |k: usize| chars.get(toks[k].end..toks[k + 1].start).unwrap_or(&[]);
    let ends_clause = |k: usize| {
        gap(k)
            .iter()
            .any(|c| matches!(c, ';' | ':' | '(' | ')' | '.'))
    };
    let (mut k, mut joined) = (i, false);
    // Back over the second predicate to the last word of the first.
    loop {
        let prev = k.checked_sub(1)?;
        if ends_clause(prev) {
            return None;
        }
        let w = toks[prev].norm.as_str();
        if CLAUSE_ENDS.contains(&w) {
            joined = true;
        } else if !second_predicate(w) {
            break;
        }
        k = prev;
    }
    if !joined {
        return None;
    }
    // The first predicate's clause, from its last word back to a clause mark or a word
    // that opens another clause.
    let mut out = Vec::new();
    let mut k = k - 1;
    loop {
        out.push(k);
        if k == 0 || out.len() >= SUBJECT_REACH {
            break;
        }
        let apart = gap(k - 1)
            .iter()
            .any(|c| matches!(c, ',' | ';' | ':' | '(' | ')' | '.'));
        if apart || CLAUSE_ENDS.contains(&toks[k - 1].norm.as_str()) {
            break;
        }
        k -= 1;
    }
    Some(out)
}

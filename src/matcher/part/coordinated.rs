//! Two clauses joined in one sentence ("Some 150 firefighters were deployed, and the fire
//! was under control by 7 a.m.", "He was ordered to pay a fine of 2 million euros and banned
//! from holding public office for 12 years."): when a claim is matched to such a sentence
//! and only one of the clauses holds the claim's words, the new span covers that clause,
//! not the whole sentence with a second fact in it (trial 33, F3; trial 34, F10.2). Used by
//! `part_of_words` for accepted claims only (a score reads whole statements).

use super::predicates::Joiner;
use super::vocab::{is_aux, is_det, Word};
use super::MIN_PIECE_WORDS;

/// The words that join two clauses after a comma ("…, and the fire …").
const JOINERS: &[&str] = &["and", "but", "while", "whereas", "yet"];

/// Of the part `within` of `sentence` (code points), the one coordinated clause that holds
/// at least two of the `wanted` stems (the content words of the claim being matched) when
/// every other clause holds at most a third as many; `None` otherwise (one clause, a clause of fewer
/// than [`MIN_PIECE_WORDS`] words, a right-hand clause after a comma without a subject of
/// its own or a predicate such as "…, and then the police", or the claim's words spread
/// over several clauses).
/// Clauses are cut at a semicolon; at a comma followed by "and", "but", "while",
/// "whereas" or "yet"; and at a word for "and" of English, Spanish, Italian, Portuguese,
/// French, German or Dutch (`part/predicates.rs`), with or without a comma, when the words
/// before it in their clause hold a verb and those after it open a predicate ("… and
/// banned from office", "… y pasó ocho meses") or a clause with its own subject ("… e 37
/// sono rimaste ferite"): "and" between two nouns ("bribery and embezzlement", "Smith and
/// Jones were arrested") cuts nothing. A predicate after "and" is a clause of its own
/// (the user's claim may be one: "barred him from public office for 12 years").
/// The clause keeps its text up to the part's end (a full stop included, as the whole
/// part would); the joiner and the punctuation before it are left out. Code points within
/// `sentence`.
pub(super) fn one_clause(
    sentence: &[char],
    ws: &[Word],
    within: (usize, usize),
    wanted: &[u64],
) -> Option<(usize, usize)> {
    if wanted.is_empty() {
        return None;
    }
    let inside: Vec<&Word> = ws
        .iter()
        .filter(|w| within.0 <= w.start && w.end <= within.1)
        .collect();
    // Cuts: (end of the clause before, index in `inside` of the clause after's first word,
    // whether the joiner's language already found the clause after opening a predicate or
    // a subject of its own).
    let mut cuts: Vec<(usize, usize, bool)> = Vec::new();
    // Index in `inside` of the current clause's first word.
    let mut clause_start = 0;
    for (k, w) in inside.iter().enumerate() {
        let last_end = k.checked_sub(1).map(|j| inside[j].end).unwrap_or(within.0);
        let gap = &sentence[last_end..w.start];
        // The punctuation right before the word stands in the gap (a word holds none at
        // its end: "1,000" and "U.S." end in a digit and a dot).
        let before = gap.iter().rev().find(|c| !c.is_whitespace()).copied();
        if gap.contains(&';') {
            cuts.push((last_end, k, false));
            clause_start = k;
            continue;
        }
        if k + 1 >= inside.len() || k == 0 {
            continue;
        }
        // "and" of a language, between a clause with a verb and a predicate or clause.
        let opens = Joiner::of(&w.norm).is_some_and(|j| {
            inside[clause_start..k].iter().any(|x| j.is_verb(x)) && j.opens_clause(&inside[k + 1..])
        });
        if opens {
            cuts.push((last_end, k + 1, true));
            clause_start = k + 1;
        } else if before == Some(',') && JOINERS.contains(&w.norm.as_str()) {
            cuts.push((last_end, k + 1, false));
            clause_start = k + 1;
        }
    }
    if cuts.is_empty() {
        return None;
    }
    // The clauses as ranges of `inside`.
    let mut clauses: Vec<(usize, usize, usize)> = Vec::new(); // (first word, end word, end code point)
    let mut first = 0;
    for &(end, next, _) in &cuts {
        let words_end = inside
            .iter()
            .position(|w| w.start >= end)
            .unwrap_or(inside.len());
        clauses.push((first, words_end, end));
        first = next;
    }
    clauses.push((first, inside.len(), within.1));
    let shared = |&(a, b, _): &(usize, usize, usize)| {
        let mut stems: Vec<u64> = inside[a..b]
            .iter()
            .filter(|w| !w.stop && wanted.contains(&w.stem))
            .map(|w| w.stem)
            .collect();
        stems.sort_unstable();
        stems.dedup();
        stems.len()
    };
    let counts: Vec<usize> = clauses.iter().map(shared).collect();
    // The clause holding the claim: every other clause holds at most a third as many of
    // its stems (a word both clauses give, "seven years in prison, and barred him from
    // public office for 12 years", leaves the claim in one of them).
    let best = (0..clauses.len()).max_by_key(|&i| counts[i])?;
    let apart = (0..clauses.len()).all(|i| i == best || 3 * counts[i] <= counts[best]);
    let only = best;
    if !apart || counts[only] < 2 || clauses.iter().any(|&(a, b, _)| b - a < MIN_PIECE_WORDS) {
        return None;
    }
    let (a, b, end) = clauses[only];
    if only > 0 && !cuts[only - 1].2 && !own_subject(&inside[a..b]) {
        return None;
    }
    let start = inside[a].start;
    let end = if only + 1 == clauses.len() {
        within.1
    } else {
        end
    };
    Some((start, end))
}

/// A clause after a joiner opens with a subject of its own ("the fire was", "police
/// arrested", "150 firefighters were"), not with its verb ("released them on bail").
fn own_subject(clause: &[&Word]) -> bool {
    let Some(w) = clause.first() else {
        return false;
    };
    let pronoun = matches!(
        w.norm.as_str(),
        "he" | "she" | "they" | "it" | "we" | "i" | "you"
    );
    let aux_soon = clause.iter().skip(1).take(5).any(|x| is_aux(&x.norm));
    is_det(&w.norm) || pronoun || w.proper || w.number || (!w.stop && aux_soon)
}

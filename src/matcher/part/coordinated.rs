//! Two clauses joined in one sentence ("Some 150 firefighters were deployed, and the fire
//! was under control by 7 a.m.", "He was ordered to pay a fine of 2 million euros and banned
//! from holding public office for 12 years."): when a claim is matched to such a sentence
//! and only one of the clauses holds the claim's words, the new span covers that clause,
//! not the whole sentence with a second fact in it (trial 33, F3; trial 34, F10.2). Used by
//! `part_of_words` for accepted claims only (a score reads whole statements).

use super::predicates::Joiner;
use super::vocab::{is_aux, is_det, Word};
use super::MIN_PIECE_WORDS;
use crate::matcher::align::classes;
use crate::matcher::text::{stemmer, tokenize_chars, Token};

/// The words that join two clauses after a comma ("…, and the fire …").
const JOINERS: &[&str] = &["and", "but", "while", "whereas", "yet"];

/// Of the part `within` of `sentence` (code points), the one coordinated clause that holds
/// the claim being matched: the clause that shares the most with it, when it shares at least
/// two words, or one when no other clause shares any, and every other clause shares at most
/// a third as many; `None` otherwise (one clause, a clause of fewer than
/// [`MIN_PIECE_WORDS`] words, a right-hand clause after a comma without a subject of its own
/// or a predicate such as "…, and then the police", or the claim's words spread over
/// several clauses). What a clause shares: the `wanted` stems (the content words of the
/// claim) it holds, and the synonym classes of `align::SYNONYMS` it has in common with the
/// claim (`wanted_classes`, bits of `align::classes`) that no shared stem brought
/// ("extinguished the blaze" shares "fire" with "put out the fire": trial 36, F14.1).
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
    wanted_classes: crate::matcher::align::Classes,
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
    // a subject of its own, the joiner's language when it is a word for "and").
    let mut cuts: Vec<(usize, usize, bool, Option<Joiner>)> = Vec::new();
    // Index in `inside` of the current clause's first word.
    let mut clause_start = 0;
    for (k, w) in inside.iter().enumerate() {
        let last_end = k.checked_sub(1).map(|j| inside[j].end).unwrap_or(within.0);
        let gap = &sentence[last_end..w.start];
        // The punctuation right before the word stands in the gap (a word holds none at
        // its end: "1,000" and "U.S." end in a digit and a dot).
        let before = gap.iter().rev().find(|c| !c.is_whitespace()).copied();
        if gap.contains(&';') {
            cuts.push((last_end, k, false, None));
            clause_start = k;
            continue;
        }
        if k + 1 >= inside.len() || k == 0 {
            continue;
        }
        // "and" of a language, between a clause with a verb and a predicate or clause.
        let joiner = Joiner::of(&w.norm);
        let opens = joiner.is_some_and(|j| {
            inside[clause_start..k].iter().any(|x| j.is_verb(x)) && j.opens_clause(&inside[k + 1..])
        });
        if opens {
            cuts.push((last_end, k + 1, true, joiner));
            clause_start = k + 1;
        } else if before == Some(',')
            && (JOINERS.contains(&w.norm.as_str()) || joiner.is_some())
            && !verbless_list(&inside[clause_start..k], joiner.unwrap_or(Joiner::English))
            && joiner.is_none_or(|j| j.joins_after_comma(&inside[k + 1..]))
        {
            // ", and" / ", e" / ", y" / ", et" / ", und" / ", en": the clause after must
            // open with a subject of its own (below).
            cuts.push((last_end, k + 1, false, joiner));
            clause_start = k + 1;
        }
    }
    if cuts.is_empty() {
        return None;
    }
    // The clauses as ranges of `inside`.
    let mut clauses: Vec<(usize, usize, usize)> = Vec::new(); // (first word, end word, end code point)
    let mut first = 0;
    for &(end, next, _, _) in &cuts {
        let words_end = inside
            .iter()
            .position(|w| w.start >= end)
            .unwrap_or(inside.len());
        clauses.push((first, words_end, end));
        first = next;
    }
    clauses.push((first, inside.len(), within.1));
    if clauses.iter().any(|&(a, b, _)| b - a < MIN_PIECE_WORDS) {
        return None;
    }
    let stemmer = stemmer();
    // (shared stems, shared stems and synonym classes) of each clause.
    let shared = |&(a, b, _): &(usize, usize, usize)| {
        let mut stems: Vec<u64> = inside[a..b]
            .iter()
            .filter(|w| !w.stop && wanted.contains(&w.stem))
            .map(|w| w.stem)
            .collect();
        stems.sort_unstable();
        stems.dedup();
        // The synonym classes the clause has in common with the claim, but those its
        // shared words bring ("firefighters" is a class of its own).
        let tokens = match (inside.get(a), b.checked_sub(1).and_then(|j| inside.get(j))) {
            (Some(f), Some(l)) => tokenize_chars(&sentence[f.start..l.end], &stemmer),
            _ => Vec::new(),
        };
        let (by_stem, others): (Vec<Token>, Vec<Token>) = tokens
            .into_iter()
            .partition(|t| !t.stop && wanted.contains(&t.stem));
        let common = classes(&others) & wanted_classes & !classes(&by_stem);
        (stems.len(), stems.len() + common.count_ones() as usize)
    };
    let counts: Vec<(usize, usize)> = clauses.iter().map(shared).collect();
    // The clause holding the claim: at least two of its stems, and every other clause
    // holds at most a third as many (a word both clauses give, "seven years in prison, and
    // barred him from public office for 12 years", leaves the claim in one of them).
    // Failing that, the one clause that shares anything with the claim, counting its
    // synonyms ("extinguished the blaze" for "put out the fire").
    let by_stems = (0..clauses.len())
        .max_by_key(|&i| counts[i].0)
        .filter(|&b| counts[b].0 >= 2)
        .filter(|&b| (0..clauses.len()).all(|i| i == b || 3 * counts[i].0 <= counts[b].0));
    let alone = || {
        let b = (0..clauses.len()).max_by_key(|&i| counts[i].1)?;
        let others = (0..clauses.len()).all(|i| i == b || counts[i].1 == 0);
        (counts[b].1 >= 1 && others).then_some(b)
    };
    let only = by_stems.or_else(alone)?;
    let (a, b, end) = clauses[only];
    if only > 0 && !cuts[only - 1].2 && !own_subject(&inside[a..b], cuts[only - 1].3) {
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

/// Whether the words before a ", and" hold no verb where the joiner's language can tell
/// one (English, Spanish, Italian, Portuguese, French: `Joiner::is_verb`): then they are
/// the first items of a list, not a clause ("Darnell Price, 34, and Travis Hood, 29, were
/// being held": trial 44, F3, where the span kept only "Travis Hood, 29, were being
/// held"). German and Dutch verbs are not told apart from nouns here, so their cuts stay.
fn verbless_list(before: &[&Word], joiner: Joiner) -> bool {
    !matches!(joiner, Joiner::German | Joiner::Dutch)
        && !before.is_empty()
        && !before.iter().any(|x| joiner.is_verb(x))
}

/// A clause after a joiner opens with a subject of its own ("the fire was", "police
/// arrested", "150 firefighters were"; in the joiner's language after a word for "and"
/// of another language: "…, e a pista reabriu", "…, en de politie heeft"), not with its
/// verb ("released them on bail").
fn own_subject(clause: &[&Word], joiner: Option<Joiner>) -> bool {
    let Some(w) = clause.first() else {
        return false;
    };
    match joiner {
        Some(j) if j != Joiner::English => j.opens_subject(clause),
        _ => {
            let pronoun = matches!(
                w.norm.as_str(),
                "he" | "she" | "they" | "it" | "we" | "i" | "you"
            );
            let aux_soon = clause.iter().skip(1).take(5).any(|x| is_aux(&x.norm));
            is_det(&w.norm) || pronoun || w.proper || w.number || (!w.stop && aux_soon)
        }
    }
}

/// The conjunctions a part may be left ending or opening with when it was cut beside a
/// span already there ("Airport firefighters extinguished the blaze quickly, and" with
/// "the runway reopened after five hours." labelled: trial 36, F14.1): the words for "and"
/// of [`Joiner::of`], "but", "or" and their like in the languages the matcher reads.
fn is_conjunction(w: &str) -> bool {
    Joiner::of(w).is_some()
        || JOINERS.contains(&w)
        || matches!(
            w,
            "or" | "mais" | "mas" | "pero" | "ma" | "aber" | "maar" | "ou" | "oder" | "of"
        )
}

/// `part` (code points of `sentence`, `ws` its words) without a conjunction left
/// dangling at its end with the punctuation before it ("…quickly, and" -> "…quickly"), nor
/// one opening it with the punctuation before ("…, and the runway reopened" cut beside a
/// span over the first clause -> "the runway reopened"): a span never starts or ends on
/// the word that joined it to the clause left out. At least [`MIN_PIECE_WORDS`] words
/// stay; a capitalised conjunction opening the part ("And then …", "En 2019 …": a
/// sentence's first word) and a Dutch "en" not after a comma (French "en 2019") stay.
pub(super) fn without_edge_conjunctions(
    sentence: &[char],
    ws: &[Word],
    part: (usize, usize),
) -> (usize, usize) {
    let inside: Vec<&Word> = ws
        .iter()
        .filter(|w| part.0 <= w.start && w.end <= part.1)
        .collect();
    let (mut s, mut e) = part;
    let (mut first, mut last) = (0, inside.len());
    let lower = |w: &Word| {
        sentence[w.start..w.end]
            .first()
            .is_some_and(|c| c.is_lowercase())
    };
    if let Some(w) = inside.last() {
        // Dangling: nothing but space after it in the part ("not known yet." ends on an
        // adverb).
        let dangling = sentence[w.end..e].iter().all(|c| c.is_whitespace());
        if last > MIN_PIECE_WORDS && dangling && lower(w) && is_conjunction(&w.norm) {
            last -= 1;
            e = inside[last - 1].end;
        }
    }
    if let Some(w) = inside.first() {
        let comma = sentence[s..w.start].iter().any(|&c| matches!(c, ',' | ';'));
        if last - first > MIN_PIECE_WORDS
            && lower(w)
            && is_conjunction(&w.norm)
            && (w.norm != "en" || comma)
        {
            first += 1;
            s = inside[first].start;
        }
    }
    // A quotation mark right before the first word stays with it.
    while s > part.0 && !sentence[s - 1].is_whitespace() && !matches!(sentence[s - 1], ',' | ';') {
        s -= 1;
    }
    (s, e)
}

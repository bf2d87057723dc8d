//! Who an outcome is told of (session 24, item 2): "Two people were killed" / "Rescuers
//! pulled three survivors from the rubble" tell of other people, and "Three were killed and
//! five others rescued" / "Five people were rescued" agree on the five. An outcome of
//! people belongs to the people it is said of: two opposite outcomes contradict only when
//! told of the same participants ([`same_people`]): the same count, or, with no count on
//! one side, a word both name (a noun, "the driver", or a name, "Zurana Horton"). A word
//! that names who brings an outcome about ("Rescuers", "Killer quake") tells no outcome
//! ([`agent`]).

use super::index_of;
use crate::matcher::lexicon::clauses::dutch_and;
use crate::matcher::prepared::Prepared;
use crate::matcher::text::{Kind, Token};

/// Nouns of those who bring an outcome about, whose beginnings are words of an outcome
/// ("rescu", "kill"): no outcome of the people of the event.
const AGENTS: &[&str] = &["rescuer", "rescuers", "killer", "killers"];

/// Words that end the clause an outcome is told in, besides punctuation: "Three were
/// killed and five others rescued" tells of three, then of five. Not Dutch "en", the
/// French and Spanish "in" ("puesto en libertad"): the participants' clause
/// ([`clause`]) ends at it in a sentence guessed Dutch only (`lexicon::clauses::dutch_and`).
pub(super) const CLAUSE_ENDS: &[&str] = &[
    "and", "while", "but", "whereas", "et", "und", "y", "e", "mais", "aber", "pero", "ma",
];

/// Words right before an outcome that make it passive (its people stand before it: "Two
/// people were killed").
const AUXILIARIES: &[&str] = &[
    "was", "were", "been", "being", "is", "are", "be", "got", "get",
];

/// Words that open the people an active outcome befalls ("arrested the driver", "killed
/// his wife").
const OBJECTS: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "two", "several", "dozens", "hundreds",
];

/// The most tokens either side of an outcome word read for its participants.
const REACH: usize = 4;

/// Whether token `i` of `toks` names who brings an outcome about, not an outcome: a noun
/// of [`AGENTS`] ("Rescuers pulled ...", "Killer quake"), or "rescue" before a noun
/// ("rescue workers", "rescue operation").
pub(super) fn agent(toks: &[Token], i: usize) -> bool {
    let Some(t) = toks.get(i) else {
        return false;
    };
    let next = toks.get(i + 1);
    let compound = matches!(t.norm.as_str(), "rescue" | "rescues")
        && next.is_some_and(|n| n.kind == Kind::Word && !n.stop);
    AGENTS.contains(&t.norm.as_str()) || compound
}

/// The participants of an outcome: the count told with it (`None` for none) and the stems
/// of the words that name them (nouns, names).
#[derive(Debug, Default, PartialEq)]
pub(super) struct Who {
    /// The count nearest the outcome word in its clause ("Two people were killed": 2).
    count: Option<f64>,
    /// Stems of the content words naming the participants.
    words: Vec<u64>,
    /// Those of [`Who::words`] that say which people, not only that they are people
    /// ("firefighters", "passengers"; not "people", "others": `flags::people_word`).
    kinds: Vec<u64>,
}

/// The tokens of `p` in the clause of token `i` (no clause punctuation, no word of
/// [`CLAUSE_ENDS`] between, nor Dutch "en" in a Dutch sentence: "Drie mensen kwamen om en
/// vijf anderen werden gered"; French "en" is no end: "cinq personnes ont été transportées
/// en urgence"), up to [`REACH`] tokens before it and after it: the indices before
/// (nearest first) and after (nearest first).
fn clause(p: &Prepared, i: usize) -> (Vec<usize>, Vec<usize>) {
    let toks = &p.tokens;
    let chars = crate::matcher::flags::chars_of(p);
    let apart = |x: usize, y: usize| {
        let gap = chars.get(toks[x].end..toks[y].start).unwrap_or(&[]);
        gap.iter()
            .any(|c| matches!(c, ',' | ';' | ':' | '(' | ')' | '.'))
    };
    let language = crate::matcher::flags::language_of(p);
    let ends = |k: usize| {
        let w = toks[k].norm.as_str();
        CLAUSE_ENDS.contains(&w) || dutch_and(w, language)
    };
    let mut before = Vec::new();
    let mut k = i;
    while k > 0 && before.len() < REACH && !apart(k - 1, k) && !ends(k - 1) {
        k -= 1;
        before.push(k);
    }
    let mut after = Vec::new();
    let mut k = i;
    while k + 1 < toks.len() && after.len() < REACH && !apart(k, k + 1) && !ends(k + 1) {
        k += 1;
        after.push(k);
    }
    (before, after)
}

/// The participants of the outcome told by token `t` of `p` ([`Who`]): the count nearest
/// it in its clause (not a date; before it on a tie), and the content words before it
/// (and those of the first predicate's clause when the outcome's has no subject of its
/// own: `shared_subject::first_clause`),
/// and after it too when it is active and a count, a name or a word of [`OBJECTS`]
/// follows it ("killing 10 people", "Kills Two", "arrested the driver"; not after "was",
/// "were" ...: [`AUXILIARIES`], nor "died in hospital").
pub(super) fn who(p: &Prepared, t: &Token) -> Who {
    let Some(i) = index_of(&p.tokens, t) else {
        return Who::default();
    };
    let toks = &p.tokens;
    let (before, after) = clause(p, i);
    // "Julio Mamani's brother died": the relative is who, not the name before it
    // (`relatives.rs`, session 51).
    let before: Vec<usize> = match before
        .iter()
        .find_map(|&k| super::relatives::relative_after(p, k, i))
    {
        Some(noun) => before.into_iter().filter(|&k| k >= noun).collect(),
        None => before,
    };
    // "El hermano de Julio Mamani murió": the relative is who, not the name after "de"
    // (session 52).
    let first = before.iter().min().copied().unwrap_or(i);
    let before: Vec<usize> = match super::relatives::relative_before_of(p, first, i) {
        Some(noun) => before.into_iter().filter(|&k| k <= noun).collect(),
        None => before,
    };
    let number = |&k: &usize| match toks[k].kind {
        Kind::Number(v) if !toks[k].date => Some(v),
        _ => None,
    };
    let (nb, na) = (
        before.iter().position(|k| number(k).is_some()),
        after.iter().position(|k| number(k).is_some()),
    );
    let count = match (nb, na) {
        (Some(x), Some(y)) if y < x => number(&after[y]),
        (Some(x), _) => number(&before[x]),
        (None, Some(y)) => number(&after[y]),
        (None, None) => None,
    };
    // Active and told of whom right after it: a count, a determiner or a name ("killing
    // 10 people", "arrested the driver", "wounding Unique Armstead"; not "died in
    // hospital").
    let passive = before
        .first()
        .is_some_and(|&k| AUXILIARIES.contains(&toks[k].norm.as_str()));
    let object = after.first().is_some_and(|&k| {
        let n = &toks[k];
        matches!(n.kind, Kind::Number(_)) || n.proper || OBJECTS.contains(&n.norm.as_str())
    });
    let named = |&&k: &&usize| {
        let w = &toks[k];
        w.kind == Kind::Word && !w.stop && !w.negation && !w.date && !agent(toks, k)
    };
    let mut named_at: Vec<usize> = before.iter().filter(named).copied().collect();
    if !passive && object {
        named_at.extend(after.iter().filter(named));
    }
    // A second predicate with no subject of its own ("was tied up and slightly
    // injured"): its people are the first one's subject (`shared_subject.rs`).
    let mut count = count;
    if let Some(first) = super::shared_subject::first_clause(p, i) {
        count = count.or_else(|| first.iter().find_map(number));
        named_at.extend(first.iter().filter(named));
    }
    let words = named_at.iter().map(|&k| toks[k].stem).collect();
    let kinds = named_at
        .iter()
        .filter(|&&k| !crate::matcher::flags::people_word(&toks[k].norm))
        .map(|&k| toks[k].stem)
        .collect();
    Who {
        count,
        words,
        kinds,
    }
}

/// Whether two outcomes are told of the same participants: two counts equal; else a word
/// both name; else neither tells who at all (no count, no word: "He died" / "He
/// survived"), where the two are read as one.
pub(super) fn same_people(a: &Who, b: &Who) -> bool {
    match (a.count, b.count) {
        (Some(x), Some(y)) => x == y,
        _ if a.words.is_empty() && b.words.is_empty() => a.count.is_none() && b.count.is_none(),
        _ => a.words.iter().any(|w| b.words.contains(w)),
    }
}

/// Whether two outcomes are told of two counts of one kind of people: both counts told and
/// different, and a word both name that says which people ("Two firefighters died" /
/// "Three firefighters were injured"; not "injuring five people" / "killing 10 people",
/// nor "Two people were killed" / "Rescuers freed three survivors").
pub(super) fn other_count_of_same_people(a: &Who, b: &Who) -> bool {
    matches!((a.count, b.count), (Some(x), Some(y)) if x != y)
        && a.kinds.iter().any(|w| b.kinds.contains(w))
}

/// Whether a patient's condition, told of `alive` (its count and the stems of the words
/// that name the patient: `condition::who`), and a death told of `dead` are told of the
/// same one person or of the same count (`outcome/dying.rs`): no count of more than one
/// on either side unless both counts are told and equal ("Five skiers were killed" / "A
/// skier is in critical condition" tell of others; "Two climbers are in critical
/// condition" / "Two climbers died" of the same), and a word both name when both name
/// someone ("The driver died" / "A passenger is in critical condition" are two people).
pub(super) fn same_patient(alive: (Option<f64>, &[u64]), dead: &Who) -> bool {
    let one = |c: Option<f64>| c.is_none_or(|c| c <= 1.0);
    let counts = match (alive.0, dead.count) {
        (Some(x), Some(y)) => x == y,
        (x, y) => one(x) && one(y),
    };
    let (words, named) = (alive.1, &dead.words);
    counts && (words.is_empty() || named.is_empty() || words.iter().any(|w| named.contains(w)))
}

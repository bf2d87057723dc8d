//! What a count of people counts in a toll (issue 8, trial 24 M1, M2, M8, M10): the dead,
//! the injured or the missing, read from the word the figure counts ("trois morts", "45
//! heridos", "cinque feriti", "14 killed"), from the verb that governs it ("killed 7
//! people and injured 12") or from the verb that follows it ("Two people died", "20
//! others were injured", "20 weitere wurden verletzt", "Cinco personas murieron"). Two
//! counts of people are compared only when they count the same [`Toll`]: "Two people
//! died ... and 20 others were injured" / "More than 30 people were injured" compares 20
//! with 30, not two with 30.
//!
//! Also here: the words that count people whatever their language ("people",
//! "Menschen", "personnes", "others", "weitere", "autres"), a part told of a whole ("three
//! of the injured", "Drei der Verletzten": [`partitive`]) and a figure that names a thing
//! rather than counting one ("Flight 302", "the A-44 motorway": [`identifier`]).

use crate::matcher::features::Prepared;
use crate::matcher::flags::bounds::bound_before;
use crate::matcher::flags::counts::past_verb;
use crate::matcher::flags::surface;
use crate::matcher::text::{Kind, Token};

/// What a count of people counts in a toll.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Toll {
    /// The dead ("killed", "morts", "Tote", "muertos", "morti", "死亡").
    Dead,
    /// The injured ("injured", "hurt", "blessés", "verletzt", "heridos", "feriti", "受伤").
    Injured,
    /// The missing ("missing", "disparus", "vermisst", "desaparecidos", "dispersi", "失踪").
    Missing,
    /// Counted by a verb that tells no toll ("infected more than 5,300 people", "shooting
    /// three people"): not the dead, the injured or the missing of another count.
    Other,
}

/// Words (lower case, as tokens are normalised) that tell a toll's outcome: right after a
/// figure they are what it counts ("14 killed", "trois morts", "cinque feriti"); a few
/// words after it, they are its verb ("Two people died", "20 autres ont été blessées");
/// right before it, the verb that governs it ("killed 7 people", "injured 12").
const TOLL_WORDS: &[(&str, Toll)] = &[
    // English.
    ("dead", Toll::Dead),
    ("killed", Toll::Dead),
    ("died", Toll::Dead),
    ("perished", Toll::Dead),
    ("deaths", Toll::Dead),
    ("fatalities", Toll::Dead),
    ("injured", Toll::Injured),
    ("wounded", Toll::Injured),
    ("hurt", Toll::Injured),
    ("injuries", Toll::Injured),
    ("hospitalised", Toll::Injured),
    ("hospitalized", Toll::Injured),
    ("missing", Toll::Missing),
    // French.
    ("morts", Toll::Dead),
    ("mortes", Toll::Dead),
    ("tués", Toll::Dead),
    ("tuées", Toll::Dead),
    ("décédés", Toll::Dead),
    ("décédées", Toll::Dead),
    ("péri", Toll::Dead),
    ("blessés", Toll::Injured),
    ("blessées", Toll::Injured),
    ("disparus", Toll::Missing),
    ("disparues", Toll::Missing),
    // German.
    ("tote", Toll::Dead),
    ("toten", Toll::Dead),
    ("todesopfer", Toll::Dead),
    ("getötet", Toll::Dead),
    ("gestorben", Toll::Dead),
    ("starben", Toll::Dead),
    ("verletzte", Toll::Injured),
    ("verletzten", Toll::Injured),
    ("verletzt", Toll::Injured),
    ("schwerverletzte", Toll::Injured),
    ("leichtverletzte", Toll::Injured),
    ("verwundet", Toll::Injured),
    ("vermisste", Toll::Missing),
    ("vermissten", Toll::Missing),
    ("vermisst", Toll::Missing),
    // Spanish and Portuguese.
    ("muertos", Toll::Dead),
    ("muertas", Toll::Dead),
    ("murieron", Toll::Dead),
    ("fallecidos", Toll::Dead),
    ("fallecidas", Toll::Dead),
    ("fallecieron", Toll::Dead),
    ("mortos", Toll::Dead),
    ("mortas", Toll::Dead),
    ("morreram", Toll::Dead),
    ("heridos", Toll::Injured),
    ("heridas", Toll::Injured),
    ("feridos", Toll::Injured),
    ("feridas", Toll::Injured),
    ("desaparecidos", Toll::Missing),
    // Italian.
    ("morti", Toll::Dead),
    ("deceduti", Toll::Dead),
    ("morirono", Toll::Dead),
    ("vittime", Toll::Dead),
    ("feriti", Toll::Injured),
    ("ferite", Toll::Injured),
    ("dispersi", Toll::Missing),
    // Dutch.
    ("doden", Toll::Dead),
    ("gewonden", Toll::Injured),
    ("gewond", Toll::Injured),
];

/// Verbs that govern the figure after them and tell its toll, besides the words of
/// [`TOLL_WORDS`] ("killed 7 people"): "killing 12", "tuant trois personnes", "tötete
/// zwei Menschen", "mató a cinco", "uccidendo tre persone".
const TOLL_VERBS_BEFORE: &[(&str, Toll)] = &[
    ("killing", Toll::Dead),
    ("kills", Toll::Dead),
    ("kill", Toll::Dead),
    ("tuant", Toll::Dead),
    ("tué", Toll::Dead),
    ("tötete", Toll::Dead),
    ("töteten", Toll::Dead),
    ("mató", Toll::Dead),
    ("mataron", Toll::Dead),
    ("uccidendo", Toll::Dead),
    ("injuring", Toll::Injured),
    ("injures", Toll::Injured),
    ("wounding", Toll::Injured),
    ("blessant", Toll::Injured),
    ("blessé", Toll::Injured),
    ("hirió", Toll::Injured),
    ("ferendo", Toll::Injured),
];

/// Words that count people whatever else they say of them: "people", "Menschen",
/// "personnes", "personas", "persone", "pessoas", "mensen", "Leute".
const PEOPLE: &[&str] = &[
    "people",
    "person",
    "persons",
    "menschen",
    "personen",
    "leute",
    "personnes",
    "personas",
    "persone",
    "pessoas",
    "mensen",
];

/// Words that count people by ellipsis after a figure: "20 others were injured", "20
/// weitere", "20 autres", "20 otros", "20 altri".
const OTHERS: &[&str] = &[
    "others", "weitere", "weiteren", "andere", "anderen", "autres", "otros", "otras", "altri",
    "altre", "outros", "outras",
];

/// Words that end the clause a figure's verb is looked for in ([`toll_of`]): "5 people
/// were rescued and the driver died" tells nothing of the five's toll.
const CLAUSE_ENDS: &[&str] = &[
    "and", "but", "while", "when", "as", "after", "before", "et", "mais", "und", "aber", "y",
    "pero", "e", "ma", "mentre", "quando", "mientras", "cuando", "lorsque", "quand", "where",
    "which",
];

/// Words that open the object of a verb ("killed the driver", "injured his wife"): a
/// verb of a toll before them governs them, not the figure before it ([`toll_of`]).
const OBJECT_STARTS: &[&str] = &["the", "a", "an", "his", "her", "their", "its", "two", "one"];

/// The [`Toll`] a word tells ([`TOLL_WORDS`]).
pub(super) fn toll_word(norm: &str) -> Option<Toll> {
    TOLL_WORDS.iter().find(|(w, _)| *w == norm).map(|&(_, t)| t)
}

/// Whether a word (lower case) counts people: a word of [`PEOPLE`] or of [`OTHERS`].
pub(super) fn people_word(norm: &str) -> bool {
    PEOPLE.contains(&norm) || OTHERS.contains(&norm)
}

/// The English words of [`PEOPLE`], [`OTHERS`] and [`TOLL_WORDS`]: after a number word
/// that is an English word too ("once people", "Once dead") they tell no number.
const ENGLISH: &[&str] = &[
    "people",
    "person",
    "persons",
    "others",
    "dead",
    "killed",
    "died",
    "perished",
    "deaths",
    "fatalities",
    "injured",
    "wounded",
    "hurt",
    "injuries",
    "hospitalised",
    "hospitalized",
    "missing",
];

/// Whether a word (lower case) counts people ([`people_word`]) or tells a toll
/// ([`toll_word`]) in a language other than English: "feriti", "muertos", "personas".
pub(super) fn foreign_people_word(norm: &str) -> bool {
    (people_word(norm) || toll_word(norm).is_some()) && !ENGLISH.contains(&norm)
}

/// The toll of the figure at token `i` of `p`, if its words tell one:
/// - the word right after it ("14 killed", "trois morts"), or after a word of people
///   right after it ("5 people dead");
/// - else the verb right before it, or before its bound ("killed 7 people", "injuring at
///   least 12": [`TOLL_VERBS_BEFORE`]);
/// - else a word of [`TOLL_WORDS`] within six words after it, before another figure,
///   punctuation or a word that ends its clause ("Two people died", "20 others were
///   injured", "zwei Menschen ums Leben gekommen", "Mehr als 30 Menschen wurden bei dem
///   Zugunglück verletzt"), unless the figure is in a phrase of another word ("a mother
///   of 12 was killed");
/// - else [`Toll::Other`] when a verb of no toll governs it ("infected 5,300 people").
pub(super) fn toll_of(p: &Prepared, i: usize) -> Option<Toll> {
    let toks = &p.tokens;
    // "a four-storey building": a figure joined to its noun tells what another noun is.
    if toks
        .get(i + 1)
        .is_some_and(|n| surface(p, toks[i].end, n.start) == "-")
    {
        return None;
    }
    let spaced = |k: usize| {
        toks.get(k)
            .is_some_and(|n| n.kind == Kind::Word && surface(p, toks[k - 1].end, n.start) == " ")
    };
    let next = |k: usize| toks.get(k).filter(|_| spaced(k));
    if let Some(t) = next(i + 1).and_then(|n| toll_word(&n.norm)) {
        return Some(t);
    }
    if next(i + 1).is_some_and(|n| people_word(&n.norm)) {
        if let Some(t) = next(i + 2).and_then(|n| toll_word(&n.norm)) {
            return Some(t);
        }
    }
    let before = word_before(p, i);
    if let Some(t) = governing_toll(p, i) {
        return Some(t);
    }
    // "a mother of 12 was killed": the verb after is the mother's, not the twelve's.
    let noun_after = next(i + 1).is_some_and(|n| !n.stop && !past_verb(&n.norm));
    if before.is_some_and(|b| PREPOSITIONS.contains(&b.norm.as_str())) && !noun_after {
        return None;
    }
    let other = before
        .is_some_and(|b| other_verb(&b.norm))
        .then_some(Toll::Other);
    let mut prev: Option<&Token> = None;
    for k in i + 1..toks.len().min(i + 7) {
        let n = &toks[k];
        let gap = surface(p, toks[k - 1].end, n.start);
        if n.kind != Kind::Word || gap.contains([',', ';', ':', '(', ')']) {
            return other;
        }
        if CLAUSE_ENDS.contains(&n.norm.as_str()) {
            return other;
        }
        // "ums Leben gekommen": died.
        if n.norm == "leben" && prev.is_some_and(|b| b.norm == "ums") {
            return Some(Toll::Dead);
        }
        // "killed three people": the toll of the figure after the verb, not of this one
        // ("The fire in 12 buildings killed 5 people").
        let object = toks.get(k + 1).is_some_and(|o| {
            surface(p, n.end, o.start) == " "
                && (matches!(o.kind, Kind::Number(_) | Kind::Vague)
                    || OBJECT_STARTS.contains(&o.norm.as_str()))
        });
        if let Some(t) = toll_word(&n.norm).filter(|_| !object) {
            return Some(t);
        }
        prev = Some(n);
    }
    other
}

/// Words in "-ing" that govern no count of people of their own ("including 17",
/// "totalling 12").
const NOT_GOVERNING: &[&str] = &[
    "including",
    "excluding",
    "according",
    "totaling",
    "totalling",
    "numbering",
    "reaching",
    "approaching",
    "exceeding",
    "surpassing",
    "during",
    "said",
    "saying",
    "told",
];

/// Prepositions that put the figure after them in a phrase of another word ("a mother of
/// 12 was killed"): the verb after the phrase is that word's ([`toll_of`]).
const PREPOSITIONS: &[&str] = &["of", "with", "from", "for", "by", "de", "di", "von", "mit"];

/// Whether a word right before a figure is a verb that governs it and tells no toll: a
/// verb in the past or in "-ing" ("infected 5,300 people", "shooting three people",
/// "rescued 12"), not a word of [`NOT_GOVERNING`].
fn other_verb(norm: &str) -> bool {
    let ing = norm.ends_with("ing") && norm.chars().count() > 5;
    (ing || past_verb(norm)) && !NOT_GOVERNING.contains(&norm)
}

/// Whether the count at tokens `first..=last` of `p` is one of a list ("two women and a
/// man", "two Hamas officials and at least five other people", "a man and two women"):
/// "and" or "or" right before it, or right after it with an article or a figure within
/// three words. Such a count is of one group of the people a toll counts, not of all.
pub(super) fn listed(p: &Prepared, first: usize, last: usize) -> bool {
    let toks = &p.tokens;
    let joins = |t: &Token| matches!(t.norm.as_str(), "and" | "or");
    let before = first.checked_sub(1).is_some_and(|k| joins(&toks[k]));
    let after = toks.get(last + 1).is_some_and(joins)
        && toks[last + 2..].iter().take(3).any(|t| {
            matches!(t.kind, Kind::Number(_) | Kind::Vague) || matches!(t.norm.as_str(), "a" | "an")
        });
    before || after
}

/// The word right before the figure at token `i` of `p` or before its bound ("killed"
/// of "killed at least 12"), a space alone between.
fn word_before(p: &Prepared, i: usize) -> Option<&Token> {
    let toks = &p.tokens;
    let first = bound_before(toks, i).1;
    first
        .checked_sub(1)
        .map(|k| &toks[k])
        .filter(|b| b.kind == Kind::Word && surface(p, b.end, toks[first].start) == " ")
}

/// The toll the verb right before the figure at token `i` of `p` (or before its bound)
/// tells: "killed 7 people", "injuring at least 12", "killed 343 of them".
pub(super) fn governing_toll(p: &Prepared, i: usize) -> Option<Toll> {
    word_before(p, i).and_then(|b| toll_word(&b.norm).or_else(|| verb_before(&b.norm)))
}

/// The toll a verb right before a figure tells ([`TOLL_VERBS_BEFORE`]).
fn verb_before(norm: &str) -> Option<Toll> {
    TOLL_VERBS_BEFORE
        .iter()
        .find(|(w, _)| *w == norm)
        .map(|&(_, t)| t)
}

/// Chinese and Japanese words of a toll right after a count of people ("5人死亡", "7人遇难",
/// "12人受伤", "3人失踪").
const HAN_TOLLS: &[(&str, Toll)] = &[
    ("死亡", Toll::Dead),
    ("遇难", Toll::Dead),
    ("罹难", Toll::Dead),
    ("丧生", Toll::Dead),
    ("身亡", Toll::Dead),
    ("遇害", Toll::Dead),
    ("死", Toll::Dead),
    ("受伤", Toll::Injured),
    ("负伤", Toll::Injured),
    ("負傷", Toll::Injured),
    ("伤", Toll::Injured),
    ("失踪", Toll::Missing),
    ("下落不明", Toll::Missing),
    ("行方不明", Toll::Missing),
];

/// The toll of a Chinese or Japanese count ending at code point `end` of `p`: a word of
/// [`HAN_TOLLS`] right after it ("5人死亡").
pub(super) fn han_toll(p: &Prepared, end: usize) -> Option<Toll> {
    let after: String = p.text.chars().skip(end).take(4).collect();
    HAN_TOLLS
        .iter()
        .find(|(w, _)| after.starts_with(w))
        .map(|&(_, t)| t)
}

/// Words between a figure and the whole it is a part of: "three of the injured", "nine
/// of them", "Drei der Verletzten", "trois des blessés", "tres de los heridos", "tre dei
/// feriti".
const PARTITIVE: &[&[&str]] = &[
    &["of", "the"],
    &["of", "them"],
    &["of", "those"],
    &["of", "whom"],
    &["of", "which"],
    &["of", "these"],
    &["of", "its"],
    &["of", "their"],
    &["der"],
    &["des"],
    &["de", "los"],
    &["de", "las"],
    &["de", "ellos"],
    &["d'entre"],
    &["dei"],
    &["degli"],
    &["delle"],
    &["di", "loro"],
];

/// The token after the partitive words of a figure at token `i` ([`PARTITIVE`]: "three
/// of the injured", "Drei der Verletzten"), `None` when none follow it. Such a figure
/// counts a part of a whole the sentence names, not the whole: "Drei der Verletzten
/// schweben in Lebensgefahr" / "Fünf Menschen wurden verletzt" tell no two tolls. A
/// figure a verb of a toll governs is the toll's count still ("killed 343 of them":
/// [`governing_toll`]).
pub(super) fn partitive(p: &Prepared, i: usize) -> Option<usize> {
    let toks = &p.tokens;
    PARTITIVE
        .iter()
        .find(|words| {
            words.iter().enumerate().all(|(k, w)| {
                toks.get(i + 1 + k)
                    .is_some_and(|t| t.norm == *w && surface(p, toks[i + k].end, t.start) == " ")
            })
        })
        .map(|words| i + 1 + words.len())
        .filter(|_| governing_toll(p, i).is_none())
}

/// Whether the figure at token `i` of `p` names a thing rather than counting one: a
/// road or a code joined to capital letters before it ("the A-44 motorway", "the N-340",
/// "I-95"), or, unless `counts_noun` (a noun that is no verb follows it) or the sentence
/// is German (`german`: every noun is capitalised), a figure after a name inside the
/// sentence ("Flight 302 killed 157 people", "took Route 9"). Such a figure is compared
/// with no count.
pub(super) fn identifier(p: &Prepared, i: usize, counts_noun: bool, german: bool) -> bool {
    let toks = &p.tokens;
    let Some(b) = i.checked_sub(1).map(|k| &toks[k]) else {
        return false;
    };
    let gap = surface(p, b.end, toks[i].start);
    let letters = surface(p, b.start, b.end);
    let code = b.kind == Kind::Word
        && matches!(gap.as_str(), "-" | "")
        && letters.chars().all(|c| c.is_ascii_uppercase())
        && (1..=3).contains(&letters.chars().count());
    let named = b.kind == Kind::Word && b.proper && !b.stop && !b.date && gap == " ";
    code || (named && !counts_noun && !german)
}

//! Which time it is: "his second DWI" / "his third DWI arrest", "three prior DUI
//! convictions" / "this is his second DWI", "arrested for the fourth time" / "had been
//! arrested twice before". The development articles' labelling rule names this kind of
//! difference ("three prior convictions" vs "his second offence": a link, marked
//! `differs`); it gives a number flag.
//!
//! An **occurrence** is read three ways, each giving which time it is (`nth`) and what
//! happens (the stems of the words after it):
//! - an ordinal ("second", "3rd") after "the", "a" or a possessive, before a word of
//!   [`OCCURRENCE_NOUNS`] within two words ("his second DWI", "for the third time"), or
//!   before an event or grade of [`RANKED_NOUNS`], after such a word or joined by a
//!   hyphen ("the second attack", "third-degree murder");
//! - a count before "prior", "previous" or "earlier" and such a word ("three prior DUI
//!   convictions": this is the fourth);
//! - "once" / "twice" / "N times" before "before" or "previously" (the next is one more);
//! - a placing in a contest ([`placing`]: "Lemma finished second", nl "werd tweede", fr
//!   "a terminé deuxième", es "quedó tercero", it "è arrivato secondo"), which counts its
//!   subject: two places of one subject differ;
//! - "the Nth X" of a period ([`nth_of_period`]: "die dritte Entgleisung in diesem Jahr",
//!   "the second strike this year").
//!
//! Two occurrences differ when they count the same thing (a shared stem of those words;
//! DUI, DWI and OWI are one) and give another `nth`. "Time" counts the event of the
//! sentence, so a "time" occurrence also needs the two sentences to share a content word
//! besides it ("arrested for the fourth time" / "arrested twice before").
//! Ranges are code points of each prepared sentence's own text, as every flag.

use super::{surface, surface_is, Ranges};
use crate::matcher::prepared::Prepared;
use crate::matcher::text::{Kind, Token};
use words::{foreign_ordinal, is_floor, is_time, suffixed_figure};

mod words;

/// Ordinal words, lower case, and the place they name.
const ORDINALS: &[(&str, u32)] = &[
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    ("tenth", 10),
    ("eleventh", 11),
    ("twelfth", 12),
];

/// Words before an ordinal that make it "the n-th time" of something ("his second DWI",
/// "for the third time", "a fourth term").
const DETERMINERS: &[&str] = &[
    "the", "a", "his", "her", "their", "its", "this", "my", "our",
];

/// What an occurrence counts: offences and their sanctions, terms and tries. A word is
/// matched by its beginning ("conviction" covers convictions).
const OCCURRENCE_NOUNS: &[&str] = &[
    "time",
    "offen",
    "convict",
    "arrest",
    "dui",
    "dwi",
    "owi",
    "violation",
    "charge",
    "term",
    "attempt",
    "bid",
    "marriage",
    "suspension",
    "strike",
];

/// Events, grades and levels an ordinal ranks besides [`OCCURRENCE_NOUNS`] ("the second
/// attack", "third-degree murder", "the third floor"), matched by their beginning. Not persons or sizes: "the second
/// victim" and "the third victim" are two victims, "third-largest" a rank of another kind.
const RANKED_NOUNS: &[&str] = &[
    "attack",
    "bombing",
    "shooting",
    "explosion",
    "blast",
    "robbery",
    "raid",
    "crash",
    "degree",
    "round",
    "wave",
    "quake",
    "earthquake",
    // Where or when in a building or a match: "on the third floor", "on the fifth lap"
    // ("in the second quarter" is a date: `dates/periods.rs`).
    "floor",
    "storey",
    "lap",
    "inning",
    // The carriage of a train in any language the ordinals know ("the third carriage",
    // "el segundo vagón", "no quarto vagão").
    "carriage",
    "vagón",
    "vagon",
    "vagão",
    "vagao",
    "carruagem",
    "wagen",
    "waggon",
    "wagon",
];

/// Words after a count that make it the earlier occurrences ("three *prior* convictions").
const EARLIER: &[&str] = &["prior", "previous", "earlier"];

/// One occurrence: which time it is, the stems of what it counts (DUI, DWI and OWI as
/// one), whether that is "time", and its range.
pub(super) struct Occurrence {
    nth: u32,
    things: Vec<u64>,
    time: bool,
    range: (usize, usize),
}

/// Stems standing for one thing: the drink-driving offences' three names share one.
fn thing_stem(t: &Token) -> u64 {
    match t.norm.as_str() {
        "dui" | "dwi" | "owi" => 0x0d01,
        // A floor in any language ("floor", "étage", "Stock", "piso"): one thing.
        n if is_floor(n) => 0x0f10,
        _ => t.stem,
    }
}

fn is_occurrence_noun(t: &Token) -> bool {
    OCCURRENCE_NOUNS.iter().any(|w| t.norm.starts_with(w)) || is_time(&t.norm)
}

/// The place an ordinal token names: a word ("second") or a numeral written with its
/// suffix ("2nd", read by the tokeniser as the number 2).
pub(super) fn ordinal(p: &Prepared, t: &Token) -> Option<u32> {
    if let Some(&(_, n)) = ORDINALS.iter().find(|(w, _)| *w == t.norm) {
        return Some(n);
    }
    let Kind::Number(v) = t.kind else {
        return foreign_ordinal(&t.norm).or_else(|| suffixed_figure(&t.norm));
    };
    let s = surface(p, t.start, t.end).to_lowercase();
    // German "im 3. Stock": a full stop between the figure and its noun.
    let dotted = || {
        let next = p.tokens.iter().find(|n| n.start >= t.end);
        next.is_some_and(|n| n.kind == Kind::Word && surface(p, t.end, n.start).trim() == ".")
    };
    let suffixed = crate::matcher::text::written_as_ordinal(&s) || dotted();
    (suffixed && v >= 1.0 && v.fract() == 0.0 && v <= 100.0).then_some(v as u32)
}

/// The occurrence words from `toks[from]` on: up to `max` tokens, stopping after the
/// first occurrence noun; `None` when there is none.
fn things_from(toks: &[Token], from: usize, max: usize) -> Option<(Vec<u64>, bool, usize)> {
    let mut things = Vec::new();
    for (k, t) in toks.iter().enumerate().skip(from).take(max) {
        if t.stop || matches!(t.kind, Kind::Number(_)) {
            return None;
        }
        things.push(thing_stem(t));
        if is_occurrence_noun(t) {
            // A plural noun after it belongs to it ("DUI convictions").
            let mut end = k;
            if toks.get(k + 1).is_some_and(is_occurrence_noun) {
                things.push(thing_stem(&toks[k + 1]));
                end = k + 1;
            }
            return Some((things, t.norm == "time" || is_time(&t.norm), end));
        }
    }
    None
}

/// The occurrences of sentence `p` ([`read_occurrences`]), read once per sentence
/// (`flags/facts.rs`).
fn occurrences(p: &Prepared) -> &[Occurrence] {
    p.facts.ordinals.get_or_init(|| read_occurrences(p))
}

fn read_occurrences(p: &Prepared) -> Vec<Occurrence> {
    let toks = &p.tokens;
    let mut out = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        // "his second DWI", "for the 3rd time".
        if let Some(nth) = ordinal(p, t) {
            let determined = i > 0
                && (DETERMINERS.contains(&toks[i - 1].norm.as_str())
                    || words::DETERMINERS.contains(&toks[i - 1].norm.as_str()));
            if let Some((things, time, end)) = things_from(toks, i + 1, 2).filter(|_| determined) {
                out.push(Occurrence {
                    nth,
                    things,
                    time,
                    range: (t.start, toks[end].end),
                });
                continue;
            }
            // A rank of any thing: "the second attack", "third-degree murder".
            if let Some((things, end)) = ranked(p, i).filter(|_| determined || hyphened(p, i)) {
                out.push(Occurrence {
                    nth,
                    things,
                    time: false,
                    range: (t.start, toks[end].end),
                });
                continue;
            }
            // "die dritte Entgleisung in diesem Jahr": which one of the year.
            if let Some(end) = nth_of_period(p, i).filter(|_| determined) {
                out.push(Occurrence {
                    nth,
                    things: vec![thing_stem(&toks[i + 1])],
                    time: false,
                    range: (t.start, toks[end].end),
                });
                continue;
            }
        }
        // "Lemma finished second", "werd tweede", "quedó tercero": a placing.
        if let Some(o) = placing(p, i) {
            out.push(o);
            continue;
        }
        let Kind::Number(v) = t.kind else { continue };
        if v < 0.0 || v.fract() != 0.0 || v > 100.0 || ordinal(p, t).is_some() {
            continue;
        }
        let next = toks.get(i + 1).map(|n| n.norm.as_str());
        // "three prior DUI convictions": the fourth.
        if next.is_some_and(|n| EARLIER.contains(&n)) {
            if let Some((things, time, end)) = things_from(toks, i + 2, 3) {
                out.push(Occurrence {
                    nth: v as u32 + 1,
                    things,
                    time,
                    range: (t.start, toks[end].end),
                });
            }
            continue;
        }
        // "twice before", "three times previously": one more is this one.
        let (times, after) = match next {
            Some("times") => (true, i + 2),
            _ => (
                matches!(t.norm.as_str(), "1" | "2") && is_once_or_twice(p, t),
                i + 1,
            ),
        };
        if times
            && toks
                .get(after)
                .is_some_and(|n| matches!(n.norm.as_str(), "before" | "previously"))
        {
            out.push(Occurrence {
                nth: v as u32 + 1,
                things: Vec::new(),
                time: true,
                range: (t.start, toks[after].end),
            });
        }
    }
    out
}

/// A mark mixed into the stems of a placing's subject, so that "Lemma" placed is not
/// "Lemma" counted by another occurrence.
const PLACING: u64 = 0x9_1AC1_0000;

/// The place of a ranking token `t` of `p` names: an ordinal ([`ordinal`]) or a Dutch one
/// ("tweede", `dates::periods::DUTCH`).
fn place_of(p: &Prepared, t: &Token) -> Option<u32> {
    super::dates::periods::DUTCH
        .iter()
        .find(|(w, _)| *w == t.norm)
        .map(|d| d.1)
        .or_else(|| ordinal(p, t))
}

/// A placing at token `i` of `p`, a verb of [`words::PLACING_VERBS`]: the ordinal after
/// it, past up to three small words ([`words::PLACING_FILLERS`]: "finished *in* second",
/// "eindigde *als* derde", "llegó *en* segundo lugar"), not followed by an article ("è
/// arrivato secondo la polizia": according to) nor by a content word other than a place
/// noun ("finished second half", "came first time"), and its subject, the content words
/// before the verb in its clause ("De Ethiopiër Tadese Lemma werd tweede"). What it
/// counts is that subject: two placings of one subject with two places differ ("Lemma
/// finished second" / "Lemma finished third"); with no subject, none is read.
fn placing(p: &Prepared, i: usize) -> Option<Occurrence> {
    let toks = &p.tokens;
    if !words::PLACING_VERBS.contains(&toks[i].norm.as_str()) {
        return None;
    }
    let mut k = i + 1;
    while k < toks.len() && k <= i + 3 && words::PLACING_FILLERS.contains(&toks[k].norm.as_str()) {
        k += 1;
    }
    let nth = toks.get(k).and_then(|t| place_of(p, t))?;
    if hyphened(p, k) || !super::super::outcome::one_clause(p, i, k, &[]) {
        return None;
    }
    let mut end = k;
    if let Some(n) = toks.get(k + 1) {
        let place = words::PLACE_NOUNS.contains(&n.norm.as_str());
        if words::ARTICLES_AFTER.contains(&n.norm.as_str())
            || (n.kind == Kind::Word && !function_word(n) && !n.proper && !n.date && !place)
        {
            return None;
        }
        if place {
            end = k + 1;
        }
    }
    let chars = super::chars_of(p);
    let mut from = i;
    while from > 0 && i - from < 8 {
        let gap = chars
            .get(toks[from - 1].end..toks[from].start)
            .unwrap_or(&[]);
        if gap
            .iter()
            .any(|c| matches!(c, ',' | ';' | ':' | '(' | ')' | '.'))
        {
            break;
        }
        from -= 1;
    }
    let things: Vec<u64> = toks[from..i]
        .iter()
        .filter(|t| t.kind == Kind::Word && !function_word(t) && !t.negation)
        .map(|t| t.stem ^ PLACING)
        .collect();
    (!things.is_empty()).then_some(Occurrence {
        nth,
        things,
        time: false,
        range: (toks[i].start, toks[end].end),
    })
}

/// Whether `t` is a function word: a stop word, or one of another language ("du", "au",
/// "de", `lexicon::FOREIGN_STOP`) that a short sentence may leave unmarked.
fn function_word(t: &Token) -> bool {
    t.stop || t.foreign != 0
}

/// How many tokens after the noun of "the Nth X" a period of [`words::THIS`] may begin
/// ("die dritte Entgleisung *in diesem Jahr*").
const PERIOD_REACH: usize = 3;

/// Whether the ordinal at token `i` of `p` ranks the plain noun after it in a period
/// named after it in its clause ("die dritte Entgleisung in diesem Jahr", "the second
/// strike this year", "la troisième grève cette année"): the token of that noun.
fn nth_of_period(p: &Prepared, i: usize) -> Option<usize> {
    let toks = &p.tokens;
    // German nouns are capitalised ("Entgleisung"): a capital is no bar here.
    let noun = toks
        .get(i + 1)
        .filter(|n| n.kind == Kind::Word && !n.stop && !n.date)?;
    if hyphened(p, i) || is_time(&noun.norm) || noun.norm.starts_with("time") {
        return None;
    }
    let this = (i + 2..(i + 2 + PERIOD_REACH).min(toks.len())).find(|&k| {
        words::THIS.contains(&toks[k].norm.as_str())
            && toks
                .get(k + 1)
                .is_some_and(|n| words::PERIODS.contains(&n.norm.as_str()))
    })?;
    super::super::outcome::one_clause(p, i, this + 1, &[]).then_some(i + 1)
}

/// Whether the ordinal at token `i` is joined to the next word by a hyphen
/// ("third-degree").
fn hyphened(p: &Prepared, i: usize) -> bool {
    let toks = &p.tokens;
    toks.get(i + 1)
        .is_some_and(|n| surface_is(p, toks[i].end, n.start, "-"))
}

/// What the ordinal at token `i` ranks: the plain content word right after it ("attack"
/// in "the second attack"), with the next one after a hyphened word ("degree murder" in
/// "third-degree murder"), and the token it ends at; `None` when no such word follows.
fn ranked(p: &Prepared, i: usize) -> Option<(Vec<u64>, usize)> {
    let toks = &p.tokens;
    let plain = |k: usize| {
        toks.get(k)
            .filter(|n| n.kind == Kind::Word && !n.stop && !n.proper && !n.date)
    };
    // A floor noun may be capitalised (German "Stock", "Etage").
    let first = toks
        .get(i + 1)
        .filter(|n| n.kind == Kind::Word && is_floor(&n.norm))
        .or_else(|| plain(i + 1).filter(|n| RANKED_NOUNS.iter().any(|w| n.norm.starts_with(w))))?;
    let mut things = vec![thing_stem(first)];
    let mut end = i + 1;
    if let Some(next) = plain(i + 2).filter(|_| hyphened(p, i)) {
        things.push(thing_stem(next));
        end = i + 2;
    }
    Some((things, end))
}

/// Whether a number token was written "once" or "twice".
fn is_once_or_twice(p: &Prepared, t: &Token) -> bool {
    let s = surface(p, t.start, t.end).to_lowercase();
    s == "once" || s == "twice"
}

/// Whether `a` and `b` share a content word other than "time(s)" (in any language) and
/// the small words around it in other languages ("pour la", "zum").
fn share_event_word(a: &Prepared, b: &Prepared) -> bool {
    let content = |t: &&Token| {
        !t.stop
            && !t.norm.starts_with("time")
            && !is_time(&t.norm)
            && !words::is_function_word(&t.norm)
            && t.kind == Kind::Word
    };
    a.tokens
        .iter()
        .filter(content)
        .any(|x| b.tokens.iter().filter(content).any(|y| x.stem == y.stem))
}

/// The first pair of occurrences of one thing that `a` and `b` count differently.
pub(super) fn ordinal_conflict(a: &Prepared, b: &Prepared) -> Option<Ranges> {
    let (oa, ob) = (occurrences(a), occurrences(b));
    if oa.is_empty() || ob.is_empty() {
        return None;
    }
    let mut event_shared = None;
    for x in oa {
        for y in ob {
            let same = if x.time || y.time {
                x.time && y.time && *event_shared.get_or_insert_with(|| share_event_word(a, b))
            } else {
                x.things.iter().any(|s| y.things.contains(s))
            };
            // An occurrence the other sentence gives too ("the second quarter ... the
            // first quarter" on both sides) is told alike, whatever else each names.
            let told = |o: &Occurrence, list: &[Occurrence]| {
                list.iter()
                    .any(|z| z.nth == o.nth && z.things.iter().any(|s| o.things.contains(s)))
            };
            if same && x.nth != y.nth && !told(x, ob) && !told(y, oa) {
                return Some((x.range, y.range));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matcher::flags::flagged_texts;

    fn flags(a: &str, b: &str) -> Option<(String, String)> {
        flagged_texts(ordinal_conflict, a, b)
    }

    #[test]
    fn which_time_it_is_differs() {
        assert_eq!(
            flags(
                "State records show Lasalle has three prior DUI convictions, spanning from 1990 to 1991.",
                "According to his police record, this is his second DWI and he uses an alias."
            ),
            Some(("three prior DUI convictions".into(), "second DWI".into()))
        );
        assert_eq!(
            flags(
                "Police said it was his second DWI.",
                "Police said it was his 3rd DWI arrest."
            ),
            Some(("second DWI".into(), "3rd DWI arrest".into()))
        );
        assert_eq!(
            flags(
                "He was arrested for the fourth time on Monday.",
                "He had been arrested twice before."
            ),
            Some(("fourth time".into(), "twice before".into()))
        );
        assert_eq!(
            flags(
                "She won a third term in office.",
                "She won her fourth term in office."
            ),
            Some(("third term".into(), "fourth term".into()))
        );
    }

    #[test]
    fn the_same_time_told_two_ways_agrees() {
        for (a, b) in [
            (
                "Lasalle has two prior DUI convictions.",
                "This is his third DWI.",
            ),
            (
                "He was arrested for the third time.",
                "He had been arrested twice before.",
            ),
            ("It was his second offence.", "It was his 2nd offense."),
            (
                "He was arrested once before.",
                "He was arrested for the second time.",
            ),
        ] {
            assert_eq!(flags(a, b), None, "{a} / {b}");
        }
    }

    #[test]
    fn a_rank_of_an_event_or_a_grade_differs() {
        assert_eq!(
            flags(
                "Lasalle was charged with third-degree murder.",
                "Lasalle was charged with second-degree murder."
            ),
            Some(("third-degree murder".into(), "second-degree murder".into()))
        );
        assert_eq!(
            flags(
                "It was the second attack on the bank this year.",
                "It was the third attack on the bank this year."
            ),
            Some(("second attack".into(), "third attack".into()))
        );
        assert_eq!(
            flags(
                "It was the second attack on the bank this year.",
                "It was the second attack on the bank this year, police said."
            ),
            None
        );
    }

    #[test]
    fn a_floor_or_a_quarter_differs_both_ways() {
        let (a, b) = (
            "The fire started on the third floor of the building.",
            "The fire started on the fifth floor of the building.",
        );
        assert_eq!(
            flags(a, b),
            Some(("third floor".into(), "fifth floor".into()))
        );
        assert_eq!(
            flags(b, a),
            Some(("fifth floor".into(), "third floor".into()))
        );
        // A quarter is a date (`dates/periods.rs`), not which time it is.
        assert_eq!(
            flags(
                "Profits rose in the second quarter.",
                "Profits rose in the 3rd quarter."
            ),
            None
        );
        // The same floor, or floors of a list with no determiner, or both sides naming
        // both quarters: no flag.
        for (a, b) in [
            (
                "Its share for the second quarter is higher than the first quarter.",
                "Its share for the second quarter is estimated to be higher than the first quarter.",
            ),
            (
                "Trailing at the start of the second quarter, they scored in the fourth quarter.",
                "They got two late fourth-quarter sacks.",
            ),
            (
                "The fire started on the third floor.",
                "Flames broke out on the 3rd floor.",
            ),
            ("Third floor residents were moved.", "Fifth floor residents were moved."),
        ] {
            assert_eq!(flags(a, b), None, "{a} / {b}");
            assert_eq!(flags(b, a), None, "{b} / {a}");
        }
    }

    #[test]
    fn other_things_or_events_do_not_flag() {
        for (a, b) in [
            // Different things counted.
            ("It was his second DWI.", "It was his third marriage."),
            // Ordinals of things that are no occurrence: two victims, a rank.
            ("The second victim died.", "The third victim died."),
            (
                "It is the third-largest city.",
                "It is the fourth largest city.",
            ),
            // "Time" of two different events.
            (
                "She won for the second time.",
                "He was arrested for the third time.",
            ),
            // No determiner: a list, not which time.
            (
                "Second, the arrest was legal.",
                "Third, the arrest was legal.",
            ),
            // A plain count is not which time.
            ("He has two DUI convictions.", "This is his second DWI."),
            // An ordinal with no determiner or hyphen.
            (
                "Second attack reports came in.",
                "Third attack reports came in.",
            ),
        ] {
            assert_eq!(flags(a, b), None, "{a} / {b}");
        }
    }
}

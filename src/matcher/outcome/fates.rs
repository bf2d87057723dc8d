//! Fates: what became of one subject, told as opposites by two reports: alive or safe
//! against dead or lost ("The hostages were released" / "The hostages were killed", "The
//! ferry reached port safely" / "The ferry sank", "Les 14 patients ont été évacués" / "Les
//! 14 patients sont morts"), a fire under control against still burning, an event held
//! against cancelled ("The concert took place as planned" / "The concert was cancelled",
//! "Die Demonstration fand statt" / "wurde abgesagt"). Trial 25 (M7') found such pairs
//! flagged for the one wording a fix had named and no other.
//!
//! Unlike the single words of [`super::OPPOSITES`], a fate is often a phrase ("to safety",
//! "took place", "sain et sauf", "fand … statt"), so the sides are lists of phrases
//! ([`FATES`]), in English, French, German, Spanish and Italian. And unlike an arrest, a
//! fate is told of many subjects in one report (the ship sank, its crew was brought to
//! safety), so two fates contradict only when told of one subject ([`subject`]): the
//! words before the phrase in its clause share a word, and a count before it is the same
//! on both sides or on neither ("Residents were brought to safety" / "Three residents
//! died" may both be true).
//!
//! Ranges are code points of each sentence's own text, as every flag.

use super::cross_subject::one_person_named_two_ways;
use super::english::extent;
use super::fate_missing::{hedged, MISSING, TRAPPED};
use super::fate_table::{Fate, FATES, HOSTAGES, MEASURES, RECORDS, RULED};
use super::negation::AUXILIARIES;
use super::{german_dies, KILLED};
use super::{modal, MAY};
use crate::matcher::flags::Ranges;
use crate::matcher::lexicon::beginnings::{whole_or_beginning, Beginnings};
use crate::matcher::lexicon::cardinal_any;
use crate::matcher::lexicon::speech::SAID_THAT;
use crate::matcher::prepared::Prepared;
use crate::matcher::text::{Kind, Token};

/// The most tokens `~` lets stand between two words of a phrase.
const MAX_GAP: usize = 3;

/// One word of a phrase: its beginnings (whole when `bool`), a gap (`~`), or words that
/// must not stand right before the phrase (`!was|were`, first in a phrase).
enum Item {
    Word(Vec<(&'static str, bool)>),
    Gap,
    NotAfter(Vec<(&'static str, bool)>),
}

/// Every class of fates read, in order: [`FATES`], then missing against a fate told
/// ([`MISSING`], `fate_missing.rs`), the class at `FATES.len()`, and trapped against
/// rescued or dead ([`TRAPPED`]), the class after it.
fn classes() -> impl Iterator<Item = &'static Fate> {
    FATES.iter().chain([&MISSING, &TRAPPED])
}

/// The phrases of [`classes`], parsed: per side (`2k` the first of class `k`, `2k + 1` its
/// second), its phrases as lists of [`Item`]s.
fn parsed() -> &'static [Vec<Vec<Item>>] {
    static PARSED: std::sync::OnceLock<Vec<Vec<Vec<Item>>>> = std::sync::OnceLock::new();
    PARSED.get_or_init(|| {
        let alts = |w: &'static str| -> Vec<(&'static str, bool)> {
            w.split('|')
                .map(|b| match b.strip_suffix('$') {
                    Some(whole) => (whole, true),
                    None => (b, false),
                })
                .collect()
        };
        let parse = |phrase: &'static str| -> Vec<Item> {
            phrase
                .split(' ')
                .map(|w| match (w, w.strip_prefix('!')) {
                    ("~", _) => Item::Gap,
                    (_, Some(not)) => Item::NotAfter(alts(not)),
                    _ => Item::Word(alts(w)),
                })
                .collect()
        };
        classes()
            .flat_map(|f| [f.one, f.other])
            .map(|side| side.iter().map(|&p| parse(p)).collect())
            .collect()
    })
}

/// The phrases of [`parsed`] (each as its side and its place in the side) by where they
/// can start: by the beginnings of their first word ([`Beginnings`]: a phrase whose first
/// word a token is not cannot stand at that token, [`pattern_at`] would say `None`), and
/// those whose first item is a gap, which can start at any token. [`fate_phrases`] looks
/// a token up by its beginnings and tries only the phrases found, not every phrase of
/// every side (speed only: the same phrases are found).
struct Starts {
    /// The phrases by the beginnings of their first word.
    by_first_word: Beginnings<(usize, usize)>,
    /// The phrases whose first item (after the words that must not stand before) is no
    /// word.
    anywhere: Vec<(usize, usize)>,
}

/// The beginnings of a phrase's first word (after the words that must not stand before
/// it), `None` when that item is a gap.
fn first_word(phrase: &[Item]) -> Option<&[(&'static str, bool)]> {
    match phrase
        .iter()
        .find(|item| !matches!(item, Item::NotAfter(_)))
    {
        Some(Item::Word(alts)) => Some(alts),
        _ => None,
    }
}

/// [`Starts`] of the phrases of [`parsed`], built once.
fn starts() -> &'static Starts {
    static STARTS: std::sync::OnceLock<Starts> = std::sync::OnceLock::new();
    STARTS.get_or_init(|| {
        let mut words = Vec::new();
        let mut anywhere = Vec::new();
        for (side, phrases) in parsed().iter().enumerate() {
            for (k, phrase) in phrases.iter().enumerate() {
                match first_word(phrase) {
                    Some(alts) => {
                        words.extend(alts.iter().map(|&(w, whole)| (w, whole, (side, k))));
                    }
                    None => anywhere.push((side, k)),
                }
            }
        }
        Starts {
            by_first_word: Beginnings::new(words),
            anywhere,
        }
    })
}

/// Whether token `t` is one of the beginnings `alts` (or one of its whole words).
fn word_is(t: &Token, alts: &[(&str, bool)]) -> bool {
    alts.iter().any(|&(w, whole)| match whole {
        true => t.norm == w,
        false => t.norm.starts_with(w),
    })
}

/// The token range `[start, end)` of `phrase` starting at token `i` of `toks`, if it
/// stands there: a pattern of [`Item`]s, words with gaps between them, a word's beginning
/// or a word not before it (a phrase of words in a row is `text::phrase_at`'s).
fn pattern_at(toks: &[Token], phrase: &[Item], i: usize) -> Option<(usize, usize)> {
    let mut j = i;
    let mut gap = 0;
    for item in phrase {
        match item {
            Item::Gap => gap += MAX_GAP,
            Item::NotAfter(alts) => {
                if i > 0 && toks.get(i - 1).is_some_and(|t| word_is(t, alts)) {
                    return None;
                }
            }
            Item::Word(alts) => {
                let last = j + gap;
                j = (j..=last.min(toks.len().saturating_sub(1)))
                    .find(|&k| k < toks.len() && word_is(&toks[k], alts))?
                    + 1;
                gap = 0;
            }
        }
    }
    Some((i, j))
}

/// Per side of a class of [`FATES`] (`2k` the first of class `k`, `2k + 1` its second):
/// the token range `[start, end)` of the sentence's first phrase on it, `None` for none;
/// last, the first word of a death ([`death_word`]).
pub(crate) type FatePhrases = Box<[Option<(u32, u32)>]>;

/// Words after which a phrase tells no fate: "buried alive" and "burned alive" are
/// deaths, "kept … alive" a hope, es "en vivo" and it "dal vivo" a live broadcast.
const NOT_AFTER: &[&str] = &[
    "buried", "burned", "burnt", "eaten", "keep", "keeps", "kept", "keeping", "en", "dal",
];

/// Per side of [`parsed`]: the token range of the first phrase of the side found in
/// `toks` (not after a word of [`NOT_AFTER`]), `None` for none; then the range of its
/// first word of a death ([`death_word`]).
fn fate_phrases(toks: &[Token]) -> FatePhrases {
    let death = death_word(toks).map(|i| (i as u32, i as u32 + 1));
    let sides = parsed();
    let starts = starts();
    let mut found: Vec<Option<(u32, u32)>> = vec![None; sides.len()];
    let mut left = sides.len();
    // The phrases that can start at a token, of the sides not yet found, in the order of
    // their sides and of the phrases in a side.
    let mut here: Vec<(usize, usize)> = Vec::new();
    for i in 0..toks.len() {
        if left == 0 {
            break;
        }
        if i > 0 && NOT_AFTER.contains(&toks[i - 1].norm.as_str()) {
            continue;
        }
        here.clear();
        here.extend(
            starts
                .anywhere
                .iter()
                .filter(|&&(side, _)| found[side].is_none()),
        );
        starts.by_first_word.of(&toks[i].norm, |(side, k)| {
            if found[side].is_none() {
                here.push((side, k));
            }
        });
        here.sort_unstable();
        here.dedup();
        for &(side, k) in &here {
            if found[side].is_some() {
                continue;
            }
            if let Some((s, e)) = pattern_at(toks, &sides[side][k], i) {
                found[side] = Some((s as u32, e as u32));
                left -= 1;
            }
        }
    }
    found.push(death);
    found.into_boxed_slice()
}

/// The first token of `toks` (not a stop word) that is a word of a death of the casualty
/// lexicon (`lexicon/casualty.rs` through [`KILLED`]: a word beginning, or a whole word
/// ending with `$`), but German "dies" ("this": [`german_dies`]).
fn death_word(toks: &[Token]) -> Option<usize> {
    // The words by their beginnings, to look a token up, not compare it with each.
    static WORDS: std::sync::OnceLock<Beginnings<()>> = std::sync::OnceLock::new();
    let words = WORDS.get_or_init(|| {
        Beginnings::new(KILLED.iter().map(|&w| {
            let (word, whole) = whole_or_beginning(w);
            (word, whole, ())
        }))
    });
    toks.iter().position(|t| {
        let mut death = false;
        if !t.stop {
            words.of(&t.norm, |()| death = true);
        }
        death && !(t.norm == "dies" && german_dies(toks))
    })
}

/// The token range of side `side` of [`parsed`] in `p`, read once per sentence
/// (`flags/facts.rs`); with `deaths`, the first word of a death ([`death_word`]) when no
/// phrase of the side is there.
fn side_in(p: &Prepared, side: usize, deaths: bool) -> Option<(usize, usize)> {
    let found = p.facts.fates.get_or_init(|| fate_phrases(&p.tokens));
    if let Some((s, e)) = found.get(side).copied().flatten() {
        return Some((s as usize, e as usize));
    }
    let (s, e) = found.last().copied().flatten().filter(|_| deaths)?;
    Some((s as usize, e as usize))
}

/// The classes of [`classes`] sentence `p` tells a side of ([`side_in`], a death for a
/// class of deaths), one bit each (`1 << k` for class `k`), read once per sentence
/// (`flags/facts.rs`): [`fate_conflict`] asks only the classes both sentences tell, most
/// pairs none.
fn told_classes(p: &Prepared) -> u64 {
    *p.facts.fate_classes.get_or_init(|| {
        classes().enumerate().fold(0u64, |bits, (k, fate)| {
            let told =
                side_in(p, 2 * k, false).is_some() || side_in(p, 2 * k + 1, fate.deaths).is_some();
            bits | (u64::from(told) << k)
        })
    })
}

/// Words before a fate that tell no subject: its verbs of finding and being.
const NO_SUBJECT: &[&str] = &[
    "found",
    "later",
    "also",
    "reportedly",
    "all",
    "both",
    "been",
    "being",
    "had",
    "have",
];

/// Relative pronouns that open a clause telling of the noun before its comma, in
/// English, French, Spanish and Italian.
const RELATIVE: &[&str] = &["who", "which", "qui", "quienes", "che"];

/// The subject of a fate told at token `at` of `p`: the stems of the content words
/// before it in its clause (a clock time's figures are neither: "20:40 The bus driver";
/// an age counts no one, [`age`]) (after a comma, semicolon, colon or bracket, and after a verb
/// of saying, `lexicon::speech::SAID_THAT`: "The hospital said 14 patients were moved to
/// safety" has its subject after "said"), and the first count among them (`None` for none); a clause
/// opened by a relative pronoun ([`RELATIVE`]: "the trapped workers, who were all
/// alive") reaches back over its comma to the noun it tells of. `None` when neither a
/// content word nor a count stands there.
pub(super) fn subject(p: &Prepared, at: usize) -> Option<(Vec<u64>, Option<f64>)> {
    let chars = crate::matcher::flags::chars_of(p);
    let toks = &p.tokens;
    let mut from = at;
    while from > 0 {
        let (before, after) = (&toks[from - 1], &toks[from]);
        let gap = chars.get(before.end..after.start).unwrap_or(&[]);
        let comma = gap.contains(&',');
        let relative = comma && from < at && RELATIVE.contains(&after.norm.as_str());
        if !relative
            && (gap.iter().any(|c| matches!(c, ',' | ';' | ':' | '(' | ')'))
                || SAID_THAT.contains(&before.norm.as_str()))
        {
            break;
        }
        from -= 1;
    }
    // "Julio Mamani's brother died": the one whose fate is told is the relative, not the
    // name in the possessive before it (`relatives.rs`). "Mamani's body" stays Mamani.
    let relative_after = |k: usize| super::relatives::relative_after(p, k, at);
    if let Some(noun) = (from..at).rev().find_map(relative_after) {
        from = noun;
    }
    // "El hermano de Julio Mamani murió": the subject ends at the relative.
    let end = super::relatives::relative_before_of(p, from, at).map_or(at, |noun| noun + 1);
    let words = &toks[from..end];
    // A live blog's post time ("20:40 The bus driver is among the missing") counts no one
    // (trial 51 F1): a figure joined to another by a colon is a clock time.
    let clock = |k: usize| {
        let colon = |x: usize, y: usize| {
            matches!(toks[x].kind, Kind::Number(_))
                && matches!(toks[y].kind, Kind::Number(_))
                && chars.get(toks[x].end..toks[y].start) == Some(&[':'][..])
        };
        (k > 0 && colon(k - 1, k)) || (k + 1 < toks.len() && colon(k, k + 1))
    };
    let count = (from..end).find_map(|k| match toks[k].kind {
        Kind::Number(v) if !toks[k].date && !clock(k) && !age(toks, k) => Some(v),
        Kind::Word => spelled(toks, k, end),
        _ => None,
    });
    let stems = subject_stems(words, &[]);
    (!stems.is_empty() || count.is_some()).then_some((stems, count))
}

/// Whether the fates at tokens `x` of `a` and `y` of `b` are told of one subject: their
/// [`subject`]s share a word, and their counts (before the phrase, else inside it) are
/// equal or both absent; or one count
/// stands before both and one side names no other word ("Three survivors were pulled" /
/// "Three bodies were pulled": the same three).
fn one_subject(a: &Prepared, x: (usize, usize), b: &Prepared, y: (usize, usize)) -> bool {
    // "Among those still trapped is Julio Mamani": the subject after the fate.
    // "the bodies of two miners": the subject after "of".
    let told = |p: &Prepared, at: (usize, usize)| {
        inverted(p, at)
            .or_else(|| of_whom(p, at))
            .or_else(|| all_after(p, at))
            .or_else(|| object_after(p, at))
            .or_else(|| subject(p, at.0))
    };
    // "Nine miners were rescued alive, among them Julio Mamani" / "Julio Mamani died":
    // the one named in the group takes its fate, against the same one told alone.
    let named = |p: &Prepared, at: (usize, usize), q: &Prepared, q_at: (usize, usize)| {
        named_among(p, at).is_some_and(|names| {
            told(q, q_at).is_some_and(|(s, c)| c.is_none() && s.iter().any(|w| names.contains(w)))
        })
    };
    if named(a, x, b, y) || named(b, y, a, x) {
        return true;
    }
    let (Some((sa, ca)), Some((sb, cb))) = (told(a, x), told(b, y)) else {
        return false;
    };
    // A count inside the phrase when none stands before it ("pulled three survivors").
    let within = |p: &Prepared, (s, e): (usize, usize)| {
        p.tokens[s..e].iter().find_map(|t| match t.kind {
            Kind::Number(v) if !t.date => Some(v),
            _ => None,
        })
    };
    let (ca, cb) = (ca.or_else(|| within(a, x)), cb.or_else(|| within(b, y)));
    let counted = ca.is_some() && (sa.is_empty() || sb.is_empty());
    // "All firefighters have been accounted for" / "A firefighter remains missing": all
    // of them, with no count, takes in any count of the other (trial 36 F4.2).
    let every = |p: &Prepared, c: Option<f64>, (s, _): (usize, usize)| {
        c.is_none()
            && p.tokens[s.saturating_sub(ALL_REACH)..s]
                .iter()
                .any(|t| ALL.contains(&t.norm.as_str()))
    };
    let counts = ca == cb || every(a, ca, x) || every(b, cb, y);
    let shared = sa.iter().any(|s| sb.contains(s));
    // A whole group on one side takes in one of it named on the other, or one of its
    // noun ("Both men were recaptured" / "Hood remains at large"), counting fewer.
    let covers =
        |p: &Prepared, at: usize, c: Option<f64>, q: &Prepared, q_at: usize, d: Option<f64>| {
            whole_group(p, at, c).is_some_and(|n| d.is_none_or(|o| o < n))
                && (shared || names_someone(q, q_at))
        };
    // "rescued all 23 crew members" / "One crew member is missing": all of a group
    // counted takes in fewer of it.
    let all_of = |p: &Prepared, at: (usize, usize), c: Option<f64>, d: Option<f64>| {
        all_after(p, at).is_some() && shared && d.is_none_or(|o| c.is_none_or(|n| o < n))
    };
    (counts && (counted || shared))
        || covers(a, x.0, ca, b, y.0, cb)
        || covers(b, y.0, cb, a, x.0, ca)
        || all_of(a, x, ca, cb)
        || all_of(b, y, cb, ca)
}

/// The subject of a fate told at tokens `[s, e)` of `p` by a phrase that ends with a word
/// of [`ALL`] ("Helicopters rescued *all 23 crew members*": trial 58): the words after the
/// phrase, as [`inverted`] reads them. `None` for any other phrase.
fn all_after(p: &Prepared, (_, e): (usize, usize)) -> Option<(Vec<u64>, Option<f64>)> {
    let last = p.tokens.get(e.checked_sub(1)?)?;
    if !ALL.contains(&last.norm.as_str()) {
        return None;
    }
    words_after(p, e, &[])
}

/// Words that open a clause whose subject follows its fate ("*Among* those still trapped
/// is Julio Mamani", es "*Entre* los fallecidos figura", fr "*Parmi* les disparus", de
/// "*Unter* den Vermissten", it "*Tra* i dispersi", nl "*Onder* de vermisten").
const AMONG: &[&str] = &[
    "among", "amongst", "entre", "parmi", "unter", "tra", "fra", "onder",
];

/// Verbs between such a fate and its subject ("among the missing *is* ...", es "*figura*"),
/// skipped.
const AMONG_VERBS: &[&str] = &[
    "is", "are", "was", "were", "figura", "figuran", "figure", "figurent", "figurano", "figuram",
    "es", "son", "est", "sont", "ist", "sind", "è", "sono", "é", "são", "zijn", "also",
];

/// Beginnings of the words after a figure (or words in a figure's own token) that make it
/// an age, not a count ("52-*year*-old", "*años*", "*ans*", "*Jahre*", "52-*jähr*ige",
/// "*anni*", "*jaar*").
const AGE: &[&str] = &["year", "año", "ans", "jahr", "jähr", "anni", "anos", "jaar"];

/// Whether the figure at token `k` of `toks` is an age, which counts no one ("The
/// 52-year-old foreman", one token; "Mamani, 52 años"): a word of [`AGE`] in its token or
/// beginning the next.
fn age(toks: &[Token], k: usize) -> bool {
    AGE.iter().any(|a| toks[k].norm.contains(a))
        || toks
            .get(k + 1)
            .is_some_and(|n| AGE.iter().any(|a| n.norm.starts_with(a)))
}

/// The subject of a fate told at tokens `[s, e)` of `p` in a clause opened by a word of
/// [`AMONG`]: the stems of the content words after the fate up to the next comma,
/// semicolon, colon or bracket (after a verb of [`AMONG_VERBS`]), and the first count
/// there, as [`subject`]'s. `None` for any other clause or no such word.
fn inverted(p: &Prepared, (s, e): (usize, usize)) -> Option<(Vec<u64>, Option<f64>)> {
    let toks = &p.tokens;
    if !AMONG.contains(&toks.get(clause_start(p, s))?.norm.as_str()) {
        return None;
    }
    words_after(p, e, AMONG_VERBS)
}

/// Words that end a phrase of the bodies or the remains of someone ("the bodies *of* two
/// miners", fr "*des*", es "*de*", it "*di*", de "*von*", nl "*van*": `fate_table.rs`).
const OF: &[&str] = &[
    "of", "de", "des", "du", "del", "do", "dos", "da", "das", "di", "dei", "della", "delle", "von",
    "der", "van",
];

/// The subject of a fate told at tokens `[s, e)` of `p` as the bodies or the remains of
/// someone ("Rescuers brought out the bodies *of two miners* on Wednesday": session 51):
/// the words after the phrase, which ends with a word of [`OF`], as [`inverted`] reads
/// them. `None` for any other phrase.
fn of_whom(p: &Prepared, (_, e): (usize, usize)) -> Option<(Vec<u64>, Option<f64>)> {
    let last = p.tokens.get(e.checked_sub(1)?)?;
    if !OF.contains(&last.norm.as_str()) {
        return None;
    }
    words_after(p, e, &[])
}

/// The bodies and their "of" of a fate told at tokens `[s, e)` of `p` by a phrase that
/// ends at the noun of the bodies, the "of" right after it ("Die Retter *bargen* am
/// Mittwoch die *Leichen* von zwei Bergleuten": "Leichen von"; `lexicon::deaths::BODIES`,
/// session 51), so that its subject is read after the "of" ([`of_whom`]) and the flag
/// shows the bodies; `None` for any other phrase.
fn bodies_of(p: &Prepared, (_, e): (usize, usize)) -> Option<(usize, usize)> {
    use crate::matcher::lexicon::deaths::BODIES;
    let last = p.tokens.get(e.checked_sub(1)?)?;
    let of = p.tokens.get(e)?;
    (BODIES.contains(&last.norm.as_str()) && OF.contains(&of.norm.as_str()))
        .then_some((e - 1, e + 1))
}

/// Spanish words that put a person as the object of a verb (the personal "a": "sacaron
/// con vida *a* dos mineros").
const PERSONAL_A: &[&str] = &["a", "al"];

/// The subject of a fate told at tokens `[s, e)` of a Spanish sentence `p` whose person
/// follows it as the object after a personal "a" ([`PERSONAL_A`]: "Los rescatistas
/// sacaron con vida *a dos mineros* el miércoles", session 51): the words after the "a",
/// as [`words_after`] reads them. `None` in any other language or shape.
fn object_after(p: &Prepared, (_, e): (usize, usize)) -> Option<(Vec<u64>, Option<f64>)> {
    use crate::matcher::language::{guess_sentence, Language};
    let a = p.tokens.get(e)?;
    if !PERSONAL_A.contains(&a.norm.as_str()) {
        return None;
    }
    let text: Vec<&str> = p.tokens.iter().map(|t| t.norm.as_str()).collect();
    if guess_sentence(&text.join(" ")) != Some(Language::Spanish) {
        return None;
    }
    words_after(p, e + 1, &[])
}

/// The value of the number word at token `k` of `toks` before a noun (a content word
/// before token `end`), whatever else the word may be ("de *dos* mineros", "a *tres*
/// mineros": `lexicon::cardinal_any`, session 51): a count of a subject.
fn spelled(toks: &[Token], k: usize, end: usize) -> Option<f64> {
    let noun = toks
        .get(k + 1)
        .is_some_and(|n| n.kind == Kind::Word && !n.stop);
    (k + 1 < end && noun)
        .then(|| crate::matcher::lexicon::cardinal_any(&toks[k].norm))
        .flatten()
}

/// The stems of the content words from token `e` of `p` up to the next comma, semicolon,
/// colon, bracket or full stop (no word of `skip`), and the first count there (a figure,
/// or a number word before a noun), as [`subject`]'s; `None` when neither stands there.
fn words_after(p: &Prepared, e: usize, skip: &[&str]) -> Option<(Vec<u64>, Option<f64>)> {
    let toks = &p.tokens;
    let chars = crate::matcher::flags::chars_of(p);
    let mut end = e;
    while end < toks.len() {
        let gap = match end > e {
            true => chars.get(toks[end - 1].end..toks[end].start).unwrap_or(&[]),
            false => &[],
        };
        if gap
            .iter()
            .any(|c| matches!(c, ',' | ';' | ':' | '(' | ')' | '.'))
        {
            break;
        }
        end += 1;
    }
    let words = &toks[e..end];
    let count = (e..end).find_map(|k| match toks[k].kind {
        Kind::Number(v) if !toks[k].date && !age(toks, k) => Some(v),
        Kind::Word => spelled(toks, k, end),
        _ => None,
    });
    let stems = subject_stems(words, skip);
    (!stems.is_empty() || count.is_some()).then_some((stems, count))
}

/// The stems of the content words of an apposition that names some of the group a fate
/// told at tokens `[s, e)` of `p` is told of (`lexicon::wholes::NAMED_AMONG`): the clause
/// right after the fate's ("Nine miners were rescued alive on Tuesday, *among them Julio
/// Mamani*") or right before it when the fate's own clause names no one ("Nine miners,
/// *including Julio Mamani*, were rescued alive"), up to the next comma, semicolon,
/// colon, bracket or full stop. Only a name: a capitalised word must stand there ("among
/// them two children" names no one). `None` for no such apposition.
fn named_among(p: &Prepared, (s, e): (usize, usize)) -> Option<Vec<u64>> {
    use crate::matcher::lexicon::wholes::NAMED_AMONG;
    let toks = &p.tokens;
    let chars = crate::matcher::flags::chars_of(p);
    let gap = |k: usize| chars.get(toks[k - 1].end..toks[k].start).unwrap_or(&[]);
    let breaks = |k: usize| {
        gap(k)
            .iter()
            .any(|c| matches!(c, ',' | ';' | ':' | '(' | ')' | '.'))
    };
    // The words of an apposition opened at token `k`, to the next break.
    let apposition = |k: usize| -> Option<Vec<u64>> {
        let opener = NAMED_AMONG
            .iter()
            .find(|w| crate::matcher::text::phrase_at(toks, k, w))?;
        let from = k + opener.len();
        let end = (from + 1..toks.len())
            .find(|&j| breaks(j))
            .unwrap_or(toks.len());
        let words = toks.get(from..end)?;
        let named = words.iter().any(|t| t.kind == Kind::Word && t.capital);
        let stems = subject_stems(words, &[]);
        (named && !stems.is_empty()).then_some(stems)
    };
    // After the fate: the first token after a break in the rest of the sentence.
    let after = (e.max(1)..toks.len()).find(|&k| breaks(k));
    if let Some(found) = after.and_then(apposition) {
        return Some(found);
    }
    // Before it: the clause before the fate's, when the fate's names no one.
    let own = clause_start(p, s);
    if own == 0 || !subject_stems(&toks[own..s], &[]).is_empty() {
        return None;
    }
    apposition(clause_start(p, own - 1))
}

/// The stems of the content words of a subject among `words`: no stop word, negation,
/// word of [`NO_SUBJECT`] nor of `skip`; a capitalised noun of a German dative plural
/// with the stem of its base (`lexicon::german::dative_plural_base`: "von zwei
/// *Bergleuten*" / "zwei *Bergleute*", session 51).
fn subject_stems(words: &[Token], skip: &[&str]) -> Vec<u64> {
    use crate::matcher::lexicon::german::{dative_plural_base, same_key};
    let stem = |t: &Token| match dative_plural_base(&t.norm) {
        Some(base) if t.capital && same_key(&t.norm, true).is_none() => {
            crate::matcher::text::plain_stem(base)
        }
        _ => t.stem,
    };
    words
        .iter()
        .filter(|t| {
            t.kind == Kind::Word
                && !t.stop
                && !t.negation
                && !NO_SUBJECT.contains(&t.norm.as_str())
                && !skip.contains(&t.norm.as_str())
        })
        .map(stem)
        .collect()
}

/// The first token of the clause that holds token `at` of `p`: after the last comma,
/// semicolon, colon or bracket before it.
pub(super) fn clause_start(p: &Prepared, at: usize) -> usize {
    let chars = crate::matcher::flags::chars_of(p);
    let toks = &p.tokens;
    let mut from = at;
    while from > 0 {
        let gap = chars
            .get(toks[from - 1].end..toks[from].start)
            .unwrap_or(&[]);
        if gap.iter().any(|c| matches!(c, ',' | ';' | ':' | '(' | ')')) {
            break;
        }
        from -= 1;
    }
    from
}

/// The most content words before a fate in its clause, a name's among them, for
/// [`names_someone`] ("Hood remains", "Hood (è) ancora": two; auxiliaries of other
/// languages, `negation::AUXILIARIES`, are none).
const NAMED_SUBJECT: usize = 2;

/// Whether the subject of the fate told at token `at` of `p` names someone: the first
/// content word of its clause (after a verb of saying, `lexicon::speech::SAID_THAT`) is
/// capitalised ("Hood remains at large", "Police said Smith was recaptured"), with at most
/// [`NAMED_SUBJECT`] content words before the fate. Not a name after a verb ("A judge
/// sentenced Brian Nichols ... for his deadly rampage" names Nichols as no subject).
fn names_someone(p: &Prepared, at: usize) -> bool {
    let toks = &p.tokens;
    let from = clause_start(p, at);
    let from = (from..at)
        .rev()
        .find(|&k| SAID_THAT.contains(&toks[k].norm.as_str()))
        .map_or(from, |k| k + 1);
    let mut words = toks[from..at]
        .iter()
        .filter(|t| t.kind == Kind::Word && !t.stop && !AUXILIARIES.contains(&t.norm.as_str()));
    let first_named = words.next().is_some_and(|t| t.capital);
    first_named && words.count() < NAMED_SUBJECT
}

/// Words of both of a group of two ("*both* men", "*beide* Häftlinge", "*ambos* reos",
/// "*entrambi* i detenuti", "*allebei*"); those of all of a group of any count are
/// [`ALL`].
const BOTH: &[&str] = &[
    "both", "beide", "beiden", "ambos", "ambas", "entrambi", "entrambe", "allebei",
];

/// Definite articles before a count that make it the whole of a group told before ("*the*
/// two inmates", "*les* deux détenus", "*los* dos reos", "*i* due detenuti", "*os* dois
/// presos", "*de* twee gevangenen", "*die* beiden").
const THE: &[&str] = &[
    "the", "les", "die", "los", "las", "i", "le", "gli", "os", "as", "de",
];

/// How many a fate told at token `at` of `p` is told of when its subject is a whole group
/// and nothing more ("Both men", "The two inmates", "All three", "Les deux détenus"): a
/// word of [`BOTH`] (two) or [`ALL`] (any count; the count `count` when one is told: "all
/// three"), or a definite
/// article ([`THE`]) right before the count, and at most one content word besides (the
/// group's noun; auxiliaries of other languages, `negation::AUXILIARIES`, and dates are
/// none: "Die beiden Häftlinge *wurden* am Donnerstag gefasst"). `None` for any other
/// subject ("Two men" may be two of more; "Both men who helped him" tells of others). Such a group takes in one of it told apart ("Hood
/// remains at large" / "Both men were recaptured": trial 44), so [`one_subject`] reads
/// the two as one subject when the other side counts fewer or none.
fn whole_group(p: &Prepared, at: usize, count: Option<f64>) -> Option<f64> {
    let words = &p.tokens[clause_start(p, at)..at];
    let whole_word = |t: &Token| BOTH.contains(&t.norm.as_str()) || ALL.contains(&t.norm.as_str());
    let whole =
        words
            .iter()
            .find(|t| whole_word(t))
            .map(|t| match BOTH.contains(&t.norm.as_str()) {
                true => 2.0,
                false => f64::INFINITY,
            });
    // A count as a figure, or as a word read in any language ("los *dos* reos", "i *due*
    // detenuti": `lexicon::cardinal_any`).
    let number = |t: &Token| match t.kind {
        Kind::Number(v) if !t.date => Some(v),
        Kind::Word => cardinal_any(&t.norm),
        _ => None,
    };
    let the_count = words
        .windows(2)
        .find(|w| THE.contains(&w[0].norm.as_str()))
        .and_then(|w| number(&w[1]))
        .filter(|&v| v >= 2.0);
    let count = count.or(the_count);
    let nouns = words
        .iter()
        .filter(|t| {
            t.kind == Kind::Word
                && !t.stop
                && !t.date
                && !NO_SUBJECT.contains(&t.norm.as_str())
                && !AUXILIARIES.contains(&t.norm.as_str())
                && !THE.contains(&t.norm.as_str())
                && number(t).is_none()
                && !whole_word(t)
        })
        .count();
    if nouns > 1 {
        return None;
    }
    match (whole, count) {
        (_, Some(c)) if whole.is_some() || the_count.is_some() => Some(c),
        (Some(n), None) => Some(n),
        _ => None,
    }
}

/// Words of all of a group, in the languages of the fates; a whole one told as a
/// collective too (trial 58: "One crew member is still missing" / "*The whole* crew was
/// rescued" had no flag): "whole", "entire", fr "tout l'équipage", de "die gesamte
/// Besatzung", es "toda la tripulación", it "tutto l'equipaggio", "l'intero equipaggio",
/// nl "de hele bemanning", "de voltallige bemanning".
const ALL: &[&str] = &[
    "all",
    "tous",
    "toutes",
    "alle",
    "todos",
    "todas",
    "tutti",
    "tutte",
    "whole",
    "entire",
    "tout",
    "toute",
    "gesamte",
    "toda",
    "tutto",
    "tutta",
    "intero",
    "intera",
    "hele",
    "voltallige",
];

/// How many tokens before a fate a word of [`ALL`] is read ("All *the* firefighters have
/// been accounted for").
const ALL_REACH: usize = 6;

/// The most tokens before the start or after the end of a phrase at which a word of what
/// its class is about ([`super::fate_table::Fate::about`]) is read.
const ABOUT_REACH: usize = 5;

/// Whether `p` names a word of `about` ([`super::fate_table::Fate::about`]) within [`ABOUT_REACH`] tokens of
/// the phrase at tokens `[s, e)`.
fn names_about(p: &Prepared, about: &[&str], at: (usize, usize)) -> bool {
    about_named(p, about, at).next().is_some()
}

/// The places in `about` of the words of it that `p` names within [`ABOUT_REACH`] tokens
/// of the phrase at tokens `[s, e)`.
fn about_named<'a>(
    p: &'a Prepared,
    about: &'a [&'a str],
    (s, e): (usize, usize),
) -> impl Iterator<Item = usize> + 'a {
    let near = &p.tokens[s.saturating_sub(ABOUT_REACH)..p.tokens.len().min(e + ABOUT_REACH)];
    near.iter().flat_map(move |t| {
        about
            .iter()
            .enumerate()
            .filter(move |(_, w)| match w.strip_suffix('$') {
                Some(whole) => t.norm == whole,
                None => t.norm.starts_with(*w),
            })
            .map(|(k, _)| k)
    })
}

/// Whether `a` near phrase `x` and `b` near phrase `y` name one word of `about`: of a
/// measure ([`MEASURES`]), of what is ruled on ([`RULED`]) or of a record ([`RECORDS`])
/// the same one ("strike" / "strike", not "strike" / "curfew").
fn one_thing_named(
    a: &Prepared,
    x: (usize, usize),
    b: &Prepared,
    y: (usize, usize),
    about: &[&str],
) -> bool {
    if about != MEASURES && about != RULED && about != RECORDS {
        return true;
    }
    let named: Vec<usize> = about_named(a, about, x).collect();
    about_named(b, about, y).any(|k| named.contains(&k))
}

/// The sides of one class found in `p`, with a verb read as one side dropped when the
/// other side's phrase follows it as its complement: es "rescatados sin vida", fr
/// "secouru mort" tell a death, not a rescue (trial 27, F7). A complement follows at most
/// one token after the verb, with no punctuation between.
fn complement(p: &Prepared, (x, y): (Sides, Sides)) -> (Sides, Sides) {
    // Most sentences hold neither side, or one: nothing to drop, no text to read.
    if x.is_none() || y.is_none() {
        return (x, y);
    }
    let chars = crate::matcher::flags::chars_of(p);
    // A conjunction between tells two events in turn, no complement ("nahm … fest und
    // ließ … frei", trial 41 F2).
    let joined = |e: usize, s: usize| s == e + 1 && AND.contains(&p.tokens[e].norm.as_str());
    let follows = |(_, e): (usize, usize), (s, _): (usize, usize)| {
        s >= e
            && s <= e + 1
            && !joined(e, s)
            && chars
                .get(p.tokens[e - 1].end..p.tokens[s].start)
                .unwrap_or(&[])
                .iter()
                .all(|c| c.is_alphanumeric() || c.is_whitespace() || *c == '\'')
    };
    match (x, y) {
        (Some(one), Some(other)) if follows(one, other) => (None, y),
        (Some(one), Some(other)) if follows(other, one) => (x, None),
        _ => (x, y),
    }
}

/// Whether the phrase at token `s` of `toks` is told as an intention, not a possibility:
/// "would" within the three tokens before it ([`super::modal`]'s reach) and no word of a
/// mere possibility ([`MAY`]: "could", "might") there.
fn intention(toks: &[Token], s: usize) -> bool {
    let before = &toks[s.saturating_sub(3)..s];
    before.iter().any(|t| t.norm == "would")
        && !before.iter().any(|t| MAY.contains(&t.norm.as_str()))
}

/// Conjunctions that join two clauses told in turn, in the languages of the fates.
const AND: &[&str] = &[
    "and", "but", "then", "und", "aber", "dann", "et", "mais", "puis", "y", "pero", "e", "ma",
    "poi", "mas", "en", "maar",
];

/// One side of a class found in a sentence: its token range, `None` for none.
type Sides = Option<(usize, usize)>;

/// The code point range of tokens `[s, e)` of `p`; a single word of a death as
/// `english::extent` shows it ("ums Leben").
fn range(p: &Prepared, (s, e): (usize, usize)) -> (usize, usize) {
    match e == s + 1 {
        true => extent(p, &p.tokens[s]),
        false => (p.tokens[s].start, p.tokens[e - 1].end),
    }
}

/// Two fates of one subject that cannot both be true, one in each sentence: a phrase of
/// one side of a class of [`classes`] in `a` and none of the other side, the reverse in
/// `b`, told of one subject ([`one_subject`]) and neither as a mere possibility ("could
/// have died"). The ranges of the two phrases, `a`'s first. Missing told with a hedge
/// ("feared missing", "unaccounted for": `fate_missing::hedged`) against a fate told is
/// the softer kind: its ranges go to `soft` and the rule reads on.
pub(super) fn fate_conflict(
    a: &Prepared,
    b: &Prepared,
    soft: &mut Option<Ranges>,
) -> Option<Ranges> {
    // Only the classes both sentences tell a side of: a conflict needs one on each (and
    // `b` is not read when `a` tells none).
    let mine = told_classes(a);
    if mine == 0 {
        return None;
    }
    let both = mine & told_classes(b);
    if both == 0 {
        return None;
    }
    let told = |(k, _): &(usize, &Fate)| both >> k & 1 == 1;
    classes().enumerate().filter(told).find_map(|(k, fate)| {
        let sides = |p: &Prepared| (side_in(p, 2 * k, false), side_in(p, 2 * k + 1, fate.deaths));
        let (x, y) = match (complement(a, sides(a)), complement(b, sides(b))) {
            ((Some(x), None), (None, Some(y))) | ((None, Some(x)), (Some(y), None)) => (x, y),
            _ => return None,
        };
        // "bargen am Mittwoch die Leichen von": the bodies and their "of" ([`bodies_of`]).
        let (x, y) = (bodies_of(a, x).unwrap_or(x), bodies_of(b, y).unwrap_or(y));
        // A possibility on either side ("could have died") is no fate; two intentions
        // ("would keep fighting" / "would drop the case") are compared as two fates, an
        // intention against a done act is not.
        let possible = |p: &Prepared, (s, _): (usize, usize)| modal(&p.tokens, &p.tokens[s]);
        let intended = |p: &Prepared, (s, _): (usize, usize)| intention(&p.tokens, s);
        match (possible(a, x), possible(b, y)) {
            (false, false) => {}
            (true, true) if intended(a, x) && intended(b, y) => {}
            _ => return None,
        }
        // Of what the class is about on both sides, the one subject; else a subject
        // both name.
        let about = !fate.about.is_empty();
        if about && !(names_about(a, fate.about, x) && names_about(b, fate.about, y)) {
            return None;
        }
        if about && !one_thing_named(a, x, b, y, fate.about) {
            return None;
        }
        // A ruling and hostages are also of one subject ("The court upheld the ban" /
        // "The mayor suspended the ban"; "Two hostages were freed" / "Three hostages are
        // still held").
        let subject_too = fate.about == RULED || fate.about == HOSTAGES;
        // Or one person named by two nouns of one class (across languages: "driver" /
        // "Lenker", trial 57).
        let one = || one_subject(a, x, b, y) || one_person_named_two_ways(a, x, b, y);
        if (!about || subject_too) && !one() {
            return None;
        }
        let ranges = (range(a, x), range(b, y));
        if k >= FATES.len() && (hedged(&a.tokens, x) || hedged(&b.tokens, y)) {
            soft.get_or_insert(ranges);
            return None;
        }
        Some(ranges)
    })
}

#[cfg(test)]
mod tests_index {
    use super::*;

    /// [`told_classes`] keeps a bit per class: there must be 64 classes or fewer, and a
    /// sentence's bits are those of the classes it tells a side of (the near case, a
    /// sentence of no fate, none).
    #[test]
    fn the_told_classes_are_the_classes_with_a_side() {
        assert!(classes().count() <= 64);
        let idf = crate::matcher::prepared::Idf::builtin();
        let p = Prepared::new("Two hostages were freed and the driver was killed.", idf);
        let bits = told_classes(&p);
        assert_ne!(bits, 0);
        for (k, fate) in classes().enumerate() {
            let told = side_in(&p, 2 * k, false).is_some()
                || side_in(&p, 2 * k + 1, fate.deaths).is_some();
            assert_eq!(bits >> k & 1 == 1, told, "class {k}");
        }
        let q = Prepared::new("The weather was fine on Monday.", idf);
        assert_eq!(told_classes(&q), 0);
        assert!(fate_conflict(&p, &q, &mut None).is_none());
    }
    use crate::matcher::text::{stemmer, tokenize};

    /// [`fate_phrases`] without the index of first words ([`starts`]): every phrase tried at
    /// every token.
    fn unindexed(toks: &[Token]) -> FatePhrases {
        let death = death_word(toks).map(|i| (i as u32, i as u32 + 1));
        let after_no_fate = |i: usize| i > 0 && NOT_AFTER.contains(&toks[i - 1].norm.as_str());
        parsed()
            .iter()
            .map(|side| {
                (0..toks.len())
                    .filter(|&i| !after_no_fate(i))
                    .find_map(|i| {
                        side.iter()
                            .find_map(|p| pattern_at(toks, p, i))
                            .map(|(s, e)| (s as u32, e as u32))
                    })
            })
            .chain([death])
            .collect()
    }

    #[test]
    fn the_index_of_first_words_finds_the_phrases_every_phrase_finds() {
        let stemmer = stemmer();
        let mut found = 0;
        for text in [
            "The hostages were released unharmed on Friday.",
            "The ferry reached port safely after the storm.",
            "All 14 patients were brought to safety, officials said.",
            "Les 14 patients sont sains et saufs, selon les pompiers.",
            "Die Demonstration fand trotzdem statt.",
            "Das Konzert wurde abgesagt.",
            "El concierto fue cancelado por la lluvia.",
            "The fire was still burning late on Sunday.",
            "Three miners were found alive on Tuesday.",
            "He was buried alive under the rubble.",
            "",
            "... --- ...",
            "Nobody was hurt.",
        ] {
            let toks = tokenize(text, &stemmer);
            let (x, y) = (fate_phrases(&toks), unindexed(&toks));
            assert_eq!(x, y, "{text}");
            found += x.iter().flatten().count();
        }
        // Phrases are there to be found: the index is not merely skipping everything.
        assert!(found >= 8, "{found} phrases found");
        // Every phrase can be found where it starts: its first word's beginnings lead to
        // it, or it is tried at every token.
        let st = starts();
        for (side, phrases) in parsed().iter().enumerate() {
            for (k, phrase) in phrases.iter().enumerate() {
                match first_word(phrase) {
                    Some(alts) => {
                        for &(w, _) in alts {
                            let mut led = false;
                            st.by_first_word.of(w, |at| led |= at == (side, k));
                            assert!(led, "{w}");
                        }
                    }
                    None => assert!(st.anywhere.contains(&(side, k))),
                }
            }
        }
        // A word of death is found, and a word of no death is not.
        let toks = tokenize("Two people were killed and one died later.", &stemmer);
        assert_eq!(death_word(&toks), Some(3));
        assert_eq!(death_word(&tokenize("All were rescued.", &stemmer)), None);
    }
}

//! A patient's condition: how badly the injured of an event are hurt, one slot two reports
//! may fill in words that share nothing ("None of their injuries were life-threatening" /
//! "One of them is in serious condition"; trial 33, F2). Each sentence's conditions are
//! read as a [`Level`] (light, stable, serious, critical), with a negation turning a
//! serious or critical one light ("not seriously injured", "no life-threatening
//! injuries"). They are read once per sentence, with its clause punctuation
//! ([`conditions_in`], when the sentence is prepared), and three readers use that reading:
//! - the alignment (`Prepared::classes`): a sentence that tells a condition has the class
//!   [`CONDITION`], so two that each tell one share it, whatever their words;
//! - the outcome flag ([`condition_conflict`]): a light condition against a serious or
//!   critical one of the same injured is a contradiction; stable against serious or
//!   critical, and serious against critical, the softer kind (a patient may be critical
//!   but stable, and reports grade "serious" and "critical" loosely);
//! - the negation rule (`negation.rs`): the negation that turns a condition light is no
//!   "nobody hurt".
//!
//! A level word is read only near a word of an injury or of a condition (`HURT`, and the
//! condition nouns of [`CONDITION_NOUNS`]), in its clause: "a serious crash", "a minor
//! change", "stable prices" tell no patient. English, French, German, Spanish, Italian,
//! Portuguese and Dutch.

use super::participants::CLAUSE_ENDS;
use super::HURT;
use crate::matcher::flags::Ranges;
use crate::matcher::lexicon::beginnings::{whole_or_beginning, Beginnings};
use crate::matcher::lexicon::comas::{COMA, COMATOSE, INTO};
use crate::matcher::prepared::Prepared;
use crate::matcher::text::{Kind, Token};

/// Bit of a sentence's classes (`Prepared::classes`, beside the classes of
/// `align::SYNONYMS` and the tolls) for a patient's condition told ([`conditions`]).
pub(crate) const CONDITION: crate::matcher::align::Classes =
    crate::matcher::align::TOLL_INJURED << 1;

/// How badly someone is hurt, lightest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Level {
    /// Slightly hurt, minor injuries, not life-threatening.
    Light,
    /// In a stable condition.
    Stable,
    /// Seriously injured, in serious condition.
    Serious,
    /// Critically injured, in critical condition, life-threatening injuries.
    Critical,
}

/// The words of each [`Level`] (a beginning of the lower-case token, or whole when it ends
/// with `$`), in seven languages.
const LEVELS: &[(Level, &[&str])] = &[
    (
        Level::Light,
        &[
            "minor$",
            "slight",
            "light$",
            "lightly$",
            "superficial",
            "non-life",
            "nonlife",
            // de, fr, es, pt, it, nl
            "leicht",
            "léger$",
            "légère$",
            "légers$",
            "légères$",
            "légèrement$",
            "leve$",
            "leves$",
            "levemente$",
            "lieve$",
            "lievi$",
            "lievemente$",
            "licht$",
            "lichte$",
            "lichtgewond",
        ],
    ),
    (
        Level::Stable,
        &[
            "stable$",
            "stabil$",
            "stabilem$",
            "stabilen$",
            "estable$",
            "estables$",
            "stabile$",
            "stabili$",
            "estável$",
            "estáveis$",
            "stabiel$",
            "stabiele$",
        ],
    ),
    (
        Level::Serious,
        &[
            "serious$",
            "seriously$",
            "severe$",
            "severely$",
            "grave$",
            "graves$",
            "gravi$",
            "gravement$",
            "gravemente$",
            // es "heridas de gravedad" (session 55).
            "gravedad$",
            "grièvement$",
            "schwer$",
            "schwere$",
            "schweren$",
            "schwerem$",
            "schwerverletzt",
            "ernst$",
            "ernstem$",
            "ernsten$",
            "ernstig$",
            "zwaar$",
            "zwaargewond",
        ],
    ),
    (
        Level::Critical,
        &[
            "critical$",
            "critically$",
            "life-threat",
            "lifethreat",
            "lebensbedrohlich",
            "lebensgefährlich",
            "kritisch",
            "critique$",
            "critiques$",
            "crítico$",
            "crítica$",
            "críticos$",
            "críticas$",
            "critico$",
            "critica$",
            "critici$",
            "critiche$",
            "kritiek$",
            "kritieke$",
            "gravissim",
        ],
    ),
];

/// Nouns of a patient's condition in the seven languages ("in critical condition", "dans
/// un état critique", "in kritischem Zustand", "en estado grave", "in condizioni gravi",
/// "in kritieke toestand"); English "condition" is a word of `HURT`.
const CONDITION_NOUNS: &[&str] = &[
    "état$",
    "zustand$",
    "estado$",
    "condizioni$",
    "condizione$",
    "condição$",
    "toestand$",
    "conditie$",
];

/// Words after which a condition is asked, not told ("whether he was seriously hurt", de
/// "ob"). Not the Dutch "of", the French "si", the Italian "se": English "of", French "so",
/// Spanish "se".
const ASKED: &[&str] = &["whether", "if", "ob"];

/// The most tokens between a level word and the word of an injury or a condition it
/// tells of ("in a stable but serious condition"), and between a negation and the level
/// word it turns ("None of their injuries were life-threatening").
const REACH: usize = 5;

/// Whether `t` is one of the forms `words` (a beginning, or whole with `$`).
fn is_one_of(t: &Token, words: &[&'static str]) -> bool {
    words.iter().any(|&w| match whole_or_beginning(w) {
        (w, true) => t.norm == w,
        (w, false) => t.norm.starts_with(w),
    })
}

/// The most tokens between a preposition of [`INTO`] and the word of a coma ("in an
/// induced coma": 3; "en estado de coma": 3).
const COMA_REACH: usize = 3;

/// Whether token `i` of `toks` tells a coma ([`COMA`] after a word of [`INTO`], or a
/// word of [`COMATOSE`]).
fn coma(toks: &[Token], i: usize) -> bool {
    let norm = toks[i].norm.as_str();
    COMATOSE.contains(&norm)
        || (COMA.contains(&norm)
            && toks[i.saturating_sub(COMA_REACH)..i]
                .iter()
                .any(|t| INTO.contains(&t.norm.as_str())))
}

/// The level word `t` is, if any ("life threatening" as two tokens is read at "life"; a
/// coma is critical: [`coma`]).
fn level_of(toks: &[Token], i: usize) -> Option<Level> {
    let t = &toks[i];
    if t.kind != Kind::Word {
        return None;
    }
    if coma(toks, i) {
        return Some(Level::Critical);
    }
    if t.norm == "life"
        && toks
            .get(i + 1)
            .is_some_and(|n| n.norm.starts_with("threaten"))
    {
        return Some(Level::Critical);
    }
    // The first level of `LEVELS` with a word `t` is or begins with: the least, as
    // `Level` is ordered as the table.
    let mut least: Option<Level> = None;
    level_index().of(&t.norm, |l| least = Some(least.map_or(l, |m| m.min(l))));
    least
}

/// Whether token `i` of `toks` is a word of a serious or critical [`Level`] ("seriously",
/// "serious", "critical", "schwer", "grave", "Schwerverletzte"), whatever words stand near
/// it: the number flag asks it of the words right after a part ("four of them seriously",
/// "elf von ihnen schwer": `flags::numbers::severity`).
pub(crate) fn serious_word(toks: &[Token], i: usize) -> bool {
    level_of(toks, i).is_some_and(|l| l >= Level::Serious)
}

/// [`LEVELS`]' words by their text ([`Beginnings`]): a token is looked up by each of its
/// beginnings instead of being compared with every word of the table (speed only: every
/// token of every sentence is read for a level; test `the_level_index_finds_what_the_table_scan_finds`).
fn level_index() -> &'static Beginnings<Level> {
    static INDEX: std::sync::OnceLock<Beginnings<Level>> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        Beginnings::new(LEVELS.iter().flat_map(|&(level, words)| {
            words.iter().map(move |&w| {
                let (word, whole) = whole_or_beginning(w);
                (word, whole, level)
            })
        }))
    })
}

/// The level word `t` is by a scan of [`LEVELS`] in order: what [`level_index`] must
/// find (for the test).
#[cfg(test)]
pub(super) fn level_by_scan(t: &Token) -> Option<Level> {
    LEVELS
        .iter()
        .find(|(_, words)| is_one_of(t, words))
        .map(|&(level, _)| level)
}

/// The level [`level_index`] finds for `t` (for the test).
#[cfg(test)]
pub(super) fn level_by_index(t: &Token) -> Option<Level> {
    let mut least: Option<Level> = None;
    level_index().of(&t.norm, |l| least = Some(least.map_or(l, |m| m.min(l))));
    least
}

/// Every word of [`LEVELS`] as written, without its `$` (for the test).
#[cfg(test)]
pub(super) fn level_words() -> impl Iterator<Item = &'static str> {
    LEVELS
        .iter()
        .flat_map(|(_, words)| words.iter().map(|&w| whole_or_beginning(w).0))
}

/// Whether token `t` is a word of an injury or of a patient's condition.
fn hurt_word(t: &Token) -> bool {
    t.kind == Kind::Word && (is_one_of(t, HURT) || is_one_of(t, CONDITION_NOUNS))
}

/// A patient's condition told in a sentence: its level, the token range that tells it
/// (a negation that turns it, the level word, the word of an injury or condition right
/// next to it) and the negation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Condition {
    /// How badly hurt.
    pub(crate) level: Level,
    /// Token range `[start, end)` of the words that tell it.
    pub(crate) tokens: (usize, usize),
    /// The token of the negation that turned it light, if one did: the negation rule
    /// reads no "nobody hurt" in it (`negation.rs`: "None of their injuries were
    /// life-threatening" tells of injuries).
    pub(crate) negation: Option<usize>,
}

/// The conditions told in `toks` ([`Condition`]): a level word ([`LEVELS`]) with a word
/// of an injury or a condition within [`REACH`] tokens in its clause (or one word telling
/// both, "schwerverletzt", "lichtgewond"; "critical but stable condition" tells two), not after a word that asks ([`ASKED`]); a
/// serious or critical level with a negation within [`REACH`] tokens before it in its
/// clause is light ("not seriously hurt", "None of their injuries were
/// life-threatening"), a negated light or stable one is dropped. `breaks(k)` says whether
/// clause punctuation stands between tokens `k - 1` and `k` ([`conditions_in`]).
fn conditions(toks: &[Token], breaks: &dyn Fn(usize) -> bool) -> Vec<Condition> {
    let mut out = Vec::new();
    for i in 0..toks.len() {
        let Some(mut level) = level_of(toks, i) else {
            continue;
        };
        // The clause around `i`, at most `REACH` tokens each way.
        let mut from = i;
        while from > 0
            && i - from < REACH
            && !breaks(from)
            && !CLAUSE_ENDS.contains(&toks[from - 1].norm.as_str())
        {
            from -= 1;
        }
        // Forward, "critical but stable condition" is one clause: a word of
        // `CLAUSE_ENDS` before another level word joins the two.
        let joins = |k: usize| k + 1 < toks.len() && level_of(toks, k + 1).is_some();
        let mut to = i + 1;
        while to < toks.len()
            && to - i <= REACH
            && !breaks(to)
            && (!CLAUSE_ENDS.contains(&toks[to].norm.as_str()) || joins(to))
        {
            to += 1;
        }
        // "life threatening" as two tokens: the level word is both.
        let own = if toks[i].norm == "life" { i + 2 } else { i + 1 };
        let compound =
            toks[i].norm.contains("verletzt") || toks[i].norm.contains("gewond") || coma(toks, i);
        let near = (from..to.max(own)).filter(|&k| k < i || k >= own);
        if !compound && !near.clone().any(|k| hurt_word(&toks[k])) {
            continue;
        }
        if toks[from..i]
            .iter()
            .any(|t| ASKED.contains(&t.norm.as_str()))
        {
            continue;
        }
        let negation = (from..i).find(|&k| toks[k].negation);
        if negation.is_some() {
            match level {
                Level::Serious | Level::Critical => level = Level::Light,
                Level::Light | Level::Stable => continue,
            }
        }
        // The words that tell it: from the negation, or the injury word right before
        // ("injured seriously"), to the injury word right after ("serious condition").
        // A coma from its preposition ("in a coma").
        let into = (from.max(i.saturating_sub(COMA_REACH))..i)
            .find(|&k| coma(toks, i) && INTO.contains(&toks[k].norm.as_str()));
        let start = negation
            .or(into)
            .unwrap_or(if i > from && hurt_word(&toks[i - 1]) {
                i - 1
            } else {
                i
            });
        let end = if own < to && hurt_word(&toks[own]) {
            own + 1
        } else {
            own.min(toks.len())
        };
        out.push(Condition {
            level,
            tokens: (start, end),
            negation,
        });
    }
    out
}

/// Whether clause punctuation (`, ; : ( ) .` and the dashes) stands between tokens `k - 1`
/// and `k` of `toks`, in `chars`, the code points of their text.
fn clause_break(chars: &[char], toks: &[Token], k: usize) -> bool {
    k > 0
        && chars
            .get(toks[k - 1].end..toks[k].start)
            .unwrap_or(&[])
            .iter()
            .any(|c| matches!(c, ',' | ';' | ':' | '(' | ')' | '.' | '—' | '–'))
}

/// The conditions told in a sentence of text `text` and tokens `toks`: [`conditions`]
/// with the clause punctuation of the text. The one reading of a sentence's conditions:
/// made when the sentence is prepared (`Prepared::classes`, [`condition_class`]) and kept
/// in its facts for the flag and the negation rule ([`conditions_of`]).
pub(crate) fn conditions_in(text: &str, toks: &[Token]) -> Vec<Condition> {
    // Most sentences hold no level word: no text read.
    if !(0..toks.len()).any(|i| level_of(toks, i).is_some()) {
        return Vec::new();
    }
    let chars: Vec<char> = text.chars().collect();
    conditions(toks, &|k| clause_break(&chars, toks, k))
}

/// The conditions of `p` ([`conditions_in`]), read once per sentence (`flags/facts.rs`;
/// `Prepared` fills them in when it is made).
pub(crate) fn conditions_of(p: &Prepared) -> &[Condition] {
    p.facts
        .conditions
        .get_or_init(|| conditions_in(&p.text, &p.tokens))
}

/// The class bit [`CONDITION`] when a sentence of tokens `toks` tells a patient's
/// condition (`conditions`, its [`conditions_in`]), else 0; 0 for a single token
/// ("schwerverletzt" alone), as every class read of a phrase (`align::phrase_classes`).
pub(crate) fn condition_class(
    toks: &[Token],
    conditions: &[Condition],
) -> crate::matcher::align::Classes {
    if toks.len() > 1 && !conditions.is_empty() {
        CONDITION
    } else {
        0
    }
}

/// Who a condition is told of: the count (not one of a part, "One of them") and the stems
/// of the content words before it in its clause (up to [`REACH`] tokens), but the words
/// of an injury or a condition; when that clause names no one and counts no one, the
/// content words of the sentence before it (its subject's).
pub(super) fn who(p: &Prepared, c: &Condition) -> (Option<f64>, Vec<u64>) {
    let toks = &p.tokens;
    let chars = crate::matcher::flags::chars_of(p);
    let mut from = c.tokens.0;
    while from > 0 && c.tokens.0 - from < REACH {
        let gap = chars
            .get(toks[from - 1].end..toks[from].start)
            .unwrap_or(&[]);
        if gap.iter().any(|c| matches!(c, ',' | ';' | ':' | '(' | ')'))
            || CLAUSE_ENDS.contains(&toks[from - 1].norm.as_str())
        {
            break;
        }
        from -= 1;
    }
    let before = &toks[from..c.tokens.0];
    // A count before "of" counts a part of a group ("One of them", "two of the
    // firefighters"), which may be any group's part: no count of its own.
    let partitive = |k: usize| toks.get(from + k + 1).is_some_and(|n| n.norm == "of");
    let count = before
        .iter()
        .enumerate()
        .rev()
        .find_map(|(k, t)| match t.kind {
            Kind::Number(v) if !t.date && !partitive(k) => Some(v),
            _ => None,
        });
    let naming = |t: &&Token| {
        t.kind == Kind::Word
            && !t.stop
            && !t.negation
            && !t.date
            && !hurt_word(t)
            && level_of(std::slice::from_ref(*t), 0).is_none()
    };
    let mut words: Vec<u64> = before.iter().filter(naming).map(|t| t.stem).collect();
    // A clause that names no one after a comma ("…, where he was in critical condition",
    // "…, dans un état critique") tells the condition of the sentence's subject: the
    // words before it name the patient (trial 48 F6: "Un skieur a été … héliporté à
    // l'hôpital de Sion, dans un état critique" is no condition of "The mountain guide").
    if words.is_empty() && count.is_none() {
        words = toks[..from].iter().filter(naming).map(|t| t.stem).collect();
    }
    (count, words)
}

/// Whether two conditions are told of the same injured: not when both give counts that
/// differ, nor when both name people and share no word of them ("The driver was slightly
/// hurt" / "The pedestrian is in critical condition"). A condition with no one named
/// ("One of them is in serious condition", "None of their injuries were
/// life-threatening") is told of the event's injured.
fn same_injured(a: &Prepared, x: &Condition, b: &Prepared, y: &Condition) -> bool {
    let ((ca, wa), (cb, wb)) = (who(a, x), who(b, y));
    if let (Some(ca), Some(cb)) = (ca, cb) {
        if ca != cb {
            return false;
        }
    }
    wa.is_empty() || wb.is_empty() || wa.iter().any(|w| wb.contains(w))
}

/// Whether two levels contradict: `Some(false)` a contradiction (light against serious or
/// critical), `Some(true)` the softer kind (stable against serious or critical, serious
/// against critical), `None` none (light and stable may both be true).
fn clash(x: Level, y: Level) -> Option<bool> {
    use Level::{Critical, Light, Serious, Stable};
    match (x.min(y), x.max(y)) {
        (Light, Serious | Critical) => Some(false),
        (Stable, Serious | Critical) | (Serious, Critical) => Some(true),
        _ => None,
    }
}

/// Two conditions of the same injured that differ, one in each sentence ([`clash`]): the
/// code point ranges of the words that tell them (`a`'s first) and whether the flag is
/// the softer kind. A level told in both sentences agrees, whatever else they tell
/// ("Two were seriously and five slightly hurt" / "Five were slightly hurt"); a
/// contradiction is preferred to the softer kind.
pub(crate) fn condition_conflict(a: &Prepared, b: &Prepared) -> Option<(Ranges, bool)> {
    // Most sentences tell no condition: no text read.
    if a.classes & CONDITION == 0 || b.classes & CONDITION == 0 {
        return None;
    }
    let (ca, cb) = (conditions_of(a), conditions_of(b));
    let has = |cs: &[Condition], level: Level| cs.iter().any(|c| c.level == level);
    let mut best: Option<(Ranges, bool)> = None;
    for x in ca {
        for y in cb {
            let Some(vague) = clash(x.level, y.level) else {
                continue;
            };
            if has(ca, y.level) || has(cb, x.level) || !same_injured(a, x, b, y) {
                continue;
            }
            if best.as_ref().is_some_and(|(_, v)| !*v) || (best.is_some() && vague) {
                continue;
            }
            let range = |p: &Prepared, c: &Condition| {
                (p.tokens[c.tokens.0].start, p.tokens[c.tokens.1 - 1].end)
            };
            best = Some(((range(a, x), range(b, y)), vague));
        }
    }
    best
}

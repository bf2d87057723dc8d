//! A count whose counted noun is the subject before its verb (issue 8, trial 29 F5, F8): a
//! count told as changed to a figure ("Confirmed cases of dengue have risen to 1,245",
//! "Dengue cases in Lima rose to 1,245", "Los casos confirmados de dengue han aumentado a
//! 1.245", "Les cas de dengue sont passés à 1 245") counts the subject's noun, and is an
//! update; a count told as the predicate of its noun ("Le vittime del crollo sono tre",
//! "Los muertos del derrumbe son tres", "Os mortos são três", "Les victimes sont trois")
//! counts the subject's noun as it stands.

use crate::matcher::features::Prepared;
use crate::matcher::flags::bounds::bound_before;
use crate::matcher::flags::figures::change_word;
use crate::matcher::flags::surface;
use crate::matcher::language::Language;
use crate::matcher::lexicon::changes::changed;
use crate::matcher::text::{Kind, Token};

/// Words right before the figure of a change after its verb (`lexicon::changes`):
/// "risen to", "han aumentado a", "sont passés à", "è salito a", "ist auf".
const TO: &[&str] = &["to", "a", "à", "auf", "op"];

/// Words that say "up to" and, after a verb of change, "to" ("creció un 9%, hasta 6.400
/// millones": rose 9% to 6.4 billion; "fino a", "até", "jusqu'à").
const UP_TO: &[&str] = &["hasta", "fino", "até", "jusqu'à"];

/// Whether the figure at token `at`, after one of [`UP_TO`] (its first word at token
/// `first`), is the level a change reached rather than a bound: a verb of change
/// (`lexicon::changes`, any language) within the six tokens before that word ("El margen
/// creció un 9%, hasta 6.400 millones": the margin is 6.4 billion, no "up to"; trial 32).
pub(super) fn level_reached(toks: &[Token], first: usize, at: usize) -> bool {
    first < at
        && toks
            .get(first)
            .is_some_and(|t| UP_TO.contains(&crate::matcher::flags::bounds::bound_word(t)))
        && toks[first.saturating_sub(6)..first].iter().any(|t| {
            let w = t.norm.as_str();
            changed(w)
        })
}

/// Forms of "to be" right before a count told as the predicate of its noun, at the end of
/// its clause: "le vittime sono tre", "los muertos son tres", "os mortos são três", "les
/// victimes sont trois", "the dead are three", "die Toten sind drei".
const COPULAS: &[&str] = &[
    "sono", "erano", "son", "eran", "são", "eram", "sont", "étaient", "are", "were", "sind",
    "waren",
];

/// Words between a verb of change and its subject that are no part of the subject
/// ("have risen", "han aumentado", "sont passés", "è salito", "now stand").
const AUXILIARIES: &[&str] = &[
    "have", "has", "had", "now", "already", "han", "ha", "habían", "hanno", "è", "sono", "ont",
    "a", "sont", "est", "têm", "tem", "ist", "sind", "já", "ya", "già", "déjà",
];

/// Words that end a subject before them ("the ministry said that cases have risen to",
/// "el ministerio informó que los casos ..."): the subject starts after them.
const CLAUSE_OPENERS: &[&str] = &[
    "that", "que", "che", "dass", "and", "y", "e", "et", "und", "but", "pero", "mais", "ma",
    "while", "mientras", "mentre", "as", "when",
];

/// Words that end the head of an English or German subject before its modifiers ("cases
/// of dengue", "cases in Lima", "Fälle in Lima").
const PREPOSITIONS: &[&str] = &[
    "of", "in", "at", "on", "from", "for", "by", "with", "across", "among", "since", "von", "im",
    "aus", "bei", "seit",
];

/// Articles that open a subject in French, Spanish, Italian and Portuguese ("Los casos",
/// "Les cas", "Le vittime", "Os mortos").
const ROMANCE_ARTICLES: &[&str] = &[
    "los", "las", "el", "la", "les", "le", "il", "lo", "gli", "i", "os", "as", "o",
];

/// What the subject of a count tells of it ([`subject_count`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Subject {
    /// The token of the subject's head noun ("cases", "casos", "vittime").
    pub(super) noun: usize,
    /// Whether the count is told as changed to its figure (an update: "have risen to").
    pub(super) changed: bool,
}

/// The subject noun of the figure at tokens `at..=i` of `p` (its first and last token: "1
/// 245"; a sentence of language `guessed`) when the figure has no counted noun of its own and stands
/// - after a verb of change and a word of [`TO`] ("Confirmed cases of dengue have risen
///   to 1,245", "Los casos confirmados ... han aumentado a 1.245"): a count of the
///   subject's noun changed to the figure;
/// - or after a form of "to be" ([`COPULAS`]) at the end of its clause ("Le vittime del
///   crollo della palazzina sono tre."): a count of the subject's noun.
///
/// The subject is the noun phrase between the clause's start (the sentence's, a
/// punctuation mark, a word of [`CLAUSE_OPENERS`]) and the verb: in French, Spanish,
/// Italian and Portuguese its first content word ("Los casos confirmados de dengue"), in
/// other languages the last content word before a preposition ("Confirmed cases of
/// dengue", "Dengue cases in Lima"). `None` for any other figure, or when no noun stands
/// there ("It has risen to 12").
pub(super) fn subject_count(
    p: &Prepared,
    (at, i): (usize, usize),
    guessed: Option<Language>,
) -> Option<Subject> {
    let toks = &p.tokens;
    let first = bound_before(toks, at).1;
    let before = first.checked_sub(1)?;
    let word = |k: usize| toks[k].norm.as_str();
    let (verb, changed) = if TO.contains(&word(before)) && before >= 1 {
        let v = before - 1;
        let change = changed(word(v));
        (change.then_some(v)?, true)
    } else if COPULAS.contains(&word(before)) && clause_ends_after(p, i) {
        (before, false)
    } else {
        return None;
    };
    let gap = |k: usize| surface(p, toks[k - 1].end, toks[k].start).into_owned();
    let noun = subject_of_verb(toks, &gap, verb, guessed)?;
    Some(Subject { noun, changed })
}

/// The head noun of the subject of the verb at token `verb` of `toks` (a sentence of
/// language `guessed`; `gap(k)` is the text between tokens `k - 1` and `k`): the noun phrase
/// between the clause's start (the sentence's, a punctuation mark, a word of
/// [`CLAUSE_OPENERS`]) and the verb, its auxiliaries left out. In French, Spanish, Italian
/// and Portuguese its first content word ("Los casos confirmados de dengue"), in other
/// languages the last content word before a preposition ("Confirmed cases of dengue",
/// "The group's net profit"). `None` when no noun stands there ("It has risen") or the
/// word found is a name inside the sentence ("Piura has risen").
fn subject_of_verb(
    toks: &[Token],
    gap: &dyn Fn(usize) -> String,
    verb: usize,
    guessed: Option<Language>,
) -> Option<usize> {
    let word = |k: usize| toks[k].norm.as_str();
    // The verb's auxiliaries and adverbs are no part of the subject.
    let mut end = verb;
    while end > 0 && AUXILIARIES.contains(&word(end - 1)) {
        end -= 1;
    }
    // The clause starts after a punctuation mark or a word that opens a clause.
    let mut start = end;
    while start > 0 {
        if gap(start).contains([',', ';', ':', '(', ')', '"', '\u{201c}', '\u{201d}'])
            || CLAUSE_OPENERS.contains(&word(start - 1))
            || toks[start - 1].kind != Kind::Word
        {
            break;
        }
        start -= 1;
    }
    let content = |k: &usize| {
        let t = &toks[*k];
        t.kind == Kind::Word && !t.stop && t.norm.chars().count() > 2
    };
    // A sentence too short to tell its language: a Romance article opens its subject.
    let romance = match guessed {
        Some(g) => matches!(
            g,
            Language::French | Language::Spanish | Language::Italian | Language::Portuguese
        ),
        None => ROMANCE_ARTICLES.contains(&word(start)),
    };
    let noun = if romance {
        (start..end).find(content)
    } else {
        let head_end = (start..end)
            .find(|&k| PREPOSITIONS.contains(&word(k)))
            .unwrap_or(end);
        (start..head_end).rev().find(content)
    }?;
    // A name is no counted noun ("Piura has risen to ...").
    (!toks[noun].proper || noun == 0).then_some(noun)
}

/// Words between a verb of change and the size of the change: "rose *by* 5%", "sanken
/// *um* 5 Prozent", "ont baissé *de* 5 %", "cayeron *un* 5 %", "è calato *del* 5%".
const BY: &[&str] = &["by", "um", "de", "un", "del", "di", "em"];

/// The subject noun of a change told by its size, the figure at token `at` of `toks`
/// standing right after a verb of change or after [`BY`] after one ("*Sales* dropped 5%",
/// "The group's net *profit* rose by 14 percent", "*Exports* were down 3 per cent"): the
/// token of the thing whose change the figure measures (`subject_of_verb`; `gap(k)` is
/// the text between tokens `k - 1` and `k`). Two such figures of two things ("Sales
/// dropped 5%" / "net profit dropped 14%") tell two facts: the number flag does not
/// compare them, and the matcher's count slots (`prepared::count_slots`) do not take them for
/// one count. `None` for any other figure, or when no noun is read.
pub(crate) fn change_subject(
    toks: &[Token],
    gap: &dyn Fn(usize) -> String,
    at: usize,
    guessed: Option<Language>,
) -> Option<usize> {
    let word = |k: usize| toks[k].norm.as_str();
    let mut v = at.checked_sub(1)?;
    if BY.contains(&word(v)) {
        v = v.checked_sub(1)?;
    }
    let change = |w: &str| change_word(w) || changed(w);
    if !change(word(v)) || gap(at).contains([',', ';', ':', '(', ')']) {
        return None;
    }
    // "went up", "has gone down", "were cut", "closed down": the verb starts at its first
    // change word or verb of a level.
    while v > 0
        && (change(word(v - 1)) || LEVEL_VERBS.contains(&word(v - 1)))
        && !gap(v).contains([',', ';', ':'])
    {
        v -= 1;
    }
    let noun = subject_of_verb(toks, gap, v, guessed)?;
    // "Shares in Microsoft", "the price of oil": the change of what the measure is of,
    // as "Microsoft fell 5 percent".
    if MEASURES.contains(&word(noun)) && noun + 2 < v && matches!(word(noun + 1), "in" | "of") {
        return (noun + 2..v).find(|&k| !toks[k].stop && toks[k].kind == Kind::Word);
    }
    // "Ahold Delhaize shares", "the company's shares": the measure's thing stands before
    // it, and is the subject as in "Shares in Ahold Delhaize" (trial 36 F19.1).
    if MEASURES.contains(&word(noun)) {
        let mut k = noun;
        while k > 0 && toks[k - 1].kind == Kind::Word && !gap(k).contains([',', ';', ':', '(', ')'])
        {
            k -= 1;
        }
        if let Some(thing) = (k..noun).find(|&j| measured_thing(&toks[j])) {
            return Some(thing);
        }
    }
    Some(noun)
}

/// Whether `t`, before a noun of [`MEASURES`], names what it measures ("*Ahold* Delhaize
/// shares", "the *company's* shares"): a content word that is no measure itself.
fn measured_thing(t: &Token) -> bool {
    t.kind == Kind::Word
        && !t.stop
        && t.norm.chars().count() > 1
        && !MEASURES.contains(&t.norm.as_str())
}

/// Verbs that tell a level before "up" or "down": "BA shares *closed* down 0.89 percent",
/// "*ended* up", "*finished* down".
const LEVEL_VERBS: &[&str] = &[
    "closed", "ended", "finished", "opened", "traded", "trading", "stood", "is", "was", "were",
    "are",
];

/// Nouns that measure another thing named after "in" or "of": "shares in Microsoft", "the
/// price of oil", "the value of the euro".
pub(crate) const MEASURES: &[&str] = &[
    "shares", "share", "stock", "stocks", "price", "prices", "value", "cost", "costs",
];

/// What a percentage at tokens `at..` of `p` is the change of ([`change_subject`]), as a
/// key of `NumSlot::thing` ([`change_key`] of the subject's stem): "Sales dropped 5%" and
/// "net profit dropped 14%" are changes of two things, never compared. 0 when no subject
/// is read ("It rose 5%", "a 5% rise").
pub(super) fn percent_of(p: &Prepared, at: usize, guessed: Option<Language>) -> u64 {
    let toks = &p.tokens;
    let gap = |k: usize| surface(p, toks[k - 1].end, toks[k].start).into_owned();
    change_subject(toks, &gap, at, guessed)
        .or_else(|| compared_subject(p, at))
        .map_or(0, |s| change_key(toks[s].stem))
}

/// Words after a percentage that tell it as a change against an earlier figure: "un 21%
/// más que un año antes", "21 % de plus", "il 21% in più".
const MORE: &[&str] = &["más", "menos", "plus", "moins", "più", "meno", "mais"];

/// The subject of a change told after its figure by a word of [`MORE`] ("El beneficio
/// ... alcanzó los 2.300 millones ..., un 21% más que un año antes": the profit's
/// change): the first content word after the sentence's first Romance article before the
/// figure at token `at` of `p` (trial 32 F5: "El margen de intereses creció un 9%" is a
/// change of another thing). `None` for any other figure.
fn compared_subject(p: &Prepared, at: usize) -> Option<usize> {
    let toks = &p.tokens;
    let unit = toks.get(at + 1)?;
    let after = if unit.norm == "percent" {
        at + 2
    } else {
        at + 1
    };
    let after = match toks.get(after) {
        Some(t) if t.norm == "de" => after + 1,
        _ => after,
    };
    if !toks
        .get(after)
        .is_some_and(|t| MORE.contains(&t.norm.as_str()))
    {
        return None;
    }
    let article = (0..at).find(|&k| ROMANCE_ARTICLES.contains(&toks[k].norm.as_str()))?;
    (article + 1..at).find(|&k| {
        let t = &toks[k];
        t.kind == Kind::Word && !t.stop && !t.proper && t.norm.chars().count() > 2
    })
}

/// The key of "a change of the thing of stem `stem`", shared by the number flag
/// ([`percent_of`]) and the matcher's count slots (`prepared::count_slots`).
pub(crate) fn change_key(stem: u64) -> u64 {
    stem.rotate_left(29) ^ 0x5eed_c4a9_e0f0_0001
}

/// Whether the clause of the figure at token `i` ends right after it: the sentence ends,
/// or a punctuation mark or a word of [`CLAUSE_OPENERS`] follows ("sono tre, mentre",
/// "son tres y").
fn clause_ends_after(p: &Prepared, i: usize) -> bool {
    let toks = &p.tokens;
    match toks.get(i + 1) {
        None => true,
        Some(n) => {
            let gap = surface(p, toks[i].end, n.start);
            gap.contains(['.', ',', ';', ':', '!', '?', '(', ')'])
                || CLAUSE_OPENERS.contains(&n.norm.as_str())
        }
    }
}

//! What a count of people counts in a toll (issue 8, trial 24 M1, M2, M8, M10; trial 25
//! M8'): the dead, the injured, the missing, the rescued, the arrested or the evacuated
//! (the fates of the casualty lexicon, `lexicon/casualty.rs`), read from the word the figure counts ("trois morts", "45
//! heridos", "cinque feriti", "14 killed"), from the verb that governs it ("killed 7
//! people and injured 12") or from the verb that follows it ("Two people died", "20
//! others were injured", "20 weitere wurden verletzt", "Cinco personas murieron"). Two
//! counts of people are compared only when they count the same [`Toll`]: "Two people
//! died ... and 20 others were injured" / "More than 30 people were injured" compares 20
//! with 30, not two with 30.
//!
//! Also here: the words that count people whatever their language ("people",
//! "Menschen", "personnes", "others", "weitere", "autres"), a part told of a whole ("three
//! of the injured", "Drei der Verletzten": [`partitive`]).

use super::roles::{does, fate_noun_before};
use crate::matcher::features::Prepared;
use crate::matcher::flags::bounds::bound_before;
use crate::matcher::flags::counts::past_verb;
use crate::matcher::flags::{surface, surface_is};
use crate::matcher::language::Language;
use crate::matcher::lexicon::casualty::{self, Fate};
use crate::matcher::lexicon::form_then::FormThen;
use crate::matcher::text::{phrase_at, Kind, Token};

/// What a count of people counts in a toll: the fate of the casualty lexicon its words
/// tell (`lexicon/casualty.rs`), or none of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Toll {
    /// The dead ("killed", "morts", "Tote", "muertos", "morti", "死亡"), the injured
    /// ("injured", "blessés", "verletzt", "受伤"), the missing ("missing", "vermisst",
    /// "失踪"), the rescued, the arrested or the evacuated ("rescued", "festgenommen",
    /// "évacués"): two counts of two fates are two facts.
    Fate(Fate),
    /// Counted by a verb that tells no fate ("infected more than 5,300 people", "shooting
    /// three people", "About 120 firefighters fought the fire"): not the count of a fate of
    /// another count.
    Other,
    /// Held by a verb of [`HOLDING`] ("employs 85 people", "has 5,000 residents"): those a
    /// place has, never the count of what befell some of them ("250 people ... were
    /// evacuated").
    Held,
}

/// The [`Toll`] a word (lower case, as tokens are normalised) tells, read from the
/// casualty lexicon (`casualty::count_word`): right after a figure it is what the figure
/// counts ("14 killed", "trois morts", "cinque feriti"); a few words after it, its verb
/// ("Two people died", "20 autres ont été blessées"); right before it, the verb that
/// governs it ("killed 7 people", "killing 12", "tuant trois personnes", "mató a cinco").
pub(super) fn toll_word(norm: &str) -> Option<Toll> {
    casualty::count_word(norm).map(|c| Toll::Fate(c.fate))
}

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
    "persona",
    "personne",
    "pessoa",
    "mensch",
    "persoon",
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

/// Whether a word (lower case) counts people by ellipsis: a word of [`OTHERS`] ("three
/// others", "otros tres").
pub(super) fn others_word(norm: &str) -> bool {
    OTHERS.contains(&norm)
}

/// Whether a word (lower case) counts people: a word of [`PEOPLE`] or of [`OTHERS`].
pub(crate) fn people_word(norm: &str) -> bool {
    PEOPLE.contains(&norm) || OTHERS.contains(&norm)
}

/// Auxiliaries of French, Spanish, Italian and Portuguese that are no stop words, right
/// after a figure whose participle follows ("15 sono rimaste ferite", "12 fueron
/// rescatados", "20 foram resgatadas"): a verb, no counted noun.
const AUXILIARIES: &[&str] = &[
    "sono",
    "erano",
    "furono",
    "fueron",
    "resultaron",
    "quedaron",
    "foram",
    "ficaram",
    "risulta",
    "risultano",
];

/// Whether a word (lower case) right after a figure is a verb that tells what the figure
/// counts rather than a counted noun: a verb in the past ("12 were rescued" reads
/// "rescued"), a word of a toll ("20 are missing") or an auxiliary ([`AUXILIARIES`]).
pub(super) fn verb_after_figure(norm: &str) -> bool {
    past_verb(norm) || toll_word(norm).is_some() || auxiliary(norm)
}

/// Whether a word (lower case) is one of [`AUXILIARIES`].
pub(super) fn auxiliary(norm: &str) -> bool {
    AUXILIARIES.contains(&norm)
}

/// The English words of [`PEOPLE`] and [`OTHERS`]: after a number word that is an
/// English word too ("once people") they tell no number.
const ENGLISH: &[&str] = &["people", "person", "persons", "others"];

/// Whether a word (lower case) counts people ([`people_word`]) or tells a toll
/// ([`toll_word`]) in a language other than English: "feriti", "muertos", "personas"
/// (not "once people", "Once dead").
pub(super) fn foreign_people_word(norm: &str) -> bool {
    let toll = casualty::count_word(norm).is_some_and(|c| c.language != Language::English);
    (people_word(norm) && !ENGLISH.contains(&norm)) || toll
}

/// The toll of the figure at token `i` of `p`, if its words tell one:
/// - the word right after it ("14 killed", "trois morts"), or after a word of people
///   right after it ("5 people dead");
/// - else the verb right before it, or before its bound ("killed 7 people", "injuring at
///   least 12", "tuant trois personnes": [`toll_word`]), or one of [`TAKING_LIVES`] before
///   "lives" after it ("claimed 71 lives": the dead);
/// - else, unless it is the whole of a part before it ("Twelve of the 45 passengers were
///   hurt": [`partitive`]), a word of a toll ([`toll_word`]) within six words after it, before another figure,
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
        .is_some_and(|n| surface_is(p, toks[i].end, n.start, "-"))
    {
        return None;
    }
    let spaced = |k: usize| {
        toks.get(k)
            .is_some_and(|n| n.kind == Kind::Word && surface_is(p, toks[k - 1].end, n.start, " "))
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
    // "have now claimed 71 lives", "cost 12 lives": the dead (trial 26 F1).
    let lives = next(i + 1).is_some_and(|n| n.norm == "lives");
    if lives && before.is_some_and(|b| TAKING_LIVES.contains(&b.norm.as_str())) {
        return Some(Toll::Fate(Fate::Dead));
    }
    // "Twelve of the 45 passengers were hurt": the verb after is the part's, not the
    // whole's (trial 26: the flag read "12 ≠ 45 passengers" against "Of the 40
    // passengers, 12 were hurt").
    if whole_of_part(p, i) {
        return None;
    }
    // "a mother of 12 was killed": the verb after is the mother's, not the twelve's.
    let noun_after = next(i + 1).is_some_and(|n| !n.stop && !past_verb(&n.norm));
    // "the evacuation of about 200 nearby residents": the evacuated.
    if let Some(fate) = fate_noun_before(p, i) {
        return Some(Toll::Fate(fate));
    }
    if before.is_some_and(|b| PREPOSITIONS.contains(&b.norm.as_str())) && !noun_after {
        return None;
    }
    let other = match before {
        Some(b) if HOLDING.contains(&b.norm.as_str()) => Some(Toll::Held),
        // "un barco con 200 personas a bordo", "200 people on board": those a vessel
        // carries, unless a word of a toll after it says what befell them ("30 continuam
        // desaparecidas" was flagged against "cerca de 200 pessoas a bordo": trial 43 C6).
        _ if aboard_after(toks, i) => Some(Toll::Held),
        _ => verb_claims(p, i, before).then_some(Toll::Other),
    };
    if let Some(t) = article_toll(p, i) {
        return Some(t);
    }
    let mut prev: Option<&Token> = None;
    for k in i + 1..toks.len().min(i + 7) {
        let n = &toks[k];
        let gap = surface(p, toks[k - 1].end, n.start);
        // A number word of any language is another figure ("cinco plantas dejó dos
        // muertos": the dead are the two's, not the five floors').
        if n.kind != Kind::Word || figure_word(n) || gap.contains([',', ';', ':', '(', ')']) {
            return other;
        }
        if CLAUSE_ENDS.contains(&n.norm.as_str()) {
            return other;
        }
        // "ums Leben gekommen": died.
        if n.norm == "leben" && prev.is_some_and(|b| b.norm == "ums") {
            return Some(Toll::Fate(Fate::Dead));
        }
        // "killed three people": the toll of the figure after the verb, not of this one
        // ("The fire in 12 buildings killed 5 people").
        let object = toks.get(k + 1).is_some_and(|o| {
            surface_is(p, n.end, o.start, " ")
                && (matches!(o.kind, Kind::Number(_) | Kind::Vague)
                    || figure_word(o)
                    || OBJECT_STARTS.contains(&o.norm.as_str()))
        });
        // "drei Rettungshubschrauber flogen Verletzte", "helicopters flew the injured":
        // a toll's noun after a verb is its object, not the figure's fate (trial 32 F5).
        if toll_object(p, i, k, prev) {
            return other;
        }
        if let Some(t) = toll_word(&n.norm).filter(|_| !object) {
            return Some(t);
        }
        // "Two people are in critical condition", "dos en estado crítico": the injured.
        if in_a_condition(prev, n) {
            return Some(Toll::Fate(Fate::Injured));
        }
        prev = Some(n);
    }
    other
}

/// Whether a verb claims the figure at token `i` of `p` (`before`, the word right before
/// it) as a count of people doing something ([`Toll::Other`]): a verb of no toll before it
/// ([`other_verb`]: "infected 5,300 people"), a form of "to have" after it ([`acts`]) or a
/// verb in the past after it (`roles::does`: "Some 150 firefighters were deployed"). No
/// verb claims a count whose clause goes on to tell its fate by a phrase
/// (`fate_phrase::phrase_fate`): "Twelve people were treated in hospital", "Fourteen
/// people were rushed to hospital" count the injured, "300 people were told to leave
/// their homes" the evacuated; the caller reads that phrase when no word of a toll tells
/// another fate.
fn verb_claims(p: &Prepared, i: usize, before: Option<&Token>) -> bool {
    (before.is_some_and(|b| other_verb(&b.norm)) || acts(p, i) || does(p, i))
        && super::fate_phrase::phrase_fate(p, i).is_none()
}

/// Plural articles between a figure and the word of a toll it counts in an Italian,
/// Spanish or Portuguese sentence of no verb ("Tre i feriti", "Due le vittime").
/// Narrower than the articles before a name (`lexicon::articles::BEFORE_NAME`) on
/// purpose: a figure counting people is plural, and only these three languages tell a
/// toll so; "il", "la", "el", "o" after a figure start another phrase.
const ARTICLES_BEFORE_TOLL: &[&str] = &["i", "gli", "le", "los", "las", "os", "as"];

/// The toll of the figure at token `i` of `p` told by a plural article and a word of a
/// toll of another language than English right after it ("Tre i feriti, nessuno in modo
/// grave", "Sono due le vittime"; trial 42 C2).
pub(super) fn article_toll(p: &Prepared, i: usize) -> Option<Toll> {
    let toks = &p.tokens;
    let word = |k: usize| {
        toks.get(k)
            .filter(|t| t.kind == Kind::Word && surface_is(p, toks[k - 1].end, t.start, " "))
    };
    word(i + 1).filter(|n| ARTICLES_BEFORE_TOLL.contains(&n.norm.as_str()))?;
    let c = casualty::count_word(&word(i + 2)?.norm)?;
    (c.language != Language::English).then_some(Toll::Fate(c.fate))
}

/// Nouns of a patient's condition ("in critical condition", "en estado crítico", "dans
/// un état critique", "in condizioni critiche", "in kritischem Zustand", "em estado
/// grave").
const CONDITIONS: &[&str] = &[
    "condition",
    "conditions",
    "estado",
    "état",
    "condizioni",
    "condizione",
    "zustand",
];

/// Words of how badly a patient is hurt, before or after a noun of [`CONDITIONS`]
/// ("critical condition", "estado crítico", "kritischem Zustand").
const SEVERE: &[&str] = &[
    "critical",
    "serious",
    "stable",
    "grave",
    "crítico",
    "crítica",
    "críticos",
    "críticas",
    "graves",
    "critique",
    "critiques",
    "critiche",
    "critica",
    "critico",
    "critici",
    "gravi",
    "kritischem",
    "kritischen",
    "lebensbedrohlichem",
    "ernstem",
];

/// Whether `n` and the word before it (`prev`) tell a patient's condition, either way
/// round ([`CONDITIONS`], [`SEVERE`]): a count so told counts the injured (trial 32: "two
/// people are in critical condition" / "three are critically injured").
fn in_a_condition(prev: Option<&Token>, n: &Token) -> bool {
    prev.is_some_and(|b| {
        (CONDITIONS.contains(&n.norm.as_str()) && SEVERE.contains(&b.norm.as_str()))
            || (SEVERE.contains(&n.norm.as_str()) && CONDITIONS.contains(&b.norm.as_str()))
    })
}

/// Words of "on board" in the languages the toll words know, lower case: "aboard", "on
/// board", "à bord", "an Bord", "a bordo" (Spanish, Italian, Portuguese), "aan boord".
const ABOARD: &[&[&str]] = &[
    &["aboard"],
    &["on", "board"],
    &["à", "bord"],
    &["an", "bord"],
    &["a", "bordo"],
    &["aan", "boord"],
];

/// Whether words of [`ABOARD`] follow the figure at token `i` of `toks`, right after it or
/// after its counted noun ("200 aboard", "200 pessoas a bordo", "200 passengers on
/// board").
fn aboard_after(toks: &[Token], i: usize) -> bool {
    (i + 1..=i + 2).any(|k| ABOARD.iter().any(|words| phrase_at(toks, k, words)))
}

/// Present verbs that hold people rather than tell their fate: "employs about 150
/// people", "beschäftigt 150 Menschen", "emploie 150 personnes", "has 5,000 residents":
/// the figure's toll is [`Toll::Other`], no count of the dead or the injured (trial 32 F5).
const HOLDING: &[&str] = &[
    "employs",
    "employ",
    "employing",
    "houses",
    "hosts",
    "accommodates",
    "beschäftigt",
    "emploie",
    "emploient",
    "emplea",
    "emplean",
    "impiega",
    "impiegano",
    "emprega",
    "empregam",
    // Those a vessel or a vehicle carries ("a boat carrying 200 people", "um barco que
    // transportava cerca de 200 passageiros": trial 43 C6), as those on board
    // ([`ABOARD`]).
    "carrying",
    "carried",
    "transportava",
    "transportaba",
    "transportait",
    "trasportava",
    "transportierte",
    "levava",
    "llevaba",
    "vervoerde",
];

/// Forms of "to have" that open a compound past after a count's people ("600 persone
/// hanno trascorso la notte", "600 people have spent the night").
const HAVE: &[&str] = &[
    "have", "has", "had", "hanno", "avevano", "ont", "avaient", "han", "habían", "têm", "tinham",
];

/// Participles of "to be" after a form of [`HAVE`]: a passive ("have been injured"), whose
/// participle tells the toll.
const BEEN: &[&str] = &["been", "été", "sido", "stato", "stati", "state", "stata"];

/// Whether the people counted at token `i` of `p` did something themselves: a form of
/// [`HAVE`] right after the figure (or after its word of people) and no form of [`BEEN`]
/// after it ("Circa 600 persone hanno trascorso la notte nelle tende", "Circa 800 persone
/// hanno dormito"): unless a word of a toll follows in the clause ("12 people have
/// died"), the count is of those people, no toll ([`Toll::Other`]).
fn acts(p: &Prepared, i: usize) -> bool {
    let toks = &p.tokens;
    let mut k = i + 1;
    if toks.get(k).is_some_and(|t| people_word(&t.norm)) {
        k += 1;
    }
    let spaced = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.kind == Kind::Word && surface(p, toks[k - 1].end, t.start) == " ")
    };
    const HAVE_NOT_BEEN: FormThen = FormThen::Unless(HAVE, BEEN);
    spaced(k) && spaced(k + 1) && HAVE_NOT_BEEN.reads(&toks[k].norm, &toks[k + 1].norm)
}

/// Articles before a noun of a toll that make it the object of a verb ("flew the injured
/// to hospital", "brachten die Verletzten", "ont évacué les blessés").
const OBJECT_ARTICLES: &[&str] = &[
    "the", "die", "der", "den", "les", "los", "las", "gli", "le", "os", "as", "i",
];

/// Whether the word of a toll at token `k` of `p`, after the figure at token `i` (`prev`
/// the word before it), is the object of a verb rather than the figure's fate: after an
/// article ([`OBJECT_ARTICLES`]), or a German noun (capitalised) after the figure's own
/// noun that counts no people ("drei Rettungshubschrauber flogen Verletzte").
fn toll_object(p: &Prepared, i: usize, k: usize, prev: Option<&Token>) -> bool {
    let toks = &p.tokens;
    let n = &toks[k];
    if casualty::count_word(&n.norm).is_none() {
        return false;
    }
    if prev.is_some_and(|b| OBJECT_ARTICLES.contains(&b.norm.as_str())) {
        return true;
    }
    let german = casualty::count_word(&n.norm).is_some_and(|c| c.language == Language::German);
    let capital = p.text.chars().nth(n.start).is_some_and(char::is_uppercase);
    let own_noun = toks
        .get(i + 1)
        .is_some_and(|t| t.kind == Kind::Word && !t.stop && !people_word(&t.norm));
    german && capital && k > i + 2 && own_noun
}

/// Whether token `t` is a number word of a language of the cardinals (`lexicon::
/// cardinal_any`: "dos", "tres", "sei"), which the tokeniser leaves a word.
fn figure_word(t: &Token) -> bool {
    t.kind == Kind::Word && crate::matcher::lexicon::cardinal_any(&t.norm).is_some()
}

/// Verbs that take lives ("claimed 71 lives", "cost 12 lives", "has taken 40 lives"): the
/// figure of the lives is a count of the dead ([`toll_of`]).
const TAKING_LIVES: &[&str] = &[
    "claimed", "claiming", "claims", "claim", "cost", "costing", "took", "taken", "taking",
];

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
        .filter(|b| b.kind == Kind::Word && surface_is(p, b.end, toks[first].start, " "))
}

/// The toll the verb right before the figure at token `i` of `p` (or before its bound)
/// tells: "killed 7 people", "injuring at least 12", "killed 343 of them"; or the verb
/// before a word of others right before the figure, and its "a" ("ferindo outras sete",
/// "hiriendo a otros siete", "blessant trois autres" reads "blessant" after it: trial 42
/// C2).
pub(super) fn governing_toll(p: &Prepared, i: usize) -> Option<Toll> {
    let before = word_before(p, i)?;
    if let Some(t) = toll_word(&before.norm) {
        return Some(t);
    }
    if !others_word(&before.norm) || before.norm.starts_with("other") {
        return None;
    }
    let toks = &p.tokens;
    // The token of `before` ([`word_before`]).
    let k = bound_before(toks, i).1.checked_sub(1).filter(|&k| k > 0)?;
    let spaced = |k: usize| surface_is(p, toks[k - 1].end, toks[k].start, " ");
    let mut verb = k - 1;
    if toks[verb].norm == "a" && verb > 0 && spaced(verb) {
        verb -= 1;
    }
    let word = &toks[verb];
    (word.kind == Kind::Word && spaced(verb + 1))
        .then(|| toll_word(&word.norm))
        .flatten()
}

/// Chinese and Japanese words of a toll right after a count of people ("5人死亡", "7人遇难",
/// "12人受伤", "3人失踪").
const HAN_TOLLS: &[(&str, Fate)] = &[
    ("死亡", Fate::Dead),
    ("遇难", Fate::Dead),
    ("罹难", Fate::Dead),
    ("丧生", Fate::Dead),
    ("身亡", Fate::Dead),
    ("遇害", Fate::Dead),
    ("死", Fate::Dead),
    ("受伤", Fate::Injured),
    ("负伤", Fate::Injured),
    ("負傷", Fate::Injured),
    ("伤", Fate::Injured),
    ("失踪", Fate::Missing),
    ("下落不明", Fate::Missing),
    ("行方不明", Fate::Missing),
];

/// The toll of a Chinese or Japanese count ending at code point `end` of `p`: a word of
/// [`HAN_TOLLS`] right after it ("5人死亡").
pub(super) fn han_toll(p: &Prepared, end: usize) -> Option<Toll> {
    let after: String = p.text.chars().skip(end).take(4).collect();
    HAN_TOLLS
        .iter()
        .find(|(w, _)| after.starts_with(w))
        .map(|&(_, t)| Toll::Fate(t))
}

/// Words between a figure and the whole it is a part of: "three of the injured", "nine
/// of them", "Drei der Verletzten", "trois des blessés", "tres de los heridos", "tre dei
/// feriti", "dois dos feridos", "twee van de gewonden".
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
    // Portuguese and Dutch ("Dois dos homens", "duas das vítimas", "twee van de mannen";
    // trial 41 F3: "Os três homens" / "Dois dos homens" is a part of the three).
    &["dos"],
    &["das"],
    &["deles"],
    &["delas"],
    &["van", "de"],
    &["van", "hen"],
    // German "von ihnen" ("30 weitere wurden verletzt, elf von ihnen schwer": session 55).
    &["von", "ihnen"],
];

/// The token after the partitive words of a figure at token `i` ([`PARTITIVE`]: "three
/// of the injured", "Drei der Verletzten"), `None` when none follow it. Such a figure
/// counts a part of a whole the sentence names, not the whole: "Drei der Verletzten
/// schweben in Lebensgefahr" / "Fünf Menschen wurden verletzt" tell no two tolls. A
/// figure a verb of a toll governs is the toll's count still ("killed 343 of them":
/// [`governing_toll`]).
pub(super) fn partitive(p: &Prepared, i: usize) -> Option<usize> {
    let toks = &p.tokens;
    // Every phrase of both lists begins with a word: a figure before no such word is no
    // part (every figure of a sentence is asked). `None` when a phrase is empty.
    static FIRSTS: std::sync::OnceLock<Option<crate::matcher::text::FxWordSet>> =
        std::sync::OnceLock::new();
    let firsts = FIRSTS.get_or_init(|| {
        let phrases = PARTITIVE.iter().chain(PART_OF_FIGURE);
        phrases.map(|words| words.first().copied()).collect()
    });
    if let Some(firsts) = firsts {
        if !toks
            .get(i + 1)
            .is_some_and(|n| firsts.contains(n.norm.as_str()))
        {
            return None;
        }
    }
    let follows = |words: &&&[&str]| {
        words.iter().enumerate().all(|(k, w)| {
            toks.get(i + 1 + k)
                .is_some_and(|t| t.norm == *w && surface_is(p, toks[i + k].end, t.start, " "))
        })
    };
    // "three of five missiles", "drei von fünf Raketen": a whole told by a figure.
    let of_figure = PART_OF_FIGURE
        .iter()
        .find(|words| whole_figure(p, i) && follows(words) && whole_figure(p, i + 1 + words.len()));
    PARTITIVE
        .iter()
        .find(follows)
        .or(of_figure)
        .map(|words| past_possessor(p, i + 1 + words.len()))
        .filter(|_| governing_toll(p, i).is_none())
}

/// Token `k` after the partitive words of a part, or the figure right after it when `k`
/// is a possessor ("Two of the train's seven carriages": the part is of the seven
/// carriages, as in "Two of the seven carriages", not of the train; trial 50 F9).
fn past_possessor(p: &Prepared, k: usize) -> usize {
    let possessor = p
        .tokens
        .get(k)
        .is_some_and(|t| crate::matcher::flags::facilities::possessive(&p.text, t));
    match possessor && whole_figure(p, k + 1) {
        true => k + 1,
        false => k,
    }
}

/// Words between a part and a whole told by a figure right after them ("three of five
/// missiles", "drei von fünf", "tres de cinco", "trois sur cinq",
/// "tre su cinque"), besides those of [`PARTITIVE`] ("two of the five missiles").
const PART_OF_FIGURE: &[&[&str]] = &[&["of"], &["von"], &["de"], &["sur"], &["su"], &["di"]];

/// Whether token `k` of `p` is a figure that is no date, in figures or a number word of
/// any language the lexicon knows ("5", "five", "cinq", "fünf"): a part or its whole
/// ("three out of five" is a proportion, `figures::proportion`).
fn whole_figure(p: &Prepared, k: usize) -> bool {
    use crate::matcher::text::Kind;
    p.tokens.get(k).is_some_and(|t| {
        !t.date
            && match t.kind {
                Kind::Number(_) => true,
                Kind::Word => crate::matcher::lexicon::cardinal_any(&t.norm).is_some(),
                _ => false,
            }
    })
}

/// The token after the figure that tells the whole of part `i` ("missiles" of "three of
/// five missiles", "Raketen" of "zwei der fünf Raketen"), when the whole is a figure
/// ([`partitive`]); `None` for a whole told by a noun ("three of the injured") or no part.
pub(super) fn part_of_figure(p: &Prepared, i: usize) -> Option<usize> {
    partitive(p, i)
        .filter(|&k| whole_figure(p, k))
        .map(|k| k + 1)
}

/// Whether the figure at token `i` of `p` is the whole a part before it is of ("45" of
/// "Twelve of the 45 passengers": [`partitive`]): what happened to the part is not its
/// toll, and it counts no fate. A possessor may stand between ("Two of the train's seven
/// carriages": four tokens back).
pub(super) fn whole_of_part(p: &Prepared, i: usize) -> bool {
    (i.saturating_sub(4)..i).any(|k| partitive(p, k) == Some(i))
}

//! Phrases of another time than the story's (trial 26, F15; `background.rs` cuts what they
//! tell): a sentence led by a year that is not the article's own, by a count of years
//! ago or by last year ([`past_lead`]), a relative clause about a past year
//! ([`past_relative`]) and a toll whose clause holds a year before the article's near its
//! words ([`past_toll_clause`]: "A similar blast in 2015 killed 62 people", "The 2015
//! bombing killed 62"), in English, French, German, Spanish and Italian, when what they
//! tell is a toll ([`tells_toll`]: "eleven people died", "avait fait deux morts") or a
//! damage told with a figure ("burned some 13,000 hectares", "destroyed 40 homes":
//! trial 54 F1).
//!
//! Only a past toll or damage is cut: two outlets often give the same background ("In
//! December 2008, three men emptied … the jewellery store", "In 1957, Gigante was the
//! hitman …"), and those are links of the development pairs that a cut would lose (mean
//! AP 0.631 -> 0.609 when every such sentence was cut); a past toll is what reads as the
//! story's own toll and is linked to its headline (57-68 % in trial 26), as a past fire's
//! hectares read as the story's fire's (0.741 in trial 54).

use super::another_event::another_event_word;
use crate::matcher::lexicon::cardinal_any;
use crate::matcher::lexicon::casualty::count_word;
use crate::matcher::lexicon::damage::{is_damage_word, FROM_HOMES};
use crate::matcher::lexicon::fate_phrases::{EVACUATION_NOUNS, LEFT_HOMES};
use crate::matcher::lexicon::past::{opens_with, AGO, LAST_YEAR};
use crate::matcher::text::{phrase_at, FxMap, Kind, Token};

/// The year token `t` is (`Token::year`) when it is written as one, four figures alone:
/// "2021", not "2,000" nor "2.000" (trial 54: "06:10 The fire has burned around 2,000
/// hectares" read as burned in the year 2000, the stamp's "06" its figure, and was cut).
fn year(t: &Token) -> Option<u32> {
    t.year().filter(|_| t.end.saturating_sub(t.start) == 4)
}

/// Whether token `t` is a year other than the article's own (`own`).
fn other_year(t: &Token, own: &[u32]) -> bool {
    year(t).is_some_and(|y| !own.contains(&y))
}

/// How many tokens may lead a sentence before its year ("In early March 2019", "El 12 de
/// marzo de 2019").
const YEAR_WITHIN: usize = 6;

/// Words that may stand before the year of a leading date besides stop words, months and
/// days of the month ("In early March 2019", "Im Jahr 2019", "Au printemps 2019").
const DATE_WORDS: &[&str] = &[
    "early",
    "late",
    "mid",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "year",
    "jahr",
    "jahre",
    "frühjahr",
    "sommer",
    "herbst",
    "début",
    "fin",
    "printemps",
    "été",
    "automne",
    "hiver",
    "année",
    "año",
    "principios",
    "finales",
    "verano",
    "invierno",
    "primavera",
    "otoño",
    "anno",
    "inizio",
    "estate",
    "autunno",
    "inverno",
];

/// Where the leading phrase of another time ends (code points, the end of its last word)
/// in a sentence of `tokens`, when it is led by one and has words after it:
/// - a date whose year is not the article's own (`own`) within [`YEAR_WITHIN`] tokens,
///   after an opening word and only stop words, months, days of the month and
///   [`DATE_WORDS`] ("In March 2019", "En 2019", "Im Jahr 2019", "Nel 2019");
/// - a count of years ago (`lexicon::past::AGO`) or last year (`lexicon::past::LAST_YEAR`);
///
/// and the words after it tell a toll ([`tells_toll`]).
pub(super) fn past_lead(tokens: &[Token], own: &[u32]) -> Option<usize> {
    let lead = opens_with(tokens, AGO)
        .or_else(|| opens_with(tokens, LAST_YEAR))
        .or_else(|| {
            let k = (1..tokens.len().min(YEAR_WITHIN)).find(|&k| year(&tokens[k]).is_some())?;
            let dated = tokens[..k].iter().all(|t| match t.kind {
                Kind::Month(_) => true,
                Kind::Number(v) => v <= 31.0,
                _ => t.stop || DATE_WORDS.contains(&t.norm.as_str()),
            });
            (dated && other_year(&tokens[k], own)).then_some(k + 1)
        })?;
    tells_toll(&tokens[lead..]).then(|| tokens[lead - 1].end)
}

/// Whether `tokens` tell a toll: a word of a casualty count (`casualty::count_word`:
/// "died", "killed", "morts", "Tote", "arrested"), of damage ([`toll_word`]: "burned",
/// "détruits") or a phrase of people driven from their homes ([`driven_out`]: "forced
/// 1,500 people from their homes") and a figure that is no year ("eleven", "11", "deux",
/// "13,000"), no age ([`age`]) and no length of time ([`duration`]).
pub(super) fn tells_toll(tokens: &[Token]) -> bool {
    let count = |(k, t): (usize, &Token)| figure(t) && !age(tokens, k) && !duration(tokens, k);
    (tokens.iter().any(toll_word) || driven_out(tokens)) && tokens.iter().enumerate().any(count)
}

/// Whether `tokens` tell people driven from their homes: a phrase of
/// `lexicon::damage::FROM_HOMES` ("from their homes", "aus ihren Häusern") or of
/// `lexicon::fate_phrases::LEFT_HOMES` ("leave their homes", "ihre Häuser verlassen")
/// at some token (session 52: "Last year a similar blaze forced 1,500 people from their
/// homes" told no toll, and was flagged against the story's evacuated).
fn driven_out(tokens: &[Token]) -> bool {
    (0..tokens.len()).any(|k| {
        FROM_HOMES
            .iter()
            .chain(LEFT_HOMES)
            .any(|words| phrase_at(tokens, k, words))
    })
}

/// Whether the figure at token `k` of `tokens` counts units of time, not people: a unit
/// of time right after it ("spent eight months in pre-trial detention", "pasó ocho meses
/// en prisión", "four years ago": `flags::is_duration`). Trial 34, F1: "Ortega was arrested
/// in March 2020 and spent eight months in pre-trial detention" read as a past toll of
/// eight arrests, so the sentence read as nothing and its true parallel scored 0.
fn duration(tokens: &[Token], k: usize) -> bool {
    tokens
        .get(k + 1)
        .is_some_and(crate::matcher::flags::is_duration)
}

/// Words right before a figure that make it an age, not a count ("died in 2002 at age
/// 61", "aged 61", "à l'âge de 61 ans", "im Alter von 61").
const AGE: &[&str] = &["age", "aged", "âge", "alter", "edad", "età"];

/// Whether the figure at token `k` of `tokens` is an age: after a word of [`AGE`], maybe
/// with one preposition between ("at the age of 61", "im Alter von 61").
fn age(tokens: &[Token], k: usize) -> bool {
    tokens[k.saturating_sub(2)..k]
        .iter()
        .any(|t| AGE.contains(&t.norm.as_str()))
}

/// How many tokens a past year may stand from a word of the toll it dates ("A similar
/// blast in 2015 killed 62 people", "The 2015 bombing killed 62", "killed 62 people in
/// March 2015"): farther, it dates something else ("killed 65 people at a market that
/// opened in 2015").
const YEAR_NEAR: usize = 7;

/// Whether token `t` is a year before the article's (`own`, the years of its first
/// sentences): before the latest of them; when the article names no year, any year (as
/// [`past_lead`] reads it).
fn past_year(t: &Token, own: &[u32]) -> bool {
    year(t).is_some_and(|y| own.is_empty() || own.iter().any(|&o| y < o))
}

/// Where a toll dated to a past year inside its own clause is cut (code points: the end
/// of the word the kept part ends with), when the year stands anywhere in the clause
/// (trial 27 F2: "A similar blast in 2015 killed 62 people", "The 2015 bombing killed
/// 62", "killed 62 people in March 2015", "Un attentat semblable en 2015 avait fait 62
/// morts"), not only leading it ([`past_lead`]):
/// - the clause (up to a comma or the end, [`clause_end`]) tells a toll ([`tells_toll`]);
/// - a year before the article's ([`past_year`]), not a date after "since" ("the
///   deadliest since 2015": `SINCE` of `background.rs`), stands within [`YEAR_NEAR`]
///   tokens of one of the toll's words (its figure or its casualty word), no relative
///   word between them ("… at a market that opened in 2015").
///
/// A later clause is cut at its comma when `min_kept` tokens come before it ("Sunday's
/// blast killed 65 people, more than the 62 killed in a 2015 attack"); the first clause
/// keeps the words before its toll when they hold the year ("A similar blast in 2015"),
/// else nothing: "A bomb killed 62 people in March 2015" and "Sixty-two people died in a
/// similar blast in 2015" read as nothing (a past toll alone is no fact of the story).
/// A toll whose year stands in the aside right before it, an aside of time and place
/// alone ([`dated_aside`]: "Italy's last deadly derailment, near Milan in 2018, killed
/// three people", trial 34 F18 and F8), is cut from the aside on.
/// `None` when no clause is so dated, or when the article's own year dates it.
pub(super) fn past_toll_clause(
    sentence: &[char],
    tokens: &[Token],
    own: &[u32],
    min_kept: usize,
) -> Option<usize> {
    // A dated toll needs a past year in its clause: without one in the whole sentence
    // no clause can be one (speed only: the answer is the same).
    if !tokens.iter().any(|t| past_year(t, own)) {
        return None;
    }
    let (mut c, mut before) = (0, None);
    while c < tokens.len() {
        let end = clause_end(sentence, tokens, c);
        let clause = &tokens[c..end];
        if (c == 0 || c >= min_kept) && tells_toll(clause) && dated_toll(clause, own) {
            if c > 0 {
                return Some(tokens[c - 1].end);
            }
            // The words before the toll, when its year is among them ("A similar blast in
            // 2015"); else nothing.
            let first = clause.iter().position(|t| toll_word(t) || figure(t))?;
            let dated = clause[..first].iter().any(|t| past_year(t, own));
            return Some(if dated { tokens[first - 1].end } else { 0 });
        }
        // A toll whose time stands in the aside right before it ("Italy's last deadly
        // derailment, near Milan in 2018, killed three people"): cut from the aside on.
        if let Some(a) = before.filter(|&a| a > 0) {
            if tells_toll(clause)
                && dated_aside(&tokens[a..c], own)
                && dated_toll(&tokens[a..end], own)
            {
                return Some(if a >= min_kept { tokens[a - 1].end } else { 0 });
            }
        }
        before = Some(c);
        c = end;
    }
    None
}

/// Words of place and time an aside that dates a toll may hold besides stop words, names
/// and its date ("near Milan in 2018", "vicino a Milano nel 2018", "près de Lyon en
/// 2015"): prepositions the stop words lack ("nel", "nella", "im").
const PLACE_WORDS: &[&str] = &[
    "near", "outside", "north", "south", "east", "west", "vicino", "presso", "nei", "pressi",
    "nel", "nell", "nella", "del", "della", "dal", "près", "nahe", "im", "am", "bei", "cerca",
    "en", "el", "de",
];

/// Whether `aside` (the tokens of a clause set off by commas, `past_toll_clause`) is a
/// time and place alone, with a year before the article's ([`past_year`]): its other
/// words are stop words, names, months, days of the month, [`DATE_WORDS`] and
/// [`PLACE_WORDS`] ("near Milan in 2018", "vicino a Milano nel 2018"). An aside with a
/// word of its own ("bought in 2015") dates something else than the toll after it.
fn dated_aside(aside: &[Token], own: &[u32]) -> bool {
    aside.iter().any(|t| past_year(t, own))
        && aside.iter().all(|t| match t.kind {
            Kind::Month(_) => true,
            Kind::Number(v) => year(t).is_some() || v <= 31.0,
            _ => {
                t.stop
                    || t.proper
                    || DATE_WORDS.contains(&t.norm.as_str())
                    || PLACE_WORDS.contains(&t.norm.as_str())
            }
        })
}

/// Whether a past year of `clause` dates its toll (see [`past_toll_clause`]): within
/// [`YEAR_NEAR`] tokens of a word of the toll or of a word naming another event
/// (`another_event::another_event_word`: "died in a similar crash on the same road in
/// 2019").
fn dated_toll(clause: &[Token], own: &[u32]) -> bool {
    let since = |y: usize| {
        clause[y.saturating_sub(2)..y]
            .iter()
            .any(|t| super::background::SINCE.contains(&t.norm.as_str()))
    };
    let relative = |a: usize, b: usize| {
        clause[a.min(b) + 1..a.max(b)]
            .iter()
            .any(|t| t.norm == "that" || RELATIVES.contains(&t.norm.as_str()))
    };
    // The toll's words, or a word that names its event as another one ("in a similar
    // crash on the same road in 2019": `another_event.rs`).
    let of_toll =
        |w: usize| toll_word(&clause[w]) || figure(&clause[w]) || another_event_word(clause, w);
    (0..clause.len())
        .filter(|&y| past_year(&clause[y], own) && !since(y))
        .any(|y| {
            let near = y.saturating_sub(YEAR_NEAR)..(y + YEAR_NEAR + 1).min(clause.len());
            near.into_iter().any(|w| of_toll(w) && !relative(w, y))
        })
}

/// Whether token `t` is a casualty word of a count (`casualty::count_word`), a noun of
/// evacuation (`lexicon::fate_phrases::EVACUATION_NOUNS`) or a word of damage (`lexicon::damage`: "burned some 13,000 hectares",
/// "destroyed 40 homes", "1,500 people were displaced"; trial 54 F1: a past fire's
/// hectares read as the story's, 0.741 with a solid number flag against its live update).
fn toll_word(t: &Token) -> bool {
    count_word(&t.norm).is_some()
        || EVACUATION_NOUNS.contains(&t.norm.as_str())
        || is_damage_word(&t.norm)
}

/// Whether token `t` is a figure that is no year ("eleven", "11", "deux", "2,000").
fn figure(t: &Token) -> bool {
    match t.kind {
        Kind::Number(_) => year(t).is_none(),
        _ => cardinal_any(&t.norm).is_some(),
    }
}

/// Words that open a relative clause ("which", "qui", "die", "que", "che"), right after
/// a comma or after a preposition there ("in which", "bei dem", "en el que", "in cui").
const RELATIVES: &[&str] = &[
    "which", "who", "qui", "où", "lequel", "laquelle", "lesquels", "die", "der", "das", "dem",
    "denen", "que", "cual", "donde", "che", "cui", "quale",
];

/// Whether token `i` of `tokens` (right after a comma) opens a relative clause
/// ([`RELATIVES`], maybe after one preposition) about a year other than the article's own
/// (`own`): the year within the three tokens before it or among the last three of its
/// clause (up to a comma or the end of the sentence), the clause telling a toll
/// ([`tells_toll`]).
pub(super) fn past_relative(sentence: &[char], tokens: &[Token], i: usize, own: &[u32]) -> bool {
    if !opens_relative(tokens, i) {
        return false;
    }
    let end = clause_end(sentence, tokens, i);
    let before = tokens[i.saturating_sub(3)..i].iter();
    let last = tokens[end.saturating_sub(3).max(i)..end].iter();
    before.chain(last).any(|t| other_year(t, own)) && tells_toll(&tokens[i..end])
}

/// Whether token `i` of `tokens` opens a relative clause ([`RELATIVES`], maybe after one
/// preposition: "in which").
fn opens_relative(tokens: &[Token], i: usize) -> bool {
    let relative = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| RELATIVES.contains(&t.norm.as_str()))
    };
    relative(i) || (tokens[i].stop && relative(i + 1))
}

/// Whether token `i` of `tokens` (right after a comma) opens a relative clause about a
/// past event that a word of memory before it recalls (`lexicon::memories`: "The spill
/// revived memories of the Erika, which broke in two off Brittany in December 1999 and
/// spilt some 20,000 tonnes of oil": trial 58, its tonnes and its date were flagged
/// against the story's): a year other than the article's own (`own`) anywhere in the
/// clause, and a figure that is no year. What such a clause tells need not be a toll.
pub(super) fn remembered_relative(
    sentence: &[char],
    tokens: &[Token],
    i: usize,
    own: &[u32],
) -> bool {
    use crate::matcher::lexicon::memories::is_memory_word;
    if !opens_relative(tokens, i) || !tokens[..i].iter().any(|t| is_memory_word(&t.norm)) {
        return false;
    }
    let clause = &tokens[i..clause_end(sentence, tokens, i)];
    clause.iter().any(|t| other_year(t, own)) && clause.iter().any(figure)
}

/// Where the clause that token `i` of `tokens` opens ends: the first token after it that
/// follows a comma of `sentence`, or the end of the sentence.
pub(super) fn clause_end(sentence: &[char], tokens: &[Token], i: usize) -> usize {
    (i + 1..tokens.len())
        .find(|&k| {
            sentence
                .get(tokens[k - 1].end..tokens[k].start)
                .is_some_and(|g| g.contains(&','))
        })
        .unwrap_or(tokens.len())
}

/// Phrases that tell a habit, not an event ("Road accidents kill thousands of people in
/// Peru every year", trial 28 F9): "every year", "each year", "annually", "year after
/// year", "jedes Jahr", "jährlich", "chaque année", "tous les ans", "cada año", "todos los
/// años", "ogni anno", "tutti gli anni".
const HABITS: &[&[&str]] = &[
    &["every", "year"],
    &["each", "year"],
    &["every", "week"],
    &["each", "week"],
    &["every", "month"],
    &["each", "month"],
    &["every", "summer"],
    &["every", "winter"],
    &["every", "few", "years"],
    &["every", "few", "weeks"],
    &["every", "few", "months"],
    &["annually"],
    &["weekly"],
    &["monthly"],
    &["year", "after", "year"],
    &["jedes", "jahr"],
    &["jede", "woche"],
    &["jeden", "monat"],
    &["jeden", "sommer"],
    &["jährlich"],
    &["alljährlich"],
    &["wöchentlich"],
    &["monatlich"],
    &["chaque", "année"],
    &["chaque", "semaine"],
    &["chaque", "mois"],
    &["chaque", "été"],
    &["tous", "les", "ans"],
    &["tous", "les", "mois"],
    &["toutes", "les", "semaines"],
    &["cada", "año"],
    &["cada", "semana"],
    &["cada", "mes"],
    &["cada", "ano"],
    &["cada", "mês"],
    &["todos", "los", "años"],
    &["todos", "los", "meses"],
    &["todas", "las", "semanas"],
    &["todos", "os", "anos"],
    &["todos", "os", "meses"],
    &["todas", "as", "semanas"],
    &["ogni", "anno"],
    &["ogni", "settimana"],
    &["ogni", "mese"],
    &["tutti", "gli", "anni"],
];

/// Words that, before "since" and its year in one clause, make the clause a history of
/// what has gone on since, not the event ("has been repeatedly shelled since 2022", "the
/// first derby to be postponed since 2015", "immer wieder ... seit 2022", "à plusieurs
/// reprises depuis 2022", "el primer derbi ... desde 2015"): a word of repetition, the
/// ordinal first, or an English perfect's "has" / "have" / "had".
const HISTORY_CUES: &[&str] = &[
    "repeatedly",
    "regularly",
    "frequently",
    "constantly",
    "routinely",
    "first",
    "has",
    "have",
    "had",
    "immer",
    "wiederholt",
    "regelmäßig",
    "erste",
    "ersten",
    "erstes",
    "erstmals",
    "reprises",
    "régulièrement",
    "premier",
    "première",
    "repetidamente",
    "reiteradamente",
    "regularmente",
    "primer",
    "primera",
    "primero",
    "ripetutamente",
    "regolarmente",
    "primo",
];

/// Words of the story's own day: a sentence naming one tells the event ("since 2015" or
/// "every year" in it notwithstanding).
const DAY_WORDS: &[&str] = &[
    "today",
    "yesterday",
    "tonight",
    "heute",
    "gestern",
    "aujourd",
    "hier",
    "hoy",
    "ayer",
    "oggi",
    "ieri",
];

/// Whether `norm` (a token's lower-case word) is a word of the story's own day
/// ([`DAY_WORDS`]: "yesterday", "gestern", "hier"), read by the speakers too ("...,
/// sagte gestern der Bürgermeister").
pub(in crate::matcher) fn is_day_word(norm: &str) -> bool {
    DAY_WORDS.contains(&norm)
}

/// Whether a sentence of `tokens` (`sentence` its text) is background as a whole, a habit
/// or a history rather than the event (trial 28, F9), and names no day of the story (no
/// weekday, no [`DAY_WORDS`]: "since Monday", "every year ... on Sunday" are the event's
/// time):
/// - it tells a habit ([`HABITS`]: "Road accidents kill thousands of people in Peru
///   every year") outside an [`aside`] ("The festival, held every year in August, was
///   cancelled" tells the event);
/// - or a clause of it tells what has gone on since a year ("since 2015", "seit March
///   2022": a `SINCE` word of `background.rs`, maybe a month or [`DATE_WORDS`], then a
///   year), with a word of [`HISTORY_CUES`] in that clause ("It is the first derby to be
///   postponed since 2015", "Kharkiv has been repeatedly shelled since 2022"), and the
///   sentence gives no figure but years ("The firm has hired 500 people since 2019" tells
///   a figure of its story).
///
/// The score and the flags read nothing of such a sentence ([`background_start`] gives 0),
/// so it is neither linked to the event's sentences nor flagged against their counts
/// (`24 people ≠ thousands of people`). "Since the quake", "since Sunday" and a
/// superlative's "the deadliest since 2019" are no such history.
///
/// [`background_start`]: super::background::background_start
pub(super) fn habit_or_history(sentence: &[char], tokens: &[Token]) -> bool {
    let day =
        |t: &Token| matches!(t.kind, Kind::Weekday(_)) || DAY_WORDS.contains(&t.norm.as_str());
    if tokens.iter().any(day) {
        return false;
    }
    // A habit's phrase opens at a token that is the first word of one of them (most tokens
    // are none: they are passed over without comparing them to every phrase).
    let habit_at = |i: usize| {
        habit_first_words().contains_key(tokens[i].norm.as_str())
            && opens_with(&tokens[i..], HABITS).is_some()
            && !habit_word_before_noun(sentence, tokens, i)
    };
    if (0..tokens.len()).any(|i| habit_at(i) && !aside(sentence, tokens, i)) {
        return true;
    }
    let figures = tokens.iter().any(figure);
    !figures && (0..tokens.len()).any(|i| history_since(sentence, tokens, i))
}

/// Words of [`HABITS`] that are English adjectives too: before a noun they tell what the
/// noun is, not a habit of the event ("platforms with more than 50 million *monthly*
/// users", "the *weekly* newspaper"; trial 38, F4: the sentence was read as nothing and
/// its parallel "at least 100 million monthly active users" scored 0).
const HABIT_ADJECTIVES: &[&str] = &["monthly", "weekly"];

/// Whether token `i` of `tokens` is a word of [`HABIT_ADJECTIVES`] that stands right
/// before a content word of its clause (no punctuation between: "monthly users", not
/// "publishes the figures monthly." nor "meets weekly, on Fridays"), as an adjective does.
fn habit_word_before_noun(sentence: &[char], tokens: &[Token], i: usize) -> bool {
    let Some(next) = tokens.get(i + 1) else {
        return false;
    };
    let joined = sentence
        .get(tokens[i].end..next.start)
        .is_some_and(|g| g.iter().all(|c| c.is_whitespace()));
    HABIT_ADJECTIVES.contains(&tokens[i].norm.as_str())
        && joined
        && next.kind == Kind::Word
        && !next.stop
        && !next.date
}

/// The first words of the phrases of [`HABITS`] (none of them a count, `#`): a token that
/// is none of them opens no habit (speed only, `habit_or_history`).
fn habit_first_words() -> &'static FxMap<&'static str, ()> {
    static FIRST: std::sync::OnceLock<FxMap<&'static str, ()>> = std::sync::OnceLock::new();
    FIRST.get_or_init(|| {
        HABITS
            .iter()
            .filter_map(|w| Some((*w.first()?, ())))
            .collect()
    })
}

/// Whether token `i` of `tokens` stands in an aside of its sentence, a clause that is not
/// its main one (trial 31, F16: "The festival, held every year in August, was cancelled"
/// tells a one-time event with a habit beside it): a clause set off by commas on both
/// sides, or a last clause after a comma opened by a relative word ([`RELATIVES`], "that":
/// "Organisers cancelled the festival, which is held every year"). A clause that opens
/// the sentence ("Each year, floods displace ...") or its only clause is no aside.
fn aside(sentence: &[char], tokens: &[Token], i: usize) -> bool {
    let comma_before = |k: usize| {
        k >= 1
            && sentence
                .get(tokens[k - 1].end..tokens[k].start)
                .is_some_and(|g| g.contains(&','))
    };
    let Some(start) = (1..=i).rev().find(|&k| comma_before(k)) else {
        return false;
    };
    let end = clause_end(sentence, tokens, i);
    let relative = |t: &Token| t.norm == "that" || RELATIVES.contains(&t.norm.as_str());
    end < tokens.len() || relative(&tokens[start])
}

/// Whether token `i` of `tokens` is a `SINCE` word before a year (maybe after a month or
/// [`DATE_WORDS`]: "since March 2022", "since early 2022") with a word of
/// [`HISTORY_CUES`] in its clause (up to the commas around it, or to the next comma when
/// the clause is its date alone: see [`habit_or_history`]).
fn history_since(sentence: &[char], tokens: &[Token], i: usize) -> bool {
    if !super::background::SINCE.contains(&tokens[i].norm.as_str()) {
        return false;
    }
    let year = tokens[i + 1..]
        .iter()
        .take(3)
        .position(|t| t.year().is_some());
    let dated = year.is_some_and(|k| {
        tokens[i + 1..i + 1 + k]
            .iter()
            .all(|t| matches!(t.kind, Kind::Month(_)) || DATE_WORDS.contains(&t.norm.as_str()))
    });
    let comma_before = |k: usize| {
        sentence
            .get(tokens[k - 1].end..tokens[k].start)
            .is_some_and(|g| g.contains(&','))
    };
    let start = (1..=i).rev().find(|&k| comma_before(k)).unwrap_or(0);
    let mut end = clause_end(sentence, tokens, i);
    // "Since 2015, no derby had been called off": a clause of its date alone reaches to
    // the next comma.
    if year.is_some_and(|k| end == i + k + 2) {
        end = clause_end(sentence, tokens, end);
    }
    dated
        && tokens[start..end]
            .iter()
            .any(|t| HISTORY_CUES.contains(&t.norm.as_str()))
}

#[cfg(test)]
mod tests_habit_words {
    use super::*;
    use crate::matcher::features::{Idf, Prepared};

    #[test]
    fn every_habit_opens_at_one_of_the_first_words() {
        for words in HABITS {
            assert_ne!(words[0], "#", "a count opens no habit");
            assert!(habit_first_words().contains_key(words[0]), "{words:?}");
            let text = format!("Floods hit the valley {} again.", words.join(" "));
            let p = Prepared::new(&text, Idf::builtin());
            let chars: Vec<char> = text.chars().collect();
            assert!(habit_or_history(&chars, &p.tokens), "{text}");
        }
    }
}

//! Background about another event of the story's kind (session 52): a sentence that names
//! its event as another one ("a similar crash", "the previous fire", "un incendio simile":
//! `lexicon::another_event`) tells that event's toll, not the story's, whatever the
//! article around it.
//! - [`another_event_lead`]: a sentence led by such an event that tells a toll is read as
//!   that phrase alone ("The previous fire forced 1,500 people from their homes" reads
//!   "The previous fire"), as a sentence led by another time is (`past_time::past_lead`).
//! - [`own_years`]: the years a sentence lends the article as its own: none from a
//!   sentence that tells another event. "In 2019, eleven people died in a similar crash on
//!   the same road." as the one sentence of a file was read as its own year's story,
//!   0.932 with "eleven people ≠ Three people" against "Three people died in Tuesday's
//!   crash, police said."; its year is now another time's, so it reads "In 2019".

use super::past_time::{is_day_word, tells_toll};
use crate::matcher::flags::is_duration;
use crate::matcher::lexicon::another_event::is_another_event_word;
use crate::matcher::lexicon::DAY_PARTS;
use crate::matcher::text::{Kind, Token};

/// How many tokens may stand before the word of another event that leads a sentence
/// ("The previous fire", "Bei einem ähnlichen Brand", "Un incendio simile").
const LEAD_WITHIN: usize = 4;

/// Whether token `k` of `tokens` names another event: a word of
/// `lexicon::another_event` whose noun is no word of time (a unit of time, a part of the
/// day, a month or a weekday: "the previous day", "la semaine précédente", "vorige
/// week", "the previous night" tell the story's own time). Its noun is the word right
/// before it when that is no stop word ("un incendio simile", "la semaine précédente"),
/// else the word right after it ("a similar blaze", "einem ähnlichen Brand").
pub(super) fn another_event_word(tokens: &[Token], k: usize) -> bool {
    let time = |t: &Token| {
        t.date
            || matches!(t.kind, Kind::Month(_) | Kind::Weekday(_))
            || is_duration(t)
            || DAY_PARTS.iter().any(|(w, _)| *w == t.norm)
    };
    let before = k
        .checked_sub(1)
        .and_then(|i| tokens.get(i))
        .filter(|t| t.kind == Kind::Word && !t.stop);
    let noun = before.or_else(|| tokens.get(k + 1));
    is_another_event_word(&tokens[k].norm) && !noun.is_some_and(time)
}

/// Whether a sentence of `tokens` names another event ([`another_event_word`]).
pub(super) fn tells_another_event(tokens: &[Token]) -> bool {
    (0..tokens.len()).any(|k| another_event_word(tokens, k))
}

/// The years a sentence of `tokens` gives the article as its own when it is one of its
/// first sentences (`background::OWN_SENTENCES`): those it names, none when it tells
/// another event ([`tells_another_event`]: "In 2019, eleven people died in a similar
/// crash" dates that crash, not the story) or recalls one (`lexicon::memories`).
pub(super) fn own_years(tokens: &[Token]) -> Vec<u32> {
    // A sentence that recalls a past event ("revived memories of the Erika, which …
    // in December 1999": `lexicon::memories`) dates that event too.
    let recalls = || {
        tokens
            .iter()
            .any(|t| crate::matcher::lexicon::memories::is_memory_word(&t.norm))
    };
    if tells_another_event(tokens) || recalls() {
        return Vec::new();
    }
    tokens.iter().filter_map(Token::year).collect()
}

/// Where the leading phrase of another event ends in a sentence of `tokens` (code
/// points, the end of its last word), when:
/// - the word of another event ([`another_event_word`]) stands within [`LEAD_WITHIN`]
///   tokens of the start, after stop words and at most one other word right before it
///   ("The previous fire", "Bei einem ähnlichen Brand", "Un incendio simile");
/// - the sentence names no time of the story (a weekday, "today", "yesterday", a year of
///   the article's own, `own`: "A similar blast killed 62 people on Sunday", "A similar
///   blast in 2026 killed 62 people" in an article of 2026, may tell the story's own);
/// - the words after the phrase tell a toll (`past_time::tells_toll`).
///
/// The phrase ends with the word after the word of another event when only stop words
/// lead it ("a similar blaze", "einem ähnlichen Brand"), else with that word ("un
/// incendio simile"). `None` when the sentence is not so led.
pub(super) fn another_event_lead(tokens: &[Token], own: &[u32]) -> Option<usize> {
    let k = (0..tokens.len().min(LEAD_WITHIN)).find(|&k| another_event_word(tokens, k))?;
    let words_before: Vec<usize> = (0..k).filter(|&i| !tokens[i].stop).collect();
    let noun_before = match words_before.as_slice() {
        [] => false,
        [i] if *i + 1 == k => true,
        _ => return None,
    };
    let day = |t: &Token| {
        matches!(t.kind, Kind::Weekday(_))
            || is_day_word(&t.norm)
            || t.year().is_some_and(|y| own.contains(&y))
    };
    if tokens.iter().any(day) {
        return None;
    }
    let noun_after = !noun_before
        && tokens
            .get(k + 1)
            .is_some_and(|t| t.kind == Kind::Word && !t.stop);
    let last = k + usize::from(noun_after);
    tells_toll(&tokens[last + 1..]).then(|| tokens[last].end)
}

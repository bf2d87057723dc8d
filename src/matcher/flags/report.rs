//! The place and the date of a report are not those of the fact: "Brooks told reporters
//! in Seoul on Monday that the soldier crossed the line on Sunday at Panmunjom" places and
//! dates the telling in Seoul on Monday, the crossing at Panmunjom on Sunday.

use crate::matcher::speakers::SPEECH;
use crate::matcher::text::{FxWordSet, Kind, Token};

/// Words of speaking that are not in the speech verbs of `speakers::SPEECH` ("Speaking in
/// Geneva, the minister said ...").
const SPEAKING: &[&str] = &[
    "speaking",
    "saying",
    "telling",
    "spoke",
    "speaks",
    "speak",
    "addressing",
    "addressed",
    "interviewed",
    "remarks",
    "comments",
];

/// Words that may stand between a speech verb and the place or date of the report:
/// determiners, prepositions, the occasion ("said at a rally in Ohio", "told a news
/// conference in Seoul"), words of time ("said today (10 October 2011)"); and the
/// audience ([`AUDIENCE`]: "told reporters in Seoul").
const REPORT_PATH: &[&str] = &[
    "the",
    "a",
    "an",
    "at",
    "in",
    "on",
    "during",
    "to",
    "before",
    "with",
    "release",
    "his",
    "her",
    "their",
    "last",
    "this",
    "news",
    "press",
    "campaign",
    "conference",
    "briefing",
    "interview",
    "statement",
    "hearing",
    "rally",
    "meeting",
    "summit",
    "speech",
    "event",
    "visit",
    "session",
    "ceremony",
    "forum",
    "today",
    "yesterday",
    "tonight",
    "earlier",
    "late",
    "early",
    "via",
    "online",
];

/// The audiences a report is told to, read as [`REPORT_PATH`] words: a word right before
/// one is the audience's too ("cheering supporters", "foreign reporters").
const AUDIENCE: &[&str] = &[
    "reporters",
    "journalists",
    "media",
    "lawmakers",
    "supporters",
    "crowd",
    "audience",
];

/// Whether the phrase starting at token `first` (a place preposition, or the first token of
/// a date expression) places or dates a report: a speech verb or a word of speaking is
/// reached going back over at most seven [`REPORT_PATH`] words, dates, names or words of
/// an [`AUDIENCE`] ("said at a
/// rally in Ohio", "told reporters on Monday in Seoul", "Speaking in Geneva", "announced on
/// Twitter today (14 October 2011)", "said last Friday"). A content word on the way ("said
/// the dam burst in Ohio", "said the plant closed on Monday") ends the search: the place or
/// date is then the fact's.
pub(super) fn of_report(toks: &[Token], first: usize) -> bool {
    // The word lists as sets, built once (the place and date flags ask this of many
    // tokens of every pair's sentences).
    static SETS: std::sync::OnceLock<(FxWordSet, FxWordSet)> = std::sync::OnceLock::new();
    let (speaking, path) = SETS.get_or_init(|| {
        let speaking = SPEECH.iter().chain(SPEAKING).copied().collect();
        (
            speaking,
            REPORT_PATH.iter().chain(AUDIENCE).copied().collect(),
        )
    });
    let lo = first.saturating_sub(7);
    for k in (lo..first).rev() {
        let t = &toks[k];
        let w = t.norm.as_str();
        if speaking.contains(w) {
            return true;
        }
        let dated = t.date || matches!(t.kind, Kind::Weekday(_) | Kind::Month(_));
        let name = t.proper && t.kind == Kind::Word;
        // A word of the audience's ("told cheering supporters in The Hague", "told
        // foreign reporters"): a lower-case word right before an audience noun.
        let of_audience = t.kind == Kind::Word
            && !t.capital
            && toks
                .get(k + 1)
                .is_some_and(|n| AUDIENCE.contains(&n.norm.as_str()));
        if !(path.contains(w) || dated || name || of_audience) {
            return false;
        }
    }
    false
}

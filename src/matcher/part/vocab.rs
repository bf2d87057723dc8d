//! The words of a sentence as the attribution-frame rules see them (`frames.rs`), and
//! the word classes those rules use: speech verbs (the matcher's one list,
//! `speakers::SPEECH`), time words, what an attribution adds after its verb, and the
//! words that stop a frame (conjunctions, relative pronouns, modals, forms of "be").

use super::super::speakers::SPEECH;
use super::super::text::{tokenize_chars, Kind, Token};
use rust_stemmers::Stemmer;

/// One word of a sentence: its code point range and what the frame rules ask of it.
#[derive(Debug, Clone)]
pub(super) struct Word {
    /// Code points in the sentence.
    pub start: usize,
    /// End in code points (exclusive).
    pub end: usize,
    /// Normalised form (lower case).
    pub norm: String,
    /// The matcher's stem hash.
    pub stem: u64,
    /// A stop word.
    pub stop: bool,
    /// Capitalised inside the sentence or an acronym: likely a name.
    pub proper: bool,
    /// A weekday, month or part of a date.
    pub when: bool,
    /// A number.
    pub number: bool,
}

/// The words of `sentence` (the matcher's tokens; the "not" token added after "didn't"
/// is left out, its range being that of the word before).
pub(super) fn words(sentence: &[char], stemmer: &Stemmer) -> Vec<Word> {
    words_of_tokens(&tokenize_chars(sentence, stemmer))
}

/// [`words`] of a sentence already tokenised: `tokens` are its matcher's tokens
/// (`text::tokenize_chars` of it, as the corpus holds them).
pub(super) fn words_of_tokens(tokens: &[Token]) -> Vec<Word> {
    let mut out: Vec<Word> = Vec::with_capacity(tokens.len());
    for t in tokens {
        if out.last().is_some_and(|w| w.start == t.start) {
            continue;
        }
        out.push(Word {
            start: t.start,
            end: t.end,
            stem: t.stem,
            stop: t.stop,
            proper: t.proper,
            when: t.date || matches!(t.kind, Kind::Month(_) | Kind::Weekday(_)),
            number: matches!(t.kind, Kind::Number(_)),
            norm: t.norm.clone(),
        });
    }
    out
}

/// Whether `w` is a speech verb that can make an attribution frame (or one of confirming,
/// reporting or announcing in the present tense, `lexicon::speech::PRESENT_REPORTS`,
/// which needs "that" or a colon: [`is_bare_verb`]).
pub(super) fn is_frame_verb(w: &str) -> bool {
    crate::matcher::lexicon::speech::is_present_report(w)
        || SPEECH.contains(&w)
            && !matches!(
                w,
                "according"
                    | "praised"
                    | "commended"
                    | "described"
                    | "denied"
                    | "states"
                    | "claims"
            )
}

/// Speech verbs that introduce reported speech without "that" ("Carroll said the guard
/// ran"); the others ("announced", "confirmed", ...) need "that" or a colon.
pub(super) fn is_bare_verb(w: &str) -> bool {
    matches!(
        w,
        "said" | "says" | "say" | "told" | "tells" | "added" | "adds" | "stated" | "states"
    )
}

/// Time words an attribution carries ("police said Tuesday", "said later").
pub(super) fn is_time(w: &Word) -> bool {
    w.when
        || matches!(
            w.norm.as_str(),
            "today"
                | "yesterday"
                | "tonight"
                | "later"
                | "earlier"
                | "recently"
                | "previously"
                | "week"
                | "weekend"
                | "month"
                | "year"
                | "morning"
                | "afternoon"
                | "evening"
                | "night"
        )
}

/// "this week", "last month", "on Tuesday", "early Monday": a word that is time only
/// before a time word.
pub(super) fn is_time_lead(w: &Word) -> bool {
    matches!(
        w.norm.as_str(),
        "this" | "last" | "next" | "on" | "early" | "late"
    )
}

/// How many words from `ws[0]` are a time adjunct ("Tuesday", "later", "this week", "on
/// Nov. 13").
pub(super) fn time_run(ws: &[Word]) -> usize {
    let mut q = 0;
    while q < ws.len() {
        if is_time(&ws[q]) {
            q += 1;
        } else if is_time_lead(&ws[q]) && ws.get(q + 1).is_some_and(is_time) {
            q += 2;
        } else {
            break;
        }
    }
    q
}

/// Words an attribution adds after its verb besides time: where and how it was said,
/// and to whom.
pub(super) const ADJUNCT: &[&str] = &[
    "statement",
    "written",
    "news",
    "conference",
    "briefing",
    "interview",
    "release",
    "press",
    "email",
    "emailed",
    "e-mail",
    "telephone",
    "phone",
    "report",
    "assessment",
    "post",
    "tweet",
    "speech",
    "hearing",
    "court",
    "agency",
    "reporters",
    "journalists",
    "television",
    "radio",
    "tv",
    "media",
    "police",
    "officials",
    "investigators",
    "lawmakers",
    "us",
    "me",
    "him",
    "them",
];

/// Subordinators, conjunctions, relative pronouns, modals: a clause starting with one, or
/// a verb right after one, is not an attribution frame.
pub(super) fn is_blocker(w: &str) -> bool {
    matches!(
        w,
        "and"
            | "but"
            | "or"
            | "so"
            | "while"
            | "because"
            | "although"
            | "though"
            | "if"
            | "when"
            | "whether"
            | "unless"
            | "since"
            | "that"
            | "which"
            | "who"
            | "whom"
            | "whose"
            | "to"
            | "would"
            | "could"
            | "will"
            | "can"
            | "may"
            | "might"
            | "should"
            | "must"
            | "not"
            | "never"
            | "did"
            | "does"
            | "do"
            | "is"
            | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "being"
    )
}

/// Whether a speaker's words `ws` (before the speech verb) hold a [`is_blocker`] word,
/// but the "to" of "close to" ("a source close to the inquiry said", "people close to the
/// minister told Reuters": an anonymous source, not an infinitive).
pub(super) fn any_blocker(ws: &[Word]) -> bool {
    ws.iter().enumerate().any(|(i, w)| {
        let close_to = w.norm == "to"
            && i > 0
            && matches!(ws[i - 1].norm.as_str(), "close" | "closer" | "near");
        is_blocker(&w.norm) && !close_to
    })
}

pub(super) fn is_det(w: &str) -> bool {
    matches!(
        w,
        "the" | "a" | "an" | "his" | "her" | "its" | "their" | "our" | "one"
    )
}

/// A word attribution may carry after its verb: time, a stop word, a name, a number, or
/// one of [`ADJUNCT`].
pub(super) fn adjunct_ok(w: &Word) -> bool {
    (is_time(w)
        || is_time_lead(w)
        || w.number
        || w.stop
        || w.proper
        || ADJUNCT.contains(&w.norm.as_str()))
        && !matches!(w.norm.as_str(), "that" | "and" | "but" | "or")
        && !is_frame_verb(&w.norm)
}

pub(super) fn is_prep(w: &str) -> bool {
    matches!(
        w,
        "in" | "at" | "on" | "during" | "from" | "via" | "through" | "to" | "with" | "by"
    )
}

/// Whether words `ws` (right after a speech verb, to the end of its segment) are only what
/// an attribution adds. One unknown word is allowed at the end of a prepositional phrase
/// ("at a news conference at the Bellflower courthouse").
pub(super) fn only_adjuncts(ws: &[Word]) -> bool {
    if ws.len() > 9 {
        return false;
    }
    let unknown: Vec<usize> = (0..ws.len()).filter(|&i| !adjunct_ok(&ws[i])).collect();
    match unknown.as_slice() {
        [] => true,
        [i] => {
            *i + 1 == ws.len()
                && ws[..*i].iter().any(|w| is_prep(&w.norm))
                && !is_frame_verb(&ws[*i].norm)
                && !matches!(ws[*i].norm.as_str(), "that" | "and" | "but" | "or")
        }
        _ => false,
    }
}

/// An auxiliary, modal or adverb that opens a predicate ("was drunk", "had a bullet
/// removed", "would face charges", "also fled").
pub(super) fn is_aux(w: &str) -> bool {
    matches!(
        w,
        "is" | "are"
            | "was"
            | "were"
            | "has"
            | "had"
            | "have"
            | "will"
            | "would"
            | "could"
            | "can"
            | "may"
            | "might"
            | "should"
            | "must"
            | "did"
            | "does"
            | "not"
            | "never"
            | "also"
    )
}

/// Chinese speech verbs that end an attribution ("警方说", "据警方称", "据新华社报道").
pub(super) const ZH_SPEECH: &[&str] = &["说", "称", "表示", "报道", "指出", "透露", "介绍"];

/// Chinese words ending in a speech verb that are no attribution (a novel, a name, an
/// abbreviation, a title).
pub(super) const ZH_NOT_SPEECH: &[&str] = &["小说", "名称", "简称", "俗称", "职称", "称号"];

/// Chinese hearsay frames standing alone ("据悉，...": it is learned that).
pub(super) const ZH_HEARSAY: &[&str] = &["据悉", "据了解", "据报道", "据称", "据说"];

/// German articles and the prepositions inside an attribution's noun phrase ("Laut einem
/// Bericht der Polizei"), lower case.
pub(super) const DE_ARTICLES: &[&str] = &[
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einem", "einer", "eines", "von",
    "vom",
];

/// Arabic "according to" ("بحسب", "حسب", "وفقا", with the conjunction و).
pub(super) const AR_ACCORDING: &[&str] = &[
    "بحسب",
    "وبحسب",
    "حسب",
    "وحسب",
    "وفقا",
    "ووفقا",
    "وفقاً",
    "ووفقاً",
];

/// Arabic "said" ("قال", "قالت", with the conjunction و), opening "X قال إن ...".
pub(super) const AR_SAID: &[&str] = &["قال", "قالت", "وقال", "وقالت"];

/// Arabic "that" after a speech verb ("إن", "أن", written without hamza too).
pub(super) const AR_THAT: &[&str] = &["إن", "أن", "ان"];

/// Nouns naming a speaker's role in an apposition ("a spokesman for the sheriff's office").
pub(super) fn is_role(w: &str) -> bool {
    matches!(
        w,
        "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "official"
            | "officer"
            | "chief"
            | "head"
            | "director"
            | "minister"
            | "lawyer"
            | "attorney"
            | "analyst"
            | "expert"
            | "professor"
            | "member"
            | "secretary"
            | "commissioner"
            | "manager"
            | "president"
            | "chairman"
            | "leader"
            | "representative"
    )
}

/// Sentence adverbs that open a sentence before an interposed frame ("Meanwhile, officials
/// said, ..."): no subject.
pub(super) fn is_sentence_adverb(w: &str) -> bool {
    matches!(
        w,
        "meanwhile"
            | "however"
            | "instead"
            | "still"
            | "now"
            | "then"
            | "moreover"
            | "furthermore"
            | "nevertheless"
            | "nonetheless"
            | "overall"
            | "thus"
            | "therefore"
            | "besides"
            | "otherwise"
            | "separately"
            | "additionally"
            | "finally"
            | "initially"
            | "eventually"
            | "currently"
            | "similarly"
            | "reportedly"
            | "apparently"
    )
}

/// Japanese "according to" ending a first clause ("警察によると、").
pub(super) const JA_ACCORDING: &[&str] = &["によると", "によれば"];

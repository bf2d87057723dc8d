//! What the matcher returns: discrepancy flags ([`Discrepancy`]), reasons ([`Reason`]), a
//! standalone pair's [`Explanation`], and the suggestions between loaded articles
//! ([`Suggestion`], [`Ranked`], [`PairSuggestion`]). Ranges are code points; every type
//! crosses a Web Worker boundary as JSON (ranges as `[start, end]` pairs).

use serde::{Deserialize, Serialize};

/// Kinds of discrepancy between two matched sentences.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DiscrepancyKind {
    /// A number differs, e.g. "four" vs "five" soldiers.
    Number,
    /// The speaker differs ("Carroll said" vs "Brooks said").
    Speaker,
    /// The vehicle named differs (e.g. jeep vs truck).
    Vehicle,
    /// The weapon named differs ("a knife" vs "a gun", "a pistol" vs "a rifle"; a kind
    /// against a broader kind, "gun" vs "pistol", agrees; `flags/weapons.rs`).
    Weapon,
    /// One person told as a man and as a woman ("a woman in her 30s" vs "a man in his
    /// 30s", "his son" vs "his daughter"; nouns of one role, no pronouns;
    /// `flags/persons.rs`), or another named person in the same slot of the fact
    /// ("arrested Peter Walsh" vs "arrested Gareth Price", "Piet Bakker" vs "Dirk Bakker";
    /// names of two words or more, or "Mr Walsh"; speakers have their own kind;
    /// `flags/named.rs`).
    Person,
    /// The place differs ("in Ohio" vs "in Texas").
    Place,
    /// The date differs ("Nov. 13" vs "Nov. 14").
    Date,
    /// The outcome differs: opposite words ("arrested" vs "released", "killed" vs
    /// "injured"), a negation on one side only ("not safe" vs "safe"), or who won
    /// ("Arsenal beat Chelsea" vs "Chelsea beat Arsenal"; `flags/winner.rs`); or, the softer
    /// kind, a fact told as expected or possible on one side only ("expected to be
    /// charged" vs "charged").
    Outcome,
    /// One quotation given in other words ("a terrible crack" vs "a loud crack").
    Quote,
    /// The cause of one death or injury differs ("died after a heart attack" vs "died of
    /// pneumonia", "killed in a crash" vs "killed in a fire"; `cause.rs`).
    Cause,
}

impl DiscrepancyKind {
    /// The lowercase name used in JSON and in messages (`number`, `speaker`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            DiscrepancyKind::Number => "number",
            DiscrepancyKind::Speaker => "speaker",
            DiscrepancyKind::Vehicle => "vehicle",
            DiscrepancyKind::Weapon => "weapon",
            DiscrepancyKind::Person => "person",
            DiscrepancyKind::Place => "place",
            DiscrepancyKind::Date => "date",
            DiscrepancyKind::Outcome => "outcome",
            DiscrepancyKind::Quote => "quote",
            DiscrepancyKind::Cause => "cause",
        }
    }
}

/// The same slot filled differently: `a` is the text in the first sentence, `b` in the
/// second; the ranges are code points (see the module docs for what they are relative to).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Discrepancy {
    /// What slot differs.
    pub kind: DiscrepancyKind,
    /// The slot's text in the first sentence.
    pub a: String,
    /// The slot's text in the second sentence.
    pub b: String,
    /// `(start, end)` of `a` in code points, end exclusive.
    pub a_range: (usize, usize),
    /// `(start, end)` of `b` in code points, end exclusive.
    pub b_range: (usize, usize),
    /// A softer kind of flag: one side tells the detail vaguely or less surely, the other
    /// exactly: a vague count ("several times" / "at least four times"), a figure with a
    /// bound the other figure meets ("at least 10 people" / "twelve people"), two lower
    /// bounds ("at least 23 homes" / "at least 31 houses": neither side exact), a month
    /// against a day of it, a fact told as expected against as done ("expected to be charged" /
    /// "charged"), a figure told to fewer digits that the other rounds to ("0.8 per cent" /
    /// "0.81 percent", "one in five" / "22 percent"); not necessarily a contradiction.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub vague: bool,
}

/// A term both texts contain (same stem / number / date), with where it occurs in each.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SharedTerm {
    /// Normalised form as it appears in the first text (e.g. `"soldier"`, `"4"`, `"november"`).
    pub term: String,
    /// Its IDF weight: rarer terms weigh more.
    pub weight: f64,
    /// Where the term occurs in the first text: `(start, end)` code-point ranges.
    pub a: Vec<(usize, usize)>,
    /// Where the term occurs in the second text: `(start, end)` code-point ranges.
    pub b: Vec<(usize, usize)>,
}

/// Why two texts were matched.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reason {
    /// One line for people, e.g. `Likely the same fact: shares "defector", "shot", "4"; but number differs ...`.
    pub summary: String,
    /// Shared terms, heaviest first.
    pub shared: Vec<SharedTerm>,
}

/// Score, reason and flags of a standalone pair.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Explanation {
    /// The standalone pair score in [0, 1] (as [`score`](super::score)); 0.5 and up is
    /// "the same statement".
    pub score: f64,
    /// Why the texts were matched; ranges relative to the strings given.
    pub reason: Reason,
    /// Slots filled differently in the two texts; ranges relative to the strings given.
    pub flags: Vec<Discrepancy>,
}

/// A sentence of another document suggested as a link for a selected text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Suggestion {
    /// Index of the document (as given to [`Corpus::new`](super::Corpus::new)).
    pub doc: usize,
    /// Start of the suggested sentence in code points of that document (inclusive).
    pub start: usize,
    /// End of the sentence in code points (exclusive).
    pub end: usize,
    /// The calibrated alignment score in [0, 1] ([`align`](super::align)): probability of
    /// a true link.
    pub score: f64,
    /// Why it was suggested. Shared-term ranges: `a` in the queried document, `b` in `doc`.
    pub reason: Reason,
    /// Flags: `a` in the queried document, `b` in `doc`.
    pub flags: Vec<Discrepancy>,
}

/// A sentence of another document ranked for a selected text, without its explanation
/// ([`Corpus::ranked`](super::Corpus::ranked)):
/// [`Corpus::score_ranges`](super::Corpus::score_ranges) gives the reason and flags when it
/// is shown.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Ranked {
    /// Index of the document (as given to [`Corpus::new`](super::Corpus::new)).
    pub doc: usize,
    /// Start of the sentence in code points (inclusive).
    pub start: usize,
    /// End of the sentence in code points (exclusive).
    pub end: usize,
    /// The calibrated alignment score in [0, 1] ([`align`](super::align)).
    pub score: f64,
}

/// Two sentences of different documents that likely state the same fact.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PairSuggestion {
    /// Index of the first document (as given to [`Corpus::new`](super::Corpus::new)).
    pub a_doc: usize,
    /// Start of the first sentence in `a_doc`, in code points (inclusive).
    pub a_start: usize,
    /// End of the first sentence in `a_doc`, in code points (exclusive).
    pub a_end: usize,
    /// Index of the second document.
    pub b_doc: usize,
    /// Start of the second sentence in `b_doc`, in code points (inclusive).
    pub b_start: usize,
    /// End of the second sentence in `b_doc`, in code points (exclusive).
    pub b_end: usize,
    /// The calibrated alignment score in [0, 1] ([`align`](super::align)): probability of a true link.
    pub score: f64,
    /// Ranges are absolute: `a` in `a_doc`, `b` in `b_doc`.
    pub reason: Reason,
    /// Slots filled differently: `a` in `a_doc`, `b` in `b_doc` (absolute ranges).
    pub flags: Vec<Discrepancy>,
}

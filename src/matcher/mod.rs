//! The claim matcher: which sentences of two articles state the same fact, why, and where
//! they differ. Works on plain strings; depends on nothing else in Parallax (so it compiles
//! to a small WebAssembly module and runs the same in the page, a Web Worker and the CLI).
//!
//! # API
//!
//! All positions are **code points** (Python `text[start:end]`), never bytes or UTF-16.
//!
//! ```text
//! segment(text) -> Vec<(usize, usize)>          sentence ranges, trimmed of white space
//! score(a, b) -> f64                            standalone pair score in [0, 1]
//! explain(a, b) -> Explanation                  score + Reason + flags for a standalone pair
//! Corpus::new(&[&str]) -> Corpus                segments, normalises, IDF, inverted index
//! corpus.suggest(doc, start, end, per_doc) -> Vec<Suggestion>
//! corpus.ranked(doc, start, end, per_doc) -> Vec<Ranked>   the same, unexplained
//! corpus.score_ranges((doc, start, end), (doc, start, end)) -> Option<Suggestion>
//! corpus.all_pairs(min_score, &mut progress) -> Vec<PairSuggestion>
//! Corpus::from_ranges(&[&str], ranges) -> Corpus   with the sentences given
//! score_batch(&[(a, b)]) -> Vec<f64>            standalone pairs, IDF from the batch
//! speaker_names(text) -> Vec<(range, name)>     "X said", "according to X", "said the mayor"
//! titled_speaker(text, range) -> range         a speaker as its flag shows it, with its title
//! align::band(score) -> &str                    "same fact" / "probably the same fact" / ...
//! corpus.sentences(doc) -> &[(usize, usize)]   the sentence ranges of a loaded document
//! corpus.len(), corpus.sentence_count()
//! THRESHOLD (0.5), SUGGEST_MIN (0.2)            "same statement" / "worth suggesting"
//! ```
//!
//! `Corpus` is built once per set of documents (in a Web Worker for big sets) and borrowed
//! by every query. `suggest` accepts any span, not only whole sentences; out-of-range
//! input gives an empty result, never a panic. `all_pairs` calls `progress(done, total)`
//! after each sentence, so a worker can post progress and stay responsive.
//!
//! Every result type derives `Serialize`/`Deserialize`/`Clone`/`Debug`/`PartialEq`, so it can
//! cross a Web Worker boundary as JSON. Ranges are `[start, end]` pairs in JSON.
//!
//! # How the score works
//!
//! Each sentence is tokenised and normalised once ([`text`]: case, NFKC, curly quotes and
//! dashes, number words = numerals, `Nov.` = `November`, dates, possessives, negations, stop
//! words, Snowball stems). A pair is described by 26 features ([`features`]): IDF-weighted
//! cosine and coverage of content stems, unigram and bigram overlap both ways, character
//! trigram similarity, longest common subsequence, length ratio, agreement and conflict of
//! numbers, names and dates, negation mismatch, unmatched content mass. A logistic
//! regression trained on the development pairs (`examples/train_matcher.rs`, constants in
//! `weights.rs`) decides whether a pair is "the same statement" (0.5 and up: the score is
//! its probability). Below 0.5 pairs are ordered partly by a second, "relatedness" model
//! (does claim b bear on claim a: shared content, names, rare terms, character trigrams,
//! sentence cues, and the first model's log-odds), trained on the claims pairs; it never
//! moves a pair across 0.5. The score is strict: the same fact reworded by another outlet
//! usually scores 0.15-0.5, so the app suggests links from [`SUGGEST_MIN`] up, ranked by
//! score.
//! Held-out quality and speed are in `BENCHMARKS.md` ("Matcher").
//!
//! **Between loaded articles** ([`Corpus`]: the page, the worker, `parallax suggest`) the
//! score is different and is the one people see: the whole-article alignment model of
//! [`align`], a calibrated probability that the pair is a true cross-source link, with IDF
//! from the sentences of the loaded articles only. [`align::band`] gives its words ("same
//! fact", "probably the same fact", "related").
//!
//! For standalone pairs ([`score`], [`explain`]) IDF comes from a built-in table of common
//! stems (`idf_table.rs`, from the training sentences); [`score_batch`] (`parallax score`)
//! counts document frequencies over the batch's unique texts instead.
//!
//! # Reasons and flags
//!
//! A [`Reason`] is a one-line summary for people plus the shared terms, each with its
//! ranges in both texts (for highlighting). A [`Discrepancy`] is a slot filled differently
//! in the two texts: a number, speaker, vehicle, weapon, person, place or date ...
//! ([`DiscrepancyKind`]), with the text and range in
//! each. In [`explain`] ranges are relative to the strings given; in [`Suggestion`] and
//! [`PairSuggestion`] they are absolute positions in the documents.

pub mod align;
mod align_weights;
mod cause;
mod corpus;
pub mod features;
mod flags;
mod idf_table;
pub mod language;
mod lexicon;
mod outcome;
mod page_lines;
mod parallel;
mod part;
mod prepared;
mod quotes;
mod segment;
mod speakers;
pub mod text;
mod weights;

pub use corpus::{Corpus, Scoring, PREFILTER_COSINE};
/// Score at or above which a pair counts as "the same fact" (best paraphrase accuracy on
/// the training part of the development data).
pub use weights::THRESHOLD;

/// Lowest score worth showing as a *suggestion* between articles: the start of the
/// "related" band of the calibrated alignment score ([`align::RELATED`]). On the
/// development article pairs about one in five pairs scored 0.2-0.3 is a true link
/// (`BENCHMARKS.md`, reliability table).
pub const SUGGEST_MIN: f64 = 0.2;
pub use page_lines::is_timestamp_line;
pub use part::{attribution_frames, match_part, name_words};
pub use segment::{paragraphs, segment};
/// Words that report speech ("said", "told", "according" ...), lower case: the one list the
/// matcher uses for speakers, report dates and attribution frames.
pub use speakers::SPEECH as SPEECH_VERBS;
pub use speakers::{one_person, speakers_may_differ};

use features::{Idf, Prepared};
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
    /// bound the other figure meets ("at least 10 people" / "twelve people"), a month
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
    /// The standalone pair score in [0, 1] (as [`score`]); 0.5 and up is "the same statement".
    pub score: f64,
    /// Why the texts were matched; ranges relative to the strings given.
    pub reason: Reason,
    /// Slots filled differently in the two texts; ranges relative to the strings given.
    pub flags: Vec<Discrepancy>,
}

/// A sentence of another document suggested as a link for a selected text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Suggestion {
    /// Index of the document (as given to [`Corpus::new`]).
    pub doc: usize,
    /// The sentence, code points of that document.
    pub start: usize,
    /// Start of the sentence in code points (inclusive).
    pub end: usize,
    /// End of the sentence in code points (exclusive).
    pub score: f64,
    /// The calibrated alignment score in [0, 1] ([`align`]): probability of a true link.
    /// Shared-term ranges: `a` in the queried document, `b` in `doc`.
    pub reason: Reason,
    /// Flags: `a` in the queried document, `b` in `doc`.
    pub flags: Vec<Discrepancy>,
}

/// A sentence of another document ranked for a selected text, without its explanation
/// ([`Corpus::ranked`]): [`Corpus::score_ranges`] gives the reason and flags when it is shown.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Ranked {
    /// Index of the document (as given to [`Corpus::new`]).
    pub doc: usize,
    /// Start of the sentence in code points (inclusive).
    pub start: usize,
    /// End of the sentence in code points (exclusive).
    pub end: usize,
    /// The calibrated alignment score in [0, 1] ([`align`]).
    pub score: f64,
}

/// Two sentences of different documents that likely state the same fact.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PairSuggestion {
    /// Index of the first document (as given to [`Corpus::new`]).
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
    /// The calibrated alignment score in [0, 1] ([`align`]): probability of a true link.
    pub score: f64,
    /// Ranges are absolute: `a` in `a_doc`, `b` in `b_doc`.
    pub reason: Reason,
    /// Slots filled differently: `a` in `a_doc`, `b` in `b_doc` (absolute ranges).
    pub flags: Vec<Discrepancy>,
}

/// Score in [0, 1] that `a` and `b` state the same fact (standalone pair, built-in IDF).
/// 0.5 is the decision threshold the model was trained for.
///
/// Prepared sentences are remembered per thread (the last few thousand distinct texts), so
/// scoring the same sentence against many others tokenises it once.
pub fn score(a: &str, b: &str) -> f64 {
    let pa = prepared_cached(a);
    let pb = prepared_cached(b);
    features::score_prepared(&pa, &pb)
}

/// Scores of a batch of standalone pairs, with IDF from the batch itself: document
/// frequencies of stems over the batch's unique texts ([`features::Idf::local`]), so words
/// common in this batch weigh little. Batches of fewer than [`BATCH_MIN_TEXTS`] unique
/// texts are too small for counts to mean anything and use the built-in table, like
/// [`score`]. Same order as `pairs`; each score in [0, 1].
pub fn score_batch(pairs: &[(&str, &str)]) -> Vec<f64> {
    let mut unique: text::FxMap<&str, usize> = Default::default();
    unique.reserve(pairs.len().min(1 << 20));
    let mut index = |t| {
        let n = unique.len();
        *unique.entry(t).or_insert(n)
    };
    let at: Vec<(usize, usize)> = pairs.iter().map(|&(a, b)| (index(a), index(b))).collect();
    if unique.len() < BATCH_MIN_TEXTS {
        return pairs.iter().map(|&(a, b)| score(a, b)).collect();
    }
    let mut order: Vec<&str> = vec![""; unique.len()];
    for (&t, &i) in &unique {
        order[i] = t;
    }
    // Sentences are prepared, weighed and scored on every core natively (`parallel`); the
    // document frequencies are counted in between (whole numbers: the same in any order),
    // so the output is the same as one thread's. Scoring reads only the lists made from the tokens, and the
    // batch holds every text at once, so neither the text nor its tokens are kept.
    let mut prepared: Vec<Prepared> = parallel::map(&order, |&t| {
        text::reserve_word_cache(order.len());
        let toks = STEMMER.with(|s| text::tokenize(t, s));
        let p = Prepared::lists(t, &toks);
        text::recycle(toks);
        p
    });
    // Document frequencies, counted on every core: each part counts the stems whose
    // lowest bit is its number, so the parts hold different stems and join without sums.
    let parts = parallel::map(&[0u64, 1], |&part| {
        let mut df: features::StemMap<u32> = Default::default();
        df.reserve(2 * order.len());
        for p in &prepared {
            for_each_stem(p, |st| {
                if st & 1 == part {
                    *df.entry(st).or_insert(0) += 1;
                }
            });
        }
        df
    });
    let mut parts = parts.into_iter();
    let mut df = parts.next().unwrap_or_default();
    df.extend(parts.flatten());
    let idf = Idf::local(&df, unique.len());
    parallel::for_each_mut(&mut prepared, |p| p.weigh(&idf));
    let scores = parallel::map(&at, |&(ia, ib)| {
        features::score_prepared(&prepared[ia], &prepared[ib])
    });
    parallel::drop_all(prepared);
    scores
}

thread_local! {
    static STEMMER: rust_stemmers::Stemmer = text::stemmer();
}

/// `f` of each distinct stem of a prepared sentence, in order: each is a content stem or a
/// stop word's (both lists sorted and unique), so the two lists are merged.
fn for_each_stem(p: &Prepared, mut f: impl FnMut(u64)) {
    let (c, s) = (p.content(), &p.stops);
    let (mut i, mut j) = (0, 0);
    loop {
        let st = match (c.get(i), s.get(j)) {
            (Some(&(x, _)), Some(&y)) if x == y => {
                i += 1;
                j += 1;
                x
            }
            (Some(&(x, _)), Some(&y)) if x < y => {
                i += 1;
                x
            }
            (Some(&(x, _)), None) => {
                i += 1;
                x
            }
            (_, Some(&y)) => {
                j += 1;
                y
            }
            (None, None) => break,
        };
        f(st);
    }
}

/// Fewest unique texts for which [`score_batch`] counts document frequencies in the batch.
pub const BATCH_MIN_TEXTS: usize = 200;

const CACHE_SIZE: usize = 8192;

thread_local! {
    static PREPARED: std::cell::RefCell<std::collections::HashMap<u64, std::rc::Rc<Prepared>, std::hash::BuildHasherDefault<features::StemHasher>>> =
        std::cell::RefCell::new(Default::default());
}

fn prepared_cached(text: &str) -> std::rc::Rc<Prepared> {
    let key = text::hash_str(text);
    PREPARED.with(|c| {
        if let Some(p) = c.borrow().get(&key) {
            if p.text == text {
                return p.clone();
            }
        }
        let p = std::rc::Rc::new(Prepared::new(text, Idf::builtin()));
        let mut m = c.borrow_mut();
        if m.len() >= CACHE_SIZE {
            m.clear();
        }
        m.insert(key, p.clone());
        p
    })
}

/// Forget the sentences [`score`] remembers on this thread (for benchmarks and for
/// freeing memory after a large batch).
pub fn clear_score_cache() {
    PREPARED.with(|c| c.borrow_mut().clear());
}

/// The speakers a sentence names ("Carroll said", "according to Carroll", "Carroll told
/// reporters", "said the harbour master"): each with its range (code points of `text`) and
/// its words as written.
pub fn speaker_names(text: &str) -> Vec<((usize, usize), String)> {
    speakers::speaker_names(&Prepared::new(text, Idf::builtin()))
}

/// The speaker at code points `range` of `text` (one of [`speaker_names`]) as a speaker
/// flag shows it: a name with the title written right before it ("Kremlin spokesman
/// Dmitry Peskov", as "Foreign Minister Sergei Lavrov" is one name); anything else as it is.
pub fn titled_speaker(text: &str, range: (usize, usize)) -> (usize, usize) {
    speakers::titled(&Prepared::new(text, Idf::builtin()), range)
}

/// Score, reasons and discrepancy flags for a standalone pair; ranges are code points of
/// `a` and `b`.
pub fn explain(a: &str, b: &str) -> Explanation {
    let idf = Idf::builtin();
    let (pa, pb) = (Prepared::new(a, idf), Prepared::new(b, idf));
    explain_prepared(&pa, &pb, (0, 0))
}

/// Explanation of two prepared sentences; `offsets` are added to the ranges of a and b.
pub(crate) fn explain_prepared(a: &Prepared, b: &Prepared, offsets: (usize, usize)) -> Explanation {
    let score = features::score_prepared(a, b);
    explain_scored(a, b, score, offsets)
}

pub(crate) fn explain_scored(
    a: &Prepared,
    b: &Prepared,
    score: f64,
    (oa, ob): (usize, usize),
) -> Explanation {
    let mut flags = flags::discrepancies(a, b);
    for f in flags.iter_mut() {
        f.a_range = (f.a_range.0 + oa, f.a_range.1 + oa);
        f.b_range = (f.b_range.0 + ob, f.b_range.1 + ob);
    }
    let mut shared: Vec<SharedTerm> = Vec::new();
    let weights = a.content();
    for &(stem, w) in b.content() {
        let Ok(i) = weights.binary_search_by_key(&stem, |x| x.0) else {
            continue;
        };
        let ta: Vec<&text::Token> = a.tokens.iter().filter(|t| t.stem == stem).collect();
        let tb: Vec<&text::Token> = b.tokens.iter().filter(|t| t.stem == stem).collect();
        let Some(first) = ta.first() else { continue };
        // A figure a number flag says is read differently on the two sides ("2.500 Euro" /
        // "2,50 Euro", one stem 2.5) is no shared term.
        let flagged =
            |toks: &[&text::Token], off: usize, side: fn(&Discrepancy) -> (usize, usize)| {
                toks.iter().any(|t| {
                    matches!(t.kind, text::Kind::Number(_))
                        && flags.iter().any(|f| {
                            let (lo, hi) = side(f);
                            f.kind == DiscrepancyKind::Number
                                && lo <= t.start + off
                                && t.end + off <= hi
                        })
                })
            };
        if flagged(&ta, oa, |f| f.a_range) || flagged(&tb, ob, |f| f.b_range) {
            continue;
        }
        shared.push(SharedTerm {
            term: first.norm.clone(),
            weight: (weights[i].1.min(w) as f64 * 1000.0).round() / 1000.0,
            a: ta.iter().map(|t| (t.start + oa, t.end + oa)).collect(),
            b: tb.iter().map(|t| (t.start + ob, t.end + ob)).collect(),
        });
    }
    shared.sort_by(|x, y| y.weight.total_cmp(&x.weight).then(x.term.cmp(&y.term)));
    let summary = summarise(score, &shared, &flags);
    Explanation {
        score,
        reason: Reason { summary, shared },
        flags,
    }
}

fn summarise(score: f64, shared: &[SharedTerm], flags: &[Discrepancy]) -> String {
    let band = align::band(score);
    let mut s = format!(
        "{}{} ({})",
        band[..1].to_uppercase(),
        &band[1..],
        align::percent(score)
    );
    if shared.is_empty() {
        s.push_str(": no terms in common");
    } else {
        let terms: Vec<String> = shared
            .iter()
            .take(6)
            .map(|t| format!("\"{}\"", t.term))
            .collect();
        s.push_str(&format!(": shares {}", terms.join(", ")));
        if shared.len() > 6 {
            s.push_str(&format!(" and {} more", shared.len() - 6));
        }
    }
    if !flags.is_empty() {
        let parts: Vec<String> = flags
            .iter()
            .map(|f| {
                let soft = if f.vague { ", vague vs exact" } else { "" };
                format!(
                    "{} differs (\"{}\" vs \"{}\"{soft})",
                    f.kind.as_str(),
                    f.a,
                    f.b
                )
            })
            .collect();
        s.push_str("; but ");
        s.push_str(&parts.join(", "));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_figure_read_differently_is_no_shared_term() {
        let e = explain(
            "Die Strafe betrug 2.500 Euro, teilte das Gericht mit.",
            "Die Strafe betrug 2,50 Euro, teilte das Gericht mit.",
        );
        assert_eq!(e.flags.len(), 1, "{:?}", e.flags);
        let terms: Vec<&str> = e.reason.shared.iter().map(|t| t.term.as_str()).collect();
        assert!(terms.contains(&"euro"), "{terms:?}");
        assert!(!terms.iter().any(|t| t.starts_with('2')), "{terms:?}");
        let shares = e.reason.summary.split("; but").next().unwrap_or_default();
        assert!(!shares.contains("2.5"), "{}", e.reason.summary);
    }

    #[test]
    fn score_in_unit_interval_and_symmetric() {
        let cases = [
            (
                "The defector was shot at least four times.",
                "The soldier was shot several times.",
            ),
            ("", "Something"),
            ("!!!", "???"),
            ("Stocks rose 2.5 percent.", "Stocks rose 2.5 percent."),
        ];
        for (a, b) in cases {
            let (x, y) = (score(a, b), score(b, a));
            assert!((0.0..=1.0).contains(&x), "{a} / {b}: {x}");
            assert!((x - y).abs() < 1e-9, "{a} / {b}: {x} vs {y}");
        }
        assert_eq!(score("", "Something"), 0.0);
    }

    #[test]
    fn paraphrase_beats_unrelated_and_conflicts_lower() {
        let a =
            "The North Korean soldier was shot five times as he ran across the border on Monday.";
        let para =
            "As he ran across the border on Monday, the North Korean soldier was shot five times.";
        let other = "Shares of the company fell sharply in early trading in New York.";
        let conflict =
            "The South Korean soldier was shot two times as he ran across the border on Friday.";
        let sp = score(a, para);
        assert!(sp > 0.7, "{sp}");
        assert!(score(a, other) < 0.2);
        assert!(score(a, conflict) < sp);
    }

    #[test]
    fn explanation_ranges_point_at_terms() {
        // The same words credited to two people (a speaker flag needs the same statement).
        let a = "Gen. Brooks said the soldier was shot near the border crossing in a jeep.";
        let b = "The soldier was shot near the border crossing in a truck, Carroll said.";
        let e = explain(a, b);
        let ca: Vec<char> = a.chars().collect();
        let cb: Vec<char> = b.chars().collect();
        let soldier = e
            .reason
            .shared
            .iter()
            .find(|t| t.term == "soldier")
            .expect("shared soldier");
        for &(s, t) in &soldier.a {
            assert_eq!(ca[s..t].iter().collect::<String>(), "soldier");
        }
        for &(s, t) in &soldier.b {
            assert_eq!(cb[s..t].iter().collect::<String>(), "soldier");
        }
        let kinds: Vec<DiscrepancyKind> = e.flags.iter().map(|f| f.kind).collect();
        assert!(kinds.contains(&DiscrepancyKind::Vehicle));
        assert!(kinds.contains(&DiscrepancyKind::Speaker));
        assert!(
            e.reason.summary.contains("vehicle differs"),
            "{}",
            e.reason.summary
        );
        let json = serde_json::to_string(&e).expect("serialises");
        assert!(json.contains("\"kind\":\"vehicle\""));
        let back: Explanation = serde_json::from_str(&json).expect("round trip");
        assert_eq!(back, e);
    }
}

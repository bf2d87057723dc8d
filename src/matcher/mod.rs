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
//! sentence_ends(chars) -> Vec<usize>            where the text after each sentence goes on
//! score(a, b) -> f64                            standalone pair score in [0, 1]
//! explain(a, b) -> Explanation                  score + Reason + flags for a standalone pair
//! Corpus::new(&[&str]) -> Corpus                segments, normalises, IDF, inverted index
//! corpus.suggest(doc, start, end, per_doc) -> Vec<Suggestion>
//! corpus.ranked(doc, start, end, per_doc) -> Vec<Ranked>   the same, unexplained
//! corpus.score_ranges((doc, start, end), (doc, start, end)) -> Option<Suggestion>
//! corpus.all_pairs(min_score, &mut progress) -> Vec<PairSuggestion>
//! corpus.all_pairs_share(min_score, (part, parts), &mut progress)   one worker's share
//! Corpus::merge_shares(shares) -> Vec<PairSuggestion>   the shares as `all_pairs` gives them
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

//!
//! # Where things are
//!
//! - `mod.rs` (this file): the API overview and the re-exports; the public paths
//!   (`matcher::score`, `matcher::Corpus`, `matcher::Suggestion` ...) are all here.
//! - `results.rs`: the result types ([`Discrepancy`], [`Reason`], [`Explanation`],
//!   [`Suggestion`], [`Ranked`], [`PairSuggestion`]).
//! - `standalone.rs`: the standalone pair score ([`score`], [`score_batch`]) and the
//!   per-thread cache of prepared sentences; `context.rs`, the batch as context for
//!   [`score_batch`] (each text's nearest neighbours in the batch). The score itself is computed in
//!   `features.rs` (`features::score_prepared`: the 26 features and the logistic models).
//! - `explain.rs`: [`explain`], and the reason and flags every explained result carries.
//! - `corpus.rs` and `corpus/`: [`Corpus`], loaded articles; a pair of loaded sentences is
//!   scored by the alignment model of `align.rs` (`align::probability_of_statements`), on
//!   the statements of `corpus/statement.rs`; all-pairs matching is `corpus/all_pairs.rs`.
//! - Below those: `prepared.rs` and `text.rs` (tokens, stems, weights), `flags.rs` and
//!   `flags/` (discrepancies), `segment.rs` (sentences), `speakers.rs`, `part.rs`
//!   (attribution frames).

pub mod align;
mod align_weights;
mod cause;
mod context;
mod corpus;
mod dateline;
mod explain;
pub mod features;
mod flags;
mod furniture;
mod idf_table;
pub mod language;
mod lexicon;
mod outcome;
mod page_lines;
mod parallel;
mod part;
mod prepared;
mod quotes;
mod results;
mod segment;
mod speakers;
mod standalone;
pub mod text;
mod weights;
mod xling;

pub use corpus::{Corpus, Scoring, PREFILTER_COSINE};
pub use dateline::{read_dateline, read_dateline_chars, Dateline, AGENCIES};
pub(crate) use explain::explain_scored;
pub use explain::{explain, summary_across_languages};
pub use flags::is_storm_label;
pub use flags::label_place_and_time;
pub use results::{
    Discrepancy, DiscrepancyKind, Explanation, PairSuggestion, Ranked, Reason, SharedTerm,
    Suggestion,
};
pub use standalone::{
    batch_context_features, clear_score_cache, credited_speaker, score, score_batch,
    score_batch_without_context, speaker_names, titled_speaker, BATCH_MIN_TEXTS,
};
/// Score at or above which a pair counts as "the same fact" (best paraphrase accuracy on
/// the training part of the development data).
pub use weights::THRESHOLD;

/// Lowest score worth showing as a *suggestion* between articles: the start of the
/// "related" band of the calibrated alignment score ([`align::RELATED`]). On the
/// development article pairs about one in five pairs scored 0.2-0.3 is a true link
/// (`BENCHMARKS.md`, reliability table).
pub const SUGGEST_MIN: f64 = 0.2;
pub use lexicon::month_number;
pub use page_lines::{dated_head, is_live_title_line, is_timestamp_line, reports_no_fact};
pub use part::{attribution_frames, match_part, match_part_quoted, name_words, quote_marks};
pub use segment::{
    longest_cut, paragraphs, segment, sentence_ends, us_state_abbreviation, SENTENCE_MAX,
};
/// Words that report speech ("said", "told", "according" ...), lower case: the one list the
/// matcher uses for speakers, report dates and attribution frames.
pub use speakers::SPEECH as SPEECH_VERBS;
pub use speakers::{one_person, speakers_may_differ};

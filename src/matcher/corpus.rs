//! A set of loaded articles, segmented and normalised once, with an inverted index from
//! content stems to sentences, so suggestions and all-pairs matching only score sentences
//! that share a weighted term (never every pair).
//!
//! Candidates of a span's suggestions ([`Corpus::suggest`], the page's cards) are chosen
//! article pair by article pair, with the statistics of the two articles alone
//! (`corpus/pair_candidates.rs`): a target article's suggestions are the ones a corpus of
//! the two articles gives, whatever else is loaded.
//!
//! A pair's score reads each sentence's statement, the sentence without its attribution
//! frames (`corpus/statement.rs`; "..., Lavrov said." / "..., according to Peskov." score
//! as the same statement), the IDF cosine the higher of the statements' and the whole
//! sentences'; the reason, the flags (the speaker flag reads the frame) and the candidate
//! search read the whole sentence.
//!
//! A span that is a part of its sentence (a clause labelled as a claim) keeps its
//! sentence's score against a candidate as far as it holds the words that sentence shares
//! with the candidate (`corpus/clause.rs`): scored alone, a short clause lost most of its
//! evidence and its parallel fell below unrelated sentences (trial 32, F1).
//!
//! Candidates of all-pairs matching ([`Corpus::all_pairs`]) are still found over every
//! loaded article at once, for speed: the query's content stems are looked up in the index
//! (stems found in more than a tenth of all sentences are skipped as uninformative); a
//! sentence becomes a candidate when its IDF-weighted cosine with the query, accumulated
//! from the postings, is at least [`PREFILTER_COSINE`]; of those, the [`MAX_CANDIDATES`]
//! with the highest cosine get the full learned score. So which pairs near the
//! prefilter's margin get scored there can depend on the other articles (their scores do
//! not).
//!
//! A sentence text counts at most [`COUNTED_COPIES`] times per article however often the
//! article gives it (one that repeats a sentence thousands of times), in the local IDF and
//! the index's cut of common stems; a text an article repeats more often is indexed once
//! (its first sentence, its copies scored with it) and fills one place of the candidate
//! cap. So copies neither make their own words look common (which took them, and every
//! sentence of the other articles sharing their words, out of the index) nor fill the
//! candidate cap. Inputs where no article repeats a text more often are matched as before.

use super::align;
use super::features::{Idf, Prepared, StemMap};
use super::flags::ArticlePlaces;
use super::text;
use super::{explain_scored, PairSuggestion, Ranked, Suggestion};
use pair_candidates::PairSearch;
use pair_idf::{article_similarities, weigh_in_pair, DocFreq, PairIdf};
pub use statement::Scoring;
use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::OnceLock;

mod across;
mod all_pairs;
mod another_event;
mod background;
mod build;
mod clause;
mod disputes;
mod events;
mod flag_cache;
mod languages;
mod pair_candidates;
mod pair_idf;
mod past_event;
mod past_time;
pub(in crate::matcher) use past_time::is_day_word;
mod ranges;
mod statement;
mod suggest;

/// Minimum accumulated IDF cosine for a sentence to be scored in full.
pub const PREFILTER_COSINE: f32 = 0.05;

/// At most this many candidates (the highest accumulated cosines) are scored per query
/// sentence: per target article for a span's suggestions, over all articles in all-pairs
/// matching.
pub const MAX_CANDIDATES: usize = 40;

/// The IDF-cosine prefilter for all-pairs matching at `min_score`. On the development
/// article pairs and the samples (`examples/eval_articles.rs`, session 12's article
/// context) no pair with cosine below 0.05 scored above 0.22, and none below 0.07 above
/// 0.28. For 0.5 and up the cut is 0.12, a speed trade: below it one pair still reaches
/// 0.5 (0.501; 1 of the 90 pairs >= 0.5 of the development pairs and samples; 3 below
/// 0.15, the cut before), but scoring them all (cut 0.09) makes `all_pairs(0.5)` about
/// four times slower; 0.12 instead of 0.15 costs 14 % more time on `bench_matcher`'s 100
/// articles (217 -> 247 ms).
pub fn prefilter_for(min_score: f64) -> f32 {
    if min_score >= 0.5 {
        0.12
    } else if min_score >= 0.3 {
        0.07
    } else {
        PREFILTER_COSINE
    }
}

/// How many sentences of one text (the same characters) in one article the statistics
/// count: the local IDF, the index's cut of common stems. A text an article gives more
/// often (one sentence repeated thousands of times) counts this many times there, is
/// indexed once (its first sentence, its copies in every article scored with it) and is
/// one text of the candidate cap. Three: an article may give its headline three times (the
/// AFP sample: title, heading, caption), and inputs where no article repeats a text more
/// often are matched exactly as before. Per article, not overall: the same sentence in
/// many articles (wire copy, `bench_matcher`'s synthetic articles) counts each time.
pub const COUNTED_COPIES: usize = 3;

#[derive(Debug, Clone)]
struct Sentence {
    doc: usize,
    start: usize,
    end: usize,
    prep: Prepared,
    /// The document frequency in `doc` of each of `prep`'s content stems (same order), for
    /// weighing it by a pair's IDF with one lookup per stem (empty with two documents).
    own_df: Vec<u32>,
    /// The statement the score reads when it is not the whole sentence: the sentence
    /// without its attribution frames (`corpus/statement.rs`), with the document
    /// frequencies of its content stems as `own_df`. `prep` (the whole sentence) gives the
    /// reason and the flags.
    part: Option<(Prepared, Vec<u32>)>,
    /// The whole sentence, when a clause or a lead about another time was cut off it
    /// (`corpus/background.rs`: "Last year, five people were killed when a coach … came
    /// off a mountain road in the Italian Dolomites." is read "Last year"). Against an
    /// article told apart ([`Corpus::is_apart`]), which may report that past event, the
    /// panel reads it whole (`corpus/past_event.rs`).
    past: Option<Box<Prepared>>,
}

impl Sentence {
    /// The text the score reads (the statement, or the whole sentence) and its content
    /// stems' document frequencies in its article.
    fn scored(&self) -> (&Prepared, &[u32]) {
        match &self.part {
            Some((p, df)) => (p, df),
            None => (&self.prep, &self.own_df),
        }
    }
}

/// One entry of the all-pairs index ([`Corpus::all_pairs`]'s candidates): a sentence
/// holding a content stem, with the stem's weight in the whole sentence and in its
/// statement, so the candidates' cosines are summed without looking the stem up in the
/// sentence again.
#[derive(Debug, Clone, Copy)]
struct Posting {
    /// The sentence (index into `Corpus::sentences`).
    sentence: u32,
    /// The stem's weight in the whole sentence (`Sentence::prep`).
    whole: f32,
    /// The stem's weight in the sentence's statement when it has one apart
    /// (`Sentence::part`), `None` when the statement lacks the stem or the sentence has no
    /// statement apart (`apart` tells which).
    statement: Option<f32>,
    /// Whether the sentence has a statement apart from the whole sentence.
    apart: bool,
}

/// Loaded articles ready for matching. Build once per set of documents; queries borrow it.
#[derive(Debug, Clone)]
pub struct Corpus {
    sentences: Vec<Sentence>,
    /// Per document: index of its first sentence in `sentences`, and its sentence ranges.
    doc_first: Vec<usize>,
    doc_ranges: Vec<Vec<(usize, usize)>>,
    doc_chars: Vec<Vec<char>>,
    idf: Idf,
    /// Content stem -> the sentences holding it (of a text in `copies`, only the first),
    /// ascending, with the stem's weights in each, for all-pairs matching.
    postings: StemMap<Vec<Posting>>,
    /// Content stem -> every sentence holding it, ascending: a span's suggestions find
    /// their candidates by it, article pair by article pair (`pair_candidates.rs`).
    by_stem: StemMap<Vec<u32>>,
    /// Per sentence: its text, as the index of the first sentence with the same characters.
    text_id: Vec<u32>,
    /// Per sentence: whether its own article gives its text more than
    /// [`COUNTED_COPIES`] times (its copies there are one candidate and one card).
    own_flood: Vec<bool>,
    /// Per sentence: whether some article gives its text more than [`COUNTED_COPIES`]
    /// times.
    repeated: Vec<bool>,
    /// For the first sentence of each text some article gives more than
    /// [`COUNTED_COPIES`] times: every sentence with that text, ascending (itself first).
    copies: HashMap<u32, Vec<u32>>,
    /// How alike each two articles are as wholes ([`article_similarities`]): row-major,
    /// `docs x docs`, 1 on the diagonal.
    article_sim: Vec<f32>,
    /// Per document: the known places it names ([`ArticlePlaces`]), for
    /// [`Corpus::places_apart`], found when first asked (`Corpus::places_of`).
    doc_places: Vec<OnceLock<ArticlePlaces>>,
    /// Row-major `docs x docs`: for each two documents told apart, the place each names
    /// (`corpus/events.rs`), found when first asked (`Corpus::apart_matrix`): all-pairs
    /// matching asks only the article pairs of the pairs it would keep.
    apart: OnceLock<Vec<Option<(String, String)>>>,
    /// Per document: its document frequencies, for the IDF of each pair of articles
    /// ([`PairIdf`]; with two documents it is the corpus's `idf`).
    doc_df: Vec<DocFreq>,
    /// What a pair's score reads ([`Scoring::SHIPPED`]: each sentence's statement).
    scoring: Scoring,
    /// The flags of each pair of ranges read as context, once read
    /// (`corpus/flag_cache.rs`).
    flag_cache: flag_cache::FlagCache,
    /// The concepts of every sentence when the articles are in more than one language
    /// (`xling.rs`, `corpus/languages.rs`); `None` otherwise.
    xling: Option<crate::matcher::xling::CrossLanguage>,
}

impl Corpus {
    /// Segment, normalise and index `docs` (document `i` of the results is `docs[i]`).
    pub fn new(docs: &[&str]) -> Corpus {
        Corpus::new_reporting(docs, &mut |_, _| {})
    }

    /// [`Corpus::new`], telling `progress(done, total)` how many of the sentences of all
    /// the documents are indexed: `(0, total)` once the documents are cut into sentences,
    /// then after about every hundredth sentence read (tokenised and cut to its statement:
    /// most of the time, 70 % natively, 90 % in the browser), and `(total, total)` when
    /// the index is built.
    /// The Web Worker shows it (`app/worker/serve.rs`).
    pub fn new_reporting(docs: &[&str], progress: &mut dyn FnMut(usize, usize)) -> Corpus {
        let ranges: Vec<Vec<(usize, usize)>> = docs.iter().map(|t| super::segment(t)).collect();
        Corpus::build(docs, ranges, Scoring::SHIPPED, progress)
    }

    /// Like [`Corpus::new`] with the sentences given: `ranges[i]` are the sentence ranges
    /// of `docs[i]` (code points, ascending, within the text; others are dropped).
    pub fn from_ranges(docs: &[&str], ranges: Vec<Vec<(usize, usize)>>) -> Corpus {
        Corpus::from_ranges_scoring(docs, ranges, Scoring::SHIPPED)
    }

    /// [`Corpus::from_ranges`] with pairs scored as `scoring` says (for measuring the
    /// alternatives, `examples/eval_articles.rs`).
    #[doc(hidden)]
    pub fn from_ranges_scoring(
        docs: &[&str],
        ranges: Vec<Vec<(usize, usize)>>,
        scoring: Scoring,
    ) -> Corpus {
        Corpus::build(docs, ranges, scoring, &mut |_, _| {})
    }

    /// How alike documents `da` and `db` are as wholes, 0-1: the cosine of their sublinear
    /// TF-IDF vectors over content stems (`article_similarities` in `corpus.rs`); 0 for an
    /// unknown document.
    pub fn article_similarity(&self, da: usize, db: usize) -> f32 {
        let n = self.doc_ranges.len();
        if da >= n || db >= n {
            return 0.0;
        }
        self.article_sim[da * n + db]
    }

    /// Whether documents `da` and `db` tell two events: the storm each names when each
    /// names one and neither the other's (`flags::storms_apart`: "Hurricane Odalys",
    /// "Hurricane Bertrán", as written), else the place each names
    /// most when their places are known apart (`flags::places_apart`: "leeds",
    /// "glasgow"), else the places their leads differ on when the leads also differ in
    /// date or figures and share none (`flags::leads_apart`: "granada", "valencia");
    /// `None` when they may tell one event or a document is unknown. Their pairs' scores
    /// are scaled down (`align::APART_FACTOR`).
    pub fn places_apart(&self, da: usize, db: usize) -> Option<(String, String)> {
        if !self.is_apart(da, db) {
            return None;
        }
        self.apart_matrix().get(da * self.len() + db)?.clone()
    }

    /// Every pair of documents placed apart ([`Corpus::places_apart`]), `(a, b, place of
    /// a, place of b)` with `a < b`, in order.
    pub fn apart_pairs(&self) -> Vec<(usize, usize, String, String)> {
        let n = self.len();
        (0..n)
            .flat_map(|a| (a + 1..n).map(move |b| (a, b)))
            .filter_map(|(a, b)| {
                let (pa, pb) = self.places_apart(a, b)?;
                Some((a, b, pa, pb))
            })
            .collect()
    }

    /// The IDF of the articles `da` and `db` alone ([`PairIdf`]).
    fn pair_idf(&self, da: usize, db: usize) -> PairIdf<'_> {
        PairIdf::new(&self.doc_df[da], &self.doc_df[db])
    }

    /// Whether sentences must be weighed again for each pair of articles: with more than
    /// two documents the corpus's IDF is not any pair's.
    fn weighs_pairs(&self) -> bool {
        self.doc_df.len() > 2
    }

    /// `a` (a text of document `da`) and `b` (of `db`) weighed by the IDF of those two
    /// articles alone: borrowed as they are when the corpus holds two documents.
    fn weighed<'p>(
        &self,
        (a, da): (&'p Prepared, usize),
        (b, db): (&'p Prepared, usize),
    ) -> (Cow<'p, Prepared>, Cow<'p, Prepared>) {
        if !self.weighs_pairs() {
            return (Cow::Borrowed(a), Cow::Borrowed(b));
        }
        let idf = self.pair_idf(da, db);
        let (mut a, mut b) = (a.clone(), b.clone());
        a.weigh_with(|x| idf.get(x));
        b.weigh_with(|x| idf.get(x));
        (Cow::Owned(a), Cow::Owned(b))
    }

    /// Every sentence pair of documents `da` and `db` with its alignment features
    /// (`(i, j, features)`, `i`/`j` index the documents' sentences): for training and
    /// evaluating the alignment model (`examples/eval_articles.rs`).
    #[doc(hidden)]
    pub fn pair_features(
        &self,
        da: usize,
        db: usize,
    ) -> Vec<(usize, usize, [f32; align::N_ALIGN])> {
        let (Some(&fa), Some(&fb)) = (self.doc_first.get(da), self.doc_first.get(db)) else {
            return Vec::new();
        };
        let (na, nb) = (self.doc_ranges[da].len(), self.doc_ranges[db].len());
        let mut out = Vec::with_capacity(na * nb);
        for i in 0..na {
            for j in 0..nb {
                let (a, b) = (&self.sentences[fa + i], &self.sentences[fb + j]);
                let (sa, sb) = (a.scored().0, b.scored().0);
                let whole = self.whole_cosine((&a.prep, sa), (&b.prep, sb), (da, db), None);
                let (sa, sb) = self.weighed((sa, da), (sb, db));
                out.push((i, j, align::statement_features(&sa, &sb, whole)));
            }
        }
        out
    }

    /// Number of documents.
    pub fn len(&self) -> usize {
        self.doc_ranges.len()
    }

    /// Whether the corpus holds no document.
    pub fn is_empty(&self) -> bool {
        self.doc_ranges.is_empty()
    }

    /// Total number of sentences.
    pub fn sentence_count(&self) -> usize {
        self.sentences.len()
    }

    /// Sentence ranges of document `doc` (empty for an unknown document).
    pub fn sentences(&self, doc: usize) -> &[(usize, usize)] {
        self.doc_ranges.get(doc).map_or(&[], |v| v.as_slice())
    }

    /// The sentence (index into `self.sentences`) of `doc` that is exactly `start..end`.
    fn sentence_at(&self, doc: usize, start: usize, end: usize) -> Option<usize> {
        let ranges = self.doc_ranges.get(doc)?;
        let k = ranges.binary_search(&(start, end)).ok()?;
        Some(self.doc_first[doc] + k)
    }

    /// The sentences with the text of sentence `i` (an indexed one): itself alone unless
    /// some article gives the text more than [`COUNTED_COPIES`] times.
    fn copies_of(&self, i: u32) -> impl Iterator<Item = u32> + '_ {
        let all = if self.repeated[i as usize] {
            self.copies.get(&i).map(Vec::as_slice)
        } else {
            None
        };
        let alone = all.is_none().then_some(i);
        all.unwrap_or(&[]).iter().copied().chain(alone)
    }
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_across;
#[cfg(test)]
mod tests_clause_flags;
#[cfg(test)]
mod tests_clause_scores;
#[cfg(test)]
mod tests_flag_cache;
#[cfg(test)]
mod tests_frames;
#[cfg(test)]
mod tests_speed;

//! Candidates for a span's suggestions chosen article pair by article pair: which sentences
//! of each other article get the full learned score ([`Corpus::ranked`], [`Corpus::suggest`]).
//!
//! The candidates of the pair (source article, target article) are chosen with that pair's
//! statistics alone, as for a corpus of those two articles: a stem held by more than a
//! tenth of the pair's sentences (at least 20) is too common to find candidates by, the
//! IDF-weighted cosine is taken with the pair's IDF ([`PairIdf`]), and at most
//! [`MAX_CANDIDATES`] texts of the target article (the highest cosines, ties by place in the
//! article) are scored. A text the target article gives more than
//! [`COUNTED_COPIES`](super::COUNTED_COPIES) times
//! is one of them, with all its copies. Beside the sentences found by their stems, those
//! sharing an event or fact class with the text (a synonym class, a toll, a condition)
//! fill the room the cap leaves (`same_fact_in_other_words`): the same fact told in other
//! words shares no stem (trial 33, F2).
//!
//! Chosen over every loaded article instead (one index with the common stems cut by their
//! count over all articles, one cosine with the corpus's IDF, one cap for all articles),
//! the candidates of a pair changed with what else was loaded: two short articles repeating
//! the samples' sentences made "defector" common over the corpus, so the LA Times
//! "6-minute mark" sentence, which shares only that word with the claim "The defector was
//! shot at least four times", was no candidate in any article and its card (18 %) was
//! gone (REPORT14 section 3; `tests/matcher_context.rs`). The pair's scores were right; the
//! sentences scored were not.

use super::pair_idf::PairIdf;
use super::{Corpus, MAX_CANDIDATES};
use crate::matcher::align::EVENT_CLASSES;
use crate::matcher::features::Prepared;
use std::collections::HashSet;

/// The least document frequency, over a pair's sentences, at which a stem is too common to
/// find candidates by: a tenth of the pair's counted sentences, at least 20.
fn common_from(sentences: u32) -> u32 {
    (sentences / 10).max(20)
}

/// The candidate search for the texts of one article (`da`) in every other article: each
/// pair's IDF, and the scratch space of the cosines, kept between the queries of that
/// article.
pub(super) struct PairSearch<'c> {
    corpus: &'c Corpus,
    da: usize,
    /// Per article: the pair's IDF (`None` for `da`).
    idfs: Vec<Option<PairIdf<'c>>>,
    /// Per sentence: its norm under its pair's IDF with `da` (NaN until computed).
    norms: Vec<f32>,
    /// Per sentence: the dot product with the query so far.
    acc: Vec<f32>,
    touched: Vec<u32>,
    /// `[db * m + k]`: the weight of the query's stem `k` in the pair with `db` (`None`: too
    /// common in the pair to find candidates by).
    weights: Vec<Option<f32>>,
    /// Per article: the query's norm under the pair's IDF.
    q_norm: Vec<f32>,
}

impl<'c> PairSearch<'c> {
    /// The search for texts of article `da` in every other article.
    pub(super) fn new(corpus: &'c Corpus, da: usize) -> PairSearch<'c> {
        let docs = corpus.len();
        PairSearch {
            corpus,
            da,
            idfs: (0..docs)
                .map(|db| (db != da).then(|| corpus.pair_idf(da, db)))
                .collect(),
            norms: vec![f32::NAN; corpus.sentences.len()],
            acc: vec![0.0; corpus.sentences.len()],
            touched: Vec::new(),
            weights: Vec::new(),
            q_norm: vec![0.0; docs],
        }
    }

    /// The IDF of the pair (`da`, `db`), when `db` is searched.
    pub(super) fn idf(&self, db: usize) -> Option<&PairIdf<'c>> {
        self.idfs.get(db).and_then(Option::as_ref)
    }

    /// The candidates for `q`, a text of article `da`, in every article searched: per
    /// article, the sentences whose IDF cosine with `q` under the pair's statistics is at
    /// least `min_cos`, at most [`MAX_CANDIDATES`] texts (with all their copies in that
    /// article, the highest cosines, ties by place); sentence indices, ascending.
    pub(super) fn candidates(&mut self, q: &Prepared, min_cos: f32) -> Vec<u32> {
        let c = self.corpus;
        let qc = q.content();
        let m = qc.len();
        if m == 0 || self.da >= c.len() {
            return Vec::new();
        }
        let own = &c.doc_df[self.da];
        let q_df: Vec<u32> = qc
            .iter()
            .map(|x| own.df.get(&x.0).copied().unwrap_or(0))
            .collect();
        self.weights.clear();
        self.weights.resize(c.len() * m, None);
        for (db, idf) in self.idfs.iter().enumerate() {
            let Some(idf) = idf else { continue };
            let other = &c.doc_df[db];
            let common = common_from(own.sentences + other.sentences);
            let mut sq = 0.0f32;
            for (k, x) in qc.iter().enumerate() {
                let df = q_df[k] + other.df.get(&x.0).copied().unwrap_or(0);
                let w = idf.of_df(df);
                sq += w * w;
                if df <= common {
                    self.weights[db * m + k] = Some(w);
                }
            }
            self.q_norm[db] = sq.sqrt();
        }
        // The dot products, accumulated from every sentence holding each stem.
        for (k, x) in qc.iter().enumerate() {
            let Some(list) = c.by_stem.get(&x.0) else {
                continue;
            };
            for &j in list {
                let db = c.sentences[j as usize].doc;
                let Some(w) = self.weights[db * m + k] else {
                    continue;
                };
                if self.acc[j as usize] == 0.0 {
                    self.touched.push(j);
                }
                self.acc[j as usize] += w * w;
            }
        }
        // (article, cosine, sentence) of those at `min_cos` or above.
        let mut passed: Vec<(usize, f32, u32)> = Vec::new();
        for &j in &self.touched {
            let j_ = j as usize;
            let s = &c.sentences[j_];
            let dot = std::mem::take(&mut self.acc[j_]);
            let Some(idf) = self.idfs[s.doc].as_ref() else {
                continue;
            };
            if self.norms[j_].is_nan() {
                let mut sq = 0.0f32;
                for (k, x) in s.prep.content().iter().enumerate() {
                    let df = c.own_df(j_, k) + own.df.get(&x.0).copied().unwrap_or(0);
                    let w = idf.of_df(df);
                    sq += w * w;
                }
                self.norms[j_] = sq.sqrt();
            }
            let denom = self.q_norm[s.doc] * self.norms[j_];
            if denom > 0.0 {
                let cos = dot / denom;
                if cos >= min_cos {
                    passed.push((s.doc, cos, j));
                }
            }
        }
        self.touched.clear();
        self.same_fact_in_other_words(q, &mut passed);
        passed.sort_unstable_by(|x, y| x.0.cmp(&y.0).then(y.1.total_cmp(&x.1)).then(x.2.cmp(&y.2)));
        let mut out = Vec::with_capacity(passed.len());
        for group in passed.chunk_by(|x, y| x.0 == y.0) {
            // The texts taken: each sentence is one, but a text the article gives more
            // than COUNTED_COPIES times is one with all its copies.
            let mut taken = 0usize;
            let mut flooded: HashSet<u32> = HashSet::new();
            for &(_, _, j) in group {
                let j_ = j as usize;
                if c.own_flood[j_] {
                    if flooded.contains(&c.text_id[j_]) {
                        out.push(j);
                        continue;
                    }
                    if taken < MAX_CANDIDATES {
                        flooded.insert(c.text_id[j_]);
                    }
                }
                if taken < MAX_CANDIDATES {
                    taken += 1;
                    out.push(j);
                }
            }
        }
        out.sort_unstable();
        out
    }
}

impl PairSearch<'_> {
    /// Adds to `passed` ((article, cosine, sentence) of the candidates found by their
    /// stems) the sentences of the articles searched that share an event or fact class
    /// with `q` (a synonym class of `align::SYNONYMS` other than participants and places,
    /// a toll, a patient's condition: `align::EVENT_CLASSES`) and are not in it yet, with
    /// a cosine of 0: the same fact told in other words ("None of their injuries were
    /// life-threatening" / "One of them is in serious condition", trial 33, F2) shares no
    /// stem, so the stems alone never make it a candidate. They come after every
    /// sentence found by its stems, so they fill only the room the cap leaves.
    fn same_fact_in_other_words(&self, q: &Prepared, passed: &mut Vec<(usize, f32, u32)>) {
        let classes = q.classes & EVENT_CLASSES;
        if classes == 0 {
            return;
        }
        let c = self.corpus;
        let found: HashSet<u32> = passed.iter().map(|x| x.2).collect();
        for (j, s) in c.sentences.iter().enumerate() {
            let j = j as u32;
            if s.prep.classes & classes != 0 && self.idf(s.doc).is_some() && !found.contains(&j) {
                passed.push((s.doc, 0.0, j));
            }
        }
    }
}

impl Corpus {
    /// The document frequency, in its own article, of content stem `k` of sentence `j`.
    fn own_df(&self, j: usize, k: usize) -> u32 {
        let s = &self.sentences[j];
        match s.own_df.get(k) {
            Some(&df) => df,
            None => s
                .prep
                .content()
                .get(k)
                .and_then(|c| self.doc_df[s.doc].df.get(&c.0))
                .copied()
                .unwrap_or(0),
        }
    }
}

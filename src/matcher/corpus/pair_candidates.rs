//! Candidates for a span's suggestions chosen article pair by article pair: which sentences
//! of each other article get the full learned score ([`Corpus::suggest`]).
//!
//! The candidates of the pair (source article, target article) are chosen with that pair's
//! statistics alone, as for a corpus of those two articles: a stem held by more than a
//! tenth of the pair's sentences (at least 20) is too common to find candidates by, the
//! IDF-weighted cosine is taken with the pair's IDF ([`PairIdf`]), and at most
//! [`MAX_CANDIDATES`] texts of the target article (the highest cosines, ties by place in the
//! article) are scored. A text the target article gives more than [`COUNTED_COPIES`] times
//! is one of them, with all its copies.
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
use crate::matcher::features::Prepared;
use std::collections::HashSet;

/// The least document frequency, over a pair's sentences, at which a stem is too common to
/// find candidates by: a tenth of the pair's counted sentences, at least 20.
fn common_from(sentences: u32) -> u32 {
    (sentences / 10).max(20)
}

impl Corpus {
    /// The candidates in every article but `da` for `q`, a text of article `da`: per
    /// article, the sentences whose IDF cosine with `q` under the pair's statistics is at
    /// least `min_cos`, at most [`MAX_CANDIDATES`] texts (with all their copies in that
    /// article); sentence indices, ascending.
    pub(super) fn pair_candidates(&self, q: &Prepared, da: usize, min_cos: f32) -> Vec<u32> {
        let docs = self.len();
        let qc = q.content();
        let m = qc.len();
        if m == 0 || da >= docs {
            return Vec::new();
        }
        let own = &self.doc_df[da];
        let q_df: Vec<u32> = qc
            .iter()
            .map(|c| own.df.get(&c.0).copied().unwrap_or(0))
            .collect();
        // Per article `db`: the pair's IDF, the weight of each of `q`'s stems in the pair
        // (`None`: too common in the pair), and `q`'s norm under it.
        let idfs: Vec<Option<PairIdf>> = (0..docs)
            .map(|db| (db != da).then(|| self.pair_idf(da, db)))
            .collect();
        let mut weights: Vec<Option<f32>> = vec![None; docs * m];
        let mut q_norm = vec![0.0f32; docs];
        for (db, idf) in idfs.iter().enumerate() {
            let Some(idf) = idf else { continue };
            let other = &self.doc_df[db];
            let common = common_from(own.sentences + other.sentences);
            let mut sq = 0.0f32;
            for (k, c) in qc.iter().enumerate() {
                let df = q_df[k] + other.df.get(&c.0).copied().unwrap_or(0);
                let w = idf.of_df(df);
                sq += w * w;
                if df <= common {
                    weights[db * m + k] = Some(w);
                }
            }
            q_norm[db] = sq.sqrt();
        }
        // The dot products, accumulated from every sentence holding each stem.
        let mut acc: Vec<f32> = vec![0.0; self.sentences.len()];
        let mut touched: Vec<u32> = Vec::new();
        for (k, c) in qc.iter().enumerate() {
            let Some(list) = self.by_stem.get(&c.0) else {
                continue;
            };
            for &j in list {
                let db = self.sentences[j as usize].doc;
                let Some(w) = weights[db * m + k] else {
                    continue;
                };
                if acc[j as usize] == 0.0 {
                    touched.push(j);
                }
                acc[j as usize] += w * w;
            }
        }
        // (article, cosine, sentence) of those at `min_cos` or above.
        let mut passed: Vec<(usize, f32, u32)> = Vec::new();
        for &j in &touched {
            let s = &self.sentences[j as usize];
            let Some(idf) = &idfs[s.doc] else { continue };
            let mut sq = 0.0f32;
            for (k, c) in s.prep.content().iter().enumerate() {
                let w =
                    idf.of_df(self.own_df(j as usize, k) + own.df.get(&c.0).copied().unwrap_or(0));
                sq += w * w;
            }
            let denom = q_norm[s.doc] * sq.sqrt();
            if denom > 0.0 {
                let cos = acc[j as usize] / denom;
                if cos >= min_cos {
                    passed.push((s.doc, cos, j));
                }
            }
        }
        passed.sort_unstable_by(|x, y| x.0.cmp(&y.0).then(y.1.total_cmp(&x.1)).then(x.2.cmp(&y.2)));
        let mut out = Vec::with_capacity(passed.len().min(docs * MAX_CANDIDATES));
        for group in passed.chunk_by(|x, y| x.0 == y.0) {
            // The texts taken: each sentence is one, but a text the article gives more
            // than COUNTED_COPIES times is one with all its copies.
            let mut taken = 0usize;
            let mut flooded: HashSet<u32> = HashSet::new();
            for &(_, _, j) in group {
                let j_ = j as usize;
                if self.own_flood[j_] {
                    if flooded.contains(&self.text_id[j_]) {
                        out.push(j);
                        continue;
                    }
                    if taken < MAX_CANDIDATES {
                        flooded.insert(self.text_id[j_]);
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

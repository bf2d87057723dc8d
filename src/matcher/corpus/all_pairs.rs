//! All-pairs matching over the corpus ([`Corpus::all_pairs`]): every cross-article sentence
//! pair scoring at least a minimum, found through the index's candidates (or every pair at
//! a minimum of 0), scored with each article pair's own IDF and explained.

use super::*;

impl Corpus {
    /// Every pair of sentences from different documents scoring at least `min_score`, with
    /// reasons and flags, highest score first. `progress(done, total)` is called after each
    /// sentence of the corpus (`total` = number of sentences). Above 0 only candidates
    /// past the IDF-cosine prefilter (`prefilter_for`) are scored; at `min_score <= 0`
    /// every cross-document pair is scored and listed (quadratic: for two articles, not
    /// for a hundred).
    pub fn all_pairs(
        &self,
        min_score: f64,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Vec<PairSuggestion> {
        let total = self.sentences.len();
        let min_cos = prefilter_for(min_score);
        let mut acc = vec![0.0f32; total];
        let mut touched = Vec::new();
        let mut out = Vec::new();
        // At 0 every pair is asked for: score them all, without the prefilter and the
        // candidate cap, so a ranking over all sentence pairs can be taken from the output.
        let every = min_score <= 0.0;
        // With more than two documents, each pair of articles weighs its sentences by its
        // own IDF: working copies, weighed again per article pair (`a_w` for the current
        // sentence, `work` for the others).
        let mut work: Vec<Prepared> = if self.weighs_pairs() {
            self.sentences.iter().map(|s| s.prep.clone()).collect()
        } else {
            Vec::new()
        };
        // Per working copy: the document of the sentences it was last weighed against (a
        // sentence of `db` is weighed for the pair `(da, db)`, so once per `da`).
        let mut weighed_for: Vec<usize> = vec![usize::MAX; work.len()];
        let mut idfs: Vec<Option<PairIdf>> = (0..self.len()).map(|_| None).collect();
        let mut idfs_of = usize::MAX;
        for (i, a) in self.sentences.iter().enumerate() {
            let cands: Vec<u32> = if every {
                (0..total as u32)
                    .filter(|&j| self.sentences[j as usize].doc > a.doc)
                    .collect()
            } else {
                self.candidates(&a.prep, min_cos, &mut acc, &mut touched, |s| s.doc > a.doc)
            };
            let mut a_w: Option<Prepared> = None;
            // The candidates are ascending, so grouped by document.
            for group in cands
                .chunk_by(|&x, &y| self.sentences[x as usize].doc == self.sentences[y as usize].doc)
            {
                let db = self.sentences[group[0] as usize].doc;
                // The pair's IDF, kept while the sentences of `a.doc` are matched.
                if idfs_of != a.doc {
                    idfs.iter_mut().for_each(|x| *x = None);
                    idfs_of = a.doc;
                }
                let idf = match work.is_empty() {
                    true => None,
                    false => Some(&*idfs[db].get_or_insert_with(|| self.pair_idf(a.doc, db))),
                };
                let a_prep: &Prepared = match idf {
                    Some(idf) => {
                        let p = a_w.get_or_insert_with(|| a.prep.clone());
                        weigh_in_pair(p, &a.own_df, &self.doc_df[db], idf);
                        p
                    }
                    None => &a.prep,
                };
                let sim = self.article_similarity(a.doc, db);
                for &j in group {
                    let b = &self.sentences[j as usize];
                    let b_prep: &Prepared = match idf {
                        Some(idf) => {
                            let p = &mut work[j as usize];
                            if weighed_for[j as usize] != a.doc {
                                weigh_in_pair(p, &b.own_df, &self.doc_df[a.doc], idf);
                                weighed_for[j as usize] = a.doc;
                            }
                            p
                        }
                        None => &b.prep,
                    };
                    let score = align::probability_in(a_prep, b_prep, sim);
                    if score >= min_score && (score > 0.0 || every) {
                        let e = explain_scored(a_prep, b_prep, score, (a.start, b.start));
                        out.push(PairSuggestion {
                            a_doc: a.doc,
                            a_start: a.start,
                            a_end: a.end,
                            b_doc: b.doc,
                            b_start: b.start,
                            b_end: b.end,
                            score,
                            reason: e.reason,
                            flags: e.flags,
                        });
                    }
                }
            }
            progress(i + 1, total);
        }
        out.sort_by(|x, y| {
            y.score.total_cmp(&x.score).then(
                (x.a_doc, x.a_start, x.b_doc, x.b_start)
                    .cmp(&(y.a_doc, y.a_start, y.b_doc, y.b_start)),
            )
        });
        out
    }
}

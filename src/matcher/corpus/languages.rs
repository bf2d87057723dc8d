//! Sentences of articles in two different languages: their candidates and their scores
//! read the concepts they share (`xling.rs`) besides their words. Two sentences in
//! different languages share few stems, so the index's cosine seldom makes one the other's
//! candidate (trial 49: the Dutch parallel "De drie ziekenhuizen van de groep moesten
//! ongeveer 150 geplande operaties uitstellen." shares no word with the Reuters sentence,
//! and got no card); every sentence of an article in another language that shares a
//! concept with the text is one, the best [`MAX_CANDIDATES`] by their similarity. The
//! pair's score is then lifted as far as the concepts are shared (`xling::lifted`). Two
//! articles in one language are left as they are.

use super::{Corpus, MAX_CANDIDATES};
use crate::matcher::features::Prepared;
use crate::matcher::xling;

impl Corpus {
    /// The concepts of `q`, a text of article `doc`, when some article is in another
    /// language than `doc`'s (`None` otherwise: nothing across languages is read).
    pub(super) fn query_concepts(&self, q: &Prepared, doc: usize) -> Option<Vec<u64>> {
        let x = self.xling.as_ref()?;
        (0..self.len())
            .any(|db| x.differ(doc, db))
            .then(|| xling::concepts(q, x.language(doc)))
    }

    /// The concepts of sentence `i` of the corpus when its article is in another language
    /// than some other article (empty otherwise).
    pub(super) fn sentence_concepts(&self, i: usize) -> &[u64] {
        self.xling.as_ref().map_or(&[], |x| x.keys(i))
    }

    /// The sentences of every article `db` in another language than `doc` for which
    /// `keep(db)` holds that share a concept with `keys` (the concepts of a text of `doc`):
    /// per article at most [`MAX_CANDIDATES`], the most alike first (ties by place);
    /// sentence indices, ascending.
    pub(super) fn candidates_across_languages(
        &self,
        (keys, doc): (&[u64], usize),
        keep: impl Fn(usize) -> bool,
    ) -> Vec<u32> {
        let Some(x) = self.xling.as_ref() else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for db in 0..self.len() {
            if !x.differ(doc, db) || !keep(db) {
                continue;
            }
            let first = self.doc_first[db];
            let end = self
                .doc_first
                .get(db + 1)
                .copied()
                .unwrap_or(self.sentences.len());
            let mut alike: Vec<(f64, u32)> = (first..end)
                .map(|j| (x.similarity((keys, doc), (x.keys(j), db)), j as u32))
                .filter(|c| c.0 > 0.0)
                .collect();
            alike.sort_by(|p, q| q.0.total_cmp(&p.0).then(p.1.cmp(&q.1)));
            out.extend(alike.into_iter().take(MAX_CANDIDATES).map(|c| c.1));
        }
        out.sort_unstable();
        out
    }

    /// `score` of a text of article `da` (concepts `keys`) and sentence `j` of article
    /// `db`, lifted by the concepts they share when the two articles are in different
    /// languages (`xling::lifted`); as it is otherwise.
    pub(super) fn across_languages(
        &self,
        (keys, da): (&[u64], usize),
        (j, db): (usize, usize),
        score: f64,
    ) -> f64 {
        match &self.xling {
            Some(x) if x.differ(da, db) => {
                xling::lifted(score, x.similarity((keys, da), (x.keys(j), db)))
            }
            _ => score,
        }
    }

    /// [`Corpus::across_languages`] of two texts, `qa` of article `da` and `qb` of article
    /// `db` (any ranges: `Corpus::score_ranges`).
    pub(super) fn across_languages_texts(
        &self,
        (qa, da): (&Prepared, usize),
        (qb, db): (&Prepared, usize),
        score: f64,
    ) -> f64 {
        match &self.xling {
            Some(x) if x.differ(da, db) => {
                let a = xling::concepts(qa, x.language(da));
                let b = xling::concepts(qb, x.language(db));
                xling::lifted(score, x.similarity((&a, da), (&b, db)))
            }
            _ => score,
        }
    }
}

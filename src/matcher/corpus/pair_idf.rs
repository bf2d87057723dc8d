//! Word weights of one article pair: the IDF over the sentences of those two articles
//! alone, whatever else is loaded ([`PairIdf`]); a sentence weighed by it
//! ([`weigh_in_pair`]); and how alike every two articles are as wholes under their own
//! pair's IDF ([`article_similarities`]).
//!
//! The alignment model and its calibration were fitted on article pairs, each weighed by
//! its own two articles' document frequencies (`examples/eval_articles.rs`). Counted over
//! every loaded article instead, a word that runs through one story turns rarer each time
//! an article of another story is added, and the pair's percentages drift: on the
//! development article pairs with the 16 articles of other topics loaded beside them, the
//! calibration error over pairs scored 0.2 and up rose from 0.083 to 0.126, and one
//! sample pair went from 54 % to 70 % with one unrelated article added. So the corpus
//! weighs each pair of sentences by [`PairIdf`] of their two articles: a pair's score is
//! the one `parallax suggest A B` gives for those two articles alone.

use super::super::features::{Prepared, StemMap};
use super::super::prepared::idf_of;
use std::cell::Cell;

/// Document frequencies of one article: content and stop stems -> how many of its counted
/// sentences hold them, and how many sentences it counts (`corpus::COUNTED_COPIES`).
#[derive(Debug, Clone, Default)]
pub(super) struct DocFreq {
    pub(super) df: StemMap<u32>,
    pub(super) sentences: u32,
}

/// The IDF of stems over the sentences of two articles, `ln((n + 1) / (df + 1)) + 1` with
/// `df` and `n` summed over the two (as `Idf::local` over a corpus of those two alone, so
/// the weights are bit for bit the same); a stem neither holds gets the IDF of `df = 1`.
pub(super) struct PairIdf<'a> {
    a: &'a StemMap<u32>,
    b: &'a StemMap<u32>,
    /// The two articles' sentences counted, at least 1.
    n: f64,
    /// IDF by summed document frequency, `by_df[df]` (`by_df[0]` for a stem neither article
    /// holds), each computed when first asked for (NaN until then): a pair's sentences
    /// meet only a few distinct frequencies.
    by_df: Vec<Cell<f32>>,
}

impl<'a> PairIdf<'a> {
    /// The pair IDF of articles `a` and `b` (the same article twice counts it once).
    pub(super) fn new(a: &'a DocFreq, b: &'a DocFreq) -> PairIdf<'a> {
        let same = std::ptr::eq(a, b);
        let n = if same {
            a.sentences
        } else {
            a.sentences + b.sentences
        };
        static EMPTY: std::sync::OnceLock<StemMap<u32>> = std::sync::OnceLock::new();
        let none = EMPTY.get_or_init(StemMap::default);
        PairIdf {
            a: &a.df,
            b: if same { none } else { &b.df },
            n: n.max(1) as f64,
            by_df: vec![Cell::new(f32::NAN); n as usize + 1],
        }
    }

    /// The weight of a stem hash.
    pub(super) fn get(&self, stem: u64) -> f32 {
        let df = self.a.get(&stem).copied().unwrap_or(0) + self.b.get(&stem).copied().unwrap_or(0);
        self.of_df(df)
    }

    /// The weight of a stem that `df` sentences of the two articles hold (0: neither).
    pub(super) fn of_df(&self, df: u32) -> f32 {
        let k = (df as usize).min(self.by_df.len() - 1);
        let w = self.by_df[k].get();
        if !w.is_nan() {
            return w;
        }
        let w = idf_of(k.max(1) as f64, self.n);
        self.by_df[k].set(w);
        w
    }
}

/// Weigh `p`, a sentence whose content stems' document frequencies in its own article are
/// `own` (same order), by the IDF of its article and `other` (`idf`): the weights
/// [`PairIdf::get`] gives, with one lookup per stem instead of two.
pub(super) fn weigh_in_pair(p: &mut Prepared, own: &[u32], other: &DocFreq, idf: &PairIdf) {
    let mut k = 0;
    p.weigh_with(|stem| {
        let df = own.get(k).copied().unwrap_or(0) + other.df.get(&stem).copied().unwrap_or(0);
        k += 1;
        idf.of_df(df)
    });
}

/// Cosine similarity of every two documents as wholes, row-major `docs x docs`: each
/// document a vector over its content stems, weighted `(1 + ln tf) * idf` (`tf` the number
/// of its sentences holding the stem, `idf` the IDF of the two articles alone, [`PairIdf`],
/// whatever else is loaded; sublinear TF-IDF as in
/// Manning, Raghavan and Schutze 2008, section 6.4.1). Two reports of one event share their
/// names and places (0.18-0.55 on the development article pairs), two events of one kind
/// only their generic words (0.10-0.15), two unrelated stories less (median 0.06): the
/// alignment model reads it as the pair's article context ([`crate::matcher::align::probability_in`]).
pub(super) fn article_similarities(doc_tf: &[StemMap<u32>], doc_df: &[DocFreq]) -> Vec<f32> {
    similarities_by(doc_tf, doc_df, sums)
}

/// One stem of a document's vector: the stem, its document frequency in the document, and
/// `1 + ln tf` (0 for a stem outside the vector: a stop word, or one only page lines hold).
pub(super) type Entry = (u64, u32, f32);

/// How [`similarities_by`] sums two documents' lists: their squared norms and dot product.
pub(super) type Sums = fn(&[Entry], &[Entry], &PairIdf) -> (f32, f32, f32);

/// [`article_similarities`] with the squared norms and the dot product of two documents'
/// vectors (their [`Entry`] lists, sorted by stem) under their pair's IDF summed by `sums`.
pub(super) fn similarities_by(doc_tf: &[StemMap<u32>], doc_df: &[DocFreq], sums: Sums) -> Vec<f32> {
    // Per document, sorted by stem: every stem its counted sentences hold.
    let lists: Vec<Vec<Entry>> = doc_df
        .iter()
        .zip(doc_tf)
        .map(|(d, tf)| {
            let mut v: Vec<Entry> =
                d.df.iter()
                    .map(|(&k, &df)| {
                        let w = tf.get(&k).map_or(0.0, |&c| 1.0 + (c as f32).ln());
                        (k, df, w)
                    })
                    .collect();
            v.sort_unstable_by_key(|x| x.0);
            v
        })
        .collect();
    let n = lists.len();
    let mut sim = vec![0.0f32; n * n];
    for a in 0..n {
        sim[a * n + a] = 1.0;
        for b in a + 1..n {
            // Each pair by the IDF of its two articles alone.
            let idf = PairIdf::new(&doc_df[a], &doc_df[b]);
            let (na, nb, dot) = sums(&lists[a], &lists[b], &idf);
            let norm = na.sqrt() * nb.sqrt();
            let dot = if norm > 0.0 {
                (dot / norm).clamp(0.0, 1.0)
            } else {
                0.0
            };
            sim[a * n + b] = dot;
            sim[b * n + a] = dot;
        }
    }
    sim
}

/// The squared norms of two documents' vectors and their dot product, weighted by the
/// pair's IDF: one merge of the two lists gives the summed document frequencies of the
/// stems both hold. A stem only one holds adds nothing to the dot product (nor to the
/// other's norm): only the shared ones are summed there, each sum in stem order.
fn sums(la: &[Entry], lb: &[Entry], idf: &PairIdf) -> (f32, f32, f32) {
    let (mut i, mut j) = (0, 0);
    let (mut na, mut nb, mut dot) = (0.0f32, 0.0f32, 0.0f32);
    let alone = |e: &Entry, n: &mut f32| {
        let w = e.2 * idf.of_df(e.1);
        *n += w * w;
    };
    while i < la.len() && j < lb.len() {
        let (ea, eb) = (&la[i], &lb[j]);
        if ea.0 < eb.0 {
            alone(ea, &mut na);
            i += 1;
        } else if eb.0 < ea.0 {
            alone(eb, &mut nb);
            j += 1;
        } else {
            let w = idf.of_df(ea.1 + eb.1);
            let (wa, wb) = (ea.2 * w, eb.2 * w);
            na += wa * wa;
            nb += wb * wb;
            dot += wa * wb;
            i += 1;
            j += 1;
        }
    }
    la[i..].iter().for_each(|e| alone(e, &mut na));
    lb[j..].iter().for_each(|e| alone(e, &mut nb));
    (na, nb, dot)
}

//! Word weights of one article pair: the IDF over the sentences of those two articles
//! alone, whatever else is loaded.
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

use super::super::features::StemMap;
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

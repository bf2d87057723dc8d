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
    /// IDF by summed document frequency: `by_df[df]`, and `by_df[0]` for a stem neither
    /// article holds.
    by_df: Vec<f32>,
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
        let nf = n.max(1) as f64;
        let by_df = (0..=n).map(|df| idf_of(df.max(1) as f64, nf)).collect();
        static EMPTY: std::sync::OnceLock<StemMap<u32>> = std::sync::OnceLock::new();
        let none = EMPTY.get_or_init(StemMap::default);
        PairIdf {
            a: &a.df,
            b: if same { none } else { &b.df },
            by_df,
        }
    }

    /// The weight of a stem hash.
    pub(super) fn get(&self, stem: u64) -> f32 {
        let df = self.a.get(&stem).copied().unwrap_or(0) + self.b.get(&stem).copied().unwrap_or(0);
        self.of_df(df)
    }

    /// The weight of a stem that `df` sentences of the two articles hold (0: neither).
    pub(super) fn of_df(&self, df: u32) -> f32 {
        match self.by_df.get(df as usize) {
            Some(&w) => w,
            None => self.by_df[self.by_df.len() - 1],
        }
    }
}

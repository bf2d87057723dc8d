//! Two events of one kind told alike: articles that place their stories in places known
//! apart (`flags::places_apart`: an earthquake in Chile and one in Japan, a strike in Leeds
//! and one in Glasgow) are read as reports of two events, whatever their words share: the
//! score of every pair between them is scaled by [`align::APART_FACTOR`], so a sentence
//! told alike in both ("There were no immediate reports of damage.") is not shown as the
//! same fact.

use super::super::align;
use super::super::flags::{places_apart, ArticlePlaces};

/// Row-major `docs x docs`: whether each two documents' places are known apart.
pub(super) fn apart_pairs(places: &[ArticlePlaces]) -> Vec<bool> {
    let n = places.len();
    let mut out = vec![false; n * n];
    for a in 0..n {
        for b in a + 1..n {
            if places_apart(&places[a], &places[b]).is_some() {
                out[a * n + b] = true;
                out[b * n + a] = true;
            }
        }
    }
    out
}

impl super::Corpus {
    /// Whether documents `da` and `db` are placed apart (the matrix [`apart_pairs`] gave;
    /// `false` for an unknown document).
    pub(super) fn is_apart(&self, da: usize, db: usize) -> bool {
        let n = self.doc_places.len();
        da < n && db < n && self.apart[da * n + db]
    }

    /// `score`, a pair's calibrated probability between documents `da` and `db`, scaled
    /// down when their places are known apart ([`align::apart_scaled`]).
    pub(super) fn in_context(&self, da: usize, db: usize, score: f64) -> f64 {
        if self.is_apart(da, db) {
            align::apart_scaled(score)
        } else {
            score
        }
    }
}

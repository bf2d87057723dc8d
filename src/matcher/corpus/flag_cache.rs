//! The flags of two ranges read as each other's context ([`Corpus::flags_in_sentences`]),
//! kept per pair of ranges. A clause's suggestions read the flags of its sentence against
//! each candidate (`corpus/clause.rs`, `Corpus::flagged_detail`), and every other clause of
//! that sentence reads them again against the same candidates; [`Corpus::score_ranges`]
//! reads them for the lift and again for the explanation. The flags of two ranges depend
//! only on the ranges (each prepared alone, weighed by its pair of documents), so they are
//! read once and kept. Bounded: past [`CAPACITY`] pairs the cache starts afresh.
//!
//! Why this and `flags::Facts` (`flags/facts.rs`) both exist (session 43's review): they
//! keep different things and neither can hold the other's. `Facts` are what the rules
//! read of *one* sentence (its counts, dates, names, places …), kept inside its
//! `Prepared` and shared by its clones, so a sentence compared in many pairs (all-pairs
//! matching) is read once. This cache keeps the rules'
//! *answer for a pair* (the flags of two ranges), which depends on both sides and on the
//! pair of documents that weighs them, so no one sentence can hold it; and the two ranges
//! are prepared afresh for each query (`Corpus::prepare_range`, then weighed), so their
//! `Facts` do not outlive it: without this cache every clause of a sentence would prepare
//! and compare the same two contexts again. A pair's flags kept here were read through
//! the `Facts` of its two fresh sentences; the two never hold the same value.

use super::*;
use crate::matcher::Discrepancy;
use std::sync::{Arc, Mutex};

/// Two ranges `(doc, start, end)` (code points) read as context: the first, the second.
type Key = ((usize, usize, usize), (usize, usize, usize));

/// How many pairs of ranges the cache holds before it is emptied (a few clauses' worth of
/// candidates in every article of a large workspace).
const CAPACITY: usize = 4096;

/// The flags of pairs of ranges, each shifted into its document's code points, before
/// they are kept to the parts a query asks about. A clone starts empty (and keeps whether
/// it is on).
#[derive(Default)]
pub(super) struct FlagCache {
    /// Off: every pair's flags are read afresh (for the benchmark and the test comparing
    /// the two).
    off: bool,
    pairs: Mutex<HashMap<Key, Arc<Vec<Discrepancy>>>>,
}

impl Clone for FlagCache {
    fn clone(&self) -> Self {
        FlagCache {
            off: self.off,
            pairs: Mutex::default(),
        }
    }
}

impl std::fmt::Debug for FlagCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let n = self.pairs.lock().map_or(0, |p| p.len());
        write!(f, "FlagCache {{ off: {}, pairs: {n} }}", self.off)
    }
}

impl FlagCache {
    /// The flags of `key`, read by `read` when not kept yet (`None` from `read` is not
    /// kept).
    pub(super) fn get_or(
        &self,
        key: Key,
        read: impl FnOnce() -> Option<Vec<Discrepancy>>,
    ) -> Option<Arc<Vec<Discrepancy>>> {
        if self.off {
            return read().map(Arc::new);
        }
        if let Some(f) = self.pairs.lock().ok().and_then(|p| p.get(&key).cloned()) {
            return Some(f);
        }
        let flags = Arc::new(read()?);
        if let Ok(mut p) = self.pairs.lock() {
            if p.len() >= CAPACITY {
                p.clear();
            }
            p.insert(key, flags.clone());
        }
        Some(flags)
    }
}

impl Corpus {
    /// This corpus with the flags of each pair of ranges read afresh every time (`false`)
    /// or kept once read (`true`, the default; `corpus/flag_cache.rs`). The suggestions,
    /// scores and flags are the same either way; off is for measuring what keeping them
    /// saves (`examples/bench_clauses.rs`).
    pub fn keeping_flags(mut self, keep: bool) -> Corpus {
        self.flag_cache = FlagCache {
            off: !keep,
            pairs: Mutex::default(),
        };
        self
    }
}

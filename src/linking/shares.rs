//! Matching split into shares ([`Matching::suggest_share`](super::Matching::suggest_share)), so that several Web Workers,
//! each holding the whole corpus, can match one workspace together: which spans each share
//! matches ([`share_of`]), the unlabelled matches of a list of groups ([`unlabelled`]) and
//! putting the shares back together ([`Suggestions::merge`]), exactly as one run gives.
//!
//! A share is a run of consecutive spans in the order of [`Matching::suggest`](super::Matching::suggest)'s groups, so
//! the merged groups are the shares' groups one after the other. The runs are balanced by
//! the sentence pairs they score: a span is scored against every sentence of the other
//! documents, so its cost is the corpus's sentences less its own document's.

use super::{SpanGroup, SpanSuggestion, Suggestions, UNLABELLED_MIN};
use std::collections::HashMap;
use std::ops::Range;

/// The spans of share `part` of `parts`, as indices into a list of spans whose costs (the
/// sentence pairs each scores) are `costs`: consecutive runs, the k-th starting at the
/// first span before which at least k / parts of the whole cost lies, so that each holds
/// about its part of it. `parts` 0 is taken as 1; `part >= parts` gives an empty range. A
/// list of zero cost is cut by the number of spans instead.
pub fn share_of(costs: &[usize], part: usize, parts: usize) -> Range<usize> {
    let parts = parts.max(1);
    if part >= parts {
        return costs.len()..costs.len();
    }
    let weights: Vec<u128> = if costs.iter().all(|&c| c == 0) {
        vec![1; costs.len()]
    } else {
        costs.iter().map(|&c| c as u128).collect()
    };
    let whole: u128 = weights.iter().sum();
    // The first index before which at least k / parts of the whole lies.
    let cut = |k: usize| -> usize {
        if k == 0 {
            return 0;
        }
        if k >= parts {
            return weights.len();
        }
        let mut before = 0u128;
        for (i, w) in weights.iter().enumerate() {
            if before * parts as u128 >= whole * k as u128 {
                return i;
            }
            before += w;
        }
        weights.len()
    };
    cut(part)..cut(part + 1)
}

/// The unlabelled matches of `groups` ([`Suggestions::unlabelled`]): each sentence with no
/// span linked that a suggestion scores at least [`UNLABELLED_MIN`], once, with its best
/// suggestion (the first of equal scores in the order of the groups), best first.
pub fn unlabelled(groups: &[SpanGroup]) -> Vec<SpanSuggestion> {
    let mut best: HashMap<(String, usize, usize), SpanSuggestion> = HashMap::new();
    for s in groups.iter().flat_map(|g| g.suggestions.iter()) {
        if s.target_span.is_some() || s.score < UNLABELLED_MIN {
            continue;
        }
        let key = (s.target_doc.clone(), s.sentence.0, s.sentence.1);
        match best.get(&key) {
            Some(b) if b.score >= s.score => {}
            _ => {
                best.insert(key, s.clone());
            }
        }
    }
    let mut out: Vec<SpanSuggestion> = best.into_values().collect();
    out.sort_by(|x, y| {
        y.score
            .total_cmp(&x.score)
            .then_with(|| x.key().cmp(&y.key()))
    });
    out
}

impl Suggestions {
    /// The shares of one matching job ([`Matching::suggest_share`](super::Matching::suggest_share) of every part, in part
    /// order) as one answer, exactly [`Matching::suggest`](super::Matching::suggest)'s: the groups one share after
    /// the other, the unlabelled matches taken again over all of them, the sentences and
    /// the articles apart as every share gives them (the same corpus). No shares: empty.
    pub fn merge(shares: Vec<Suggestions>) -> Suggestions {
        let mut shares = shares.into_iter();
        let Some(mut out) = shares.next() else {
            return Suggestions::default();
        };
        for share in shares {
            out.groups.extend(share.groups);
        }
        out.unlabelled = unlabelled(&out.groups);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::share_of;

    /// The shares cover every span once, in order, for any number of parts.
    #[test]
    fn shares_cover_every_span_once_in_order() {
        let costs = [5, 0, 7, 7, 1, 30, 2, 2, 2, 9];
        for parts in 0..=12 {
            let mut next = 0;
            for part in 0..parts.max(1) {
                let r = share_of(&costs, part, parts);
                assert_eq!(r.start, next, "{part}/{parts}");
                assert!(r.end >= r.start);
                next = r.end;
            }
            assert_eq!(next, costs.len(), "{parts}");
            assert!(share_of(&costs, parts.max(1), parts).is_empty());
        }
        assert_eq!(share_of(&[], 0, 2), 0..0);
        assert_eq!(share_of(&[], 1, 2), 0..0);
    }

    /// Two shares hold about half the cost each, not half the spans.
    #[test]
    fn shares_are_balanced_by_cost_not_by_count() {
        // Spans of a short article first (each scored against many sentences), then many
        // spans of long articles.
        let costs: Vec<usize> = [vec![100; 10], vec![10; 100]].concat();
        let (a, b) = (share_of(&costs, 0, 2), share_of(&costs, 1, 2));
        let sum = |r: std::ops::Range<usize>| costs[r].iter().sum::<usize>();
        assert_eq!(sum(a.clone()), 1000);
        assert_eq!(sum(b.clone()), 1000);
        assert_eq!((a, b), (0..10, 10..110));
        // Equal costs (or none): halves by count.
        assert_eq!(share_of(&[0; 7], 0, 2), 0..4);
        assert_eq!(share_of(&[3; 8], 1, 2), 4..8);
    }
}

//! Which event a text of the batch is about, told by the company it keeps both ways: each
//! text's *reciprocal* neighbours (texts among its nearest that have it among theirs), grown
//! by the smaller reciprocal sets of its members that mostly lie inside it (the k-reciprocal
//! sets of re-ranking in image retrieval). Two sentences of one event tend to share such a
//! set even when their plain neighbour lists differ (a hub text is everyone's neighbour but
//! few texts' reciprocal one); two similar events' sentences keep apart. The Jaccard index of
//! two texts' sets is a feature of [`super::Context::pair_features`].
//!
//! Cost: O(n k²) set steps over the batch's `n` texts and `k` neighbours each (no cosine is
//! computed), then one merge of two sorted sets of at most about `k² / 2` texts per pair.

use super::parallel;

/// Each text's grown reciprocal set (see the module doc): indices into the batch, sorted,
/// unique, the text itself included.
pub(super) struct Reciprocal {
    /// Per text: its grown set.
    grown: Vec<Vec<u32>>,
}

impl Reciprocal {
    /// The grown reciprocal sets of a batch from each text's nearest neighbours
    /// (`neighbours[i]`: (index, cosine), best first, as [`super::Context`] keeps them).
    pub(super) fn new(neighbours: &[Vec<(u32, f32)>]) -> Reciprocal {
        let k = neighbours.iter().map(Vec::len).max().unwrap_or(0);
        let indices: Vec<usize> = (0..neighbours.len()).collect();
        let whole: Vec<Vec<u32>> = parallel::map(&indices, |&i| reciprocal(neighbours, i, k));
        let half: Vec<Vec<u32>> =
            parallel::map(&indices, |&i| reciprocal(neighbours, i, k.div_ceil(2)));
        let grown = parallel::map(&indices, |&i| {
            let mine = &whole[i];
            let mut set = mine.clone();
            for &j in mine {
                let theirs = &half[j as usize];
                let inside = theirs
                    .iter()
                    .filter(|x| mine.binary_search(x).is_ok())
                    .count();
                // Mostly inside (two thirds or more): the same event's core, not a bridge.
                if 3 * inside >= 2 * theirs.len() {
                    set.extend_from_slice(theirs);
                }
            }
            set.sort_unstable();
            set.dedup();
            set
        });
        Reciprocal { grown }
    }

    /// The Jaccard index (0-1) of the grown sets of texts `a` and `b` (indices into the
    /// batch), the two texts themselves left out of both (what the two texts' company
    /// shares, not whether they are each other's): 1 for a text with itself, 0 for two texts
    /// whose sets share no other text.
    pub(super) fn jaccard(&self, a: usize, b: usize) -> f32 {
        if a == b {
            return 1.0;
        }
        let other = |x: &u32| *x as usize != a && *x as usize != b;
        let mut x = self.grown[a].iter().filter(|x| other(x)).peekable();
        let mut y = self.grown[b].iter().filter(|y| other(y)).peekable();
        let (mut shared, mut union) = (0usize, 0usize);
        loop {
            match (x.peek(), y.peek()) {
                (Some(p), Some(q)) if p == q => {
                    shared += 1;
                    x.next();
                    y.next();
                }
                (Some(p), Some(q)) if p < q => {
                    x.next();
                }
                (Some(_), None) => {
                    x.next();
                }
                (_, Some(_)) => {
                    y.next();
                }
                (None, None) => break,
            }
            union += 1;
        }
        if union == 0 {
            0.0
        } else {
            shared as f32 / union as f32
        }
    }
}

/// Text `i` and those of its `k` nearest neighbours that have `i` among their `k` nearest;
/// sorted.
fn reciprocal(neighbours: &[Vec<(u32, f32)>], i: usize, k: usize) -> Vec<u32> {
    let mut set: Vec<u32> = neighbours[i]
        .iter()
        .take(k)
        .map(|&(j, _)| j)
        .filter(|&j| {
            neighbours[j as usize]
                .iter()
                .take(k)
                .any(|&(x, _)| x as usize == i)
        })
        .chain(std::iter::once(i as u32))
        .collect();
    set.sort_unstable();
    set
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Neighbour lists from index lists (cosines falling with rank).
    fn lists(ns: &[&[u32]]) -> Vec<Vec<(u32, f32)>> {
        ns.iter()
            .map(|l| {
                l.iter()
                    .enumerate()
                    .map(|(r, &j)| (j, 1.0 - r as f32 / 10.0))
                    .collect()
            })
            .collect()
    }

    /// Two groups of three texts that name each other, and a hub (6) that everyone lists
    /// last and that lists the first group: the hub is no one's reciprocal neighbour but
    /// the first group's, and the two groups share nothing.
    #[test]
    fn reciprocal_sets_keep_two_groups_apart_and_a_hub_out() {
        let ns = lists(&[
            &[1, 2, 6],
            &[0, 2, 6],
            &[0, 1, 6],
            &[4, 5, 6],
            &[3, 5, 6],
            &[3, 4, 6],
            &[0, 1, 2],
        ]);
        let r = Reciprocal::new(&ns);
        assert_eq!(reciprocal(&ns, 0, 3), vec![0, 1, 2, 6]);
        assert_eq!(reciprocal(&ns, 3, 3), vec![3, 4, 5]);
        // One group: the same set; two groups: none shared.
        assert_eq!(r.jaccard(0, 1), 1.0);
        assert_eq!(r.jaccard(3, 4), 1.0);
        assert_eq!(r.jaccard(0, 3), 0.0);
        assert_eq!(r.jaccard(4, 2), 0.0);
        // The hub lists the second group nowhere: it shares no text with it.
        assert_eq!(r.jaccard(6, 5), 0.0);
        // The pair's own texts count on neither side: 0 and 1 share 2 and the hub.
        assert_eq!(r.grown[0], vec![0, 1, 2, 6]);
        assert_eq!(r.grown[3], vec![3, 4, 5]);
        // Symmetric, and 1 with itself.
        for a in 0..ns.len() {
            assert_eq!(r.jaccard(a, a), 1.0);
            for b in 0..ns.len() {
                assert_eq!(r.jaccard(a, b), r.jaccard(b, a));
            }
        }
    }

    /// A text listed by a group it does not list back stays out of the group's sets; a
    /// member's small set is added only when mostly inside.
    #[test]
    fn one_way_neighbours_are_not_reciprocal() {
        // 3 lists 0, 1, 2; none of them lists 3.
        let ns = lists(&[&[1, 2], &[0, 2], &[0, 1], &[0, 1, 2]]);
        let r = Reciprocal::new(&ns);
        assert_eq!(reciprocal(&ns, 3, 3), vec![3]);
        assert_eq!(r.jaccard(0, 3), 0.0);
        assert_eq!(r.jaccard(0, 2), 1.0);
        // An empty batch and texts with no neighbour.
        assert!(Reciprocal::new(&[]).grown.is_empty());
        let lone = Reciprocal::new(&lists(&[&[], &[]]));
        assert_eq!((lone.jaccard(0, 1), lone.jaccard(1, 1)), (0.0, 1.0));
    }
}

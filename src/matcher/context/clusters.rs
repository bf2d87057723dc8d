//! Which event a text of the batch is about, told by the batch's transitive structure: a
//! graph over the batch's unique texts joins two texts that share a rare name, figure or
//! date (one in 2 to [`MAX_DF`] texts of the batch; weight the shared terms' summed IDF) and
//! two texts among each other's [`EDGE_NEIGHBOURS`] nearest ([`CONTENT_EDGE`] times their
//! cosine). Seeded runs of label propagation cut it into events; how often a pair's two
//! texts, and their nearest neighbours, end in one cluster is a feature of
//! [`super::Context::pair_features`]. Two similar events' sentences share the kind of
//! incident but not the people, places and dates that run through each event's sentences.
//!
//! The settings are session 52's study (`examples/same_event_context.rs`, `CLUSTERS`): a
//! rare term is a *count* of texts, not a share, because an event is told in about as many
//! sentences of a batch however many other events the batch holds; past about 25 texts the
//! terms two events of one kind share (a country, a weekday) glue them.

use super::parallel;
use crate::matcher::prepared::Prepared;
use crate::matcher::text::FxMap;

/// The most texts of the batch a rare term may be in.
pub(super) const MAX_DF: usize = 25;
/// Nearest neighbours per text that may join two texts (reciprocal only).
pub(super) const EDGE_NEIGHBOURS: usize = 5;
/// Weight of a content edge per unit of cosine.
pub(super) const CONTENT_EDGE: f32 = 5.0;
/// Label-propagation runs.
pub(super) const RUNS: usize = 20;
/// Passes of one run at most.
const PASSES: usize = 30;
/// Nearest neighbours of each side the co-association is averaged over.
pub(super) const SMOOTH: usize = 2;

/// Each text's cluster in each run, and its nearest neighbours for the smoothing.
pub(super) struct Clusters {
    /// Per run: each text's label.
    runs: Vec<Vec<u32>>,
    /// Per text: its [`SMOOTH`] nearest neighbours.
    near: Vec<Vec<u32>>,
}

impl Clusters {
    /// The clusters of the batch `texts` with their nearest neighbours `neighbours` (index,
    /// cosine, best first, as [`super::Context`] keeps them).
    pub(super) fn new(texts: &[Prepared], neighbours: &[Vec<(u32, f32)>]) -> Clusters {
        let graph = graph(texts, neighbours);
        let seeds: Vec<u64> = (1..=RUNS as u64).collect();
        let runs = parallel::map(&seeds, |&s| propagate(&graph, s));
        let near = neighbours
            .iter()
            .map(|l| l.iter().take(SMOOTH).map(|&(j, _)| j).collect())
            .collect();
        Clusters { runs, near }
    }

    /// The share (0-1) of runs that put texts `a` and `b` in one cluster, averaged over each
    /// side's text and its [`SMOOTH`] nearest neighbours (every pairing of the two sides).
    pub(super) fn together(&self, a: usize, b: usize) -> f32 {
        if self.runs.is_empty() {
            return 0.0;
        }
        let side = |i: usize| std::iter::once(i).chain(self.near[i].iter().map(|&j| j as usize));
        let (mut met, mut asked) = (0usize, 0usize);
        for i in side(a) {
            for j in side(b) {
                met += self.runs.iter().filter(|l| l[i] == l[j]).count();
                asked += self.runs.len();
            }
        }
        met as f32 / asked as f32
    }
}

/// The batch's graph: per text, (other text, weight), in no order.
fn graph(texts: &[Prepared], neighbours: &[Vec<(u32, f32)>]) -> Vec<Vec<(u32, f32)>> {
    let n = texts.len();
    let mut postings: FxMap<u64, Vec<u32>> = Default::default();
    for (i, p) in texts.iter().enumerate() {
        let mut terms: Vec<u64> = p
            .propers
            .iter()
            .chain(&p.numbers)
            .chain(&p.dates)
            .copied()
            .collect();
        terms.sort_unstable();
        terms.dedup();
        for t in terms {
            postings.entry(t).or_default().push(i as u32);
        }
    }
    let mut edges: Vec<FxMap<u32, f32>> = vec![Default::default(); n];
    for docs in postings.values() {
        if docs.len() < 2 || docs.len() > MAX_DF {
            continue;
        }
        let idf = (n as f32 / docs.len() as f32).ln();
        for &i in docs {
            for &j in docs {
                if i != j {
                    *edges[i as usize].entry(j).or_default() += idf;
                }
            }
        }
    }
    for (i, list) in neighbours.iter().enumerate() {
        for &(j, c) in list.iter().take(EDGE_NEIGHBOURS) {
            let back = neighbours[j as usize]
                .iter()
                .take(EDGE_NEIGHBOURS)
                .any(|&(x, _)| x as usize == i);
            if back && c > 0.0 {
                *edges[i].entry(j).or_default() += CONTENT_EDGE * c;
            }
        }
    }
    edges
        .into_iter()
        .map(|m| {
            let mut l: Vec<(u32, f32)> = m.into_iter().collect();
            l.sort_unstable_by_key(|&(j, _)| j);
            l
        })
        .collect()
}

/// One run of label propagation over `graph`: each text in turn (an order drawn from
/// `seed`) takes the label its edges weigh most (ties drawn too), until no label changes
/// or [`PASSES`] passes.
fn propagate(graph: &[Vec<(u32, f32)>], seed: u64) -> Vec<u32> {
    let mut state = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let n = graph.len();
    let mut label: Vec<u32> = (0..n as u32).collect();
    let mut order: Vec<usize> = (0..n).collect();
    // Summed weight per label, and the labels in use, for one text at a time.
    let mut weight: Vec<f32> = vec![0.0; n];
    let mut used: Vec<u32> = Vec::new();
    // The heaviest labels of one text, kept between texts (no list made per text).
    let mut ties: Vec<u32> = Vec::new();
    for _ in 0..PASSES {
        for i in (1..n).rev() {
            order.swap(i, (next() % (i as u64 + 1)) as usize);
        }
        let mut changed = false;
        for &i in &order {
            if graph[i].is_empty() {
                continue;
            }
            for &(j, w) in &graph[i] {
                let l = label[j as usize];
                if weight[l as usize] == 0.0 {
                    used.push(l);
                }
                weight[l as usize] += w;
            }
            let top = used
                .iter()
                .map(|&l| weight[l as usize])
                .fold(f32::MIN, f32::max);
            used.sort_unstable();
            used.dedup();
            ties.clear();
            ties.extend(
                used.iter()
                    .copied()
                    .filter(|&l| weight[l as usize] >= top - 1e-6),
            );
            for &l in &used {
                weight[l as usize] = 0.0;
            }
            used.clear();
            let pick = ties[(next() % ties.len().max(1) as u64) as usize];
            if pick != label[i] {
                label[i] = pick;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    label
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two groups joined inside by edges and not across: every run keeps them apart, and a
    /// text with no edge is alone.
    #[test]
    fn two_groups_stay_apart_and_a_lone_text_alone() {
        let g: Vec<Vec<(u32, f32)>> = vec![
            vec![(1, 1.0), (2, 1.0)],
            vec![(0, 1.0), (2, 1.0)],
            vec![(0, 1.0), (1, 1.0)],
            vec![(4, 1.0), (5, 1.0)],
            vec![(3, 1.0), (5, 1.0)],
            vec![(3, 1.0), (4, 1.0)],
            vec![],
        ];
        for seed in 1..10 {
            let l = propagate(&g, seed);
            assert!(l[0] == l[1] && l[1] == l[2], "{l:?}");
            assert!(l[3] == l[4] && l[4] == l[5], "{l:?}");
            assert_ne!(l[0], l[3]);
            assert_eq!(l[6], 6);
        }
    }
}

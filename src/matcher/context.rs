//! The batch as context for a standalone pair (`parallax score`): each unique text's
//! nearest neighbours among the batch's texts (cosine of the content stems' IDF vectors,
//! found through an inverted index, not by comparing all pairs), and what two texts'
//! neighbourhoods share. Two sentences about one event tend to sit among the same other
//! sentences of a batch even when they share no word themselves, and two sentences of two
//! similar events among different ones ([`Context::adjust`]). The same neighbourhoods are
//! also compared by the names and by the figures (numbers and dates) they hold: two similar
//! events keep company with sentences about other people, places and figures. And they are
//! compared by their *reciprocal* neighbours (`events.rs`): a text that is everyone's
//! neighbour is few texts' reciprocal one, so it does not join two events' sentences.
//!
//! The model's constants (`context/fitted.rs`) are a logistic regression over the pair
//! score's log-odds and [`Context::pair_features`], fitted on `same-event-dev.jsonl` (ECB+
//! topics 1-35, the file one batch) by `cargo run --release --example fit_context --
//! ../shared/eval --write`, which prints the topic-grouped cross-validated AP of the
//! shipped form (session 53, on session 52's pair model: nested 0.763 with the event
//! clusters of `clusters.rs`, 0.755 without, 0.701 for the score alone). Its bias is set so
//! that the context's mean move over that file's pairs below 0.5 is zero: no AP sees the
//! bias, and the fit left it at the file's rate of "same event", which lifted almost every
//! pair of a batch (`tests/matcher_batch.rs` failed on the plain refit).
//! Only a pair below 0.5 moves, and never to 0.5 or above, so every decision at 0.5
//! (paraphrase accuracy and F1) stays as it was.

mod clusters;
mod events;
mod fitted;

use fitted::{BIAS, CONTEXT_MIX, MEAN, STD, WEIGHTS};

use super::parallel;
use super::prepared::Prepared;
use super::text::FxMap;

/// Nearest neighbours kept per text.
pub(crate) const NEIGHBOURS: usize = 10;

/// Features of a pair in [`Context::pair_features`].
pub(crate) const PAIR_FEATURES: usize = 11;

/// A sparse vector: (stem, weight), sorted by stem, unique.
type Sparse = Vec<(u64, f32)>;

/// A sparse vector over the batch's stem numbers ([`Context::new`] numbers each distinct
/// stem of the batch 0, 1, ...): (number, weight), unique.
type Coded = Vec<(u32, f32)>;

/// The neighbourhoods of a batch's unique texts.
pub(crate) struct Context {
    /// Each text's content vector, of unit length (empty for a text with no content stem).
    unit: Vec<Coded>,
    /// Each text's names ([`names_unit`]).
    names: Vec<Coded>,
    /// Each text's figures ([`figures_unit`]).
    figures: Vec<Coded>,
    /// How many distinct stems the three hold (their numbers are below it).
    stems: usize,
    /// Each text's `k` nearest other texts (index, cosine), best first, cosine > 0 only.
    neighbours: Vec<Vec<(u32, f32)>>,
    /// Each text's grown reciprocal neighbours ([`events::Reciprocal`]).
    reciprocal: events::Reciprocal,
    /// The batch's events by label propagation ([`clusters::Clusters`]).
    clusters: clusters::Clusters,
}

impl Context {
    /// The neighbourhoods of `texts` (prepared and weighed with the batch's IDF), `k`
    /// neighbours each.
    pub(crate) fn new(texts: &[Prepared], k: usize) -> Context {
        let unit: Vec<Sparse> = parallel::map(texts, |p| {
            let n = p.content_norm();
            if n > 0.0 {
                p.content().iter().map(|&(s, w)| (s, w / n)).collect()
            } else {
                Vec::new()
            }
        });
        let names: Vec<Sparse> = parallel::map(texts, names_unit);
        let figures: Vec<Sparse> = parallel::map(texts, figures_unit);
        // Each distinct stem numbered in order of first use, the content's first (a name
        // is a content stem; a figure may not be).
        let entries: usize = unit.iter().map(Vec::len).sum();
        let mut ids: FxMap<u64, u32> = Default::default();
        ids.reserve(entries / 2);
        let mut code = |v: &Sparse| -> Coded {
            v.iter()
                .map(|&(s, w)| {
                    let n = ids.len() as u32;
                    (*ids.entry(s).or_insert(n), w)
                })
                .collect()
        };
        let coded: Vec<Coded> = unit.iter().map(&mut code).collect();
        let names: Vec<Coded> = names.iter().map(&mut code).collect();
        let figures: Vec<Coded> = figures.iter().map(&mut code).collect();
        drop(unit);
        let stems = ids.len();
        let neighbours = nearest_all(&coded, stems, k, 2 * parallel::threads());
        Context {
            unit: coded,
            names,
            figures,
            stems,
            reciprocal: events::Reciprocal::new(&neighbours),
            clusters: clusters::Clusters::new(texts, &neighbours),
            neighbours,
        }
    }

    /// Context features of the pair of texts `a` and `b` (indices into the batch):
    /// [second-order cosine (each side's own vector plus its neighbours'), the same with
    /// `a` and `b` left out of both neighbourhoods, shared neighbours / k (neither `a` nor
    /// `b` counted), whether one is among the other's neighbours, the lower of the two
    /// sides' mean neighbour cosines (how much company the texts have), then the first two
    /// again over the texts' names and over their figures instead of their content, then
    /// the Jaccard index of the two texts' grown reciprocal neighbours
    /// ([`events::Reciprocal::jaccard`]), then how often the batch's clusters put the two
    /// texts (and their nearest neighbours) in one event ([`clusters::Clusters::together`])].
    pub(crate) fn pair_features(&self, a: usize, b: usize) -> [f32; PAIR_FEATURES] {
        let (na, nb) = (&self.neighbours[a], &self.neighbours[b]);
        let [[so, so_out], [names, names_out], [figures, figures_out]] =
            SCRATCH.with_borrow_mut(|scratch| {
                [&self.unit, &self.names, &self.figures]
                    .map(|units| self.second_order(units, a, b, scratch))
            });
        let k = na.len().max(nb.len()).max(1) as f32;
        let shared = na
            .iter()
            .filter(|&&(j, _)| j as usize != a && j as usize != b)
            .filter(|&&(j, _)| nb.iter().any(|&(x, _)| x == j))
            .count() as f32
            / k;
        let mutual = (na.iter().any(|&(j, _)| j as usize == b)
            || nb.iter().any(|&(j, _)| j as usize == a)) as u8 as f32;
        let company = |ns: &[(u32, f32)], other: usize| -> f32 {
            let c: Vec<f32> = ns
                .iter()
                .filter(|&&(j, _)| j as usize != other)
                .map(|&(_, c)| c)
                .collect();
            if c.is_empty() {
                0.0
            } else {
                c.iter().sum::<f32>() / c.len() as f32
            }
        };
        let dens = company(na, b).min(company(nb, a));
        [
            so,
            so_out,
            shared,
            mutual,
            dens,
            names,
            names_out,
            figures,
            figures_out,
            self.reciprocal.jaccard(a, b),
            self.clusters.together(a, b),
        ]
    }

    /// The second-order cosine of the texts `a` and `b` over the vectors `units` (one per
    /// text of the batch): the cosine of the sums of each text's vector and its
    /// neighbours'; then the same with `a` and `b` left out of both sums. The sums are
    /// added up in `scratch`, by stem number (no list of the sums' entries is sorted).
    fn second_order(&self, units: &[Coded], a: usize, b: usize, scratch: &mut Scratch) -> [f32; 2] {
        scratch.grow(self.stems);
        let Scratch { sums, touched } = scratch;
        // Side 0 `a`, side 1 `b`: `sums[stem][side]` = [whole, without `a` and `b`].
        for (side, me) in [(0, a), (1, b)] {
            let mut add = |v: &Coded, whole: bool, without: bool| {
                for &(s, w) in v {
                    let cell = &mut sums[s as usize];
                    if !cell.seen {
                        cell.seen = true;
                        touched.push(s);
                    }
                    if whole {
                        cell.sum[side][0] += w;
                    }
                    if without {
                        cell.sum[side][1] += w;
                    }
                }
            };
            add(&units[me], true, false);
            for &(j, _) in &self.neighbours[me] {
                let j = j as usize;
                add(&units[j], true, j != a && j != b);
            }
        }
        let (mut dot, mut norm_a, mut norm_b) = ([0f32; 2], [0f32; 2], [0f32; 2]);
        for &s in touched.iter() {
            let cell = &mut sums[s as usize];
            for t in 0..2 {
                let (x, y) = (cell.sum[0][t], cell.sum[1][t]);
                dot[t] += x * y;
                norm_a[t] += x * x;
                norm_b[t] += y * y;
            }
            *cell = Cell::default();
        }
        touched.clear();
        std::array::from_fn(|t| {
            let (na, nb) = (norm_a[t].sqrt(), norm_b[t].sqrt());
            if na == 0.0 || nb == 0.0 {
                0.0
            } else {
                dot[t] / (na * nb)
            }
        })
    }

    /// The score `s` (0-1) of the pair of texts `a` and `b` (indices into the batch) with
    /// the batch as context: `s` itself at 0.5 or above; below, the log-odds move
    /// [`CONTEXT_MIX`] of the way to the context model's, and `1 / (2 + e^-z)` keeps the
    /// result below 0.5 (monotone in `z`).
    pub(crate) fn adjust(&self, s: f64, a: usize, b: usize) -> f64 {
        if s >= 0.5 || s.is_nan() {
            return s;
        }
        adjust_by(s, &self.pair_features(a, b))
    }
}

/// [`Context::adjust`] of a pair below 0.5 scored `s` whose context features are `f`.
fn adjust_by(s: f64, f: &[f32; PAIR_FEATURES]) -> f64 {
    let c = s.clamp(1e-6, 1.0 - 1e-6);
    let z = (c / (1.0 - c)).ln();
    let x = std::iter::once(z).chain(f.iter().map(|&v| v as f64));
    let zm = BIAS
        + x.zip(WEIGHTS.iter().zip(MEAN.iter().zip(&STD)))
            .map(|(v, (w, (m, sd)))| w * (v - m) / sd)
            .sum::<f64>();
    below_half(z + CONTEXT_MIX * (zm - z))
}

/// A text's names as a vector: its proper-noun stems ("Rahman", "Mannheim") with their
/// IDF weights, of unit length; empty when it names nothing (or only stop words).
fn names_unit(p: &Prepared) -> Sparse {
    let v: Sparse = p
        .propers
        .iter()
        .filter_map(|s| {
            let k = p.content.binary_search_by_key(s, |x| x.0).ok()?;
            Some((*s, p.content[k].1))
        })
        .collect();
    unit_length(v)
}

/// A text's figures as a vector: its numbers and dates ("26", "Tuesday", "2009"), each of
/// equal weight, of unit length; empty when it has none.
fn figures_unit(p: &Prepared) -> Sparse {
    let mut v: Vec<u64> = p.numbers.iter().chain(&p.dates).copied().collect();
    v.sort_unstable();
    v.dedup();
    unit_length(v.into_iter().map(|s| (s, 1.0)).collect())
}

/// `v` divided by its length (empty when its length is 0).
fn unit_length(v: Sparse) -> Sparse {
    let n = v.iter().map(|&(_, w)| w * w).sum::<f32>().sqrt();
    if n > 0.0 {
        v.into_iter().map(|(s, w)| (s, w / n)).collect()
    } else {
        Vec::new()
    }
}

/// `1 / (2 + e^-z)`: the logistic of `-softplus(-z)`, rising with `z`, and at most
/// [`BELOW_HALF_MAX`]: in floating point `e^-z` vanishes for large `z` (past about 37) and
/// the plain formula gives exactly 0.5, and `parallax score` prints six decimals, which
/// would show 0.4999996 as 0.5; either would put a pair the context moved on the other
/// side of the 0.5 decision.
fn below_half(z: f64) -> f64 {
    (1.0 / (2.0 + (-z).exp())).min(BELOW_HALF_MAX)
}

/// The highest score the context gives: below 0.5 as `parallax score` prints it (six
/// decimals).
const BELOW_HALF_MAX: f64 = 0.499_999;

/// Each text's `k` nearest other texts among `rows` (content vectors by stem number, each
/// sorted as the stems' hashes sort and unique; `stems`: how many stem numbers), as
/// (index, cosine), best first (higher cosine, then lower index: `by_rank`): the texts
/// that share a stem with it and, among them, the `k` best.
///
/// Through an inverted index (stem -> the texts holding it, in the order of the texts), and
/// each pair of texts once: text `i` sums its products with the texts after it only, and
/// the product of `i` and `j` counts for both. The two rows' shared stems come in one order
/// (the hashes') in both, so the sum is the one `j`'s own search would add up, bit for bit.
/// The texts are searched in `parts` parts (one list of `k` best per text each, all on
/// every core), and each text's lists are then joined: the `k` best of a set are the `k`
/// best of its parts' `k` best, so the result is the same for any number of parts.
fn nearest_all(rows: &[Coded], stems: usize, k: usize, parts: usize) -> Vec<Vec<(u32, f32)>> {
    let n = rows.len();
    // Inverted index, in one block: the texts of stem `s` at
    // `postings[start[s]..start[s + 1]]`, (text, weight), in the order of the texts.
    let mut start = vec![0usize; stems + 1];
    for row in rows {
        for &(id, _) in row {
            start[id as usize + 1] += 1;
        }
    }
    for s in 0..stems {
        start[s + 1] += start[s];
    }
    let entries = start[stems];
    let mut postings: Vec<(u32, f32)> = vec![(0, 0.0); entries];
    // Per entry of each row (the rows one after another): where the later texts of the
    // entry's stem begin in `postings`.
    let mut later: Vec<u32> = Vec::with_capacity(entries);
    let mut fill = start.clone();
    for (i, row) in rows.iter().enumerate() {
        for &(id, w) in row {
            let at = &mut fill[id as usize];
            postings[*at] = (i as u32, w);
            *at += 1;
            later.push(*at as u32);
        }
    }
    drop(fill);
    let mut row_start = Vec::with_capacity(n + 1);
    row_start.push(0usize);
    for row in rows {
        row_start.push(row_start[row_start.len() - 1] + row.len());
    }
    // Chunks of texts, dealt to the parts in turn: the first texts have the most later
    // texts to meet, so each part gets some of the first and some of the last.
    let size = n.div_ceil(64).max(64);
    let chunks: Vec<(usize, usize)> = (0..n)
        .step_by(size)
        .map(|s| (s, (s + size).min(n)))
        .collect();
    let parts = parts.clamp(1, chunks.len().max(1));
    let numbers: Vec<usize> = (0..parts).collect();
    // The texts met, in order of meeting, `touched[..met]`: written at every step and
    // kept (counted) only when new, with no branch to mispredict. A text met again
    // after a product of 0 is kept again, as each text's own search met it; at most
    // once per posting, so room for the longest row's postings is enough.
    let most = rows
        .iter()
        .zip(row_start.windows(2))
        .map(|(row, at)| {
            row.iter()
                .zip(&later[at[0]..at[1]])
                .map(|(&(id, _), &after)| start[id as usize + 1] - after as usize)
                .sum::<usize>()
        })
        .max()
        .unwrap_or(0);
    // With every weight positive and every product of two weights above 0 (no underflow),
    // a sum is above 0 from its first product on, so each text met is in `touched` once
    // and its sum can be cleared as it is read (the usual case: weights are positive
    // cosine terms). Otherwise a text met again after a product of 0 is in it twice,
    // offered twice with its final sum, and the sums are cleared after all are read.
    let least = rows
        .iter()
        .flatten()
        .map(|&(_, w)| w)
        .fold(f32::INFINITY, f32::min);
    let once = least > 0.0 && least * least > 0.0;
    let found: Vec<TopK> = parallel::map(&numbers, |&part| {
        let mut best = TopK::new(n, k);
        let mut acc = vec![0f32; n];
        let mut touched: Vec<u32> = vec![0; most + 1];
        for &(from, to) in chunks.iter().skip(part).step_by(parts) {
            for i in from..to {
                let own = &later[row_start[i]..row_start[i + 1]];
                let mut met = 0;
                for (&(id, w), &after) in rows[i].iter().zip(own) {
                    for &(j, wj) in &postings[after as usize..start[id as usize + 1]] {
                        let a = &mut acc[j as usize];
                        touched[met] = j;
                        met += (*a == 0.0) as usize;
                        *a += w * wj;
                    }
                }
                if once {
                    // Each text met once: its sum read and cleared in one step.
                    for &j in &touched[..met] {
                        let dot = std::mem::take(&mut acc[j as usize]);
                        best.offer(i, (j, dot));
                        best.offer(j as usize, (i as u32, dot));
                    }
                } else {
                    for &j in &touched[..met] {
                        let dot = acc[j as usize];
                        best.offer(i, (j, dot));
                        best.offer(j as usize, (i as u32, dot));
                    }
                    for &j in &touched[..met] {
                        acc[j as usize] = 0.0;
                    }
                }
            }
        }
        best
    });
    let indices: Vec<usize> = (0..n).collect();
    parallel::map(&indices, |&i| {
        let mut joined = TopK::new(1, k);
        for part in &found {
            for &key in part.keys(i) {
                joined.offer_key(0, key);
            }
        }
        joined.row(0)
    })
}

/// The order of neighbours: higher cosine first, then lower index (a total order, so the
/// `k` best are one list whatever the order they are met in). The search keeps it as
/// [`rank_key`]s; the tests check the keys against this comparison.
#[cfg(test)]
fn by_rank(a: &(u32, f32), b: &(u32, f32)) -> std::cmp::Ordering {
    b.1.total_cmp(&a.1).then(a.0.cmp(&b.0))
}

/// (index, cosine) as one integer that sorts as `by_rank` does (the lower first): the
/// cosine's bits turned into an unsigned number that rises as `f32::total_cmp` does,
/// inverted (higher cosine first), above the index (lower index first).
#[inline(always)]
fn rank_key((j, c): (u32, f32)) -> u64 {
    let b = c.to_bits();
    let rising = if b >> 31 == 1 { !b } else { b | 0x8000_0000 };
    (u64::from(!rising) << 32) | u64::from(j)
}

/// The (index, cosine) of a [`rank_key`], bit for bit.
fn from_rank_key(key: u64) -> (u32, f32) {
    let rising = !((key >> 32) as u32);
    let b = if rising >> 31 == 1 {
        rising & 0x7FFF_FFFF
    } else {
        !rising
    };
    (key as u32, f32::from_bits(b))
}

/// The `k` best (index, cosine) offered for each of `n` texts, in `by_rank` order, in
/// one block, each kept as its [`rank_key`] (one integer comparison per step of the
/// insertion instead of a float's total order and then the index).
struct TopK {
    /// How many are kept per text.
    k: usize,
    /// Text `i`'s best at `items[i * k..i * k + lens[i]]`, as [`rank_key`]s, ascending.
    items: Vec<u64>,
    /// How many each text holds.
    lens: Vec<u32>,
    /// Per text: the cosine of its `k`-th best once it holds `k` (minus infinity before):
    /// an offer below it is turned away in one comparison, as most are.
    floor: Vec<f32>,
    /// Per text: the [`rank_key`] of its `k`-th best once it holds `k` (`u64::MAX`
    /// before: no key reaches it, as no index is `u32::MAX`); an offer enters only below it.
    bound: Vec<u64>,
}

impl TopK {
    /// Room for `n` texts' `k` best, none offered yet.
    fn new(n: usize, k: usize) -> TopK {
        TopK {
            k,
            items: vec![0; n * k],
            lens: vec![0; n],
            floor: vec![f32::NEG_INFINITY; n],
            // With `k` 0 nothing is kept: no key is below 0.
            bound: vec![if k == 0 { 0 } else { u64::MAX }; n],
        }
    }

    /// Keeps `x` among text `i`'s best if it is among the `k` best offered so far.
    #[inline(always)]
    fn offer(&mut self, i: usize, x: (u32, f32)) {
        // Below the floor is below the last in `by_rank` order too (a NaN is never
        // below: it goes on to the key).
        if x.1 < self.floor[i] {
            return;
        }
        self.offer_key(i, rank_key(x));
    }

    /// [`TopK::offer`] of a [`rank_key`].
    #[inline(always)]
    fn offer_key(&mut self, i: usize, key: u64) {
        if key < self.bound[i] {
            self.keep(i, key);
        }
    }

    /// `key` put in its place among text `i`'s best (it ranks before the last, or the
    /// list has room), the last dropped when the list was full.
    fn keep(&mut self, i: usize, key: u64) {
        let k = self.k;
        let best = &mut self.items[i * k..(i + 1) * k];
        let len = (self.lens[i] as usize).min(k - 1);
        // From the end: most that pass the floor belong near it. After equal keys (a
        // text met twice), as the list sorted by `by_rank` has it.
        let mut at = len;
        while at > 0 && key < best[at - 1] {
            best[at] = best[at - 1];
            at -= 1;
        }
        best[at] = key;
        self.lens[i] = len as u32 + 1;
        if len + 1 == k {
            self.bound[i] = best[k - 1];
            self.floor[i] = from_rank_key(best[k - 1]).1;
        }
    }

    /// Text `i`'s best as [`rank_key`]s, best first.
    fn keys(&self, i: usize) -> &[u64] {
        &self.items[i * self.k..i * self.k + self.lens[i] as usize]
    }

    /// Text `i`'s best, best first.
    fn row(&self, i: usize) -> Vec<(u32, f32)> {
        self.keys(i).iter().map(|&key| from_rank_key(key)).collect()
    }
}

/// One stem's entry in [`Scratch`].
#[derive(Clone, Copy, Default)]
struct Cell {
    /// Whether the stem is in [`Scratch::touched`].
    seen: bool,
    /// Per side (`a`, `b`): the sum with and without the pair's own texts.
    sum: [[f32; 2]; 2],
}

/// Room for [`Context::second_order`]'s sums, one cell per stem number, kept per thread
/// (every cell zero between two pairs).
#[derive(Default)]
struct Scratch {
    /// The cells, by stem number.
    sums: Vec<Cell>,
    /// The stems with a cell in use, in order of first use.
    touched: Vec<u32>,
}

impl Scratch {
    /// Room for stem numbers below `stems`.
    fn grow(&mut self, stems: usize) {
        if self.sums.len() < stems {
            self.sums.resize(stems, Cell::default());
        }
    }
}

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::new(Scratch::default());
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matcher::prepared::Idf;

    /// The fitted model's level (`fitted.rs`, `fit_context`): a pair at the fitted file's
    /// mean log-odds whose context is that file's average barely moves, one whose texts'
    /// company is apart (no shared neighbour, name, figure or cluster) falls and one whose
    /// company is one event's rises. Before session 53 the level was the same-event file's
    /// rate of "same event" (40 % of its pairs, no AP sees it), and the average context
    /// lifted such a pair by 0.51 log-odds: most pairs of a batch rose.
    #[test]
    fn an_average_context_leaves_the_score_and_apart_lowers_it() {
        let logit = |s: f64| (s / (1.0 - s)).ln();
        let s = 1.0 / (1.0 + (-MEAN[0]).exp());
        let at_means: [f32; PAIR_FEATURES] = std::array::from_fn(|k| MEAN[k + 1] as f32);
        let moved = logit(adjust_by(s, &at_means)) - logit(s);
        assert!(moved.abs() < 0.3, "average context moves {moved}");
        // The company's density (feature 4) says how much company, not whose: kept at its
        // mean in both.
        let side = |v: f32| -> [f32; PAIR_FEATURES] {
            std::array::from_fn(|k| if k == 4 { MEAN[5] as f32 } else { v })
        };
        let apart = adjust_by(s, &side(0.0));
        let together = adjust_by(s, &side(1.0));
        assert!(logit(apart) < logit(s) - 0.3, "apart {s} -> {apart}");
        assert!(
            logit(together) > logit(s) + 0.3,
            "together {s} -> {together}"
        );
    }

    #[test]
    fn below_half_stays_below_and_rises() {
        let mut last = 0.0;
        for z in [-800.0, -30.0, -2.0, 0.0, 2.0, 13.0, 30.0, 800.0] {
            let s = below_half(z);
            assert!((0.0..0.5).contains(&s), "{z} -> {s}");
            // As `parallax score` prints it.
            assert!((s * 1e6).round() / 1e6 < 0.5, "{z} -> {s}");
            assert!(s >= last, "{z} -> {s}");
            last = s;
        }
    }

    /// Two fights of one boxer: the same words, other opponents, places, rounds and years.
    fn two_fights() -> (Vec<Prepared>, Context) {
        let texts = [
            "Wladimir Klitschko stopped Hasim Rahman in round 7 in Mannheim in 2008.",
            "Rahman was stopped in round 7 at the arena in Mannheim in 2008.",
            "Klitschko kept his titles against Rahman in Mannheim, Germany.",
            "The referee stopped the Mannheim fight with Rahman in round 7.",
            "Wladimir Klitschko stopped Tony Thompson in round 6 in Bern in 2012.",
            "Thompson was stopped in round 6 at the stadium in Bern in 2012.",
            "Klitschko kept his titles against Thompson in Bern, Switzerland.",
            "The referee stopped the Bern fight with Thompson in round 6.",
            // Names no one: its company tells which fight it is.
            "The challenger was stopped in round 7 in 2008 and kept no title.",
            // The two fights told in the same words.
            "The champion kept his heavyweight belts after the fight with Rahman.",
            "The champion kept his heavyweight belts after the fight in Bern.",
        ];
        let idf = Idf::builtin();
        let prepared: Vec<Prepared> = texts.iter().map(|t| Prepared::new(t, idf)).collect();
        let ctx = Context::new(&prepared, 4);
        (prepared, ctx)
    }

    #[test]
    fn names_and_figures_of_the_company() {
        let (prepared, ctx) = two_fights();
        assert!(!names_unit(&prepared[0]).is_empty());
        assert!(names_unit(&prepared[8]).is_empty());
        assert!(!figures_unit(&prepared[8]).is_empty());
        // The sentence that names no one keeps company with the Mannheim fight's names and
        // figures, not the Bern fight's.
        let same = ctx.pair_features(8, 2);
        let other = ctx.pair_features(8, 6);
        assert!(same[5] > other[5], "names {same:?} / {other:?}");
        assert!(same[7] > other[7], "figures {same:?} / {other:?}");
        // The two fights told in the same words rank below each fight told otherwise, at
        // the same score (the content's neighbourhoods alone ranked them above: the two
        // sentences' company shares the words, not the names or figures).
        let two_fights = ctx.adjust(0.3, 9, 10);
        for (a, b) in [(9, 2), (10, 6)] {
            let same = ctx.adjust(0.3, a, b);
            assert!(same > two_fights, "{a}-{b} {same} / 9-10 {two_fights}");
        }
        // A sentence that names no one stays with its fight.
        let (s_same, s_other) = (ctx.adjust(0.3, 8, 2), ctx.adjust(0.3, 8, 6));
        assert!(s_same > s_other, "{s_same} / {s_other}");
        // Two sentences of one fight stay together; of two fights, apart.
        assert!(ctx.adjust(0.3, 2, 3) > ctx.adjust(0.3, 2, 7));
        // At 0.5 or above nothing moves.
        assert_eq!(ctx.adjust(0.7, 8, 6), 0.7);
    }

    /// The last feature, the reciprocal neighbours' Jaccard index: 1 for a text with
    /// itself, symmetric, and higher within each fight than across the two.
    #[test]
    fn reciprocal_neighbours_keep_each_fight_together() {
        let (_, ctx) = two_fights();
        let last = PAIR_FEATURES - 2;
        let (mut within, mut across) = (0.0, 0.0);
        for a in 0..8 {
            assert_eq!(ctx.pair_features(a, a)[last], 1.0);
            for b in 0..8 {
                let j = ctx.pair_features(a, b)[last];
                assert_eq!(j, ctx.pair_features(b, a)[last]);
                if a != b && (a < 4) == (b < 4) {
                    within += j;
                } else if (a < 4) != (b < 4) {
                    across += j;
                }
            }
        }
        assert!(within > 2.0 * across, "{within} / {across}");
    }

    #[test]
    fn a_text_with_no_name_or_figure_has_empty_vectors() {
        let p = Prepared::new("it was stopped there", Idf::builtin());
        assert!(names_unit(&p).is_empty());
        assert!(figures_unit(&p).is_empty());
        assert_eq!(unit_length(vec![(1, 0.0)]), Vec::new());
    }

    /// The `k` best kept as they come are the `k` first of the whole list sorted, ties of
    /// cosine (lower index first) and a text met twice included.
    #[test]
    fn top_k_is_the_head_of_the_sorted_list() {
        let mut seed = 7u32;
        for round in 0..200 {
            let len = round % 40;
            let list: Vec<(u32, f32)> = (0..len)
                .map(|_| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    ((seed >> 8) % 30, ((seed >> 20) % 8) as f32 / 8.0)
                })
                .collect();
            for k in [0, 1, 3, 10] {
                let mut best = TopK::new(2, k);
                for &x in &list {
                    best.offer(1, x);
                }
                let mut sorted = list.clone();
                sorted.sort_by(by_rank);
                sorted.truncate(k);
                assert_eq!(best.row(1), sorted, "{list:?} k {k}");
                assert!(best.row(0).is_empty());
            }
        }
    }

    /// The integer keys sort as [`by_rank`] does and give back the same bits, over the
    /// cosines whose order is easy to get wrong: both zeros, the infinities, NaNs of both
    /// signs, negatives, the smallest subnormal, ties broken by index.
    #[test]
    fn rank_keys_sort_as_by_rank() {
        let cosines = [
            0.0,
            -0.0,
            f32::MIN_POSITIVE,
            f32::from_bits(1),
            0.25,
            0.5,
            1.0,
            -0.5,
            f32::INFINITY,
            f32::NEG_INFINITY,
            f32::NAN,
            -f32::NAN,
        ];
        let mut xs: Vec<(u32, f32)> = Vec::new();
        for (n, &c) in cosines.iter().enumerate() {
            for j in [0, 1, n as u32 + 7, u32::MAX - 1] {
                xs.push((j, c));
            }
        }
        for &x in &xs {
            let back = from_rank_key(rank_key(x));
            assert_eq!((back.0, back.1.to_bits()), (x.0, x.1.to_bits()), "{x:?}");
            for &y in &xs {
                assert_eq!(
                    rank_key(x).cmp(&rank_key(y)),
                    by_rank(&x, &y),
                    "{x:?} {y:?}"
                );
            }
        }
    }

    /// Each pair searched once, in any number of parts, finds what each text's own search
    /// over every other text finds, bit for bit: the dot product summed over the shared
    /// stems in the rows' order, the `k` best by [`by_rank`] among the texts sharing a
    /// stem (ties of cosine included: many weights are equal). Texts with no stem, a stem
    /// of one text only, and more parts than chunks are in it.
    #[test]
    fn each_pair_once_finds_each_texts_own_nearest() {
        let mut seed = 11u32;
        let mut next = |m: u32| {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            (seed >> 8) % m
        };
        let stems = 60;
        let rows: Vec<Coded> = (0..300)
            .map(|_| {
                let mut r: Vec<(u32, f32)> = (0..next(9))
                    .map(|_| (next(stems), (1 + next(4)) as f32 / 7.0))
                    .collect();
                r.sort_by_key(|&(s, _)| s);
                r.dedup_by_key(|&mut (s, _)| s);
                r
            })
            .collect();
        for k in [0, 1, 4, 10] {
            let want: Vec<Vec<(u32, f32)>> = (0..rows.len())
                .map(|i| {
                    let mut met: Vec<(u32, f32)> = Vec::new();
                    for (j, other) in rows.iter().enumerate() {
                        let mut dot = 0f32;
                        let mut shared = false;
                        for &(s, w) in &rows[i] {
                            if let Ok(at) = other.binary_search_by_key(&s, |x| x.0) {
                                dot += w * other[at].1;
                                shared = true;
                            }
                        }
                        if shared && j != i {
                            met.push((j as u32, dot));
                        }
                    }
                    met.sort_by(by_rank);
                    met.truncate(k);
                    met
                })
                .collect();
            assert!(want.iter().any(|w| w.len() == k));
            for parts in [1, 2, 3, 7, 100] {
                assert_eq!(
                    nearest_all(&rows, stems as usize, k, parts),
                    want,
                    "k {k}, {parts} parts"
                );
            }
        }
    }

    /// A weight of 0 (a product of 0 before the shared stems' other products) leaves every
    /// neighbour with its whole sum: text 1 meets text 0 first through a stem that 0 weighs
    /// 0, and still ranks with 0.25, never 0; all-positive weights are the other case
    /// ([`each_pair_once_finds_each_texts_own_nearest`]).
    #[test]
    fn a_zero_weight_keeps_each_neighbours_whole_sum() {
        let rows: Vec<Coded> = vec![
            vec![(0, 0.0), (1, 0.5)],
            vec![(0, 1.0), (1, 0.5)],
            vec![(1, 0.2)],
        ];
        let dot = |a: &Coded, b: &Coded| -> f32 {
            a.iter()
                .filter_map(|&(s, w)| b.iter().find(|x| x.0 == s).map(|x| w * x.1))
                .sum()
        };
        for parts in [1, 2] {
            let found = nearest_all(&rows, 2, 3, parts);
            for (i, row) in found.iter().enumerate() {
                assert!(!row.is_empty(), "text {i}");
                for &(j, c) in row {
                    let whole = dot(&rows[i], &rows[j as usize]);
                    assert_eq!(c, whole, "text {i}, neighbour {j}, {parts} parts");
                }
            }
            assert_eq!(found[0][0], (1, 0.25));
        }
    }

    /// The sum of sparse vectors given as one list of their entries (the way the sums
    /// were taken before session 43: every entry sorted by stem).
    fn merge(mut parts: Vec<(u32, f32)>) -> Coded {
        parts.sort_by_key(|&(s, _)| s);
        let mut out: Coded = Vec::new();
        for (s, w) in parts {
            match out.last_mut() {
                Some(last) if last.0 == s => last.1 += w,
                _ => out.push((s, w)),
            }
        }
        out
    }

    /// Cosine of two sparse vectors sorted by stem (0 when either is empty).
    fn cosine(a: &Coded, b: &Coded) -> f32 {
        let norm = |v: &Coded| v.iter().map(|&(_, w)| w * w).sum::<f32>().sqrt();
        let (na, nb) = (norm(a), norm(b));
        if na == 0.0 || nb == 0.0 {
            return 0.0;
        }
        let mut dot = 0.0;
        for &(s, w) in a {
            if let Ok(k) = b.binary_search_by_key(&s, |x| x.0) {
                dot += w * b[k].1;
            }
        }
        dot / (na * nb)
    }

    /// [`Context::second_order`] as sorted lists of entries give it.
    fn second_order_sorted(ctx: &Context, units: &[Coded], a: usize, b: usize) -> [f32; 2] {
        let sum = |me: usize, skip: bool| {
            let mut parts: Vec<(u32, f32)> = Vec::new();
            if !skip {
                parts.extend_from_slice(&units[me]);
            }
            for &(j, _) in &ctx.neighbours[me] {
                let j = j as usize;
                if !(skip && (j == a || j == b)) {
                    parts.extend_from_slice(&units[j]);
                }
            }
            merge(parts)
        };
        [
            cosine(&sum(a, false), &sum(b, false)),
            cosine(&sum(a, true), &sum(b, true)),
        ]
    }

    /// The sums taken by stem number in the scratch cells give the cosines the sorted lists
    /// give, for every pair of the batch (neighbours of each other or not, a text with
    /// itself, texts with no name or no figure), and leave every cell zero.
    #[test]
    fn second_order_by_stem_number_is_the_sorted_sums() {
        let (prepared, ctx) = two_fights();
        let mut scratch = Scratch::default();
        let mut mutual = 0;
        for a in 0..prepared.len() {
            for b in 0..prepared.len() {
                mutual += ctx.neighbours[a].iter().any(|&(j, _)| j as usize == b) as usize;
                for units in [&ctx.unit, &ctx.names, &ctx.figures] {
                    let got = ctx.second_order(units, a, b, &mut scratch);
                    let want = second_order_sorted(&ctx, units, a, b);
                    for t in 0..2 {
                        assert!(
                            (got[t] - want[t]).abs() < 1e-6,
                            "{a}-{b}: {got:?} / {want:?}"
                        );
                    }
                    assert!(scratch.touched.is_empty());
                    assert!(scratch
                        .sums
                        .iter()
                        .all(|c| !c.seen && c.sum == [[0.0; 2]; 2]));
                }
            }
        }
        // Both kinds of pair were asked.
        assert!(mutual > 0 && mutual < prepared.len() * prepared.len());
        let [so, _] = ctx.second_order(&ctx.unit, 0, 0, &mut scratch);
        assert!((so - 1.0).abs() < 1e-6);
    }
}

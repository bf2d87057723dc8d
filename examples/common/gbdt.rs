//! Gradient-boosted regression trees for the logistic loss (second-order steps, as
//! Friedman 2001 and Chen and Guestrin 2016 write them), for the trainer's report-only
//! `GBDT_CV` switch (session 51, issue 8): does a model that combines the pair features
//! non-linearly (one feature's weight depending on another's value) tell paraphrases apart
//! better than the logistic regression, in cross-validation? Training tools only: nothing
//! here is shipped in the library or page.
//!
//! Each feature is cut into at most [`GbdtSettings::bins`] bins at quantiles of the
//! training rows; a tree grows to [`GbdtSettings::depth`] levels by the split of largest
//! gain `GL² / (HL + λ) + GR² / (HR + λ) − G² / (H + λ)` over the bins' sums of gradients
//! `G` and Hessians `H`; a leaf's value is `−G / (H + λ)` times the learning rate. Each tree
//! sees a fixed pseudo-random share of the rows ([`GbdtSettings::subsample`]), the same in
//! every run.

// Index loops over the bins and rows read best as they are.
#![allow(dead_code, clippy::needless_range_loop)]

/// How a boosted model is grown.
#[derive(Clone, Copy, Debug)]
pub struct GbdtSettings {
    /// Number of trees.
    pub trees: usize,
    /// Levels of each tree (1: a stump).
    pub depth: usize,
    /// Learning rate (shrinkage of each tree's leaves).
    pub rate: f64,
    /// L2 penalty `λ` on leaf values.
    pub lambda: f64,
    /// Smallest sum of Hessians on each side of a split.
    pub min_hess: f64,
    /// Bins per feature (at most 255).
    pub bins: usize,
    /// Share of the rows each tree is grown on (1: all).
    pub subsample: f64,
}

/// One node of a tree: a split (`feature`, rows with bin `<= cut` go left) or a leaf.
#[derive(Clone, Debug)]
enum Node {
    Split {
        feature: usize,
        cut: u8,
        left: usize,
        right: usize,
    },
    Leaf(f64),
}

/// A fitted model: the log-odds are `base` plus each tree's leaf.
pub struct Gbdt {
    base: f64,
    /// Per feature, the upper edges of its bins but the last (a value above every edge is
    /// in the last bin).
    edges: Vec<Vec<f64>>,
    trees: Vec<Vec<Node>>,
}

impl Gbdt {
    /// The model's log-odds for the row `x` (the features the model was fitted on).
    pub fn z(&self, x: &[f64]) -> f64 {
        let codes: Vec<u8> = (0..self.edges.len())
            .map(|k| bin_of(&self.edges[k], x[k]))
            .collect();
        self.z_codes(&codes)
    }

    fn z_codes(&self, codes: &[u8]) -> f64 {
        self.base + self.trees.iter().map(|t| leaf(t, codes)).sum::<f64>()
    }
}

/// The value of the leaf of `tree` that the binned row `codes` falls in.
fn leaf(tree: &[Node], codes: &[u8]) -> f64 {
    let mut at = 0;
    loop {
        match tree[at] {
            Node::Split {
                feature,
                cut,
                left,
                right,
            } => at = if codes[feature] <= cut { left } else { right },
            Node::Leaf(v) => return v,
        }
    }
}

/// The bin of `v` among the upper `edges` of the bins.
fn bin_of(edges: &[f64], v: f64) -> u8 {
    edges.partition_point(|&e| e < v) as u8
}

/// The bins' upper edges of one feature: the distinct values at `bins` quantiles of `col`.
fn edges_of(col: &[f64], bins: usize) -> Vec<f64> {
    let mut v: Vec<f64> = col.iter().copied().filter(|x| x.is_finite()).collect();
    v.sort_by(f64::total_cmp);
    v.dedup();
    if v.len() <= bins {
        // One bin per distinct value: edges at the values but the last.
        v.pop();
        return v;
    }
    let mut e: Vec<f64> = (1..bins).map(|q| v[q * v.len() / bins]).collect();
    e.dedup();
    e
}

/// Fits a boosted model on the rows `x` with labels `y` and example weights `w`.
pub fn fit_gbdt(x: &[Vec<f64>], y: &[bool], w: &[f64], s: GbdtSettings) -> Gbdt {
    let n = x.len();
    let d = x.first().map_or(0, Vec::len);
    let bins = s.bins.clamp(2, 255);
    let edges: Vec<Vec<f64>> = (0..d)
        .map(|k| edges_of(&x.iter().map(|r| r[k]).collect::<Vec<_>>(), bins))
        .collect();
    let codes: Vec<Vec<u8>> = x
        .iter()
        .map(|r| (0..d).map(|k| bin_of(&edges[k], r[k])).collect())
        .collect();
    let wsum: f64 = w.iter().sum::<f64>().max(1e-12);
    let pos: f64 = (0..n).filter(|&i| y[i]).map(|i| w[i]).sum::<f64>() / wsum;
    let base = (pos.clamp(1e-6, 1.0 - 1e-6) / (1.0 - pos.clamp(1e-6, 1.0 - 1e-6))).ln();
    let mut model = Gbdt {
        base,
        edges,
        trees: Vec::new(),
    };
    let mut z = vec![base; n];
    let mut g = vec![0.0; n];
    let mut h = vec![0.0; n];
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    for _ in 0..s.trees {
        for i in 0..n {
            let p = 1.0 / (1.0 + (-z[i]).exp());
            g[i] = w[i] * (p - if y[i] { 1.0 } else { 0.0 });
            h[i] = w[i] * (p * (1.0 - p)).max(1e-9);
        }
        let rows: Vec<usize> = (0..n)
            .filter(|_| {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                (seed % 10_000) as f64 / 10_000.0 < s.subsample
            })
            .collect();
        let mut tree = Vec::new();
        grow(&codes, &g, &h, rows, 0, &s, bins, &mut tree);
        for i in 0..n {
            z[i] += leaf(&tree, &codes[i]);
        }
        model.trees.push(tree);
    }
    model
}

/// Grows the node of `rows` at level `level` into `tree` (pushed at its end) and returns
/// its index.
#[allow(clippy::too_many_arguments)]
fn grow(
    codes: &[Vec<u8>],
    g: &[f64],
    h: &[f64],
    rows: Vec<usize>,
    level: usize,
    s: &GbdtSettings,
    bins: usize,
    tree: &mut Vec<Node>,
) -> usize {
    let gs: f64 = rows.iter().map(|&i| g[i]).sum();
    let hs: f64 = rows.iter().map(|&i| h[i]).sum();
    let me = tree.len();
    tree.push(Node::Leaf(-s.rate * gs / (hs + s.lambda)));
    if level >= s.depth || rows.len() < 2 {
        return me;
    }
    let d = codes.first().map_or(0, Vec::len);
    let parent = gs * gs / (hs + s.lambda);
    let mut best: Option<(f64, usize, u8)> = None;
    let mut hist = vec![(0.0f64, 0.0f64); bins];
    for k in 0..d {
        hist.iter_mut().for_each(|c| *c = (0.0, 0.0));
        for &i in &rows {
            let c = &mut hist[codes[i][k] as usize];
            c.0 += g[i];
            c.1 += h[i];
        }
        let (mut gl, mut hl) = (0.0, 0.0);
        for b in 0..bins - 1 {
            gl += hist[b].0;
            hl += hist[b].1;
            let (gr, hr) = (gs - gl, hs - hl);
            if hl < s.min_hess || hr < s.min_hess {
                continue;
            }
            let gain = gl * gl / (hl + s.lambda) + gr * gr / (hr + s.lambda) - parent;
            if gain > 1e-9 && best.is_none_or(|(bg, _, _)| gain > bg) {
                best = Some((gain, k, b as u8));
            }
        }
    }
    let Some((_, feature, cut)) = best else {
        return me;
    };
    let (l, r): (Vec<usize>, Vec<usize>) = rows.iter().partition(|&&i| codes[i][feature] <= cut);
    let left = grow(codes, g, h, l, level + 1, s, bins, tree);
    let right = grow(codes, g, h, r, level + 1, s, bins, tree);
    tree[me] = Node::Split {
        feature,
        cut,
        left,
        right,
    };
    me
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An interaction no linear model can fit (label = x0 > 3 xor x1 > -2; off centre, or
    /// no first split would gain anything) is fitted.
    #[test]
    fn fits_an_exclusive_or() {
        let mut x = Vec::new();
        let mut y = Vec::new();
        for i in 0..400 {
            let (a, b) = ((i % 20) as f64 - 9.5, (i / 20) as f64 - 9.5);
            x.push(vec![a, b]);
            y.push((a > 3.0) != (b > -2.0));
        }
        let w = vec![1.0; x.len()];
        let s = GbdtSettings {
            trees: 50,
            depth: 2,
            rate: 0.3,
            lambda: 1.0,
            min_hess: 0.1,
            bins: 32,
            subsample: 1.0,
        };
        let m = fit_gbdt(&x, &y, &w, s);
        let ok = (0..x.len()).filter(|&i| (m.z(&x[i]) > 0.0) == y[i]).count();
        assert!(ok > 390, "{ok}");
    }
}

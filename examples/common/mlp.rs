//! A small neural network for train_matcher: one hidden layer of tanh units plus a direct
//! linear part (the logistic regression's own weights, the starting point), fitted by
//! full-batch Adam on the weighted logistic loss with an L2 penalty on the hidden layer.
//! Deterministic: the same data and settings give the same weights. Training tools only.

// Small dense layers read best with index loops.
#![allow(dead_code, clippy::needless_range_loop)]

/// Settings of one fit.
#[derive(Clone, Copy, Debug)]
pub struct MlpSettings {
    /// Hidden units.
    pub hidden: usize,
    /// L2 penalty on the hidden layer's weights and the output weights (per example mean loss).
    pub l2: f64,
    /// L2 penalty on the linear part's weights.
    pub l2_linear: f64,
    /// Full-batch Adam steps.
    pub epochs: usize,
    /// Adam step size.
    pub rate: f64,
    /// Seed of the initial weights.
    pub seed: u64,
}

/// A fitted network over standardised inputs: `z = bias + lin . x + out . tanh(w1 x + b1)`.
#[derive(Clone, Debug)]
pub struct Mlp {
    pub bias: f64,
    pub lin: Vec<f64>,
    pub w1: Vec<Vec<f64>>,
    pub b1: Vec<f64>,
    pub out: Vec<f64>,
}

impl Mlp {
    /// The log-odds of a standardised input row.
    pub fn z(&self, x: &[f64]) -> f64 {
        let mut z = self.bias;
        for k in 0..x.len() {
            z += self.lin[k] * x[k];
        }
        for h in 0..self.b1.len() {
            let mut a = self.b1[h];
            for k in 0..x.len() {
                a += self.w1[h][k] * x[k];
            }
            z += self.out[h] * a.tanh();
        }
        z
    }

    /// Every output weight (bias, linear part, hidden-to-output) divided by `t`.
    pub fn scale_output(&mut self, t: f64) {
        self.bias /= t;
        for v in self.lin.iter_mut().chain(self.out.iter_mut()) {
            *v /= t;
        }
    }
}

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> f64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// Fit the network on standardised rows `x` with labels `y` and example weights `w`,
/// starting from the logistic regression `beta` (bias, weights) as the linear part.
pub fn fit_mlp(x: &[Vec<f64>], y: &[bool], w: &[f64], beta: &[f64], s: MlpSettings) -> Mlp {
    let d = x[0].len();
    let hn = s.hidden;
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15 ^ s.seed.wrapping_mul(0x2545_f491_4f6c_dd1d));
    let scale = 1.0 / (d as f64).sqrt();
    let mut m = Mlp {
        bias: beta[0],
        lin: beta[1..].to_vec(),
        w1: (0..hn)
            .map(|_| (0..d).map(|_| (2.0 * rng.next() - 1.0) * scale).collect())
            .collect(),
        b1: (0..hn).map(|_| (2.0 * rng.next() - 1.0) * 0.1).collect(),
        out: (0..hn).map(|_| (2.0 * rng.next() - 1.0) * 0.01).collect(),
    };
    // Parameters flattened: bias, lin (d), w1 (hn * d), b1 (hn), out (hn).
    let np = 1 + d + hn * d + 2 * hn;
    let (mut m1, mut m2) = (vec![0.0; np], vec![0.0; np]);
    let wsum: f64 = w.iter().sum::<f64>().max(1e-12);
    let (b1c, b2c) = (0.9f64, 0.999f64);
    let mut act = vec![0.0; hn];
    for epoch in 0..s.epochs {
        let mut g = vec![0.0; np];
        for i in 0..x.len() {
            if w[i] <= 0.0 {
                continue;
            }
            let xi = &x[i];
            let mut z = m.bias;
            for k in 0..d {
                z += m.lin[k] * xi[k];
            }
            for h in 0..hn {
                let mut a = m.b1[h];
                for k in 0..d {
                    a += m.w1[h][k] * xi[k];
                }
                act[h] = a.tanh();
                z += m.out[h] * act[h];
            }
            let p = 1.0 / (1.0 + (-z).exp());
            let e = w[i] * (p - if y[i] { 1.0 } else { 0.0 }) / wsum;
            g[0] += e;
            for k in 0..d {
                g[1 + k] += e * xi[k];
            }
            for h in 0..hn {
                let eh = e * m.out[h] * (1.0 - act[h] * act[h]);
                let row = 1 + d + h * d;
                for k in 0..d {
                    g[row + k] += eh * xi[k];
                }
                g[1 + d + hn * d + h] += eh;
                g[1 + d + hn * d + hn + h] += e * act[h];
            }
        }
        for k in 0..d {
            g[1 + k] += s.l2_linear * m.lin[k];
        }
        for h in 0..hn {
            for k in 0..d {
                g[1 + d + h * d + k] += s.l2 * m.w1[h][k];
            }
            g[1 + d + hn * d + hn + h] += s.l2 * m.out[h];
        }
        let t = (epoch + 1) as i32;
        let (c1, c2) = (1.0 - b1c.powi(t), 1.0 - b2c.powi(t));
        let mut step = |j: usize, v: &mut f64| {
            m1[j] = b1c * m1[j] + (1.0 - b1c) * g[j];
            m2[j] = b2c * m2[j] + (1.0 - b2c) * g[j] * g[j];
            *v -= s.rate * (m1[j] / c1) / ((m2[j] / c2).sqrt() + 1e-8);
        };
        step(0, &mut m.bias);
        for k in 0..d {
            step(1 + k, &mut m.lin[k]);
        }
        for h in 0..hn {
            for k in 0..d {
                step(1 + d + h * d + k, &mut m.w1[h][k]);
            }
            step(1 + d + hn * d + h, &mut m.b1[h]);
            step(1 + d + hn * d + hn + h, &mut m.out[h]);
        }
    }
    m
}

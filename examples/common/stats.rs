//! Statistics shared by the matcher's development examples (`train_matcher`,
//! `eval_articles`, `eval_pairs`): L2-regularised logistic regression by Newton's method and
//! average precision. Training tools only: nothing here is shipped in the library or page.

// Each example includes this file and uses part of it; the index loops mirror the maths.
#![allow(dead_code, clippy::needless_range_loop)]

/// The logistic function.
pub fn sigmoid(z: f64) -> f64 {
    1.0 / (1.0 + (-z).exp())
}

/// Solve `m x = v` by Gaussian elimination with partial pivoting (small, dense systems).
pub fn solve(mut m: Vec<Vec<f64>>, mut v: Vec<f64>) -> Vec<f64> {
    let n = v.len();
    for c in 0..n {
        let p = (c..n)
            .max_by(|&i, &j| m[i][c].abs().total_cmp(&m[j][c].abs()))
            .unwrap_or(c);
        m.swap(c, p);
        v.swap(c, p);
        let d = m[c][c];
        if d.abs() < 1e-12 {
            continue;
        }
        for r in 0..n {
            if r != c {
                let f = m[r][c] / d;
                if f != 0.0 {
                    for k in c..n {
                        m[r][k] -= f * m[c][k];
                    }
                    v[r] -= f * v[c];
                }
            }
        }
    }
    (0..n)
        .map(|i| {
            if m[i][i].abs() < 1e-12 {
                0.0
            } else {
                v[i] / m[i][i]
            }
        })
        .collect()
}

/// L2-regularised logistic regression by Newton's method, each example weighted by `w`
/// (`None`: all 1). Returns (bias, weights...); the bias is not regularised. Stops after
/// `iterations` steps or when the step's L1 size falls below `tolerance`.
pub fn fit_logistic(
    x: &[Vec<f64>],
    y: &[bool],
    w: Option<&[f64]>,
    l2: f64,
    iterations: usize,
    tolerance: f64,
) -> Vec<f64> {
    let d = x[0].len() + 1;
    let mut beta = vec![0.0; d];
    for _ in 0..iterations {
        let mut grad = vec![0.0; d];
        let mut hess = vec![vec![0.0; d]; d];
        for (i, xi) in x.iter().enumerate() {
            let wi = w.map_or(1.0, |w| w[i]);
            let z = beta[0] + (1..d).map(|k| beta[k] * xi[k - 1]).sum::<f64>();
            let p = sigmoid(z);
            let r = (p - y[i] as u8 as f64) * wi;
            let s = p * (1.0 - p) * wi;
            let row: Vec<f64> = std::iter::once(1.0).chain(xi.iter().copied()).collect();
            for a in 0..d {
                grad[a] += r * row[a];
                for b in a..d {
                    hess[a][b] += s * row[a] * row[b];
                }
            }
        }
        for a in 0..d {
            for b in 0..a {
                hess[a][b] = hess[b][a];
            }
            if a > 0 {
                grad[a] += l2 * beta[a];
                hess[a][a] += l2;
            }
        }
        let step = solve(hess, grad);
        let mut change = 0.0;
        for a in 0..d {
            beta[a] -= step[a];
            change += step[a].abs();
        }
        if change < tolerance {
            break;
        }
    }
    beta
}

/// Average precision of `scores` against labels `y` (ties in file order): the mean of the
/// precision at each true item's rank; 0 when there is none.
pub fn average_precision(scores: &[f64], y: &[bool]) -> f64 {
    let mut idx: Vec<usize> = (0..scores.len()).collect();
    idx.sort_by(|&i, &j| scores[j].total_cmp(&scores[i]).then(i.cmp(&j)));
    let (mut tp, mut sum) = (0.0, 0.0);
    for (r, &i) in idx.iter().enumerate() {
        if y[i] {
            tp += 1.0;
            sum += tp / (r as f64 + 1.0);
        }
    }
    if tp > 0.0 {
        sum / tp
    } else {
        0.0
    }
}

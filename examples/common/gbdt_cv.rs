//! The trainer's report-only `GBDT_CV` switch (session 51, issue 8): five-fold
//! cross-validation inside the training part of boosted trees (`gbdt.rs`) against the
//! logistic regression, in the same folds and on the same rows, and of two ways to choose
//! the decision point on each fit's own training folds (best accuracy, as the shipped
//! model; best accuracy + F1, what issue 8's two paraphrase targets ask jointly). The
//! held-out part is read only with `GBDT_HELD=1`, for the setting the cross-validation
//! chose. Nothing is written.
//!
//! `GBDT_GRID` lists settings as `trees:depth:rate` joined by commas (default
//! "200:3:0.05,400:3:0.05,300:4:0.05,600:2:0.1"); `GBDT_SYN` scales the made-up negatives'
//! weights for the trees (1: as the logistic regression has them, 0: left out);
//! `GBDT_LAMBDA`, `GBDT_SUB` and `GBDT_BINS` set the rest.

use super::gbdt::{fit_gbdt, Gbdt, GbdtSettings};
use super::stats::{average_precision, fit_logistic, sigmoid};
use super::train::{acc_f1, env_f64, Pair};

/// The settings of `GBDT_GRID` with the rest from the environment.
fn grid() -> Vec<GbdtSettings> {
    let spec = std::env::var("GBDT_GRID")
        .unwrap_or_else(|_| "200:3:0.05,400:3:0.05,300:4:0.05,600:2:0.1".to_string());
    spec.split(',')
        .filter_map(|c| {
            let v: Vec<f64> = c.split(':').filter_map(|x| x.trim().parse().ok()).collect();
            let [trees, depth, rate] = v.as_slice() else {
                return None;
            };
            Some(GbdtSettings {
                trees: *trees as usize,
                depth: *depth as usize,
                rate: *rate,
                lambda: env_f64("GBDT_LAMBDA", 1.0),
                min_hess: env_f64("GBDT_MIN_HESS", 1.0),
                bins: env_f64("GBDT_BINS", 64.0) as usize,
                subsample: env_f64("GBDT_SUB", 0.8),
            })
        })
        .collect()
}

/// The threshold (in steps of 0.01) with the best accuracy of `s` against `y`, or with the
/// best accuracy + F1 when `joint`.
fn threshold(s: &[f64], y: &[bool], joint: bool) -> f64 {
    let mut best = (f64::MIN, 0.5);
    for k in 1..100 {
        let t = k as f64 / 100.0;
        let (a, f) = acc_f1(s, y, t);
        let v = if joint { a + f } else { a };
        if v > best.0 {
            best = (v, t);
        }
    }
    best.1
}

/// A fitted model of either kind, as log-odds of a row.
enum Model {
    Logistic(Vec<f64>),
    Trees(Gbdt),
}

impl Model {
    fn z(&self, x: &[f64]) -> f64 {
        match self {
            Model::Logistic(b) => b[0] + (0..x.len()).map(|k| b[k + 1] * x[k]).sum::<f64>(),
            Model::Trees(m) => m.z(x),
        }
    }
}

/// Cross-validation as the module says, over the training pairs `train` (indices into
/// `pairs`), their labels `y` and example weights `w`; `row` gives a pair's standardised
/// features, `l2` is the logistic regression's penalty.
pub fn gbdt_cv(
    pairs: &[Pair],
    train: &[usize],
    row: &dyn Fn(usize) -> Vec<f64>,
    y: &[bool],
    w: &[f64],
    l2: f64,
) {
    let x: Vec<Vec<f64>> = train.iter().map(|&i| row(i)).collect();
    let fold: Vec<u64> = train.iter().map(|&i| (pairs[i].fold_key / 5) % 5).collect();
    let real: Vec<bool> = train
        .iter()
        .map(|&i| !pairs[i].claims && !pairs[i].synthetic)
        .collect();
    let syn = env_f64("GBDT_SYN", 1.0);
    let wt: Vec<f64> = train
        .iter()
        .zip(w)
        .map(|(&i, &wi)| if pairs[i].synthetic { wi * syn } else { wi })
        .collect();
    let mut configs: Vec<Option<GbdtSettings>> = vec![None];
    configs.extend(grid().into_iter().map(Some));
    let fit = |c: &Option<GbdtSettings>, rows: &[usize]| -> Model {
        let xs: Vec<Vec<f64>> = rows.iter().map(|&j| x[j].clone()).collect();
        let ys: Vec<bool> = rows.iter().map(|&j| y[j]).collect();
        match c {
            None => {
                let ws: Vec<f64> = rows.iter().map(|&j| w[j]).collect();
                Model::Logistic(fit_logistic(&xs, &ys, Some(&ws), l2, 30, 1e-8))
            }
            Some(s) => {
                let ws: Vec<f64> = rows.iter().map(|&j| wt[j]).collect();
                Model::Trees(fit_gbdt(&xs, &ys, &ws, *s))
            }
        }
    };
    for c in &configs {
        // Out-of-fold scores with each of the two decision points.
        let mut out: [(Vec<f64>, Vec<bool>); 2] = Default::default();
        for f in 0..5u64 {
            let tr: Vec<usize> = (0..x.len()).filter(|&j| fold[j] != f).collect();
            let model = fit(c, &tr);
            let cal: Vec<usize> = tr.iter().copied().filter(|&j| real[j]).collect();
            let s: Vec<f64> = cal.iter().map(|&j| sigmoid(model.z(&x[j]))).collect();
            let l: Vec<bool> = cal.iter().map(|&j| y[j]).collect();
            for (joint, (s_all, l_all)) in out.iter_mut().enumerate() {
                let t = threshold(&s, &l, joint == 1);
                let shift = (t / (1.0 - t)).ln();
                for j in (0..x.len()).filter(|&j| fold[j] == f && real[j]) {
                    s_all.push(sigmoid(model.z(&x[j]) - shift));
                    l_all.push(y[j]);
                }
            }
        }
        let name = match c {
            Some(s) => format!(
                "trees {}x{} rate {} λ {} sub {} syn {syn}",
                s.trees, s.depth, s.rate, s.lambda, s.subsample
            ),
            None => "logistic".to_string(),
        };
        let (a, f1) = acc_f1(&out[0].0, &out[0].1, 0.5);
        let (aj, f1j) = acc_f1(&out[1].0, &out[1].1, 0.5);
        println!(
            "gbdt cv {name}: n={} AP {:.3} acc/F1 (point: best acc) {a:.3}/{f1:.3} (best acc+F1) {aj:.3}/{f1j:.3}",
            out[0].0.len(),
            average_precision(&out[0].0, &out[0].1),
        );
        if std::env::var("GBDT_HELD").is_ok() {
            let model = fit(c, &(0..x.len()).collect::<Vec<_>>());
            held_out(pairs, train, &model, &x, row);
        }
    }
}

/// The held-out paraphrase pairs' accuracy / F1 and AP of `model` (fitted on every
/// training row `x` of `train`), its decision point moved to the training part's real
/// pairs' best accuracy; `row` gives a pair's features.
fn held_out(
    pairs: &[Pair],
    train: &[usize],
    model: &Model,
    x: &[Vec<f64>],
    row: &dyn Fn(usize) -> Vec<f64>,
) {
    let real: Vec<usize> = (0..train.len())
        .filter(|&j| !pairs[train[j]].claims && !pairs[train[j]].synthetic)
        .collect();
    let s: Vec<f64> = real.iter().map(|&j| sigmoid(model.z(&x[j]))).collect();
    let l: Vec<bool> = real.iter().map(|&j| pairs[train[j]].label).collect();
    let t = threshold(&s, &l, false);
    let shift = (t / (1.0 - t)).ln();
    let ho: Vec<usize> = (0..pairs.len())
        .filter(|&i| pairs[i].held_out && !pairs[i].claims && !pairs[i].synthetic)
        .collect();
    let sh: Vec<f64> = ho
        .iter()
        .map(|&i| sigmoid(model.z(&row(i)) - shift))
        .collect();
    let lh: Vec<bool> = ho.iter().map(|&i| pairs[i].label).collect();
    let (a, f1) = acc_f1(&sh, &lh, 0.5);
    println!(
        "  held-out part: n={} acc/F1@0.5 {a:.3}/{f1:.3} AP {:.3} (training-part point {t:.2})",
        sh.len(),
        average_precision(&sh, &lh)
    );
}

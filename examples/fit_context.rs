//! Fits the batch context's model (`src/matcher/context/fitted.rs`, used by `parallax
//! score` / `score_batch`) on the current pair model, and measures it in nested grouped
//! cross-validation. Run it again after the pair model (`weights.rs`) or the context's
//! features change:
//!
//!     cargo run --release --example fit_context -- ../shared/eval            # figures only
//!     cargo run --release --example fit_context -- ../shared/eval --write    # + fitted.rs
//!
//! Reads `same-event-dev.jsonl` (ECB+ topics 1-35 only; the file one batch, as `eval_pairs`
//! scores it), `claims-train.jsonl` and `paraphrase-train.jsonl` (each file its own batch).
//! A row is [the log-odds of `score_batch_without_context`, `Context::pair_features`]. The
//! model is a logistic regression over the standardised columns, its L2 chosen from
//! [`L2_GRID`] by grouped CV (five folds, `topic % 5`: the sentences of one event are never
//! on both sides; the largest L2 within [`AP_TIE`] of the best). The mix is the largest of
//! [`MIXES`] whose model keeps the claims file's AP at or above its AP without the context
//! (session 44's rule; `MIX=` overrides it). The bias is then set so that the context's mean
//! move over the same-event file's pairs below 0.5 is zero (`Model::centred`). Printed:
//! - each mix's L2, grouped-CV AP and claims AP;
//! - each L2's grouped-CV AP of the shipped form (`Model::shipped`: a pair below 0.5 moves
//!   [`MIX`] of the way to the model's log-odds and stays below 0.5), with and without the
//!   last column (the event clusters, `context/clusters.rs`);
//! - the **nested** figure: in each outer fold the L2 is chosen by an inner grouped CV over
//!   the other four folds only, then fitted on them, and the held-out fold scored;
//! - the same nested model scoring each held-out fold's pairs **as a batch of their own**
//!   (about seven topics, as a held-out file of other topics is scored: its own IDF,
//!   neighbours and clusters), not as part of the whole file ([`fold_batch_rows`]; session
//!   56: 0.775 against 0.763 with the whole file as one batch);
//! - the model fitted on every topic at the L2 the whole file's grouped CV chooses, its
//!   in-sample AP, and the claims and paraphrase files' AP (and paraphrase acc / F1 at
//!   0.5, which the context never changes) before and after it.
//!
//! `--write` writes that model to `src/matcher/context/fitted.rs` (and runs `rustfmt` on
//! it, so a refit on unchanged data changes no byte).

#![allow(clippy::needless_range_loop)]
#[path = "common/context_model.rs"]
mod context_model;
#[path = "common/stats.rs"]
mod stats;
// Only part of train_matcher's helpers is used here.
#[allow(dead_code)]
#[path = "common/train.rs"]
mod train;
#[path = "common/write.rs"]
mod write;

use context_model::{batch_rows, mean_move, Model};
use stats::{average_precision, sigmoid};
use std::path::PathBuf;
use train::{acc_f1, ecb_topics, load};

/// Nearest neighbours per text (`context::NEIGHBOURS`).
const K: usize = 10;
/// The mixes tried (`CONTEXT_MIX`: how much of the model's log-odds a pair below 0.5
/// takes); the largest whose model keeps the claims file's AP is taken (session 44's rule).
const MIXES: [f64; 10] = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0];
/// The L2 strengths the fit chooses from.
const L2_GRID: [f64; 6] = [0.01, 0.1, 1.0, 10.0, 100.0, 1000.0];
/// Grouped-CV APs this close count as tied: the figures move by up to 0.001 between builds
/// (session 52's study).
const AP_TIE: f64 = 0.001;
/// Folds of the grouped CV (by `topic % FOLDS`).
const FOLDS: u64 = 5;

/// The same-event rows, their labels and their ECB+ topics.
#[derive(Clone, Copy)]
struct Data<'a> {
    rows: &'a [Vec<f64>],
    y: &'a [bool],
    topic: &'a [u64],
}

/// Each pair's row with its fold's pairs (`topic % FOLDS`) as a batch of their own, in the
/// order of `pairs`: what the context sees when a held-out file of other topics is scored.
fn fold_batch_rows(pairs: &[train::Pair], topic: &[u64]) -> Vec<Vec<f64>> {
    let mut rows = vec![Vec::new(); pairs.len()];
    for f in 0..FOLDS {
        let idx: Vec<usize> = (0..pairs.len())
            .filter(|&i| topic[i] % FOLDS == f)
            .collect();
        let part: Vec<train::Pair> = idx.iter().map(|&i| pairs[i].clone()).collect();
        for (i, r) in idx.into_iter().zip(batch_rows(&part, K)) {
            rows[i] = r;
        }
    }
    rows
}

/// The shipped form's out-of-fold log-odds of the rows `idx`, for each fold in `folds`
/// fitted on the rows of `idx` in the other folds (columns `cols`, L2 `l2`, mix `mix`).
fn grouped(
    d: Data,
    idx: &[usize],
    folds: &[u64],
    cols: &[usize],
    l2: f64,
    mix: f64,
) -> Vec<(usize, f64)> {
    let Data { rows, y, topic } = d;
    let mut out = Vec::new();
    for &f in folds {
        let tr: Vec<usize> = idx
            .iter()
            .copied()
            .filter(|&i| topic[i] % FOLDS != f)
            .collect();
        let m = Model::fit(rows, y, &tr, cols, l2);
        out.extend(
            idx.iter()
                .filter(|&&i| topic[i] % FOLDS == f)
                .map(|&i| (i, m.shipped(&rows[i], mix))),
        );
    }
    out
}

/// AP of (index, score) against `y`.
fn ap_of(scored: &[(usize, f64)], y: &[bool]) -> f64 {
    let s: Vec<f64> = scored.iter().map(|&(_, v)| v).collect();
    let l: Vec<bool> = scored.iter().map(|&(i, _)| y[i]).collect();
    average_precision(&s, &l)
}

/// The L2 of [`L2_GRID`] for the rows `idx` in the folds `folds`: the largest whose
/// grouped-CV AP is within [`AP_TIE`] of the best, and its AP. A weaker L2 lets the
/// near-collinear pairs of columns (each second-order cosine with and without the pair's
/// own texts) take large weights of opposite signs, which a small batch reads wrongly
/// (`context.rs`, `names_and_figures_of_the_company`).
fn choose_l2(
    rows: &[Vec<f64>],
    y: &[bool],
    topic: &[u64],
    idx: &[usize],
    folds: &[u64],
    cols: &[usize],
    mix: f64,
) -> (f64, f64) {
    let aps: Vec<(f64, f64)> = L2_GRID
        .iter()
        .map(|&l2| {
            let s = grouped(Data { rows, y, topic }, idx, folds, cols, l2, mix);
            (l2, ap_of(&s, y))
        })
        .collect();
    let best = aps.iter().map(|&(_, ap)| ap).fold(f64::MIN, f64::max);
    aps.into_iter()
        .filter(|&(_, ap)| ap >= best - AP_TIE)
        .fold((L2_GRID[0], f64::MIN), |acc, x| {
            if x.0 > acc.0 || acc.1 == f64::MIN {
                x
            } else {
                acc
            }
        })
}

/// Nested grouped CV: each outer fold's L2 chosen by an inner grouped CV over the other
/// folds, fitted on them, the fold scored on `scored` (its rows: `rows` itself, or each
/// fold's pairs as a batch of their own, [`fold_batch_rows`]). Returns the AP.
fn nested(
    rows: &[Vec<f64>],
    scored: &[Vec<f64>],
    y: &[bool],
    topic: &[u64],
    cols: &[usize],
    mix: f64,
) -> f64 {
    let all: Vec<u64> = (0..FOLDS).collect();
    let mut out = Vec::new();
    for f in 0..FOLDS {
        let inner: Vec<u64> = all.iter().copied().filter(|&g| g != f).collect();
        let tr: Vec<usize> = (0..rows.len()).filter(|&i| topic[i] % FOLDS != f).collect();
        let (l2, inner_ap) = choose_l2(rows, y, topic, &tr, &inner, cols, mix);
        println!("  fold {f}: L2 {l2} (inner AP {inner_ap:.4})");
        let m = Model::fit(rows, y, &tr, cols, l2);
        out.extend(
            (0..rows.len())
                .filter(|&i| topic[i] % FOLDS == f)
                .map(|i| (i, m.shipped(&scored[i], mix))),
        );
    }
    ap_of(&out, y)
}

fn run() -> Result<(), String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let write = args.iter().any(|a| a == "--write");
    let dir = args
        .iter()
        .find(|a| !a.starts_with("--"))
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("../shared/eval"));
    let path = dir.join("same-event-dev.jsonl");
    let pairs = load(&path, false)?;
    let topic = ecb_topics(&path)?;
    let rows = batch_rows(&pairs, K);
    let y: Vec<bool> = pairs.iter().map(|p| p.label).collect();
    let ncol = rows[0].len();
    let every: Vec<usize> = (0..rows.len()).collect();
    let folds: Vec<u64> = (0..FOLDS).collect();
    let score: Vec<f64> = rows.iter().map(|r| r[0]).collect();
    println!("same-event: {} pairs, {} columns", rows.len(), ncol);
    println!("score alone: AP {:.4}", average_precision(&score, &y));
    let with: Vec<usize> = (0..ncol).collect();
    let without: Vec<usize> = (0..ncol - 1).collect();
    // The claims and paraphrase files, each its own batch.
    let mut others = Vec::new();
    for (file, claims) in [
        ("claims-train.jsonl", true),
        ("paraphrase-train.jsonl", false),
    ] {
        let ps = load(&dir.join(file), claims)?;
        let l: Vec<bool> = ps.iter().map(|p| p.label).collect();
        others.push((file, batch_rows(&ps, K), l));
    }
    // The model of one mix: its L2 chosen by grouped CV, fitted on every topic, centred.
    let fit_at = |mix: f64| {
        let (l2, cv) = choose_l2(&rows, &y, &topic, &every, &folds, &with, mix);
        let fit = Model::fit(&rows, &y, &every, &with, l2);
        (l2, cv, fit)
    };
    let claims_ap = |m: &Model, mix: f64| {
        let (_, rs, l) = &others[0];
        let s: Vec<f64> = rs.iter().map(|r| m.shipped(r, mix)).collect();
        average_precision(&s, l)
    };
    let claims_alone = {
        let (_, rs, l) = &others[0];
        average_precision(&rs.iter().map(|r| r[0]).collect::<Vec<_>>(), l)
    };
    let mut mix = MIXES[0];
    for m in MIXES {
        let (l2, cv, fit) = fit_at(m);
        let ap = claims_ap(&fit, m);
        println!("mix {m}: L2 {l2}, grouped CV AP {cv:.4}, claims AP {ap:.4} (without context {claims_alone:.4})");
        if ap >= claims_alone {
            mix = m;
        }
    }
    let mix = train::env_f64("MIX", mix);
    println!("mix {mix}");
    for (name, cols) in [("without the clusters", &without), ("all columns", &with)] {
        for l2 in L2_GRID {
            let ap = ap_of(
                &grouped(
                    Data {
                        rows: &rows,
                        y: &y,
                        topic: &topic,
                    },
                    &every,
                    &folds,
                    cols,
                    l2,
                    mix,
                ),
                &y,
            );
            println!("{name}, L2 {l2}: grouped CV AP {ap:.4}");
        }
        println!("{name}: nested grouped CV");
        let ap = nested(&rows, &rows, &y, &topic, cols, mix);
        println!("{name}: nested grouped CV AP {ap:.4}");
    }
    let own = fold_batch_rows(&pairs, &topic);
    println!("all columns: nested grouped CV, each held-out fold a batch of its own");
    let ap = nested(&rows, &own, &y, &topic, &with, mix);
    println!("all columns: nested grouped CV AP {ap:.4}, each held-out fold a batch of its own");
    let (l2, cv, fit) = fit_at(mix);
    let in_sample = |m: &Model| {
        let s: Vec<f64> = rows.iter().map(|r| m.shipped(r, mix)).collect();
        average_precision(&s, &y)
    };
    let (before, up, below) = mean_move(&fit, &rows, mix);
    println!(
        "chosen L2 {l2} (grouped CV AP {cv:.4}); in sample {:.4}; bias {:.6}: mean move {before:.4} log-odds, {up} of {below} pairs below 0.5 rise",
        in_sample(&fit),
        fit.beta[0]
    );
    let model = fit.centred(&rows, mix);
    let (after, up, _) = mean_move(&model, &rows, mix);
    println!(
        "centred: bias {:.6}: mean move {after:.4}, {up} rise; in sample {:.4}",
        model.beta[0],
        in_sample(&model)
    );
    println!(
        "model: bias {:.6} mean {:?} sd {:?} weights {:?}",
        model.beta[0],
        model.mean,
        model.sd,
        &model.beta[1..]
    );
    for (file, rs, l) in &others {
        let before: Vec<f64> = rs.iter().map(|r| sigmoid(r[0])).collect();
        let after: Vec<f64> = rs.iter().map(|r| sigmoid(model.shipped(r, mix))).collect();
        let (a0, f0) = acc_f1(&before, l, 0.5);
        let (a1, f1) = acc_f1(&after, l, 0.5);
        println!(
            "{file}: AP {:.4} -> {:.4}, acc/F1 {a0:.3}/{f0:.3} -> {a1:.3}/{f1:.3}",
            average_precision(&before, l),
            average_precision(&after, l)
        );
    }
    if write {
        write_fitted(&model, l2, cv, mix)?;
    }
    Ok(())
}

/// Writes `model` to `src/matcher/context/fitted.rs`.
fn write_fitted(model: &Model, l2: f64, cv: f64, mix: f64) -> Result<(), String> {
    let n = model.mean.len();
    let f = |v: &[f64]| {
        v.iter()
            .map(|x| format!("{x:.6}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let text = format!(
        "//! Fitted constants of the batch context's model (`context.rs`, [`super::Context::adjust`]):\n\
         //! a logistic regression (L2 {l2}, chosen by topic-grouped CV: AP {cv:.4}) over the pair\n\
         //! score's log-odds and [`super::Context::pair_features`], standardised, on\n\
         //! `same-event-dev.jsonl` (ECB+ topics 1-35, the file one batch); the mix the largest tenth\n\
         //! that keeps the claims file's AP; the bias set so that the mean move of that file's pairs\n\
         //! below 0.5 is zero.\n\
         //! GENERATED by `cargo run --release --example fit_context -- ../shared/eval --write`; do not edit.\n\n\
         /// How much of the context model's log-odds a pair below 0.5 takes (the rest is its own\n\
         /// score's).\n\
         pub(super) const CONTEXT_MIX: f64 = {:.2};\n\
         /// The model's bias.\n\
         pub(super) const BIAS: f64 = {:.6};\n\
         /// Each column's mean: the score's log-odds, then [`super::Context::pair_features`].\n\
         pub(super) const MEAN: [f64; {n}] = [{}];\n\
         /// Each column's standard deviation.\n\
         pub(super) const STD: [f64; {n}] = [{}];\n\
         /// Each standardised column's weight.\n\
         pub(super) const WEIGHTS: [f64; {n}] = [{}];\n",
        mix,
        model.beta[0],
        f(&model.mean),
        f(&model.sd),
        f(&model.beta[1..])
    );
    let path = format!(
        "{}/src/matcher/context/fitted.rs",
        env!("CARGO_MANIFEST_DIR")
    );
    write::write_formatted(&path, &text)
}

fn main() {
    if let Err(e) = run() {
        eprintln!("{e}");
        std::process::exit(1);
    }
}

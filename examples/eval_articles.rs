//! Whole-article alignment: evaluate the matcher on hand-labelled article pairs, and fit
//! the alignment model (`src/matcher/align.rs`).
//!
//!     cargo run --release --example eval_articles -- ../shared/eval/articles           # report
//!     cargo run --release --example eval_articles -- ../shared/eval/articles --write   # + weights
//!
//! Reads `gold.jsonl` (see its README: every sentence pair of each article pair labelled)
//! and the article texts; builds a matcher `Corpus` over each pair with the gold sentence
//! ranges; computes the alignment features of every sentence pair.
//!
//! Reports, per article pair and overall:
//! - average precision (AP) of the matcher's ranking of all sentence pairs, and of a
//!   TF-IDF cosine baseline fitted on the two articles (scikit-learn's `TfidfVectorizer`
//!   defaults with `sublinear_tf`: lower-cased `\w\w+` tokens, smoothed IDF, L2 norm);
//! - for the different-event pairs, the number of sentence pairs scored 0.5 or more;
//! - expected calibration error (ECE, 10 equal-width bins, weighted by count) over pairs
//!   scored 0.2 and up, and a reliability table.
//!
//! The figures for the development pairs are **leave-one-article-pair-out**: each pair is
//! scored by a model fitted on the other eight and the two sample articles (`samples/`,
//! gold `SAMPLES_GOLD`, labelled by the same rule; each of their sentence pairs weighted
//! `SAMPLES_W`, default 1), with Platt scaling fitted on the pooled out-of-pair log-odds of
//! the development pairs. The samples are scored by the model fitted on the nine pairs
//! only, so their figure stays out of sample for the logistic regression. `--dev-only`
//! leaves the samples out of every fit (the protocol before session 5). `--write` fits on
//! the nine pairs and the samples and writes `src/matcher/align_weights.rs`.

#![allow(clippy::needless_range_loop)]
use parallax::matcher::align::{self, ALIGN_NAMES, N_ALIGN};
use stats::{average_precision, fit_logistic, sigmoid};
use std::path::Path;

#[path = "common/articles.rs"]
mod articles;
#[path = "common/stats.rs"]
mod stats;
#[path = "common/write.rs"]
mod write;

use articles::*;

fn main() {
    if let Err(e) = run() {
        eprintln!("eval_articles: {e}");
        std::process::exit(2);
    }
}

fn run() -> Result<(), String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dir = Path::new(
        args.first()
            .map(String::as_str)
            .unwrap_or("../shared/eval/articles"),
    );
    // PAIR=a.txt,b.txt: every sentence pair of two texts with its alignment features,
    // raw log-odds and calibrated score (as the shipped model scores it), to see why a
    // pair scores what it does; nothing else is run.
    if let Ok(files) = std::env::var("PAIR") {
        return print_pair(&files);
    }
    let write = args.iter().any(|a| a == "--write");
    let dev_only = args.iter().any(|a| a == "--dev-only");
    let pairs = load(dir)?;
    let root = env!("CARGO_MANIFEST_DIR");
    let (afp, lat) = (
        std::fs::read_to_string(format!("{root}/samples/afp-defector-footage.txt"))
            .map_err(|e| e.to_string())?,
        std::fs::read_to_string(format!("{root}/samples/latimes-defector-video.txt"))
            .map_err(|e| e.to_string())?,
    );
    let samples = build(
        "samples",
        true,
        &afp,
        &lat,
        parallax::matcher::segment(&afp),
        parallax::matcher::segment(&lat),
        SAMPLES_GOLD.to_vec(),
    );

    // FEATS=path: every labelled sentence pair's features, gold and texts as JSON lines,
    // for trying models and features outside Rust (BENCHMARKS.md, session 11).
    if let Ok(path) = std::env::var("FEATS") {
        let mut out = String::new();
        for p in pairs.iter().chain(std::iter::once(&samples)) {
            for r in &p.rows {
                let line = serde_json::json!({
                    "pair": p.name, "same": p.same_event, "i": r.0, "j": r.1, "y": r.3,
                    "f": r.2.to_vec(), "na": p.texts.0.len(), "nb": p.texts.1.len(),
                    "a": p.texts.0[r.0], "b": p.texts.1[r.1],
                });
                out.push_str(&line.to_string());
                out.push('\n');
            }
        }
        std::fs::write(&path, out).map_err(|e| format!("{path}: {e}"))?;
    }
    // The training rows: the development pairs other than `skip`, and the samples with
    // weight `sw` (left out when 0).
    let sw = if dev_only { 0.0 } else { samples_weight() };
    let fit = |skip: Option<usize>, sw: f64| -> Model {
        let mut rows: Vec<Vec<f32>> = Vec::new();
        let (mut y, mut w) = (Vec::new(), Vec::new());
        for (q, p) in pairs.iter().enumerate() {
            if Some(q) != skip {
                for (k, r) in p.rows.iter().enumerate() {
                    rows.push(p.x(k));
                    y.push(r.3);
                    w.push(1.0);
                }
            }
        }
        if sw > 0.0 {
            for (k, r) in samples.rows.iter().enumerate() {
                rows.push(samples.x(k));
                y.push(r.3);
                w.push(sw);
            }
        }
        Model::fit(&rows, &y, &w, l2())
    };
    // Leave one article pair out: each development pair scored by a model fitted on the
    // other eight and the samples; the samples by the model fitted on the nine pairs.
    let oof: Vec<Vec<f64>> = (0..pairs.len())
        .map(|k| {
            let m = fit(Some(k), sw);
            (0..pairs[k].rows.len())
                .map(|r| m.logit(&pairs[k].x(r)))
                .collect()
        })
        .collect();
    let dev_model = fit(None, 0.0);
    let oof_samples: Vec<f64> = (0..samples.rows.len())
        .map(|r| dev_model.logit(&samples.x(r)))
        .collect();
    // Platt scaling on the pooled out-of-pair log-odds of the development pairs. The
    // samples' out-of-pair log-odds (from the nine-pair model) join only with
    // PLATT_SAMPLES=1: joining them pushed 4-6 different-event sentence pairs to >= 0.5
    // (2 without) and raised the development ECE (BENCHMARKS.md, session 5).
    // Its inputs are each pair's log-odds and how far its two articles' similarity stands
    // below align::ARTICLE_KNEE (0 above it; align::calibrate_in). ARTICLE=0 leaves the
    // article out.
    let with_article = std::env::var("ARTICLE").map_or(true, |v| v != "0");
    let n_rows: usize = pairs.iter().map(|p| p.rows.len()).sum();
    let article_mean = pairs
        .iter()
        .map(|p| p.article as f64 * p.rows.len() as f64)
        .sum::<f64>()
        / n_rows as f64;
    // How far below align::ARTICLE_KNEE (S0=x tries another knee) the two articles stand.
    let s0: f64 = std::env::var("S0")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(align::ARTICLE_KNEE as f64);
    let hinge = |a: f32| (a as f64 - s0).min(0.0);
    let platt_fit = |skip: Option<usize>| -> Vec<f64> {
        let mut z: Vec<Vec<f64>> = Vec::new();
        let (mut y, mut w) = (Vec::new(), Vec::new());
        let art = |p: &Pair| if with_article { hinge(p.article) } else { 0.0 };
        for (q, (zs, p)) in oof.iter().zip(&pairs).enumerate() {
            if Some(q) == skip {
                continue;
            }
            for (&v, r) in zs.iter().zip(&p.rows) {
                z.push(vec![v, art(p)]);
                y.push(r.3);
                w.push(1.0);
            }
        }
        if sw > 0.0 && std::env::var("PLATT_SAMPLES").is_ok() {
            for (&v, r) in oof_samples.iter().zip(&samples.rows) {
                z.push(vec![v, art(&samples)]);
                y.push(r.3);
                w.push(sw);
            }
        }
        let mut b = fit_logistic(&z, &y, Some(&w), 0.0, 50, 1e-9);
        if !with_article {
            b[2] = 0.0;
        }
        b
    };
    let platt = platt_fit(None);
    let cal_in = |b: &[f64], z: f64, article: f32| sigmoid(b[0] + b[1] * z + b[2] * hinge(article));
    let cal = |z: f64, article: f32| cal_in(&platt, z, article);
    // The same scaling fitted without each pair in turn, for an honest count of the
    // different-event pairs' links >= 0.5 (the article term is one number per article pair).
    let loo_platt: Vec<Vec<f64>> = (0..pairs.len()).map(|k| platt_fit(Some(k))).collect();
    println!(
        "Platt scaling: A {:.3}, B {:.3}, article weight {:.3} (article mean {article_mean:.3}); article similarity per pair: {}",
        platt[1],
        platt[0],
        platt[2],
        pairs
            .iter()
            .chain(std::iter::once(&samples))
            .map(|p| format!("{} {:.3}", p.name, p.article))
            .collect::<Vec<_>>()
            .join(", ")
    );
    if std::env::var("STACK").is_ok() {
        // Experiment: a second stage over each pair's stage-1 log-odds in its row/column.
        let ctx: Vec<Vec<Vec<f64>>> = pairs
            .iter()
            .zip(&oof)
            .map(|(p, z)| {
                let na = p.rows.iter().map(|r| r.0).max().unwrap_or(0) + 1;
                let nb = p.rows.iter().map(|r| r.1).max().unwrap_or(0) + 1;
                let mut rows = vec![Vec::new(); na];
                let mut cols = vec![Vec::new(); nb];
                for (r, &v) in p.rows.iter().zip(z) {
                    rows[r.0].push(v);
                    cols[r.1].push(v);
                }
                for v in rows.iter_mut().chain(cols.iter_mut()) {
                    v.sort_by(|a, b| b.total_cmp(a));
                }
                p.rows
                    .iter()
                    .zip(z)
                    .map(|(r, &v)| {
                        let (rw, cl) = (&rows[r.0], &cols[r.1]);
                        let top3 = |x: &Vec<f64>| x.iter().take(3).sum::<f64>() / 3.0;
                        let rank =
                            |x: &Vec<f64>| x.iter().filter(|&&u| u > v + 1e-9).count() as f64;
                        vec![
                            v,
                            v - rw[0],
                            v - cl[0],
                            (1.0 + rank(rw)).ln(),
                            (1.0 + rank(cl)).ln(),
                            top3(rw),
                            top3(cl),
                            2.0 * v - top3(rw) - top3(cl),
                        ]
                    })
                    .collect()
            })
            .collect();
        let mut sum = 0.0;
        for k in 0..pairs.len() {
            let mut x = Vec::new();
            let mut y = Vec::new();
            for (q, p) in pairs.iter().enumerate() {
                if q != k {
                    for (f, r) in ctx[q].iter().zip(&p.rows) {
                        x.push(f.clone());
                        y.push(r.3);
                    }
                }
            }
            let beta = fit_logistic(&x, &y, None, 1.0, 50, 1e-9);
            let sc: Vec<f64> = ctx[k]
                .iter()
                .map(|f| beta[0] + f.iter().zip(&beta[1..]).map(|(a, b)| a * b).sum::<f64>())
                .collect();
            let yk: Vec<bool> = pairs[k].rows.iter().map(|r| r.3).collect();
            let ap = average_precision(&sc, &yk);
            if pairs[k].same_event {
                sum += ap;
            }
            println!(
                "stack {} AP {ap:.3} beta {:?}",
                pairs[k].name,
                beta.iter()
                    .map(|b| (b * 100.0).round() / 100.0)
                    .collect::<Vec<_>>()
            );
        }
        println!("stacked mean AP {:.3}", sum / 6.0);
    }

    println!("| pair | same event | sentence pairs | links | AP Parallax | AP TF-IDF | pairs >= 0.5 (true) |");
    println!("|---|---|---|---|---|---|---|");
    let (mut ap_sum, mut tf_sum, mut n_same) = (0.0, 0.0, 0);
    let (mut all_s, mut all_y) = (Vec::new(), Vec::new());
    let mut diff_links = 0;
    let mut n_diff = 0;
    let (mut loo_s, mut loo_diff) = (Vec::new(), 0);
    for (k, (p, z)) in pairs.iter().zip(&oof).enumerate() {
        let s: Vec<f64> = z
            .iter()
            .enumerate()
            .map(|(r, &z)| p.in_context(r, cal(z, p.article)))
            .collect();
        let s_loo: Vec<f64> = z
            .iter()
            .enumerate()
            .map(|(r, &z)| p.in_context(r, cal_in(&loo_platt[k], z, p.article)))
            .collect();
        if !p.same_event {
            loo_diff += s_loo.iter().filter(|&&x| x >= 0.5).count();
        }
        loo_s.extend(s_loo);
        let y: Vec<bool> = p.rows.iter().map(|r| r.3).collect();
        let ap = average_precision(&s, &y);
        let tf = average_precision(&p.tfidf, &y);
        let hi = s.iter().filter(|&&x| x >= 0.5).count();
        let hit = s.iter().zip(&y).filter(|(&x, &l)| x >= 0.5 && l).count();
        println!(
            "| {} | {} | {} | {} | {:.3} | {:.3} | {} ({}) |",
            p.name,
            p.same_event,
            y.len(),
            y.iter().filter(|&&l| l).count(),
            ap,
            tf,
            hi,
            hit
        );
        if std::env::var("DUMP").is_ok_and(|d| d == p.name) {
            let mut idx: Vec<usize> = (0..s.len()).collect();
            idx.sort_by(|&a, &b| s[b].total_cmp(&s[a]));
            for (rank, &k) in idx.iter().enumerate() {
                let r = &p.rows[k];
                if rank < 25 || r.3 {
                    eprintln!(
                        "{rank:4} {:.3} {} {}-{} | {} || {}",
                        s[k],
                        if r.3 { "GOLD" } else { "    " },
                        r.0,
                        r.1,
                        p.texts.0[r.0],
                        p.texts.1[r.1]
                    );
                }
            }
        }
        if p.same_event {
            ap_sum += ap;
            tf_sum += tf;
            n_same += 1;
        } else {
            diff_links += hi;
            n_diff += 1;
        }
        all_s.extend(s);
        all_y.extend(y);
    }
    println!(
        "\nmean AP over the {n_same} same-event pairs (leave-one-pair-out): Parallax {:.3}, TF-IDF {:.3}",
        ap_sum / n_same as f64, tf_sum / n_same as f64
    );
    println!(
        "different-event pairs: {diff_links} sentence pairs >= 0.5 over {n_diff} article pairs ({:.2} per article pair)",
        diff_links as f64 / n_diff.max(1) as f64
    );
    let (ece, rows) = reliability(&all_s, &all_y);
    let (ece_loo, _) = reliability(&loo_s, &all_y);
    println!("with the Platt scaling fitted without the pair too: different-event pairs {loo_diff} sentence pairs >= 0.5, ECE {ece_loo:.3}");
    println!("\nECE over pairs scored >= 0.2 (leave-one-pair-out, Platt on the pooled out-of-pair log-odds): {ece:.3}");
    println!("\n| score | pairs | mean score | true links |\n|---|---|---|---|");
    for (lo, hi, c, mp, my) in rows {
        println!("| {lo:.1}-{hi:.1} | {c} | {mp:.3} | {my:.3} |");
    }

    // The shipped model: the nine pairs and the samples. The samples' figure below is
    // scored by the model fitted on the nine pairs only (out of pair).
    let m = fit(None, sw);
    let ys: Vec<bool> = samples.rows.iter().map(|r| r.3).collect();
    let ss: Vec<f64> = oof_samples
        .iter()
        .enumerate()
        .map(|(r, &z)| samples.in_context(r, cal(z, samples.article)))
        .collect();
    // What the library computes with the constants in align_weights.rs now.
    let lib: Vec<f64> = samples
        .rows
        .iter()
        .enumerate()
        .map(|(k, r)| {
            samples.in_context(
                k,
                align::calibrate_in(align::raw_log_odds(&r.2), samples.article),
            )
        })
        .collect();
    println!(
        "\nsamples (scored by the model fitted on the nine development pairs; trained on with weight {sw} for the shipped weights): AP {:.3} (library constants now: {:.3}), TF-IDF {:.3}; pairs >= 0.5: {} ({} true)",
        average_precision(&ss, &ys),
        average_precision(&lib, &ys),
        average_precision(&samples.tfidf, &ys),
        ss.iter().filter(|&&x| x >= 0.5).count(),
        ss.iter().zip(&ys).filter(|(&x, &l)| x >= 0.5 && l).count(),
    );
    if std::env::var("DUMP").is_ok_and(|d| d == "samples") {
        let mut idx: Vec<usize> = (0..ss.len()).collect();
        idx.sort_by(|&a, &b| ss[b].total_cmp(&ss[a]));
        for (rank, &k) in idx.iter().enumerate() {
            let r = &samples.rows[k];
            if rank < 30 || r.3 {
                eprintln!(
                    "{rank:4} {:.3} {} {}-{} | {} || {}",
                    ss[k],
                    if r.3 { "GOLD" } else { "    " },
                    r.0,
                    r.1,
                    samples.texts.0[r.0],
                    samples.texts.1[r.1]
                );
            }
        }
    }
    if let Ok(v) = std::env::var("SAMPLE_ROW") {
        // The best three LA Times sentences for one AFP sentence (by index).
        let i: usize = v.parse().unwrap_or(0);
        let mut idx: Vec<usize> = (0..ss.len()).filter(|&k| samples.rows[k].0 == i).collect();
        idx.sort_by(|&a, &b| ss[b].total_cmp(&ss[a]));
        println!("AFP {i}: {}", samples.texts.0[i]);
        for &k in idx.iter().take(3) {
            let r = &samples.rows[k];
            println!(
                "  {:.3} {} {}",
                ss[k],
                if r.3 { "GOLD" } else { "    " },
                samples.texts.1[r.1]
            );
        }
    }
    let (ece_s, rows_s) = reliability(&ss, &ys);
    let (ece_lib, rows_lib) = reliability(&lib, &ys);
    println!("samples ECE (>= 0.2): {ece_s:.3} (library constants now: {ece_lib:.3})");
    println!("\n| samples: score | pairs | mean score | true links | (library constants) pairs | mean score | true links |\n|---|---|---|---|---|---|---|");
    for k in 2..10 {
        let row = |rows: &[(f64, f64, usize, f64, f64)]| {
            rows.iter()
                .find(|r| (r.0 * 10.0).round() as usize == k)
                .map_or("0 | - | -".to_string(), |r| {
                    format!("{} | {:.3} | {:.3}", r.2, r.3, r.4)
                })
        };
        println!(
            "| {:.1}-{:.1} | {} | {} |",
            k as f64 / 10.0,
            (k + 1) as f64 / 10.0,
            row(&rows_s),
            row(&rows_lib)
        );
    }
    println!("\nweights (standardised):");
    for k in 0..N_ALIGN {
        println!("  {:>22} {:+.3}", ALIGN_NAMES[k], m.beta[k + 1]);
    }
    // The prefilter of Corpus::all_pairs (matcher::corpus::prefilter_for): the highest
    // library score among pairs below each IDF cosine cut-off.
    for cut in [
        0.03f32, 0.04, 0.05, 0.06, 0.07, 0.08, 0.09, 0.12, 0.15, 0.18,
    ] {
        let best = pairs
            .iter()
            .chain(std::iter::once(&samples))
            .flat_map(|p| p.rows.iter().map(move |r| (r, p.article)))
            .filter(|(r, _)| r.2[0] < cut)
            .map(|(r, a)| align::calibrate_in(align::raw_log_odds(&r.2), a))
            .fold(0.0f64, f64::max);
        let (n_hi, n_all) = pairs
            .iter()
            .chain(std::iter::once(&samples))
            .flat_map(|p| p.rows.iter().map(move |r| (r, p.article)))
            .map(|(r, a)| {
                (
                    r.2[0] < cut,
                    align::calibrate_in(align::raw_log_odds(&r.2), a) >= 0.5,
                )
            })
            .fold((0, 0), |(a, b), (low, hi)| {
                (a + (low && hi) as usize, b + hi as usize)
            });
        println!("highest score among pairs with IDF cosine < {cut}: {best:.3}; pairs >= 0.5 below it: {n_hi} of {n_all}");
    }
    flag_report(pairs.iter().chain(std::iter::once(&samples)));
    if write {
        let f = |v: &[f64]| {
            v.iter()
                .map(|x| format!("{x:.6}"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let data = if sw > 0.0 {
            format!("the nine development article pairs of `shared/eval/articles` and the two sample\n\
                     //! articles (`SAMPLES_GOLD` in `examples/common/articles.rs`, each sentence pair weighted {sw})")
        } else {
            "the nine development article pairs of `shared/eval/articles`".to_string()
        };
        let text = format!(
            "//! Learned weights of the whole-article alignment model (`align.rs`): L2 logistic\n\
             //! regression (L2 {}) fitted on {data}.\n\
             //! GENERATED by `cargo run --release --example eval_articles -- ../shared/eval/articles --write`; do not edit.\n\n\
             // Feature order: {}.\n\
             pub const BIAS: f64 = {:.6};\n\
             pub const MEAN: [f64; {N_ALIGN}] = [{}];\n\
             pub const STD: [f64; {N_ALIGN}] = [{}];\n\
             pub const WEIGHTS: [f64; {N_ALIGN}] = [{}];\n\
             /// Platt scaling of the log-odds, fitted on the development pairs' leave-one-article-pair-out log-odds.\n\
             pub const PLATT_A: f64 = {:.6};\n\
             pub const PLATT_B: f64 = {:.6};\n\
             /// Weight of the article similarity in the Platt scaling (`align::calibrate_in`).\n\
             pub const PLATT_C: f64 = {:.6};\n\
             /// Mean article similarity of the development pairs' sentence pairs: the context\n\
             /// `align::calibrate` assumes for two standalone texts.\n\
             pub const ARTICLE_MEAN: f64 = {:.6};\n",
            l2(),
            ALIGN_NAMES.join(", "),
            m.beta[0], f(&m.mean), f(&m.sd), f(&m.beta[1..]), platt[1], platt[0], platt[2], article_mean
        );
        let path = format!("{root}/src/matcher/align_weights.rs");
        // As `cargo fmt` leaves it, so a refit with unchanged data changes no byte.
        write::write_formatted(&path, &text)?;
    }
    Ok(())
}

/// The `PAIR=a.txt,b.txt` report: each sentence pair of the two files, its features by
/// name, its raw log-odds and its calibrated probability at the two texts' article
/// similarity.
fn print_pair(files: &str) -> Result<(), String> {
    let (fa, fb) = files
        .split_once(',')
        .ok_or("PAIR wants two files: a.txt,b.txt")?;
    let read = |f: &str| std::fs::read_to_string(f).map_err(|e| format!("{f}: {e}"));
    let (ta, tb) = (read(fa)?, read(fb)?);
    let (ra, rb) = (
        parallax::matcher::segment(&ta),
        parallax::matcher::segment(&tb),
    );
    let corpus = parallax::matcher::Corpus::from_ranges(&[&ta, &tb], vec![ra.clone(), rb.clone()]);
    let article = corpus.article_similarity(0, 1);
    for (i, j, x) in corpus.pair_features(0, 1) {
        let (Some(&(sa, ea)), Some(&(sb, eb))) = (ra.get(i), rb.get(j)) else {
            continue;
        };
        let z = align::raw_log_odds(&x);
        println!(
            "{i} / {j}: z {z:.3}, p {:.4}\n  a: {}\n  b: {}",
            align::calibrate_in(z, article),
            slice(&ta, sa, ea),
            slice(&tb, sb, eb)
        );
        for (name, v) in ALIGN_NAMES.iter().zip(x) {
            println!("  {name:<20} {v:.4}");
        }
    }
    Ok(())
}

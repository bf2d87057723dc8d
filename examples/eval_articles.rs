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
//! scored by a model fitted on the other eight (Platt scaling fitted on the pooled
//! out-of-pair log-odds). The two sample articles (`samples/`, gold below, labelled by the
//! same rule) are scored by the model fitted on all nine pairs: they are never trained on.
//! `--write` fits on all nine pairs and writes `src/matcher/align_weights.rs`.

#![allow(clippy::needless_range_loop)]
use parallax::matcher::align::{self, ALIGN_NAMES, N_ALIGN};
use parallax::matcher::Corpus;
use serde_json::Value;
use stats::{average_precision, fit_logistic, sigmoid};
use std::collections::{HashMap, HashSet};
use std::path::Path;

#[path = "common/stats.rs"]
mod stats;

/// Gold links of the two sample articles (AFP sentence, LA Times sentence, differs), by
/// sentence index as `matcher::segment` splits them.
const SAMPLES_GOLD: &[(usize, usize, bool)] = &[
    (0, 0, false),
    (0, 1, false),
    (0, 2, false),
    (1, 0, false),
    (1, 1, false),
    (1, 2, false),
    (2, 0, false),
    (2, 1, false),
    (2, 2, false),
    (3, 0, false),
    (3, 1, false),
    (3, 2, false),
    (3, 7, false),
    (3, 9, false),
    (3, 10, false),
    (4, 14, false),
    (4, 24, false),
    (5, 11, true),
    (6, 4, false),
    (6, 15, false),
    (7, 2, false),
    (7, 3, false),
    (7, 4, false),
    (8, 2, true),
    (8, 6, false),
    (8, 7, false),
    (8, 8, false),
    (9, 2, false),
    (9, 9, false),
    (9, 10, false),
    (10, 14, false),
    (11, 14, false),
    (11, 24, false),
    (12, 25, false),
    (13, 26, true),
    (14, 26, true),
    (15, 26, true),
    (16, 13, false),
    (19, 11, false),
    (20, 11, false),
    (24, 11, false),
];

struct Pair {
    name: String,
    same_event: bool,
    /// (i, j, features, gold)
    rows: Vec<(usize, usize, [f32; N_ALIGN], bool)>,
    tfidf: Vec<f64>,
    texts: (Vec<String>, Vec<String>),
    /// Gold links with their `differs` mark.
    links: Vec<(usize, usize, bool)>,
}

struct Model {
    mean: Vec<f64>,
    sd: Vec<f64>,
    beta: Vec<f64>,
}

impl Model {
    fn fit(rows: &[&[f32; N_ALIGN]], y: &[bool], l2: f64) -> Model {
        let n = rows.len() as f64;
        let mut mean = vec![0.0; N_ALIGN];
        let mut sd = vec![0.0; N_ALIGN];
        for r in rows {
            for k in 0..N_ALIGN {
                mean[k] += r[k] as f64 / n;
            }
        }
        for r in rows {
            for k in 0..N_ALIGN {
                sd[k] += (r[k] as f64 - mean[k]).powi(2) / n;
            }
        }
        for s in sd.iter_mut() {
            *s = if *s > 1e-12 { s.sqrt() } else { 1.0 };
        }
        let x: Vec<Vec<f64>> = rows
            .iter()
            .map(|r| {
                (0..N_ALIGN)
                    .map(|k| (r[k] as f64 - mean[k]) / sd[k])
                    .collect()
            })
            .collect();
        let beta = fit_logistic(&x, y, None, l2, 50, 1e-9);
        Model { mean, sd, beta }
    }
    fn logit(&self, r: &[f32; N_ALIGN]) -> f64 {
        self.beta[0]
            + (0..N_ALIGN)
                .map(|k| self.beta[k + 1] * (r[k] as f64 - self.mean[k]) / self.sd[k])
                .sum::<f64>()
    }
}

/// ECE over pairs scored >= 0.2 (10 equal-width bins over [0, 1]) and the table rows
/// (low, high, n, mean score, fraction true).
/// A reliability table row: (low, high, pairs, mean score, fraction true).
type Bin = (f64, f64, usize, f64, f64);

fn reliability(s: &[f64], y: &[bool]) -> (f64, Vec<Bin>) {
    let mut bins = vec![(0usize, 0.0f64, 0.0f64); 10];
    for (&p, &l) in s.iter().zip(y) {
        if p < 0.2 {
            continue;
        }
        let b = ((p * 10.0) as usize).min(9);
        bins[b].0 += 1;
        bins[b].1 += p;
        bins[b].2 += l as u8 as f64;
    }
    let n: usize = bins.iter().map(|b| b.0).sum();
    let mut ece = 0.0;
    let mut rows = Vec::new();
    for (k, &(c, sp, sy)) in bins.iter().enumerate() {
        if c == 0 {
            continue;
        }
        let (mp, my) = (sp / c as f64, sy / c as f64);
        ece += c as f64 / n.max(1) as f64 * (mp - my).abs();
        rows.push((k as f64 / 10.0, (k + 1) as f64 / 10.0, c, mp, my));
    }
    (ece, rows)
}

/// TF-IDF cosine (sublinear tf, smoothed IDF over the sentences of both articles).
fn tfidf_matrix(a: &[String], b: &[String]) -> Vec<f64> {
    let tok = |s: &str| -> Vec<String> {
        s.to_lowercase()
            .split(|c: char| !c.is_alphanumeric() && c != '_')
            .filter(|w| w.chars().count() >= 2)
            .map(str::to_string)
            .collect()
    };
    let docs: Vec<Vec<String>> = a.iter().chain(b).map(|s| tok(s)).collect();
    let mut df: HashMap<&str, f64> = HashMap::new();
    for d in &docs {
        for w in d.iter().map(String::as_str).collect::<HashSet<_>>() {
            *df.entry(w).or_default() += 1.0;
        }
    }
    let n = docs.len() as f64;
    let vecs: Vec<HashMap<&str, f64>> = docs
        .iter()
        .map(|d| {
            let mut tf: HashMap<&str, f64> = HashMap::new();
            for w in d {
                *tf.entry(w.as_str()).or_default() += 1.0;
            }
            let mut v: HashMap<&str, f64> = tf
                .into_iter()
                .map(|(w, c)| (w, (1.0 + c.ln()) * (((1.0 + n) / (1.0 + df[w])).ln() + 1.0)))
                .collect();
            let norm = v.values().map(|x| x * x).sum::<f64>().sqrt();
            v.values_mut().for_each(|x| *x /= norm.max(1e-12));
            v
        })
        .collect();
    let mut out = Vec::new();
    for i in 0..a.len() {
        for j in 0..b.len() {
            let (x, y) = (&vecs[i], &vecs[a.len() + j]);
            out.push(x.iter().map(|(w, v)| v * y.get(w).unwrap_or(&0.0)).sum());
        }
    }
    out
}

fn slice(t: &str, s: usize, e: usize) -> String {
    t.chars().skip(s).take(e - s).collect()
}

fn build(
    name: &str,
    same: bool,
    ta: &str,
    tb: &str,
    ra: Vec<(usize, usize)>,
    rb: Vec<(usize, usize)>,
    links: Vec<(usize, usize, bool)>,
) -> Pair {
    let gold: HashSet<(usize, usize)> = links.iter().map(|&(i, j, _)| (i, j)).collect();
    let sa: Vec<String> = ra.iter().map(|&(s, e)| slice(ta, s, e)).collect();
    let sb: Vec<String> = rb.iter().map(|&(s, e)| slice(tb, s, e)).collect();
    let corpus = Corpus::from_ranges(&[ta, tb], vec![ra, rb]);
    // DROP=... (feature indices, comma-separated) leaves features out, to measure what
    // each adds. (The hub-correction and rank features that were tried, csls,
    // cos_minus_hub, mutual_best, best_one_side, rank_log, gave mean AP 0.528 with them,
    // 0.534 without; samples 0.711 / 0.722; they were removed from the library.)
    let drop: Vec<usize> = std::env::var("DROP")
        .unwrap_or_default()
        .split(',')
        .filter_map(|x| x.parse().ok())
        .collect();
    let rows = corpus
        .pair_features(0, 1)
        .into_iter()
        .map(|(i, j, mut f)| {
            for &k in &drop {
                f[k] = 0.0;
            }
            (i, j, f, gold.contains(&(i, j)))
        })
        .collect();
    Pair {
        name: name.into(),
        same_event: same,
        rows,
        tfidf: tfidf_matrix(&sa, &sb),
        texts: (sa, sb),
        links,
    }
}

fn load(dir: &Path) -> Result<Vec<Pair>, String> {
    let gold =
        std::fs::read_to_string(dir.join("gold.jsonl")).map_err(|e| format!("gold.jsonl: {e}"))?;
    let mut out = Vec::new();
    for line in gold.lines().filter(|l| !l.trim().is_empty()) {
        let g: Value = serde_json::from_str(line).map_err(|e| e.to_string())?;
        let read = |k: &str| -> Result<String, String> {
            let f = g[k].as_str().ok_or("missing file")?;
            std::fs::read_to_string(dir.join(f)).map_err(|e| format!("{f}: {e}"))
        };
        let ranges = |k: &str| -> Vec<(usize, usize)> {
            g[k].as_array()
                .map(|v| {
                    v.iter()
                        .filter_map(|r| Some((r[0].as_u64()? as usize, r[1].as_u64()? as usize)))
                        .collect()
                })
                .unwrap_or_default()
        };
        let links: Vec<(usize, usize, bool)> = g["links"]
            .as_array()
            .map(|v| {
                v.iter()
                    .filter_map(|l| {
                        Some((
                            l[0].as_u64()? as usize,
                            l[1].as_u64()? as usize,
                            l[2].as_bool()?,
                        ))
                    })
                    .collect()
            })
            .unwrap_or_default();
        let (ta, tb) = (read("a")?, read("b")?);
        out.push(build(
            g["pair"].as_str().unwrap_or("?"),
            g["same_event"].as_bool().unwrap_or(true),
            &ta,
            &tb,
            ranges("sentences_a"),
            ranges("sentences_b"),
            links,
        ));
    }
    Ok(out)
}

/// Flag precision and recall over the gold links of the development pairs and the samples:
/// a link marked `differs` should carry a flag, a link not marked should carry none.
fn flag_report<'a>(pairs: impl Iterator<Item = &'a Pair>) {
    let (mut tp, mut fp, mut fn_, mut tn) = (0, 0, 0, 0);
    let mut kinds: HashMap<&'static str, (usize, usize)> = HashMap::new();
    let mut wrong = Vec::new();
    for p in pairs {
        for &(i, j, differs) in &p.links {
            let (a, b) = (&p.texts.0[i], &p.texts.1[j]);
            let flags = parallax::matcher::explain(a, b).flags;
            let flagged = !flags.is_empty();
            for f in &flags {
                let e = kinds.entry(f.kind.as_str()).or_default();
                if differs {
                    e.0 += 1;
                } else {
                    e.1 += 1;
                }
            }
            match (flagged, differs) {
                (true, true) => tp += 1,
                (true, false) => {
                    fp += 1;
                    let f: Vec<String> = flags
                        .iter()
                        .map(|f| format!("{} {:?}/{:?}", f.kind.as_str(), f.a, f.b))
                        .collect();
                    wrong.push(format!("  {} {i}-{j}: {}", p.name, f.join(", ")));
                }
                (false, true) => fn_ += 1,
                (false, false) => tn += 1,
            }
        }
    }
    let prec = tp as f64 / (tp + fp).max(1) as f64;
    let rec = tp as f64 / (tp + fn_).max(1) as f64;
    println!(
        "\nflags on the gold links (dev pairs + samples): {} marked differs, {} not; flagged: {tp} of the differs, {fp} of the others; precision {prec:.2}, recall {rec:.2} ({tn} unflagged agreeing links)",
        tp + fn_,
        fp + tn
    );
    let mut k: Vec<_> = kinds.into_iter().collect();
    k.sort();
    for (kind, (d, o)) in k {
        println!("  {kind}: on {d} differs links, {o} agreeing links");
    }
    if std::env::var("FLAGS").is_ok() {
        println!("flags on agreeing links:\n{}", wrong.join("\n"));
    }
}

fn l2() -> f64 {
    std::env::var("L2")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3.0)
}

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
    let write = args.iter().any(|a| a == "--write");
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

    // Leave one article pair out.
    let mut oof: Vec<Vec<f64>> = Vec::new();
    for k in 0..pairs.len() {
        let (rows, y): (Vec<&[f32; N_ALIGN]>, Vec<bool>) = pairs
            .iter()
            .enumerate()
            .filter(|(p, _)| *p != k)
            .flat_map(|(_, p)| p.rows.iter().map(|r| (&r.2, r.3)))
            .unzip();
        let m = Model::fit(&rows, &y, l2());
        oof.push(pairs[k].rows.iter().map(|r| m.logit(&r.2)).collect());
    }
    // Platt scaling on the pooled out-of-pair log-odds.
    let (z, y): (Vec<Vec<f64>>, Vec<bool>) = oof
        .iter()
        .zip(&pairs)
        .flat_map(|(z, p)| z.iter().zip(&p.rows).map(|(&z, r)| (vec![z], r.3)))
        .unzip();
    let platt = fit_logistic(&z, &y, None, 0.0, 50, 1e-9);
    let cal = |z: f64| sigmoid(platt[0] + platt[1] * z);
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
    for (p, z) in pairs.iter().zip(&oof) {
        let s: Vec<f64> = z.iter().map(|&z| cal(z)).collect();
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
    println!("\nECE over pairs scored >= 0.2 (leave-one-pair-out, Platt on the pooled out-of-pair log-odds): {ece:.3}");
    println!("\n| score | pairs | mean score | true links |\n|---|---|---|---|");
    for (lo, hi, c, mp, my) in rows {
        println!("| {lo:.1}-{hi:.1} | {c} | {mp:.3} | {my:.3} |");
    }

    // The model on all nine pairs; the samples are held out.
    let (rows, y): (Vec<&[f32; N_ALIGN]>, Vec<bool>) = pairs
        .iter()
        .flat_map(|p| p.rows.iter().map(|r| (&r.2, r.3)))
        .unzip();
    let m = Model::fit(&rows, &y, l2());
    let ys: Vec<bool> = samples.rows.iter().map(|r| r.3).collect();
    let ss: Vec<f64> = samples.rows.iter().map(|r| cal(m.logit(&r.2))).collect();
    // What the library computes with the constants in align_weights.rs now.
    let lib: Vec<f64> = samples
        .rows
        .iter()
        .map(|r| align::calibrate(align::raw_log_odds(&r.2)))
        .collect();
    println!(
        "\nsamples (never trained on): AP {:.3} (library constants now: {:.3}), TF-IDF {:.3}; pairs >= 0.5: {} ({} true)",
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
    let (ece_s, _) = reliability(&ss, &ys);
    println!("samples ECE (>= 0.2): {ece_s:.3}");
    println!("\nweights (standardised):");
    for k in 0..N_ALIGN {
        println!("  {:>22} {:+.3}", ALIGN_NAMES[k], m.beta[k + 1]);
    }
    // The prefilter of Corpus::all_pairs (matcher::corpus::prefilter_for): the highest
    // library score among pairs below each IDF cosine cut-off.
    for cut in [0.05f32, 0.06, 0.07, 0.08, 0.09, 0.12, 0.15, 0.18] {
        let best = pairs
            .iter()
            .chain(std::iter::once(&samples))
            .flat_map(|p| p.rows.iter())
            .filter(|r| r.2[0] < cut)
            .map(|r| align::calibrate(align::raw_log_odds(&r.2)))
            .fold(0.0f64, f64::max);
        let (n_hi, n_all) = pairs
            .iter()
            .chain(std::iter::once(&samples))
            .flat_map(|p| p.rows.iter())
            .map(|r| {
                (
                    r.2[0] < cut,
                    align::calibrate(align::raw_log_odds(&r.2)) >= 0.5,
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
        let text = format!(
            "//! Learned weights of the whole-article alignment model (`align.rs`).\n\
             //! GENERATED by `cargo run --release --example eval_articles -- ../shared/eval/articles --write`; do not edit.\n\n\
             // Feature order: {}.\n\
             pub const BIAS: f64 = {:.6};\n\
             pub const MEAN: [f64; {N_ALIGN}] = [{}];\n\
             pub const STD: [f64; {N_ALIGN}] = [{}];\n\
             pub const WEIGHTS: [f64; {N_ALIGN}] = [{}];\n\
             /// Platt scaling of the log-odds, fitted on leave-one-article-pair-out log-odds.\n\
             pub const PLATT_A: f64 = {:.6};\n\
             pub const PLATT_B: f64 = {:.6};\n",
            ALIGN_NAMES.join(", "),
            m.beta[0], f(&m.mean), f(&m.sd), f(&m.beta[1..]), platt[1], platt[0]
        );
        let path = format!("{root}/src/matcher/align_weights.rs");
        std::fs::write(&path, text).map_err(|e| format!("{path}: {e}"))?;
        println!("wrote {path}");
    }
    Ok(())
}

//! train_matcher's data and helpers: the training pairs and their split, ranking and
//! threshold measures, perturbed negatives, standardised logistic fits and the relatedness
//! model. Moved out of `train_matcher.rs` unchanged.

// Linear algebra over small dense matrices reads best with index loops.
#![allow(clippy::needless_range_loop)]

use crate::stats::{average_precision, fit_logistic};
use parallax::matcher::features::{Prepared, N_REL};
use parallax::matcher::text::{self, hash_str};
use std::path::Path;

#[derive(Clone)]
pub struct Pair {
    pub a: String,
    pub b: String,
    pub label: bool,
    pub held_out: bool,
    pub claims: bool,
    /// A made-up negative: sentences of two different paraphrase pairs.
    pub synthetic: bool,
    /// A synthetic negative made by replacing numbers, names and dates.
    pub perturbed: bool,
    /// FNV-1a of the split key (id or group).
    pub fold_key: u64,
}

pub fn load(path: &Path, claims: bool) -> Result<Vec<Pair>, String> {
    let data = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let mut out = Vec::new();
    for (i, line) in data.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value = serde_json::from_str(line)
            .map_err(|e| format!("{} line {}: {e}", path.display(), i + 1))?;
        let s = |k: &str| v.get(k).and_then(|x| x.as_str()).unwrap_or("").to_string();
        let label = v.get("label").and_then(|x| x.as_i64()).unwrap_or(0) == 1;
        let key = if claims { s("group") } else { s("id") };
        out.push(Pair {
            a: s("a"),
            b: s("b"),
            label,
            held_out: hash_str(&key) % 5 == 0,
            claims,
            synthetic: false,
            perturbed: false,
            fold_key: hash_str(&key),
        });
    }
    Ok(out)
}

pub fn auc(scores: &[f64], y: &[bool]) -> f64 {
    let mut idx: Vec<usize> = (0..scores.len()).collect();
    idx.sort_by(|&i, &j| scores[i].total_cmp(&scores[j]));
    let mut ranks = vec![0.0; scores.len()];
    let mut i = 0;
    while i < idx.len() {
        let mut j = i;
        while j + 1 < idx.len() && scores[idx[j + 1]] == scores[idx[i]] {
            j += 1;
        }
        let r = (i + j) as f64 / 2.0 + 1.0;
        for k in i..=j {
            ranks[idx[k]] = r;
        }
        i = j + 1;
    }
    let pos = y.iter().filter(|&&l| l).count() as f64;
    let neg = y.len() as f64 - pos;
    let sum: f64 = (0..y.len()).filter(|&k| y[k]).map(|k| ranks[k]).sum();
    (sum - pos * (pos + 1.0) / 2.0) / (pos * neg).max(1.0)
}

pub fn acc_f1(scores: &[f64], y: &[bool], t: f64) -> (f64, f64) {
    let (mut tp, mut fp, mut fneg, mut ok) = (0.0, 0.0, 0.0, 0.0);
    for (s, &l) in scores.iter().zip(y) {
        let p = *s >= t;
        if p == l {
            ok += 1.0;
        }
        match (p, l) {
            (true, true) => tp += 1.0,
            (true, false) => fp += 1.0,
            (false, true) => fneg += 1.0,
            _ => {}
        }
    }
    let f1 = if tp > 0.0 {
        2.0 * tp / (2.0 * tp + fp + fneg)
    } else {
        0.0
    };
    (ok / y.len().max(1) as f64, f1)
}

pub fn best_threshold(scores: &[f64], y: &[bool]) -> f64 {
    let mut best = (0.0, 0.5);
    for k in 1..100 {
        let t = k as f64 / 100.0;
        let (a, _) = acc_f1(scores, y, t);
        if a > best.0 {
            best = (a, t);
        }
    }
    best.1
}

pub fn env_f64(name: &str, default: f64) -> f64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

pub fn cosine(a: &Prepared, b: &Prepared) -> f32 {
    let (x, y) = (a.content(), b.content());
    let (mut i, mut j, mut s) = (0, 0, 0.0f32);
    while i < x.len() && j < y.len() {
        match x[i].0.cmp(&y[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                s += x[i].1 * y[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    let d = a.content_norm() * b.content_norm();
    if d > 0.0 {
        s / d
    } else {
        0.0
    }
}

/// `b` with its numbers, names, weekdays and months replaced; `None` if it has none.
pub fn perturb(b: &str, names: &[String], stemmer: &rust_stemmers::Stemmer) -> Option<String> {
    let chars: Vec<char> = b.chars().collect();
    let toks = text::tokenize(b, stemmer);
    let mut out = String::new();
    let mut pos = 0;
    let mut changed = 0;
    let h = hash_str(b);
    const DAYS: [&str; 7] = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    for (k, t) in toks.iter().enumerate() {
        let salt = h.wrapping_add(k as u64 * 7919);
        let repl = match t.kind {
            text::Kind::Number(v) if !t.date || v > 31.0 => {
                let nv = if v >= 10.0 {
                    (v * 1.5).round() + 1.0
                } else {
                    v + 2.0
                };
                Some(text::number_text(nv))
            }
            text::Kind::Weekday(d) => {
                Some(DAYS[(d as usize + 1 + (salt % 5) as usize) % 7].to_string())
            }
            text::Kind::Month(m) => {
                Some(MONTHS[(m as usize + (salt % 10) as usize) % 12].to_string())
            }
            text::Kind::Word if t.proper && k > 0 && !names.is_empty() && salt % 2 == 0 => {
                Some(names[(salt % names.len() as u64) as usize].clone())
            }
            _ => None,
        };
        if let Some(r) = repl {
            let orig: String = chars[t.start..t.end].iter().collect();
            if orig.to_lowercase() == r.to_lowercase() {
                continue;
            }
            out.extend(&chars[pos..t.start]);
            out.push_str(&r);
            pos = t.end;
            changed += 1;
        }
    }
    if changed == 0 {
        return None;
    }
    out.extend(&chars[pos..]);
    Some(out)
}

pub fn standardise(rows: &[Vec<f64>]) -> (Vec<f64>, Vec<f64>) {
    let d = rows[0].len();
    let n = rows.len() as f64;
    let mut mean = vec![0.0; d];
    let mut sd = vec![0.0; d];
    for r in rows {
        for k in 0..d {
            mean[k] += r[k] / n;
        }
    }
    for r in rows {
        for k in 0..d {
            sd[k] += (r[k] - mean[k]).powi(2) / n;
        }
    }
    for s in sd.iter_mut() {
        *s = s.sqrt();
        if *s < 1e-9 {
            *s = 1.0;
        }
    }
    (mean, sd)
}

/// Fit on `train` rows, return scores of `test` rows.
pub fn fit_predict(train: &[(Vec<f64>, bool, f64)], test: &[Vec<f64>], l2: f64) -> Vec<f64> {
    let rows: Vec<Vec<f64>> = train.iter().map(|t| t.0.clone()).collect();
    let (mean, sd) = standardise(&rows);
    let z = |r: &Vec<f64>| -> Vec<f64> { (0..r.len()).map(|k| (r[k] - mean[k]) / sd[k]).collect() };
    let x: Vec<Vec<f64>> = rows.iter().map(z).collect();
    let y: Vec<bool> = train.iter().map(|t| t.1).collect();
    let w: Vec<f64> = train.iter().map(|t| t.2).collect();
    let beta = fit_logistic(&x, &y, Some(&w), l2, 30, 1e-8);
    test.iter()
        .map(|r| {
            let xr = z(r);
            beta[0] + (0..xr.len()).map(|k| beta[k + 1] * xr[k]).sum::<f64>()
        })
        .collect()
}

/// The relatedness model ("claim b bears on claim a"): logistic regression over the
/// relatedness features, fitted on the claims training part plus the made-up other-story
/// negatives (weight CROSS_WEIGHT). The L2 strength is chosen by 5-fold cross-validation
/// over article pairs *within the training part* (best pooled AUC); the held-out part is
/// not looked at. Returns (beta, mean, sd).
pub fn fit_relatedness(
    pairs: &[Pair],
    rels: &[[f32; N_REL]],
    cross: &[(usize, [f32; N_REL], bool)],
) -> (Vec<f64>, Vec<f64>, Vec<f64>) {
    let cross_weight = env_f64("CROSS_WEIGHT", 0.0);
    let row = |r: &[f32; N_REL]| -> Vec<f64> { r.iter().map(|&x| x as f64).collect() };
    let claims: Vec<usize> = (0..pairs.len())
        .filter(|&i| pairs[i].claims && !pairs[i].held_out)
        .collect();
    let fold_of = |i: usize| (pairs[i].fold_key / 5) % 5;
    let training_rows = |skip_fold: Option<u64>| -> Vec<(Vec<f64>, bool, f64)> {
        let mut tr: Vec<(Vec<f64>, bool, f64)> = claims
            .iter()
            .filter(|&&i| Some(fold_of(i)) != skip_fold)
            .map(|&i| (row(&rels[i]), pairs[i].label, 1.0))
            .collect();
        if cross_weight > 0.0 {
            tr.extend(
                cross
                    .iter()
                    .filter(|c| !c.2 && Some(fold_of(c.0)) != skip_fold)
                    .map(|c| (row(&c.1), false, cross_weight)),
            );
        }
        tr
    };
    let mut best = (f64::MIN, 1.0);
    for l2 in [1.0, 3.0, 10.0, 30.0, 100.0, 300.0, 1000.0, 3000.0] {
        let (mut s, mut l) = (Vec::new(), Vec::new());
        for f in 0..5 {
            let test: Vec<usize> = claims
                .iter()
                .copied()
                .filter(|&i| fold_of(i) == f)
                .collect();
            let rows: Vec<Vec<f64>> = test.iter().map(|&i| row(&rels[i])).collect();
            s.extend(fit_predict(&training_rows(Some(f)), &rows, l2));
            l.extend(test.iter().map(|&i| pairs[i].label));
        }
        let (a, ap) = (auc(&s, &l), average_precision(&s, &l));
        println!("relatedness: L2 {l2:5} cross-validated (training part) AP {ap:.3} AUC {a:.3}");
        if a > best.0 + 1e-9 {
            best = (a, l2);
        }
    }
    let l2 = env_f64("REL_L2", best.1);
    println!("relatedness: L2 {l2}, other-story negative weight {cross_weight}");
    let tr = training_rows(None);
    let rows: Vec<Vec<f64>> = tr.iter().map(|t| t.0.clone()).collect();
    let (mean, sd) = standardise(&rows);
    let x: Vec<Vec<f64>> = rows
        .iter()
        .map(|r| (0..N_REL).map(|k| (r[k] - mean[k]) / sd[k]).collect())
        .collect();
    let y: Vec<bool> = tr.iter().map(|t| t.1).collect();
    let w: Vec<f64> = tr.iter().map(|t| t.2).collect();
    let beta = fit_logistic(&x, &y, Some(&w), l2, 30, 1e-8);
    (beta, mean, sd)
}

/// The ECB+ topic of each line of a same-event file (the number after the first `-` of its
/// `id`, 0 when there is none); an error when one is not a development topic (1-35).
pub fn ecb_topics(path: &Path) -> Result<Vec<u64>, String> {
    let data = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let topic: Vec<u64> = data
        .lines()
        .filter(|l| !l.trim().is_empty())
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .map(|v| {
            v.get("id")
                .and_then(|x| x.as_str())
                .and_then(|id| id.split('-').nth(1))
                .and_then(|t| t.parse().ok())
                .unwrap_or(0)
        })
        .collect();
    if let Some(t) = topic.iter().find(|&&t| t == 0 || t > 35) {
        return Err(format!("same-event CV: topic {t} is not one of 1-35"));
    }
    Ok(topic)
}

/// Out-of-fold log-odds of a logistic regression (L2 `l2`) over the columns `cols` of
/// `rows`, in five folds grouped by `topic % 5`.
pub fn grouped_cv(
    rows: &[Vec<f64>],
    y: &[bool],
    topic: &[u64],
    cols: &[usize],
    l2: f64,
) -> Vec<f64> {
    let mut s = vec![0.0; rows.len()];
    for f in 0..5 {
        let tr: Vec<(Vec<f64>, bool, f64)> = (0..rows.len())
            .filter(|&i| topic[i] % 5 != f)
            .map(|i| (cols.iter().map(|&c| rows[i][c]).collect(), y[i], 1.0))
            .collect();
        let te: Vec<usize> = (0..rows.len()).filter(|&i| topic[i] % 5 == f).collect();
        let tx: Vec<Vec<f64>> = te
            .iter()
            .map(|&i| cols.iter().map(|&c| rows[i][c]).collect())
            .collect();
        for (&i, z) in te.iter().zip(fit_predict(&tr, &tx, l2)) {
            s[i] = z;
        }
    }
    s
}

/// Counts of the flags that tell events apart (place, date, person, number, speaker),
/// each at most 2.
pub fn flag_counts(a: &str, b: &str) -> Vec<f64> {
    use parallax::matcher::DiscrepancyKind as K;
    let e = parallax::matcher::explain(a, b);
    [K::Place, K::Date, K::Person, K::Number, K::Speaker]
        .iter()
        .map(|k| e.flags.iter().filter(|f| f.kind == *k).count().min(2) as f64)
        .collect()
}

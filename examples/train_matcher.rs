//! Train the claim matcher's pair score and write the learned constants into the source.
//!
//!     cargo run --release --example train_matcher -- ../shared/eval          # train + write
//!     cargo run --release --example train_matcher -- ../shared/eval --dry-run  # report only
//!
//! Reads `paraphrase-train.jsonl` and `claims-train.jsonl` from the given directory
//! (`{"id","a","b","label","group"}` lines). Deterministic split: a pair is held out when
//! FNV-1a(key) % 5 == 0 (20%), where key is the pair id for paraphrases and the `group`
//! (the two articles) for claims, so no article pair is in both parts.
//!
//! Steps: document frequencies of stems over the training sentences (the most frequent
//! become the built-in IDF table, `src/matcher/idf_table.rs`); features of every pair
//! (`parallax::matcher::features::features`); L2-regularised logistic regression fitted by
//! Newton's method on the training part; held-out figures printed; weights written to
//! `src/matcher/weights.rs`. Everything is deterministic: the same data gives the same files.
//!
//! Report-only switches (session 37; none changes the files written):
//! - `FEATURES_OFF=26,27` (session 52): those features set to 0 for every pair (so their
//!   weight is 0), to weigh them by the CV switches below; do not write with it.
//! - `MLP_HIDDEN=16` (with `MLP_L2`, `MLP_EPOCHS`, `MLP_SYN`...): a one-hidden-layer
//!   network (`common/mlp.rs`) over the same features and training pairs, started from the
//!   logistic regression, with its train / held-out figures; `MLP_CV=1` compares it with
//!   the logistic regression by 5-fold cross-validation inside the training part
//!   (`MLP_GRID_H`, `MLP_GRID_L2`); `SAME_EVENT=<file>` adds that file's AP (not trained on).
//! - `STAGE2=1` (with `STAGE2_PERTURB`, `SAME_EVENT`): a second logistic stage over the
//!   paraphrase log-odds and the counts of place, date, person, number and speaker flags.
//! - `SAME_EVENT_CV=<same-event-dev.jsonl>`: topic-grouped 5-fold cross-validation on that
//!   file (topics 1-35 only) of `score_batch` alone and with the flag counts and the name,
//!   number and date features.
//! - `EXTRA_CV=<sets>` (session 44, with `MLP_GRID_H=` empty; `EXTRA_HELD=1` adds the
//!   held-out part): candidate features of `common/extra.rs` added to the model's, by
//!   5-fold cross-validation inside the training part (see [`extra_cv`]); session 45's
//!   METEOR-style alignment with WordNet synonyms is candidates 8-15 (`METEOR_SYN=0`
//!   leaves out the synonym pass; the table comes from `bench/wordnet_synonyms.py`).
//! - `GBDT_CV=1` (session 51; with `EXTRA_CV`, over each candidate set): boosted trees
//!   (`common/gbdt.rs`) against the logistic regression by the same cross-validation, and
//!   a decision point chosen for accuracy + F1 (`common/gbdt_cv.rs`).
//! - `DUMP_ROWS=<file>` (session 56): the training rows with their folds, standardised
//!   features and tokens, one JSON line each, for studies in Python (`common/dump.rs`).

// Linear algebra over small dense matrices reads best with index loops.
#![allow(clippy::needless_range_loop)]
use parallax::matcher::features::{
    self, Idf, Prepared, FEATURE_NAMES, N_FEATURES, N_REL, REL_NAMES,
};
use parallax::matcher::text::{self, hash_str};
use stats::{average_precision, fit_logistic, sigmoid};
use std::collections::HashMap;
use std::path::PathBuf;

#[path = "common/dump.rs"]
mod dump;
#[path = "common/extra.rs"]
mod extra;
#[path = "common/gbdt.rs"]
mod gbdt;
#[path = "common/gbdt_cv.rs"]
mod gbdt_cv;
#[path = "common/mlp.rs"]
mod mlp;
#[path = "common/stats.rs"]
mod stats;
#[path = "common/train.rs"]
mod train;

use train::*;

fn run() -> Result<(), String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dry = args.iter().any(|a| a == "--dry-run");
    let dir = args
        .iter()
        .find(|a| !a.starts_with("--"))
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("../shared/eval"));
    let claims_weight: f64 = std::env::var("CLAIMS_WEIGHT")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0.0);
    // The L2 penalty: 10 since session 52's wording features (CV inside the training part:
    // L2 1 0.780 / 0.843, 3 0.777 / 0.841, 10 0.776 / 0.841; at 1 and 3 the twelve
    // collinear features put "The South Korean soldier was shot two times ... on Friday"
    // above the same sentence reordered, `standalone.rs`'s conflict test; 1 before).
    let l2: f64 = std::env::var("L2")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10.0);
    let table_size: usize = 1500;

    let mut pairs = load(&dir.join("paraphrase-train.jsonl"), false)?;
    pairs.extend(load(&dir.join("claims-train.jsonl"), true)?);

    // Document frequencies over the distinct training sentences.
    let stemmer = text::stemmer();
    let mut seen = std::collections::HashSet::new();
    let mut df: HashMap<String, u32> = HashMap::new();
    let mut docs = 0u32;
    for p in pairs.iter().filter(|p| !p.held_out) {
        for s in [&p.a, &p.b] {
            if !seen.insert(s.clone()) {
                continue;
            }
            docs += 1;
            let mut keys: Vec<String> = text::tokenize(s, &stemmer)
                .iter()
                .map(|t| text::stem_key(t, &stemmer))
                .collect();
            keys.sort();
            keys.dedup();
            for k in keys {
                *df.entry(k).or_insert(0) += 1;
            }
        }
    }
    let mut common: Vec<(String, u32)> = df.into_iter().filter(|(_, c)| *c >= 3).collect();
    common.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    common.truncate(table_size);
    common.sort_by(|a, b| a.0.cmp(&b.0));
    let idf = Idf::from_counts(common.iter().map(|(k, c)| (k.as_str(), *c)), docs);

    // Synthetic negatives, within each part: every paraphrase sentence `a` with the `b`
    // of the most similar *other* pair (a hard negative: same topic, another fact) and with
    // the `b` of a pseudo-random other pair (an easy one).
    let hard_weight: f64 = env_f64("HARD_WEIGHT", 0.5);
    let rand_weight: f64 = env_f64("RAND_WEIGHT", 0.25);
    let max_hard_cos: f32 = env_f64("MAX_HARD_COS", 0.7) as f32;
    let mut synthetic = Vec::new();
    for held in [false, true] {
        let idx: Vec<usize> = (0..pairs.len())
            .filter(|&i| !pairs[i].claims && pairs[i].held_out == held)
            .collect();
        let pa: Vec<Prepared> = idx
            .iter()
            .map(|&i| Prepared::new(&pairs[i].a, &idf))
            .collect();
        let pb: Vec<Prepared> = idx
            .iter()
            .map(|&i| Prepared::new(&pairs[i].b, &idf))
            .collect();
        for (x, &i) in idx.iter().enumerate() {
            let mut best = (f32::MIN, x);
            for y in 0..idx.len() {
                if y == x || pairs[idx[y]].a == pairs[i].a {
                    continue;
                }
                let c = cosine(&pa[x], &pb[y]);
                if c > best.0 {
                    best = (c, y);
                }
            }
            let r = (hash_str(&pairs[i].a) % idx.len() as u64) as usize;
            // Very similar "other" sentences are often the same report (the corpus has
            // clusters of one story): not safe as negatives.
            let hard = if best.0 < max_hard_cos { best.1 } else { x };
            for (y, w) in [(hard, hard_weight), (r, rand_weight)] {
                if y == x || w <= 0.0 {
                    continue;
                }
                synthetic.push((
                    Pair {
                        a: pairs[i].a.clone(),
                        b: pairs[idx[y]].b.clone(),
                        label: false,
                        held_out: held,
                        claims: false,
                        synthetic: true,
                        perturbed: false,
                        // The source pair's key: cross-validation keeps it in its fold.
                        fold_key: pairs[i].fold_key,
                    },
                    w,
                ));
            }
        }
    }
    // Perturbed negatives ("similar but different event"): a paraphrase pair whose `b` has
    // its numbers, names, weekdays and months replaced by others.
    // With weight 0 (the default) they are only measured, not trained on.
    let perturb_weight = env_f64("PERTURB_WEIGHT", 0.0);
    {
        let names: Vec<String> = pairs
            .iter()
            .filter(|p| !p.claims)
            .flat_map(|p| {
                let chars: Vec<char> = p.a.chars().collect();
                text::tokenize(&p.a, &stemmer)
                    .into_iter()
                    .filter(|t| t.proper && t.kind == text::Kind::Word && t.end - t.start > 2)
                    .map(|t| chars[t.start..t.end].iter().collect::<String>())
                    .collect::<Vec<_>>()
            })
            .collect();
        let base: Vec<usize> = (0..pairs.len())
            .filter(|&i| !pairs[i].claims && pairs[i].label)
            .collect();
        for i in base {
            if let Some(b) = perturb(&pairs[i].b, &names, &stemmer) {
                synthetic.push((
                    Pair {
                        a: pairs[i].a.clone(),
                        b,
                        label: false,
                        held_out: pairs[i].held_out,
                        claims: false,
                        synthetic: true,
                        perturbed: true,
                        fold_key: 0,
                    },
                    perturb_weight,
                ));
            }
        }
    }
    let mut sample_weight: Vec<f64> = pairs
        .iter()
        .map(|p| if p.claims { claims_weight } else { 1.0 })
        .collect();
    for (p, w) in synthetic {
        pairs.push(p);
        sample_weight.push(w);
    }

    // Features (`FEATURES_OFF`: those left out, as 0, to weigh them in the CV).
    let off: Vec<usize> = std::env::var("FEATURES_OFF")
        .unwrap_or_default()
        .split(',')
        .filter_map(|v| v.trim().parse().ok())
        .filter(|&k| k < N_FEATURES)
        .collect();
    let (feats, mut rels): (Vec<[f32; N_FEATURES]>, Vec<[f32; N_REL]>) = pairs
        .iter()
        .map(|p| {
            let (pa, pb) = (Prepared::new(&p.a, &idf), Prepared::new(&p.b, &idf));
            let mut f = features::features(&pa, &pb);
            for &k in &off {
                f[k] = 0.0;
            }
            let r = features::rel_features(&pa, &pb, &f, 0.0);
            (f, r)
        })
        .unzip();
    let train: Vec<usize> = (0..pairs.len())
        .filter(|&i| !pairs[i].held_out && sample_weight[i] > 0.0)
        .collect();
    let mut mean = [0.0f64; N_FEATURES];
    let mut sd = [0.0f64; N_FEATURES];
    for &i in &train {
        for k in 0..N_FEATURES {
            mean[k] += feats[i][k] as f64;
        }
    }
    for m in mean.iter_mut() {
        *m /= train.len() as f64;
    }
    for &i in &train {
        for k in 0..N_FEATURES {
            sd[k] += (feats[i][k] as f64 - mean[k]).powi(2);
        }
    }
    for s in sd.iter_mut() {
        *s = (*s / train.len() as f64).sqrt();
        if *s < 1e-9 {
            *s = 1.0;
        }
    }
    let std_x = |i: usize| -> Vec<f64> {
        (0..N_FEATURES)
            .map(|k| (feats[i][k] as f64 - mean[k]) / sd[k])
            .collect()
    };
    let x: Vec<Vec<f64>> = train.iter().map(|&i| std_x(i)).collect();
    let y: Vec<bool> = train.iter().map(|&i| pairs[i].label).collect();
    let w: Vec<f64> = train.iter().map(|&i| sample_weight[i]).collect();
    let mut beta = fit_logistic(&x, &y, Some(&w), l2, 30, 1e-8);
    let mlp_settings = mlp_settings();
    if let Ok(path) = std::env::var("DUMP_ROWS") {
        dump::dump_rows(&path, &pairs, &train, &x, &w, &idf)?;
    }
    if std::env::var("MLP_CV").is_ok() {
        mlp_cv(&pairs, &train, &x, &y, &w, l2);
    }
    if let Ok(spec) = std::env::var("EXTRA_CV") {
        extra_cv(&pairs, &train, &std_x, &y, &w, l2, &idf, &spec);
    } else if std::env::var("GBDT_CV").is_ok() {
        gbdt_cv::gbdt_cv(&pairs, &train, &std_x, &y, &w, l2);
    }
    let mut net =
        mlp_settings.map(|s| mlp::fit_mlp(&x, &y, &mlp_weights(&pairs, &train, &w), &beta, s));
    // Calibrate the decision point: shift the bias so that 0.5 is the threshold with the
    // best paraphrase accuracy on the training part.
    {
        let idx: Vec<usize> = train
            .iter()
            .copied()
            .filter(|&i| !pairs[i].claims && !pairs[i].synthetic)
            .collect();
        let s: Vec<f64> = idx
            .iter()
            .map(|&i| {
                let xi = std_x(i);
                sigmoid(beta[0] + (0..N_FEATURES).map(|k| beta[k + 1] * xi[k]).sum::<f64>())
            })
            .collect();
        let l: Vec<bool> = idx.iter().map(|&i| pairs[i].label).collect();
        let t = best_threshold(&s, &l);
        println!("calibration: train-best threshold {t:.2} moved to 0.5");
        beta[0] -= (t / (1.0 - t)).ln();
        if let Some(net) = net.as_mut() {
            let s: Vec<f64> = idx.iter().map(|&i| sigmoid(net.z(&std_x(i)))).collect();
            let t = best_threshold(&s, &l);
            println!("network calibration: train-best threshold {t:.2} moved to 0.5");
            net.bias -= (t / (1.0 - t)).ln();
        }
    }
    // Temperature: divide the log-odds by T. The order of scores and the 0.5 decision point
    // stay the same (so accuracy, F1, AP and AUC do not change); the regression is
    // over-confident far from the paraphrase data (sentences of one story told by two
    // outlets, with few words in common), and T = 2 spreads those over 0.1-0.5 instead
    // of 0.01-0.5, which is what a user sees.
    let temperature = env_f64("TEMPERATURE", 2.0);
    for b in beta.iter_mut() {
        *b /= temperature;
    }
    if let Some(net) = net.as_mut() {
        net.scale_output(temperature);
    }
    let net = net;
    println!("temperature: {temperature}");
    let beta = beta;
    let predict = |i: usize| -> f64 {
        let xi = std_x(i);
        sigmoid(beta[0] + (0..N_FEATURES).map(|k| beta[k + 1] * xi[k]).sum::<f64>())
    };

    for i in 0..pairs.len() {
        let xi = std_x(i);
        rels[i][N_REL - 1] = (beta[0] + (0..N_FEATURES).map(|k| beta[k + 1] * xi[k]).sum::<f64>())
            .clamp(-10.0, 10.0) as f32;
    }
    let raw_z = |f: &[f32; N_FEATURES]| -> f64 {
        beta[0]
            + (0..N_FEATURES)
                .map(|k| beta[k + 1] * (f[k] as f64 - mean[k]) / sd[k])
                .sum::<f64>()
    };
    // Made-up "other story" negatives for the relatedness model: each claim `a` with the
    // claim `b` of the most similar pair from another article pair (same kind of story,
    // other people and facts), within each part.
    let mut cross: Vec<(usize, [f32; N_REL], bool)> = Vec::new();
    {
        let claims_idx: Vec<usize> = (0..pairs.len()).filter(|&i| pairs[i].claims).collect();
        let prep_a: Vec<Prepared> = claims_idx
            .iter()
            .map(|&i| Prepared::new(&pairs[i].a, &idf))
            .collect();
        let prep_b: Vec<Prepared> = claims_idx
            .iter()
            .map(|&i| Prepared::new(&pairs[i].b, &idf))
            .collect();
        for (x, &i) in claims_idx.iter().enumerate() {
            let mut best = (f32::MIN, usize::MAX);
            for (y, &j) in claims_idx.iter().enumerate() {
                if pairs[j].fold_key == pairs[i].fold_key || pairs[j].held_out != pairs[i].held_out
                {
                    continue;
                }
                let c = cosine(&prep_a[x], &prep_b[y]);
                if c > best.0 {
                    best = (c, y);
                }
            }
            if best.1 == usize::MAX {
                continue;
            }
            let f = features::features(&prep_a[x], &prep_b[best.1]);
            let z = raw_z(&f);
            let r = features::rel_features(&prep_a[x], &prep_b[best.1], &f, z);
            cross.push((i, r, pairs[i].held_out));
        }
    }
    let (mut rel_beta, rel_mean, rel_sd) = fit_relatedness(&pairs, &rels, &cross);
    // Put the relatedness log-odds on the scale the paraphrase model used below 0.5: over
    // the training pairs below the threshold, match the mean and spread of
    // logit(2 s) for s = 0.5 sigmoid(zr) to those of the old score s = sigmoid(z). A
    // linear map keeps the order (so AP and AUC) and keeps the meaning of the app's
    // suggestion floor roughly where it was.
    {
        let below: Vec<usize> = (0..pairs.len())
            .filter(|&i| !pairs[i].held_out && sample_weight[i] > 0.0 && rels[i][N_REL - 1] < 0.0)
            .collect();
        let moments = |v: &[f64]| {
            let n = v.len().max(1) as f64;
            let m = v.iter().sum::<f64>() / n;
            let sd = (v.iter().map(|x| (x - m).powi(2)).sum::<f64>() / n).sqrt();
            (m, sd.max(1e-9))
        };
        let old: Vec<f64> = below
            .iter()
            .map(|&i| {
                let p2 = 2.0 * sigmoid(rels[i][N_REL - 1] as f64);
                (p2 / (1.0 - p2).max(1e-12)).ln()
            })
            .collect();
        let new: Vec<f64> = below
            .iter()
            .map(|&i| {
                rel_beta[0]
                    + (0..N_REL)
                        .map(|k| rel_beta[k + 1] * (rels[i][k] as f64 - rel_mean[k]) / rel_sd[k])
                        .sum::<f64>()
            })
            .collect();
        let (mo, so) = moments(&old);
        let (mn, sn) = moments(&new);
        let scale = so / sn;
        for b in rel_beta.iter_mut() {
            *b *= scale;
        }
        rel_beta[0] += mo - mn * scale;
        println!(
            "relatedness: rescaled by {scale:.3} (below-threshold training pairs: {})",
            below.len()
        );
    }
    let rel_z = |r: &[f32; N_REL]| -> f64 {
        rel_beta[0]
            + (0..N_REL)
                .map(|k| rel_beta[k + 1] * (r[k] as f64 - rel_mean[k]) / rel_sd[k])
                .sum::<f64>()
    };
    // How much the relatedness model orders the pairs below 0.5 (0 = the paraphrase model
    // alone, 1 = relatedness alone). Chosen for the app: the largest value in steps of 0.1
    // at which the sample articles' parallel sentences stay the first or second suggestion
    // (tests/matcher.rs), not by the held-out part.
    let rel_mix = env_f64("REL_MIX", 0.4);
    for mix in [0.0, 0.25, 0.5, 0.75, 1.0] {
        let idx: Vec<usize> = (0..pairs.len())
            .filter(|&i| pairs[i].claims && !pairs[i].held_out)
            .collect();
        let s: Vec<f64> = idx
            .iter()
            .map(|&i| features::combine_mix(rels[i][N_REL - 1] as f64, rel_z(&rels[i]), mix))
            .collect();
        let l: Vec<bool> = idx.iter().map(|&i| pairs[i].label).collect();
        println!(
            "mix {mix:.2}: claims training part AP {:.3} AUC {:.3}",
            average_precision(&s, &l),
            auc(&s, &l)
        );
    }
    println!("relatedness mix: {rel_mix}");
    let combined = |i: usize| -> f64 {
        features::combine_mix(rels[i][N_REL - 1] as f64, rel_z(&rels[i]), rel_mix)
    };
    println!(
        "training sentences for IDF: {docs}; built-in table: {} stems",
        common.len()
    );
    println!("weights (standardised features):");
    println!("  bias {:+.3}", beta[0]);
    for k in 0..N_FEATURES {
        println!("  {:22} {:+.3}", FEATURE_NAMES[k], beta[k + 1]);
    }
    println!("relatedness weights (standardised features):");
    println!("  bias {:+.3}", rel_beta[0]);
    for k in 0..N_REL {
        println!("  {:22} {:+.3}", REL_NAMES[k], rel_beta[k + 1]);
    }
    if std::env::var("FEATURE_AUC").is_ok() {
        for (name, claims) in [("paraphrase", false), ("claims", true)] {
            let idx: Vec<usize> = (0..pairs.len())
                .filter(|&i| pairs[i].claims == claims && pairs[i].held_out && !pairs[i].synthetic)
                .collect();
            let l: Vec<bool> = idx.iter().map(|&i| pairs[i].label).collect();
            let line: Vec<String> = (0..N_FEATURES)
                .map(|k| {
                    let s: Vec<f64> = idx.iter().map(|&i| feats[i][k] as f64).collect();
                    format!("{}={:.3}", FEATURE_NAMES[k], auc(&s, &l))
                })
                .collect();
            println!("single-feature AUC on held-out {name}: {}", line.join(" "));
        }
    }
    for held in [false, true] {
        for perturbed in [false, true] {
            let s: Vec<f64> = (0..pairs.len())
                .filter(|&i| {
                    pairs[i].synthetic
                        && pairs[i].held_out == held
                        && pairs[i].perturbed == perturbed
                })
                .map(predict)
                .collect();
            let ok = s.iter().filter(|&&x| x < 0.5).count();
            println!(
                "synthetic negatives ({}) {}: {} of {} scored below 0.5",
                if perturbed {
                    "other numbers/names/dates"
                } else {
                    "other pair's sentence"
                },
                if held { "held-out" } else { "train" },
                ok,
                s.len()
            );
        }
    }
    let mut threshold = 0.5;
    for (name, claims) in [("paraphrase", false), ("claims", true)] {
        for (part, held) in [("train", false), ("held-out", true)] {
            let idx = part_indices(&pairs, claims, held);
            let l: Vec<bool> = idx.iter().map(|&i| pairs[i].label).collect();
            let s: Vec<f64> = idx.iter().map(|&i| predict(i)).collect();
            if !claims && !held {
                // The decision point is the paraphrase model's (the combined score keeps
                // its side of 0.5 for every pair).
                threshold = best_threshold(&s, &l);
            }
            println!(
                "{name:10} {part:8} paraphrase model alone: AP {:.3} AUC {:.3}",
                average_precision(&s, &l),
                auc(&s, &l)
            );
            let s: Vec<f64> = idx.iter().map(|&i| combined(i)).collect();
            let (a5, f5) = acc_f1(&s, &l, 0.5);
            let (at, ft) = acc_f1(&s, &l, threshold);
            println!(
                "{name:10} {part:8} n={:5} AP {:.3} AUC {:.3} acc/F1@0.5 {:.3}/{:.3} acc/F1@{:.2}(train-best) {:.3}/{:.3}",
                idx.len(),
                average_precision(&s, &l),
                auc(&s, &l),
                a5,
                f5,
                threshold,
                at,
                ft
            );
        }
    }
    if let Some(net) = &net {
        println!("network {:?}", mlp_settings);
        let same_event = match std::env::var("SAME_EVENT") {
            Ok(p) => load(&PathBuf::from(p), false)?,
            Err(_) => Vec::new(),
        };
        let net_z = |f: &[f32; N_FEATURES]| -> f64 {
            let xi: Vec<f64> = (0..N_FEATURES)
                .map(|k| (f[k] as f64 - mean[k]) / sd[k])
                .collect();
            net.z(&xi)
        };
        report_parts("network", &pairs, &|i| {
            features::combine_mix(net_z(&feats[i]), rel_z(&rels[i]), rel_mix)
        });
        if !same_event.is_empty() {
            let (mut s_lr, mut s_net, mut l) = (Vec::new(), Vec::new(), Vec::new());
            for p in &same_event {
                let (pa, pb) = (Prepared::new(&p.a, &idf), Prepared::new(&p.b, &idf));
                let f = features::features(&pa, &pb);
                let z = raw_z(&f).clamp(-10.0, 10.0);
                let r = features::rel_features(&pa, &pb, &f, z);
                s_lr.push(features::combine_mix(z, rel_z(&r), rel_mix));
                s_net.push(features::combine_mix(net_z(&f), rel_z(&r), rel_mix));
                l.push(p.label);
            }
            println!(
                "same-event (trainer's IDF; not trained on): AP logistic {:.3}, network {:.3}",
                average_precision(&s_lr, &l),
                average_precision(&s_net, &l)
            );
        }
    }
    if std::env::var("STAGE2").is_ok() {
        stage2(&pairs, &sample_weight, &rels, &rel_z, rel_mix, &idf, &raw_z)?;
    }
    if let Ok(path) = std::env::var("SAME_EVENT_CV") {
        same_event_cv(&PathBuf::from(path), &idf)?;
    }
    if dry {
        return Ok(());
    }
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src/matcher");
    let fmt = |v: &[f64]| {
        v.iter()
            .map(|x| format!("{x:.6}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut ws = String::new();
    ws.push_str(
        "//! Learned weights of the pair score: logistic regression over standardised features.\n",
    );
    ws.push_str("//! GENERATED by `cargo run --release --example train_matcher -- ../shared/eval`; do not edit.\n\n");
    ws.push_str(&format!(
        "// Feature order: {}.\n",
        FEATURE_NAMES.join(", ")
    ));
    ws.push_str(&format!("pub const BIAS: f64 = {:.6};\n", beta[0]));
    ws.push_str(&format!(
        "pub const MEAN: [f64; {N_FEATURES}] = [{}];\n",
        fmt(&mean)
    ));
    ws.push_str(&format!(
        "pub const STD: [f64; {N_FEATURES}] = [{}];\n",
        fmt(&sd)
    ));
    ws.push_str(&format!(
        "pub const WEIGHTS: [f64; {N_FEATURES}] = [{}];\n",
        fmt(&beta[1..])
    ));
    ws.push_str(&format!(
        "\n// Relatedness model (\"claim b bears on claim a\"), orders pairs below 0.5.\n// Feature order: {}.\n",
        REL_NAMES.join(", ")
    ));
    ws.push_str(&format!("pub const REL_BIAS: f64 = {:.6};\n", rel_beta[0]));
    ws.push_str(&format!(
        "pub const REL_MEAN: [f64; {N_REL}] = [{}];\n",
        fmt(&rel_mean)
    ));
    ws.push_str(&format!(
        "pub const REL_STD: [f64; {N_REL}] = [{}];\n",
        fmt(&rel_sd)
    ));
    ws.push_str(&format!(
        "pub const REL_WEIGHTS: [f64; {N_REL}] = [{}];\n",
        fmt(&rel_beta[1..])
    ));
    ws.push_str(&format!(
        "/// Weight of the relatedness model below 0.5 (0 = paraphrase model alone).\npub const REL_MIX: f64 = {rel_mix:.2};\n"
    ));
    ws.push_str(&format!(
        "/// Score threshold with the best paraphrase accuracy on the training part.\npub const THRESHOLD: f64 = {threshold:.2};\n"
    ));
    std::fs::write(root.join("weights.rs"), ws)
        .map_err(|e| format!("cannot write weights.rs: {e}"))?;
    let mut it = String::new();
    it.push_str(
        "//! Document frequencies of the most common stems in the training sentences of the\n",
    );
    it.push_str("//! evaluation files: the built-in IDF used when no articles are loaded.\n");
    it.push_str("//! GENERATED by `cargo run --release --example train_matcher -- ../shared/eval`; do not edit.\n\n");
    it.push_str(&format!("pub const DOCS: u32 = {docs};\n"));
    it.push_str("pub const COMMON: &str = \"\\\n");
    for (k, c) in &common {
        let k = k.replace('\\', "\\\\").replace('"', "\\\"");
        it.push_str(&format!("{k} {c}\\n\\\n"));
    }
    it.push_str("\";\n");
    std::fs::write(root.join("idf_table.rs"), it)
        .map_err(|e| format!("cannot write idf_table.rs: {e}"))?;
    // Format like the rest of the source (best effort: rustfmt may be missing).
    let _ = std::process::Command::new("rustfmt")
        .args(["--edition", "2021"])
        .arg(root.join("weights.rs"))
        .arg(root.join("idf_table.rs"))
        .status();
    println!(
        "wrote {} and {}",
        root.join("weights.rs").display(),
        root.join("idf_table.rs").display()
    );
    Ok(())
}

/// The network's settings from the environment (`MLP_HIDDEN` > 0 turns it on).
fn mlp_settings() -> Option<mlp::MlpSettings> {
    let s = mlp_env();
    (s.hidden > 0).then_some(s)
}

/// The network's settings from the environment, hidden units 0 unless `MLP_HIDDEN` is set.
fn mlp_env() -> mlp::MlpSettings {
    mlp::MlpSettings {
        hidden: env_f64("MLP_HIDDEN", 0.0) as usize,
        l2: env_f64("MLP_L2", 0.01),
        l2_linear: env_f64("MLP_L2_LINEAR", 0.0003),
        epochs: env_f64("MLP_EPOCHS", 300.0) as usize,
        rate: env_f64("MLP_RATE", 0.01),
        seed: env_f64("MLP_SEED", 1.0) as u64,
    }
}

/// Example weights for the network: the made-up negatives' weights times `MLP_SYN`.
fn mlp_weights(pairs: &[train::Pair], train: &[usize], w: &[f64]) -> Vec<f64> {
    let syn = env_f64("MLP_SYN", 1.0);
    train
        .iter()
        .zip(w)
        .map(|(&i, &wi)| if pairs[i].synthetic { wi * syn } else { wi })
        .collect()
}

/// Five-fold cross-validation inside the training part (folds by the split key, so a
/// made-up negative stays with its source pair): accuracy and F1 of the real paraphrase
/// pairs of each left-out fold, each fit's decision point moved to its own training folds'
/// best accuracy, for the logistic regression and the networks of `MLP_GRID_H` x
/// `MLP_GRID_L2`. The held-out part is not used.
fn mlp_cv(pairs: &[train::Pair], train: &[usize], x: &[Vec<f64>], y: &[bool], w: &[f64], l2: f64) {
    let list = |name: &str, default: &str| -> Vec<f64> {
        std::env::var(name)
            .unwrap_or_else(|_| default.to_string())
            .split(',')
            .filter_map(|v| v.trim().parse().ok())
            .collect()
    };
    let fold: Vec<u64> = train.iter().map(|&i| (pairs[i].fold_key / 5) % 5).collect();
    let real: Vec<bool> = train
        .iter()
        .map(|&i| !pairs[i].claims && !pairs[i].synthetic)
        .collect();
    let base = mlp_env();
    let wn = mlp_weights(pairs, train, w);
    let mut configs: Vec<Option<mlp::MlpSettings>> = vec![None];
    for h in list("MLP_GRID_H", "8,16") {
        for r in list("MLP_GRID_L2", "0.001,0.01") {
            configs.push(Some(mlp::MlpSettings {
                hidden: h as usize,
                l2: r,
                ..base
            }));
        }
    }
    for c in configs {
        let (mut s_all, mut l_all) = (Vec::new(), Vec::new());
        for f in 0..5u64 {
            let tr: Vec<usize> = (0..x.len()).filter(|&j| fold[j] != f).collect();
            let xs: Vec<Vec<f64>> = tr.iter().map(|&j| x[j].clone()).collect();
            let ys: Vec<bool> = tr.iter().map(|&j| y[j]).collect();
            let ws: Vec<f64> = tr.iter().map(|&j| w[j]).collect();
            let beta = fit_logistic(&xs, &ys, Some(&ws), l2, 30, 1e-8);
            let lr = |xi: &[f64]| beta[0] + (0..xi.len()).map(|k| beta[k + 1] * xi[k]).sum::<f64>();
            let wns: Vec<f64> = tr.iter().map(|&j| wn[j]).collect();
            let net = c.map(|s| mlp::fit_mlp(&xs, &ys, &wns, &beta, s));
            let z = |xi: &[f64]| match &net {
                Some(n) => n.z(xi),
                None => lr(xi),
            };
            let cal: Vec<usize> = tr.iter().copied().filter(|&j| real[j]).collect();
            let s: Vec<f64> = cal.iter().map(|&j| sigmoid(z(&x[j]))).collect();
            let l: Vec<bool> = cal.iter().map(|&j| y[j]).collect();
            let t = best_threshold(&s, &l);
            let shift = (t / (1.0 - t)).ln();
            for j in (0..x.len()).filter(|&j| fold[j] == f && real[j]) {
                s_all.push(sigmoid(z(&x[j]) - shift));
                l_all.push(y[j]);
            }
        }
        let (a, f1) = acc_f1(&s_all, &l_all, 0.5);
        println!(
            "cv {}: n={} acc/F1@0.5 {a:.3}/{f1:.3} AP {:.3}",
            match c {
                Some(s) => format!("network {s:?} syn {}", env_f64("MLP_SYN", 1.0)),
                None => "logistic".to_string(),
            },
            s_all.len(),
            average_precision(&s_all, &l_all)
        );
    }
}

/// Candidate features (`common/extra.rs`) added to the 26, by five-fold cross-validation
/// inside the training part (as [`mlp_cv`], logistic regression only; set `MLP_GRID_H=`
/// empty). `spec` lists comma-separated sets of candidate indices joined by `+`
/// ("0,1,2+3,0+1+2+3+4+5+6+7"); an empty set is the 26 alone. With `EXTRA_HELD=1` each
/// set is also fitted on the whole training part (decision point moved to its best
/// training accuracy) and scored on the held-out paraphrase pairs: read that only for
/// the set cross-validation chose. Reports only: nothing is written.
#[allow(clippy::too_many_arguments)]
fn extra_cv(
    pairs: &[train::Pair],
    train: &[usize],
    std_x: &dyn Fn(usize) -> Vec<f64>,
    y: &[bool],
    w: &[f64],
    l2: f64,
    idf: &Idf,
    spec: &str,
) {
    let all: Vec<[f64; extra::N_EXTRA]> = pairs
        .iter()
        .map(|p| extra::extra_features(&Prepared::new(&p.a, idf), &Prepared::new(&p.b, idf), idf))
        .collect();
    // Standardised over the training pairs.
    let mut mean = [0.0; extra::N_EXTRA];
    let mut sd = [0.0; extra::N_EXTRA];
    for &i in train {
        for k in 0..extra::N_EXTRA {
            mean[k] += all[i][k] / train.len() as f64;
        }
    }
    for &i in train {
        for k in 0..extra::N_EXTRA {
            sd[k] += (all[i][k] - mean[k]).powi(2) / train.len() as f64;
        }
    }
    let sd: Vec<f64> = sd
        .iter()
        .map(|v| if *v > 1e-12 { v.sqrt() } else { 1.0 })
        .collect();
    let nonzero: Vec<String> = (0..extra::N_EXTRA)
        .map(|k| {
            let n = train.iter().filter(|&&i| all[i][k] != 0.0).count();
            format!("{} {n}", extra::EXTRA_NAMES[k])
        })
        .collect();
    println!(
        "extra features non-zero in the {} training rows: {}",
        train.len(),
        nonzero.join(", ")
    );
    for set in spec.split(',') {
        let ks: Vec<usize> = set
            .split('+')
            .filter_map(|v| v.trim().parse().ok())
            .filter(|&k| k < extra::N_EXTRA)
            .collect();
        let names: Vec<&str> = ks.iter().map(|&k| extra::EXTRA_NAMES[k]).collect();
        println!("extra set [{}]:", names.join(", "));
        let row = |i: usize| -> Vec<f64> {
            let mut v = std_x(i);
            v.extend(ks.iter().map(|&k| (all[i][k] - mean[k]) / sd[k]));
            v
        };
        if std::env::var("GBDT_CV").is_ok() {
            gbdt_cv::gbdt_cv(pairs, train, &row, y, w, l2);
            continue;
        }
        let xe: Vec<Vec<f64>> = train.iter().map(|&i| row(i)).collect();
        mlp_cv(pairs, train, &xe, y, w, l2);
        if std::env::var("EXTRA_HELD").is_err() {
            continue;
        }
        let beta = fit_logistic(&xe, y, Some(w), l2, 30, 1e-8);
        let z = |i: usize| {
            let v = row(i);
            beta[0] + (0..v.len()).map(|k| beta[k + 1] * v[k]).sum::<f64>()
        };
        let real = |held: bool| -> Vec<usize> {
            (0..pairs.len())
                .filter(|&i| !pairs[i].claims && !pairs[i].synthetic && pairs[i].held_out == held)
                .collect()
        };
        let (tr, ho) = (real(false), real(true));
        let s: Vec<f64> = tr.iter().map(|&i| sigmoid(z(i))).collect();
        let l: Vec<bool> = tr.iter().map(|&i| pairs[i].label).collect();
        let t = best_threshold(&s, &l);
        let shift = (t / (1.0 - t)).ln();
        let sh: Vec<f64> = ho.iter().map(|&i| sigmoid(z(i) - shift)).collect();
        let lh: Vec<bool> = ho.iter().map(|&i| pairs[i].label).collect();
        let (a, f1) = acc_f1(&sh, &lh, 0.5);
        let (at, f1t) = acc_f1(
            &s.iter()
                .map(|v| sigmoid(v.ln() - (1.0 - v).ln() - shift))
                .collect::<Vec<_>>(),
            &l,
            0.5,
        );
        println!(
            "  held-out (trainer's IDF): n={} acc/F1@0.5 {a:.3}/{f1:.3} AP {:.3}; training part {at:.3}/{f1t:.3} (train-best threshold {t:.2})",
            sh.len(),
            average_precision(&sh, &lh)
        );
    }
}

/// Does a feature tell two events of one kind apart? Topic-grouped five-fold
/// cross-validation on a same-event file (ECB+ topics 1-35 only; a topic above 35 is an
/// error): average precision of a logistic regression over the logit of `score_batch`
/// alone, and with candidate features (flags by kind, name and number features). Reports
/// only: nothing is written.
fn same_event_cv(path: &std::path::Path, idf: &Idf) -> Result<(), String> {
    let pairs = load(path, false)?;
    let topic = ecb_topics(path)?;
    let texts: Vec<(&str, &str)> = pairs.iter().map(|p| (p.a.as_str(), p.b.as_str())).collect();
    // The score without the batch context: that context's model is fitted on this file
    // (`same_event_context`), so `score_batch` itself would be in sample here.
    let base = parallax::matcher::score_batch_without_context(&texts);
    let rows: Vec<Vec<f64>> = pairs
        .iter()
        .zip(&base)
        .map(|(p, &s)| {
            let s = s.clamp(1e-6, 1.0 - 1e-6);
            let mut r = vec![(s / (1.0 - s)).ln()];
            r.extend(flag_counts(&p.a, &p.b));
            let (pa, pb) = (Prepared::new(&p.a, idf), Prepared::new(&p.b, idf));
            let f = features::features(&pa, &pb);
            for k in [12, 13, 14, 15, 16, 17, 18, 19] {
                r.push(f[k] as f64);
            }
            r
        })
        .collect();
    let y: Vec<bool> = pairs.iter().map(|p| p.label).collect();
    let sets: [(&str, Vec<usize>); 4] = [
        ("score alone", vec![0]),
        ("score + flags", (0..6).collect()),
        (
            "score + name/number/date features",
            [0, 6, 7, 8, 9, 10, 11, 12, 13].to_vec(),
        ),
        ("score + both", (0..14).collect()),
    ];
    for l2 in [0.01, 1.0, 100.0] {
        for (name, cols) in &sets {
            let s = grouped_cv(&rows, &y, &topic, cols, l2);
            println!(
                "same-event grouped CV, L2 {l2}: {name}: AP {:.3}",
                average_precision(&s, &y)
            );
        }
    }
    Ok(())
}

/// The real (not made-up) pairs of one file (`claims`) and part (`held`).
fn part_indices(pairs: &[train::Pair], claims: bool, held: bool) -> Vec<usize> {
    (0..pairs.len())
        .filter(|&i| pairs[i].claims == claims && pairs[i].held_out == held && !pairs[i].synthetic)
        .collect()
}

/// AP, AUC and accuracy / F1 at 0.5 of `score` (by pair index) on the real paraphrase and
/// claim pairs of the training and held-out parts, one line each, prefixed by `label`.
fn report_parts(label: &str, pairs: &[train::Pair], score: &dyn Fn(usize) -> f64) {
    for (name, claims) in [("paraphrase", false), ("claims", true)] {
        for (part, held) in [("train", false), ("held-out", true)] {
            let idx = part_indices(pairs, claims, held);
            let l: Vec<bool> = idx.iter().map(|&i| pairs[i].label).collect();
            let s: Vec<f64> = idx.iter().map(|&i| score(i)).collect();
            let (a5, f5) = acc_f1(&s, &l, 0.5);
            println!(
                "{label} {name:10} {part:8} n={:5} AP {:.3} AUC {:.3} acc/F1@0.5 {a5:.3}/{f5:.3}",
                idx.len(),
                average_precision(&s, &l),
                auc(&s, &l),
            );
        }
    }
}

/// A second stage over the paraphrase model's log-odds and the flag counts, fitted on the
/// training part (perturbed negatives weighted `STAGE2_PERTURB`): held-out paraphrase and
/// claims figures and the same-event file's AP (`SAME_EVENT`, not trained on). Reports only.
#[allow(clippy::too_many_arguments)]
fn stage2(
    pairs: &[train::Pair],
    sample_weight: &[f64],
    rels: &[[f32; N_REL]],
    rel_z: &dyn Fn(&[f32; N_REL]) -> f64,
    rel_mix: f64,
    idf: &Idf,
    raw_z: &dyn Fn(&[f32; N_FEATURES]) -> f64,
) -> Result<(), String> {
    let perturb_w = env_f64("STAGE2_PERTURB", 0.0);
    let l2 = env_f64("STAGE2_L2", 1.0);
    let rows: Vec<Vec<f64>> = pairs
        .iter()
        .zip(rels)
        .map(|(p, r)| {
            let mut v = vec![r[N_REL - 1] as f64];
            v.extend(flag_counts(&p.a, &p.b));
            v
        })
        .collect();
    let w: Vec<f64> = pairs
        .iter()
        .zip(sample_weight)
        .map(|(p, &w)| if p.perturbed { perturb_w } else { w })
        .collect();
    let train: Vec<usize> = (0..pairs.len())
        .filter(|&i| !pairs[i].held_out && w[i] > 0.0)
        .collect();
    let x: Vec<Vec<f64>> = train.iter().map(|&i| rows[i].clone()).collect();
    let y: Vec<bool> = train.iter().map(|&i| pairs[i].label).collect();
    let ws: Vec<f64> = train.iter().map(|&i| w[i]).collect();
    let mut beta = fit_logistic(&x, &y, Some(&ws), l2, 30, 1e-8);
    let z2 = |v: &[f64]| beta[0] + (0..v.len()).map(|k| beta[k + 1] * v[k]).sum::<f64>();
    let cal: Vec<usize> = train
        .iter()
        .copied()
        .filter(|&i| !pairs[i].claims && !pairs[i].synthetic)
        .collect();
    let s: Vec<f64> = cal.iter().map(|&i| sigmoid(z2(&rows[i]))).collect();
    let l: Vec<bool> = cal.iter().map(|&i| pairs[i].label).collect();
    let t = best_threshold(&s, &l);
    beta[0] -= (t / (1.0 - t)).ln();
    let z2 = |v: &[f64]| beta[0] + (0..v.len()).map(|k| beta[k + 1] * v[k]).sum::<f64>();
    println!("stage 2 (threshold {t:.2}): {beta:.3?}");
    report_parts("stage 2", pairs, &|i| {
        features::combine_mix(z2(&rows[i]), rel_z(&rels[i]), rel_mix)
    });
    for held in [false, true] {
        let idx: Vec<usize> = (0..pairs.len())
            .filter(|&i| pairs[i].perturbed && pairs[i].held_out == held)
            .collect();
        let ok = idx.iter().filter(|&&i| z2(&rows[i]) < 0.0).count();
        println!(
            "stage 2 perturbed negatives held-out={held}: {ok} of {} below 0.5",
            idx.len()
        );
    }
    if let Ok(p) = std::env::var("SAME_EVENT") {
        let se = load(&PathBuf::from(p), false)?;
        let (mut s1, mut s2, mut s3, mut l) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        let mut flag_time = 0.0;
        for p in &se {
            let (pa, pb) = (Prepared::new(&p.a, idf), Prepared::new(&p.b, idf));
            let f = features::features(&pa, &pb);
            let z = raw_z(&f).clamp(-10.0, 10.0);
            let r = features::rel_features(&pa, &pb, &f, z);
            let mut v = vec![z];
            v.extend(flag_counts(&p.a, &p.b));
            s1.push(features::combine_mix(z, rel_z(&r), rel_mix));
            s2.push(features::combine_mix(z2(&v), rel_z(&r), rel_mix));
            // Below 0.5 only: the flags' weights in units of z, as a penalty.
            let pen: f64 = (1..v.len())
                .map(|k| beta[k + 1] / beta[1] * v[k])
                .sum::<f64>()
                .min(0.0);
            let zb = if z < 0.0 { z + pen } else { z };
            s3.push(features::combine_mix(zb, rel_z(&r), rel_mix));
            let t0 = std::time::Instant::now();
            let _ = flag_counts(&p.a, &p.b);
            flag_time += t0.elapsed().as_secs_f64();
            l.push(p.label);
        }
        println!(
            "stage 2 same-event (not trained on): AP {:.3} -> {:.3}; as a penalty below 0.5 only {:.3}; flags {:.1} us a pair",
            average_precision(&s1, &l),
            average_precision(&s2, &l),
            average_precision(&s3, &l),
            flag_time * 1e6 / se.len() as f64
        );
    }
    Ok(())
}

fn main() {
    if let Err(e) = run() {
        eprintln!("train_matcher: {e}");
        std::process::exit(2);
    }
}

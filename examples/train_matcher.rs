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

// Linear algebra over small dense matrices reads best with index loops.
#![allow(clippy::needless_range_loop)]
use parallax::matcher::features::{
    self, Idf, Prepared, FEATURE_NAMES, N_FEATURES, N_REL, REL_NAMES,
};
use parallax::matcher::text::{self, hash_str};
use stats::{average_precision, fit_logistic, sigmoid};
use std::collections::HashMap;
use std::path::PathBuf;

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
    let l2: f64 = std::env::var("L2")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1.0);
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
                        fold_key: 0,
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

    // Features.
    let (feats, mut rels): (Vec<[f32; N_FEATURES]>, Vec<[f32; N_REL]>) = pairs
        .iter()
        .map(|p| {
            let (pa, pb) = (Prepared::new(&p.a, &idf), Prepared::new(&p.b, &idf));
            let f = features::features(&pa, &pb);
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
            let idx: Vec<usize> = (0..pairs.len())
                .filter(|&i| {
                    pairs[i].claims == claims && pairs[i].held_out == held && !pairs[i].synthetic
                })
                .collect();
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

fn main() {
    if let Err(e) = run() {
        eprintln!("train_matcher: {e}");
        std::process::exit(2);
    }
}

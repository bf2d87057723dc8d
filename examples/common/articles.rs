//! eval_articles' data and measures: the gold article pairs loaded with their alignment
//! features, the alignment model fitted on them, the TF-IDF baseline, calibration bins and
//! the flag report. Moved out of `eval_articles.rs`; since session 5 the fit takes a weight
//! per sentence pair (the samples' weight, `SAMPLES_W`).

use crate::stats::fit_logistic;
use parallax::matcher::align::N_ALIGN;
use parallax::matcher::{Corpus, Scoring};
use serde_json::Value;
use std::collections::{HashMap, HashSet};
use std::path::Path;

/// Gold links of the two sample articles (AFP sentence, LA Times sentence, differs), by
/// sentence index as `matcher::segment` splits them, labelled by the rule of
/// `shared/eval/articles/README.md`. Session 5 reviewed them before training on them and
/// added (5, 3) (the escape's date and place) and (8, 0) (the LA Times headline's
/// "chasing, firing on" told by AFP 8); see BENCHMARKS.md.
pub const SAMPLES_GOLD: &[(usize, usize, bool)] = &[
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
    (5, 3, false),
    (5, 11, true),
    (6, 4, false),
    (6, 15, false),
    (7, 2, false),
    (7, 3, false),
    (7, 4, false),
    (8, 0, false),
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

pub struct Pair {
    pub name: String,
    pub same_event: bool,
    /// (i, j, features, gold)
    pub rows: Vec<(usize, usize, [f32; N_ALIGN], bool)>,
    /// Features added to each row's for the model (same order as `rows`; empty unless
    /// `STRIP=both`).
    pub more: Vec<Vec<f32>>,
    pub tfidf: Vec<f64>,
    pub texts: (Vec<String>, Vec<String>),
    /// Gold links with their `differs` mark.
    pub links: Vec<(usize, usize, bool)>,
    /// The flags of each gold link (same order as `links`) as `parallax suggest` and the
    /// page give them: scored in the corpus of the two articles, so "he said" knows who
    /// "he" is.
    pub link_flags: Vec<Vec<parallax::matcher::Discrepancy>>,
    /// The two articles' whole-article similarity (`Corpus::article_similarity`), the
    /// article context of the Platt scaling.
    pub article: f32,
    /// Whether the two articles place their stories in places known apart
    /// (`Corpus::places_apart`): their pairs' probabilities are scaled by
    /// `align::APART_FACTOR` ([`Pair::in_context`]).
    pub apart: bool,
    /// Per row: whether either sentence reports no fact (`matcher::reports_no_fact`: a
    /// timestamp, byline or furniture line, a lead-in), which the library never suggests.
    pub never: Vec<bool>,
}

impl Pair {
    /// The calibrated probability `p` of row `k` as the library gives it: 0 for a line that
    /// reports no fact, scaled down when the articles are placed apart.
    pub fn in_context(&self, k: usize, p: f64) -> f64 {
        if self.never.get(k).copied().unwrap_or(false) {
            0.0
        } else if self.apart {
            parallax::matcher::align::apart_scaled(p)
        } else {
            p
        }
    }

    /// The model's input for row `k`: its alignment features and any added ones.
    pub fn x(&self, k: usize) -> Vec<f32> {
        let mut v = self.rows[k].2.to_vec();
        if let Some(m) = self.more.get(k) {
            v.extend_from_slice(m);
        }
        v
    }
}

pub struct Model {
    pub mean: Vec<f64>,
    pub sd: Vec<f64>,
    pub beta: Vec<f64>,
}

impl Model {
    /// Fit on `rows` (features) with gold `y`, each row weighted by `w` (the standardisation
    /// uses the same weights), L2 strength `l2` on the standardised weights.
    pub fn fit(rows: &[Vec<f32>], y: &[bool], w: &[f64], l2: f64) -> Model {
        let n: f64 = w.iter().sum();
        let dim = rows.first().map_or(N_ALIGN, Vec::len);
        let mut mean = vec![0.0; dim];
        let mut sd = vec![0.0; dim];
        for (r, wi) in rows.iter().zip(w) {
            for k in 0..dim {
                mean[k] += wi * r[k] as f64 / n;
            }
        }
        for (r, wi) in rows.iter().zip(w) {
            for k in 0..dim {
                sd[k] += wi * (r[k] as f64 - mean[k]).powi(2) / n;
            }
        }
        for s in sd.iter_mut() {
            *s = if *s > 1e-12 { s.sqrt() } else { 1.0 };
        }
        let x: Vec<Vec<f64>> = rows
            .iter()
            .map(|r| (0..dim).map(|k| (r[k] as f64 - mean[k]) / sd[k]).collect())
            .collect();
        let beta = fit_logistic(&x, y, Some(w), l2, 50, 1e-9);
        Model { mean, sd, beta }
    }
    pub fn logit(&self, r: &[f32]) -> f64 {
        self.beta[0]
            + (0..self.mean.len())
                .map(|k| self.beta[k + 1] * (r[k] as f64 - self.mean[k]) / self.sd[k])
                .sum::<f64>()
    }
}

/// ECE over pairs scored >= 0.2 (10 equal-width bins over [0, 1]) and the table rows
/// (low, high, n, mean score, fraction true).
/// A reliability table row: (low, high, pairs, mean score, fraction true).
pub type Bin = (f64, f64, usize, f64, f64);

pub fn reliability(s: &[f64], y: &[bool]) -> (f64, Vec<Bin>) {
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
pub fn tfidf_matrix(a: &[String], b: &[String]) -> Vec<f64> {
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

pub fn slice(t: &str, s: usize, e: usize) -> String {
    t.chars().skip(s).take(e - s).collect()
}

pub fn build(
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
    let corpus = Corpus::from_ranges(&[ta, tb], vec![ra.clone(), rb.clone()]);
    let link_flags = links
        .iter()
        .map(|&(i, j, _)| {
            corpus
                .score_ranges((0, ra[i].0, ra[i].1), (1, rb[j].0, rb[j].1))
                .map(|s| s.flags)
                .unwrap_or_default()
        })
        .collect();
    // DROP=... (feature indices, comma-separated) leaves features out, to measure what
    // each adds. (The hub-correction and rank features that were tried, csls,
    // cos_minus_hub, mutual_best, best_one_side, rank_log, gave mean AP 0.528 with them,
    // 0.534 without; samples 0.711 / 0.722; they were removed from the library.)
    let drop: Vec<usize> = std::env::var("DROP")
        .unwrap_or_default()
        .split(',')
        .filter_map(|x| x.parse().ok())
        .collect();
    // STRIP= (sessions 15 and 17, BENCHMARKS.md "Scoring the statement without its
    // attribution frame"): what a pair's score reads. Unset: the library's
    // (`Scoring::SHIPPED`); 0 the whole sentences; 1 each sentence's statement as
    // `match_part` cuts it for a claim, the document frequencies counted on the statements;
    // counts_whole the same, counted on whole sentences; ends only frames at a sentence's
    // ends cut; maxcos the statements' features with the higher of the two IDF cosines
    // (whole, statement); both the whole sentences' features and the statements' (28).
    let mode = std::env::var("STRIP").unwrap_or_default();
    let scoring = match mode.as_str() {
        "0" | "maxcos" | "maxcos_cw" | "both" => Scoring::Whole,
        "1" => Scoring::Statement,
        "counts_whole" => Scoring::StatementWholeCounts,
        "ends" => Scoring::StatementEnds,
        "maxcos_lib" => Scoring::StatementMaxCosine,
        _ => Scoring::SHIPPED,
    };
    let make =
        |scoring| Corpus::from_ranges_scoring(&[ta, tb], vec![ra.clone(), rb.clone()], scoring);
    let corpus = make(scoring);
    let (mut more, mut whole_cos) = (Vec::new(), Vec::new());
    let corpus = match mode.as_str() {
        "maxcos" | "maxcos_cw" => {
            whole_cos = corpus.pair_features(0, 1).iter().map(|r| r.2[0]).collect();
            make(if mode == "maxcos" {
                Scoring::Statement
            } else {
                Scoring::StatementWholeCounts
            })
        }
        "both" => {
            more = make(Scoring::Statement)
                .pair_features(0, 1)
                .into_iter()
                .map(|r| r.2.to_vec())
                .collect();
            corpus
        }
        _ => corpus,
    };
    let rows: Vec<(usize, usize, [f32; N_ALIGN], bool)> = corpus
        .pair_features(0, 1)
        .into_iter()
        .enumerate()
        .map(|(k, (i, j, mut f))| {
            if let Some(&c) = whole_cos.get(k) {
                f[0] = f[0].max(c);
            }
            for &k in &drop {
                f[k] = 0.0;
            }
            (i, j, f, gold.contains(&(i, j)))
        })
        .collect();
    let no_fact = |t: &[String]| -> Vec<bool> {
        t.iter()
            .map(|x| parallax::matcher::reports_no_fact(x))
            .collect()
    };
    let (na, nb) = (no_fact(&sa), no_fact(&sb));
    let never: Vec<bool> = rows.iter().map(|r| na[r.0] || nb[r.1]).collect();
    Pair {
        never,
        article: corpus.article_similarity(0, 1),
        apart: corpus.places_apart(0, 1).is_some(),
        name: name.into(),
        same_event: same,
        rows,
        more,
        tfidf: tfidf_matrix(&sa, &sb),
        texts: (sa, sb),
        links,
        link_flags,
    }
}

/// Sentence ranges of one article, `[start, end)` in code points.
pub type Ranges = Vec<(usize, usize)>;

/// One line of `gold.jsonl` as read: pair name, same event, the two texts, their sentence
/// ranges (code points) and the gold links `(i, j, differs)`.
pub struct Gold {
    pub name: String,
    pub same_event: bool,
    pub texts: (String, String),
    pub ranges: (Ranges, Ranges),
    pub links: Vec<(usize, usize, bool)>,
}

/// The article pairs of `dir/gold.jsonl` with their texts, as written there.
pub fn read_gold(dir: &Path) -> Result<Vec<Gold>, String> {
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
        out.push(Gold {
            name: g["pair"].as_str().unwrap_or("?").to_string(),
            same_event: g["same_event"].as_bool().unwrap_or(true),
            texts: (read("a")?, read("b")?),
            ranges: (ranges("sentences_a"), ranges("sentences_b")),
            links,
        });
    }
    Ok(out)
}

pub fn load(dir: &Path) -> Result<Vec<Pair>, String> {
    Ok(read_gold(dir)?
        .into_iter()
        .map(|g| {
            build(
                &g.name,
                g.same_event,
                &g.texts.0,
                &g.texts.1,
                g.ranges.0,
                g.ranges.1,
                g.links,
            )
        })
        .collect())
}

/// Flag precision and recall over the gold links of the development pairs and the samples:
/// a link marked `differs` should carry a flag, a link not marked should carry none.
pub fn flag_report<'a>(pairs: impl Iterator<Item = &'a Pair>) {
    let (mut tp, mut fp, mut fn_, mut tn) = (0, 0, 0, 0);
    let mut kinds: HashMap<&'static str, (usize, usize)> = HashMap::new();
    let mut wrong = Vec::new();
    for p in pairs {
        for (&(i, j, differs), flags) in p.links.iter().zip(&p.link_flags) {
            let (a, b) = (&p.texts.0[i], &p.texts.1[j]);
            let flagged = !flags.is_empty();
            // Links per kind: a link with two date flags (two facts) counts once.
            let mut seen: Vec<&str> = flags.iter().map(|f| f.kind.as_str()).collect();
            seen.sort();
            seen.dedup();
            for kind in seen {
                let e = kinds.entry(kind).or_default();
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
                (false, true) => {
                    fn_ += 1;
                    wrong.push(format!("  MISSED {} {i}-{j}: {a} || {b}", p.name));
                }
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
        println!(
            "flags on agreeing links, and differs links no flag marks (MISSED):\n{}",
            wrong.join("\n")
        );
    }
}

/// The weight of each sample pair in the fit (`SAMPLES_W`, default 1; 0 = the nine
/// development pairs only, as before session 5).
pub fn samples_weight() -> f64 {
    std::env::var("SAMPLES_W")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1.0)
}

pub fn l2() -> f64 {
    std::env::var("L2")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3.0)
}

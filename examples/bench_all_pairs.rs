//! Native copy of the page's all-pairs benchmark (`tests/e2e/bench-matching.mjs`,
//! `parallax_bench_all_pairs`): 100 articles x 50 sentences, article 2k holding sentence `a`
//! and article 2k+1 sentence `b` (reversed) of 50 pairs of `paraphrase-train.jsonl`, then
//! `Corpus::new` and `all_pairs(THRESHOLD)`. Prints the median of `RUNS` runs (default 5)
//! of each step, and a checksum of the pairs found (their number, scores and flags), so two
//! builds can be compared for both speed and output.
//!
//! Run: `cargo run --release --example bench_all_pairs -- ../shared/eval`

use parallax::matcher::{self, Corpus};
use std::path::PathBuf;
use std::time::Instant;

fn main() {
    let dir = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("../shared/eval"));
    let path = dir.join("paraphrase-train.jsonl");
    let Ok(data) = std::fs::read_to_string(&path) else {
        eprintln!("cannot read {}", path.display());
        std::process::exit(2);
    };
    let pairs: Vec<(String, String)> = data
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| Some((v["a"].as_str()?.to_string(), v["b"].as_str()?.to_string())))
        .collect();
    if pairs.len() < 2500 {
        eprintln!(
            "{} holds {} pairs, 2,500 needed",
            path.display(),
            pairs.len()
        );
        std::process::exit(2);
    }
    let mut articles = Vec::new();
    for k in 0..50 {
        let group = &pairs[k * 50..k * 50 + 50];
        articles.push(
            group
                .iter()
                .map(|p| p.0.as_str())
                .collect::<Vec<_>>()
                .join("\n"),
        );
        articles.push(
            group
                .iter()
                .rev()
                .map(|p| p.1.as_str())
                .collect::<Vec<_>>()
                .join("\n"),
        );
    }
    let refs: Vec<&str> = articles.iter().map(String::as_str).collect();
    let runs: usize = std::env::var("RUNS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(5);
    let (mut build, mut all) = (Vec::new(), Vec::new());
    let mut check = String::new();
    for _ in 0..runs.max(1) {
        let t = Instant::now();
        let corpus = Corpus::new(&refs);
        build.push(t.elapsed().as_secs_f64() * 1e3);
        let t = Instant::now();
        let found = corpus.all_pairs(matcher::THRESHOLD, &mut |_, _| {});
        all.push(t.elapsed().as_secs_f64() * 1e3);
        let flags: usize = found.iter().map(|p| p.flags.len()).sum();
        let sum: f64 = found.iter().map(|p| p.score).sum();
        check = format!("{} pairs, {flags} flags, score sum {sum:.6}", found.len());
    }
    let median = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    let (b, a) = (median(&mut build), median(&mut all));
    println!(
        "100 x 50 sentences: Corpus::new {b:.0} ms, all_pairs({}) {a:.0} ms, total {:.0} ms; {check}",
        matcher::THRESHOLD,
        a + b
    );
}

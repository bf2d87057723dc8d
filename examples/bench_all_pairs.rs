//! Native copy of the page's all-pairs benchmark (`tests/e2e/bench-matching.mjs`,
//! `parallax_bench_all_pairs`): 100 articles x 50 sentences, article 2k holding sentence `a`
//! and article 2k+1 sentence `b` (reversed) of 50 pairs of `paraphrase-train.jsonl`, then
//! `Corpus::new` and `all_pairs(THRESHOLD)`. Prints the median of `RUNS` runs (default 5)
//! of each step, and a checksum of the pairs found (their number, scores and flags), so two
//! builds can be compared for both speed and output. With `PARTS=n` the job is split as
//! n Web Workers would split it (`Corpus::all_pairs_share`, run one after another here; the
//! slowest share is timed) and the shares merged (`Corpus::merge_shares`) for the checksum.
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
    // PARTS=n: the job as n Web Workers split it (`Corpus::all_pairs_share`, one after
    // another here), the slowest share timed and the shares merged for the checksum.
    let parts: usize = std::env::var("PARTS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(1);
    // DUMP_MIN=x: the least score of the pairs found (default `matcher::THRESHOLD`), to
    // see pairs just below it in a DUMP (the checksum is then of those pairs).
    let min_score: f64 = std::env::var("DUMP_MIN")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(matcher::THRESHOLD);
    let (mut build, mut all) = (Vec::new(), Vec::new());
    let mut check = String::new();
    for _ in 0..runs.max(1) {
        let t = Instant::now();
        let corpus = Corpus::new(&refs);
        build.push(t.elapsed().as_secs_f64() * 1e3);
        let found = if parts > 1 {
            let (mut shares, mut slowest) = (Vec::new(), 0.0f64);
            for part in 0..parts {
                let t = Instant::now();
                let share = corpus.all_pairs_share(min_score, (part, parts), &mut |_, _| {});
                slowest = slowest.max(t.elapsed().as_secs_f64() * 1e3);
                shares.push(share);
            }
            all.push(slowest);
            Corpus::merge_shares(shares)
        } else {
            let t = Instant::now();
            let found = corpus.all_pairs(min_score, &mut |_, _| {});
            all.push(t.elapsed().as_secs_f64() * 1e3);
            found
        };
        if let Ok(out) = std::env::var("DUMP") {
            // DUMP=file: every pair found, one a line (doc, doc, score, both sentences),
            // to compare two builds pair by pair.
            let cut = |d: usize, s: usize, e: usize| -> String {
                refs[d].chars().skip(s).take(e - s).collect()
            };
            let lines: Vec<String> = found
                .iter()
                .map(|p| {
                    format!(
                        "{}\t{}\t{:.4}\t{}\t{}",
                        p.a_doc,
                        p.b_doc,
                        p.score,
                        cut(p.a_doc, p.a_start, p.a_end),
                        cut(p.b_doc, p.b_start, p.b_end)
                    )
                })
                .collect();
            if let Err(e) = std::fs::write(&out, lines.join("\n")) {
                eprintln!("cannot write {out}: {e}");
            }
        }
        let flags: usize = found.iter().map(|p| p.flags.len()).sum();
        let sum: f64 = found.iter().map(|p| p.score).sum();
        check = format!("{} pairs, {flags} flags, score sum {sum:.6}", found.len());
    }
    // DISPUTES=n: the panel's other query, `Corpus::disputed` (the sentences of other
    // articles that dispute a span's outcome or cause), for each of the first n sentences
    // of the corpus as the span: its time per query, and how many sentences it found (to
    // compare two builds).
    if let Some(n) = std::env::var("DISPUTES")
        .ok()
        .and_then(|r| r.parse::<usize>().ok())
    {
        let corpus = Corpus::new(&refs);
        let spans: Vec<(usize, usize, usize)> = (0..refs.len())
            .flat_map(|d| corpus.sentences(d).iter().map(move |&(s, e)| (d, s, e)))
            .take(n)
            .collect();
        let t = Instant::now();
        let answers: Vec<Vec<(usize, usize, usize)>> = spans
            .iter()
            .map(|&(d, s, e)| corpus.disputed(d, s, e))
            .collect();
        let ms = t.elapsed().as_secs_f64() * 1e3;
        let found: usize = answers.iter().map(Vec::len).sum();
        // Which sentences each query found, as one number (to compare two builds).
        let which = answers.iter().enumerate().fold(0u64, |h, (q, a)| {
            a.iter().fold(h, |h, &(d, s, e)| {
                h.wrapping_mul(1_000_003)
                    .wrapping_add((q * 7_919 + d * 104_729 + s * 31 + e) as u64)
            })
        });
        println!(
            "disputed: {} queries, {:.2} ms per query, {found} sentences found (checksum {which})",
            spans.len(),
            ms / spans.len().max(1) as f64
        );
    }
    let median = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    let (b, a) = (median(&mut build), median(&mut all));
    let job = match parts {
        0 | 1 => "all_pairs".to_string(),
        n => format!("slowest of {n} shares of all_pairs"),
    };
    println!(
        "100 x 50 sentences: Corpus::new {b:.0} ms, {job}({}) {a:.0} ms, total {:.0} ms; {check}",
        matcher::THRESHOLD,
        a + b
    );
}

//! Matcher benchmarks (not tests): pair scoring throughput, suggestions on the sample
//! articles, all-pairs over 100 synthetic articles x 50 sentences, peak memory.
//!
//!     cargo run --release --example bench_matcher -- ../shared/eval
//!
//! Single thread. Synthetic articles are built from the development pairs: articles come in
//! pairs "about the same story", one getting sentence `a` and the other sentence `b` of the
//! same pair (25 pairs each), plus 25 sentences from other pairs, shuffled; paragraphs of
//! three sentences.

use parallax::matcher::features::{score_prepared, Idf, Prepared};
use parallax::matcher::{self, Corpus};
use std::path::PathBuf;
use std::time::{Duration, Instant};

fn load(path: &PathBuf) -> Vec<(String, String)> {
    let Ok(data) = std::fs::read_to_string(path) else {
        eprintln!("cannot read {}", path.display());
        std::process::exit(2);
    };
    data.lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| Some((v["a"].as_str()?.to_string(), v["b"].as_str()?.to_string())))
        .collect()
}

/// Small deterministic generator (xorshift).
struct Rng(u64);
impl Rng {
    fn next(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

/// Run `f` repeatedly for at least `min` and return calls per second.
fn rate(min: Duration, mut f: impl FnMut() -> usize) -> (f64, usize) {
    let start = Instant::now();
    let mut n = 0;
    while start.elapsed() < min {
        n += f();
    }
    (n as f64 / start.elapsed().as_secs_f64(), n)
}

fn peak_rss_kib() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = s.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn rss_kib() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = s.lines().find(|l| l.starts_with("VmRSS:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn main() {
    let dir = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("../shared/eval"));
    let mut pairs = load(&dir.join("paraphrase-train.jsonl"));
    pairs.extend(load(&dir.join("claims-train.jsonl")));
    println!("pairs loaded: {}", pairs.len());

    // 1. Raw strings: tokenise, normalise and score. Cold: every text is new to the
    // per-thread cache of prepared sentences (cleared before each pass); warm: the same
    // texts again, as when one selection is scored against many sentences.
    let mut sink = 0.0;
    let (cold_rate, _) = rate(Duration::from_secs(2), || {
        matcher::clear_score_cache();
        for (a, b) in &pairs {
            sink += matcher::score(a, b);
        }
        pairs.len()
    });
    println!("score(a, b) on raw strings, cold (every text new): {cold_rate:.0} pairs/s");
    let (warm_rate, _) = rate(Duration::from_secs(2), || {
        for (a, b) in pairs.iter().take(2000) {
            sink += matcher::score(a, b);
        }
        2000
    });
    println!("score(a, b) on raw strings, warm (texts seen before): {warm_rate:.0} pairs/s");

    // 2. Pre-normalised sentences.
    let idf = Idf::builtin();
    let t = Instant::now();
    let prepared: Vec<(Prepared, Prepared)> = pairs
        .iter()
        .map(|(a, b)| (Prepared::new(a, idf), Prepared::new(b, idf)))
        .collect();
    let prep_time = t.elapsed();
    println!(
        "prepare (tokenise + normalise + stem) {} sentences: {:.1} ms ({:.0} sentences/s)",
        2 * pairs.len(),
        prep_time.as_secs_f64() * 1e3,
        2.0 * pairs.len() as f64 / prep_time.as_secs_f64()
    );
    let (pre_rate, _) = rate(Duration::from_secs(2), || {
        for (a, b) in &prepared {
            sink += score_prepared(a, b);
        }
        prepared.len()
    });
    println!("score_prepared on pre-normalised sentences: {pre_rate:.0} pairs/s");
    // The whole-article score the page and `suggest` rank by (alignment features + the
    // calibrated model), on the same pairs.
    let (align_rate, _) = rate(Duration::from_secs(2), || {
        for (a, b) in &prepared {
            sink += parallax::matcher::align::probability(a, b);
        }
        prepared.len()
    });
    println!("align::probability (calibrated whole-article score) on the same pairs: {align_rate:.0} pairs/s");
    // Cross pairs (mostly unrelated sentences), as in all-pairs matching.
    let (cross_rate, _) = rate(Duration::from_secs(2), || {
        let n = prepared.len();
        for i in 0..n {
            sink += score_prepared(&prepared[i].0, &prepared[(i * 7 + 13) % n].1);
        }
        n
    });
    println!("score_prepared on unrelated pre-normalised pairs: {cross_rate:.0} pairs/s");

    // 3. The sample articles.
    let root = env!("CARGO_MANIFEST_DIR");
    let read = |n: &str| std::fs::read_to_string(format!("{root}/samples/{n}")).unwrap_or_default();
    let afp = read("afp-defector-footage.txt");
    let lat = read("latimes-defector-video.txt");
    let t = Instant::now();
    let corpus = Corpus::new(&[&afp, &lat]);
    let build = t.elapsed();
    let t = Instant::now();
    let mut n_sug = 0;
    for &(s, e) in corpus.sentences(0) {
        n_sug += corpus.suggest(0, s, e, 3).len();
    }
    let sug_time = t.elapsed();
    let t = Instant::now();
    let sample_pairs = corpus.all_pairs(matcher::SUGGEST_MIN, &mut |_, _| {});
    let ap_time = t.elapsed();
    println!(
        "samples: Corpus::new {:.2} ms; suggest for all {} AFP sentences {:.2} ms ({} suggestions); all_pairs {:.2} ms ({} pairs >= {})",
        build.as_secs_f64() * 1e3,
        corpus.sentences(0).len(),
        sug_time.as_secs_f64() * 1e3,
        n_sug,
        ap_time.as_secs_f64() * 1e3,
        sample_pairs.len(),
        matcher::SUGGEST_MIN
    );

    // 4. 100 synthetic articles x 50 sentences.
    let mut rng = Rng(0x9E3779B97F4A7C15);
    let mut articles: Vec<String> = Vec::new();
    for _story in 0..50 {
        let mut x: Vec<String> = Vec::new();
        let mut y: Vec<String> = Vec::new();
        for _ in 0..25 {
            let (a, b) = &pairs[rng.next(pairs.len())];
            x.push(a.clone());
            y.push(b.clone());
        }
        for v in [&mut x, &mut y] {
            for _ in 0..25 {
                let (a, b) = &pairs[rng.next(pairs.len())];
                v.push(if rng.next(2) == 0 {
                    a.clone()
                } else {
                    b.clone()
                });
            }
            for i in (1..v.len()).rev() {
                let j = rng.next(i + 1);
                v.swap(i, j);
            }
        }
        for v in [x, y] {
            let text = v
                .chunks(3)
                .map(|c| c.join(" "))
                .collect::<Vec<_>>()
                .join("\n\n");
            articles.push(text);
        }
    }
    let refs: Vec<&str> = articles.iter().map(|s| s.as_str()).collect();
    let rss_before = rss_kib();
    let t = Instant::now();
    let big = Corpus::new(&refs);
    let build = t.elapsed();
    let rss_after = rss_kib();
    let t = Instant::now();
    let mut calls = 0;
    let found = big.all_pairs(0.5, &mut |_, _| calls += 1);
    let ap = t.elapsed();
    let t = Instant::now();
    let found_low = big.all_pairs(matcher::SUGGEST_MIN, &mut |_, _| {});
    let ap_low = t.elapsed();
    println!(
        "100 articles: {} sentences; Corpus::new {:.0} ms; all_pairs(0.5) {:.0} ms ({} pairs, {} progress calls); all_pairs({}) {:.0} ms ({} pairs); total new+all_pairs(0.5) {:.0} ms",
        big.sentence_count(),
        build.as_secs_f64() * 1e3,
        ap.as_secs_f64() * 1e3,
        found.len(),
        calls,
        matcher::SUGGEST_MIN,
        ap_low.as_secs_f64() * 1e3,
        found_low.len(),
        (build + ap).as_secs_f64() * 1e3
    );
    // What the page does for each claim or quote: its sentences in every other article
    // (`Corpus::ranked`, 5 per article as `linking` asks), the ones shown explained (at most
    // 3 per article; `Corpus::suggest` explains all 5), here for article 0's sentences.
    let t = Instant::now();
    let mut n_ranked = 0;
    for &(s, e) in big.sentences(0) {
        n_ranked += big.ranked(0, s, e, 5).len();
    }
    let ranked_time = t.elapsed();
    let t = Instant::now();
    let mut n_big = 0;
    for &(s, e) in big.sentences(0) {
        n_big += big.suggest(0, s, e, 5).len();
    }
    println!(
        "100 articles, for the {} sentences of article 0: ranked {:.1} ms ({} sentences), suggest (each explained) {:.1} ms ({} suggestions)",
        big.sentences(0).len(),
        ranked_time.as_secs_f64() * 1e3,
        n_ranked,
        t.elapsed().as_secs_f64() * 1e3,
        n_big
    );
    if let (Some(b), Some(a)) = (rss_before, rss_after) {
        println!(
            "memory: corpus of 100 articles adds ~{:.1} MiB resident",
            (a.saturating_sub(b)) as f64 / 1024.0
        );
    }
    if let Some(p) = peak_rss_kib() {
        println!(
            "peak resident memory of this benchmark process: {:.1} MiB",
            p as f64 / 1024.0
        );
    }
    if sink.is_nan() {
        println!("(unreachable)");
    }
}

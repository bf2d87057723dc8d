//! The cost of a clause's suggestions (session 40's clause lift: a clause gets its
//! sentence's candidates, and the flags of its sentence against each candidate are read
//! when they may lift it, `corpus/clause.rs`): [`Corpus::suggest`] for every clause of the
//! two sample articles, against the other article.
//!
//!     cargo run --release --example bench_clauses            # the flags kept per pair
//!     cargo run --release --example bench_clauses -- fresh   # read afresh each time
//!     valgrind --tool=callgrind --toggle-collect='*suggest_every_clause*' \
//!         target/release/examples/bench_clauses [fresh]
//!
//! A clause is a strict part of a sentence between two of its commas, semicolons, colons
//! or dashes (not a comma between two digits), white space trimmed, of at least three
//! words. Prints the number of clauses, of suggestions and of their flags, the sum of the
//! scores (a checksum: it must not move with a change of speed only) and the time. The
//! machine may be loaded: count instructions (callgrind) rather than trust the time.

use parallax::matcher::Corpus;
use std::time::Instant;

/// The clauses of `text[start..end]` (code points), each a strict part of it.
fn clauses(chars: &[char], (start, end): (usize, usize)) -> Vec<(usize, usize)> {
    let mut cuts = vec![start];
    for k in start..end {
        let c = chars[k];
        let digits = k > start
            && k + 1 < end
            && chars[k - 1].is_ascii_digit()
            && chars[k + 1].is_ascii_digit();
        if matches!(c, ',' | ';' | ':' | '—' | '–') && !digits {
            cuts.push(k + 1);
        }
    }
    cuts.push(end);
    let mut out = Vec::new();
    for w in cuts.windows(2) {
        let (mut s, mut e) = (w[0], w[1]);
        while s < e && (chars[s].is_whitespace() || chars[s].is_ascii_punctuation()) {
            s += 1;
        }
        while e > s && (chars[e - 1].is_whitespace() || chars[e - 1].is_ascii_punctuation()) {
            e -= 1;
        }
        let words = chars[s..e].split(|c| c.is_whitespace()).count();
        if words >= 3 && (s, e) != (start, end) {
            out.push((s, e));
        }
    }
    out
}

/// Every clause's suggestions: (clauses, suggestions, flags, score sum).
#[inline(never)]
fn suggest_every_clause(corpus: &Corpus, texts: &[&str]) -> (usize, usize, usize, f64) {
    let (mut n, mut sug, mut flags, mut sum) = (0, 0, 0, 0.0);
    for (doc, text) in texts.iter().enumerate() {
        let chars: Vec<char> = text.chars().collect();
        for &range in corpus.sentences(doc) {
            for (s, e) in clauses(&chars, range) {
                n += 1;
                for x in corpus.suggest(doc, s, e, 3) {
                    sug += 1;
                    flags += x.flags.len();
                    sum += x.score;
                }
            }
        }
    }
    (n, sug, flags, sum)
}

fn main() {
    let root = env!("CARGO_MANIFEST_DIR");
    let read = |n: &str| std::fs::read_to_string(format!("{root}/samples/{n}")).unwrap_or_default();
    let afp = read("afp-defector-footage.txt");
    let lat = read("latimes-defector-video.txt");
    if afp.is_empty() || lat.is_empty() {
        eprintln!("bench_clauses: the sample articles were not found under {root}/samples");
        std::process::exit(2);
    }
    let texts = [afp.as_str(), lat.as_str()];
    let fresh = std::env::args().nth(1).is_some_and(|a| a == "fresh");
    let corpus = Corpus::new(&texts).keeping_flags(!fresh);
    let t = Instant::now();
    let (n, sug, flags, sum) = suggest_every_clause(&corpus, &texts);
    let took = t.elapsed();
    println!(
        "{n} clauses, {sug} suggestions, {flags} flags, score sum {sum:.6}; {:.2} ms ({})",
        took.as_secs_f64() * 1e3,
        if fresh {
            "flags read afresh"
        } else {
            "flags kept per pair"
        }
    );
}

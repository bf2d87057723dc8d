//! Print, for every sentence of the first sample article, the best suggestions in the
//! second (used to write "What the matcher finds on the samples" in BENCHMARKS.md).
//!
//!     cargo run --release --example sample_links -- samples/afp-defector-footage.txt samples/latimes-defector-video.txt

use parallax::matcher::Corpus;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() != 2 {
        eprintln!("usage: sample_links A.txt B.txt");
        std::process::exit(2);
    }
    let mut texts = Vec::new();
    for f in &args {
        match std::fs::read_to_string(f) {
            Ok(t) => texts.push(t),
            Err(e) => {
                eprintln!("cannot read {f}: {e}");
                std::process::exit(2);
            }
        }
    }
    let refs: Vec<&str> = texts.iter().map(|t| t.as_str()).collect();
    let corpus = Corpus::new(&refs);
    let ca: Vec<char> = texts[0].chars().collect();
    let cb: Vec<char> = texts[1].chars().collect();
    for &(s, e) in corpus.sentences(0) {
        let sug = corpus.suggest(0, s, e, 2);
        let a: String = ca[s..e].iter().collect();
        println!("A [{s},{e}] {}", a.chars().take(110).collect::<String>());
        for x in sug.iter().take(2) {
            let b: String = cb[x.start..x.end].iter().collect();
            let flags: Vec<String> = x
                .flags
                .iter()
                .map(|f| format!("{}: {:?} vs {:?}", f.kind.as_str(), f.a, f.b))
                .collect();
            println!(
                "   {:.3} [{},{}] {} {:?}",
                x.score,
                x.start,
                x.end,
                b.chars().take(100).collect::<String>(),
                flags
            );
        }
    }
}

//! Sentence segmentation against the hand-made sentence ranges of the development articles:
//! prints every gold sentence `matcher::segment` cuts differently, and the count that
//! agrees. Whole-article figures taken from `parallax suggest` depend on it: a sentence cut
//! in two is a pair the gold file does not know.
//!
//!     cargo run --release --example eval_segment -- ../shared/eval/articles

use serde_json::Value;

fn main() {
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "../shared/eval/articles".into());
    if let Err(e) = run(&dir) {
        eprintln!("eval_segment: {e}");
        std::process::exit(2);
    }
}

fn run(dir: &str) -> Result<(), String> {
    let read =
        |f: &str| std::fs::read_to_string(format!("{dir}/{f}")).map_err(|e| format!("{f}: {e}"));
    let slice = |t: &str, (s, e): (usize, usize)| t.chars().skip(s).take(e - s).collect::<String>();
    let (mut same, mut total) = (0, 0);
    for line in read("gold.jsonl")?.lines().filter(|l| !l.trim().is_empty()) {
        let g: Value = serde_json::from_str(line).map_err(|e| e.to_string())?;
        for (file, key) in [("a", "sentences_a"), ("b", "sentences_b")] {
            let text = read(g[file].as_str().ok_or("gold line without a file")?)?;
            let ours = parallax::matcher::segment(&text);
            let gold: Vec<(usize, usize)> = g[key]
                .as_array()
                .ok_or("gold line without sentences")?
                .iter()
                .filter_map(|r| Some((r[0].as_u64()? as usize, r[1].as_u64()? as usize)))
                .collect();
            total += gold.len();
            for &r in &gold {
                if ours.contains(&r) {
                    same += 1;
                    continue;
                }
                let cut: Vec<String> = ours
                    .iter()
                    .filter(|o| o.0 < r.1 && o.1 > r.0)
                    .map(|&o| slice(&text, o))
                    .collect();
                println!(
                    "{} gold {:?}\n    ours {:?}",
                    g["pair"],
                    slice(&text, r),
                    cut
                );
            }
        }
    }
    println!("{same} of {total} gold sentences segmented the same");
    Ok(())
}

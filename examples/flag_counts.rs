//! How many sentence pairs of the development pair files carry discrepancy flags, by kind
//! and by gold label (1 = the same fact or meaning, 0 = not):
//!
//!     cargo run --release --example flag_counts -- ../shared/eval
//!     DUMP=speaker cargo run --release --example flag_counts -- ../shared/eval  # list them
//!
//! Reads `paraphrase-train.jsonl`, `claims-train.jsonl` and `same-event-dev.jsonl`
//! (`{"a", "b", "label"}` lines) and runs `matcher::explain` on every pair. A pair counts
//! once per kind, however many flags of that kind it carries. No gold says which flags are
//! right: the figure shows how often each rule fires, and `DUMP=<kind>` lists the pairs
//! (label, flagged texts, "(dashed)" after a flag of the softer kind, the two sentences)
//! to read.

use std::collections::BTreeMap;
use std::path::Path;

const FILES: &[&str] = &["paraphrase-train", "claims-train", "same-event-dev"];

fn main() {
    if let Err(e) = run() {
        eprintln!("flag_counts: {e}");
        std::process::exit(2);
    }
}

fn run() -> Result<(), String> {
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "../shared/eval".to_string());
    let dump = std::env::var("DUMP").ok();
    let (mut total, mut flagged) = (0, [0usize; 2]);
    let mut kinds: BTreeMap<&'static str, [usize; 2]> = BTreeMap::new();
    for f in FILES {
        let path = Path::new(&dir).join(format!("{f}.jsonl"));
        let text = std::fs::read_to_string(&path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        for (n, line) in text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
        {
            let v: serde_json::Value = serde_json::from_str(line)
                .map_err(|e| format!("{}: line {}: {e}", path.display(), n + 1))?;
            let (Some(a), Some(b)) = (v["a"].as_str(), v["b"].as_str()) else {
                return Err(format!(
                    "{}: line {}: no \"a\" or \"b\" text",
                    path.display(),
                    n + 1
                ));
            };
            let same = usize::from(v["label"].as_i64() == Some(1));
            let flags = parallax::matcher::explain(a, b).flags;
            total += 1;
            if !flags.is_empty() {
                flagged[same] += 1;
            }
            let mut seen: Vec<&'static str> = flags.iter().map(|x| x.kind.as_str()).collect();
            seen.sort();
            seen.dedup();
            for k in seen {
                kinds.entry(k).or_default()[same] += 1;
                if dump.as_deref() == Some(k) {
                    let texts: Vec<String> = flags
                        .iter()
                        .filter(|x| x.kind.as_str() == k)
                        .map(|x| {
                            let dashed = if x.vague { " (dashed)" } else { "" };
                            format!("{:?}/{:?}{dashed}", x.a, x.b)
                        })
                        .collect();
                    println!("{f} label {same}: {}\n  A: {a}\n  B: {b}", texts.join(", "));
                }
            }
        }
    }
    println!(
        "{total} pairs; flagged {} (label 1: {}, label 0: {})",
        flagged[0] + flagged[1],
        flagged[1],
        flagged[0]
    );
    for (k, [other, same]) in kinds {
        println!(
            "  {k}: {} (label 1: {same}, label 0: {other})",
            same + other
        );
    }
    Ok(())
}

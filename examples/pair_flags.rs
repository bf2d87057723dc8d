//! Study helper (session 56, same event against similar events): the discrepancy flags of
//! arbitrary sentence pairs, for analysis scripts that build their own pairs (e.g. a text
//! against the other text's nearest neighbours in a batch, `bench/same_event_flags.py`).
//!
//!     cargo run --release --example pair_flags < pairs.jsonl > flags.jsonl
//!
//! Reads `{"a": ..., "b": ...}` lines and writes one line per input line: the counts of
//! plain (solid) flags by kind and of softer (dashed) ones, as
//! `{"solid": {"place": 1, ...}, "dashed": {...}}` (kinds with no flag left out).

use std::collections::BTreeMap;
use std::io::{BufRead, Write};

fn main() {
    let stdin = std::io::stdin();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let lines: Vec<String> = stdin.lock().lines().map_while(Result::ok).collect();
    for line in lines {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) else {
            continue;
        };
        let a = v.get("a").and_then(|x| x.as_str()).unwrap_or("");
        let b = v.get("b").and_then(|x| x.as_str()).unwrap_or("");
        let e = parallax::matcher::explain(a, b);
        let mut solid: BTreeMap<&str, u32> = BTreeMap::new();
        let mut dashed: BTreeMap<&str, u32> = BTreeMap::new();
        for f in &e.flags {
            let m = if f.vague { &mut dashed } else { &mut solid };
            *m.entry(f.kind.as_str()).or_insert(0) += 1;
        }
        let row = serde_json::json!({"solid": solid, "dashed": dashed});
        if writeln!(out, "{row}").is_err() {
            return;
        }
    }
}

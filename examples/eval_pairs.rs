//! Sentence-pair figures of the standalone score: AP, and accuracy / F1 at 0.5, of
//! `matcher::score` (built-in IDF) and `matcher::score_batch` (IDF from the batch's unique
//! texts and the batch as context, what `parallax score` uses; and without that context,
//! as before session 41) on a `{"id","a","b","label"}` JSON-lines file. The context's
//! model is fitted on `same-event-dev.jsonl`, so `score_batch`'s row there is in sample
//! (`same_event_context` gives the cross-validated figure).
//!
//!     cargo run --release --example eval_pairs -- ../shared/eval/same-event-dev.jsonl
//!
//! `DUMP=<file>` writes every pair's `score` as JSON lines (`{"id","label","score","a","b"}`,
//! each file's rows in turn) to read the errors by kind.

#[path = "common/stats.rs"]
mod stats;
use stats::average_precision as ap;

fn acc_f1(s: &[f64], y: &[bool]) -> (f64, f64) {
    let (mut tp, mut fp, mut fn_, mut ok) = (0.0, 0.0, 0.0, 0.0);
    for (&p, &l) in s.iter().zip(y) {
        let h = p >= 0.5;
        ok += (h == l) as u8 as f64;
        tp += (h && l) as u8 as f64;
        fp += (h && !l) as u8 as f64;
        fn_ += (!h && l) as u8 as f64;
    }
    (
        ok / s.len().max(1) as f64,
        2.0 * tp / (2.0 * tp + fp + fn_).max(1.0),
    )
}

fn main() {
    for path in std::env::args().skip(1) {
        let Ok(text) = std::fs::read_to_string(&path) else {
            eprintln!("cannot read {path}");
            std::process::exit(2);
        };
        let rows: Vec<serde_json::Value> = text
            .lines()
            .filter_map(|l| serde_json::from_str(l).ok())
            .collect();
        let pairs: Vec<(&str, &str)> = rows
            .iter()
            .map(|r| (r["a"].as_str().unwrap_or(""), r["b"].as_str().unwrap_or("")))
            .collect();
        let y: Vec<bool> = rows
            .iter()
            .map(|r| r["label"].as_i64() == Some(1))
            .collect();
        let single: Vec<f64> = pairs
            .iter()
            .map(|&(a, b)| parallax::matcher::score(a, b))
            .collect();
        let batch = parallax::matcher::score_batch(&pairs);
        let plain = parallax::matcher::score_batch_without_context(&pairs);
        // The whole-article model applied to a standalone pair (no article context).
        let idf = parallax::matcher::features::Idf::builtin();
        let align: Vec<f64> = pairs
            .iter()
            .map(|&(a, b)| {
                let (pa, pb) = (
                    parallax::matcher::features::Prepared::new(a, idf),
                    parallax::matcher::features::Prepared::new(b, idf),
                );
                parallax::matcher::align::probability(&pa, &pb)
            })
            .collect();
        if let Ok(out) = std::env::var("DUMP") {
            dump(&out, &rows, &single);
        }
        for (name, s) in [
            ("score (built-in IDF)", &single),
            ("score_batch (batch IDF and context)", &batch),
            ("score_batch without the batch context", &plain),
            ("alignment model, no context", &align),
        ] {
            let (acc, f1) = acc_f1(s, &y);
            println!(
                "{path}: {name}: n {} AP {:.3} acc@0.5 {:.3} F1@0.5 {:.3}",
                y.len(),
                ap(s, &y),
                acc,
                f1
            );
        }
    }
}

/// Appends one JSON line per pair of `rows` with its score of `scores` to the file `out`.
fn dump(out: &str, rows: &[serde_json::Value], scores: &[f64]) {
    use std::io::Write;
    let file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(out);
    let Ok(mut file) = file else {
        eprintln!("cannot write {out}");
        return;
    };
    for (r, s) in rows.iter().zip(scores) {
        let line = serde_json::json!({
            "id": r["id"], "label": r["label"], "score": s, "a": r["a"], "b": r["b"],
        });
        if writeln!(file, "{line}").is_err() {
            eprintln!("cannot write {out}");
            return;
        }
    }
}

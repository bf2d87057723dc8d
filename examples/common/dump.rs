//! train_matcher's `DUMP_ROWS=<file>` switch (session 56): the training rows as the
//! trainer's cross-validation sees them, one JSON object a line, so a study in Python
//! (`bench/paraphrase_tfkld.py`) can add candidate features fitted inside each fold
//! (TF-KLD word weights) and compare them with the model's own features on the same folds.
//! Reports only: nothing the library reads is written.

use crate::train::Pair;
use parallax::matcher::features::{Idf, Prepared};
use std::io::Write;

/// One line per training row `train[j]`: its CV fold (as `mlp_cv` assigns it) and split key
/// (a made-up negative has its source pair's), whether it
/// is a real paraphrase pair, a claim pair or made up, its label and sample weight, its
/// standardised features `x[j]`, and each side's tokens as `[norm, stem hash, stop]`.
pub fn dump_rows(
    path: &str,
    pairs: &[Pair],
    train: &[usize],
    x: &[Vec<f64>],
    w: &[f64],
    idf: &Idf,
) -> Result<(), String> {
    let file = std::fs::File::create(path).map_err(|e| format!("{path}: {e}"))?;
    let mut out = std::io::BufWriter::new(file);
    let tokens = |s: &str| -> serde_json::Value {
        Prepared::new(s, idf)
            .tokens
            .iter()
            .map(|t| serde_json::json!([t.norm, t.stem.to_string(), t.stop]))
            .collect()
    };
    for (j, &i) in train.iter().enumerate() {
        let p = &pairs[i];
        let line = serde_json::json!({
            "fold": (p.fold_key / 5) % 5,
            "key": p.fold_key.to_string(),
            "claims": p.claims,
            "synthetic": p.synthetic,
            "label": p.label,
            "w": w[j],
            "x": x[j],
            "a": p.a,
            "b": p.b,
            "ta": tokens(&p.a),
            "tb": tokens(&p.b),
        });
        writeln!(out, "{line}").map_err(|e| format!("{path}: {e}"))?;
    }
    println!("dumped {} training rows to {path}", train.len());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each training row is one line holding its fold, split key, label, weight, features
    /// and both sides' tokens, with stop words marked (the study reads all of them).
    #[test]
    fn a_row_is_one_line_with_its_fold_features_and_tokens() {
        let pair = |a: &str, b: &str, label: bool, key: u64| Pair {
            a: a.to_string(),
            b: b.to_string(),
            label,
            held_out: false,
            claims: false,
            synthetic: !label,
            perturbed: false,
            fold_key: key,
        };
        let pairs = [
            pair(
                "The plant was closed.",
                "Officials shut the plant.",
                true,
                37,
            ),
            pair("Three people died.", "The plant was closed.", false, 37),
        ];
        let path = std::env::temp_dir().join(format!("dump_rows_{}.jsonl", std::process::id()));
        let path = path.to_string_lossy().to_string();
        let x = vec![vec![0.5, -1.0], vec![1.5, 2.0]];
        dump_rows(&path, &pairs, &[1, 0], &x, &[0.5, 1.0], Idf::builtin()).expect("written");
        let text = std::fs::read_to_string(&path).expect("read back");
        let _ = std::fs::remove_file(&path);
        let rows: Vec<serde_json::Value> = text
            .lines()
            .map(|l| serde_json::from_str(l).expect("JSON line"))
            .collect();
        assert_eq!(rows.len(), 2);
        // The first line is train[0] = pairs[1], with x[0] and w[0].
        assert_eq!(rows[0]["a"], "Three people died.");
        assert_eq!(rows[0]["label"], false);
        assert_eq!(rows[0]["synthetic"], true);
        assert_eq!(rows[0]["w"], 0.5);
        assert_eq!(rows[0]["x"], serde_json::json!([0.5, -1.0]));
        assert_eq!(rows[0]["fold"], (37 / 5) % 5);
        assert_eq!(rows[0]["key"], "37");
        let tb = rows[1]["tb"].as_array().expect("tokens");
        let words: Vec<&str> = tb.iter().filter_map(|t| t[0].as_str()).collect();
        assert_eq!(words, ["officials", "shut", "the", "plant"]);
        let stop: Vec<bool> = tb.iter().filter_map(|t| t[2].as_bool()).collect();
        assert_eq!(stop, [false, false, true, false]);
        assert_ne!(tb[0][1], tb[1][1], "stems differ");
    }
}

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

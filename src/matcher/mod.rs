//! The claim matcher: which sentences of two articles state the same fact, why, and where
//! they differ. Works on plain strings; depends on nothing else in Parallax.
//!
//! (Skeleton: the real implementation replaces this.)

/// Code point ranges of the sentences of `text`.
pub fn segment(text: &str) -> Vec<(usize, usize)> {
    crate::model::text::paragraphs(text)
}

/// Score in [0, 1] that `a` and `b` state the same fact.
pub fn score(a: &str, b: &str) -> f64 {
    let wa: std::collections::HashSet<String> =
        a.split_whitespace().map(|w| w.to_lowercase()).collect();
    let wb: std::collections::HashSet<String> =
        b.split_whitespace().map(|w| w.to_lowercase()).collect();
    let inter = wa.intersection(&wb).count() as f64;
    let union = wa.union(&wb).count().max(1) as f64;
    inter / union
}

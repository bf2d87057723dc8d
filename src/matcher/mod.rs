//! The claim matcher (work in progress).

pub mod features;
mod idf_table;
mod segment;
pub mod text;
mod weights;

pub use segment::segment;

/// Score in [0, 1] that `a` and `b` state the same fact.
pub fn score(a: &str, b: &str) -> f64 {
    let idf = features::Idf::builtin();
    features::score_prepared(
        &features::Prepared::new(a, idf),
        &features::Prepared::new(b, idf),
    )
}

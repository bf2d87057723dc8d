//! Helpers of the flags tests: every test file reads a pair's flags through [`pair`],
//! the one place that prepares two sentences and runs `discrepancies` on them.

use super::*;
use crate::matcher::features::Idf;

/// The sentences `texts` prepared with the built-in IDF, in order (the sentences of one
/// article, for the article-level rules' tests).
pub(super) fn prepared(texts: &[&str]) -> Vec<Prepared> {
    texts
        .iter()
        .map(|t| Prepared::new(t, Idf::builtin()))
        .collect()
}

/// All flags of `a` against `b`, as `discrepancies` gives them.
pub(super) fn pair(a: &str, b: &str) -> Vec<Discrepancy> {
    let idf = Idf::builtin();
    discrepancies(&Prepared::new(a, idf), &Prepared::new(b, idf))
}

/// The kinds of the flags of `a` against `b`, in order.
pub(super) fn kinds(a: &str, b: &str) -> Vec<DiscrepancyKind> {
    flags(a, b).into_iter().map(|x| x.0).collect()
}

/// The flags of `a` against `b`: kind, text in `a`, text in `b`.
pub(super) fn flags(a: &str, b: &str) -> Vec<(DiscrepancyKind, String, String)> {
    pair(a, b).into_iter().map(|d| (d.kind, d.a, d.b)).collect()
}

/// The flags of `kind` of `a` against `b`: text in `a`, text in `b`, whether the softer
/// kind.
pub(super) fn flags_of(kind: DiscrepancyKind, a: &str, b: &str) -> Vec<(String, String, bool)> {
    pair(a, b)
        .into_iter()
        .filter(|d| d.kind == kind)
        .map(|d| (d.a, d.b, d.vague))
        .collect()
}

/// The number flags of `a` against `b`: text in `a`, text in `b`, whether the softer kind.
pub(super) fn number_flags(a: &str, b: &str) -> Vec<(String, String, bool)> {
    flags_of(DiscrepancyKind::Number, a, b)
}

/// Asserts that `a` against `b` carries no flag of `kind` (flags of other kinds may fire).
#[track_caller]
pub(super) fn no_flag(kind: DiscrepancyKind, a: &str, b: &str) {
    let f = flags(a, b);
    assert!(
        f.iter().all(|x| x.0 != kind),
        "{kind:?} flag in {a} / {b}: {f:?}"
    );
}

/// Asserts that each pair carries no flag of `kind`, either way round.
#[track_caller]
pub(super) fn no_flag_either(kind: DiscrepancyKind, pairs: &[(&str, &str)]) {
    for (a, b) in pairs {
        no_flag(kind, a, b);
        no_flag(kind, b, a);
    }
}

/// Asserts that `a` against `b` carries a flag of `kind` on the texts `ta` (in `a`) and
/// `tb` (in `b`).
#[track_caller]
pub(super) fn has_flag(kind: DiscrepancyKind, a: &str, b: &str, ta: &str, tb: &str) {
    let f = flags(a, b);
    assert!(
        f.contains(&(kind, ta.to_string(), tb.to_string())),
        "no {kind:?} flag {ta} / {tb} in {a} / {b}: {f:?}"
    );
}

/// Asserts a flag of `kind` on `ta` / `tb` both ways round (`a` against `b`, then `b`
/// against `a` with the texts swapped).
#[track_caller]
pub(super) fn has_flag_each_way(kind: DiscrepancyKind, a: &str, b: &str, ta: &str, tb: &str) {
    has_flag(kind, a, b, ta, tb);
    has_flag(kind, b, a, tb, ta);
}

/// Asserts one number flag on `ta` / `tb`, of the softer kind when `soft`, both ways round.
#[track_caller]
pub(super) fn one_flag(a: &str, b: &str, ta: &str, tb: &str, soft: bool) {
    one_flag_of(DiscrepancyKind::Number, a, b, ta, tb, soft);
}

/// Asserts one flag of `kind` on `ta` / `tb`, of the softer kind when `soft`, both ways
/// round (flags of other kinds may fire).
#[track_caller]
pub(super) fn one_flag_of(kind: DiscrepancyKind, a: &str, b: &str, ta: &str, tb: &str, soft: bool) {
    assert_eq!(
        flags_of(kind, a, b),
        vec![(ta.to_string(), tb.to_string(), soft)],
        "{a} / {b}"
    );
    assert_eq!(
        flags_of(kind, b, a),
        vec![(tb.to_string(), ta.to_string(), soft)],
        "{b} / {a}"
    );
}

/// Asserts one flag of `kind`, of either kind of line, on each pair `a` / `b` of `pairs`
/// (`a` against `b`; flags of other kinds may fire), and gives each pair's flag (texts in
/// `a` and `b`, whether dashed) in the order of `pairs`.
#[track_caller]
pub(super) fn one_flag_each(
    kind: DiscrepancyKind,
    pairs: &[(&str, &str)],
) -> Vec<(String, String, bool)> {
    pairs
        .iter()
        .map(|&(a, b)| {
            let mut f = flags_of(kind, a, b);
            assert_eq!(f.len(), 1, "{a} / {b}: {f:?}");
            f.remove(0)
        })
        .collect()
}

/// Asserts one number flag, of either kind, on each pair `a` / `b` of `pairs` (`a`
/// against `b`; flags of other kinds may fire).
#[track_caller]
pub(super) fn one_number_flag_each(pairs: &[(&str, &str)]) {
    one_flag_each(DiscrepancyKind::Number, pairs);
}

/// Asserts no number flag on `a` / `b`, both ways round.
#[track_caller]
pub(super) fn no_number_flag(a: &str, b: &str) {
    assert_eq!(number_flags(a, b), vec![], "{a} / {b}");
    assert_eq!(number_flags(b, a), vec![], "{b} / {a}");
}

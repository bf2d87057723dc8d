//! Agreement between two or more annotators of the same articles.
//!
//! - Krippendorff's unitizing alpha, alpha_U, per label and overall: Krippendorff, K.
//!   (2004), *Content Analysis: An Introduction to Its Methodology*, 2nd ed., pp. 251-256
//!   (and "On the reliability of unitizing continuous data", Sociological Methodology 25,
//!   1995). The continuum is the articles' code points, the articles laid end to end in
//!   the first file's order; each label is a category, and for one label every stretch an
//!   annotator did not give that label is a gap. A gap ends at an article's border (no
//!   unit can run from one article into the next, so neither does a gap): the result
//!   does not depend on the order of the articles. Spans of one label by one annotator that
//!   overlap are merged first (alpha_U assumes they do not overlap). The overall alpha_U
//!   is `1 - mean(D_o) / mean(D_e)` over the labels used, as dkpro-statistics computes it.
//! - A pairwise matrix of span F1 between annotators, strict and partial (the row's
//!   annotator taken as the key; see [`super::grade`](mod@super::grade)).
//! - Where the class disagrees: for each article, stretches of code points with the share
//!   of annotator pairs that do not give the same labels there.

use super::grade::{score_spans, Item};
use super::{match_documents, Annotated, ExerciseError};
use crate::model::{Label, Workspace};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// One unit of a unitizing study: `start..start + len` on the continuum, by `rater`, of
/// `category`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unit {
    /// Where the unit begins on the continuum (for Parallax: a code point offset).
    pub start: u64,
    /// The unit's length on the continuum; units of length 0 are ignored.
    pub len: u64,
    /// Index of the annotator who marked it, `0..raters`.
    pub rater: usize,
    /// Index of its category, `0..categories`.
    pub category: usize,
}

/// A unitizing study: `raters` annotators segment the continuum `begin..begin + length`
/// into units of `categories` categories (numbered from 0).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitizingStudy {
    /// Where the continuum begins.
    pub begin: u64,
    /// Length of the continuum (for Parallax: the articles' code points laid end to end).
    pub length: u64,
    /// Number of annotators.
    pub raters: usize,
    /// Number of categories (for Parallax: the labels, in [`Label::ALL`] order).
    pub categories: usize,
    /// Every annotator's units, in any order; units of one rater and category that overlap
    /// are merged, and parts outside the continuum are cut off.
    pub units: Vec<Unit>,
    /// Places on the continuum, in increasing order, where one part ends and the next
    /// begins (for Parallax: where one article ends and the next begins): gaps are cut there, so a gap never runs
    /// across a border. Empty for one continuous stretch, as in Krippendorff's examples.
    /// Units are expected not to cross a border.
    pub borders: Vec<u64>,
}

/// Krippendorff's distance between two segments of the continuum, one per annotator
/// (2004, p. 253): `b` is where the segment begins, `l` its length, and `unit` whether it
/// is a unit of the category (`false`: a gap). Two units that overlap are
/// `(b1 - b2)^2 + (b1 + l1 - b2 - l2)^2` apart; a unit inside the other annotator's gap is
/// `l^2` from it; anything else (gap against gap, segments not overlapping) is 0.
pub fn distance(b1: u64, l1: u64, unit1: bool, b2: u64, l2: u64, unit2: bool) -> f64 {
    let (b1, l1, b2, l2) = (b1 as f64, l1 as f64, b2 as f64, l2 as f64);
    let begin_diff = b1 - b2;
    let end_diff = (b1 + l1) - (b2 + l2);
    match (unit1, unit2) {
        (true, true) if -l1 < begin_diff && begin_diff < l2 => {
            begin_diff * begin_diff + end_diff * end_diff
        }
        // unit 1 inside gap 2
        (true, false) if begin_diff >= 0.0 && end_diff <= 0.0 => l1 * l1,
        // unit 2 inside gap 1
        (false, true) if begin_diff <= 0.0 && end_diff >= 0.0 => l2 * l2,
        _ => 0.0,
    }
}

/// alpha_U and its parts for one category, or over all.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct AlphaParts {
    /// Observed disagreement `D_o`.
    pub observed: f64,
    /// Expected disagreement `D_e`.
    pub expected: f64,
    /// `1 - D_o / D_e`; `None` when `D_e` is 0 (nothing to compare).
    pub alpha: Option<f64>,
}

impl AlphaParts {
    fn new(observed: f64, expected: f64) -> Self {
        let alpha = (expected > 0.0).then(|| 1.0 - observed / expected);
        AlphaParts {
            observed,
            expected,
            alpha,
        }
    }
}

/// alpha_U of a study: overall (`None` if no category was used) and per category (`None`
/// for a category without units).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AlphaU {
    /// Over all categories used: `1 - mean(D_o) / mean(D_e)` (as dkpro-statistics computes it).
    pub overall: Option<AlphaParts>,
    /// Per category, indexed by category number.
    pub by_category: Vec<Option<AlphaParts>>,
}

/// Segments of one rater for one category: `(begin, len, is_unit)`, covering the continuum
/// in order. Overlapping units are merged.
fn segments(study: &UnitizingStudy, rater: usize, category: usize) -> Vec<(u64, u64, bool)> {
    let (b, e) = (study.begin, study.begin + study.length);
    let mut units: Vec<(u64, u64)> = study
        .units
        .iter()
        .filter(|u| u.rater == rater && u.category == category && u.len > 0)
        .map(|u| (u.start.max(b), (u.start + u.len).min(e)))
        .filter(|(s, e)| s < e)
        .collect();
    units.sort_unstable();
    let mut merged: Vec<(u64, u64)> = Vec::new();
    for (s, e) in units {
        match merged.last_mut() {
            Some(last) if s < last.1 => last.1 = last.1.max(e),
            _ => merged.push((s, e)),
        }
    }
    let mut out = Vec::new();
    // A gap from `from` to `to`, cut at the borders inside it.
    let gap = |mut from: u64, to: u64, out: &mut Vec<(u64, u64, bool)>| {
        let start = from;
        for &cut in study.borders.iter().filter(|&&c| start < c && c < to) {
            out.push((from, cut - from, false));
            from = cut;
        }
        if from < to {
            out.push((from, to - from, false));
        }
    };
    let mut pos = b;
    for (s, end) in merged {
        gap(pos, s, &mut out);
        out.push((s, end - s, true));
        pos = end;
    }
    gap(pos, e, &mut out);
    out
}

/// `D_o` and `D_e` of one category (Krippendorff 2004, pp. 253-255).
fn category_parts(study: &UnitizingStudy, category: usize) -> Option<AlphaParts> {
    let m = study.raters;
    let l = study.length as f64;
    if m < 2 || study.length == 0 {
        return None;
    }
    let segs: Vec<_> = (0..m).map(|r| segments(study, r, category)).collect();
    let n_units: usize = segs.iter().flatten().filter(|s| s.2).count();
    if n_units == 0 {
        return None;
    }
    // Observed: every pair of overlapping segments of every pair of annotators.
    let mut sum = 0.0;
    for r1 in 0..m {
        for r2 in r1 + 1..m {
            let (a, b) = (&segs[r1], &segs[r2]);
            let (mut i, mut j) = (0, 0);
            while i < a.len() && j < b.len() {
                let (s1, s2) = (a[i], b[j]);
                sum += distance(s1.0, s1.1, s1.2, s2.0, s2.1, s2.2);
                let (e1, e2) = (s1.0 + s1.1, s2.0 + s2.1);
                if e1 <= e2 {
                    i += 1;
                }
                if e2 <= e1 {
                    j += 1;
                }
            }
        }
    }
    let observed = 2.0 * sum / ((m * (m - 1)) as f64 * l * l);

    // Expected: every unit against every other unit and every gap it fits in.
    let mut gaps: Vec<f64> = segs
        .iter()
        .flatten()
        .filter(|s| !s.2)
        .map(|s| s.1 as f64)
        .collect();
    gaps.sort_by(f64::total_cmp);
    // suffix[k] = sum of (g + 1) over gaps[k..]
    let mut suffix = vec![0.0; gaps.len() + 1];
    for k in (0..gaps.len()).rev() {
        suffix[k] = suffix[k + 1] + gaps[k] + 1.0;
    }
    let n_c = n_units as f64;
    let mut numerator = 0.0;
    let mut squared = 0.0;
    for u in segs.iter().flatten().filter(|s| s.2) {
        let len = u.1 as f64;
        squared += len * (len - 1.0);
        numerator += (n_c - 1.0) * (2.0 * len * len * len - 3.0 * len * len + len) / 3.0;
        let first = gaps.partition_point(|&g| g < len);
        let fitting = (gaps.len() - first) as f64;
        numerator += len * len * (suffix[first] - fitting * len);
    }
    let ml = m as f64 * l;
    let denominator = ml * (ml - 1.0) - squared;
    let expected = if denominator > 0.0 {
        2.0 / l * numerator / denominator
    } else {
        0.0
    };
    Some(AlphaParts::new(observed, expected))
}

/// Krippendorff's alpha_U of a study, per category and overall.
pub fn alpha_u(study: &UnitizingStudy) -> AlphaU {
    let by_category: Vec<Option<AlphaParts>> = (0..study.categories)
        .map(|c| category_parts(study, c))
        .collect();
    let used: Vec<&AlphaParts> = by_category.iter().flatten().collect();
    let overall = (!used.is_empty()).then(|| {
        let n = used.len() as f64;
        let o = used.iter().map(|p| p.observed).sum::<f64>() / n;
        let e = used.iter().map(|p| p.expected).sum::<f64>() / n;
        AlphaParts::new(o, e)
    });
    AlphaU {
        overall,
        by_category,
    }
}

/// How far an alpha_U can be relied on, in words, by the thresholds Krippendorff gives for
/// his alpha family (*Content Analysis: An Introduction to Its Methodology*, 2nd ed.,
/// 2004, section 11.4.4): rely on data with alpha >= 0.800; draw only tentative
/// conclusions from 0.667 <= alpha < 0.800; below 0.667 the annotators did not agree
/// enough to rely on; 0 or below is what chance gives, or worse.
pub fn reading(alpha: f64) -> &'static str {
    if alpha >= 0.8 {
        "reliable"
    } else if alpha >= 0.667 {
        "tentative only"
    } else if alpha > 0.0 {
        "too low to rely on"
    } else {
        "no better than chance"
    }
}

/// A disputed passage's `text` as shown in quotes: in curly quotes, unless it opens with a
/// quotation mark of its own (a quote span's text), which would show doubled
/// (trial 49, 10: “"We will…,"”).
pub fn passage_in_quotes(text: &str) -> String {
    const OPENERS: [char; 8] = [
        '"', '\u{201c}', '\u{201e}', '\u{00ab}', '\u{2018}', '\'', '\u{201a}', '\u{2039}',
    ];
    if text.starts_with(OPENERS) {
        text.to_string()
    } else {
        format!("\u{201c}{text}\u{201d}")
    }
}

/// alpha_U in the JSON output: overall and per label used (`null` where undefined).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AlphaSummary {
    /// Overall alpha_U (1 is perfect agreement, 0 what chance gives, below 0 worse);
    /// `None` when no label was used or `D_e` is 0.
    pub overall: Option<f64>,
    /// alpha_U per label name, for the labels used; `None` where `D_e` is 0.
    pub by_label: BTreeMap<String, Option<f64>>,
}

/// F1 between every two annotators: `strict_f1[i][j]` scores annotator `j` against
/// annotator `i` as key (`null` on the diagonal).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Pairwise {
    /// The annotators' names, in the order of the files; index rows and columns of the matrices.
    pub annotators: Vec<String>,
    /// Strict-scheme span F1 (0-1) of annotator `j` against annotator `i` as key.
    pub strict_f1: Vec<Vec<Option<f64>>>,
    /// Partial-scheme span F1 (0-1, partial matches counting half) of `j` against `i` as key.
    pub partial_f1: Vec<Vec<Option<f64>>>,
}

/// A stretch `start..end` (code points) of an article where a share `value` (0..=1) of the
/// annotator pairs do not give the same labels.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Stretch {
    /// Start of the stretch in code points of the article (inclusive).
    pub start: usize,
    /// End of the stretch in code points (exclusive).
    pub end: usize,
    /// Share of annotator pairs (0-1) that give different labels over this stretch.
    pub value: f64,
}

/// Where the annotators disagree in one article (stretches with a value above 0).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ArticleDisagreement {
    /// The article's id in the first file.
    pub doc: String,
    /// The article's title in the first file.
    pub title: String,
    /// The article's length in code points.
    pub length: usize,
    /// Where a share of the annotator pairs give different labels, in article order.
    pub stretches: Vec<Stretch>,
}

/// Everything `parallax agree` reports.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Agreement {
    /// The file names, in the order given.
    pub files: Vec<String>,
    /// Krippendorff's alpha_U, overall and per label.
    pub alpha_u: AlphaSummary,
    /// Strict and partial span F1 between every two annotators.
    pub pairwise: Pairwise,
    /// Per article (in the first file's order), where the annotators disagree.
    pub disagreement: Vec<ArticleDisagreement>,
    /// What makes the figures less than they seem, in words: two files with the very same
    /// spans (one annotator's work counted twice raises agreement). Left out of the JSON
    /// when empty.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

/// The same spans (offsets and labels, article by article) in two annotators' items.
fn same_spans(a: &[Vec<Item>], b: &[Vec<Item>]) -> bool {
    let key = |v: &Vec<Item>| {
        v.iter()
            .map(|i| (i.start, i.end, i.label))
            .collect::<Vec<_>>()
    };
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| key(x) == key(y))
}

/// Every two of the annotators (indices into `items`, as [`aligned_items`] gives them,
/// `i < j`) who gave the very same spans, at least one: a file given twice, or copied.
fn same_span_pairs(items: &[Vec<Vec<Item>>]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for i in 0..items.len() {
        for j in i + 1..items.len() {
            let any = items[i].iter().any(|v| !v.is_empty());
            if any && same_spans(&items[i], &items[j]) {
                out.push((i, j));
            }
        }
    }
    out
}

/// The file names of every two of `files` (of the same articles) whose annotators gave the
/// very same spans (offsets and labels, article by article; at least one span): one file
/// given twice, or work copied. Agreement warns of them, and so do the grades (the class
/// view's Grades tab, `parallax grade`).
///
/// Errors: files of different articles (naming the article).
pub fn same_span_files<'a>(
    files: &[Annotated<'a>],
) -> Result<Vec<(&'a str, &'a str)>, ExerciseError> {
    if files.len() < 2 {
        return Ok(Vec::new());
    }
    let items = aligned_items(files)?;
    let pairs = same_span_pairs(&items);
    Ok(pairs
        .into_iter()
        .map(|(i, j)| (files[i].file, files[j].file))
        .collect())
}

/// A warning for every two files of `files` whose annotators gave the very same spans
/// (`items` as [`aligned_items`] gives them), as when a file is given twice or copied.
fn duplicate_warnings(files: &[Annotated<'_>], items: &[Vec<Vec<Item>>]) -> Vec<String> {
    same_span_pairs(items)
        .into_iter()
        .map(|(i, j)| {
            format!(
                "{} and {} have the very same spans: if they are one annotator's work \
                 (a file given twice or copied), it is counted twice and the agreement \
                 looks higher than it is; leave one of them out",
                files[i].file, files[j].file
            )
        })
        .collect()
}

/// Each annotator's items per document of the first file (in its order).
fn aligned_items(files: &[Annotated<'_>]) -> Result<Vec<Vec<Vec<Item>>>, ExerciseError> {
    let first = files[0];
    let mut out = Vec::new();
    for f in files {
        let map = match_documents(first, *f)?;
        let ws: &Workspace = f.workspace;
        let mut per_doc = vec![Vec::new(); map.len()];
        for (k, &j) in map.iter().enumerate() {
            let id = &ws.documents[j].id;
            for (index, s) in ws.spans.iter().enumerate().filter(|(_, s)| &s.doc == id) {
                per_doc[k].push(Item {
                    start: s.start,
                    end: s.end,
                    label: s.label,
                    index,
                });
            }
            per_doc[k].sort_by_key(|i| (i.start, i.end, i.label));
        }
        out.push(per_doc);
    }
    Ok(out)
}

/// The disagreement stretches of one article: `items[r]` are annotator `r`'s spans.
fn disagreement(items: &[&Vec<Item>], length: usize) -> Vec<Stretch> {
    let m = items.len();
    let mut points: BTreeSet<usize> = BTreeSet::from([0, length]);
    for i in items.iter().flat_map(|v| v.iter()) {
        points.insert(i.start.min(length));
        points.insert(i.end.min(length));
    }
    // events[point] = (annotator, label bit, +1 / -1)
    let mut events: BTreeMap<usize, Vec<(usize, usize, i32)>> = BTreeMap::new();
    for (r, v) in items.iter().enumerate() {
        for i in v.iter() {
            let bit = Label::ALL.iter().position(|l| *l == i.label).unwrap_or(0);
            events.entry(i.start).or_default().push((r, bit, 1));
            events.entry(i.end).or_default().push((r, bit, -1));
        }
    }
    let mut counts = vec![[0i32; 4]; m];
    let mut out: Vec<Stretch> = Vec::new();
    let points: Vec<usize> = points.into_iter().collect();
    for w in points.windows(2) {
        let (s, e) = (w[0], w[1]);
        for &(r, bit, d) in events.get(&s).map(Vec::as_slice).unwrap_or(&[]) {
            counts[r][bit] += d;
        }
        if s >= e {
            continue;
        }
        let mut states: BTreeMap<u8, usize> = BTreeMap::new();
        for c in &counts {
            let mask = c
                .iter()
                .enumerate()
                .fold(0u8, |m, (b, &n)| if n > 0 { m | (1 << b) } else { m });
            *states.entry(mask).or_default() += 1;
        }
        let agree: usize = states.values().map(|&n| n * (n - 1)).sum();
        let value = 1.0 - agree as f64 / (m * (m - 1)) as f64;
        if value <= 0.0 {
            continue;
        }
        match out.last_mut() {
            Some(last) if last.end == s && last.value == value => last.end = e,
            _ => out.push(Stretch {
                start: s,
                end: e,
                value,
            }),
        }
    }
    out
}

/// Agreement between the annotators of `files` (two or more, the same articles): the
/// computation under [`crate::exercise::agree`] and the class view, which cut the files
/// down to the articles they all hold first.
///
/// Errors: fewer than two files, or files of different articles (naming the article).
pub(crate) fn agree_same_articles(files: &[Annotated<'_>]) -> Result<Agreement, ExerciseError> {
    if files.len() < 2 {
        return Err(ExerciseError(
            "agreement needs at least two annotators' files of the same articles".into(),
        ));
    }
    let items = aligned_items(files)?;
    let first = files[0].workspace;
    let m = files.len();

    // alpha_U over the articles laid end to end.
    let mut offsets = Vec::new();
    let mut total = 0u64;
    for d in &first.documents {
        offsets.push(total);
        total += d.cp_len() as u64;
    }
    let mut units = Vec::new();
    for (r, per_doc) in items.iter().enumerate() {
        for (k, v) in per_doc.iter().enumerate() {
            for i in v {
                units.push(Unit {
                    start: offsets[k] + i.start as u64,
                    len: (i.end - i.start) as u64,
                    rater: r,
                    category: Label::ALL.iter().position(|l| *l == i.label).unwrap_or(0),
                });
            }
        }
    }
    let study = UnitizingStudy {
        begin: 0,
        length: total,
        raters: m,
        categories: Label::ALL.len(),
        units,
        // Each article's start but the first: gaps end at the article's border.
        borders: offsets.iter().copied().skip(1).collect(),
    };
    let a = alpha_u(&study);
    let mut by_label = BTreeMap::new();
    for (c, parts) in a.by_category.iter().enumerate() {
        if let Some(p) = parts {
            by_label.insert(Label::ALL[c].as_str().to_string(), p.alpha);
        }
    }
    let alpha = AlphaSummary {
        overall: a.overall.and_then(|p| p.alpha),
        by_label,
    };

    // Pairwise F1.
    let mut strict = vec![vec![None; m]; m];
    let mut partial = vec![vec![None; m]; m];
    for i in 0..m {
        for j in 0..m {
            if i != j {
                let s = score_spans(&items[i], &items[j]);
                strict[i][j] = Some(s.overall.strict.f1);
                partial[i][j] = Some(s.overall.partial.f1);
            }
        }
    }
    let pairwise = Pairwise {
        annotators: super::annotator_headings(files),
        strict_f1: strict,
        partial_f1: partial,
    };

    let disagreement = first
        .documents
        .iter()
        .enumerate()
        .map(|(k, d)| {
            let per: Vec<&Vec<Item>> = items.iter().map(|v| &v[k]).collect();
            ArticleDisagreement {
                doc: d.id.clone(),
                title: d.title.clone(),
                length: d.cp_len(),
                stretches: disagreement(&per, d.cp_len()),
            }
        })
        .collect();

    Ok(Agreement {
        files: files.iter().map(|f| f.file.to_string()).collect(),
        alpha_u: alpha,
        pairwise,
        disagreement,
        warnings: duplicate_warnings(files, &items),
    })
}

#[cfg(test)]
mod tests {
    use super::{passage_in_quotes, reading};

    #[test]
    fn alpha_is_read_by_krippendorffs_thresholds() {
        assert_eq!(reading(1.0), "reliable");
        assert_eq!(reading(0.8), "reliable");
        assert_eq!(reading(0.799), "tentative only");
        assert_eq!(reading(0.667), "tentative only");
        assert_eq!(reading(0.317), "too low to rely on");
        assert_eq!(reading(0.0), "no better than chance");
        assert_eq!(reading(-0.2), "no better than chance");
    }

    #[test]
    fn a_passage_is_quoted_once() {
        assert_eq!(passage_in_quotes("4 times."), "\u{201c}4 times.\u{201d}");
        for own in [
            "\"We will pay,\"",
            "\u{201c}We will\u{201d}",
            "\u{00ab}Nous\u{00bb}",
            "'Yes'",
        ] {
            assert_eq!(passage_in_quotes(own), own);
        }
    }
}

//! The SemEval-2013 schemes as nervaluate computes them, on the spans of one document:
//! [`evaluate`] aligns student spans to key spans one-to-one and counts each outcome
//! (the parent module's documentation gives the definitions).

use crate::model::Label;
use serde::Serialize;

/// One of the four SemEval-2013 span schemes (named as in nervaluate).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scheme {
    /// Boundaries and label both equal to the key span's; an overlap otherwise is incorrect.
    Strict,
    /// Boundaries equal to the key span's, whatever the label; an overlap otherwise is incorrect.
    Exact,
    /// Boundaries equal is correct, an overlap only is partial; the label is never checked.
    Partial,
    /// Label equal and the spans overlap (the closest key span wins); an overlap with another
    /// label is incorrect.
    EntType,
}

impl Scheme {
    /// The four schemes in the order they are reported: strict, exact, partial, ent_type.
    pub const ALL: [Scheme; 4] = [
        Scheme::Strict,
        Scheme::Exact,
        Scheme::Partial,
        Scheme::EntType,
    ];

    /// The name in the JSON output and in nervaluate.
    pub fn name(self) -> &'static str {
        match self {
            Scheme::Strict => "strict",
            Scheme::Exact => "exact",
            Scheme::Partial => "partial",
            Scheme::EntType => "ent_type",
        }
    }
}

/// A span reduced to what grading needs: `start..end` in code points, the label, and the
/// index of the span in its workspace's `spans`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Item {
    /// First code point of the span (inclusive).
    pub start: usize,
    /// End of the span in code points (exclusive).
    pub end: usize,
    /// The span's label.
    pub label: Label,
    /// Position of the span in its workspace's `spans` list, to find its id, text and note.
    pub index: usize,
}

/// nervaluate's overlap test: `pred` covers at least 1% of `truth` (in code points).
pub fn overlaps(pred: &Item, truth: &Item) -> bool {
    let common = pred
        .end
        .min(truth.end)
        .saturating_sub(pred.start.max(truth.start));
    common > 0 && common * 100 >= truth.end - truth.start
}

/// What happened to a student span or key span under one scheme; the numbers are
/// positions in the `pred` and `truth` lists given to [`evaluate`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// The student span matches the key span under the scheme.
    Correct {
        /// Position in the `pred` list.
        pred: usize,
        /// Position in the `truth` list.
        truth: usize,
    },
    /// The spans overlap but boundaries or label differ (strict, exact, ent_type).
    Incorrect {
        /// Position in the `pred` list.
        pred: usize,
        /// Position in the `truth` list.
        truth: usize,
    },
    /// The spans overlap without equal boundaries (partial scheme only); counts half.
    Partial {
        /// Position in the `pred` list.
        pred: usize,
        /// Position in the `truth` list.
        truth: usize,
    },
    /// A student span that matches no key span.
    Spurious {
        /// Position in the `pred` list.
        pred: usize,
    },
    /// A key span that no student span matches.
    Missed {
        /// Position in the `truth` list.
        truth: usize,
    },
}

/// The counts of one scheme, with the figures derived from them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Scores {
    /// Student spans counted correct.
    pub correct: usize,
    /// Student spans aligned to a key span but counted incorrect.
    pub incorrect: usize,
    /// Student spans counted partial (partial scheme only; worth 0.5 in precision and recall).
    pub partial: usize,
    /// Key spans no student span was aligned to.
    pub missed: usize,
    /// Student spans aligned to no key span.
    pub spurious: usize,
    /// `correct + incorrect + partial + missed`: the key spans.
    pub possible: usize,
    /// `correct + incorrect + partial + spurious`: the student spans.
    pub actual: usize,
    /// Correct (plus half the partial for `partial` and `ent_type`) over `actual`, 0-1; 0 when
    /// `actual` is 0.
    pub precision: f64,
    /// Correct (plus half the partial for `partial` and `ent_type`) over `possible`, 0-1; 0
    /// when `possible` is 0.
    pub recall: f64,
    /// Harmonic mean of precision and recall, 0-1; 0 when both are 0.
    pub f1: f64,
}

impl Scores {
    /// Add another document's counts and recompute the figures for `scheme`.
    pub(super) fn add(&mut self, other: &Scores, scheme: Scheme) {
        self.correct += other.correct;
        self.incorrect += other.incorrect;
        self.partial += other.partial;
        self.missed += other.missed;
        self.spurious += other.spurious;
        self.compute(scheme);
    }

    /// `possible`, `actual`, precision, recall and F1 from the counts (nervaluate's
    /// `compute_metrics`).
    pub(super) fn compute(&mut self, scheme: Scheme) {
        self.actual = self.correct + self.incorrect + self.partial + self.spurious;
        self.possible = self.correct + self.incorrect + self.partial + self.missed;
        let hits = match scheme {
            Scheme::Partial | Scheme::EntType => self.correct as f64 + 0.5 * self.partial as f64,
            Scheme::Strict | Scheme::Exact => self.correct as f64,
        };
        let ratio = |n: usize| if n > 0 { hits / n as f64 } else { 0.0 };
        self.precision = ratio(self.actual);
        self.recall = ratio(self.possible);
        let sum = self.precision + self.recall;
        self.f1 = if sum > 0.0 {
            2.0 * self.precision * self.recall / sum
        } else {
            0.0
        };
    }
}

/// Score `pred` (a student's spans of one document) against `truth` (the key's) under one
/// scheme: student spans equal to a key span take it first, then the rest greedily in the
/// given orders. Returns the counts and the one-to-one alignment.
pub fn evaluate(scheme: Scheme, truth: &[Item], pred: &[Item]) -> (Scores, Vec<Outcome>) {
    let mut taken = vec![false; truth.len()];
    let mut s = Scores::default();
    let mut out = Vec::new();
    // First, each student span that is a key span as this scheme counts it (the same
    // bounds, and for `strict` and `ent_type` the same label) takes it, so a span nested in
    // it or sharing its start cannot take it first (trial 44 F1: a student's exact key claim
    // was "not in the key" because her context span inside it came first). Spans that do
    // not overlap, as nervaluate's inputs, are aligned as before.
    let mut same: Vec<Option<usize>> = vec![None; pred.len()];
    for (p, pi) in pred.iter().enumerate() {
        let equal = |ti: &Item| {
            pi.start == ti.start
                && pi.end == ti.end
                && (matches!(scheme, Scheme::Exact | Scheme::Partial) || pi.label == ti.label)
        };
        if let Some(t) = (0..truth.len()).find(|&t| !taken[t] && equal(&truth[t])) {
            taken[t] = true;
            same[p] = Some(t);
        }
    }
    for (p, pi) in pred.iter().enumerate() {
        if let Some(t) = same[p] {
            s.correct += 1;
            out.push(Outcome::Correct { pred: p, truth: t });
            continue;
        }
        let mut exact: Option<usize> = None;
        let mut near: Option<usize> = None;
        let mut best: Option<(usize, usize)> = None; // ent_type: (distance, truth)
        for (t, ti) in truth.iter().enumerate() {
            if taken[t] {
                continue;
            }
            let same_bounds = pi.start == ti.start && pi.end == ti.end;
            match scheme {
                Scheme::Strict | Scheme::Exact => {
                    let equal = same_bounds && (scheme == Scheme::Exact || pi.label == ti.label);
                    if equal {
                        exact = Some(t);
                        break;
                    }
                    if near.is_none() && overlaps(pi, ti) {
                        near = Some(t);
                    }
                }
                Scheme::Partial => {
                    if overlaps(pi, ti) {
                        if same_bounds {
                            exact = Some(t);
                            break;
                        }
                        if near.is_none() {
                            near = Some(t);
                        }
                    }
                }
                Scheme::EntType => {
                    if overlaps(pi, ti) {
                        if pi.label == ti.label {
                            let d = pi.start.abs_diff(ti.start) + pi.end.abs_diff(ti.end);
                            if best.is_none_or(|(bd, _)| d < bd) {
                                best = Some((d, t));
                            }
                        } else if near.is_none() {
                            near = Some(t);
                        }
                    }
                }
            }
        }
        if let Some((_, t)) = best {
            exact = Some(t);
        }
        if let Some(t) = exact {
            taken[t] = true;
            s.correct += 1;
            out.push(Outcome::Correct { pred: p, truth: t });
        } else if let Some(t) = near {
            taken[t] = true;
            if scheme == Scheme::Partial {
                s.partial += 1;
                out.push(Outcome::Partial { pred: p, truth: t });
            } else {
                s.incorrect += 1;
                out.push(Outcome::Incorrect { pred: p, truth: t });
            }
        } else {
            s.spurious += 1;
            out.push(Outcome::Spurious { pred: p });
        }
    }
    for (t, was_taken) in taken.iter().enumerate() {
        if !was_taken {
            s.missed += 1;
            out.push(Outcome::Missed { truth: t });
        }
    }
    s.compute(scheme);
    (s, out)
}

/// The four schemes' scores.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct SchemeScores {
    /// Scores under the `strict` scheme.
    pub strict: Scores,
    /// Scores under the `exact` scheme.
    pub exact: Scores,
    /// Scores under the `partial` scheme.
    pub partial: Scores,
    /// Scores under the `ent_type` scheme.
    pub ent_type: Scores,
}

impl SchemeScores {
    pub(super) fn get_mut(&mut self, scheme: Scheme) -> &mut Scores {
        match scheme {
            Scheme::Strict => &mut self.strict,
            Scheme::Exact => &mut self.exact,
            Scheme::Partial => &mut self.partial,
            Scheme::EntType => &mut self.ent_type,
        }
    }

    /// The scores of one scheme.
    pub fn get(&self, scheme: Scheme) -> &Scores {
        match scheme {
            Scheme::Strict => &self.strict,
            Scheme::Exact => &self.exact,
            Scheme::Partial => &self.partial,
            Scheme::EntType => &self.ent_type,
        }
    }
}

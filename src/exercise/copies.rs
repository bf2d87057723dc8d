//! Copied work among students' files, told from the field's measures: the very same spans
//! (an exact copy, or one file given twice) and *nearly the same work* (a copy with an edit
//! or two). One core for `parallax grade`, `parallax agree --key` and the class view.
//!
//! Two files are **nearly the same work** (trial 25, E3) when, over the articles compared,
//! all of these hold:
//!
//! 1. their spans nearly coincide: one graded against the other as key gives a strict-scheme
//!    span F1 of at least [`NEAR_STRICT_F1`], or a partial-scheme F1 of 1 (every span has
//!    one with the same boundaries; labels may differ);
//! 2. they have the same links and relations: one graded against the other gives link and
//!    relation F1 of 1 with every link's kind the same (or neither has any);
//! 3. they make at least [`MIN_SHARED_MISTAKES`] of the same mistakes against the answer
//!    key: the same feedback item (a spurious span, a wrong label or boundary, a spurious
//!    relation or link, a link of the wrong kind) with the very same student side in both
//!    grades.
//!
//! The third condition is what keeps a good class out of it: two honest students who both
//! find every key span exactly are alike because the key is, and share no mistake. A missed
//! key span is not counted as a shared mistake (weak students miss the same hard ones).
//! Span ids are not used: a file made from an exercise with pre-made spans carries the
//! key's ids, and ids are numbered in the order spans are made, so honest students share
//! them. Without a key nothing tells a copy from close agreement, so only the very same
//! spans are named then; with a key, two files whose spans are exactly the key's and that
//! share no mistake are not named (two students who found every key span are alike
//! because the key is). Limits: a copy of a file with fewer than two mistakes (a copy of
//! a perfect file) cannot be told from honest work, and a copy edited in many places
//! (strict F1 below 0.9) is not named.

use super::agreement::same_span_files;
use super::grade::{grade, Feedback, StudentGrade};
use super::{Annotated, ExerciseError};
use crate::model::{Label, LinkKind};

/// The strict-scheme span F1 (0-1) between two files at and above which their spans nearly
/// coincide (one span in ten may differ in label or boundary).
pub const NEAR_STRICT_F1: f64 = 0.9;

/// How many of the same mistakes against the key two nearly alike files must share to be
/// named as nearly the same work.
pub const MIN_SHARED_MISTAKES: usize = 2;

/// How alike two students' files are.
#[derive(Debug, Clone, PartialEq)]
pub enum Likeness {
    /// The very same spans (offsets and labels, article by article, at least one span).
    SameSpans,
    /// Nearly the same work: see the module's rule.
    Nearly(NearCopy),
}

/// The figures that make two files nearly the same work.
#[derive(Debug, Clone, PartialEq)]
pub struct NearCopy {
    /// Strict-scheme span F1 (0-1) of the second file against the first as key.
    pub strict_f1: f64,
    /// Partial-scheme span F1 (0-1, a partial match counting half) of the same.
    pub partial_f1: f64,
    /// How many links each has (all the same, with the same kinds).
    pub links: usize,
    /// The mistakes against the key both make, each in words (at least
    /// [`MIN_SHARED_MISTAKES`]), in the key's reading order.
    pub shared_mistakes: Vec<String>,
}

/// Two students' files whose work is alike: `a` was loaded before `b`.
#[derive(Debug, Clone, PartialEq)]
pub struct SameWork {
    /// The first file's name.
    pub a: String,
    /// The second file's name.
    pub b: String,
    /// How alike they are.
    pub likeness: Likeness,
}

impl SameWork {
    /// The warning the grades give (class view's Grades tab, `parallax grade`).
    pub fn grades_warning(&self) -> String {
        let (a, b) = (&self.a, &self.b);
        match &self.likeness {
            Likeness::SameSpans => format!(
                "{a} and {b} have the very same spans (offsets and labels, article by \
                 article), so their span figures are the same: one student's work copied, \
                 or one file loaded twice under two names. Check before giving both that \
                 grade."
            ),
            Likeness::Nearly(n) => format!(
                "{a} and {b} are nearly the same work: {}. One student's work copied with \
                 an edit or two, or two students who worked together. Check before giving \
                 both that grade.",
                n.evidence()
            ),
        }
    }

    /// The warning agreement gives for nearly the same work (the very same spans have
    /// their own, from the agreement itself); `None` for the very same spans.
    pub fn agreement_warning(&self) -> Option<String> {
        match &self.likeness {
            Likeness::SameSpans => None,
            Likeness::Nearly(n) => Some(format!(
                "{} and {} are nearly the same work ({}): if one was copied from the other, \
                 it is counted twice and the agreement looks higher than it is; leave one \
                 of them out",
                self.a,
                self.b,
                n.evidence()
            )),
        }
    }
}

impl NearCopy {
    /// The evidence in words: the figures and the shared mistakes (the first three).
    fn evidence(&self) -> String {
        let links = match self.links {
            0 => String::new(),
            1 => ", the same link".to_string(),
            n => format!(", the same {n} links"),
        };
        let n = self.shared_mistakes.len();
        let shown: Vec<&str> = self
            .shared_mistakes
            .iter()
            .take(3)
            .map(String::as_str)
            .collect();
        let more = if n > 3 {
            format!(" and {} more", n - 3)
        } else {
            String::new()
        };
        format!(
            "span F1 between them {:.2} strict, {:.2} partial{links}, and the same {n} \
             mistakes against the key ({}{more})",
            self.strict_f1,
            self.partial_f1,
            shown.join("; ")
        )
    }
}

/// Every two of `files` (of the same articles, as the class compares them) whose work is
/// alike, in file order: the very same spans always; nearly the same work only with the
/// answer key `key` (cut to the same articles), which tells shared mistakes from shared
/// right answers.
///
/// Errors: files of different articles (naming the article), or a file with no article
/// in common with the key.
pub fn same_work(
    files: &[Annotated<'_>],
    key: Option<Annotated<'_>>,
) -> Result<Vec<SameWork>, ExerciseError> {
    let same: Vec<(String, String)> = same_span_files(files)?
        .into_iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    let mut out: Vec<SameWork> = Vec::new();
    let against_key: Option<Vec<StudentGrade>> = match key {
        Some(k) => Some(
            files
                .iter()
                .map(|f| grade(k, *f))
                .collect::<Result<_, _>>()?,
        ),
        None => None,
    };
    for i in 0..files.len() {
        for j in i + 1..files.len() {
            let (a, b) = (files[i].file.to_string(), files[j].file.to_string());
            // Two files whose spans are the key's, every one, sharing no mistake (trial 26:
            // two honest students who found every key span), are alike because the key is:
            // not named.
            let alike_as_the_key = against_key.as_ref().is_some_and(|g| {
                spans_are_the_keys(&g[i])
                    && spans_are_the_keys(&g[j])
                    && shared_mistakes(&g[i], &g[j]).is_empty()
            });
            if same.contains(&(a.clone(), b.clone())) && !alike_as_the_key {
                out.push(SameWork {
                    a,
                    b,
                    likeness: Likeness::SameSpans,
                });
                continue;
            }
            let Some(graded) = &against_key else {
                continue;
            };
            if let Some(n) = near_copy(files[i], files[j], &graded[i], &graded[j])? {
                out.push(SameWork {
                    a,
                    b,
                    likeness: Likeness::Nearly(n),
                });
            }
        }
    }
    Ok(out)
}

/// Whether a student's spans are the key's, every one with its boundaries and label
/// (strict scheme: as many correct as the key has and as the student made, at least one).
fn spans_are_the_keys(g: &StudentGrade) -> bool {
    let s = &g.spans.overall.strict;
    s.possible > 0 && s.correct == s.possible && s.correct == s.actual
}

/// Whether `a` and `b` (graded against the key as `ga` and `gb`) are nearly the same work.
fn near_copy(
    a: Annotated<'_>,
    b: Annotated<'_>,
    ga: &StudentGrade,
    gb: &StudentGrade,
) -> Result<Option<NearCopy>, ExerciseError> {
    // Cheap first: the same mistakes against the key; then one graded against the other.
    let shared = shared_mistakes(ga, gb);
    if shared.len() < MIN_SHARED_MISTAKES {
        return Ok(None);
    }
    let g = grade(a, b)?;
    let all = |p: &super::grade::PairScores| {
        p.is_empty() || (p.correct == p.possible && p.correct == p.actual)
    };
    let kinds = g.link_kinds.right == g.link_kinds.found;
    let (strict, partial) = (g.spans.overall.strict.f1, g.spans.overall.partial.f1);
    let close = strict >= NEAR_STRICT_F1 || partial >= 1.0;
    let near = NearCopy {
        strict_f1: strict,
        partial_f1: partial,
        links: g.links.actual,
        shared_mistakes: shared,
    };
    Ok((close && all(&g.links) && all(&g.relations) && kinds).then_some(near))
}

/// What identifies a mistake: its kind and article, the student's side (span offsets and
/// label, the other end's, the link kind) and the key's span it concerns.
type MistakeKey = (
    &'static str,
    String,
    Option<(usize, usize, Label)>,
    Option<(usize, usize, Label)>,
    Option<(String, usize, usize)>,
    Option<LinkKind>,
);

fn mistake_key(f: &Feedback) -> MistakeKey {
    // A relation's or link's ends are told by their offsets: a label changed at one end
    // is a span's mistake, not the link's.
    let pair = f.other_end.is_some();
    let at =
        |s: &super::grade::ShownSpan| (s.start, s.end, if pair { Label::Claim } else { s.label });
    (
        f.kind,
        f.doc.clone(),
        f.key.as_ref().map(at),
        f.student.as_ref().map(at),
        f.other_end
            .as_ref()
            .map(|o| (o.doc.clone(), o.span.start, o.span.end)),
        f.student_kind,
    )
}

/// The mistakes (feedback items other than missed ones) `ga` and `gb` both have, each in
/// words, in `ga`'s order.
fn shared_mistakes(ga: &StudentGrade, gb: &StudentGrade) -> Vec<String> {
    let mistake = |f: &&Feedback| !f.kind.starts_with("missed");
    let theirs: Vec<MistakeKey> = gb
        .feedback
        .iter()
        .filter(mistake)
        .map(mistake_key)
        .collect();
    ga.feedback
        .iter()
        .filter(mistake)
        .filter(|f| theirs.contains(&mistake_key(f)))
        .map(mistake_words)
        .collect()
}

/// A mistake in a few words: what is wrong and the student's text there
/// (`wrong label on “The court heard…”`).
fn mistake_words(f: &Feedback) -> String {
    let what = f.kind.replace('_', " ");
    let text = f
        .student
        .as_ref()
        .or(f.key.as_ref())
        .map(|s| crate::model::text::ellipsize(&s.text, 40))
        .unwrap_or_default();
    format!("{what} on \u{201c}{text}\u{201d}")
}

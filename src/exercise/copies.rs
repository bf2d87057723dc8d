//! Copied work among students' files, told from the field's measures: the very same spans
//! (an exact copy, or one file given twice) and *nearly the same work* (a copy with an edit
//! or two). One core for `parallax grade`, `parallax agree --key` and the class view.
//!
//! Two files are **nearly the same work** (trial 25, E3; trial 26, F14 and F5b) when, over
//! the articles compared, both of these hold:
//!
//! 1. their spans nearly coincide: one graded against the other as key gives a strict-scheme
//!    span F1 of at least [`NEAR_STRICT_F1`], or a partial-scheme F1 of 1 (every span has
//!    one with the same boundaries; labels may differ), or their spans differ in at most
//!    [`MAX_SPAN_EDITS`] places and in fewer places than they coincide (trial 46, 2: in a
//!    file of six spans one moved end is a strict F1 of 0.83, and the F1 line alone let
//!    a copy with one edit through). A place they differ is a span with other boundaries
//!    or another label in one of them, or a span only one of them has ([`span_edits`]);
//! 2. they make the same mistakes against the answer key, weighing at least
//!    [`MIN_SHARED_MISTAKES`]: the same feedback item (a spurious span, a wrong label or
//!    boundary, a spurious relation or link, a link of the wrong kind) with the very same
//!    student side in both grades, each counted 1, less when it is common:
//!    - a spurious span that is an article's headline (the commonest extra span a careful
//!      class makes) counts [`HEADLINE_WEIGHT`];
//!    - given a class (at least two other files that are not kin to either: kin share
//!      a mistake and have a strict span F1 of at least [`KIN_STRICT_F1`] between them,
//!      a looser line than rule 1's), a mistake that more than [`COMMON_SHARE`] of
//!      those others make too counts less, in proportion, down to 0 when all of them
//!      make it: a mistake the whole rest of the class makes is no evidence. Kin are
//!      left out because a ring of copies, each edited a little (trial 27: two copies a
//!      few one-character edits from the original), would otherwise make its own
//!      mistakes look common.
//!
//! Two files with the **very same spans** are named by the same weighing (trial 27): with
//! a key, when their shared mistakes weigh at least [`MIN_SHARED_MISTAKES`], or when they
//! are the same in everything (links, relations, link kinds too) and share a rare mistake
//! (one file loaded twice). Honest students who found every key span and labelled the same
//! headlines, their links differing, are not named.
//!
//! Links and attributions are not required to be the same (trial 26, F14: a copy with one
//! span end moved and one link kind changed, one link dropped or the attribution dropped
//! was not named); the warning gives their link F1 against each other as evidence.
//! The second condition is what keeps a good class out of it: two honest students who both
//! find every key span exactly are alike because the key is, and share no mistake. A missed
//! key span is not counted as a shared mistake (weak students miss the same hard ones).
//! Span ids are not used: a file made from an exercise with pre-made spans carries the
//! key's ids, and ids are numbered in the order spans are made, so honest students share
//! them. Without a key nothing tells a copy from close agreement, so only the very same
//! spans are named then, every such pair. Limits: a copy of a file with fewer than two rare mistakes (a copy
//! of a perfect file) cannot be told from honest work, and a copy edited in more than
//! [`MAX_SPAN_EDITS`] places with a strict F1 below 0.9 is not named; in a class where many students are nearly alike
//! and make the same uncommon mistakes, they are named, as they should be looked at.

mod mistakes;

use mistakes::{mistake_words, shared_mistakes, weigh};

use super::agreement::same_span_files;
use super::grade::{grade, StudentGrade};
use super::{Annotated, ExerciseError};

/// The strict-scheme span F1 (0-1) between two files at and above which their spans nearly
/// coincide (one span in ten may differ in label or boundary).
pub const NEAR_STRICT_F1: f64 = 0.9;

/// At most how many places two files' spans may differ (see [`span_edits`]) to nearly
/// coincide whatever their F1, so long as more of their spans coincide than differ: a
/// copy with "an edit or two" in a small file, where one edit is more than a tenth of the
/// spans and [`NEAR_STRICT_F1`] alone misses it (trial 46, 2).
pub const MAX_SPAN_EDITS: usize = 2;

/// How many of the same mistakes against the key (weighed by how common they are: see the
/// module's rule) two nearly alike files must share to be named as nearly the same work.
pub const MIN_SHARED_MISTAKES: usize = 2;

/// What a shared spurious span on an article's headline counts (0-1) towards
/// [`MIN_SHARED_MISTAKES`]: labelling a headline is the commonest extra a careful class
/// makes (trial 26, F5b), weak evidence of copying.
pub const HEADLINE_WEIGHT: f64 = 0.5;

/// The share (0-1) of the rest of the class up to which a mistake two files share counts
/// fully; above it the mistake counts less, down to nothing when the whole rest of the
/// class makes it (trial 26, F5b: a mistake every careful student makes is weak evidence).
pub const COMMON_SHARE: f64 = 0.25;

/// The strict-scheme span F1 (0-1) between two files sharing a mistake at and above which
/// each is left out of the class that tells how common the other's mistakes are (trial 27:
/// two copies of one file, each a few one-character edits away from it, below
/// [`NEAR_STRICT_F1`], made its mistakes look common and hid the copy named without them;
/// a copy with a link's end moved shares one mistake less).
pub const KIN_STRICT_F1: f64 = 0.75;

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
    /// In how many places their spans differ ([`span_edits`]).
    pub span_edits: usize,
    /// How many links the second file has.
    pub links: usize,
    /// Whether their links and relations are the same (link and relation F1 1 against each
    /// other, every link of the same kind).
    pub same_links: bool,
    /// Link F1 (0-1, ends and not kinds) of the second file against the first; `None`
    /// when neither has a link.
    pub link_f1: Option<f64>,
    /// What the shared mistakes weigh (rule 2 of the module: each 1, less when common);
    /// at least [`MIN_SHARED_MISTAKES`].
    pub weight: f64,
    /// The mistakes against the key both make, each in words (a common one with what it
    /// counted and why), in the key's reading order.
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

    /// The pair in a few words (`maria.json and copy2.json: nearly the same work`).
    pub fn short(&self) -> String {
        let how = match self.likeness {
            Likeness::SameSpans => "the very same spans",
            Likeness::Nearly(_) => "nearly the same work",
        };
        format!("{} and {}: {how}", self.a, self.b)
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

/// One line over the class's copy warnings (the class view shows it, the warnings
/// folded under it, so the grade table stays in view; trial 26, section 9): how many
/// pairs, the first three in a few words ([`SameWork::short`]); `None` when there is none.
pub fn copied_summary(same: &[SameWork]) -> Option<String> {
    let n = same.len();
    let shown: Vec<String> = same.iter().take(3).map(SameWork::short).collect();
    let more = if n > 3 {
        format!("; and {} more", n - 3)
    } else {
        String::new()
    };
    let pairs = if n == 1 { "pair" } else { "pairs" };
    (n > 0).then(|| {
        format!(
            "Copied work? {n} {pairs} of students' files to check before giving both the \
             grade: {}{more}.",
            shown.join("; ")
        )
    })
}

impl NearCopy {
    /// The evidence in words: the figures and the shared mistakes (the first three).
    fn evidence(&self) -> String {
        let links = match (self.same_links, self.links, self.link_f1) {
            (true, 0, _) => String::new(),
            (true, 1, _) => ", the same link".to_string(),
            (true, n, _) => format!(", the same {n} links"),
            (false, _, Some(f1)) => {
                format!(", links alike (F1 between them {f1:.2}; a kind or attribution differs)")
            }
            (false, _, None) => ", attributions that differ".to_string(),
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
        let weight = if (self.weight - n as f64).abs() > 1e-9 {
            format!(", weighing {:.1} for how common they are", self.weight)
        } else {
            String::new()
        };
        // Named by the count of edits, not by the F1 line: say how few (trial 46, 2).
        let edits = match self.span_edits {
            _ if self.strict_f1 >= NEAR_STRICT_F1 || self.partial_f1 >= 1.0 => String::new(),
            1 => " (their spans differ in one place)".to_string(),
            e => format!(" (their spans differ in {e} places)"),
        };
        format!(
            "span F1 between them {:.2} strict, {:.2} partial{edits}{links}, and the same {n} \
             mistakes against the key ({}{more}){weight}",
            self.strict_f1,
            self.partial_f1,
            shown.join("; ")
        )
    }
}

/// Every two of `files` (of the same articles, as the class compares them) whose work is
/// alike, in file order: the very same spans always; nearly the same work only with the
/// answer key `key` (cut to the same articles), which tells shared mistakes from shared
/// right answers. `files` is the class: how rare a shared mistake is is told from the
/// other files (see the module's rule).
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
    let against_key: Option<Vec<StudentGrade>> = match key {
        Some(k) => Some(
            files
                .iter()
                .map(|f| grade(k, *f))
                .collect::<Result<_, _>>()?,
        ),
        None => None,
    };
    // Every pair with a shared mistake, however common, one graded against the other:
    // the kin (alike by the looser [`KIN_STRICT_F1`]) and among them the candidates
    // (nearly alike, rule 1, with two shared mistakes), whose shared mistakes are then weighed by how rare they are
    // among the files not kin to either of the two.
    let mut candidates: Vec<(usize, usize, NearCopy)> = Vec::new();
    let mut kin: Vec<(usize, usize)> = Vec::new();
    if let Some(graded) = &against_key {
        for i in 0..files.len() {
            for j in i + 1..files.len() {
                let Some((n, close)) = near_copy(files[i], files[j], &graded[i], &graded[j])?
                else {
                    continue;
                };
                kin.push((i, j));
                if close {
                    candidates.push((i, j, n));
                }
            }
        }
    }
    let kin_of = |x: usize, y: usize| kin.contains(&(x.min(y), x.max(y)));
    let mut out: Vec<SameWork> = Vec::new();
    for i in 0..files.len() {
        for j in i + 1..files.len() {
            let (a, b) = (files[i].file.to_string(), files[j].file.to_string());
            // The class beside the two: the files that are kin to neither.
            let others: Vec<&StudentGrade> = against_key
                .iter()
                .flat_map(|graded| {
                    (0..files.len())
                        .filter(|&k| k != i && k != j && !kin_of(k, i) && !kin_of(k, j))
                        .map(|k| &graded[k])
                })
                .collect();
            if same.contains(&(a.clone(), b.clone()))
                && same_spans_named(files[i], files[j], against_key.as_deref(), (i, j), &others)?
            {
                out.push(SameWork {
                    a,
                    b,
                    likeness: Likeness::SameSpans,
                });
                continue;
            }
            let (Some(graded), Some((_, _, near))) = (
                &against_key,
                candidates.iter().find(|(x, y, _)| (*x, *y) == (i, j)),
            ) else {
                continue;
            };
            let near = weighed(near.clone(), &graded[i], &graded[j], &others);
            if near.weight >= MIN_SHARED_MISTAKES as f64 {
                out.push(SameWork {
                    a,
                    b,
                    likeness: Likeness::Nearly(near),
                });
            }
        }
    }
    Ok(out)
}

/// Whether two files with the very same spans (`a` and `b`, the `(i, j)`th of the class
/// graded against the key as `graded`) are named: always without a key (nothing tells a
/// copy from close agreement then); with one (trial 27), when the mistakes they share
/// weigh at least [`MIN_SHARED_MISTAKES`] by the near-copy rule (headlines and mistakes
/// common among `others` count less), or when they are the same in everything (spans,
/// links, relations, link kinds) and share a rare mistake (counted fully: no headline,
/// not common in the class): one file loaded twice. Two honest students who found every
/// key span and labelled the same headlines are alike because the key and the class are,
/// even when their links are the same too (trial 27: ex27/hc_ida, hc_jon).
fn same_spans_named(
    a: Annotated<'_>,
    b: Annotated<'_>,
    graded: Option<&[StudentGrade]>,
    (i, j): (usize, usize),
    others: &[&StudentGrade],
) -> Result<bool, ExerciseError> {
    let Some(g) = graded else {
        return Ok(true);
    };
    let (weight, words) = weigh(&g[i], &g[j], others);
    if weight >= MIN_SHARED_MISTAKES as f64 {
        return Ok(true);
    }
    // A mistake counted fully: not a headline, not common in the class.
    let rare = words.iter().any(|(_, x)| *x >= 1.0);
    Ok(rare && same_links(&grade(a, b)?))
}

/// Whether `g` (one file graded against another as key) finds the same links and
/// relations, every link of the same kind.
fn same_links(g: &StudentGrade) -> bool {
    let all = |p: &super::grade::PairScores| {
        p.is_empty() || (p.correct == p.possible && p.correct == p.actual)
    };
    all(&g.links) && all(&g.relations) && g.link_kinds.right == g.link_kinds.found
}

/// `a` and `b` (graded against the key as `ga` and `gb`) one graded against the other,
/// when they are kin (a shared mistake, however common, and a strict span F1 of at least
/// [`KIN_STRICT_F1`]), with whether they are candidates: nearly alike (rule 1) with at
/// least [`MIN_SHARED_MISTAKES`] shared mistakes, however common (rule 2 weighs them:
/// [`weighed`]); `None` otherwise.
fn near_copy(
    a: Annotated<'_>,
    b: Annotated<'_>,
    ga: &StudentGrade,
    gb: &StudentGrade,
) -> Result<Option<(NearCopy, bool)>, ExerciseError> {
    // Cheap first: the same mistakes against the key; then one graded against the other.
    let shared = shared_mistakes(ga, gb);
    if shared.is_empty() {
        return Ok(None);
    }
    let g = grade(a, b)?;
    let (strict, partial) = (g.spans.overall.strict.f1, g.spans.overall.partial.f1);
    let edits = span_edits(&g);
    let few_edits = edits <= MAX_SPAN_EDITS && edits < g.spans.overall.strict.correct;
    let close = (strict >= NEAR_STRICT_F1 || partial >= 1.0 || few_edits)
        && shared.len() >= MIN_SHARED_MISTAKES;
    let near = NearCopy {
        strict_f1: strict,
        partial_f1: partial,
        span_edits: edits,
        links: g.links.actual,
        same_links: same_links(&g),
        link_f1: (!g.links.is_empty()).then_some(g.links.f1),
        weight: shared.len() as f64,
        shared_mistakes: shared.into_iter().map(mistake_words).collect(),
    };
    Ok((close || strict >= KIN_STRICT_F1).then_some((near, close)))
}

/// In how many places the spans of a file and of another differ, `g` being the one graded
/// against the other as key: a span of one aligned with a span of the other but with
/// other boundaries or another label counts one (a moved end, a relabelled claim), a span
/// only one of them has counts one (an added or a dropped span; a span put in another
/// place counts two, one dropped and one added).
pub fn span_edits(g: &StudentGrade) -> usize {
    let s = &g.spans.overall.strict;
    s.incorrect + s.missed + s.spurious
}

/// `near` (of `ga` and `gb`) with its shared mistakes weighed (rule 2): a spurious
/// span on an article's headline counts [`HEADLINE_WEIGHT`]; and with at least two
/// `others` (the rest of the class), a mistake that more than [`COMMON_SHARE`] of them
/// make too counts less: `(1 - s) / (1 - COMMON_SHARE)` when a share `s` of them make it. The words of a mistake counted less
/// than 1 say how much and why.
fn weighed(
    mut near: NearCopy,
    ga: &StudentGrade,
    gb: &StudentGrade,
    others: &[&StudentGrade],
) -> NearCopy {
    let (weight, words) = weigh(ga, gb, others);
    near.weight = weight;
    near.shared_mistakes = words.into_iter().map(|(w, _)| w).collect();
    near
}

//! Grading: each student's workspace against the trainer's answer key.
//!
//! Spans are scored under the four SemEval-2013 schemes exactly as the `nervaluate` Python
//! package (version 1.x, `Evaluator(..., min_overlap_percentage=1.0)`) defines them:
//!
//! - `strict`: correct when boundaries and label are equal; incorrect when a student span
//!   overlaps a key span otherwise;
//! - `exact`: correct when boundaries are equal, whatever the label;
//! - `partial`: correct when boundaries are equal, partial when they only overlap (never
//!   a label check);
//! - `ent_type`: correct when the label is equal and the spans overlap (the key span with
//!   the closest boundaries wins), incorrect when they overlap with another label.
//!
//! "Overlap" is nervaluate's: the common part is at least 1% of the key span's length
//! (`100 * overlap >= key length`, in code points). Each scheme walks the student spans in
//! order (start, end, label) and, for each, the key spans in the same order not yet taken,
//! so the alignment is one-to-one: a key span is matched at most once and a student span
//! counts once. Where spans nest or overlap (which nervaluate's inputs do not have), a
//! student span equal to a key span (the same bounds, and the same label for `strict` and
//! `ent_type`) takes it before this walk, so a span nested inside it cannot take it first;
//! on spans that do not overlap this changes nothing. Figures are computed per
//! document and summed; `by_label` runs the same on the spans of one label only.
//! `possible = correct + incorrect + partial + missed`,
//! `actual = correct + incorrect + partial + spurious`; precision = correct / actual and
//! recall = correct / possible, with `correct + 0.5 * partial` in place of `correct` for
//! `partial` and `ent_type`; F1 their harmonic mean; 0 where a denominator is 0.
//!
//! Relations and links: a student item counts as correct when both its ends overlap (the
//! partial scheme's test) the ends of a key item not yet taken, in the same documents; a
//! link's ends may be in either order. Feedback on a relation or link names both its ends
//! (each with its article). A link found is also checked for its kind (`same`/`differs`):
//! see [`LinkKindScores`] and the `pairs` module.
//!
//! Articles: a student is graded on the articles their file shares with the key (matched
//! by text). An article only the student has is left out of the grade (its spans, and the
//! relations and links that touch it, are not counted); so is an article of the key the
//! student's file does not have (the key's spans, relations and links in it are not counted
//! as missed: the student could not annotate them). [`StudentGrade::left_out_articles`],
//! [`StudentGrade::missing_articles`] and [`StudentGrade::warnings`] say so. A student's
//! file with no article in common with the key cannot be graded.

use super::{pair_documents, Annotated, ExerciseError, Pairing};
use crate::model::{Flag, ImportedFrom, Label, LinkKind, Workspace};
use serde::Serialize;
use serde_json::{json, Value};
use std::collections::{BTreeMap, BTreeSet};

mod csv;
mod feedback_html;
mod pairs;
mod schemes;
pub use csv::{class_csv, csv_field, grade_csv};
pub use feedback_html::{feedback_file_name, feedback_html, kind_text as feedback_kind_text};
pub use pairs::{key_flags_line, link_kind_line, link_kind_text, LinkKindScores};
pub use schemes::{evaluate, overlaps, Item, Outcome, Scheme, SchemeScores, Scores};

/// Span scores overall and for each label used by the key or the student.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct SpanScores {
    /// All spans of all documents, whatever the label.
    pub overall: SchemeScores,
    /// The same computed on the spans of one label only (key and student), keyed by the
    /// label's name.
    pub by_label: BTreeMap<String, SchemeScores>,
}

/// Precision, recall and F1 of relations or links.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct PairScores {
    /// Student items matching a key item.
    pub correct: usize,
    /// Items in the key.
    pub possible: usize,
    /// Items in the student's file.
    pub actual: usize,
    /// `correct / actual`, 0-1; 0 when `actual` is 0.
    pub precision: f64,
    /// `correct / possible`, 0-1; 0 when `possible` is 0.
    pub recall: f64,
    /// Harmonic mean of precision and recall, 0-1; 0 when both are 0.
    pub f1: f64,
}

impl PairScores {
    /// Neither the key nor the student has any item of this kind: there is nothing to
    /// score, and the figures (all 0) mean "not applicable", not a failure.
    pub fn is_empty(&self) -> bool {
        self.possible == 0 && self.actual == 0
    }

    pub(crate) fn new(correct: usize, possible: usize, actual: usize) -> Self {
        let ratio = |n: usize| {
            if n > 0 {
                correct as f64 / n as f64
            } else {
                0.0
            }
        };
        let (precision, recall) = (ratio(actual), ratio(possible));
        let f1 = if precision + recall > 0.0 {
            2.0 * precision * recall / (precision + recall)
        } else {
            0.0
        };
        PairScores {
            correct,
            possible,
            actual,
            precision,
            recall,
            f1,
        }
    }
}

/// One span as shown in feedback: offsets in code points, the covered text, the note.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ShownSpan {
    /// The span's id in its own file.
    pub id: String,
    /// Start of the span in code points (inclusive).
    pub start: usize,
    /// End of the span in code points (exclusive).
    pub end: usize,
    /// The span's label.
    pub label: Label,
    /// The text the span covers (code points `start..end` of the article).
    pub text: String,
    /// The span's note in its own file, if it has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// The second end of a relation or link in feedback: its article and its span, from the
/// same file as the first end (the key's for a missed item, the student's for one not in
/// the key).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OtherEnd {
    /// The key's id of the article this end is in.
    pub doc: String,
    /// The key's title of that article.
    pub doc_title: String,
    /// The span at this end (its fields are flattened into this object).
    #[serde(flatten)]
    pub span: ShownSpan,
}

/// An article left out of a grade: one of the student's file that the key does not have
/// ([`StudentGrade::left_out_articles`]), or one of the key that the student's file does
/// not have ([`StudentGrade::missing_articles`]).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LeftOutArticle {
    /// The article's id in the file that has it (the student's, or the key's).
    pub doc: String,
    /// The article's title in the file that has it.
    pub title: String,
    /// The SHA-256 of the article's text, in hex.
    pub text_sha256: String,
}

/// One thing the student should look at, from the strict scheme's alignment (and from
/// relation and link matching).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Feedback {
    /// `missed`, `spurious`, `wrong_label`, `wrong_boundary`, `wrong_label_and_boundary`,
    /// `missed_relation`, `spurious_relation`, `missed_link`, `spurious_link` or
    /// `wrong_link_kind` (a key link found with the other kind: `key` is the key's end `a`,
    /// `student` the student's span there, `other_end` the key's end `b`).
    pub kind: &'static str,
    /// The key's id of the article.
    pub doc: String,
    /// The key's title of the article.
    pub doc_title: String,
    /// The key's span (for relations: the attributed span; links: end `a`), with its note.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key: Option<ShownSpan>,
    /// The student's span, with the same offsets convention (for relations: the attributed
    /// span; links: end `a`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub student: Option<ShownSpan>,
    /// For relation and link items, the other end, from the same file as `key` or
    /// `student`: a relation's source (the attribution), a link's end `b`, with its article.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub other_end: Option<OtherEnd>,
    /// The key's note on the relation or link, for relation and link items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The key link's kind, for `missed_link` and `wrong_link_kind`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key_kind: Option<LinkKind>,
    /// The student link's kind, for `spurious_link` and `wrong_link_kind`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub student_kind: Option<LinkKind>,
    /// The key link's flags (the details it tells differently), for `missed_link` and
    /// `wrong_link_kind`; empty otherwise.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub key_flags: Vec<Flag>,
}

/// Everything graded for one student.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StudentGrade {
    /// The student's file name, as given to [`grade`].
    pub file: String,
    /// The student's name: the workspace's identity, else the file name without extensions.
    pub annotator: String,
    /// Span scores under the four schemes, overall and per label.
    pub spans: SpanScores,
    /// Relations scored against the key's (both ends overlapping, in the same documents).
    pub relations: PairScores,
    /// Links scored against the key's (both ends overlapping, in either order).
    pub links: PairScores,
    /// Of the links found (`links.correct`), how many have the key link's kind (`same` or
    /// `differs`): a link found with the other kind still counts in `links`.
    pub link_kinds: LinkKindScores,
    /// What the student should look at, from the strict alignment and relation/link matching.
    pub feedback: Vec<Feedback>,
    /// How many of the key's articles the student was graded on: those their file has.
    pub graded_articles: usize,
    /// How many articles the key has.
    pub key_articles: usize,
    /// Articles of the student's file that the key does not have, left out of the grade.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub left_out_articles: Vec<LeftOutArticle>,
    /// Articles of the key that the student's file does not have, left out of the grade:
    /// the key's spans, relations and links in them are not counted as missed.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub missing_articles: Vec<LeftOutArticle>,
    /// Sentences saying what the figures leave out (an article only the key or only the
    /// student has) and what to do about it; empty when there is nothing to say.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

/// The items of each document, sorted by (start, end, label), per document index.
fn items_by_doc(ws: &Workspace) -> Vec<Vec<Item>> {
    let mut out = vec![Vec::new(); ws.documents.len()];
    for (index, s) in ws.spans.iter().enumerate() {
        if let Some(d) = ws.documents.iter().position(|d| d.id == s.doc) {
            out[d].push(Item {
                start: s.start,
                end: s.end,
                label: s.label,
                index,
            });
        }
    }
    for items in &mut out {
        items.sort_by_key(|i| (i.start, i.end, i.label));
    }
    out
}

fn shown(ws: &Workspace, index: usize) -> ShownSpan {
    let s = &ws.spans[index];
    ShownSpan {
        id: s.id.clone(),
        start: s.start,
        end: s.end,
        label: s.label,
        text: ws.span_text(s).unwrap_or_default().to_string(),
        note: s.note.clone(),
    }
}

/// The span scores of `pred` against `truth` (both per key document), overall and by label.
pub fn score_spans(truth: &[Vec<Item>], pred: &[Vec<Item>]) -> SpanScores {
    let mut scores = SpanScores::default();
    let used: BTreeSet<Label> = truth
        .iter()
        .chain(pred)
        .flat_map(|d| d.iter().map(|i| i.label))
        .collect();
    for (t, p) in truth.iter().zip(pred) {
        for scheme in Scheme::ALL {
            let (s, _) = evaluate(scheme, t, p);
            scores.overall.get_mut(scheme).add(&s, scheme);
            for &label in &used {
                let only = |v: &[Item]| -> Vec<Item> {
                    v.iter().copied().filter(|i| i.label == label).collect()
                };
                let (s, _) = evaluate(scheme, &only(t), &only(p));
                let entry = scores.by_label.entry(label.as_str().to_string());
                entry.or_default().get_mut(scheme).add(&s, scheme);
            }
        }
    }
    // Labels seen: make sure each has its figures computed even with no documents.
    for scheme in Scheme::ALL {
        scores.overall.get_mut(scheme).compute(scheme);
    }
    scores
}

/// Grade one student against the key.
///
/// The student is graded on the articles their file shares with the key: an article only
/// the student has is named in [`StudentGrade::left_out_articles`], one only the key has in
/// [`StudentGrade::missing_articles`] (the key's items in it are not counted as missed),
/// both with a sentence in [`StudentGrade::warnings`].
///
/// Errors: the student's file has no article in common with the key (see
/// [`pair_documents`]).
pub fn grade(key: Annotated<'_>, student: Annotated<'_>) -> Result<StudentGrade, ExerciseError> {
    let pairing = pair_documents(key, student)?;
    let map = &pairing.map;
    let (kws, sws) = (key.workspace, student.workspace);
    // The key's spans in an article the student does not have are left out, not missed.
    let key_items: Vec<Vec<Item>> = items_by_doc(kws)
        .into_iter()
        .zip(map)
        .map(|(v, j)| if j.is_some() { v } else { Vec::new() })
        .collect();
    let student_items_own = items_by_doc(sws);
    let student_items: Vec<Vec<Item>> = map
        .iter()
        .map(|j| j.map(|j| student_items_own[j].clone()).unwrap_or_default())
        .collect();
    let spans = score_spans(&key_items, &student_items);

    let mut feedback = Vec::new();
    for (d, (t, p)) in key_items.iter().zip(&student_items).enumerate() {
        let doc = &kws.documents[d];
        let (_, outcomes) = evaluate(Scheme::Strict, t, p);
        for o in outcomes {
            let (kind, ki, si) = match o {
                Outcome::Correct { .. } | Outcome::Partial { .. } => continue,
                Outcome::Missed { truth } => ("missed", Some(t[truth].index), None),
                Outcome::Spurious { pred } => ("spurious", None, Some(p[pred].index)),
                Outcome::Incorrect { pred, truth } => {
                    let (a, b) = (&t[truth], &p[pred]);
                    let bounds = a.start == b.start && a.end == b.end;
                    let kind = match (bounds, a.label == b.label) {
                        (true, _) => "wrong_label",
                        (false, true) => "wrong_boundary",
                        (false, false) => "wrong_label_and_boundary",
                    };
                    (kind, Some(a.index), Some(b.index))
                }
            };
            feedback.push(Feedback {
                kind,
                doc: doc.id.clone(),
                doc_title: doc.title.clone(),
                key: ki.map(|i| shown(kws, i)),
                student: si.map(|i| shown(sws, i)),
                ..Feedback::default()
            });
        }
    }

    // Each span id -> (key document index, item); spans in articles only one file has are
    // left out.
    let inverse: Vec<Option<usize>> = {
        let mut inv = vec![None; sws.documents.len()];
        for (k, j) in map.iter().enumerate() {
            if let Some(j) = *j {
                inv[j] = Some(k);
            }
        }
        inv
    };
    let ends = pairs::Ends {
        kws,
        sws,
        key_at: pairs::locate(kws, &|d| map.get(d).copied().flatten().map(|_| d)),
        student_at: pairs::locate(sws, &|d| inverse.get(d).copied().flatten()),
    };
    let relations = pairs::grade_relations(&ends, &mut feedback);
    let (links, link_kinds) = pairs::grade_links(&ends, &mut feedback);

    // In reading order: article, then position.
    let order = |f: &Feedback| {
        let d = kws.documents.iter().position(|d| d.id == f.doc);
        let at = f.key.as_ref().or(f.student.as_ref()).map(|s| s.start);
        (d, at)
    };
    feedback.sort_by_key(order);

    let (left_out_articles, missing_articles, mut warnings) =
        articles_left_out(key, student, &pairing);
    // No link at all against a key with links: say why links read 0 (trial 44, F4), and
    // where the graded articles came from a format that cannot carry links, that.
    if links.possible > 0 && sws.links.is_empty() {
        let graded: Vec<ImportedFrom> = sws
            .documents
            .iter()
            .zip(&inverse)
            .filter(|(_, k)| k.is_some())
            .map(|(d, _)| d.imported_from)
            .collect();
        warnings.push(no_links_why(student.file, links.possible, &graded));
    }
    // No relation drawn against a key with relations: say so (trial 48: a Label Studio
    // copy's "Relations F1 0.00" came with no word; Label Studio carries relations, the
    // student had drawn none).
    if relations.possible > 0 && relations.actual == 0 {
        warnings.push(no_relations_why(student.file, relations.possible));
    }
    Ok(StudentGrade {
        file: student.file.to_string(),
        annotator: student.annotator(),
        spans,
        relations,
        links,
        link_kinds,
        feedback,
        graded_articles: pairing.shared(),
        key_articles: kws.documents.len(),
        left_out_articles,
        missing_articles,
        warnings,
    })
}

/// What a links figure of 0 means for a student's file (`file`) with no cross-source link at
/// all against a key with `key_links` links (trial 44, F4: a class imported from Label
/// Studio read "links F1 0.00" with no word why). The links are still graded (a student
/// who linked nothing in Parallax found none of the key's). `graded`: what each of the
/// student's graded articles came in through ([`crate::model::Document::imported_from`]).
/// Where they came from a format that cannot carry cross-source links (Label Studio), the
/// sentence says so plainly and what to do: grade links from the student's Parallax JSON.
/// Otherwise (a Parallax file, or one saved before the record was kept) it says nothing of
/// formats.
pub fn no_links_why(file: &str, key_links: usize, graded: &[ImportedFrom]) -> String {
    let plural = if key_links == 1 { "" } else { "s" };
    let zero = format!(
        "{file} has no cross-source links while the key has {key_links} link{plural}, so its \
         links figure is 0."
    );
    let linkless: Vec<ImportedFrom> = graded
        .iter()
        .copied()
        .filter(|f| !f.carries_links())
        .collect();
    let Some(format) = linkless.first().map(|f| f.display_name()) else {
        return zero;
    };
    let which = if linkless.len() == graded.len() {
        "This copy".to_string()
    } else {
        format!("{} of its {} graded articles", linkless.len(), graded.len())
    };
    format!(
        "{zero} {which} came from {format}, which cannot carry cross-source links: grade \
         links from the student's Parallax JSON file instead."
    )
}

/// What a relations figure of 0 means for a student's file (`file`) with no attribution
/// relation in its graded articles against a key with `key_relations` of them (trial 48:
/// "Relations F1 0.00" with no word): the student drew none. Every format Parallax imports
/// carries relations (Label Studio's too), so none was lost on the way.
pub fn no_relations_why(file: &str, key_relations: usize) -> String {
    let plural = if key_relations == 1 { "" } else { "s" };
    format!(
        "{file} has no attribution relations while the key has {key_relations} \
         relation{plural}, so its relations figure is 0: no relations drawn (no attribution \
         was tied to its claim or quote)."
    )
}

/// Say where two students' files give one annotator name (trial 43, F: gala.json and
/// hugo.json both "gala", told apart only by the file column, no warning): a warning in
/// the later file's [`StudentGrade::warnings`] naming both files, so the class view's
/// Grades tab and `parallax grade` (standard error and JSON) tell it once. Names are
/// compared without case and surrounding blanks.
pub fn warn_same_names(grades: &mut [StudentGrade]) {
    let norm = |g: &StudentGrade| g.annotator.trim().to_lowercase();
    for i in 1..grades.len() {
        let name = norm(&grades[i]);
        let Some(j) = (0..i).find(|&j| norm(&grades[j]) == name) else {
            continue;
        };
        let warning = format!(
            "{} and {} give the same annotator name, {:?}: their grades are told apart by \
             the file name only; check which student made which file (two students who \
             typed one name, or one student's file saved under another's)",
            grades[j].file, grades[i].file, grades[i].annotator
        );
        grades[i].warnings.push(warning);
    }
}

/// An article of `ws` as [`LeftOutArticle`] names it.
fn left_out_article(ws: &Workspace, index: usize) -> LeftOutArticle {
    let d = &ws.documents[index];
    LeftOutArticle {
        doc: d.id.clone(),
        title: d.title.clone(),
        text_sha256: crate::model::text_sha256(&d.text),
    }
}

/// The articles only the student has, those only the key has, and a warning for each
/// saying what was left out of the grade and what to do.
fn articles_left_out(
    key: Annotated<'_>,
    student: Annotated<'_>,
    pairing: &Pairing,
) -> (Vec<LeftOutArticle>, Vec<LeftOutArticle>, Vec<String>) {
    let (kws, sws) = (key.workspace, student.workspace);
    let extra: Vec<LeftOutArticle> = pairing
        .extra
        .iter()
        .map(|&j| left_out_article(sws, j))
        .collect();
    let missing: Vec<LeftOutArticle> = pairing
        .missing()
        .into_iter()
        .map(|i| left_out_article(kws, i))
        .collect();
    let graded = match (pairing.shared(), kws.documents.len()) {
        (1, 1) => "the key's one article is graded".to_string(),
        (n, m) if n == m => format!("the key's {m} articles are graded"),
        (1, m) => format!("1 of the key's {m} articles is graded"),
        (n, m) => format!("{n} of the key's {m} articles are graded"),
    };
    // A student's own copy of a key article (the one extra and the one missing article of
    // the same title, else id; trial 40 T7) is one warning, saying where the texts part.
    let copies = own_copies(kws, sws, pairing);
    let mut warnings: Vec<String> = copies
        .iter()
        .map(|&(i, j)| {
            let (k, s) = (&kws.documents[i], &sws.documents[j]);
            format!(
                "{} has its own copy of the article {:?}: its text differs from {}'s{}, so that \
                 article was left out of the grade ({graded}; neither the student's spans in it \
                 nor the key's are counted). To grade the student's spans on the key's text, \
                 each placed by its quoted text, re-anchor the file: parallax grade --reanchor \
                 {} {} (in the page's class view: Re-anchor by quote on the file's notice).",
                student.file,
                s.title,
                key.file,
                first_difference(&k.text, &s.text),
                key.file,
                student.file,
            )
        })
        .collect();
    warnings.extend(
        extra
            .iter()
            .zip(&pairing.extra)
            .filter(|(_, j)| !copies.iter().any(|c| c.1 == **j))
            .map(|(a, _)| {
                format!(
                    "{} has the article {:?} that {} does not have: it was left out of the grade \
                 (the student's spans, attributions and links in it are not counted; \
                 {graded}). If it was added by mistake, nothing is lost: the student can \
                 remove it from their workspace and export it again. An article is graded \
                 for the whole class only when it is in the key and in every student's file.",
                    student.file, a.title, key.file,
                )
            }),
    );
    let missing_at = pairing.missing();
    warnings.extend(
        missing
            .iter()
            .zip(&missing_at)
            .filter(|(_, i)| !copies.iter().any(|c| c.0 == **i))
            .map(|(a, _)| {
                format!(
                    "{} does not have the article {:?} of {}: it was left out of the grade (the \
             key's spans, attributions and links in it are not counted as missed, since the \
             student could not annotate them; {graded}). To be graded on it too, the student \
             loads that article into their workspace (from the exercise file), annotates it \
             and exports it again.",
                    student.file, a.title, key.file,
                )
            }),
    );
    (extra, missing, warnings)
}

/// The student's own copies of key articles: `(key index, student index)` for each key
/// article the student lacks whose title (else id) is that of exactly one article only
/// the student has, and of no other article the key lacks, and whose text is mostly the
/// key's ([`mostly_same`]): an edit, not another article under a default title.
pub(crate) fn own_copies(
    kws: &Workspace,
    sws: &Workspace,
    pairing: &Pairing,
) -> Vec<(usize, usize)> {
    let missing = pairing.missing();
    missing
        .iter()
        .filter_map(|&i| {
            let extra = pairing
                .extra
                .iter()
                .map(|&j| (j, Names::of(&sws.documents[j])));
            // Of no other article the key lacks, by what matched it.
            let back = |j: usize, by: NamedBy| {
                let s = Names::of(&sws.documents[j]);
                missing
                    .iter()
                    .filter(|&&m| by.same(Names::of(&kws.documents[m]), s))
                    .count()
                    == 1
            };
            one_named(Names::of(&kws.documents[i]), extra, back).map(|j| (i, j))
        })
        .filter(|&(i, j)| mostly_same(&kws.documents[i].text, &sws.documents[j].text))
        .collect()
}

/// What names an article besides its text: its title and its id (either may be empty).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Names<'a> {
    /// The article's title.
    pub title: &'a str,
    /// The article's id.
    pub id: &'a str,
}

impl<'a> Names<'a> {
    /// The title and id of `d`.
    pub(crate) fn of(d: &'a crate::model::Document) -> Self {
        Names {
            title: &d.title,
            id: &d.id,
        }
    }
}

/// What an own copy of an article was matched by ([`one_named`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NamedBy {
    /// The same title.
    Title,
    /// The same id.
    Id,
}

impl NamedBy {
    /// Whether `a` and `b` have the same title (or id), not empty.
    pub(crate) fn same(self, a: Names<'_>, b: Names<'_>) -> bool {
        let (x, y) = match self {
            NamedBy::Title => (a.title, b.title),
            NamedBy::Id => (a.id, b.id),
        };
        !x.is_empty() && x == y
    }
}

/// The one of `candidates` (each with its title and id) named as `names`: the only one
/// with its title, else the only one with its id, that `accept` takes with what matched
/// it. An own copy of an article (another text, the same article) keeps its title or its
/// id: `grade::own_copies`, the class view's agreement notes (`Class::compared`) and
/// re-anchoring onto the key (`class/load.rs`) all match copies so. `None` when neither
/// names exactly one accepted candidate.
pub(crate) fn one_named<'a, T: Copy>(
    names: Names<'_>,
    candidates: impl Iterator<Item = (T, Names<'a>)> + Clone,
    accept: impl Fn(T, NamedBy) -> bool,
) -> Option<T> {
    [NamedBy::Title, NamedBy::Id].into_iter().find_map(|by| {
        let mut found = candidates.clone().filter(|&(_, n)| by.same(names, n));
        let (first, more) = (found.next()?, found.next());
        (more.is_none() && accept(first.0, by)).then_some(first.0)
    })
}

/// How [`the_article`] found an article: by its very text, or as an own copy by its name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum FoundBy {
    /// The same text.
    Text,
    /// Another text under the same title (else id): [`one_named`].
    Copy,
}

/// The one matcher of "the same article" in another workspace: of `docs`, the one whose
/// text is `text` (the first such), else, of those `copyable` takes, the one [`one_named`]
/// as `names` (the only one with its title, else with its id), with how it was found.
/// The class view names a file's article by the key's (`Class::agreement_with_notices`)
/// and a file is re-anchored onto the key's texts (`class/load.rs`) so. `None` when
/// neither finds one.
pub(crate) fn the_article<'a>(
    text: &str,
    names: Names<'_>,
    docs: impl Iterator<Item = &'a crate::model::Document> + Clone,
    copyable: impl Fn(&'a crate::model::Document) -> bool,
) -> Option<(&'a crate::model::Document, FoundBy)> {
    if let Some(d) = docs.clone().find(|d| *d.text == *text) {
        return Some((d, FoundBy::Text));
    }
    let candidates = docs.filter(|&d| copyable(d)).map(|d| (d, Names::of(d)));
    one_named(names, candidates, |_, _| true).map(|d| (d, FoundBy::Copy))
}

/// Whether the texts `a` and `b` share a start and an end (not overlapping) that together
/// cover at least half of the longer one, in code points: one text edited in a place or
/// two from the other; or differ only in line ends, white space or Unicode normalisation
/// ([`form_difference`](super::same_text::form_difference): an editor's CRLF -> LF
/// changes every line, trial 42 F2).
pub(crate) fn mostly_same(a: &str, b: &str) -> bool {
    if super::same_text::form_difference(a, b).is_some() {
        return true;
    }
    let (x, y): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let start = x.iter().zip(&y).take_while(|(p, q)| p == q).count();
    let room = x.len().min(y.len()) - start;
    let end = x
        .iter()
        .rev()
        .zip(y.iter().rev())
        .take(room)
        .take_while(|(p, q)| p == q)
        .count();
    2 * (start + end) >= x.len().max(y.len())
}

/// Where the student's copy `student` of the key's text `key` first differs, for a
/// warning: " (first at code point N: \"…student's words…\" where the key has \"…\")",
/// N counted in code points from the start of the text; when one text is the other's
/// start, their lengths in code points; when only the form differs (line ends, white
/// space, Unicode normalisation), " (only the line ends differ …)".
pub(crate) fn first_difference(key: &str, student: &str) -> String {
    if let Some(d) = super::same_text::form_difference(key, student) {
        return format!(
            " ({})",
            d.describe(key, student, "the key's", "the student's")
        );
    }
    let at = key
        .chars()
        .zip(student.chars())
        .take_while(|(a, b)| a == b)
        .count();
    let around = |t: &str| -> String {
        let from = at.saturating_sub(12);
        t.chars()
            .skip(from)
            .take(at - from + 24)
            .collect::<String>()
    };
    if at == key.chars().count() || at == student.chars().count() {
        return format!(
            " (the key's text has {} code points, the student's {})",
            key.chars().count(),
            student.chars().count()
        );
    }
    format!(
        " (first at code point {at}: {:?} where the key has {:?})",
        around(student),
        around(key)
    )
}

/// Grade every student: `{"key": FILE, "students": [StudentGrade...]}` (the shape
/// documented in docs/FORMATS.md, "parallax grade").
///
/// Errors: the first student whose articles differ from the key's.
pub fn grade_json(key: Annotated<'_>, students: &[Annotated<'_>]) -> Result<Value, ExerciseError> {
    let mut grades = students
        .iter()
        .map(|s| grade(key, *s))
        .collect::<Result<Vec<_>, _>>()?;
    warn_same_names(&mut grades);
    Ok(grades_json(key, &grades))
}

/// The JSON of [`grade_json`] from grades already computed against `key`.
pub fn grades_json(key: Annotated<'_>, grades: &[StudentGrade]) -> Value {
    json!({
        "key": key.file,
        "annotator": key.annotator(),
        "students": grades,
    })
}

/// [`grades_json`] with the class's `warnings` (e.g. two students' files with the very
/// same spans, [`Class::copied_work`](super::class::Class::copied_work)) as `"warnings"`,
/// left out when empty.
pub fn grades_json_with_warnings(
    key: Annotated<'_>,
    grades: &[StudentGrade],
    warnings: &[String],
) -> Value {
    let mut v = grades_json(key, grades);
    if !warnings.is_empty() {
        v["warnings"] = json!(warnings);
    }
    v
}

#[cfg(test)]
mod tests_the_article {
    use super::{the_article, FoundBy, Names};
    use crate::model::Document;
    use std::sync::Arc;

    fn doc(id: &str, title: &str, text: &str) -> Document {
        Document::new(id.into(), title.into(), "s".into(), Arc::from(text))
    }

    #[test]
    fn the_same_text_comes_first_then_the_only_title_then_the_only_id() {
        let key = [
            doc("a", "Storm", "The storm hit the coast."),
            doc("b", "Storm", "The storm left the coast."),
            doc("c", "Vote", "The vote was held."),
        ];
        let by = |text: &str, title: &str, id: &str| {
            the_article(text, Names { title, id }, key.iter(), |_| true)
                .map(|(k, f)| (k.id.as_str(), f))
        };
        // The very text, whatever its names.
        assert_eq!(
            by("The vote was held.", "Storm", "a"),
            Some(("c", FoundBy::Text))
        );
        // Another text under the only article of its title.
        assert_eq!(by("A vote.", "Vote", "zz"), Some(("c", FoundBy::Copy)));
        // Two key articles of that title: the id decides (before, the first of the title
        // was taken by the class view's agreement names).
        assert_eq!(by("A storm.", "Storm", "b"), Some(("b", FoundBy::Copy)));
        // Near case: neither names one article, no text the same.
        assert_eq!(by("A storm.", "Storm", "zz"), None);
        assert_eq!(by("A storm.", "", ""), None);
    }

    #[test]
    fn a_copy_is_found_only_among_the_articles_it_may_be() {
        let key = [
            doc("a", "Storm", "The storm hit."),
            doc("b", "Vote", "The vote."),
        ];
        let free = |k: &Document| k.id != "a";
        let found = the_article(
            "A storm.",
            Names {
                title: "Storm",
                id: "a",
            },
            key.iter(),
            free,
        );
        assert!(found.is_none());
        // The text step is not limited by it.
        let found = the_article(
            "The storm hit.",
            Names { title: "", id: "" },
            key.iter(),
            free,
        );
        assert_eq!(
            found.map(|(k, f)| (k.id.as_str(), f)),
            Some(("a", FoundBy::Text))
        );
    }
}

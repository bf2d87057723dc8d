//! Newsroom exercises: a trainer's answer key, the class's workspaces, and what is computed
//! from them.
//!
//! - [`grade`](mod@grade): each student against the key under the four SemEval-2013 span schemes,
//!   exactly as the `nervaluate` Python package (1.x) defines them, plus relations, links
//!   and feedback.
//! - [`agreement`]: Krippendorff's unitizing alpha (alpha_U, 2004) per label and overall,
//!   pairwise strict/partial F1 between annotators, and where the class disagrees.
//! - [`copies`]: copied work among students' files: the very same spans, and nearly the
//!   same work (a copy with an edit or two), told by the same mistakes against the key.
//! - [`curate`]: adjudication of several annotators' files into a new, curated workspace.
//!
//! Articles are matched by the SHA-256 of their text (order does not matter).
//! [`Curation::new`] takes files of the same articles only: [`match_documents`] refuses any
//! other, naming the article and saying what to do. Grading takes a student's file that
//! shares at least one article with the key ([`pair_documents`]): it is graded on the
//! articles both have, and the grade names the articles left out, either way. Agreement
//! has one way in, [`class::Class::agreement_with_notices`], which the class view,
//! `parallax agree` and [`agree`] take: the annotators are compared over the articles every
//! compared file holds (see [`class::Class::compared`]), and each file or article left out
//! is said.
//! All offsets are Unicode code points.

pub mod agreement;
pub mod class;
pub mod copies;
pub mod curate;
pub mod file_names;
pub mod grade;
pub mod same_text;

use crate::model::{text_sha256, Workspace};
use std::collections::HashMap;
use std::fmt;

pub use curate::Curation;
pub use grade::{grade, grade_csv, grade_json, grades_json};

/// Agreement between the annotators of `files`, as `parallax agree` gives it (the class
/// view's path, [`class::Class::agreement_with_notices`], with no key): over the articles
/// every file holds; a file with no article in common with the first is left out; a
/// sentence for each file or article left out comes first among the warnings.
///
/// Errors: fewer than two files that share an article with the first (the error says which
/// were left out), or no article held by every file (saying which file lacks which).
pub fn agree(files: &[Annotated<'_>]) -> Result<agreement::Agreement, ExerciseError> {
    let a = class::Class::of_students(files).agreement_with_notices();
    let notices = a.notices();
    match a.with_notices() {
        Some(r) => r.map_err(ExerciseError),
        None => Err(ExerciseError(
            std::iter::once(
                "agreement needs at least two annotators' files that share an article".into(),
            )
            .chain(notices)
            .collect::<Vec<String>>()
            .join(" "),
        )),
    }
}

/// Why files could not be compared. The message names the file and the article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExerciseError(pub String);

impl fmt::Display for ExerciseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ExerciseError {}

/// One annotator's workspace with the name of the file it came from.
#[derive(Debug, Clone, Copy)]
pub struct Annotated<'a> {
    /// The file name, shown in results and messages.
    pub file: &'a str,
    /// The annotator's workspace as read from the file.
    pub workspace: &'a Workspace,
}

impl<'a> Annotated<'a> {
    /// Pair a file name with its workspace.
    pub fn new(file: &'a str, workspace: &'a Workspace) -> Self {
        Annotated { file, workspace }
    }

    /// The annotator's name: the workspace's identity, else the name read from the file
    /// name ([`file_names::annotator_from_file_name`]: `maria.parallax.json` -> `maria`,
    /// `orosei-exercise.tom.parallax-labelstudio.json` -> `tom`).
    pub fn annotator(&self) -> String {
        let name = self.workspace.identity.annotator.trim();
        if !name.is_empty() {
            return name.to_string();
        }
        file_names::annotator_from_file_name(self.file)
    }
}

/// The annotators' names as column and row headings, one per file, in order: each
/// [`Annotated::annotator`], with the file name added in brackets where two files give
/// the same name (`maria (maria-1.json)`, `maria (maria-2.json)`), so no two headings are
/// the same.
pub fn annotator_headings(files: &[Annotated<'_>]) -> Vec<String> {
    let names: Vec<String> = files.iter().map(Annotated::annotator).collect();
    names
        .iter()
        .zip(files)
        .map(|(n, f)| {
            if names.iter().filter(|m| *m == n).count() > 1 {
                format!("{n} ({})", f.file)
            } else {
                n.clone()
            }
        })
        .collect()
}

/// How the articles of two files correspond: see [`pair_documents`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pairing {
    /// For each document of the reference (in its order), the index of the document of
    /// the other file with the same text, or `None` where the other file does not have it.
    pub map: Vec<Option<usize>>,
    /// The indices of the other file's documents that no document of the reference has
    /// (articles the other file has in addition), in the other file's order.
    pub extra: Vec<usize>,
}

impl Pairing {
    /// The indices of the reference's documents the other file does not have, in order.
    pub fn missing(&self) -> Vec<usize> {
        (0..self.map.len())
            .filter(|&i| self.map[i].is_none())
            .collect()
    }

    /// How many of the reference's documents the other file has.
    pub fn shared(&self) -> usize {
        self.map.iter().flatten().count()
    }
}

/// The titles of some documents of `ws`, quoted and joined (`"AFP", "Reuters"`).
pub(crate) fn quoted_titles(ws: &Workspace, docs: impl IntoIterator<Item = usize>) -> String {
    docs.into_iter()
        .filter_map(|i| ws.documents.get(i))
        .map(|d| format!("{:?}", d.title))
        .collect::<Vec<_>>()
        .join(", ")
}

/// For each document of `reference` (in its order), the document of `other` with the
/// same text (or none), and the documents of `other` left over (see [`Pairing`]).
///
/// Errors: the two files have no article in common (or the reference has none), with the
/// reference's titles and what to do about it. Articles only one of the files has are
/// not errors here: see [`Pairing::missing`] and [`Pairing::extra`].
pub fn pair_documents(
    reference: Annotated<'_>,
    other: Annotated<'_>,
) -> Result<Pairing, ExerciseError> {
    pair_onto(reference, other, true)
}

/// [`pair_documents`] of `other` and the file it is compared with, `reference`: the answer
/// key (`key`), or another student's file (agreement without a key: `Class::compared`,
/// `parallax agree` without `--key`). Without a key the error's advice for a file of its
/// own copies re-anchors it onto that file's text and names no grading
/// ([`no_article_in_common`]).
pub(crate) fn pair_onto(
    reference: Annotated<'_>,
    other: Annotated<'_>,
    key: bool,
) -> Result<Pairing, ExerciseError> {
    let hashes = |ws: &Workspace| -> Vec<String> {
        ws.documents.iter().map(|d| text_sha256(&d.text)).collect()
    };
    let (ref_hashes, other_hashes) = (hashes(reference.workspace), hashes(other.workspace));
    if ref_hashes.is_empty() {
        return Err(ExerciseError(format!(
            "{} has no articles: there is nothing to compare {} with",
            reference.file, other.file
        )));
    }
    let mut by_hash: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, h) in other_hashes.iter().enumerate().rev() {
        by_hash.entry(h.as_str()).or_default().push(i);
    }
    let map: Vec<Option<usize>> = ref_hashes
        .iter()
        .map(|h| by_hash.get_mut(h.as_str()).and_then(|v| v.pop()))
        .collect();
    let extra = (0..other_hashes.len())
        .filter(|j| !map.contains(&Some(*j)))
        .collect();
    let pairing = Pairing { map, extra };
    if pairing.shared() == 0 {
        return Err(ExerciseError(no_article_in_common(
            reference, other, &pairing, key,
        )));
    }
    Ok(pairing)
}

/// Why `other` shares no article with `reference` ([`pair_documents`]). When it holds its
/// own copies of the reference's articles (the same title, else id, a text mostly the
/// same: [`grade::mostly_same`]), its work is on the same articles: the message says so,
/// how the texts differ (trial 42, F2: "only the line ends differ", where an editor turned
/// CRLF into LF) and how to re-anchor it, never to redo the work; otherwise that it is
/// another exercise's file or its articles were changed, and to start again. `key`: the
/// reference is the answer key (the advice may grade the file on it and offer the class
/// view's Re-anchor by quote); else another student's file, which neither `grade` nor the
/// class view re-anchors onto (`parallax agree` without `--key`): `convert` alone.
fn no_article_in_common(
    reference: Annotated<'_>,
    other: Annotated<'_>,
    pairing: &Pairing,
    key: bool,
) -> String {
    let (rws, ows) = (reference.workspace, other.workspace);
    let copies = grade::own_copies(rws, ows, pairing);
    if copies.is_empty() {
        let all = 0..rws.documents.len();
        return format!(
            "{} does not have any of the articles of {} ({}): it has no article in common \
             with it (matched by their text), so it is another exercise's file or its \
             articles were changed. To fix it, start again from the exercise file, \
             annotate and export again",
            other.file,
            reference.file,
            quoted_titles(rws, all)
        );
    }
    let pairs = copies
        .iter()
        .map(|&(i, j)| (&*rws.documents[i].text, &*ows.documents[j].text));
    let whose = format!("{}'s", reference.file);
    let mut how = same_text::only_form_differs(pairs, &whose, "the student's");
    if how.is_empty() {
        how = copies
            .iter()
            .map(|&(i, j)| grade::first_difference(&rws.documents[i].text, &ows.documents[j].text))
            .collect::<Vec<_>>()
            .join(";");
    }
    let (its, copy) = if copies.len() == 1 {
        ("its own copy", "article")
    } else {
        ("its own copies", "articles")
    };
    let (r, o) = (reference.file, other.file);
    let convert = format!("parallax convert {o} --to parallax --reanchor --onto {r} -o FIXED.json");
    let how_to = match key {
        true => format!(
            "the class view's Re-anchor by quote (on the file's notice), or parallax grade \
             --reanchor {r} {o} (to write the re-anchored file: {convert})"
        ),
        false => format!("{convert}, then compare FIXED.json in its place"),
    };
    format!(
        "{o} has no article whose text is that of {r}, but it has {its} of the {copy} {}: \
         the text differs{how}, so nothing in the file could be matched as it is. Nothing \
         needs to be redone: re-anchor the file onto {r}'s text, each span placed by its \
         quoted text: {how_to}",
        quoted_titles(ows, copies.iter().map(|c| c.1)),
    )
}

/// The first 12 hex digits of a SHA-256, as messages show it.
fn short_hash(h: &str) -> &str {
    h.get(..12).unwrap_or(h)
}

/// For each document of `reference` (in its order), the index of the document of `other`
/// with the same text.
///
/// Errors: an article of either file missing from the other, named by title and the first
/// 12 hex digits of its text's SHA-256, with what to do about it.
pub fn match_documents(
    reference: Annotated<'_>,
    other: Annotated<'_>,
) -> Result<Vec<usize>, ExerciseError> {
    let pairing = pair_documents(reference, other)?;
    if let Some(&i) = pairing.missing().first() {
        let d = &reference.workspace.documents[i];
        return Err(ExerciseError(format!(
            "{} does not have the article {:?} (text SHA-256 {}…) that {} has; every \
             file must hold the same articles (their order may differ). To fix it, \
             load that article into the workspace {} was exported from (or start \
             again from the exercise file) and export it again",
            other.file,
            d.title,
            short_hash(&text_sha256(&d.text)),
            reference.file,
            other.file
        )));
    }
    if let Some(&j) = pairing.extra.first() {
        let d = &other.workspace.documents[j];
        return Err(ExerciseError(format!(
            "{} has the article {:?} (text SHA-256 {}…) that {} does not have; every file \
             must hold the same articles (their order may differ). To fix it, remove that \
             article from the workspace {} was exported from and export it again, or add \
             the article to {} too",
            other.file,
            d.title,
            short_hash(&text_sha256(&d.text)),
            reference.file,
            other.file,
            reference.file
        )));
    }
    Ok(pairing.map.into_iter().flatten().collect())
}

/// Lowercase words joined by `-`, for file names: letters and digits of any script are
/// kept, accents on Latin letters are dropped, everything else separates words
/// (`"Défector Exercise!"` -> `"defector-exercise"`, `"Zoë Ångström"` -> `"zoe-angstrom"`,
/// `"Мария"` -> `"мария"`). Marks on other scripts' letters stay (Devanagari vowel signs).
pub fn slug(text: &str) -> String {
    use unicode_normalization::{char::is_combining_mark, UnicodeNormalization};
    let mut out = String::new();
    let mut after_ascii = false;
    for c in text.nfd() {
        if is_combining_mark(c) {
            // A mark belongs to the letter before it: dropped on an ASCII letter (é -> e),
            // kept on others, dropped after a separator.
            if !after_ascii && !out.is_empty() && !out.ends_with('-') {
                out.push(c);
            }
        } else if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
            after_ascii = c.is_ascii();
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
            after_ascii = false;
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out.nfc().collect()
}

/// The export file name for a workspace: `TITLE.ANNOTATOR.EXT` from its identity, with the
/// parts that are empty left out (`defector-exercise.maria.parallax.json`;
/// `parallax.json` when both are empty). `ext` is e.g. `"parallax.json"`.
pub fn export_file_name(ws: &Workspace, ext: &str) -> String {
    let parts: Vec<String> = [&ws.identity.title, &ws.identity.annotator]
        .iter()
        .map(|p| slug(p))
        .filter(|p| !p.is_empty())
        .collect();
    if parts.is_empty() {
        ext.to_string()
    } else {
        format!("{}.{ext}", parts.join("."))
    }
}

/// The exercise a trainer hands out, made from the key: the same articles, title and
/// instructions, no annotator, no links, relations, rejections or notes, and the key's
/// spans only if `keep_spans` (pre-made spans the students start from; their notes are
/// removed too, since notes are the answers' explanations). A student who opens it starts
/// their own workspace from it.
pub fn exercise_from(key: &Workspace, keep_spans: bool) -> Workspace {
    let mut ws = key.clone();
    ws.identity.annotator.clear();
    ws.links.clear();
    ws.relations.clear();
    ws.rejections.clear();
    if keep_spans {
        for s in &mut ws.spans {
            s.note = None;
            s.annotators.clear();
        }
    } else {
        ws.spans.clear();
    }
    ws
}

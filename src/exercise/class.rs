//! A class as the trainer loads it in the page: an answer key (optional) and students'
//! files, with the grades, agreement and curation computed from them, and the class
//! table's sort order. Plain Rust, so the page's logic is tested natively.
//!
//! Each student is graded on the articles their file shares with the key. Agreement and
//! curation compare the students over the articles every compared file holds (the same
//! continuum for every annotator, as alpha_U needs), and say which articles and files
//! they left out ([`Class::compared`]).

use super::agreement::{agree_same_articles, Agreement};
use super::curate::Curation;
use super::grade::{grade, one_named, the_article, Names, StudentGrade};
use super::Annotated;
use crate::model::{text_sha256, Document, Workspace};
use std::collections::BTreeSet;
use std::rc::Rc;

mod columns;
mod copied;
mod load;
pub use columns::{sorted_rows, Column};
pub use load::{
    import_onto_key, left_out_sentence, onto_key_summary, own_copy_notice, read_class_file,
    FileNotice, LeftOutOf,
};

/// A loaded file: its name and workspace.
#[derive(Debug, Clone, PartialEq)]
pub struct ClassFile {
    /// The file name, shown in the class table; the same student's file loaded again under
    /// the same name replaces it (see [`Class::add_students`]).
    pub name: String,
    /// The workspace read from the file, shared with the views.
    pub workspace: Rc<Workspace>,
}

/// The files of a class. `generation` changes with every change, so views recompute only
/// then.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Class {
    /// The trainer's answer key, if loaded.
    pub key: Option<ClassFile>,
    /// The students' files, in the order loaded.
    pub students: Vec<ClassFile>,
    /// Incremented by every change (key set, students added or removed).
    pub generation: u64,
}

impl Class {
    /// A class of the annotators' `files` as they are, in order, and no key: what
    /// `parallax agree` compares, as the page compares students' files loaded without a
    /// key (every file is kept, even one given twice).
    pub fn of_students(files: &[Annotated<'_>]) -> Class {
        let students = files
            .iter()
            .map(|f| ClassFile {
                name: f.file.to_string(),
                workspace: Rc::new(f.workspace.clone()),
            })
            .collect();
        Class {
            key: None,
            students,
            generation: 1,
        }
    }

    /// A class of the answer key `key` and the students' `files` as they are, in order:
    /// what `parallax grade` grades, as the page's class view does.
    pub fn with_key(key: Annotated<'_>, files: &[Annotated<'_>]) -> Class {
        let mut class = Class::of_students(files);
        class.set_key(ClassFile {
            name: key.file.to_string(),
            workspace: Rc::new(key.workspace.clone()),
        });
        class
    }

    /// Use `file` as the answer key (replacing any).
    pub fn set_key(&mut self, file: ClassFile) {
        self.key = Some(file);
        self.generation += 1;
    }

    /// Add students' files. A file loaded again replaces the one loaded before: the same
    /// file name and the same annotator, or the same content. Two students' files that only
    /// share a name (`exercise.parallax.json` from two folders, or from students who gave
    /// no name) are both kept.
    pub fn add_students(&mut self, files: Vec<ClassFile>) {
        let again = |s: &ClassFile, f: &ClassFile| {
            let (a, b) = (
                &s.workspace.identity.annotator,
                &f.workspace.identity.annotator,
            );
            s.name == f.name && ((!a.is_empty() && a == b) || s.workspace == f.workspace)
        };
        for f in files {
            match self.students.iter_mut().find(|s| again(s, &f)) {
                Some(s) => *s = f,
                None => self.students.push(f),
            }
        }
        self.generation += 1;
    }

    /// Remove the student file at `index` (nothing if there is none).
    pub fn remove_student(&mut self, index: usize) {
        if index < self.students.len() {
            self.students.remove(index);
            self.generation += 1;
        }
    }

    /// Each student graded against the key, or why not (no key, other articles).
    pub fn grades(&self) -> Vec<Result<StudentGrade, String>> {
        let Some(key) = &self.key else {
            return Vec::new();
        };
        let k = Annotated::new(&key.name, &key.workspace);
        let mut all: Vec<Result<StudentGrade, String>> = self
            .students
            .iter()
            .map(|s| grade(k, Annotated::new(&s.name, &s.workspace)).map_err(|e| e.to_string()))
            .collect();
        // Two files with one annotator name are said (trial 43, F).
        let mut good: Vec<StudentGrade> = all.iter().filter_map(|g| g.clone().ok()).collect();
        super::grade::warn_same_names(&mut good);
        let mut good = good.into_iter();
        for g in all.iter_mut().filter(|g| g.is_ok()) {
            if let Some(w) = good.next() {
                *g = Ok(w);
            }
        }
        all
    }

    /// Whom and what agreement and curation compare (see [`Compared`]): every student's
    /// file that shares an article with the reference (the key, or the first student's
    /// file without one), in the order loaded, over the reference's articles that every one
    /// of those files holds; the key itself is never among them (it is the reference the
    /// students are graded against, not one more annotator). Files with no article in common
    /// and articles not every file holds are left out, each with a sentence saying why and
    /// what to do, so one wrong file does not blank the tabs. Over the shared articles only,
    /// every annotator has marked the whole of what is compared: alpha_U and the curation's
    /// statuses need that.
    pub fn compared(&self) -> Compared<'_> {
        let Some(reference) = self.key.as_ref().or(self.students.first()) else {
            return Compared::default();
        };
        let r = Annotated::new(&reference.name, &reference.workspace);
        let mut out = Compared::default();
        for f in &self.students {
            if std::ptr::eq(f, reference) {
                out.files.push(f);
                continue;
            }
            let key = self.key.is_some();
            match super::pair_onto(r, Annotated::new(&f.name, &f.workspace), key) {
                Ok(_) => out.files.push(f),
                Err(e) => out.left_out_files.push(LeftOutFile {
                    file: f.name.clone(),
                    message: format!("Left out of agreement and curation: {e}"),
                }),
            }
        }
        // Each article's text hash, title and id.
        let hashes = |ws: &Workspace| -> Vec<(String, String, String)> {
            ws.documents
                .iter()
                .map(|d| (text_sha256(&d.text), d.title.clone(), d.id.clone()))
                .collect()
        };
        let held: Vec<Vec<(String, String, String)>> =
            out.files.iter().map(|f| hashes(&f.workspace)).collect();
        let has = |v: &[(String, String, String)], h: &str| v.iter().any(|(x, ..)| x == h);
        let mut seen = BTreeSet::new();
        for (h, ..) in hashes(&reference.workspace) {
            if held.iter().all(|v| has(v, &h)) && seen.insert(h.clone()) {
                out.articles.push(h);
            }
        }
        out.reference_articles = reference.workspace.documents.len();
        // Every article some file has that is not compared, once, in the reference's
        // order and then the files'.
        let key_held = self.key.as_ref().map(|k| hashes(&k.workspace));
        let all = key_held.iter().chain(&held).flatten();
        for (h, title, id) in all {
            if out.articles.contains(h) || !seen.insert(h.clone()) {
                continue;
            }
            let (holders, lackers): (Vec<usize>, Vec<usize>) =
                (0..held.len()).partition(|&i| has(&held[i], h));
            let names = |v: &[usize]| -> Vec<&str> {
                v.iter().map(|&i| out.files[i].name.as_str()).collect()
            };
            let key_lacking = self
                .key
                .as_ref()
                .filter(|_| key_held.as_ref().is_some_and(|k| !has(k, h)));
            // Each file that lacks it holding its own copy of it (the same title, else the
            // same id, and a text mostly the same, trial 41 F7): one sentence, the copies'
            // own said with it.
            let text_of = |ws: &Workspace| -> Option<std::sync::Arc<str>> {
                ws.documents
                    .iter()
                    .find(|d| text_sha256(&d.text) == *h)
                    .map(|d| d.text.clone())
            };
            let original = key_held
                .as_ref()
                .filter(|k| has(k, h))
                .and(self.key.as_ref().and_then(|k| text_of(&k.workspace)))
                .or_else(|| {
                    holders
                        .first()
                        .and_then(|&i| text_of(&out.files[i].workspace))
                });
            let copy_of = |i: usize| {
                let text = original.as_deref()?;
                let docs = out.files[i].workspace.documents.iter();
                let names = Names { title, id };
                let candidates = docs.map(|d| (d, Names::of(d)));
                one_named(names, candidates, |d, _| {
                    super::grade::mostly_same(text, &d.text)
                })
            };
            let copies: Vec<&crate::model::Document> =
                lackers.iter().filter_map(|&i| copy_of(i)).collect();
            let majority = key_held.is_some() || holders.len() >= lackers.len();
            if key_lacking.is_none()
                && majority
                && !lackers.is_empty()
                && copies.len() == lackers.len()
            {
                for d in &copies {
                    seen.insert(text_sha256(&d.text));
                }
                let how = original.as_deref().map_or(String::new(), |o| {
                    let whose = if key_held.is_some() {
                        "the answer key's"
                    } else {
                        "the other files'"
                    };
                    super::same_text::only_form_differs(
                        copies.iter().map(|d| (o, &*d.text)),
                        whose,
                        "the copies",
                    )
                });
                out.left_out_articles.push(own_copies_left_out(
                    title,
                    self.key.as_ref().map(|k| k.name.as_str()),
                    &names(&lackers),
                    &how,
                ));
                continue;
            }
            let note = article_left_out(
                title,
                key_lacking.map(|k| k.name.as_str()),
                self.key.is_some(),
                &names(&holders),
                &names(&lackers),
            );
            out.left_out_articles.push(note);
        }
        out
    }

    /// The students' files agreement and curation compare, and for each file or article
    /// left out, why: see [`compared`](Class::compared).
    pub fn comparable_files(&self) -> (Vec<&ClassFile>, Vec<String>) {
        let c = self.compared();
        let files = c.left_out_files.into_iter().map(|f| f.message);
        (c.files, files.chain(c.left_out_articles).collect())
    }

    /// [`comparable_files`](Class::comparable_files) as the annotated files agreement and
    /// curation take, with the reasons for the files left out.
    pub fn comparable(&self) -> (Vec<Annotated<'_>>, Vec<String>) {
        let (files, left_out) = self.comparable_files();
        let files = files
            .into_iter()
            .map(|f| Annotated::new(&f.name, &f.workspace))
            .collect();
        (files, left_out)
    }

    /// Run `f` on the [`compared`](Class::compared) students' files (`None` with fewer than
    /// two), each cut down to the compared articles, in the reference's order (copies where
    /// a file has other articles or another order), so the results list the articles as the
    /// key and the class table do. With no article in every file, why nothing is compared.
    fn compare<T>(
        &self,
        f: impl FnOnce(&[Annotated<'_>]) -> Result<T, String>,
    ) -> Option<Result<T, String>> {
        self.compare_in(&self.compared(), f)
    }

    /// [`compare`](Class::compare) with whom and what is compared, `c`, already known.
    fn compare_in<T>(
        &self,
        c: &Compared<'_>,
        f: impl FnOnce(&[Annotated<'_>]) -> Result<T, String>,
    ) -> Option<Result<T, String>> {
        if c.files.len() < 2 {
            return None;
        }
        if c.articles.is_empty() {
            return Some(Err(self.nothing_in_common(c)));
        }
        let cut: Vec<Option<Workspace>> = c
            .files
            .iter()
            .map(|f| only_articles(&f.workspace, &c.articles))
            .collect();
        let files: Vec<Annotated<'_>> = c
            .files
            .iter()
            .zip(&cut)
            .map(|(f, ws)| Annotated::new(&f.name, ws.as_ref().unwrap_or(&f.workspace)))
            .collect();
        Some(f(&files))
    }

    /// Why nothing can be compared when no article of the reference is held by every
    /// compared file: which file lacks which of the reference's articles, and what to do.
    fn nothing_in_common(&self, c: &Compared<'_>) -> String {
        let Some(reference) = self.key.as_ref().or(self.students.first()) else {
            return String::new();
        };
        let whose = if self.key.is_some() {
            format!("the answer key ({})", reference.name)
        } else {
            format!("{}, the first file loaded,", reference.name)
        };
        let lacks: Vec<String> = c
            .files
            .iter()
            .filter_map(|f| {
                let held: Vec<String> = f
                    .workspace
                    .documents
                    .iter()
                    .map(|d| text_sha256(&d.text))
                    .collect();
                let missing: Vec<String> = reference
                    .workspace
                    .documents
                    .iter()
                    .filter(|d| !held.contains(&text_sha256(&d.text)))
                    .map(|d| format!("{:?}", d.title))
                    .collect();
                (!missing.is_empty())
                    .then(|| format!("{} does not have {}", f.name, missing.join(", ")))
            })
            .collect();
        format!(
            "No article is held by every one of the {} students' files compared, so there is \
             nothing to compare: {}. Agreement and curation compare the articles of {whose} \
             that every file holds. To compare the others, remove from the class the files \
             that lack the most; or load the missing articles into those students' \
             workspaces from the exercise file, annotate them and export again.",
            c.files.len(),
            lacks.join("; ")
        )
    }

    /// Agreement between the [`compared`](Class::compared) students' files over the
    /// articles they all hold (`None` with fewer than two files), or why not. The key is
    /// not counted. Without the notices of what was left out: see
    /// [`agreement_with_notices`](Class::agreement_with_notices).
    pub fn agreement(&self) -> Option<Result<Agreement, String>> {
        self.agreement_with_notices().agreement
    }

    /// The agreement of [`agreement`](Class::agreement) with the notices of the files and
    /// articles it left out: the one way `parallax agree` and the page's class view (its
    /// Agreement and Curation tabs) compare annotators and say what they left out.
    pub fn agreement_with_notices(&self) -> ClassAgreement {
        let c = self.compared();
        let mut agreement = self.compare_in(&c, |files| {
            agree_same_articles(files).map_err(|e| e.to_string())
        });
        // With a key, each article is named by the key's id and title (trial 43, F: the
        // first student's were given, and that file's ids may be the key's swapped).
        if let (Some(Ok(a)), Some(key), Some(first)) = (&mut agreement, &self.key, c.files.first())
        {
            for d in &mut a.disagreement {
                if let Some(k) = key_document(&key.workspace, &first.workspace, &d.doc) {
                    d.doc = k.id.clone();
                    d.title = k.title.clone();
                }
            }
        }
        // With a key, nearly the same work too (the very same spans are said already).
        if let (Some(Ok(a)), Some(_)) = (&mut agreement, &self.key) {
            let near = self.same_work();
            a.warnings
                .extend(near.iter().filter_map(|w| w.agreement_warning()));
        }
        ClassAgreement {
            agreement,
            left_out_files: c.left_out_files,
            left_out_articles: c.left_out_articles,
        }
    }

    /// A fresh curation of the [`compared`](Class::compared) students' files over the
    /// articles they all hold (`None` with fewer than two files), or why not: its curated
    /// workspace has those articles. The key is not one of the annotators.
    pub fn curation(&self) -> Option<Result<Curation, String>> {
        self.compare(|files| Curation::new(files).map_err(|e| e.to_string()))
    }

    /// What the Agreement and Curation tabs say about whom they compare: the number of
    /// students' files and that the key is not counted, or, with fewer than two students'
    /// files of the same articles, what to load; and over how many of the reference's
    /// articles, when not all (the notices say which were left out).
    pub fn compared_note(&self) -> String {
        let c = self.compared();
        let n = c.files.len();
        let over = if c.articles.len() < c.reference_articles && n >= 2 {
            let whose = if self.key.is_some() {
                "the key's"
            } else {
                "the"
            };
            format!(
                ", over {} of {whose} {} articles (see above)",
                c.articles.len(),
                c.reference_articles
            )
        } else {
            String::new()
        };
        let key = if self.key.is_some() {
            " (the answer key is not counted)"
        } else {
            ""
        };
        match n {
            0 => format!(
                "Load at least two students' files of the same articles: agreement and \
                 curation compare the students with each other{key}."
            ),
            1 => format!(
                "Load at least one more student's file of the same articles: agreement and \
                 curation compare the students with each other{key}."
            ),
            n if self.key.is_some() => format!(
                "Between the {n} students' files{over}; the answer key is not counted.{}",
                self.key_copies()
            ),
            n => format!("Between the {n} students' files{over}."),
        }
    }
}

/// The answer key's article that is `file`'s document `doc`: the one of the same text,
/// else the only one of the same title (else id), by the one matcher
/// ([`the_article`](super::grade::the_article)); `None` when the key has none.
fn key_document<'k>(key: &'k Workspace, file: &Workspace, doc: &str) -> Option<&'k Document> {
    let d = file.documents.iter().find(|d| d.id == doc)?;
    the_article(&d.text, Names::of(d), key.documents.iter(), |_| true).map(|(k, _)| k)
}

/// The sentence saying why agreement and curation leave out the article `title`, held by
/// the compared files `holders` and not by `lackers`: `key_lacking` names the answer key
/// when it is the key that does not have it (then it is no part of the exercise); with a
/// key (`with_key`) that has it, or without a key when more files have it than not, the
/// files that lack it are named, with what to do.
fn article_left_out(
    title: &str,
    key_lacking: Option<&str>,
    with_key: bool,
    holders: &[&str],
    lackers: &[&str],
) -> String {
    let one = |v: &[&str], a: &'static str, b: &'static str| if v.len() == 1 { a } else { b };
    let tail = "If it was added by mistake, nothing is lost: the student can remove it from \
                their workspace and export it again.";
    match key_lacking {
        Some(key) => format!(
            "Agreement and curation leave out the article {title:?} of {}: the answer key \
             ({key}) does not have it, so it is not part of the exercise. {tail}",
            holders.join(", ")
        ),
        None if !with_key && holders.len() <= lackers.len() => format!(
            "Agreement and curation leave out the article {title:?}: only {} {} it (they \
             compare the articles every student's file holds). {tail}",
            holders.join(", "),
            one(holders, "has", "have"),
        ),
        None => format!(
            "Agreement and curation leave out the article {title:?}: {} {} not have it, and \
             they compare the articles every student's file holds. To compare it too, load \
             it into {} from the exercise file, annotate it and export again; or remove {} \
             from the class.",
            lackers.join(", "),
            one(lackers, "does", "do"),
            one(
                lackers,
                "that student's workspace",
                "those students' workspaces"
            ),
            one(lackers, "that file", "those files"),
        ),
    }
}

/// The sentence saying why agreement and curation leave out the article `title`: each of
/// `lackers` holds its own copy of it, its text a little changed (one word: trial 41 F7),
/// and what to do: re-anchor those files onto the answer key's text (`key`, its file
/// name) or, without a key, onto the text the other files hold. `how`: " (only the line
/// ends differ …)" when only the form differs (trial 42, F2), else empty.
fn own_copies_left_out(title: &str, key: Option<&str>, lackers: &[&str], how: &str) -> String {
    let (has, file) = if lackers.len() == 1 {
        ("has its own copy", "that file")
    } else {
        ("have their own copies", "those files")
    };
    let (whose, onto) = match key {
        Some(k) => ("the answer key's", k.to_string()),
        None => ("the other files'", "a file that holds it".to_string()),
    };
    format!(
        "Agreement and curation leave out the article {title:?}: {} {has} of it, with a \
          text that differs from {whose}{how}, and they compare the articles every student's \
          file holds. To compare it too, re-anchor {file} onto that text: the class \
          view's Re-anchor by quote, or parallax convert FILE --to parallax --reanchor \
          --onto {onto} -o FIXED.json.",
        lackers.join(", ")
    )
}

/// Whom and what the class view's agreement and curation compare: see [`Class::compared`].
#[derive(Debug, Default)]
pub struct Compared<'a> {
    /// The students' files compared, in the order loaded.
    pub files: Vec<&'a ClassFile>,
    /// The articles compared, by their text's SHA-256, in the reference's order: the
    /// reference's articles that every compared file holds.
    pub articles: Vec<String>,
    /// How many articles the reference (the key, else the first student's file) has.
    pub reference_articles: usize,
    /// Each file left out (no article in common with the reference), with a sentence
    /// saying why and what to do.
    pub left_out_files: Vec<LeftOutFile>,
    /// A sentence for each article left out (not in every compared file, or not in the
    /// key), saying which files lack it and what to do.
    pub left_out_articles: Vec<String>,
}

/// A student's file that agreement and curation leave out, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct LeftOutFile {
    /// The file's name.
    pub file: String,
    /// "Left out of agreement and curation: " and why, with what to do.
    pub message: String,
}

/// An agreement with the notices of what it left out ([`Class::agreement_with_notices`]).
#[derive(Debug, Clone, PartialEq)]
pub struct ClassAgreement {
    /// The agreement over the articles every compared file holds; `None` with fewer than
    /// two compared files; why not when no article is in every file.
    pub agreement: Option<Result<Agreement, String>>,
    /// Each file left out (no article in common with the reference), with a sentence
    /// saying why and what to do: shown as an error; `parallax agree` then exits with 2.
    pub left_out_files: Vec<LeftOutFile>,
    /// A sentence for each article left out (not in every compared file, or not in the
    /// key), saying which files lack it and what to do: shown as a notice.
    pub left_out_articles: Vec<String>,
}

impl ClassAgreement {
    /// The notices, the files' first: the order `parallax agree` warns in.
    pub fn notices(&self) -> Vec<String> {
        let files = self.left_out_files.iter().map(|f| &f.message);
        files.chain(&self.left_out_articles).cloned().collect()
    }

    /// The agreement with the notices first among its warnings, as `parallax agree`
    /// prints it; `None` with fewer than two compared files.
    pub fn with_notices(self) -> Option<Result<Agreement, String>> {
        let notices = self.notices();
        self.agreement.map(|r| {
            r.map(|mut a| {
                a.warnings.splice(0..0, notices);
                a
            })
        })
    }
}

/// A copy of `ws` with only the articles `articles` (by their text's SHA-256, the first
/// of each), in that order, and the spans, relations and links in them; `None` when `ws`
/// has exactly those already, in that order (use it as it is).
fn only_articles(ws: &Workspace, articles: &[String]) -> Option<Workspace> {
    let hashes: Vec<String> = ws.documents.iter().map(|d| text_sha256(&d.text)).collect();
    if hashes == articles {
        return None;
    }
    let keep: Vec<Option<usize>> = articles
        .iter()
        .map(|h| hashes.iter().position(|x| x == h))
        .collect();
    let mut out = ws.clone();
    for (j, d) in ws.documents.iter().enumerate() {
        if !keep.contains(&Some(j)) {
            let _ = out.remove_document(&d.id);
        }
    }
    out.documents = keep
        .iter()
        .flatten()
        .map(|&j| ws.documents[j].clone())
        .collect();
    Some(out)
}

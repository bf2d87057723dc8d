//! A class as the trainer loads it in the page: an answer key (optional) and students'
//! files, with the grades, agreement and curation computed from them, and the class
//! table's sort order. Plain Rust, so the page's logic is tested natively.

use super::agreement::{agree, Agreement};
use super::curate::Curation;
use super::grade::{grade, Scheme, StudentGrade};
use super::Annotated;
use crate::model::{Label, Workspace};
use std::rc::Rc;

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
        self.students
            .iter()
            .map(|s| grade(k, Annotated::new(&s.name, &s.workspace)).map_err(|e| e.to_string()))
            .collect()
    }

    /// The students' files agreement and curation compare, as [`ClassFile`]s: each student
    /// whose file holds the same articles as the reference (the key, or the first student
    /// without one), in the order loaded; and, for each file left out, why (the article it
    /// lacks), so one wrong file does not blank the tabs. The key itself is never among
    /// them: it is the reference the students are graded against, not one more annotator.
    pub fn comparable_files(&self) -> (Vec<&ClassFile>, Vec<String>) {
        let Some(reference) = self.key.as_ref().or(self.students.first()) else {
            return (Vec::new(), Vec::new());
        };
        let r = Annotated::new(&reference.name, &reference.workspace);
        let mut keep = Vec::new();
        let mut left_out = Vec::new();
        for f in &self.students {
            if std::ptr::eq(f, reference) {
                keep.push(f);
                continue;
            }
            match super::match_documents(r, Annotated::new(&f.name, &f.workspace)) {
                Ok(_) => keep.push(f),
                Err(e) => left_out.push(format!("Left out of agreement and curation: {e}")),
            }
        }
        (keep, left_out)
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

    /// Run `f` on the [`comparable`](Class::comparable) students' files (`None` with fewer
    /// than two). With a key, the first file's articles are put in the key's order (a
    /// copy), so the results list the articles as the key and the class table do.
    fn compare<T>(&self, f: impl FnOnce(&[Annotated<'_>]) -> T) -> Option<T> {
        let (files, _) = self.comparable();
        if files.len() < 2 {
            return None;
        }
        let reordered = self
            .key
            .as_ref()
            .and_then(|k| in_order_of(Annotated::new(&k.name, &k.workspace), files[0]));
        let mut files: Vec<Annotated<'_>> = files;
        if let Some(ws) = &reordered {
            files[0] = Annotated::new(files[0].file, ws);
        }
        Some(f(&files))
    }

    /// Agreement between the [`comparable`](Class::comparable) students' files (`None`
    /// with fewer than two), or why not. The key is not counted.
    pub fn agreement(&self) -> Option<Result<Agreement, String>> {
        self.compare(|files| agree(files).map_err(|e| e.to_string()))
    }

    /// A fresh curation of the [`comparable`](Class::comparable) students' files (`None`
    /// with fewer than two), or why not. The key is not one of the annotators.
    pub fn curation(&self) -> Option<Result<Curation, String>> {
        self.compare(|files| Curation::new(files).map_err(|e| e.to_string()))
    }

    /// What the Agreement and Curation tabs say about whom they compare: the number of
    /// students' files and that the key is not counted, or, with fewer than two students'
    /// files of the same articles, what to load.
    pub fn compared_note(&self) -> String {
        let n = self.comparable_files().0.len();
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
                "Between the {n} students' files; the answer key is not counted.{}",
                self.key_copies()
            ),
            n => format!("Between the {n} students' files."),
        }
    }

    /// " ana.json has the very same spans as the answer key (…)" for each student's file
    /// whose spans (offsets and labels, article by article) are the key's: a perfect score,
    /// or the key loaded as a student, which raises agreement; "" when there is none.
    fn key_copies(&self) -> String {
        let Some(key) = &self.key else {
            return String::new();
        };
        let k = Annotated::new(&key.name, &key.workspace);
        let spans = |ws: &Workspace, map: &[usize]| -> Vec<(usize, usize, usize, Label)> {
            let mut v: Vec<_> = map
                .iter()
                .enumerate()
                .flat_map(|(i, &j)| {
                    let id = &ws.documents[j].id;
                    ws.spans
                        .iter()
                        .filter(move |s| &s.doc == id)
                        .map(move |s| (i, s.start, s.end, s.label))
                })
                .collect();
            v.sort();
            v
        };
        let own: Vec<usize> = (0..key.workspace.documents.len()).collect();
        let key_spans = spans(&key.workspace, &own);
        if key_spans.is_empty() {
            return String::new();
        }
        self.students
            .iter()
            .filter(|f| {
                super::match_documents(k, Annotated::new(&f.name, &f.workspace))
                    .is_ok_and(|map| spans(&f.workspace, &map) == key_spans)
            })
            .map(|f| {
                format!(
                    " {} has the very same spans as the answer key: a perfect score, or the \
                     key loaded as a student (then remove it: it raises the agreement).",
                    f.name
                )
            })
            .collect()
    }
}

/// `file`'s workspace with its articles in `reference`'s order, if the order differs and
/// both hold the same articles (`None` otherwise: use `file` as it is).
fn in_order_of(reference: Annotated<'_>, file: Annotated<'_>) -> Option<Workspace> {
    let map = super::match_documents(reference, file).ok()?;
    if map.iter().enumerate().all(|(i, &j)| i == j) {
        return None;
    }
    let mut ws = file.workspace.clone();
    ws.documents = map
        .iter()
        .map(|&j| file.workspace.documents[j].clone())
        .collect();
    Some(ws)
}

/// A column of the class table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    /// The annotator's name; sorted case-insensitively.
    Annotator,
    /// Span F1 overall under a scheme.
    Spans(Scheme),
    /// Relation F1 (0-1) against the key.
    Relations,
    /// Link F1 (0-1) against the key.
    Links,
}

impl Column {
    /// The columns, in display order.
    pub const ALL: [Column; 7] = [
        Column::Annotator,
        Column::Spans(Scheme::Strict),
        Column::Spans(Scheme::Exact),
        Column::Spans(Scheme::Partial),
        Column::Spans(Scheme::EntType),
        Column::Relations,
        Column::Links,
    ];

    /// The column's heading.
    pub fn title(self) -> &'static str {
        match self {
            Column::Annotator => "Annotator",
            Column::Spans(Scheme::Strict) => "Strict F1",
            Column::Spans(Scheme::Exact) => "Exact F1",
            Column::Spans(Scheme::Partial) => "Partial F1",
            Column::Spans(Scheme::EntType) => "Label F1",
            Column::Relations => "Relations F1",
            Column::Links => "Links F1",
        }
    }

    /// The figure shown in this column: `None` for the name column, and for relations or
    /// links when neither the key nor the student has any (nothing to score).
    pub fn value(self, g: &StudentGrade) -> Option<f64> {
        match self {
            Column::Annotator => None,
            Column::Spans(s) => Some(g.spans.overall.get(s).f1),
            Column::Relations => (!g.relations.is_empty()).then_some(g.relations.f1),
            Column::Links => (!g.links.is_empty()).then_some(g.links.f1),
        }
    }
}

/// The order of the rows `grades` sorted by `column` (names alphabetically, figures
/// lowest first), reversed if `descending`. Ties keep file order.
pub fn sorted_rows(grades: &[StudentGrade], column: Column, descending: bool) -> Vec<usize> {
    let mut rows: Vec<usize> = (0..grades.len()).collect();
    rows.sort_by(|&a, &b| {
        let (ga, gb) = (&grades[a], &grades[b]);
        let o = match column {
            Column::Annotator => ga
                .annotator
                .to_lowercase()
                .cmp(&gb.annotator.to_lowercase()),
            c => c
                .value(ga)
                .unwrap_or(0.0)
                .total_cmp(&c.value(gb).unwrap_or(0.0)),
        };
        if descending {
            o.reverse()
        } else {
            o
        }
    });
    rows
}

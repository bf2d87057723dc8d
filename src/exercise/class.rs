//! A class as the trainer loads it in the page: an answer key (optional) and students'
//! files, with the grades, agreement and curation computed from them, and the class
//! table's sort order. Plain Rust, so the page's logic is tested natively.

use super::agreement::{agree, Agreement};
use super::curate::Curation;
use super::grade::{grade, Scheme, StudentGrade};
use super::Annotated;
use crate::model::Workspace;
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

    /// Every file, the key first: what agreement and curation compare.
    pub fn all(&self) -> Vec<Annotated<'_>> {
        self.key
            .iter()
            .chain(&self.students)
            .map(|f| Annotated::new(&f.name, &f.workspace))
            .collect()
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

    /// The files agreement and curation compare: every file of the same articles as the
    /// first (the key, or the first student without one), in order; and, for each file
    /// left out, why (the article it lacks), so one wrong file does not blank the tabs.
    pub fn comparable(&self) -> (Vec<Annotated<'_>>, Vec<String>) {
        let all = self.all();
        let Some(&first) = all.first() else {
            return (all, Vec::new());
        };
        let mut keep = vec![first];
        let mut left_out = Vec::new();
        for f in all.into_iter().skip(1) {
            match super::match_documents(first, f) {
                Ok(_) => keep.push(f),
                Err(e) => left_out.push(format!("Left out of agreement and curation: {e}")),
            }
        }
        (keep, left_out)
    }

    /// Agreement between the [`comparable`](Class::comparable) files (`None` with fewer
    /// than two), or why not.
    pub fn agreement(&self) -> Option<Result<Agreement, String>> {
        let (files, _) = self.comparable();
        (files.len() >= 2).then(|| agree(&files).map_err(|e| e.to_string()))
    }

    /// A fresh curation of the [`comparable`](Class::comparable) files (`None` with fewer
    /// than two), or why not.
    pub fn curation(&self) -> Option<Result<Curation, String>> {
        let (files, _) = self.comparable();
        (files.len() >= 2).then(|| Curation::new(&files).map_err(|e| e.to_string()))
    }
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

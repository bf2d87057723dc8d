//! Copied work in a class: two students' files with the very same spans or nearly the
//! same work ([`crate::exercise::copies`], one rule for the Grades tab, `parallax grade`,
//! the Agreement tab and `parallax agree --key`), and students' files with the very same
//! spans as the key.

use super::{only_articles, Class, ClassFile};
use crate::exercise::copies::{same_work, SameWork};
use crate::exercise::Annotated;
use crate::model::{text_sha256, Label, Workspace};

impl Class {
    /// Every two students' files whose work is alike (see [`same_work`]), over the
    /// articles [`compared`](Class::compared) for agreement (those of the key every such
    /// file holds): the very same spans, and with a key nearly the same work. When some
    /// file lacks one of the reference's articles (an odd copy of one article, trial 40
    /// T7), the files that hold every one of them are also compared over all of them, so
    /// one such file does not hide a copied pair whose shared mistakes lie in the article
    /// it lacks; the pairs are given once, in the order loaded. Empty with fewer than two
    /// such files, or when they share no article.
    pub fn same_work(&self) -> Vec<SameWork> {
        let c = self.compared();
        let mut found = self.same_work_in(&c);
        let whole = self.holding_every_article(&c);
        if whole.files.len() >= 2 && whole.files.len() < c.files.len() {
            for w in self.same_work_in(&whole) {
                if !found.iter().any(|f| (&f.a, &f.b) == (&w.a, &w.b)) {
                    found.push(w);
                }
            }
            let order = |name: &str| self.students.iter().position(|s| s.name == name);
            found.sort_by_key(|w| (order(&w.a), order(&w.b)));
        }
        found
    }

    /// [`same_work`] over the files and articles of `c`, the key cut to those articles.
    fn same_work_in(&self, c: &super::Compared<'_>) -> Vec<SameWork> {
        let key_cut = self
            .key
            .as_ref()
            .map(|k| (k, only_articles(&k.workspace, &c.articles)));
        let key = key_cut
            .as_ref()
            .map(|(k, cut)| Annotated::new(&k.name, cut.as_ref().unwrap_or(&k.workspace)));
        match self.compare_in(c, |files| same_work(files, key).map_err(|e| e.to_string())) {
            Some(Ok(v)) => v,
            _ => Vec::new(),
        }
    }

    /// The files of `c` that hold every article of the reference (the key, else the first
    /// student's file), over all of those articles; `c` itself when it already compares
    /// them all.
    fn holding_every_article<'a>(&'a self, c: &super::Compared<'a>) -> super::Compared<'a> {
        let Some(reference) = self.key.as_ref().or(self.students.first()) else {
            return super::Compared::default();
        };
        let mut articles: Vec<String> = Vec::new();
        for d in &reference.workspace.documents {
            let h = text_sha256(&d.text);
            if !articles.contains(&h) {
                articles.push(h);
            }
        }
        let holds = |f: &ClassFile| {
            articles.iter().all(|h| {
                f.workspace
                    .documents
                    .iter()
                    .any(|d| text_sha256(&d.text) == *h)
            })
        };
        super::Compared {
            files: c.files.iter().copied().filter(|f| holds(f)).collect(),
            articles,
            reference_articles: c.reference_articles,
            left_out_files: Vec::new(),
            left_out_articles: Vec::new(),
        }
    }

    /// A warning for every two students' files whose work is alike ([`Class::same_work`]):
    /// the very same spans (offsets and labels, article by article), or nearly the same
    /// work (a copy with an edit or two, trial 25 E3): copied work, or one file loaded
    /// twice under two names, which the grades alone do not show (trial 24, U3). The
    /// Grades tab and `parallax grade` show them; the Agreement tab has its own (see
    /// [`Agreement::warnings`](crate::exercise::agreement::Agreement::warnings)).
    pub fn copied_work(&self) -> Vec<String> {
        self.same_work()
            .iter()
            .map(SameWork::grades_warning)
            .collect()
    }

    /// " ana.json has the very same spans as the answer key (…)" for each student's file
    /// whose spans (offsets and labels, article by article) are the key's: a perfect score,
    /// or the key loaded as a student, which raises agreement; "" when there is none.
    pub(super) fn key_copies(&self) -> String {
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
                // Over the key's articles (an article only the student has is not graded).
                crate::exercise::pair_documents(k, Annotated::new(&f.name, &f.workspace))
                    .ok()
                    .and_then(|p| p.map.into_iter().collect::<Option<Vec<usize>>>())
                    .is_some_and(|map| spans(&f.workspace, &map) == key_spans)
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

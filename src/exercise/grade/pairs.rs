//! Grading relations and links: a student's item counts as correct when both its ends
//! overlap (the partial scheme's test) the ends of a key item not yet taken, in the same
//! documents (a link's ends in either order), and each item not matched becomes a feedback
//! item naming both its ends.
//!
//! A link found this way is also checked for its kind (trial 24, E1): the key says `same`
//! (the same fact) or `differs` (the fact told differently), and a student who gives the
//! other kind still found the link (it counts in the links' F1) but gets it wrong in
//! [`LinkKindScores`] and a `wrong_link_kind` feedback item with both kinds and the key
//! link's flags. Where a student link matches several key links, one of the same kind is
//! taken first.

use super::{overlaps, shown, Feedback, Item, OtherEnd, PairScores};
use crate::model::{Link, LinkKind, Relation, Workspace};
use serde::Serialize;
use std::collections::HashMap;

/// How many of the links a student found (matched to a key link, see
/// [`StudentGrade::links`](super::StudentGrade::links)) have the key link's kind.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct LinkKindScores {
    /// Found links whose kind (`same` or `differs`) is the key link's.
    pub right: usize,
    /// Links the student found: the `correct` of the links' scores.
    pub found: usize,
    /// `right / found`, 0-1; 0 when `found` is 0.
    pub accuracy: f64,
}

impl LinkKindScores {
    fn new(right: usize, found: usize) -> Self {
        let accuracy = if found > 0 {
            right as f64 / found as f64
        } else {
            0.0
        };
        LinkKindScores {
            right,
            found,
            accuracy,
        }
    }

    /// The student found no link of the key: there is no kind to check (the figures, all
    /// 0, mean "not applicable").
    pub fn is_empty(&self) -> bool {
        self.found == 0
    }

    /// `"7 of 8 right"`, or `""` when [`is_empty`](Self::is_empty).
    pub fn summary(&self) -> String {
        if self.is_empty() {
            String::new()
        } else {
            format!("{} of {} right", self.right, self.found)
        }
    }
}

/// How a link's kind reads in feedback: `"same fact"` or `"told differently"` (the page's
/// words for `same` and `differs`).
pub fn link_kind_text(kind: LinkKind) -> &'static str {
    match kind {
        LinkKind::Same => "same fact",
        LinkKind::Differs => "told differently",
    }
}

/// The line on a link item's kinds, `who` naming the student ("you", "the student"):
/// `The key says "told differently"; you said "same fact".` for `wrong_link_kind`, the
/// key's kind for `missed_link`, the student's for `spurious_link`; `None` for other items.
pub fn link_kind_line(f: &Feedback, who: &str) -> Option<String> {
    let q = |k: LinkKind| format!("\u{201c}{}\u{201d}", link_kind_text(k));
    match (f.kind, f.key_kind, f.student_kind) {
        ("wrong_link_kind", Some(k), Some(s)) => {
            Some(format!("The key says {}; {who} said {}.", q(k), q(s)))
        }
        ("missed_link", Some(k), _) => Some(format!("The key\u{2019}s link: {}.", q(k))),
        ("spurious_link", _, Some(s)) => Some(format!("Marked {}.", q(s))),
        _ => None,
    }
}

/// The key link's flags as one line, `"The key's flags: number: eight years ≠ nine years
/// (vague)."`, or `None` when the item has none.
pub fn key_flags_line(f: &Feedback) -> Option<String> {
    if f.key_flags.is_empty() {
        return None;
    }
    let flags: Vec<String> = f
        .key_flags
        .iter()
        .map(|g| {
            let vague = if g.vague { " (vague)" } else { "" };
            format!("{}: {} \u{2260} {}{vague}", g.kind, g.a, g.b)
        })
        .collect();
    Some(format!("The key\u{2019}s flags: {}.", flags.join("; ")))
}

/// Where a span is, for matching: the key's index of its article and its item.
type At = (usize, Item);

/// The key's and the student's spans located in the key's articles, for matching the ends
/// of relations and links.
pub(super) struct Ends<'a> {
    /// The answer key.
    pub kws: &'a Workspace,
    /// The student's workspace.
    pub sws: &'a Workspace,
    /// Each key span's id, in an article the student also has, and where it is.
    pub key_at: HashMap<String, At>,
    /// Each student span's id, in an article the key also has, and where it is (the key's
    /// article index).
    pub student_at: HashMap<String, At>,
}

/// Each span id of `ws` and where it is: `doc_map` gives the key's index of the article
/// at an index of `ws`, `None` for an article left out of the grade.
pub(super) fn locate(
    ws: &Workspace,
    doc_map: &dyn Fn(usize) -> Option<usize>,
) -> HashMap<String, At> {
    let mut m = HashMap::new();
    for (index, s) in ws.spans.iter().enumerate() {
        let d = ws.documents.iter().position(|d| d.id == s.doc);
        if let Some(d) = d.and_then(doc_map) {
            let item = Item {
                start: s.start,
                end: s.end,
                label: s.label,
                index,
            };
            m.insert(s.id.clone(), (d, item));
        }
    }
    m
}

impl Ends<'_> {
    /// One end of a relation or link as feedback shows it, from `ws` (the key or the
    /// student's).
    fn end(&self, ws: &Workspace, at: &At) -> OtherEnd {
        OtherEnd {
            doc: self.kws.documents[at.0].id.clone(),
            doc_title: self.kws.documents[at.0].title.clone(),
            span: shown(ws, at.1.index),
        }
    }

    /// A feedback item on a relation or link whose first end is `first` and second end
    /// `second`, both in `ws`: from the key (`from_key`, a missed item) or the student's.
    fn item(&self, kind: &'static str, from_key: bool, first: &At, second: &At) -> Feedback {
        let ws = if from_key { self.kws } else { self.sws };
        let span = shown(ws, first.1.index);
        let (key, student) = if from_key {
            (Some(span), None)
        } else {
            (None, Some(span))
        };
        Feedback {
            kind,
            doc: self.kws.documents[first.0].id.clone(),
            doc_title: self.kws.documents[first.0].title.clone(),
            key,
            student,
            other_end: Some(self.end(ws, second)),
            ..Feedback::default()
        }
    }
}

/// Each of `items` whose two ends (span ids, from `ends`) are both in `at`, with where
/// they are; the others (an end in an article left out of the grade) are left out.
fn located<'a, T>(
    items: &'a [T],
    at: &HashMap<String, At>,
    ends: impl Fn(&T) -> (&str, &str),
) -> Vec<(&'a T, At, At)> {
    items
        .iter()
        .filter_map(|x| {
            let (a, b) = ends(x);
            Some((x, *at.get(a)?, *at.get(b)?))
        })
        .collect()
}

/// A key end `k` and a student end `s` match: same article, and the student's span
/// overlaps the key's.
fn ends_match(k: &At, s: &At) -> bool {
    k.0 == s.0 && overlaps(&s.1, &k.1)
}

/// Relations (attributions) scored against the key's, with a feedback item for each one
/// missed or not in the key.
pub(super) fn grade_relations(e: &Ends<'_>, feedback: &mut Vec<Feedback>) -> PairScores {
    fn rel_ends(r: &Relation) -> (&str, &str) {
        (&r.from, &r.to)
    }
    let key_rel = located(&e.kws.relations, &e.key_at, rel_ends);
    let stu_rel = located(&e.sws.relations, &e.student_at, rel_ends);
    let mut taken = vec![false; key_rel.len()];
    let mut correct = 0;
    for (_, from, to) in &stu_rel {
        let hit = key_rel
            .iter()
            .enumerate()
            .position(|(k, (_, kf, kt))| !taken[k] && ends_match(kf, from) && ends_match(kt, to));
        match hit {
            Some(k) => {
                taken[k] = true;
                correct += 1;
            }
            None => feedback.push(e.item("spurious_relation", false, to, from)),
        }
    }
    for (k, (r, from, to)) in key_rel.iter().enumerate() {
        if !taken[k] {
            let mut f = e.item("missed_relation", true, to, from);
            f.note = r.note.clone();
            feedback.push(f);
        }
    }
    PairScores::new(correct, key_rel.len(), stu_rel.len())
}

/// Links (ends in either order) scored against the key's, and the kinds of those found;
/// with a feedback item for each link missed, not in the key, or found with the other kind.
pub(super) fn grade_links(
    e: &Ends<'_>,
    feedback: &mut Vec<Feedback>,
) -> (PairScores, LinkKindScores) {
    fn link_ends(l: &Link) -> (&str, &str) {
        (&l.a, &l.b)
    }
    let key_links = located(&e.kws.links, &e.key_at, link_ends);
    let stu_links = located(&e.sws.links, &e.student_at, link_ends);
    let mut taken = vec![false; key_links.len()];
    let (mut correct, mut right) = (0, 0);
    for (l, a, b) in &stu_links {
        // The student's end that matches the key's end `a`, when the link matches.
        let matched = |(ka, kb): (&At, &At)| {
            if ends_match(ka, a) && ends_match(kb, b) {
                Some(a)
            } else if ends_match(ka, b) && ends_match(kb, a) {
                Some(b)
            } else {
                None
            }
        };
        let free = |k: &usize| !taken[*k];
        let candidates: Vec<usize> = (0..key_links.len()).filter(free).collect();
        // A key link of the student's kind first, else any.
        let hit = candidates
            .iter()
            .copied()
            .find(|&k| {
                key_links[k].0.kind == l.kind
                    && matched((&key_links[k].1, &key_links[k].2)).is_some()
            })
            .or_else(|| {
                candidates
                    .iter()
                    .copied()
                    .find(|&k| matched((&key_links[k].1, &key_links[k].2)).is_some())
            });
        let Some(k) = hit else {
            let mut f = e.item("spurious_link", false, a, b);
            f.student_kind = Some(l.kind);
            feedback.push(f);
            continue;
        };
        taken[k] = true;
        correct += 1;
        let (kl, ka, kb) = &key_links[k];
        if kl.kind == l.kind {
            right += 1;
            continue;
        }
        // Found, with the other kind: the key's link (its end `a`, the student's span
        // there, its end `b`), both kinds, the key's flags and note.
        let mut f = e.item("wrong_link_kind", true, ka, kb);
        let student_end = matched((ka, kb)).unwrap_or(a);
        f.student = Some(shown(e.sws, student_end.1.index));
        f.key_kind = Some(kl.kind);
        f.student_kind = Some(l.kind);
        f.key_flags = kl.flags.clone();
        f.note = kl.note.clone();
        feedback.push(f);
    }
    for (k, (l, a, b)) in key_links.iter().enumerate() {
        if !taken[k] {
            let mut f = e.item("missed_link", true, a, b);
            f.key_kind = Some(l.kind);
            f.key_flags = l.flags.clone();
            f.note = l.note.clone();
            feedback.push(f);
        }
    }
    (
        PairScores::new(correct, key_links.len(), stu_links.len()),
        LinkKindScores::new(right, correct),
    )
}

//! Adjudication: several annotators' files of the same articles side by side, turned into
//! one new, curated workspace.
//!
//! Spans of all annotators are gathered per article. Spans with the same offsets and label
//! are one *version* (with the annotators who made it); versions that overlap, directly or
//! through a chain, form one *item*. An item's status:
//! - `all`: one version, made by every annotator;
//! - `single`: only one annotator has anything there;
//! - `majority`: one version made by more than half of the annotators;
//! - `disputed`: anything else.
//!
//! The curator accepts one version per item (or none), or all agreed / majority items at
//! once; [`Curation::build`] makes the curated workspace: the first file's articles,
//! the accepted spans (each recording in `annotators` who had it, with the first note
//! found), and the relations and links of any annotator whose two ends were both accepted.
//! A curated link keeps the kind the annotators gave it, not one rebuilt from its flags:
//! the kind most of those who drew it gave, and on a tie `differs` (a difference someone
//! saw should not silently vanish); its flags are those of the first link of that kind.
//!
//! A `Curation` is cheap to clone: what never changes once gathered (the items, the first
//! file, the annotators' spans, relations and links) is shared behind `Rc`, and only the
//! choices (one `Option<usize>` per item) are copied. The page keeps one per class view
//! and makes a new one on every choice, so a class of 30 files of 400 spans costs no more
//! per click than a class of three.
//!
//! The choices are kept between visits of the page as [`SavedCuration`]s (see `saved`),
//! and each change of them is a step of a [`History`] that can be undone (see `history`).

mod history;
mod saved;

pub use history::{Change, History};
pub use saved::{
    file_fingerprints, files_fingerprint, set_fingerprint, Restored, SavedChoice, SavedCuration,
};

use super::{match_documents, Annotated, ExerciseError};
use crate::model::{Label, Link, LinkKind, Relation, Workspace};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};
use std::rc::Rc;

/// How far the annotators agree on an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// One version, made by every annotator.
    All,
    /// One version made by more than half of the annotators.
    Majority,
    /// Anything that is neither `all`, `majority` nor `single`.
    Disputed,
    /// Only one annotator has anything there.
    Single,
}

/// One way an item was annotated: `start..end` (code points) with a label.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Version {
    /// Start of the span in code points of the article (inclusive).
    pub start: usize,
    /// End of the span in code points (exclusive).
    pub end: usize,
    /// The span's label.
    pub label: Label,
    /// The covered text.
    pub text: String,
    /// Positions in [`Curation::annotators`] of the annotators who made it.
    pub annotators: Vec<usize>,
    /// The first note one of them wrote on it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A place in an article where at least one annotator put a span.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Item {
    /// The article's position in the first file.
    pub doc: usize,
    /// The versions, most annotators first (then by position).
    pub versions: Vec<Version>,
    /// How far the annotators agree here.
    pub status: Status,
}

/// One annotator's spans by id: span id -> (article, start, end, label).
type SpanKeys = HashMap<String, (usize, usize, usize, Label)>;

/// One annotator's relations and links (between span ids of that annotator's file).
#[derive(Debug, PartialEq)]
struct Drawn {
    relations: Vec<Relation>,
    links: Vec<Link>,
}

/// A curation in progress. Cloning is cheap (see the module doc): everything but the
/// choices is shared.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Curation {
    /// The annotators' names, in file order.
    pub annotators: Rc<[String]>,
    /// The items in article order, then by position (never change once gathered).
    pub items: Rc<[Item]>,
    /// The accepted version of each item (by position in `items`), if any.
    choices: Vec<Option<usize>>,
    /// The first file's workspace: its articles and identity are the curated workspace's.
    #[serde(skip)]
    base: Rc<Workspace>,
    /// For each annotator: where each of its spans is.
    #[serde(skip)]
    spans: Rc<[SpanKeys]>,
    /// For each annotator: its relations and links as span id pairs (links with their flags).
    #[serde(skip)]
    sources: Rc<[Drawn]>,
}

impl Curation {
    /// Gather the files (two or more, the same articles in any order).
    ///
    /// Errors: fewer than two files, or files of different articles (naming the article).
    pub fn new(files: &[Annotated<'_>]) -> Result<Curation, ExerciseError> {
        if files.len() < 2 {
            return Err(ExerciseError(
                "curation needs at least two annotators' files of the same articles".into(),
            ));
        }
        let first = files[0].workspace;
        let m = files.len();
        let mut spans = Vec::with_capacity(m);
        // (doc, start, end, label) -> (annotators, note)
        type Votes = (Vec<usize>, Option<String>);
        let mut versions: BTreeMap<(usize, usize, usize, Label), Votes> = BTreeMap::new();
        for (r, f) in files.iter().enumerate() {
            let map = match_documents(files[0], *f)?;
            let mut at = HashMap::new();
            for (k, &j) in map.iter().enumerate() {
                let id = &f.workspace.documents[j].id;
                for s in f.workspace.spans.iter().filter(|s| &s.doc == id) {
                    let key = (k, s.start, s.end, s.label);
                    at.insert(s.id.clone(), key);
                    let v = versions.entry(key).or_default();
                    if !v.0.contains(&r) {
                        v.0.push(r);
                    }
                    if v.1.is_none() {
                        v.1 = s.note.clone();
                    }
                }
            }
            spans.push(at);
        }
        // Cluster overlapping versions per article (keys are sorted by article, start).
        let mut items: Vec<Item> = Vec::new();
        let mut reach = (usize::MAX, 0usize); // (doc, furthest end) of the current item
        for ((doc, start, end, label), (who, note)) in versions {
            let text = first.documents[doc]
                .slice(start, end)
                .unwrap_or_default()
                .to_string();
            let v = Version {
                start,
                end,
                label,
                text,
                annotators: who,
                note,
            };
            match items.last_mut() {
                Some(item) if reach.0 == doc && start < reach.1 => {
                    item.versions.push(v);
                    reach.1 = reach.1.max(end);
                }
                _ => {
                    reach = (doc, end);
                    items.push(Item {
                        doc,
                        versions: vec![v],
                        status: Status::Single,
                    });
                }
            }
        }
        for item in &mut items {
            item.versions
                .sort_by_key(|v| std::cmp::Reverse(v.annotators.len()));
            let mut anyone: Vec<usize> = item
                .versions
                .iter()
                .flat_map(|v| v.annotators.iter().copied())
                .collect();
            anyone.sort_unstable();
            anyone.dedup();
            let top = item.versions[0].annotators.len();
            item.status = if item.versions.len() == 1 && top == m {
                Status::All
            } else if anyone.len() == 1 {
                Status::Single
            } else if 2 * top > m {
                Status::Majority
            } else {
                Status::Disputed
            };
        }
        Ok(Curation {
            annotators: super::annotator_headings(files).into(),
            choices: vec![None; items.len()],
            items: items.into(),
            base: Rc::new(first.clone()),
            spans: spans.into(),
            sources: files
                .iter()
                .map(|f| Drawn {
                    relations: f.workspace.relations.clone(),
                    links: f.workspace.links.clone(),
                })
                .collect(),
        })
    }

    /// The title of article `doc` (an [`Item::doc`]: its position in the first file, as
    /// curated), if there is one.
    pub fn article_title(&self, doc: usize) -> Option<&str> {
        self.base.documents.get(doc).map(|d| d.title.as_str())
    }

    /// The accepted version of item `item`, if any (`None` also for no such item).
    pub fn choice(&self, item: usize) -> Option<usize> {
        self.choices.get(item).copied().flatten()
    }

    /// Accept version `version` of item `item`, or none (`None`: the choice is withdrawn).
    ///
    /// Errors: no such item or version.
    pub fn choose(&mut self, item: usize, version: Option<usize>) -> Result<(), ExerciseError> {
        let it = self
            .items
            .get(item)
            .ok_or_else(|| ExerciseError(format!("there is no curation item {item}")))?;
        if let Some(v) = version {
            if v >= it.versions.len() {
                return Err(ExerciseError(format!(
                    "item {item} has {} versions; there is no version {v}",
                    it.versions.len()
                )));
            }
        }
        self.choices[item] = version;
        Ok(())
    }

    /// Accept version `version` of item `item`, or, if it is the accepted one already,
    /// withdraw the choice (the item is left undecided). What a second click on
    /// "Accepted" does.
    ///
    /// Errors: no such item or version.
    pub fn toggle(&mut self, item: usize, version: usize) -> Result<(), ExerciseError> {
        let next = (self.choice(item) != Some(version)).then_some(version);
        self.choose(item, next)
    }

    /// Withdraw every choice.
    pub fn clear(&mut self) {
        self.choices.iter_mut().for_each(|c| *c = None);
    }

    /// Accept the agreed version of every undecided item all annotators agree on. Returns
    /// how many were accepted.
    pub fn accept_agreed(&mut self) -> usize {
        self.accept_where(|s| s == Status::All)
    }

    /// Accept the majority version of every undecided item that has one (agreed items
    /// included). A choice made by hand is kept, even of another version. Returns how many
    /// were accepted.
    pub fn accept_majority(&mut self) -> usize {
        self.accept_where(|s| matches!(s, Status::All | Status::Majority))
    }

    fn accept_where(&mut self, fits: impl Fn(Status) -> bool) -> usize {
        let mut n = 0;
        for (it, choice) in self.items.iter().zip(&mut self.choices) {
            if choice.is_none() && fits(it.status) {
                *choice = Some(0);
                n += 1;
            }
        }
        n
    }

    /// Take over the choices of `old`, a curation of another set of files of the same
    /// articles (a student file added, removed or read again, the key loaded): each
    /// accepted version of `old` (its article's text, offsets and label) that is a version
    /// of an item here is accepted here; a version that no longer exists is dropped.
    /// Choices already made here are kept. Returns how many choices were taken over.
    pub fn carry_choices_from(&mut self, old: &Curation) -> usize {
        self.restore_choices(&old.saved_choices()).applied
    }

    /// How many items have each status, and how many are decided.
    pub fn counts(&self) -> BTreeMap<&'static str, usize> {
        let mut c = BTreeMap::new();
        for (it, choice) in self.items.iter().zip(&self.choices) {
            let name = match it.status {
                Status::All => "all",
                Status::Majority => "majority",
                Status::Disputed => "disputed",
                Status::Single => "single",
            };
            *c.entry(name).or_insert(0) += 1;
            if choice.is_some() {
                *c.entry("accepted").or_insert(0) += 1;
            }
        }
        c
    }

    /// The curated workspace: the first file's articles, its exercise title and
    /// instructions, annotator `curated_by`, the accepted spans with who had them, and the
    /// annotators' relations and links whose both ends were accepted (each link of the
    /// kind most of the annotators who drew it gave; see `curated_link`).
    pub fn build(&self, curated_by: &str) -> Workspace {
        let mut ws = Workspace {
            documents: self.base.documents.clone(),
            next_id: self.base.next_id,
            identity: self.base.identity.clone(),
            ..Workspace::default()
        };
        ws.identity.annotator = curated_by.to_string();
        let mut accepted: HashMap<(usize, usize, usize, Label), String> = HashMap::new();
        for (it, choice) in self.items.iter().zip(&self.choices) {
            let Some(v) = choice.and_then(|c| it.versions.get(c)) else {
                continue;
            };
            let doc = ws.documents[it.doc].id.clone();
            let Ok(id) = ws.add_span(&doc, v.start, v.end, v.label) else {
                continue;
            };
            if let Some(s) = ws.spans.iter_mut().find(|s| s.id == id) {
                s.annotators = v
                    .annotators
                    .iter()
                    .filter_map(|&r| self.annotators.get(r).cloned())
                    .collect();
                s.note = v.note.clone();
            }
            accepted.insert((it.doc, v.start, v.end, v.label), id);
        }
        // The annotators' links by pair of curated spans, in the order first drawn.
        let mut drawn: Vec<Vec<(String, String, &Link)>> = Vec::new();
        for (r, src) in self.sources.iter().enumerate() {
            let to_curated = |span: &str| -> Option<String> {
                let key = self.spans[r].get(span)?;
                accepted.get(key).cloned()
            };
            for rel in &src.relations {
                if let (Some(f), Some(t)) = (to_curated(&rel.from), to_curated(&rel.to)) {
                    if let Ok(id) = ws.add_relation(&f, &t) {
                        if ws.note(&id).is_none() && rel.note.is_some() {
                            let _ = ws.set_note(&id, rel.note.clone());
                        }
                    }
                }
            }
            for link in &src.links {
                if let (Some(a), Some(b)) = (to_curated(&link.a), to_curated(&link.b)) {
                    let pair = |(x, y, _): &(String, String, &Link)| {
                        (x == &a && y == &b) || (x == &b && y == &a)
                    };
                    match drawn.iter_mut().find(|g| g.first().is_some_and(pair)) {
                        Some(g) => g.push((a, b, link)),
                        None => drawn.push(vec![(a, b, link)]),
                    }
                }
            }
        }
        for links in &drawn {
            curated_link(&mut ws, links);
        }
        ws
    }
}

/// Add to the curated workspace the link of one pair of curated spans, from the links the
/// annotators drew between them (`(a, b, link)`: the link's ends in the curated
/// workspace): of the kind most of them gave, `differs` on a tie (a difference someone saw
/// should not silently vanish), with the ends and flags of the first link of that kind and
/// the first note any of them wrote.
fn curated_link(ws: &mut Workspace, links: &[(String, String, &Link)]) {
    let differs = links
        .iter()
        .filter(|(_, _, l)| l.kind == LinkKind::Differs)
        .count();
    let kind = if differs * 2 >= links.len() {
        LinkKind::Differs
    } else {
        LinkKind::Same
    };
    let Some((a, b, first)) = links.iter().find(|(_, _, l)| l.kind == kind) else {
        return;
    };
    let origin = crate::model::Origin::Manual;
    let Ok(id) = ws.add_link(a, b, origin, None, first.flags.clone()) else {
        return;
    };
    if let Some(l) = ws.links.iter_mut().find(|l| l.id == id) {
        l.kind = kind;
    }
    let note = links.iter().find_map(|(_, _, l)| l.note.clone());
    if ws.note(&id).is_none() && note.is_some() {
        let _ = ws.set_note(&id, note);
    }
}

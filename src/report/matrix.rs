//! The fact-by-outlet matrix: which facts each outlet reports, and where they differ.
//!
//! - **Rows (facts):** each connected component of the cross-source link graph (spans
//!   linked directly or through other spans, of any label), then each claim or quote
//!   that no link touches, in reading order (articles in workspace order, then by
//!   position).
//! - **Columns (outlets):** one per document, in workspace order, named by
//!   [`Document::outlet_name`](crate::model::Document::outlet_name), and headed as the
//!   article switcher names them ([`crate::model::names::entry_names`]: with the headline
//!   when two articles share the outlet, trial 36 F9).
//! - **Cells:** [`CellState::Stated`] when the outlet has a span in the fact,
//!   [`CellState::Differs`] when one of those spans is the end of a `differs` link,
//!   [`CellState::NotReported`] otherwise. The link's kind is the annotator's call: a
//!   `same` link keeps its flags in the export but does not make a differing cell (the
//!   annotator judged the flagged detail to be no disagreement). A differing cell carries the
//!   link's flags as seen from that outlet ("five times ≠ at least four times").
//! - **Credits:** each quote or claim lists the attribution spans that attribute it
//!   (relations), each classified named or anonymous by [`super::credit`].
//!
//! Linear in spans + links + relations (plus sorting).

use super::credit::{credit, Credited};
use crate::model::{DocMeta, Label, LinkKind, Span, Workspace};
use std::collections::HashMap;

/// A column: one article and its outlet.
#[derive(Debug, Clone, PartialEq)]
pub struct Outlet {
    /// The document id.
    pub doc: String,
    /// The outlet's name (metadata `outlet`, else the title).
    pub name: String,
    /// What the column's header and the cells' "(vs …)" show: the outlet, or the outlet
    /// and its headline shortened when another loaded article has the same outlet
    /// ("Reuters · Portugal wildfire forces…"), as the article switcher names it
    /// ([`crate::model::names::entry_names`]).
    pub label: String,
    /// The article's headline.
    pub title: String,
    /// Outlet, author, published date and address of the article.
    pub meta: DocMeta,
}

/// What an outlet says about a fact.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CellState {
    /// The outlet has a span in the fact, and no link marks it as told differently.
    Stated,
    /// Stated, but a link marks it as told differently from another outlet.
    Differs,
    /// The outlet has no span in the fact.
    NotReported,
}

impl CellState {
    /// A short word for class names and text: `stated`, `differs`, `missing`.
    pub fn as_str(self) -> &'static str {
        match self {
            CellState::Stated => "stated",
            CellState::Differs => "differs",
            CellState::NotReported => "missing",
        }
    }
}

/// An attribution that credits a span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Credit {
    /// The attribution span's id.
    pub span: String,
    /// The attribution span's text.
    pub text: String,
    /// The name credited and whether it is anonymous.
    pub who: Credited,
}

/// One span as the matrix shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// The span's id.
    pub span: String,
    /// The id of its document.
    pub doc: String,
    /// Code points.
    pub start: usize,
    /// Code points, exclusive.
    pub end: usize,
    /// The span's label.
    pub label: Label,
    /// The span's text.
    pub text: String,
    /// The attributions pointing at this span.
    pub credits: Vec<Credit>,
    /// The span's note, when the workspace has one.
    pub note: Option<String>,
}

/// A discrepancy as seen from one cell: its value, the other outlet's value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellFlag {
    /// The slot: `number`, `speaker`, `date`, ...
    pub kind: String,
    /// The value in this outlet's span.
    pub mine: String,
    /// The value in the other outlet's span.
    pub theirs: String,
    /// The other outlet's document id.
    pub other_doc: String,
    /// The softer kind (one side vague, the other exact; see [`crate::model::Flag`]).
    pub vague: bool,
}

impl CellFlag {
    /// `"five times ≠ at least four times"`.
    pub fn text(&self) -> String {
        format!("{} \u{2260} {}", self.mine, self.theirs)
    }
}

/// One outlet's part of a fact.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    /// Stated, stated differently or not reported.
    pub state: CellState,
    /// This outlet's spans in the fact, by position.
    pub mentions: Vec<Mention>,
    /// The discrepancies of this cell's spans, as seen from this outlet.
    pub flags: Vec<CellFlag>,
}

/// A row.
#[derive(Debug, Clone, PartialEq)]
pub struct Fact {
    /// The id of the fact's first span (stable while the spans are).
    pub key: String,
    /// The first span's text, as the row's caption.
    pub text: String,
    /// One cell per outlet, in [`Matrix::outlets`] order.
    pub cells: Vec<Cell>,
    /// The row's place in reading order (0 = first mentioned).
    pub position: usize,
}

impl Fact {
    /// How many outlets report the fact.
    pub fn reach(&self) -> usize {
        self.cells
            .iter()
            .filter(|c| c.state != CellState::NotReported)
            .count()
    }

    /// Whether some outlet tells it differently.
    pub fn differs(&self) -> bool {
        self.cells.iter().any(|c| c.state == CellState::Differs)
    }
}

/// A `differs` link (or a link with flags): both texts and the flags.
#[derive(Debug, Clone, PartialEq)]
pub struct Discrepancy {
    /// The link's id.
    pub link: String,
    /// The span at the link's `a` end.
    pub a: Mention,
    /// The span at the link's `b` end.
    pub b: Mention,
    /// What differs: each flag's `a` value is in span `a`, its `b` value in span `b`.
    pub flags: Vec<crate::model::Flag>,
}

/// The whole matrix.
#[derive(Debug, Clone, PartialEq)]
pub struct Matrix {
    /// The columns: one per document, in workspace order.
    pub outlets: Vec<Outlet>,
    /// The rows, in the order set by [`Matrix::sort`] (reading order when built).
    pub facts: Vec<Fact>,
    /// Every discrepancy, in link order.
    pub discrepancies: Vec<Discrepancy>,
}

/// Union-find over span indices.
fn find(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

/// A span's optional note (another part of Parallax may add a `note` field to spans):
/// read through serde so this code works with and without that field.
pub fn note_of(s: &Span) -> Option<String> {
    let v = serde_json::to_value(s).ok()?;
    let n = v.get("note")?.as_str()?.trim();
    (!n.is_empty()).then(|| n.to_string())
}

/// The spans of documents that exist, in reading order: documents in workspace order,
/// then by start (code points), longer spans first.
pub fn reading_order(ws: &Workspace) -> Vec<&Span> {
    let col: HashMap<&str, usize> = ws
        .documents
        .iter()
        .enumerate()
        .map(|(i, d)| (d.id.as_str(), i))
        .collect();
    let mut order: Vec<(usize, &Span)> = ws
        .spans
        .iter()
        .filter_map(|s| Some((*col.get(s.doc.as_str())?, s)))
        .collect();
    order.sort_by_key(|(c, s)| (*c, s.start, std::cmp::Reverse(s.end)));
    order.into_iter().map(|(_, s)| s).collect()
}

/// Build the matrix of a workspace. Links or relations naming missing spans are skipped.
pub fn build(ws: &Workspace) -> Matrix {
    let labels = crate::model::names::entry_names(
        &ws.documents
            .iter()
            .map(|d| (d.outlet_name(), d.title.as_str()))
            .collect::<Vec<_>>(),
    );
    let outlets: Vec<Outlet> = ws
        .documents
        .iter()
        .zip(labels)
        .map(|(d, label)| Outlet {
            doc: d.id.clone(),
            name: d.outlet_name().to_string(),
            label,
            title: d.title.clone(),
            meta: d.meta.clone(),
        })
        .collect();
    let col: HashMap<&str, usize> = outlets
        .iter()
        .enumerate()
        .map(|(i, o)| (o.doc.as_str(), i))
        .collect();
    let order = reading_order(ws);
    let idx: HashMap<&str, usize> = order
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.as_str(), i))
        .collect();

    // Credits from relations, by span index (vectors rather than maps keep the wasm small).
    let mut credits: Vec<Vec<Credit>> = vec![Vec::new(); order.len()];
    for r in &ws.relations {
        let (Some(&f), Some(&t)) = (idx.get(r.from.as_str()), idx.get(r.to.as_str())) else {
            continue;
        };
        let text = ws.span_text(order[f]).unwrap_or_default().to_string();
        credits[t].push(Credit {
            span: r.from.clone(),
            who: credit(&text),
            text,
        });
    }
    let mention = |i: usize| {
        let s = order[i];
        Mention {
            span: s.id.clone(),
            doc: s.doc.clone(),
            start: s.start,
            end: s.end,
            label: s.label,
            text: ws.span_text(s).unwrap_or_default().to_string(),
            credits: credits[i].clone(),
            note: note_of(s),
        }
    };

    // Components of the link graph.
    let mut parent: Vec<usize> = (0..order.len()).collect();
    let mut linked = vec![false; order.len()];
    let mut discrepancies = Vec::new();
    // Per span: flags seen from it.
    let mut span_flags: Vec<Vec<CellFlag>> = vec![Vec::new(); order.len()];
    let mut span_differs = vec![false; order.len()];
    for l in &ws.links {
        let (Some(&a), Some(&b)) = (idx.get(l.a.as_str()), idx.get(l.b.as_str())) else {
            continue;
        };
        linked[a] = true;
        linked[b] = true;
        let (ra, rb) = (find(&mut parent, a), find(&mut parent, b));
        if ra != rb {
            parent[ra.max(rb)] = ra.min(rb);
        }
        if l.kind == LinkKind::Differs {
            span_differs[a] = true;
            span_differs[b] = true;
            for f in &l.flags {
                span_flags[a].push(CellFlag {
                    kind: f.kind.clone(),
                    mine: f.a.clone(),
                    theirs: f.b.clone(),
                    other_doc: order[b].doc.clone(),
                    vague: f.vague,
                });
                span_flags[b].push(CellFlag {
                    kind: f.kind.clone(),
                    mine: f.b.clone(),
                    theirs: f.a.clone(),
                    other_doc: order[a].doc.clone(),
                    vague: f.vague,
                });
            }
            discrepancies.push(Discrepancy {
                link: l.id.clone(),
                a: mention(a),
                b: mention(b),
                flags: l.flags.clone(),
            });
        }
    }

    // Rows: components (keyed by their root, which is their first span in reading
    // order), then unlinked claims and quotes.
    let mut rows: Vec<(usize, Vec<usize>)> = Vec::new();
    let mut row_of_root: Vec<Option<usize>> = vec![None; order.len()];
    for i in 0..order.len() {
        if linked[i] {
            let root = find(&mut parent, i);
            let r = match row_of_root[root] {
                Some(r) => r,
                None => {
                    rows.push((i, Vec::new()));
                    row_of_root[root] = Some(rows.len() - 1);
                    rows.len() - 1
                }
            };
            rows[r].1.push(i);
        } else if matches!(order[i].label, Label::Claim | Label::Quote) {
            rows.push((i, vec![i]));
        }
    }
    // Rows are in reading order of their first span: i only grows.
    let facts = rows
        .into_iter()
        .enumerate()
        .map(|(position, (first, members))| {
            let mut cells: Vec<Cell> = outlets
                .iter()
                .map(|_| Cell {
                    state: CellState::NotReported,
                    mentions: Vec::new(),
                    flags: Vec::new(),
                })
                .collect();
            for m in members {
                let c = &mut cells[col[order[m].doc.as_str()]];
                c.mentions.push(mention(m));
                if span_differs[m] {
                    c.state = CellState::Differs;
                } else if c.state == CellState::NotReported {
                    c.state = CellState::Stated;
                }
                c.flags.extend(span_flags[m].iter().cloned());
            }
            Fact {
                key: order[first].id.clone(),
                text: ws.span_text(order[first]).unwrap_or_default().to_string(),
                cells,
                position,
            }
        })
        .collect();
    Matrix {
        outlets,
        facts,
        discrepancies,
    }
}

/// The order to list facts in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortBy {
    /// Reading order (first mention).
    #[default]
    Reading,
    /// Most outlets first; ties keep reading order.
    Reach,
}

impl Matrix {
    /// Reorder the facts.
    pub fn sort(&mut self, by: SortBy) {
        // One closure for both orders: one copy of the sort in the wasm.
        let reach_first = by == SortBy::Reach;
        self.facts.sort_by_key(|f| {
            let reach = if reach_first {
                usize::MAX - f.reach()
            } else {
                0
            };
            (reach, f.position)
        });
    }

    /// The column of document `doc`.
    pub fn column(&self, doc: &str) -> Option<usize> {
        self.outlets.iter().position(|o| o.doc == doc)
    }

    /// The name document `doc` is shown by ([`Outlet::label`]: the outlet, with its
    /// headline when two articles share the outlet; the id if it is unknown).
    pub fn outlet_name<'a>(&'a self, doc: &'a str) -> &'a str {
        self.outlets
            .iter()
            .find(|o| o.doc == doc)
            .map_or(doc, |o| o.label.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Flag, Origin};

    /// Three articles "a b c d" with a span per word.
    fn three() -> (Workspace, Vec<Vec<String>>) {
        let mut ws = Workspace::new();
        let mut spans = Vec::new();
        for title in ["One", "Two", "Three"] {
            let d = ws.add_document(title, "t", "aa bb cc dd");
            let ids = (0..4)
                .map(|i| ws.add_span(&d, i * 3, i * 3 + 2, Label::Claim).unwrap())
                .collect();
            spans.push(ids);
        }
        (ws, spans)
    }

    #[test]
    fn a_chain_of_links_is_one_fact_across_all_its_outlets() {
        let (mut ws, s) = three();
        // One-aa -- Two-aa -- Three-bb: one component through Two.
        ws.add_link(&s[0][0], &s[1][0], Origin::Manual, None, vec![])
            .unwrap();
        ws.add_link(&s[1][0], &s[2][1], Origin::Manual, None, vec![])
            .unwrap();
        let m = build(&ws);
        let f = &m.facts[0];
        assert_eq!(f.reach(), 3);
        assert!(f.cells.iter().all(|c| c.state == CellState::Stated));
        assert_eq!(f.cells[2].mentions[0].text, "bb");
        // The other spans are unlinked claims: 11 of them, each its own fact.
        assert_eq!(m.facts.len(), 1 + 12 - 3);
        assert!(m.facts[1..].iter().all(|f| f.reach() == 1));
        assert!(m.discrepancies.is_empty());
    }

    #[test]
    fn two_spans_of_one_outlet_in_a_fact_share_its_cell_and_flags_orient_per_cell() {
        let (mut ws, s) = three();
        ws.add_link(&s[0][0], &s[1][0], Origin::Manual, None, vec![])
            .unwrap();
        let flag = Flag {
            kind: "number".into(),
            a: "three".into(),
            b: "four".into(),
            vague: false,
        };
        ws.add_link(&s[0][2], &s[1][0], Origin::Matcher, Some(0.7), vec![flag])
            .unwrap();
        let mut m = build(&ws);
        m.sort(SortBy::Reach);
        let f = &m.facts[0];
        assert_eq!(f.cells[0].mentions.len(), 2, "aa and cc of One");
        assert_eq!(f.cells[0].state, CellState::Differs);
        assert_eq!(f.cells[1].state, CellState::Differs);
        assert_eq!(f.cells[2].state, CellState::NotReported);
        assert_eq!(f.cells[0].flags[0].text(), "three \u{2260} four");
        assert_eq!(f.cells[1].flags[0].text(), "four \u{2260} three");
        assert_eq!(f.cells[1].flags[0].other_doc, ws.documents[0].id);
        assert_eq!(m.discrepancies.len(), 1);
        assert_eq!(m.discrepancies[0].a.text, "cc");
    }

    #[test]
    fn a_link_marked_same_fact_by_the_annotator_differs_nowhere_despite_its_flags() {
        let (mut ws, s) = three();
        let flag = Flag {
            kind: "number".into(),
            a: "three".into(),
            b: "four".into(),
            vague: false,
        };
        let l = ws
            .add_link(&s[0][0], &s[1][0], Origin::Matcher, Some(0.7), vec![flag])
            .unwrap();
        assert_eq!(build(&ws).discrepancies.len(), 1, "flagged: differs");
        ws.set_link_kind(&l, LinkKind::Same).unwrap();
        let m = build(&ws);
        assert!(m.discrepancies.is_empty());
        let f = m.facts.iter().find(|f| f.reach() == 2).unwrap();
        assert_eq!(f.cells[0].state, CellState::Stated);
        assert_eq!(f.cells[1].state, CellState::Stated);
    }

    #[test]
    fn two_articles_of_one_outlet_get_headers_and_cells_that_tell_them_apart() {
        let (mut ws, s) = three();
        let ids: Vec<String> = ws.documents.iter().map(|d| d.id.clone()).collect();
        for (id, outlet) in ids.iter().zip(["Reuters", "Reuters", "AP"]) {
            let mut meta = crate::model::DocMeta::default();
            meta.set("outlet", outlet);
            ws.set_document_meta(id, meta).unwrap();
        }
        let flag = Flag {
            kind: "number".into(),
            a: "three".into(),
            b: "four".into(),
            vague: false,
        };
        ws.add_link(&s[0][0], &s[1][0], Origin::Matcher, Some(0.7), vec![flag])
            .unwrap();
        let m = build(&ws);
        // Trial 36 F9: two columns "Reuters" and cells "(vs Reuters)"; now the names of
        // the article switcher, the outlet kept apart for the outlets table.
        let labels: Vec<&str> = m.outlets.iter().map(|o| o.label.as_str()).collect();
        assert_eq!(labels, ["Reuters \u{b7} One", "Reuters \u{b7} Two", "AP"]);
        assert!(m.outlets.iter().take(2).all(|o| o.name == "Reuters"));
        let f = m.facts.iter().find(|f| f.reach() == 2).unwrap();
        let other = &f.cells[1].flags[0].other_doc;
        assert_eq!(m.outlet_name(other), "Reuters \u{b7} One");
        assert_eq!(m.outlet_name(&ids[2]), "AP");
        // One article per outlet: the outlet alone.
        let (ws, _) = three();
        let m = build(&ws);
        assert!(m.outlets.iter().all(|o| o.label == o.name));
    }

    #[test]
    fn attribution_and_context_spans_are_facts_only_when_linked() {
        let mut ws = Workspace::new();
        let d = ws.add_document("One", "t", "officials said it rained");
        ws.add_span(&d, 0, 14, Label::Attribution).unwrap();
        ws.add_span(&d, 15, 24, Label::Context).unwrap();
        assert!(build(&ws).facts.is_empty());
        assert_eq!(
            build(&ws).outlets[0].name,
            "One",
            "the title stands in for the outlet"
        );
    }
}

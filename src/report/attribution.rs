//! Who is quoted, by which outlet: the attribution relations of a workspace summed up
//! per source and per outlet, with the quotes no attribution points at.

use super::credit::credit;
use crate::model::{Label, Workspace};
use std::collections::HashMap;

/// A source credited somewhere in the workspace.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// The name credited ("Chad Carroll"), or the attribution text for anonymous ones.
    pub name: String,
    /// No name was found and the text has a generic source word ("an official").
    pub anonymous: bool,
    /// Per outlet (document id, in workspace order): how many spans it credits to this
    /// source.
    pub by: Vec<(String, usize)>,
}

/// Per outlet counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutletSources {
    /// The document id.
    pub doc: String,
    /// Attributions naming a source.
    pub named: usize,
    /// Attributions to an anonymous source.
    pub anonymous: usize,
    /// Quotes no attribution points at.
    pub unattributed: usize,
}

/// A quote without attribution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unattributed {
    /// The quote span's id.
    pub span: String,
    /// The id of its document.
    pub doc: String,
    /// The quote's text.
    pub text: String,
}

/// The attribution summary of a workspace.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribution {
    /// Named sources first (most credits first), then anonymous ones.
    pub sources: Vec<Source>,
    /// One entry per document, in workspace order.
    pub outlets: Vec<OutletSources>,
    /// Every quote no attribution points at, in workspace order.
    pub unattributed: Vec<Unattributed>,
}

impl Attribution {
    /// How many attributions credit an anonymous source, over all outlets.
    pub fn anonymous(&self) -> usize {
        self.outlets.iter().map(|o| o.anonymous).sum()
    }

    /// How many attributions name their source, over all outlets.
    pub fn named(&self) -> usize {
        self.outlets.iter().map(|o| o.named).sum()
    }
}

/// Sum up the attribution relations (`from` an attribution span `to` a quote or claim).
/// Relations naming missing spans are skipped.
pub fn summarise(ws: &Workspace) -> Attribution {
    let col: HashMap<&str, usize> = ws
        .documents
        .iter()
        .enumerate()
        .map(|(i, d)| (d.id.as_str(), i))
        .collect();
    let mut outlets: Vec<OutletSources> = ws
        .documents
        .iter()
        .map(|d| OutletSources {
            doc: d.id.clone(),
            named: 0,
            anonymous: 0,
            unattributed: 0,
        })
        .collect();
    // Per source: its name, anonymity and credits per column (few sources: a list).
    let mut sources: Vec<(Source, Vec<usize>)> = Vec::new();
    for r in &ws.relations {
        let Some(from) = ws.span(&r.from) else {
            continue;
        };
        let Some(&c) = col.get(from.doc.as_str()) else {
            continue;
        };
        let who = credit(ws.span_text(from).unwrap_or_default());
        if who.anonymous {
            outlets[c].anonymous += 1;
        } else {
            outlets[c].named += 1;
        }
        let key = who.name.to_lowercase();
        let i = match sources
            .iter()
            .position(|(s, _)| s.anonymous == who.anonymous && s.name.to_lowercase() == key)
        {
            Some(i) => i,
            None => {
                let source = Source {
                    name: who.name.clone(),
                    anonymous: who.anonymous,
                    by: Vec::new(),
                };
                sources.push((source, vec![0; ws.documents.len()]));
                sources.len() - 1
            }
        };
        sources[i].1[c] += 1;
    }
    // Named first, then by how often credited (stable: first credited first).
    sources.sort_by_key(|(s, counts)| (s.anonymous, usize::MAX - counts.iter().sum::<usize>()));
    let sources: Vec<Source> = sources
        .into_iter()
        .map(|(mut s, counts)| {
            s.by = counts
                .into_iter()
                .enumerate()
                .filter(|(_, n)| *n > 0)
                .map(|(c, n)| (ws.documents[c].id.clone(), n))
                .collect();
            s
        })
        .collect();
    let mut unattributed = Vec::new();
    for q in ws.unattributed_quotes() {
        if q.label != Label::Quote {
            continue;
        }
        if let Some(&c) = col.get(q.doc.as_str()) {
            outlets[c].unattributed += 1;
        }
        unattributed.push(Unattributed {
            span: q.id.clone(),
            doc: q.doc.clone(),
            text: ws.span_text(q).unwrap_or_default().to_string(),
        });
    }
    Attribution {
        sources,
        outlets,
        unattributed,
    }
}

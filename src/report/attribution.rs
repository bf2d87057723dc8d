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
    let mut sources: Vec<Source> = Vec::new();
    let mut by_key: HashMap<(String, bool), usize> = HashMap::new();
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
        let key = (who.name.to_lowercase(), who.anonymous);
        let i = *by_key.entry(key).or_insert_with(|| {
            sources.push(Source {
                name: who.name.clone(),
                anonymous: who.anonymous,
                by: Vec::new(),
            });
            sources.len() - 1
        });
        let by = &mut sources[i].by;
        match by.iter_mut().find(|(d, _)| *d == from.doc) {
            Some(e) => e.1 += 1,
            None => by.push((from.doc.clone(), 1)),
        }
    }
    for s in &mut sources {
        s.by.sort_by_key(|(d, _)| col.get(d.as_str()).copied());
    }
    sources.sort_by_key(|s| {
        (
            s.anonymous,
            std::cmp::Reverse(s.by.iter().map(|b| b.1).sum::<usize>()),
        )
    });
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

//! What changed between two workspace snapshots, in words: undo and redo say what they
//! undid ("Undid: added the claim “the new port…”", "Undid: marked link 2 as told
//! differently"), and a relabel that breaks an attribution relation is reported. Linear in
//! the number of spans, links and relations; texts are compared by pointer first
//! (snapshots share them).

use super::{Label, LinkKind, Workspace};
use std::collections::{HashMap, HashSet};

/// The counts and first items of a change from one snapshot to another.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Change {
    /// Phrases in display order, e.g. `added the claim “…”`, `removed 2 relations`.
    pub parts: Vec<String>,
    /// Relations that existed before and not after, while both of their spans still
    /// exist (a relabel made them invalid).
    pub broken_relations: usize,
}

impl Change {
    /// The phrases joined ("added the claim “…”; removed a link"), or "a change" when
    /// nothing visible differs.
    pub fn summary(&self) -> String {
        if self.parts.is_empty() {
            "a change".to_string()
        } else {
            self.parts.join("; ")
        }
    }
}

/// The span's text in curly quotes, cut to 40 characters with an ellipsis.
pub fn quoted(ws: &Workspace, span: &super::Span) -> String {
    let text = ws.span_text(span).unwrap_or("");
    let short = super::text::ellipsize(text.trim_end(), 40);
    format!("\u{201c}{short}\u{201d}")
}

fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        one.to_string()
    } else {
        format!("{n} {many}")
    }
}

/// Describe the change from `before` to `after`.
pub fn describe(before: &Workspace, after: &Workspace) -> Change {
    let mut parts = Vec::new();
    // Articles.
    let old_docs: HashSet<&str> = before.documents.iter().map(|d| d.id.as_str()).collect();
    let new_docs: HashSet<&str> = after.documents.iter().map(|d| d.id.as_str()).collect();
    let added: Vec<_> = after
        .documents
        .iter()
        .filter(|d| !old_docs.contains(d.id.as_str()))
        .collect();
    let removed: Vec<_> = before
        .documents
        .iter()
        .filter(|d| !new_docs.contains(d.id.as_str()))
        .collect();
    // The spans that came with loaded articles are counted with them ("loaded “UN
    // command” with 3 spans"), apart from the spans added to articles already open.
    let with_spans = |docs: &[&super::Document]| {
        let ids: HashSet<&str> = docs.iter().map(|d| d.id.as_str()).collect();
        match after
            .spans
            .iter()
            .filter(|s| ids.contains(s.doc.as_str()))
            .count()
        {
            0 => String::new(),
            1 => " with 1 span".to_string(),
            n => format!(" with {n} spans"),
        }
    };
    match added.as_slice() {
        [] => {}
        [d] => parts.push(format!(
            "loaded \u{201c}{}\u{201d}{}",
            d.title,
            with_spans(&added)
        )),
        many => parts.push(format!(
            "loaded {} articles{}",
            many.len(),
            with_spans(&added)
        )),
    }
    match removed.as_slice() {
        [] => {}
        [d] => parts.push(format!("removed the article \u{201c}{}\u{201d}", d.title)),
        many => parts.push(format!("removed {} articles", many.len())),
    }
    if added.is_empty() && removed.is_empty() {
        let order = |w: &Workspace| w.documents.iter().map(|d| d.id.clone()).collect::<Vec<_>>();
        if order(before) != order(after) {
            parts.push("moved an article".into());
        }
    }
    // Spans (those of added or removed articles are counted with them).
    let old_spans: HashMap<&str, &super::Span> =
        before.spans.iter().map(|s| (s.id.as_str(), s)).collect();
    let new_spans: HashMap<&str, &super::Span> =
        after.spans.iter().map(|s| (s.id.as_str(), s)).collect();
    let new_span: Vec<_> = after
        .spans
        .iter()
        .filter(|s| !old_spans.contains_key(s.id.as_str()) && old_docs.contains(s.doc.as_str()))
        .collect();
    let gone_span: Vec<_> = before
        .spans
        .iter()
        .filter(|s| !new_spans.contains_key(s.id.as_str()) && new_docs.contains(s.doc.as_str()))
        .collect();
    let relabelled: Vec<(&super::Span, Label)> = after
        .spans
        .iter()
        .filter_map(|s| {
            let old = old_spans.get(s.id.as_str())?;
            (old.label != s.label).then_some((s, old.label))
        })
        .collect();
    // After loaded articles, say where the other new spans went.
    let to_open = if added.is_empty() {
        ""
    } else {
        " to the open articles"
    };
    match new_span.as_slice() {
        [] => {}
        [s] => parts.push(format!(
            "added the {} {}{to_open}",
            s.label,
            quoted(after, s)
        )),
        many => parts.push(format!("added {} spans{to_open}", many.len())),
    }
    match gone_span.as_slice() {
        [] => {}
        [s] => parts.push(format!("deleted the {} {}", s.label, quoted(before, s))),
        many => parts.push(format!("deleted {} spans", many.len())),
    }
    match relabelled.as_slice() {
        [] => {}
        [(s, old)] => parts.push(format!(
            "relabelled {} from {old} to {}",
            quoted(after, s),
            s.label
        )),
        many => parts.push(format!("relabelled {} spans", many.len())),
    }
    // Relations and links.
    let ids = |v: &[String]| v.iter().cloned().collect::<HashSet<_>>();
    let rel_before = ids(&before
        .relations
        .iter()
        .map(|r| r.id.clone())
        .collect::<Vec<_>>());
    let rel_after = ids(&after
        .relations
        .iter()
        .map(|r| r.id.clone())
        .collect::<Vec<_>>());
    let rel_added = rel_after.difference(&rel_before).count();
    let rel_gone: Vec<_> = before
        .relations
        .iter()
        .filter(|r| !rel_after.contains(&r.id))
        .collect();
    let broken_relations = rel_gone
        .iter()
        .filter(|r| {
            new_spans.contains_key(r.from.as_str()) && new_spans.contains_key(r.to.as_str())
        })
        .count();
    if rel_added > 0 {
        parts.push(plural(
            rel_added,
            "added an attribution",
            "attributions added",
        ));
    }
    // Relations removed with their spans are part of deleting those spans.
    if broken_relations > 0 || (gone_span.is_empty() && removed.is_empty() && !rel_gone.is_empty())
    {
        let n = broken_relations.max(if gone_span.is_empty() {
            rel_gone.len()
        } else {
            0
        });
        parts.push(plural(n, "removed an attribution", "attributions removed"));
    }
    let link_before: HashSet<&str> = before.links.iter().map(|l| l.id.as_str()).collect();
    let link_after: HashSet<&str> = after.links.iter().map(|l| l.id.as_str()).collect();
    let links_added = link_after.difference(&link_before).count();
    let links_gone = link_before.difference(&link_after).count();
    if links_added > 0 {
        parts.push(plural(links_added, "added a link", "links added"));
    }
    if links_gone > 0 && gone_span.is_empty() && removed.is_empty() {
        parts.push(plural(links_gone, "removed a link", "links removed"));
    }
    // A link's kind set by hand: "marked link 2 as told differently".
    let kinds: HashMap<&str, LinkKind> = before
        .links
        .iter()
        .map(|l| (l.id.as_str(), l.kind))
        .collect();
    let rekinded: Vec<(usize, LinkKind)> = after
        .links
        .iter()
        .enumerate()
        .filter(|(_, l)| kinds.get(l.id.as_str()).is_some_and(|k| *k != l.kind))
        .map(|(i, l)| (i + 1, l.kind))
        .collect();
    match rekinded.as_slice() {
        [] => {}
        [(n, kind)] => parts.push(format!(
            "marked link {n} as {}",
            match kind {
                LinkKind::Same => "the same fact",
                LinkKind::Differs => "told differently",
            }
        )),
        many => parts.push(format!("changed the kind of {} links", many.len())),
    }
    if after.rejections.len() > before.rejections.len() {
        parts.push("rejected a suggestion".into());
    }
    // Notes on spans, attributions and links present before and after.
    let notes = |w: &Workspace| -> HashMap<String, Option<String>> {
        let spans = w.spans.iter().map(|s| (s.id.clone(), s.note.clone()));
        let rels = w.relations.iter().map(|r| (r.id.clone(), r.note.clone()));
        let links = w.links.iter().map(|l| (l.id.clone(), l.note.clone()));
        spans.chain(rels).chain(links).collect()
    };
    let notes_before = notes(before);
    let notes_edited = notes(after)
        .iter()
        .filter(|(id, n)| notes_before.get(*id).is_some_and(|old| old != *n))
        .count();
    if notes_edited > 0 {
        parts.push(plural(notes_edited, "edited a note", "notes edited"));
    }
    // An article's title or outlet details (its text never changes).
    let details: Vec<&super::Document> = after
        .documents
        .iter()
        .filter(|d| {
            before
                .document(&d.id)
                .is_some_and(|old| old.title != d.title || old.meta != d.meta)
        })
        .collect();
    match details.as_slice() {
        [] => {}
        [d] => parts.push(format!("edited the details of \u{201c}{}\u{201d}", d.title)),
        many => parts.push(format!("edited the details of {} articles", many.len())),
    }
    let (a, b) = (&before.identity, &after.identity);
    if a.annotator != b.annotator {
        parts.push("changed the annotator's name".into());
    }
    if a.title != b.title || a.instructions != b.instructions {
        parts.push("edited the exercise's title or instructions".into());
    }
    Change {
        parts,
        broken_relations,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ws() -> (Workspace, String) {
        let mut ws = Workspace::new();
        let d = ws.add_document(
            "Harbour",
            "a.txt",
            "Harbour plan\n\nThe minister said the new port will open in June.",
        );
        (ws, d)
    }

    #[test]
    fn names_note_detail_and_identity_edits() {
        let (before, d) = ws();
        let mut with_span = before.clone();
        let s = with_span.add_span(&d, 14, 31, Label::Attribution).unwrap();
        let mut noted = with_span.clone();
        noted.set_note(&s, Some("checked".into())).unwrap();
        assert_eq!(describe(&with_span, &noted).summary(), "edited a note");
        let mut detailed = before.clone();
        detailed.documents[0].meta.outlet = Some("The Harbour Gazette".into());
        assert_eq!(
            describe(&before, &detailed).summary(),
            "edited the details of \u{201c}Harbour\u{201d}"
        );
        let mut named = before.clone();
        named.identity.annotator = "maria".into();
        assert_eq!(
            describe(&before, &named).summary(),
            "changed the annotator's name"
        );
        named.identity.title = "Defector exercise".into();
        assert_eq!(
            describe(&before, &named).summary(),
            "changed the annotator's name; edited the exercise's title or instructions"
        );
    }

    #[test]
    fn says_what_was_added_relabelled_and_deleted() {
        let (before, d) = ws();
        let mut after = before.clone();
        let s = after.add_span(&d, 14, 31, Label::Attribution).unwrap();
        assert_eq!(
            describe(&before, &after).summary(),
            "added the attribution \u{201c}The minister said\u{201d}"
        );
        let mut relabelled = after.clone();
        relabelled.set_label(&s, Label::Claim).unwrap();
        assert_eq!(
            describe(&after, &relabelled).summary(),
            "relabelled \u{201c}The minister said\u{201d} from attribution to claim"
        );
        // Undo goes the other way: the description of what is undone reads forwards.
        assert_eq!(
            describe(&after, &before).summary(),
            "deleted the attribution \u{201c}The minister said\u{201d}"
        );
        assert_eq!(describe(&before, &before).summary(), "a change");
    }

    #[test]
    fn a_relabel_that_breaks_a_relation_is_reported() {
        let (mut before, d) = ws();
        let attr = before.add_span(&d, 14, 31, Label::Attribution).unwrap();
        let claim = before.add_span(&d, 32, 63, Label::Claim).unwrap();
        before.add_relation(&attr, &claim).unwrap();
        let mut after = before.clone();
        after.set_label(&attr, Label::Claim).unwrap();
        let c = describe(&before, &after);
        assert_eq!(c.broken_relations, 1);
        assert!(
            c.summary().ends_with("removed an attribution"),
            "{}",
            c.summary()
        );
        // Deleting the span removes the relation too, but that is no broken relation.
        let mut deleted = before.clone();
        deleted.remove_span(&attr).unwrap();
        let c = describe(&before, &deleted);
        assert_eq!(c.broken_relations, 0);
        assert_eq!(
            c.summary(),
            "deleted the attribution \u{201c}The minister said\u{201d}"
        );
    }

    #[test]
    fn articles_loaded_removed_and_moved() {
        let (before, _) = ws();
        let mut after = before.clone();
        let b = after.add_document("Other", "b.txt", "Other\n\nText.");
        assert_eq!(
            describe(&before, &after).summary(),
            "loaded \u{201c}Other\u{201d}"
        );
        // A merge: an article with its spans, and spans added to an open article.
        let mut merged = after.clone();
        merged.add_span(&b, 7, 12, Label::Claim).unwrap();
        let open = before.documents[0].id.clone();
        merged.add_span(&open, 0, 3, Label::Context).unwrap();
        merged.add_span(&open, 4, 6, Label::Context).unwrap();
        assert_eq!(
            describe(&before, &merged).summary(),
            "loaded \u{201c}Other\u{201d} with 1 span; added 2 spans to the open articles"
        );
        let mut moved = after.clone();
        moved.move_document(&b, 0).unwrap();
        assert_eq!(describe(&after, &moved).summary(), "moved an article");
        assert_eq!(
            describe(&after, &before).summary(),
            "removed the article \u{201c}Other\u{201d}"
        );
    }
}

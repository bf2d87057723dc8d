//! Merging one workspace into another (an import in merge mode): plain workspace logic,
//! every item added through the model's own checks.

use crate::model::{ModelError, Workspace};

/// Add everything in `other` to `ws` with fresh ids. An article whose text is already
/// loaded is not duplicated: its spans join the loaded one.
pub fn merge(ws: &mut Workspace, other: &Workspace) -> Result<(), ModelError> {
    use std::collections::HashMap;
    let mut docs: HashMap<&str, String> = HashMap::new();
    for d in &other.documents {
        let id = match ws.find_same_text(&d.text) {
            Some(same) => same.id.clone(),
            None => {
                let id = ws.add_document(&d.title, &d.source, &d.text);
                ws.set_document_meta(&id, d.meta.clone())?;
                ws.set_imported_from(&id, d.imported_from)?;
                id
            }
        };
        docs.insert(&d.id, id);
    }
    let mut spans: HashMap<&str, String> = HashMap::new();
    for s in &other.spans {
        let doc = docs
            .get(s.doc.as_str())
            .ok_or_else(|| ModelError::NoSuchDocument(s.doc.clone()))?;
        let id = ws.add_span(doc, s.start, s.end, s.label)?;
        if s.note.is_some() && ws.note(&id).is_none() {
            ws.set_note(&id, s.note.clone())?;
        }
        spans.insert(&s.id, id);
    }
    let span = |id: &str| {
        spans
            .get(id)
            .cloned()
            .ok_or_else(|| ModelError::NoSuchSpan(id.to_string()))
    };
    for r in &other.relations {
        ws.add_relation(&span(&r.from)?, &span(&r.to)?)?;
    }
    for l in &other.links {
        ws.add_link(
            &span(&l.a)?,
            &span(&l.b)?,
            l.origin,
            l.score,
            l.flags.clone(),
        )?;
    }
    for r in &other.rejections {
        if let (Ok(s), Some(d)) = (span(&r.span), docs.get(r.doc.as_str())) {
            ws.reject(crate::model::Rejection {
                span: s,
                doc: d.clone(),
                ..r.clone()
            });
        }
    }
    Ok(())
}

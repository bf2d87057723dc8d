//! Partial recovery of a saved workspace that no longer imports as a whole: keep every
//! article, span, link and relation that is still valid, and say what was left out.
//!
//! The app's restore code calls it when the autosaved workspace is damaged. It imports the
//! file with the same checks as any import, in their lenient mode: each bad item is left
//! out and named, with what depended on it (see [`super::json`]).

use super::{json, ImportOptions};
use crate::model::Workspace;
use serde_json::Value;

/// Try to recover what is valid from `raw` (Parallax JSON that failed to import).
/// Returns the workspace and one message per item left out (and the import's other
/// warnings), or `None` if the text is not even a JSON object with a list of documents,
/// or not Parallax JSON of a version this Parallax reads (then nothing can be recovered).
pub fn salvage(raw: &str) -> Option<(Workspace, Vec<String>)> {
    let v: Value = serde_json::from_str(raw).ok()?;
    v.get("documents")?.as_array()?;
    let options = ImportOptions { reanchor: true };
    let imported = json::import_value_lenient(v, &options).ok()?;
    Some((imported.workspace, imported.warnings))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Lenient import names each item left out and what depended on it; what is valid
    /// keeps its ids.
    #[test]
    fn a_lost_article_takes_its_spans_and_their_links_with_it_and_says_so() {
        let raw = r#"{"format":"parallax","version":1,
          "documents":[{"id":"d1","title":"A"},
                       {"id":"d2","text":"The bus crashed."},
                       {"id":"d3","text":"A bus crashed."}],
          "spans":[{"id":"s4","doc":"d1","start":0,"end":3,"label":"claim"},
                   {"id":"s5","doc":"d2","start":0,"end":7,"label":"claim"},
                   {"id":"s6","doc":"d3","start":0,"end":5,"label":"claim"},
                   {"id":"s7","doc":"d3","start":0,"end":5,"label":"rumour"}],
          "links":[{"id":"l8","a":"s4","b":"s5","kind":"same"},
                   {"id":"l9","a":"s5","b":"s6","kind":"same"}]}"#;
        let (ws, dropped) = salvage(raw).expect("recoverable");
        let ids: Vec<&str> = ws.documents.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(ids, ["d2", "d3"]);
        let ids: Vec<&str> = ws.spans.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["s5", "s6"]);
        let ids: Vec<&str> = ws.links.iter().map(|l| l.id.as_str()).collect();
        assert_eq!(ids, ["l9"]);
        let says = |a: &str, b: &str| dropped.iter().any(|d| d.contains(a) && d.contains(b));
        assert!(says("documents[0]", "\"text\" is missing"), "{dropped:?}");
        assert!(
            says("\"s4\"", "document \"d1\" was left out"),
            "{dropped:?}"
        );
        assert!(says("\"l8\"", "span \"s4\" was left out"), "{dropped:?}");
        assert!(says("\"s7\"", "rumour"), "{dropped:?}");
        assert_eq!(dropped.len(), 4, "{dropped:?}");
    }
}

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
///
/// A save cut off part way (it ends too early) is closed after its last whole item and
/// recovered the same way, with a message saying so; `None` if no article survives the cut.
pub fn salvage(raw: &str) -> Option<(Workspace, Vec<String>)> {
    let (v, cut) = match serde_json::from_str::<Value>(raw) {
        Ok(v) => (v, false),
        Err(e) if e.classify() == serde_json::error::Category::Eof => {
            let mut v = serde_json::from_str::<Value>(&close_cut_json(raw)?).ok()?;
            // The writer puts "format" and "version" after the documents, so a cut save
            // has lost them; it is a save of this Parallax (the app's own storage).
            let top = v.as_object_mut()?;
            top.entry("format").or_insert_with(|| "parallax".into());
            top.entry("version").or_insert_with(|| json::VERSION.into());
            (v, true)
        }
        Err(_) => return None,
    };
    v.get("documents")?.as_array()?;
    let options = ImportOptions { reanchor: true };
    let imported = json::import_value_lenient(v, &options).ok()?;
    let mut warnings = imported.warnings;
    warnings.extend(imported.left_out);
    if cut {
        if imported.workspace.documents.is_empty() {
            return None;
        }
        warnings.insert(
            0,
            format!(
                "the save was cut off after {} characters; what came after its last whole \
                 item is lost",
                raw.chars().count()
            ),
        );
    }
    Some((imported.workspace, warnings))
}

/// JSON text that ends too early, cut after its last whole value inside an object or list
/// (or just after an opening bracket) and closed with the brackets still open there, or
/// `None` if there is no such place. The keys and values kept are exactly as written.
fn close_cut_json(raw: &str) -> Option<String> {
    // (byte offset to cut at, the brackets open there)
    let mut best: Option<(usize, Vec<u8>)> = None;
    let mut open: Vec<u8> = Vec::new();
    let (mut in_string, mut escaped) = (false, false);
    for (i, b) in raw.bytes().enumerate() {
        if in_string {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'{' | b'[' => {
                open.push(b);
                best = Some((i + 1, open.clone()));
            }
            b'}' | b']' => {
                open.pop();
                if !open.is_empty() {
                    best = Some((i + 1, open.clone()));
                }
            }
            b',' if !open.is_empty() => best = Some((i, open.clone())),
            _ => {}
        }
    }
    let (at, open) = best?;
    let mut out = String::with_capacity(at + open.len());
    out.push_str(&raw[..at]);
    out.extend(
        open.iter()
            .rev()
            .map(|&b| if b == b'{' { '}' } else { ']' }),
    );
    Some(out)
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

    /// A save cut off part way: the articles and spans before the cut come back, the cut
    /// is said, and a cut before any whole article recovers nothing.
    #[test]
    fn a_cut_off_save_keeps_what_came_before_the_cut() {
        let mut ws = Workspace::new();
        let a = ws.add_document(
            "AFP",
            "afp.txt",
            "Carroll said the soldier was shot.\r\nÜ 😀 {\"x\": [1,",
        );
        let b = ws.add_document(
            "LAT",
            "lat.txt",
            "The soldier, shot several times, survived.",
        );
        ws.add_span(&a, 0, 12, crate::model::Label::Attribution)
            .expect("span");
        ws.add_span(&a, 13, 33, crate::model::Label::Claim)
            .expect("span");
        ws.add_span(&b, 0, 11, crate::model::Label::Claim)
            .expect("span");
        let full = json::export(&ws);
        assert!(super::super::import("x", full.as_bytes()).is_ok());
        // Cut inside the last span: both articles and the spans before it survive.
        let last = full.rfind("\"label\"").expect("a span") - 3;
        let (got, said) = salvage(&full[..last]).expect("recoverable");
        assert_eq!(got.documents.len(), 2);
        assert_eq!(&*got.documents[0].text, &*ws.documents[0].text);
        assert!(
            !got.spans.is_empty() && got.spans.len() < 3,
            "{:?}",
            got.spans
        );
        for s in &got.spans {
            assert!(ws
                .spans
                .iter()
                .any(|w| w.id == s.id && w.start == s.start && w.end == s.end));
        }
        assert!(said[0].starts_with("the save was cut off"), "{said:?}");
        // Cut inside the second article's text: the first article survives.
        let in_second = full.find("The soldier, shot").expect("text") + 5;
        let (got, _) = salvage(&full[..in_second]).expect("recoverable");
        assert_eq!(got.documents.len(), 1);
        assert_eq!(got.documents[0].title, "AFP");
        // Cut inside the first article: nothing to recover.
        let in_first = full.find("Carroll").expect("text") + 3;
        assert!(salvage(&full[..in_first]).is_none());
        // Every cut whatsoever: never a panic, and what comes back is valid.
        for (i, _) in full.char_indices() {
            if let Some((w, _)) = salvage(&full[..i]) {
                assert!(w.documents.len() <= 2, "cut at {i}");
            }
        }
    }
}

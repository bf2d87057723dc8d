//! brat standoff export and import, as a zip of `<doc>.txt` + `<doc>.ann` per document.
//!
//! Written for brat's own reader (nlplab/brat `server/src/annotation.py`,
//! `TextAnnotations._parse_textbound_annotation`), whose rules are:
//! - its Python 2 server reads `.txt` with universal newlines, so `\r\n` counts as one
//!   character (brat issue #853), its Python 3 port reads it untranslated: the exported
//!   `.txt` has `\n` line ends, which both count alike, and the offsets count code points
//!   of that text; `links.json` records where the original had `\r\n` or `\r`
//!   (`"newlines"`) and import puts them back, so the round trip is exact;
//! - it reads `.ann` line by line, so an annotation's text cannot hold a line break (any
//!   character Python's `splitlines` splits at) or a tab: a span over them is written as
//!   discontinuous fragments, `T1\tClaim 18 35;37 62\tthe talks failed. Officials said`,
//!   the fragments' texts joined by one space, exactly as brat writes them; a span that
//!   begins or ends with a break, or is only breaks, keeps its exact range in `links.json`
//!   (`"ranges"`);
//! - `R3\tAttributes Arg1:T7 Arg2:T12` per attribution relation; span `s12` is written as
//!   `T12` when its id has that form, so ids survive a round trip;
//! - `annotation.conf` declares the four entity types and the relation.
//!
//! brat cannot express cross-document links: they go in `links.json` with the documents'
//! ids, titles and sources, odd ids and rejections (the export's warnings say so).
//!
//! Import ([`import`]) reads such a zip, or any brat collection zipped by a usual tool
//! (stored or Deflate; see [`super::zip`]): offsets are mapped from brat's newline
//! counting to the kept text (a file whose offsets count each `\r` is recognised by its
//! annotation texts), fragments separated only by white space become one span, others one
//! span covering all fragments (with a warning); labels match case-insensitively, unknown
//! ones are counted in warnings.

mod files;
mod import;

pub use import::import;

use super::zip::{self, Entry};
use crate::model::{Label, Workspace};
use serde_json::{json, Value};
use std::collections::{HashMap, HashSet};

const CONF: &str = "[entities]\nClaim\nQuote\nAttribution\nContext\n\n[relations]\n\
Attributes\tArg1:Attribution, Arg2:Quote|Claim\n\n[events]\n\n[attributes]\n";

/// `s12` -> 12 (only canonical numbers: no sign, no leading zero).
fn numeric(id: &str, prefix: char) -> Option<u64> {
    let digits = id.strip_prefix(prefix)?;
    if digits.is_empty()
        || (digits.len() > 1 && digits.starts_with('0'))
        || !digits.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    digits.parse().ok()
}

/// Assign brat numbers: `s12` -> 12 where possible, others numbered after the largest.
fn numbering<'a>(ids: impl Iterator<Item = &'a str> + Clone, prefix: char) -> HashMap<String, u64> {
    let mut out = HashMap::new();
    let mut taken = HashSet::new();
    for id in ids.clone() {
        if let Some(n) = numeric(id, prefix) {
            if taken.insert(n) {
                out.insert(id.to_string(), n);
            }
        }
    }
    let mut next = taken.iter().max().copied().unwrap_or(0);
    for id in ids {
        if !out.contains_key(id) {
            next += 1;
            out.insert(id.to_string(), next);
        }
    }
    out
}

/// A safe, unique file stem for a document.
fn stem_for(id: &str, used: &mut HashSet<String>) -> String {
    let mut s: String = id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .take(60)
        .collect();
    if s.is_empty() {
        s = "doc".into();
    }
    let base = s.clone();
    let mut k = 1;
    while !used.insert(s.clone()) {
        k += 1;
        s = format!("{base}-{k}");
    }
    s
}

/// Characters brat's `.ann` reader cannot have inside an annotation's text: line breaks
/// (Python's `str.splitlines` splits at all of these, brat reads `.ann` files line by line)
/// and the tab that separates the fields. A span over them is written as fragments.
pub fn breaks_brat_line(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\t'
            | '\u{0b}'
            | '\u{0c}'
            | '\u{1c}'
            | '\u{1d}'
            | '\u{1e}'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// A text with universal newlines (`\r\n` and a lone `\r` become `\n`), as brat's Python 2
/// server reads it (brat issue #853) and as the export writes it, with `orig[i]`: the code point offset in the original text of brat's
/// offset `i` (`orig.len()` is brat's length + 1, the last entry the original length),
/// and the brat offsets of the line breaks that were `"crlf"` or `"cr"`.
pub fn brat_text(text: &str) -> (String, Vec<usize>, Vec<(usize, &'static str)>) {
    let mut out = String::with_capacity(text.len());
    let mut orig = Vec::new();
    let mut changed = Vec::new();
    let mut chars = text.chars().peekable();
    let mut i = 0;
    while let Some(c) = chars.next() {
        orig.push(i);
        if c == '\r' {
            out.push('\n');
            if chars.peek() == Some(&'\n') {
                chars.next();
                i += 1;
                changed.push((orig.len() - 1, "crlf"));
            } else {
                changed.push((orig.len() - 1, "cr"));
            }
        } else {
            out.push(c);
        }
        i += 1;
    }
    orig.push(i);
    (out, orig, changed)
}

/// The fragments brat writes for `start..end` (offsets into brat's text): the runs between
/// characters for which [`breaks_brat_line`] holds. Empty if the span has only such
/// characters.
pub fn fragments(chars: &[char], start: usize, end: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut from = None;
    for (i, c) in chars.iter().enumerate().take(end).skip(start) {
        match (breaks_brat_line(*c), from) {
            (true, Some(f)) => {
                out.push((f, i));
                from = None;
            }
            (false, None) => from = Some(i),
            _ => {}
        }
    }
    if let Some(f) = from {
        out.push((f, end));
    }
    out
}

fn brat_label(l: Label) -> &'static str {
    match l {
        Label::Claim => "Claim",
        Label::Quote => "Quote",
        Label::Attribution => "Attribution",
        Label::Context => "Context",
    }
}

/// Export as a stored zip, with what brat cannot show.
///
/// Each `.txt` has brat's line endings (`\n`; where the original had `\r\n` or `\r`,
/// `links.json` records it under `"newlines"` so import restores the text exactly), and
/// offsets count code points of that text. A span over line breaks or tabs is written as
/// fragments (`T1\tClaim 18 35;37 62\ttext text`), as brat writes them.
pub fn export(ws: &Workspace) -> (Vec<u8>, Vec<String>) {
    let mut warnings = Vec::new();
    let mut split = 0;
    let mut lost = 0;
    let mut trimmed = 0;
    let t_num = numbering(ws.spans.iter().map(|s| s.id.as_str()), 's');
    let r_num = numbering(ws.relations.iter().map(|r| r.id.as_str()), 'r');
    let mut used = HashSet::new();
    let mut entries = Vec::new();
    let mut docs_meta = Vec::new();
    let mut file_of: HashMap<&str, String> = HashMap::new();
    for d in &ws.documents {
        let stem = stem_for(&d.id, &mut used);
        file_of.insert(&d.id, stem.clone());
        let (btext, orig, changed) = brat_text(&d.text);
        let bchars: Vec<char> = btext.chars().collect();
        // Original offset -> brat offset (inside a "\r\n", the position before it).
        let mut to_brat = vec![0; orig.last().copied().unwrap_or(0) + 1];
        for (b, w) in orig.windows(2).enumerate() {
            for slot in to_brat.iter_mut().take(w[1]).skip(w[0]) {
                *slot = b;
            }
        }
        if let Some(last) = to_brat.last_mut() {
            *last = bchars.len();
        }
        // In workspace order (not sorted), so the import restores the same order.
        let spans: Vec<_> = ws.spans_of(&d.id).collect();
        let mut ann = String::new();
        let mut odd_spans = serde_json::Map::new();
        let mut written: HashSet<&str> = HashSet::new();
        let mut exact = serde_json::Map::new();
        for s in &spans {
            let n = t_num.get(&s.id).copied().unwrap_or(0);
            let b = |cp: usize| to_brat.get(cp).copied().unwrap_or(bchars.len());
            let mut frags = fragments(&bchars, b(s.start), b(s.end));
            let only_breaks = frags.is_empty();
            if only_breaks {
                // Only line breaks: an empty annotation where it starts (brat accepts
                // START == END), the exact range in links.json.
                lost += 1;
                frags.push((b(s.start), b(s.start)));
            }
            if frags.len() > 1 {
                split += 1;
            }
            let ranges: Vec<String> = frags.iter().map(|(a, e)| format!("{a} {e}")).collect();
            let texts: Vec<String> = frags
                .iter()
                .map(|(a, e)| bchars[*a..*e].iter().collect())
                .collect();
            written.insert(&s.id);
            // A span that begins or ends with a line break: brat shows it without; the
            // exact range goes in links.json.
            // Kept with the brat range it belongs to, so an annotation moved in brat
            // since is not put back.
            let hull = (frags[0].0, frags[frags.len() - 1].1);
            if (orig[hull.0], orig[hull.1]) != (s.start, s.end) {
                trimmed += usize::from(!only_breaks);
                exact.insert(format!("T{n}"), json!([s.start, s.end, hull.0, hull.1]));
            }
            ann.push_str(&format!(
                "T{n}\t{} {}\t{}\n",
                brat_label(s.label),
                ranges.join(";"),
                texts.join(" ")
            ));
            if numeric(&s.id, 's') != Some(n) {
                odd_spans.insert(format!("T{n}"), json!(s.id));
            }
        }
        let mut odd_rels = serde_json::Map::new();
        for r in ws
            .relations
            .iter()
            .filter(|r| written.contains(r.from.as_str()) && written.contains(r.to.as_str()))
        {
            let n = r_num.get(&r.id).copied().unwrap_or(0);
            let (Some(a), Some(b)) = (t_num.get(&r.from), t_num.get(&r.to)) else {
                continue;
            };
            ann.push_str(&format!("R{n}\tAttributes Arg1:T{a} Arg2:T{b}\n"));
            if numeric(&r.id, 'r') != Some(n) {
                odd_rels.insert(format!("R{n}"), json!(r.id));
            }
        }
        entries.push(Entry {
            name: format!("{stem}.txt"),
            data: btext.as_bytes().to_vec(),
        });
        entries.push(Entry {
            name: format!("{stem}.ann"),
            data: ann.into_bytes(),
        });
        let mut meta = json!({"file": stem, "id": d.id, "title": d.title, "source": d.source});
        // Where brat's "\n" was "\r\n" or "\r": [brat offset, "crlf" | "cr"].
        let newlines: Vec<Value> = changed.iter().map(|(b, k)| json!([b, k])).collect();
        if !newlines.is_empty() {
            meta["newlines"] = Value::Array(newlines);
        }
        if !exact.is_empty() {
            meta["ranges"] = Value::Object(exact);
        }
        if !odd_spans.is_empty() {
            meta["spans"] = Value::Object(odd_spans);
        }
        if !odd_rels.is_empty() {
            meta["relations"] = Value::Object(odd_rels);
        }
        docs_meta.push(meta);
    }
    let end = |span: &str| -> Value {
        let s = ws.span(span);
        json!({
            "file": s.and_then(|s| file_of.get(s.doc.as_str())).cloned().unwrap_or_default(),
            "ann": format!("T{}", t_num.get(span).copied().unwrap_or(0)),
        })
    };
    let links: Vec<Value> = ws
        .links
        .iter()
        .map(|l| {
            let mut v = json!({
                "id": l.id, "a": end(&l.a), "b": end(&l.b),
                "kind": l.kind, "origin": l.origin, "flags": l.flags,
            });
            if let Some(score) = l.score.filter(|s| s.is_finite()) {
                v["score"] = json!(score);
            }
            v
        })
        .collect();
    let manifest = json!({
        "format": "parallax-brat",
        "version": super::json::VERSION,
        "note": "Cross-document links between brat annotations (a and b name a file and its T annotation), with the documents' Parallax ids and titles.",
        "next_id": ws.next_id,
        "documents": docs_meta,
        "links": links,
        "rejections": ws.rejections,
    });
    if split > 0 {
        warnings.push(format!(
            "brat: {split} span(s) run over a line break or tab, which brat cannot show in one \
             piece; they were written as fragments (\"T1 Claim 18 35;37 62\"), as brat writes them"
        ));
    }
    if trimmed > 0 {
        warnings.push(format!(
            "brat: {trimmed} span(s) begin or end with a line break or tab, which brat shows \
             without it; their exact ranges are kept in links.json"
        ));
    }
    if lost > 0 {
        warnings.push(format!(
            "brat: {lost} span(s) cover only line breaks or tabs, which brat cannot show; they \
             are written as empty annotations, their exact ranges kept in links.json"
        ));
    }
    if !ws.links.is_empty() || !ws.rejections.is_empty() {
        warnings.push(format!(
            "brat has no cross-document links: {} link(s) and {} rejected suggestion(s) are kept \
             in links.json, which brat ignores and Parallax reads back",
            ws.links.len(),
            ws.rejections.len()
        ));
    }
    entries.push(Entry {
        name: "annotation.conf".into(),
        data: CONF.as_bytes().to_vec(),
    });
    entries.push(Entry {
        name: "links.json".into(),
        data: serde_json::to_string_pretty(&manifest)
            .unwrap_or_default()
            .into_bytes(),
    });
    (zip::write(&entries), warnings)
}

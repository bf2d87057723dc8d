//! Property tests: export then import is lossless for random workspaces over random
//! Unicode text (astral characters, combining marks, CRLF, right-to-left scripts), every
//! exported offset slices (in code points) to the span's text, and code point <-> UTF-16
//! conversion is exact both ways.
//!
//! Cases per property: `PROPTEST_CASES` (default 64, to keep the debug run fast).

use parallax::formats::{export, import, Format};
use parallax::model::offsets::{cp_len, slice_cp, OffsetIndex};
use parallax::model::{Flag, Label, Origin, Rejection, Workspace};
use proptest::prelude::*;
use serde_json::Value;

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(64)
}

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: cases(),
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Characters that break naive offset code: astral, combining, CRLF, RTL, CJK, spaces.
const POOL: &[char] = &[
    'a',
    'b',
    'Z',
    ' ',
    '.',
    '"',
    '\'',
    '<',
    '&',
    '\\',
    '\t',
    '\r',
    '\n',
    '😀',
    '👍',
    '\u{1F3FD}',
    '𝔘',
    '𐍈',
    'e',
    '\u{301}',
    '\u{308}',
    'ש',
    'ל',
    'ו',
    'ם',
    'م',
    'ر',
    '\u{200F}',
    '中',
    '文',
    '\u{a0}',
    '\u{2028}',
    '\u{FEFF}',
    'é',
    '€',
    '\u{FFFD}',
    '#',
];

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(POOL), 1..120).prop_map(|v| v.into_iter().collect())
}

fn label() -> impl Strategy<Value = Label> {
    prop::sample::select(Label::ALL.to_vec())
}

/// A random workspace: 1-3 documents, random spans, links, relations, rejections.
fn workspace() -> impl Strategy<Value = Workspace> {
    (
        prop::collection::vec((text(), text()), 1..4),
        prop::collection::vec((0usize..3, any::<u16>(), any::<u16>(), label()), 0..14),
        prop::collection::vec(
            (
                any::<u16>(),
                any::<u16>(),
                proptest::option::of(0.0f64..=1.0),
                any::<bool>(),
            ),
            0..6,
        ),
        prop::collection::vec((any::<u16>(), any::<u16>()), 0..4),
    )
        .prop_map(|(docs, spans, links, rejections)| {
            let mut ws = Workspace::new();
            let ids: Vec<String> = docs
                .iter()
                .map(|(title, t)| ws.add_document(title, "src.txt", t))
                .collect();
            for (d, a, b, l) in spans {
                let doc = &ids[d % ids.len()];
                let len = cp_len(&ws.document(doc).unwrap().text);
                let (a, b) = (a as usize % len, b as usize % len + 1);
                let (s, e) = if a < b {
                    (a, b)
                } else {
                    (b.saturating_sub(1), a + 1)
                };
                let _ = ws.add_span(doc, s, e.min(len), l);
            }
            let n = ws.spans.len();
            if n > 0 {
                for (x, y, score, flagged) in links {
                    let (a, b) = (
                        ws.spans[x as usize % n].id.clone(),
                        ws.spans[y as usize % n].id.clone(),
                    );
                    let flags = if flagged {
                        vec![Flag {
                            kind: "number".into(),
                            a: "4 😀".into(),
                            b: "five".into(),
                            vague: x % 2 == 0,
                        }]
                    } else {
                        vec![]
                    };
                    let origin = if score.is_some() {
                        Origin::Matcher
                    } else {
                        Origin::Manual
                    };
                    let _ = ws.add_link(&a, &b, origin, score, flags);
                }
                for i in 0..n {
                    for j in 0..n {
                        let (a, b) = (ws.spans[i].id.clone(), ws.spans[j].id.clone());
                        if (i * 7 + j) % 3 == 0 {
                            let _ = ws.add_relation(&a, &b);
                        }
                    }
                }
                for (x, y) in rejections {
                    let s = ws.spans[x as usize % n].clone();
                    let doc = ids[y as usize % ids.len()].clone();
                    let len = cp_len(&ws.document(&doc).unwrap().text);
                    ws.reject(Rejection {
                        span: s.id,
                        doc,
                        start: 0,
                        end: len,
                    });
                }
            }
            // Removing a span leaves a gap in the ids, which must survive too.
            if ws.spans.len() > 2 {
                let id = ws.spans[1].id.clone();
                ws.remove_span(&id).unwrap();
            }
            assert!(ws.validate().is_empty());
            ws
        })
}

fn round_trip(ws: &Workspace, f: Format) -> Workspace {
    let out = export(ws, f);
    match import(&out.file_name, &out.bytes) {
        Ok(r) => {
            assert!(r.warnings.is_empty(), "{f:?}: {:?}", r.warnings);
            r.workspace
        }
        Err(e) => panic!("{f:?} export could not be imported: {}", e.message),
    }
}

/// The workspace with spans and relations sorted by id.
fn by_id(mut ws: Workspace) -> Workspace {
    ws.spans.sort_by(|a, b| a.id.cmp(&b.id));
    ws.relations.sort_by(|a, b| a.id.cmp(&b.id));
    ws
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn parallax_json_is_lossless(ws in workspace()) {
        prop_assert_eq!(round_trip(&ws, Format::Parallax), ws);
    }

    #[test]
    fn w3c_is_lossless(ws in workspace()) {
        prop_assert_eq!(round_trip(&ws, Format::W3c), ws);
    }

    /// brat groups spans and relations by document, so their order across documents
    /// changes; everything else is exact.
    #[test]
    fn brat_zip_is_lossless_up_to_order(ws in workspace()) {
        prop_assert_eq!(by_id(round_trip(&ws, Format::Brat)), by_id(ws));
    }

    #[test]
    fn jsonl_keeps_documents_spans_and_relations(ws in workspace()) {
        let back = by_id(round_trip(&ws, Format::Jsonl));
        let ws = by_id(ws);
        prop_assert_eq!(&back.documents, &ws.documents);
        prop_assert_eq!(&back.spans, &ws.spans);
        prop_assert_eq!(&back.relations, &ws.relations);
    }

    #[test]
    fn exported_offsets_slice_to_the_span_text(ws in workspace()) {
        let v: Value = serde_json::from_slice(&export(&ws, Format::Parallax).bytes).unwrap();
        let docs = v["documents"].as_array().unwrap();
        for s in v["spans"].as_array().unwrap() {
            let doc = docs.iter().find(|d| d["id"] == s["doc"]).unwrap();
            let text = doc["text"].as_str().unwrap();
            // Python's text[start:end], done by hand on a char vector.
            let chars: Vec<char> = text.chars().collect();
            let (a, b) = (s["start"].as_u64().unwrap() as usize, s["end"].as_u64().unwrap() as usize);
            let python: String = chars[a..b].iter().collect();
            prop_assert_eq!(Some(python.as_str()), s["text"].as_str());
        }
        let w: Value = serde_json::from_slice(&export(&ws, Format::W3c).bytes).unwrap();
        for a in w["first"]["items"].as_array().unwrap() {
            if a["motivation"] != "tagging" { continue; }
            let sel = &a["target"]["selector"];
            let source = a["target"]["source"].as_str().unwrap().trim_start_matches("urn:parallax:doc:");
            let text = &ws.document(source).unwrap().text;
            let (s, e) = (sel[1]["start"].as_u64().unwrap() as usize, sel[1]["end"].as_u64().unwrap() as usize);
            prop_assert_eq!(slice_cp(text, s, e), sel[0]["exact"].as_str());
            let around = format!("{}{}{}", sel[0]["prefix"].as_str().unwrap(), sel[0]["exact"].as_str().unwrap(), sel[0]["suffix"].as_str().unwrap());
            prop_assert!(text.contains(&around));
        }
        let jl = String::from_utf8(export(&ws, Format::Jsonl).bytes).unwrap();
        for line in jl.lines() {
            let d: Value = serde_json::from_str(line).unwrap();
            let text = d["text"].as_str().unwrap();
            for (s, l) in d["spans"].as_array().unwrap().iter().zip(d["label"].as_array().unwrap()) {
                prop_assert_eq!(&s["start"], &l[0]);
                prop_assert_eq!(&s["end"], &l[1]);
                let span = ws.span(s["id"].as_str().unwrap()).unwrap();
                prop_assert_eq!(slice_cp(text, span.start, span.end), ws.span_text(span));
            }
        }
    }

    #[test]
    fn code_points_and_utf16_convert_exactly(t in text()) {
        let idx = OffsetIndex::new(&t);
        let chars: Vec<char> = t.chars().collect();
        let mut units = 0;
        for (cp, c) in chars.iter().enumerate() {
            prop_assert_eq!(idx.cp_to_utf16(cp), Some(units));
            prop_assert_eq!(idx.utf16_to_cp(units), Some(cp));
            if c.len_utf16() == 2 {
                // The low surrogate rounds down to its character.
                prop_assert_eq!(idx.utf16_to_cp(units + 1), Some(cp));
            }
            units += c.len_utf16();
        }
        prop_assert_eq!(idx.cp_to_utf16(chars.len()), Some(units));
        prop_assert_eq!(idx.utf16_to_cp(units), Some(chars.len()));
        prop_assert_eq!(units, t.encode_utf16().count());
        prop_assert_eq!(idx.cp_to_utf16(chars.len() + 1), None);
    }
}

//! Exports checked against the rules of the other tools' readers (doccano, the W3C Web
//! Annotation model, sentence-pair training), imports of those tools' file shapes, what
//! every import and export says it left out, and the duplicate-span rule (cases
//! `jsonl-relations-for-doccano`, `duplicate-spans-on-import`, `html-pre-block`). brat and
//! Label Studio have their own files: `formats_brat.rs`, `formats_labelstudio.rs`.

mod formats_util;

use formats_util::peers::*;
use formats_util::sample_workspace;
use parallax::formats::{self, export, import, read_article, zip, Format};
use parallax::model::{offsets::slice_cp, Origin};
use serde_json::{json, Value};

// ---------------------------------------------------------------- JSONL / doccano

#[test]
fn jsonl_carries_span_text_doccano_relations_and_links() {
    let ws = sample_workspace();
    let out = export(&ws, Format::Jsonl);
    assert!(out.warnings.is_empty(), "{:?}", out.warnings);
    let text = String::from_utf8(out.bytes.clone()).unwrap();
    for line in text.lines() {
        let v: Value = serde_json::from_str(line).unwrap();
        let doc = v["text"].as_str().unwrap();
        // doccano relation extraction: entities with ids, relations pointing at them.
        let ents = v["entities"].as_array().unwrap();
        for e in ents {
            assert!(e["id"].is_u64());
            let (s, e2) = (
                e["start_offset"].as_u64().unwrap(),
                e["end_offset"].as_u64().unwrap(),
            );
            assert!(slice_cp(doc, s as usize, e2 as usize).is_some());
        }
        for r in v["relations"].as_array().unwrap() {
            for k in ["from_id", "to_id"] {
                assert!(ents.iter().any(|e| e["id"] == r[k]), "{k} names an entity");
            }
            assert_eq!(r["type"], "attributes");
        }
        for s in v["spans"].as_array().unwrap() {
            let (a, b) = (
                s["start"].as_u64().unwrap() as usize,
                s["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(slice_cp(doc, a, b), s["text"].as_str());
        }
    }
    let back = import("x.jsonl", &out.bytes).unwrap().workspace;
    assert_eq!(back.links, ws.links, "links survive a JSONL round trip");
    assert_eq!(back.relations, ws.relations);
    assert_eq!(back.rejections, ws.rejections);
    assert_eq!(spans_of(&back), spans_of(&ws));
}

#[test]
fn doccano_relation_extraction_file_is_read() {
    let line = json!({"text": "The mayor said the bridge will reopen.", "entities": [
        {"id": 10, "label": "ATTRIBUTION", "start_offset": 0, "end_offset": 14},
        {"id": 11, "label": "CLAIM", "start_offset": 15, "end_offset": 38},
        {"id": 12, "label": "PERSON", "start_offset": 4, "end_offset": 9}],
        "relations": [{"id": 1, "from_id": 10, "to_id": 11, "type": "attributes"}]});
    let r = import("re.jsonl", format!("{line}\n").as_bytes()).unwrap();
    assert_eq!(r.workspace.spans.len(), 2);
    assert_eq!(r.workspace.relations.len(), 1);
    assert!(r.warnings.iter().any(|w| w.contains("\"PERSON\"")));
}

#[test]
fn every_doccano_field_name_variant_is_read() {
    let text = "The mayor said the bridge will reopen.";
    let variants = [
        json!({"text": text, "label": [[0, 14, "attribution"], [15, 38, "claim"]]}),
        json!({"text": text, "labels": [[0, 14, "attribution"], [15, 38, "claim"]]}),
        json!({"text": text, "entities": [[0, 14, "attribution"], [15, 38, "claim"]]}),
        json!({"text": text, "entities": [{"start_offset": 0, "end_offset": 14, "label": "attribution"},
                                         {"start_offset": 15, "end_offset": 38, "label": "claim"}]}),
        json!({"text": text, "label": [{"start": 0, "end": 14, "label": "attribution"},
                                      {"start": 15, "end": 38, "label": "claim"}]}),
    ];
    for v in variants {
        let ws = import("d.jsonl", format!("{v}\n").as_bytes())
            .unwrap_or_else(|e| panic!("{v}: {e}"))
            .workspace;
        assert_eq!(spans_of(&ws).len(), 2, "{v}");
        // The same records as a JSON list instead of one a line.
        let ws = import("d.json", json!([v]).to_string().as_bytes())
            .unwrap()
            .workspace;
        assert_eq!(spans_of(&ws).len(), 2, "{v} in a list");
    }
}

// ---------------------------------------------------------------- duplicates

#[test]
fn duplicate_spans_case_repeats_become_one_span_with_a_warning() {
    let r = import(
        "repeated.jsonl",
        &case("duplicate-spans-on-import/repeated.jsonl"),
    )
    .unwrap();
    assert_eq!(r.workspace.spans.len(), 2);
    assert!(
        r.warnings.iter().any(|w| w.contains("2 repeated spans")),
        "{:?}",
        r.warnings
    );
}

#[test]
fn duplicates_are_merged_in_every_import_format_and_relations_follow() {
    // doccano RE with the claim twice and the relation on the second copy.
    let line = json!({"text": "He said it rains.", "entities": [
        {"id": 1, "label": "claim", "start_offset": 8, "end_offset": 16},
        {"id": 2, "label": "claim", "start_offset": 8, "end_offset": 16},
        {"id": 3, "label": "attribution", "start_offset": 0, "end_offset": 7}],
        "relations": [{"id": 1, "from_id": 3, "to_id": 2, "type": "attributes"}]});
    let ws = import("d.jsonl", line.to_string().as_bytes())
        .unwrap()
        .workspace;
    assert_eq!(ws.spans.len(), 2);
    assert_eq!(ws.relations.len(), 1);
    // Label Studio: two annotators marking the same region.
    let region =
        json!({"id": "a", "type": "labels", "value": {"start": 8, "end": 16, "labels": ["Claim"]}});
    let tasks = json!([{"data": {"text": "He said it rains."},
        "annotations": [{"result": [region]}, {"result": [region]}]}]);
    let r = import("t.json", tasks.to_string().as_bytes()).unwrap();
    assert_eq!(r.workspace.spans.len(), 1);
    assert!(
        r.warnings.iter().any(|w| w.contains("1 repeated span ")),
        "{:?}",
        r.warnings
    );
    // brat: the same T twice.
    let bytes = zip::write(&[
        zip::Entry {
            name: "a.txt".into(),
            data: b"He said it rains.".to_vec(),
        },
        zip::Entry {
            name: "a.ann".into(),
            data: b"T1\tClaim 8 16\tit rains\nT2\tClaim 8 16\tit rains\n".to_vec(),
        },
    ]);
    assert_eq!(import("a.zip", &bytes).unwrap().workspace.spans.len(), 1);
    // The same range with another label is another span.
    let line = json!({"text": "He said it rains.", "label": [[8, 16, "claim"], [8, 16, "quote"]]});
    assert_eq!(
        import("d.jsonl", line.to_string().as_bytes())
            .unwrap()
            .workspace
            .spans
            .len(),
        2
    );
}

// ---------------------------------------------------------------- training pairs

#[test]
fn pairs_export_labels_links_one_and_rejections_zero_with_texts_and_offsets() {
    let ws = sample_workspace();
    let out = export(&ws, Format::Pairs);
    let lines: Vec<Value> = String::from_utf8(out.bytes)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), ws.links.len() + ws.rejections.len());
    assert_eq!(lines.iter().filter(|l| l["label"] == 1).count(), 2);
    assert_eq!(lines.iter().filter(|l| l["label"] == 0).count(), 1);
    for l in &lines {
        for (k, side) in [("sentence1", "a"), ("sentence2", "b")] {
            let e = &l[side];
            let doc = ws.document(e["doc"].as_str().unwrap()).unwrap();
            assert_eq!(e["title"].as_str(), Some(doc.title.as_str()));
            let (s, t) = (
                e["start"].as_u64().unwrap() as usize,
                e["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(doc.slice(s, t), l[k].as_str());
        }
    }
    let matcher = lines.iter().find(|l| l["origin"] == "matcher").unwrap();
    assert_eq!(matcher["score"], 0.8125);
    assert!(out
        .warnings
        .iter()
        .any(|w| w.contains("2 accepted link(s)")));
    let err = import("p.jsonl", export(&ws, Format::Pairs).bytes.as_slice()).unwrap_err();
    assert!(err.message.contains("training-pairs"), "{}", err.message);
}

#[test]
fn every_export_states_what_it_leaves_out() {
    let ws = sample_workspace();
    for f in [Format::Brat, Format::LabelStudio, Format::Pairs] {
        assert!(!export(&ws, f).warnings.is_empty(), "{f:?}");
    }
    for f in [Format::Parallax, Format::W3c, Format::Jsonl] {
        assert!(export(&ws, f).warnings.is_empty(), "{f:?} is lossless");
    }
    let mut no_links = sample_workspace();
    no_links.links.clear();
    no_links.rejections.clear();
    assert!(export(&no_links, Format::LabelStudio).warnings.is_empty());
}

// ---------------------------------------------------------------- W3C

/// The Web Annotation Data Model's MUSTs that apply to these files.
fn check_w3c_musts(v: &Value) {
    let ctx = &v["@context"];
    let ctx_list: Vec<&Value> = match ctx {
        Value::Array(a) => a.iter().collect(),
        c => vec![c],
    };
    assert!(ctx_list
        .iter()
        .any(|c| c.as_str() == Some("http://www.w3.org/ns/anno.jsonld")));
    let iri = |x: &Value| {
        let s = x.as_str().unwrap_or("");
        s.contains(':') && !s.contains(' ')
    };
    assert!(iri(&v["id"]), "collection id");
    assert_eq!(v["type"], "AnnotationCollection");
    let page = &v["first"];
    assert!(iri(&page["id"]), "page id");
    assert_eq!(page["type"], "AnnotationPage");
    assert_eq!(page["partOf"], v["id"]);
    let items = page["items"].as_array().expect("items");
    assert_eq!(v["total"].as_u64(), Some(items.len() as u64));
    let motivations = [
        "assessing",
        "bookmarking",
        "classifying",
        "commenting",
        "describing",
        "editing",
        "highlighting",
        "identifying",
        "linking",
        "moderating",
        "questioning",
        "replying",
        "tagging",
    ];
    for a in items {
        assert!(iri(&a["id"]), "annotation id {a}");
        assert_eq!(a["type"], "Annotation");
        assert!(motivations.contains(&a["motivation"].as_str().unwrap()));
        let bodies: Vec<&Value> = match &a["body"] {
            Value::Array(b) => b.iter().collect(),
            Value::Null => vec![],
            b => vec![b],
        };
        for b in bodies {
            assert_eq!(b["type"], "TextualBody");
            assert!(b["value"].is_string(), "a TextualBody has a value");
            assert!(motivations.contains(&b["purpose"].as_str().unwrap()));
        }
        let targets: Vec<&Value> = match &a["target"] {
            Value::Array(t) => t.iter().collect(),
            Value::Null => panic!("an annotation needs a target"),
            t => vec![t],
        };
        assert!(!targets.is_empty());
        for t in targets {
            if let Some(s) = t.as_str() {
                assert!(iri(&json!(s)));
                continue;
            }
            assert!(iri(&t["source"]), "a specific resource has one source");
            for sel in t["selector"].as_array().unwrap() {
                match sel["type"].as_str().unwrap() {
                    "TextPositionSelector" => {
                        assert!(sel["start"].is_u64() && sel["end"].is_u64());
                    }
                    "TextQuoteSelector" => assert!(sel["exact"].is_string()),
                    other => panic!("selector {other}"),
                }
            }
        }
    }
}

#[test]
fn w3c_export_meets_the_models_musts_and_keeps_titles_for_json_ld() {
    let ws = sample_workspace();
    let v: Value = serde_json::from_slice(&export(&ws, Format::W3c).bytes).unwrap();
    check_w3c_musts(&v);
    // JSON-LD drops keys that expand to no IRI: every key used on a document must be a
    // term of the context, a prefixed name, or a keyword.
    let local = &v["@context"][1];
    assert_eq!(local["title"], "http://purl.org/dc/terms/title");
    for d in v["px:documents"].as_array().unwrap() {
        for k in d.as_object().unwrap().keys() {
            assert!(
                ["id", "type", "format"].contains(&k.as_str())
                    || local.get(k).is_some()
                    || k.starts_with("px:"),
                "{k} would vanish in JSON-LD"
            );
        }
    }
    assert_eq!(
        import("w.jsonld", &export(&ws, Format::W3c).bytes)
            .unwrap()
            .workspace,
        ws
    );
}

// ---------------------------------------------------------------- HTML

#[test]
fn html_case_pre_keeps_its_lines_and_spacing() {
    let a = read_article("prices.html", &case("html-pre-block/prices.html")).unwrap();
    assert!(
        a.text
            .contains("Item      Old   New\nCoffee    2.10  2.40\nTea       1.80  2.00"),
        "{:?}",
        a.text
    );
    assert!(a
        .text
        .contains("Prices rose by 14 % since January, the chamber said."));
    // Outside <pre> white space still collapses.
    let a = read_article("x.html", b"<p>a\n   b</p><pre>\n x\r\n\ty </pre><p>c</p>").unwrap();
    assert_eq!(a.text, "a b\n\n x\n\ty \n\nc");
}

#[test]
fn origin_is_kept_in_links_through_jsonl() {
    let ws = sample_workspace();
    let back = import("x.jsonl", &export(&ws, Format::Jsonl).bytes)
        .unwrap()
        .workspace;
    assert!(back
        .links
        .iter()
        .any(|l| l.origin == Origin::Matcher && l.score == Some(0.8125)));
    let _ = formats::Format::from_name("labelstudio").unwrap();
}

#[test]
fn doccano_extra_fields_and_other_relation_types_are_counted_by_kind() {
    let lines = [
        json!({"text": "He said it rains.", "Comments": ["check"], "label": [[8, 16, "claim"]]}),
        json!({"text": "She said it snows.", "Comments": [], "entities": [
            {"id": 1, "label": "claim", "start_offset": 9, "end_offset": 17},
            {"id": 2, "label": "attribution", "start_offset": 0, "end_offset": 8}],
            "relations": [{"id": 1, "from_id": 2, "to_id": 1, "type": "cites"},
                          {"id": 2, "from_id": 1, "to_id": 2, "type": "cites"}]}),
    ];
    let text: String = lines.iter().map(|l| format!("{l}\n")).collect();
    let r = import("d.jsonl", text.as_bytes()).unwrap();
    assert_eq!(r.workspace.spans.len(), 3);
    assert!(
        r.warnings
            .contains(&"1 value(s) of the field \"Comments\" were not imported".to_string()),
        "{:?}",
        r.warnings
    );
    assert!(
        r.warnings
            .iter()
            .any(|w| w.starts_with("2 relation(s) of type \"cites\"")),
        "{:?}",
        r.warnings
    );
}

#[test]
fn jsonl_from_earlier_parallax_versions_still_imports() {
    // The shape Parallax wrote before the doccano relation fields: relations by span id.
    let line = json!({"id": "d1", "title": "t", "source": "", "text": "He said it rains.",
        "spans": [{"id": "s3", "start": 8, "end": 16, "label": "claim"},
                  {"id": "s4", "start": 0, "end": 7, "label": "attribution"}],
        "label": [[8, 16, "claim"], [0, 7, "attribution"]],
        "relations": [{"id": "r9", "from": "s4", "to": "s3", "kind": "attributes"}]});
    let ws = import("old.jsonl", format!("{line}\n").as_bytes())
        .unwrap()
        .workspace;
    assert_eq!(ws.relations.len(), 1);
    assert_eq!(
        (ws.relations[0].from.as_str(), ws.relations[0].to.as_str()),
        ("s4", "s3")
    );
}

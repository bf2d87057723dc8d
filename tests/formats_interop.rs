//! Exports checked against the rules of the other tools' own readers (brat, Label Studio,
//! doccano, the W3C Web Annotation model), and imports of those tools' file shapes: every
//! case named in issue #13 (../shared/cases) is encoded here, with variants.

mod formats_util;

use formats_util::sample_workspace;
use parallax::formats::{self, export, import, read_article, zip, Format};
use parallax::model::{offsets::slice_cp, Label, Origin, Workspace};
use serde_json::{json, Value};
use std::collections::HashMap;

// ---------------------------------------------------------------- helpers

/// Text as brat reads it: universal newlines (`\r\n`, `\r` -> `\n`; brat issue #853).
fn universal_newlines(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// Characters at which Python's `str.splitlines` (which brat's `.ann` reader uses, line by
/// line) splits a line.
fn splits_python_line(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
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

/// brat's reader (server/src/annotation.py, `TextAnnotations._parse_textbound_annotation`)
/// on one `T` line of a `.ann` whose `.txt` is `txt`: `ID\tTYPE START END[;START END]*\tTEXT`,
/// each fragment `0 <= start <= end <= len(text)`, fragments not overlapping, and TEXT equal
/// to the fragments' texts joined by one space (`DISCONT_SEP`). The line itself must not be
/// split by the line-by-line reader, and has exactly three tab-separated fields.
fn brat_accepts_t_line(txt: &str, line: &str) -> Result<(String, Vec<(usize, usize)>), String> {
    if line.chars().any(splits_python_line) {
        return Err(format!("line contains a line break: {line:?}"));
    }
    let parts: Vec<&str> = line.split('\t').collect();
    if parts.len() != 3 {
        return Err(format!("expected 3 tab-separated fields: {line:?}"));
    }
    let id = parts[0];
    if !(id.starts_with('T') && id.len() > 1 && id[1..].bytes().all(|b| b.is_ascii_digit())) {
        return Err(format!("bad id {id:?}"));
    }
    let (ty, ranges) = parts[1]
        .split_once(' ')
        .ok_or_else(|| format!("no offsets: {line:?}"))?;
    let doc: Vec<char> = universal_newlines(txt).chars().collect();
    let mut frags: Vec<(usize, usize)> = Vec::new();
    for f in ranges.split(';') {
        let nums: Vec<usize> = f
            .split(' ')
            .map(|n| {
                n.parse::<usize>()
                    .map_err(|_| format!("bad offset {n:?} in {line:?}"))
            })
            .collect::<Result<_, _>>()?;
        let [s, e] = nums[..] else {
            return Err(format!("bad fragment {f:?}"));
        };
        if s > e || e > doc.len() {
            return Err(format!("fragment {s} {e} out of range ({})", doc.len()));
        }
        for (os, oe) in &frags {
            if e >= *os && s < *oe {
                return Err(format!("fragments overlap in {line:?}"));
            }
        }
        frags.push((s, e));
    }
    let reftext: Vec<String> = frags
        .iter()
        .map(|(s, e)| doc[*s..*e].iter().collect())
        .collect();
    if parts[2] != reftext.join(" ") {
        return Err(format!(
            "text {:?} does not match the document's {:?}",
            parts[2],
            reftext.join(" ")
        ));
    }
    Ok((ty.to_string(), frags))
}

/// brat's annotation.conf: the sections, every entity type used declared, and relation
/// lines `Name\tArg1:A|B, Arg2:C` naming declared types.
fn check_conf(conf: &str, used_types: &[String]) {
    let mut section = "";
    let mut entities = Vec::new();
    let mut seen = Vec::new();
    for line in conf
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        if line.starts_with('[') {
            section = line;
            seen.push(line.to_string());
            continue;
        }
        match section {
            "[entities]" => entities.push(line.to_string()),
            "[relations]" => {
                let (name, args) = line.split_once('\t').expect("relation: name TAB args");
                assert!(!name.contains(' '));
                for arg in args.split(", ") {
                    let (role, types) = arg.split_once(':').expect("Arg:Type");
                    assert!(role.starts_with("Arg"), "{role}");
                    for t in types.split('|') {
                        assert!(entities.contains(&t.to_string()), "{t} not declared");
                    }
                }
            }
            "[events]" | "[attributes]" => {}
            other => panic!("unknown section {other}"),
        }
    }
    for s in ["[entities]", "[relations]", "[events]", "[attributes]"] {
        assert!(seen.contains(&s.to_string()), "section {s} missing");
    }
    for t in used_types {
        assert!(entities.contains(t), "type {t} used but not declared");
    }
}

fn brat_entries(ws: &Workspace) -> (HashMap<String, Vec<u8>>, Vec<String>) {
    let out = export(ws, Format::Brat);
    let entries = zip::read("x.zip", &out.bytes).unwrap();
    (
        entries.into_iter().map(|e| (e.name, e.data)).collect(),
        out.warnings,
    )
}

/// Check every `.ann` of a brat export against brat's reader; returns the T lines' types.
fn check_brat_export(ws: &Workspace) -> Vec<String> {
    let (files, _) = brat_entries(ws);
    let mut types = Vec::new();
    let mut t_lines = 0;
    for (name, data) in &files {
        let Some(stem) = name.strip_suffix(".ann") else {
            continue;
        };
        let txt = String::from_utf8(files[&format!("{stem}.txt")].clone()).unwrap();
        assert!(!txt.contains('\r'), "brat's .txt has brat's own line ends");
        for line in String::from_utf8(data.clone()).unwrap().lines() {
            if line.starts_with('T') {
                let (ty, _) = brat_accepts_t_line(&txt, line).unwrap_or_else(|e| panic!("{e}"));
                types.push(ty);
                t_lines += 1;
            }
        }
    }
    assert_eq!(t_lines, ws.spans.len(), "every span reaches brat");
    check_conf(
        std::str::from_utf8(&files["annotation.conf"]).unwrap(),
        &types,
    );
    types
}

fn spans_of(ws: &Workspace) -> Vec<(usize, usize, Label, String)> {
    let mut v: Vec<_> = ws
        .spans
        .iter()
        .map(|s| {
            let d = ws.document(&s.doc).unwrap();
            (
                s.start,
                s.end,
                s.label,
                d.slice(s.start, s.end).unwrap().to_string(),
            )
        })
        .collect();
    v.sort_by_key(|x| (x.0, x.1));
    v
}

fn case(path: &str) -> Vec<u8> {
    let p = format!("{}/../shared/cases/{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&p).unwrap_or_else(|e| panic!("{p}: {e}"))
}

/// A workspace of one document with the given spans.
fn one_doc(text: &str, spans: &[(usize, usize, Label)]) -> Workspace {
    let mut ws = Workspace::new();
    let d = ws.add_document("t", "t.txt", text);
    for (s, e, l) in spans {
        ws.add_span(&d, *s, *e, *l).unwrap();
    }
    ws
}

// ---------------------------------------------------------------- brat

#[test]
fn brat_case_a_claim_across_a_blank_line_is_written_as_fragments_and_read_back() {
    let ws = import(
        "two-paragraphs.jsonl",
        &case("brat-span-across-lines/two-paragraphs.jsonl"),
    )
    .unwrap()
    .workspace;
    let (files, warnings) = brat_entries(&ws);
    let ann = String::from_utf8(
        files
            .iter()
            .find(|(n, _)| n.ends_with(".ann"))
            .unwrap()
            .1
            .clone(),
    )
    .unwrap();
    let claim = ann.lines().find(|l| l.contains("Claim")).unwrap();
    assert!(
        claim.contains("\tClaim 18 35;37 62\tthe talks failed. Officials later denied it"),
        "{claim}"
    );
    assert!(
        warnings.iter().any(|w| w.contains("fragments")),
        "{warnings:?}"
    );
    check_brat_export(&ws);
    let back = import("b.zip", &export(&ws, Format::Brat).bytes).unwrap();
    assert_eq!(spans_of(&back.workspace), spans_of(&ws));
    assert!(
        !back.warnings.iter().any(|w| w.contains("discontinuous")),
        "fragments split only at line breaks are one span again: {:?}",
        back.warnings
    );
}

#[test]
fn brat_export_obeys_brats_reader_for_every_awkward_character() {
    // CRLF, a lone CR, tabs, Unicode line/paragraph separators, form feed, NEL, emoji,
    // CJK and combining marks inside and around spans.
    let text = "Un\u{301} 😀 said\r\nthe\ttalks 失败了.\rNext\u{2028}line\u{2029}para\u{0c}ff\u{85}nel 👍🏽 end";
    let n = text.chars().count();
    let ws = one_doc(
        text,
        &[
            (0, 9, Label::Attribution),
            (5, 25, Label::Claim),
            (14, n, Label::Quote),
            (3, 4, Label::Context),
            (9, 12, Label::Context),
        ],
    );
    check_brat_export(&ws);
    let back = import("b.zip", &export(&ws, Format::Brat).bytes).unwrap();
    assert_eq!(
        back.workspace.documents[0].text.as_ref(),
        text,
        "text restored exactly"
    );
    assert_eq!(spans_of(&back.workspace), spans_of(&ws));
}

#[test]
fn brat_export_of_the_sample_workspace_is_read_by_brat_and_round_trips() {
    let ws = sample_workspace();
    check_brat_export(&ws);
    let out = export(&ws, Format::Brat);
    assert!(
        out.warnings.iter().any(|w| w.contains("links.json")),
        "{:?}",
        out.warnings
    );
    let back = import("b.zip", &out.bytes).unwrap().workspace;
    assert_eq!(spans_of(&back), spans_of(&ws));
    assert_eq!(back.links.len(), ws.links.len());
}

#[test]
fn brat_import_maps_offsets_of_a_crlf_text_the_way_brat_counts_them() {
    // A collection annotated in brat: its offsets skip the CR of each CRLF.
    let txt = "Line one.\r\nThe mayor said it.\r\n";
    let ann = "T1\tAttribution 10 24\tThe mayor said\nT2\tClaim 0 4;10 13\tLine The\n";
    let bytes = zip::write(&[
        zip::Entry {
            name: "a.txt".into(),
            data: txt.as_bytes().to_vec(),
        },
        zip::Entry {
            name: "a.ann".into(),
            data: ann.as_bytes().to_vec(),
        },
    ]);
    let r = import("c.zip", &bytes).unwrap();
    let ws = &r.workspace;
    assert_eq!(
        ws.documents[0].text.as_ref(),
        txt,
        "the text is kept as it was"
    );
    let s = spans_of(ws);
    assert_eq!(s[1], (11, 25, Label::Attribution, "The mayor said".into()));
    assert_eq!(s[0].0, 0);
    assert_eq!(
        s[0].1, 14,
        "a real discontinuous annotation covers its fragments"
    );
    assert!(
        r.warnings.iter().any(|w| w.contains("discontinuous")),
        "{:?}",
        r.warnings
    );
}

// ---------------------------------------------------------------- Label Studio

#[test]
fn label_studio_case_predictions_are_imported_marked_as_from_a_model() {
    let r = import("tasks.json", &case("labelstudio-predictions/tasks.json")).unwrap();
    let ws = &r.workspace;
    assert_eq!(ws.documents.len(), 1);
    assert!(
        ws.documents[0].title.contains("predictions, model v1"),
        "{}",
        ws.documents[0].title
    );
    let s = spans_of(ws);
    assert_eq!(s.len(), 2);
    assert_eq!(s[0].3, "The council said");
    assert_eq!(s[1].2, Label::Claim);
    assert!(
        r.warnings
            .iter()
            .any(|w| w.contains("2 predicted region(s) from model v1")),
        "{:?}",
        r.warnings
    );
}

#[test]
fn label_studio_predictions_beside_human_annotations_stay_apart() {
    let task = json!({
        "data": {"text": "Officials said the bridge will reopen."},
        "annotations": [{"result": [
            {"id": "h", "type": "labels", "value": {"start": 0, "end": 14, "labels": ["Attribution"]}}]}],
        "predictions": [{"model_version": 3, "result": [
            {"id": "p", "type": "labels", "value": {"start": 15, "end": 38, "labels": ["Claim"]}}]}]
    });
    // One task object on its own is a Label Studio file too.
    let r = import("task.json", task.to_string().as_bytes()).unwrap();
    let ws = &r.workspace;
    assert_eq!(
        ws.documents.len(),
        2,
        "human and model annotations in separate documents"
    );
    let human = &ws.documents[0];
    let model = &ws.documents[1];
    assert!(model.title.contains("predictions, model 3"));
    assert_eq!(ws.spans_of(&human.id).count(), 1);
    assert_eq!(ws.spans_of(&model.id).next().unwrap().label, Label::Claim);
    assert!(
        r.warnings.iter().any(|w| w.contains("predicted")),
        "{:?}",
        r.warnings
    );
}

#[test]
fn label_studio_case_relations_honour_direction_and_report_other_labels() {
    let r = import("tasks.json", &case("labelstudio-relations/tasks.json")).unwrap();
    let ws = &r.workspace;
    let text_of = |id: &str| {
        let s = ws.span(id).unwrap();
        ws.document(&s.doc)
            .unwrap()
            .slice(s.start, s.end)
            .unwrap()
            .to_string()
    };
    let mut rels: Vec<(String, String)> = ws
        .relations
        .iter()
        .map(|r| (text_of(&r.from), text_of(&r.to)))
        .collect();
    rels.sort();
    assert_eq!(
        rels,
        vec![
            (
                "Officials said".to_string(),
                "The firm founded the group".to_string()
            ),
            (
                "Officials said".to_string(),
                "the bridge will reopen in May".to_string()
            ),
        ]
    );
    assert!(
        r.warnings.iter().any(|w| w.contains("\"foundedBy\"")),
        "the relation with another label is named: {:?}",
        r.warnings
    );
}

#[test]
fn label_studio_bidirectional_relation_runs_from_the_attribution() {
    let tasks = json!([{"data": {"text": "He said it rains."}, "annotations": [{"result": [
        {"id": 1, "type": "labels", "value": {"start": 8, "end": 16, "labels": ["claim"]}},
        {"id": 2, "type": "labels", "value": {"start": 0, "end": 7, "labels": ["attribution"]}},
        {"type": "relation", "from_id": 1, "to_id": 2, "direction": "bi"}]}]}]);
    let ws = import("t.json", tasks.to_string().as_bytes())
        .unwrap()
        .workspace;
    let r = &ws.relations[0];
    assert_eq!(ws.span(&r.from).unwrap().label, Label::Attribution);
}

#[test]
fn label_studio_choices_cancelled_and_html_regions_are_reported() {
    let tasks = json!([{"data": {"text": "Officials said it."}, "annotations": [
        {"result": [
            {"type": "choices", "value": {"choices": ["Politics"]}},
            {"type": "textarea", "value": {"text": ["note"]}},
            {"type": "hypertextlabels", "value": {"start": "/p[1]/text()[1]", "end": "/p[1]/text()[1]",
              "startOffset": 0, "endOffset": 9, "hypertextlabels": ["Claim"]}},
            {"id": "a", "type": "labels", "value": {"start": 0, "end": 14, "labels": ["Attribution"]}}]},
        {"was_cancelled": true, "result": []}]}]);
    let r = import("t.json", tasks.to_string().as_bytes()).unwrap();
    assert_eq!(r.workspace.spans.len(), 1);
    let all = r.warnings.join("\n");
    for want in [
        "\"choices\" (Politics)",
        "\"textarea\"",
        "without character offsets",
        "cancelled",
    ] {
        assert!(all.contains(want), "{want} missing from {all}");
    }
}

#[test]
fn label_studio_task_with_another_text_field_uses_the_one_its_regions_match() {
    let tasks = json!([{"data": {"author": "A much longer byline than the article itself, really",
                                 "body": "Officials said it rains."},
        "annotations": [{"result": [
            {"type": "labels", "value": {"start": 0, "end": 14, "text": "Officials said", "labels": ["Attribution"]}}]}]}]);
    let ws = import("t.json", tasks.to_string().as_bytes())
        .unwrap()
        .workspace;
    assert_eq!(ws.documents[0].text.as_ref(), "Officials said it rains.");
    assert_eq!(ws.spans.len(), 1);
}

#[test]
fn label_studio_json_min_export_is_read() {
    let min = json!([{"id": 4, "text": "Officials said it rains.", "annotator": 1,
        "label": [{"start": 0, "end": 14, "text": "Officials said", "labels": ["Attribution"]},
                  {"start": 15, "end": 23, "text": "it rains", "labels": ["Claim"]}]}]);
    let ws = import("min.json", min.to_string().as_bytes())
        .unwrap()
        .workspace;
    assert_eq!(
        spans_of(&ws)
            .iter()
            .map(|s| s.3.as_str())
            .collect::<Vec<_>>(),
        ["Officials said", "it rains"]
    );
}

#[test]
fn label_studio_export_counts_code_points_and_round_trips() {
    let ws = sample_workspace();
    let out = export(&ws, Format::LabelStudio);
    assert!(
        out.warnings
            .iter()
            .any(|w| w.contains("2 cross-source link(s)")),
        "{:?}",
        out.warnings
    );
    let tasks: Value = serde_json::from_slice(&out.bytes).unwrap();
    let tasks = tasks.as_array().unwrap();
    assert_eq!(tasks.len(), 2);
    let mut regions = 0;
    for t in tasks {
        let text = t["data"]["text"].as_str().unwrap();
        for r in t["annotations"][0]["result"].as_array().unwrap() {
            if r["type"] == "labels" {
                let v = &r["value"];
                let (s, e) = (
                    v["start"].as_u64().unwrap() as usize,
                    v["end"].as_u64().unwrap() as usize,
                );
                assert_eq!(
                    slice_cp(text, s, e),
                    v["text"].as_str(),
                    "code point offsets"
                );
                regions += 1;
            } else {
                assert_eq!(r["type"], "relation");
                assert_eq!(r["labels"], json!(["attributes"]));
            }
        }
    }
    assert_eq!(regions, ws.spans.len());
    let back = import("ls.json", &out.bytes).unwrap();
    assert_eq!(spans_of(&back.workspace), spans_of(&ws));
    assert_eq!(
        back.workspace.spans, ws.spans,
        "span and document ids survive"
    );
    assert_eq!(back.workspace.documents, ws.documents);
    assert_eq!(back.workspace.relations.len(), 1);
    assert!(
        !back.warnings.iter().any(|w| w.contains("UTF-16")),
        "an emoji before a span needs no conversion: {:?}",
        back.warnings
    );
}

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

mod generated {
    //! The same reader rules on generated texts: any characters inside spans.
    use super::*;
    use proptest::prelude::*;

    /// Characters that trouble exporters: line breaks of every kind, tabs, astral
    /// characters, modifiers, combining marks, CJK, RTL, NBSP, zero-width joiners.
    const AWKWARD: &[&str] = &[
        "a", "b", " ", "\n", "\r\n", "\r", "\t", "\u{2028}", "\u{2029}", "\u{0b}", "\u{0c}", "😀",
        "👍🏽", "e\u{301}", "失败", "שלום", "\u{a0}", "\u{200d}", "𝔘", ".",
    ];

    fn awkward(extra: &'static [&'static str]) -> impl Strategy<Value = String> {
        let pieces = prop::sample::select([AWKWARD, extra].concat());
        prop::collection::vec(pieces, 1..40).prop_map(|v| v.concat())
    }

    /// `extra`: more pieces. The C1 control NEL (U+0085) is only in the brat test:
    /// JSON files whose first 4096 characters are over 1% control characters are refused
    /// as binary by `decode` (a zip is not decoded as text).
    fn workspace(extra: &'static [&'static str]) -> impl Strategy<Value = Workspace> {
        (
            awkward(extra),
            prop::collection::vec((0usize..200, 1usize..30, 0usize..4), 0..8),
        )
            .prop_map(|(text, spans)| {
                let n = text.chars().count();
                let mut ws = Workspace::new();
                let d = ws.add_document("t", "t.txt", &text);
                for (s, len, l) in spans {
                    let s = s % n;
                    let e = (s + len).min(n);
                    if s < e {
                        let _ = ws.add_span(&d, s, e, Label::ALL[l]);
                    }
                }
                ws
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

        #[test]
        fn brat_reader_accepts_every_span_and_import_restores_it(ws in workspace(&["\u{85}", "\r\n\r\n"])) {
            check_brat_export(&ws);
            let back = import("b.zip", &export(&ws, Format::Brat).bytes).unwrap().workspace;
            prop_assert_eq!(&back.documents[0].text, &ws.documents[0].text);
            prop_assert_eq!(spans_of(&back), spans_of(&ws));
        }

        #[test]
        fn label_studio_and_jsonl_exports_slice_by_code_points(ws in workspace(&[])) {
            for f in [Format::LabelStudio, Format::Jsonl] {
                let out = export(&ws, f);
                let back = import(&out.file_name, &out.bytes);
                let back = back.unwrap_or_else(|e| panic!("{f:?}: {e}")).workspace;
                prop_assert_eq!(spans_of(&back), spans_of(&ws));
            }
        }
    }
}

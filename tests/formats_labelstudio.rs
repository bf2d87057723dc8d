//! Label Studio both ways: the export's offsets (code points) and ids, and the import of
//! every JSON shape Label Studio writes for text tasks (cases `labelstudio-predictions`,
//! `labelstudio-relations`).

mod formats_util;

use formats_util::peers::*;
use formats_util::sample_workspace;
use parallax::formats::{export, import, Format};
use parallax::model::{offsets::slice_cp, Label};
use serde_json::{json, Value};

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

#[test]
fn label_studio_offsets_without_text_after_an_emoji_are_read_as_code_points_with_a_warning() {
    // "😀 " is 2 code points, 3 UTF-16 units: "Carroll" is at 2..9 in code points.
    let task = json!([{
        "data": {"text": "😀 Carroll said the soldier ran."},
        "annotations": [{"result": [
            {"id": "a", "from_name": "label", "to_name": "text", "type": "labels",
             "value": {"start": 2, "end": 9, "labels": ["Attribution"]}}
        ]}]
    }]);
    let r = import("tasks.json", task.to_string().as_bytes()).unwrap();
    assert_eq!(spans_of(&r.workspace)[0].3, "Carroll");
    assert!(
        r.warnings
            .iter()
            .any(|w| w.contains("1 region(s) carry no text to check") && w.contains("UTF-16")),
        "{:?}",
        r.warnings
    );
    // With the text to check, or with no character outside the BMP before it: no warning.
    let plain = json!([{
        "data": {"text": "Carroll said the soldier ran."},
        "annotations": [{"result": [
            {"id": "a", "from_name": "label", "to_name": "text", "type": "labels",
             "value": {"start": 0, "end": 7, "labels": ["Attribution"]}}
        ]}]
    }]);
    let r = import("tasks.json", plain.to_string().as_bytes()).unwrap();
    assert!(
        !r.warnings.iter().any(|w| w.contains("carry no text")),
        "{:?}",
        r.warnings
    );
}

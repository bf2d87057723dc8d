//! Behaviour of `parallax::formats` on Parallax JSON workspaces, good and bad: every
//! message a user can see for a bad workspace file is asserted here
//! (`tests/formats_articles.rs` has the article files) (TESTING.md, "Core: bad input", names these tests).

mod formats_util;

use formats_util::{sample_workspace, schema, validate};
use parallax::formats::{self, export, import, import_with, ErrorKind, Format, ImportOptions};
use parallax::model::{offsets::slice_cp, Label, Workspace};
use serde_json::{json, Value};

fn parallax_value(ws: &Workspace) -> Value {
    serde_json::from_slice(&export(ws, Format::Parallax).bytes).unwrap()
}

fn import_value(v: &Value) -> Result<formats::Imported, formats::FormatError> {
    import("ws.json", v.to_string().as_bytes())
}

fn err_of(v: &Value) -> formats::FormatError {
    import_value(v).expect_err("should be refused")
}

// ---------------------------------------------------------------- Parallax JSON

#[test]
fn parallax_json_round_trips_exactly_and_fits_the_schema() {
    let ws = sample_workspace();
    let v = parallax_value(&ws);
    assert_eq!(validate(&schema(), &v), Vec::<String>::new());
    for s in v["spans"].as_array().unwrap() {
        let doc = v["documents"]
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["id"] == s["doc"])
            .unwrap();
        let sliced = slice_cp(
            doc["text"].as_str().unwrap(),
            s["start"].as_u64().unwrap() as usize,
            s["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(
            sliced,
            s["text"].as_str(),
            "python slicing gives the span text"
        );
    }
    let back = import("ws.json", &export(&ws, Format::Parallax).bytes).unwrap();
    assert_eq!(
        back.workspace, ws,
        "ids, order, next_id and everything else survive"
    );
    assert!(back.warnings.is_empty(), "{:?}", back.warnings);
    // Fresh ids after import do not collide.
    let mut w = back.workspace;
    let d = w.documents[0].id.clone();
    let id = w.add_span(&d, 1, 3, Label::Context).unwrap();
    assert!(ws.span(&id).is_none() && w.validate().is_empty());
}

/// Session 45: what each article came in through is recorded, written in Parallax JSON
/// (fitting the schema), read back as written; a file saved before it was recorded reads
/// as unknown and writes nothing; a value this Parallax does not know reads as unknown,
/// with a warning; every other import records its own format, whatever the file held.
#[test]
fn each_article_records_what_it_came_in_through() {
    use parallax::model::ImportedFrom;
    let mut ws = sample_workspace();
    let froms = [ImportedFrom::LabelStudio, ImportedFrom::Text];
    for (d, from) in ws.documents.iter_mut().zip(froms) {
        d.imported_from = from;
    }
    let v = parallax_value(&ws);
    assert_eq!(validate(&schema(), &v), Vec::<String>::new());
    assert_eq!(v["documents"][0]["imported_from"], "labelstudio");
    assert_eq!(v["documents"][1]["imported_from"], "text");
    let back = import("ws.json", &export(&ws, Format::Parallax).bytes).unwrap();
    let got: Vec<ImportedFrom> = back
        .workspace
        .documents
        .iter()
        .map(|d| d.imported_from)
        .collect();
    assert_eq!(got, froms);
    assert!(back.warnings.is_empty(), "{:?}", back.warnings);
    // Saved before the record was kept: unknown, and nothing written.
    let mut old = v.clone();
    for d in old["documents"].as_array_mut().unwrap() {
        d.as_object_mut().unwrap().remove("imported_from");
    }
    let back = import("old.json", old.to_string().as_bytes()).unwrap();
    assert!(back
        .workspace
        .documents
        .iter()
        .all(|d| d.imported_from.is_unknown()));
    assert!(back.warnings.is_empty(), "{:?}", back.warnings);
    let again = parallax_value(&back.workspace);
    assert!(again["documents"][0].get("imported_from").is_none());
    // A name this Parallax does not know: unknown, said.
    let mut odd = v.clone();
    odd["documents"][0]["imported_from"] = json!("prodigy");
    assert!(!validate(&schema(), &odd).is_empty());
    let back = import("odd.json", odd.to_string().as_bytes()).unwrap();
    assert!(back.workspace.documents[0].imported_from.is_unknown());
    assert_eq!(
        back.workspace.documents[1].imported_from,
        ImportedFrom::Text
    );
    assert!(
        back.warnings.iter().any(|w| w.contains("documents[0]")
            && w.contains("imported_from \"prodigy\" is not a format this Parallax knows")),
        "{:?}",
        back.warnings
    );
    // Through W3C Web Annotation: W3C, whatever the workspace recorded.
    let w3c = import("ws.jsonld", &export(&ws, Format::W3c).bytes).unwrap();
    assert!(w3c
        .workspace
        .documents
        .iter()
        .all(|d| d.imported_from == ImportedFrom::W3c));
    // Equality is of content: the record does not count.
    assert_eq!(w3c.workspace.documents, ws.documents);
}

#[test]
fn the_schema_validator_is_not_vacuous() {
    let ws = sample_workspace();
    let s = schema();
    let mut v = parallax_value(&ws);
    v["spans"][0]["label"] = json!("person");
    v["spans"][1]["start"] = json!(-1);
    v["documents"][0]["sha256"] = json!("XYZ");
    v["links"][0]["score"] = json!(1.5);
    v["extra"] = json!(1);
    v["relations"][0].as_object_mut().unwrap().remove("from");
    let errors = validate(&s, &v);
    assert_eq!(errors.len(), 6, "{errors:#?}");
}

#[test]
fn newer_versions_and_other_formats_are_refused_clearly() {
    let mut v = parallax_value(&sample_workspace());
    v["version"] = json!(2);
    let e = err_of(&v);
    assert_eq!(e.kind, ErrorKind::Version);
    assert!(
        e.message
            .starts_with("version 2 is newer than this Parallax understands (1)"),
        "{}",
        e.message
    );
    v["version"] = json!("1");
    assert!(err_of(&v).message.contains("\"version\" is \"1\""));
    v["version"] = json!(1);
    v["format"] = json!("other");
    assert!(err_of(&v)
        .message
        .contains("this is a \"other\" file, not a Parallax workspace"));
    v.as_object_mut().unwrap().remove("format");
    assert!(err_of(&v)
        .message
        .contains("\"format\": \"parallax\" is missing"));
}

#[test]
fn json_syntax_errors_give_line_and_column() {
    let e = import(
        "ws.json",
        b"{\n  \"format\": \"parallax\",\n  \"version\": 1,,\n}",
    )
    .unwrap_err();
    assert_eq!(e.kind, ErrorKind::Syntax);
    assert!(
        e.message.starts_with("ws.json is not valid JSON ("),
        "{}",
        e.message
    );
    assert!(
        e.message.ends_with(
            "at line 3, column 16; fix it there (or export the file again from the program \
             that wrote it)."
        ),
        "{}",
        e.message
    );
    let full = export(&sample_workspace(), Format::Parallax).bytes;
    let e = import("ws.json", &full[..full.len() / 2]).unwrap_err();
    assert!(
        e.message
            .contains("ends too early (the file may be cut off)"),
        "{}",
        e.message
    );
    let deep = "[".repeat(100_000);
    let e = import("deep.json", deep.as_bytes()).unwrap_err();
    assert_eq!(e.kind, ErrorKind::Syntax, "{}", e.message);
}

/// A lone UTF-16 surrogate escape (`"\ud800"`: JavaScript's and Python's JSON write it,
/// serde cannot read it) is named as such, at its line and column, with what to do;
/// JSONL says the file's line, not serde's "line 1" of that line.
#[test]
fn a_lone_surrogate_is_named_where_it_is() {
    let ws = "{\n  \"format\": \"parallax\",\n  \"version\": 1,\n  \"documents\": [{\"id\": \"d1\", \"title\": \"\\ud83d\\ude00 \\ud800\", \"text\": \"x\"}]\n}";
    let jsonl = "{\"text\": \"fine\", \"label\": []}\n{\"text\": \"cut \\udc00\", \"label\": []}\n";
    for (name, text, start) in [
        (
            "ws.json",
            ws,
            "ws.json line 4, column 53: the text holds \\ud800, a lone UTF-16 surrogate",
        ),
        (
            "bad.jsonl",
            jsonl,
            "bad.jsonl line 2, column 15: the text holds \\udc00",
        ),
        // Other syntax errors in a JSONL line: the file's line, the line's column.
        (
            "bad.jsonl",
            "{\"text\": \"a\"}\n{\"text\": ,}\n",
            "bad.jsonl line 2: not valid JSON (expected value, column 10)",
        ),
    ] {
        let e = import(name, text.as_bytes()).unwrap_err();
        assert_eq!(e.kind, ErrorKind::Syntax, "{}", e.message);
        let m = &e.message;
        assert!(m.starts_with(start), "{m}");
        assert!(
            !start.contains("surrogate") || m.contains("not a character; remove it"),
            "{m}"
        );
    }
}

#[test]
fn offsets_are_checked_with_located_messages() {
    let base = parallax_value(&sample_workspace());
    let mut v = base.clone();
    v["spans"][3]["end"] = json!(120);
    v["spans"][3].as_object_mut().unwrap().remove("text");
    assert_eq!(
        err_of(&v).message,
        "spans[3] (id \"s6\"): end 120 is past the end of document \"d1\" (81 characters). \
         Correct this in the program that wrote the file and export it again (or edit the \
         file), then import it again."
    );
    let cases = [
        (json!(-3), "spans[0] (id \"s3\"): start -3 is negative; offsets count characters from 0"),
        (json!(1.5), "spans[0] (id \"s3\"): start 1.5 is not a whole number; offsets count characters"),
        (json!("12"), "spans[0] (id \"s3\"): start should be a number but is text"),
        (json!(1e30), "spans[0] (id \"s3\"): start 1e+30 is far too large for any document"),
        (json!(null), "spans[0] (id \"s3\"): \"start\" is missing"),
        (json!(42), "spans[0] (id \"s3\"): start and end are both 42; a span must cover at least one character"),
        (json!(50), "spans[0] (id \"s3\"): start 50 is after end 42"),
    ];
    for (start, message) in cases {
        let mut v = base.clone();
        v["spans"][0]["start"] = start;
        v["spans"][0].as_object_mut().unwrap().remove("text");
        // Session 48: what to do follows every refusal of a file's content.
        assert_eq!(
            err_of(&v).message,
            format!(
                "{message}. Correct this in the program that wrote the file and export it \
                 again (or edit the file), then import it again."
            )
        );
    }
    let mut v = base.clone();
    v["spans"][0]["end"] = serde_json::from_str("18446744073709551616").unwrap();
    assert!(
        err_of(&v).message.contains("far too large"),
        "{}",
        err_of(&v).message
    );
}

#[test]
fn moved_span_text_is_refused_and_can_be_reanchored() {
    let mut v = parallax_value(&sample_workspace());
    // The article gained a prefix after export: every d1 span's text moved by 4.
    let text = format!("NEW {}", v["documents"][0]["text"].as_str().unwrap());
    v["documents"][0]["text"] = json!(text);
    let e = err_of(&v);
    assert!(e.can_reanchor, "{}", e.message);
    assert!(e.message.starts_with("4 problems were found:\n- spans[0] (id \"s3\"): the text at 13..42 of document \"d1\" is "), "{}", e.message);
    assert!(
        e.message
            .contains("but the span's text is “the soldier was shot 4 times.”"),
        "{}",
        e.message
    );
    let opts = ImportOptions { reanchor: true };
    let r = import_with("ws.json", v.to_string().as_bytes(), &opts).unwrap();
    let s3 = r.workspace.span("s3").unwrap();
    assert_eq!((s3.start, s3.end), (17, 46));
    assert_eq!(
        r.workspace.span_text(s3),
        Some("the soldier was shot 4 times.")
    );
    assert!(
        r.warnings
            .iter()
            .any(|w| w.starts_with("documents[0] (id \"d1\"): the text's SHA-256 does not match")),
        "{:?}",
        r.warnings
    );
    assert!(
        r.warnings
            .iter()
            .any(|w| w.starts_with("span \"s3\" was re-anchored from 13..42 to 17..46")),
        "{:?}",
        r.warnings
    );
    assert_eq!(r.warnings.len(), 5, "{:?}", r.warnings);
    // Links and relations survive re-anchoring.
    assert_eq!(r.workspace.links.len(), 2);
    assert_eq!(r.workspace.relations.len(), 1);
}

#[test]
fn reanchoring_picks_the_nearest_occurrence_and_reports_missing_text() {
    let text = "shot. shot. shot. shot.";
    let v = json!({"format": "parallax", "version": 1,
        "documents": [{"id": "d1", "title": "t", "source": "", "text": text}],
        "spans": [{"id": "s1", "doc": "d1", "start": 13, "end": 17, "label": "claim", "text": "shot"}],
        "links": [], "relations": [], "rejections": []});
    let r = import_with(
        "w.json",
        v.to_string().as_bytes(),
        &ImportOptions { reanchor: true },
    )
    .unwrap();
    let s = r.workspace.span("s1").unwrap();
    assert_eq!((s.start, s.end), (12, 16));
    // A span whose text occurs nowhere is left out and named, not refusing the file
    // (trial 24, U4; the rest: tests/formats_reanchor.rs).
    let mut v = v;
    v["spans"][0]["text"] = json!("gone");
    let r = import_with(
        "w.json",
        v.to_string().as_bytes(),
        &ImportOptions { reanchor: true },
    )
    .unwrap();
    assert_eq!(r.workspace.documents.len(), 1);
    assert!(r.workspace.spans.is_empty());
    assert_eq!(r.left_out, ["spans[0] (id \"s1\"): its text “gone” does not occur anywhere in document \"d1\", so it could not be re-anchored and was left out"]);
}

#[test]
fn ids_and_references_are_checked() {
    let base = parallax_value(&sample_workspace());
    let mut v = base.clone();
    v["spans"][1]["id"] = json!("s3");
    assert!(err_of(&v)
        .message
        .contains("spans[1] (id \"s3\"): the id \"s3\" is already used by spans[0] (id \"s3\")"));
    let mut v = base.clone();
    v["spans"][1]["doc"] = json!("d9");
    assert!(err_of(&v)
        .message
        .contains("spans[1] (id \"s4\"): document \"d9\" does not exist"));
    // A link to a span the file does not have is left out and named; the rest is
    // imported (trial 43, F: one dangling link refused the whole file).
    let mut v = base.clone();
    v["links"][0]["b"] = json!("s404");
    let r = parallax::formats::import("dangling.json", v.to_string().as_bytes())
        .expect("imported without the link");
    assert_eq!(
        r.left_out,
        ["links[0] (id \"l10\"): span \"s404\" does not exist in the file, so the link was left out"]
    );
    assert!(r.workspace.links.iter().all(|l| l.id != "l10"));
    assert_eq!(r.workspace.spans.len(), sample_workspace().spans.len());
    assert!(
        parallax::formats::left_out_notice("dangling.json", &r.left_out)
            .starts_with("dangling.json: 1 item was left out; everything else was imported:")
    );
    // A relation likewise.
    let mut v = base.clone();
    v["relations"][0]["to"] = json!("s405");
    let r = parallax::formats::import("dangling.json", v.to_string().as_bytes())
        .expect("imported without the relation");
    assert!(
        r.left_out[0]
            .contains("span \"s405\" does not exist in the file, so the relation was left out"),
        "{:?}",
        r.left_out
    );
    assert!(r.workspace.relations.is_empty() || r.workspace.relations.iter().all(|x| x.id != "r9"));
    let mut v = base.clone();
    v["links"][0]["b"] = json!("s4");
    assert!(err_of(&v).message.contains("are both in document \"d1\""));
    let mut v = base.clone();
    v["relations"][0]["from"] = json!("s5");
    assert!(err_of(&v).message.contains("relations[0] (id \"r9\"): span \"s5\" is a quote, but only an attribution can attribute"), "{}", err_of(&v).message);
    let mut v = base.clone();
    v["spans"][0]["label"] = json!("person");
    assert!(err_of(&v)
        .message
        .contains("label \"person\" is not one of claim, quote, attribution, context"));
    let mut v = base.clone();
    v["spans"][0]["label"] = json!("CLAIM");
    assert!(import_value(&v).is_ok(), "labels match case-insensitively");
    let mut v = base.clone();
    v["rejections"][0]["span"] = json!("s404");
    let r = import_value(&v).unwrap();
    assert!(r.workspace.rejections.is_empty());
    assert!(r.warnings[0].contains("rejections[0]: the rejected suggestion refers to a span"));
}

#[test]
fn wrong_types_are_named() {
    let base = parallax_value(&sample_workspace());
    let mut v = base.clone();
    v["documents"] = json!({"d1": 1});
    assert_eq!(
        err_of(&v).message,
        "the workspace: \"documents\" should be a list but is an object. Correct this in \
         the program that wrote the file and export it again (or edit the file), then import \
         it again."
    );
    let mut v = base.clone();
    v["documents"][0]["text"] = json!(42);
    assert!(err_of(&v)
        .message
        .contains("documents[0] (id \"d1\"): \"text\" should be text but is a number"));
    let mut v = base.clone();
    v["spans"][0] = json!("s3");
    assert!(err_of(&v)
        .message
        .contains("spans[0] should be an object but is text"));
    let mut v = base.clone();
    v["links"][0]["kind"] = json!("maybe");
    assert!(err_of(&v)
        .message
        .contains("links[0] (id \"l10\"): kind \"maybe\" is unknown"));
    let e = import("ws.json", b"[1, 2]").unwrap_err();
    assert_eq!(e.kind, ErrorKind::Unsupported);
    let e = import("notes.txt", b"Just an article about things.").unwrap_err();
    assert!(
        e.message
            .starts_with("notes.txt is not a workspace file Parallax can import"),
        "{}",
        e.message
    );
}

#[test]
fn many_problems_are_summarised() {
    let mut v = parallax_value(&sample_workspace());
    for s in v["spans"].as_array_mut().unwrap() {
        s["doc"] = json!("nope");
    }
    let e = err_of(&v);
    assert!(
        e.message.starts_with("6 problems were found:\n- spans[0]"),
        "{}",
        e.message
    );
}

#[test]
fn a_file_that_is_no_workspace_is_told_what_a_workspace_is_not_how_to_load_articles() {
    // Import refuses binary files as workspace files, not as articles: "load a .txt" is the
    // wrong advice to someone grading students or converting annotations.
    let e = import("student.json", b"\x7fELF\x02\x01\x01\0").unwrap_err();
    assert_eq!(e.kind, ErrorKind::Binary);
    assert_eq!(
        e.message,
        "student.json looks like a program (ELF), not a workspace file; import a Parallax JSON, \
         JSONL, Label Studio, W3C Web Annotation or brat zip file."
    );
    let e = import("data.json", b"{\"a\": 1}\0\0\0\x01\x02\x03").unwrap_err();
    assert!(
        e.message
            .starts_with("data.json looks like a binary file, not a workspace file"),
        "{}",
        e.message
    );
    // The message for a JSON of another tool names no button of the page (the CLI shows it
    // too, and in the page it also follows Open files…).
    let e = import("package.json", br#"{"name": "x", "version": "1.0.0"}"#).unwrap_err();
    assert_eq!(e.kind, ErrorKind::Unsupported);
    assert!(
        e.message.ends_with(
            "or a brat zip); export the annotations as one of these, and load articles \
                 from .txt, .md or .html files."
        ),
        "{}",
        e.message
    );
}

/// Ids and `next_id` near the top of u64 (a hand-edited or hostile file): imported, and
/// the next span gets a fresh id without overflowing.
#[test]
fn huge_id_numbers_and_next_id_do_not_overflow() {
    let mut v = parallax_value(&sample_workspace());
    v["next_id"] = json!(u64::MAX);
    // One more span, with the huge id.
    let mut extra = v["spans"][0].clone();
    extra["id"] = json!(format!("s{}", u64::MAX));
    extra["label"] = json!("context");
    v["spans"].as_array_mut().expect("spans").push(extra);
    let mut ws = import_value(&v).expect("imported").workspace;
    let doc = ws.documents[0].id.clone();
    let id = ws
        .add_span(&doc, 1, 2, Label::Context)
        .expect("a fresh span");
    assert!(
        ws.spans.iter().filter(|s| s.id == id).count() == 1,
        "{id} is unique"
    );
    assert!(
        id.len() < 12,
        "counting on from the ids in use, not from u64::MAX: {id}"
    );
}

/// A link flag's softer kind (`"vague": true`) survives every format that keeps flags; a
/// file written before it existed (no `vague`) reads as the exact kind; a wrong type is
/// named.
#[test]
fn a_flags_vague_kind_round_trips_and_older_files_read_as_exact() {
    let ws = sample_workspace();
    assert!(ws.links[0].flags[0].vague);
    for format in [Format::Parallax, Format::Jsonl, Format::W3c] {
        let back = import("ws.json", &export(&ws, format).bytes).unwrap();
        assert_eq!(
            back.workspace.links[0].flags, ws.links[0].flags,
            "{format:?}"
        );
    }
    let mut v = parallax_value(&ws);
    assert_eq!(v["links"][0]["flags"][0]["vague"], json!(true));
    // Written only when true: an exact flag has no "vague" field.
    v["links"][0]["flags"][0]
        .as_object_mut()
        .unwrap()
        .remove("vague");
    let older = import_value(&v).unwrap();
    assert!(!older.workspace.links[0].flags[0].vague);
    assert!(!parallax_value(&older.workspace)["links"][0]["flags"][0]
        .as_object()
        .unwrap()
        .contains_key("vague"));
    v["links"][0]["flags"][0]["vague"] = json!("yes");
    let e = err_of(&v);
    assert!(
        e.to_string()
            .contains("flags[0]: \"vague\" should be true or false but is text"),
        "{e}"
    );
}

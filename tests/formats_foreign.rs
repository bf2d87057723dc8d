//! Behaviour of `parallax::formats` on the other formats (JSONL and doccano, Label Studio,
//! W3C Web Annotation, brat zips) and on recovering a damaged save: the messages a user
//! sees for a bad file (TESTING.md, "Core: bad input", names these tests).

mod formats_util;

use formats_util::sample_workspace;
use parallax::formats::zip::Entry;
use parallax::formats::{export, import, read_article, ErrorKind, Format};
use serde_json::{json, Value};

// ---------------------------------------------------------------- JSONL, doccano, Label Studio

#[test]
fn jsonl_round_trips_documents_spans_and_relations() {
    let ws = sample_workspace();
    let out = export(&ws, Format::Jsonl);
    assert_eq!(
        String::from_utf8(out.bytes.clone())
            .unwrap()
            .lines()
            .count(),
        2
    );
    let back = import(&out.file_name, &out.bytes).unwrap().workspace;
    assert_eq!(back.documents, ws.documents);
    assert_eq!(back.spans, ws.spans);
    assert_eq!(back.relations, ws.relations);
    assert_eq!(back.links, ws.links, "JSONL carries cross-source links");
    assert_eq!(back.rejections, ws.rejections);
}

#[test]
fn doccano_jsonl_imports_with_unknown_labels_reported() {
    let lines = concat!(
        r#"{"text": "Ann said the car hit 3 people.", "label": [[0, 3, "PERSON"], [4, 8, "Attribution"], [9, 30, "CLAIM"], [0, 3, "PERSON"]]}"#,
        "\n",
        r#"{"id": 7, "text": "😀 Bob", "label": [[2, 5, "quote"]]}"#,
        "\n"
    );
    let r = import("doccano.jsonl", lines.as_bytes()).unwrap();
    let ws = &r.workspace;
    assert_eq!(ws.documents.len(), 2);
    assert_eq!(ws.spans.len(), 3);
    assert_eq!(
        ws.span_text(&ws.spans[2]),
        Some("Bob"),
        "offsets are code points"
    );
    assert_eq!(
        r.warnings,
        vec!["2 spans with label \"PERSON\" were not imported (Parallax knows claim, quote, attribution, context)"]
    );
    let new_style = r#"{"text": "Ann said hi.", "entities": [{"id": 1, "start_offset": 0, "end_offset": 8, "label": "attribution"}, {"id": 2, "start_offset": 9, "end_offset": 11, "label": "quote"}], "relations": [{"id": 5, "from_id": 1, "to_id": 2, "type": "attributes"}]}"#;
    let r = import("new.jsonl", new_style.as_bytes()).unwrap();
    assert_eq!(r.workspace.relations.len(), 1);
    let bad = "{\"text\": \"abc\", \"label\": [[0, 9, \"claim\"]]}\n{oops\n";
    let e = import("bad.jsonl", bad.as_bytes()).unwrap_err();
    assert!(
        e.message.starts_with("bad.jsonl line 2: not valid JSON"),
        "{}",
        e.message
    );
    let e = import("bad.jsonl", &bad.as_bytes()[..44]).unwrap_err();
    assert_eq!(
        e.message,
        "line 1: label[0]: end 9 is past the end of document \"d1\" (3 characters). Correct \
         this in the program that wrote the file and export it again (or edit the file), \
         then import it again."
    );
}

#[test]
fn label_studio_exports_import_including_utf16_offsets() {
    let tasks = json!([{
        "id": 1, "data": {"text": "😀 Carroll said he was shot."},
        "annotations": [{"result": [
            {"id": "a", "from_name": "label", "to_name": "text", "type": "labels",
             "value": {"start": 2, "end": 14, "text": "Carroll said", "labels": ["Attribution"]}},
            {"id": "b", "from_name": "label", "to_name": "text", "type": "labels",
             "value": {"start": 16, "end": 28, "text": "he was shot.", "labels": ["Claim"]}},
            {"id": "c", "type": "labels", "value": {"start": 0, "end": 1, "text": "😀", "labels": ["Emoji"]}},
            {"type": "relation", "from_id": "a", "to_id": "b", "direction": "right"}
        ]}]
    }]);
    let r = import("ls.json", tasks.to_string().as_bytes()).unwrap();
    let ws = &r.workspace;
    assert_eq!(ws.spans.len(), 2);
    assert_eq!(ws.span_text(&ws.spans[0]), Some("Carroll said"));
    assert_eq!(ws.span_text(&ws.spans[1]), Some("he was shot."));
    assert_eq!(ws.relations.len(), 1);
    assert!(
        r.warnings
            .iter()
            .any(|w| w.contains("1 region(s) had offsets counted in UTF-16 units")),
        "{:?}",
        r.warnings
    );
    assert!(
        r.warnings
            .iter()
            .any(|w| w.contains("1 span with label \"Emoji\" was not imported")),
        "{:?}",
        r.warnings
    );
}

// ---------------------------------------------------------------- W3C

#[test]
fn w3c_round_trips_exactly() {
    let ws = sample_workspace();
    let out = export(&ws, Format::W3c);
    let v: Value = serde_json::from_slice(&out.bytes).unwrap();
    assert_eq!(v["type"], "AnnotationCollection");
    let first = &v["first"]["items"][0];
    assert_eq!(first["body"]["purpose"], "tagging");
    assert_eq!(
        first["target"]["selector"][0]["exact"],
        "the soldier was shot 4 times."
    );
    assert_eq!(first["target"]["selector"][1]["start"], 13);
    let back = import(&out.file_name, &out.bytes).unwrap();
    assert_eq!(back.workspace, ws);
    assert!(back.warnings.is_empty(), "{:?}", back.warnings);
}

#[test]
fn foreign_w3c_without_texts_is_explained() {
    let v = json!({"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation",
        "body": {"value": "hi"}, "target": "http://example.com/page"});
    let e = import("anno.jsonld", v.to_string().as_bytes()).unwrap_err();
    assert!(
        e.message.contains("does not carry the documents' text"),
        "{}",
        e.message
    );
}

#[test]
fn a_hypothesis_export_is_refused_not_loaded_as_a_one_line_article() {
    // Trial 49, 6: the annotator's note ("ransom figure") became an article's whole text.
    let v = json!([{"id": "h1", "uri": "https://example.org/amstelland", "text": "ransom figure",
        "target": [{"source": "https://example.org/amstelland", "selector": [{"type":
        "TextQuoteSelector", "exact": "$5 million", "prefix": "a ransom of ",
        "suffix": " in bitcoin"}]}], "tags": ["number"], "user": "acct:ana@hypothes.is"}]);
    let e = import("hypothesis-export.json", v.to_string().as_bytes()).unwrap_err();
    assert_eq!(e.kind, ErrorKind::Unsupported);
    assert!(e.message.contains("Hypothes.is"), "{}", e.message);
    assert!(e.message.contains("Open files"), "{}", e.message);
    // A doccano list of texts is still imported, one article each.
    let v = json!([{"text": "Ann said the car hit 3 people."}]);
    let ws = import("d.json", v.to_string().as_bytes())
        .unwrap()
        .workspace;
    assert_eq!(ws.documents.len(), 1);
}

// ---------------------------------------------------------------- brat

#[test]
fn brat_round_trips_what_it_carries_with_links_on_the_side() {
    let ws = sample_workspace();
    let out = export(&ws, Format::Brat);
    let files = parallax::formats::zip::read("b.zip", &out.bytes).unwrap();
    let names: Vec<&str> = files.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "d1.txt",
            "d1.ann",
            "d2.txt",
            "d2.ann",
            "annotation.conf",
            "links.json"
        ]
    );
    assert_eq!(
        files[0].data,
        ws.documents[0].text.replace("\r\n", "\n").as_bytes(),
        "brat .txt has brat's line ends (brat counts CRLF as one character); links.json \
         records the CRLF so the import restores it"
    );
    let ann = String::from_utf8(files[1].data.clone()).unwrap();
    assert!(
        ann.contains("T4\tAttribution 0 12\tCarroll said\n"),
        "{ann}"
    );
    assert!(ann.contains("R9\tAttributes Arg1:T4 Arg2:T3\n"), "{ann}");
    let back = import(&out.file_name, &out.bytes).unwrap();
    assert_eq!(
        back.workspace, ws,
        "with links.json the brat zip is lossless"
    );
    assert!(back.warnings.is_empty(), "{:?}", back.warnings);
}

#[test]
fn foreign_brat_zips_import_with_warnings() {
    use parallax::formats::zip::{write, Entry};
    let text = "Ann said the bus crashed.\nMore text here.";
    let ann = "T1\tPerson 0 3\tAnn\nT2\tattribution 0 8\tAnn said\nT3\tClaim 9 25;26 30\tthe bus crashed. More\nR1\tAttributes Arg1:T2 Arg2:T3\nA1\tNegated T3\n#1\tAnnotatorNotes T1\tnote\n";
    let zip = write(&[
        Entry {
            name: "col/doc.txt".into(),
            data: text.as_bytes().to_vec(),
        },
        Entry {
            name: "col/doc.ann".into(),
            data: ann.as_bytes().to_vec(),
        },
    ]);
    let r = import("col.zip", &zip).unwrap();
    let ws = &r.workspace;
    assert_eq!(ws.documents[0].title, "Ann said the bus crashed.");
    assert_eq!(ws.spans.len(), 2);
    assert_eq!(
        ws.span_text(ws.span("s3").unwrap()),
        Some("the bus crashed.\nMore")
    );
    assert_eq!(ws.relations.len(), 1);
    let mut warnings = r.warnings.clone();
    warnings.sort();
    assert_eq!(warnings, [
        "1 brat line(s) starting with 'A' (attributes) were ignored",
        "1 span with label \"Person\" was not imported (Parallax knows claim, quote, attribution, context)",
    ]);
    // Offsets that do not match the text.
    let bad = write(&[
        Entry {
            name: "doc.txt".into(),
            data: text.as_bytes().to_vec(),
        },
        Entry {
            name: "doc.ann".into(),
            data: b"T1\tClaim 0 3\tBob\nT2\tClaim 0 99\tx\nT3\tClaim a b\tx\n".to_vec(),
        },
    ]);
    let e = import("bad.zip", &bad).unwrap_err();
    assert!(
        e.message.starts_with("3 problems were found:"),
        "{}",
        e.message
    );
    assert!(e.message.contains("doc.ann line 1 (T1): the text at 0..3 of document \"doc\" is “Ann”, but the span's text is “Bob”"), "{}", e.message);
    assert!(
        e.message.contains(
            "doc.ann line 2 (T2): end 99 is past the end of document \"doc\" (41 characters)"
        ),
        "{}",
        e.message
    );
    assert!(
        e.message.contains("doc.ann line 3: T1 has \"a b\"")
            || e.message
                .contains("doc.ann line 3: T3 has \"a b\" where two whole numbers"),
        "{}",
        e.message
    );
}

#[test]
fn broken_and_compressed_zips_are_refused() {
    let out = export(&sample_workspace(), Format::Brat).bytes;
    let e = import("cut.zip", &out[..out.len() - 30]).unwrap_err();
    assert!(
        e.message.starts_with("cut.zip is not a readable zip file"),
        "{}",
        e.message
    );
    // Deflate is read; a Deflate flag on stored data is damage, named as such.
    let mut fake = out.clone();
    let cd = out.windows(4).position(|w| w == b"PK\x01\x02").unwrap();
    fake[cd + 10] = 8;
    let e = import("z.zip", &fake).unwrap_err();
    assert!(
        e.message
            .starts_with("z.zip is not a readable zip file (d1.txt cannot be unpacked: "),
        "{}",
        e.message
    );
    // bzip2 (method 12) is refused with advice.
    fake[cd + 10] = 12;
    let e = import("z.zip", &fake).unwrap_err();
    assert!(
        e.message
            .contains("d1.txt is compressed with a method Parallax cannot read"),
        "{}",
        e.message
    );
    let e = import("a.ann", b"T1\tClaim 0 3\tAnn\n").unwrap_err();
    assert!(
        e.message.contains("brat annotation file without its text"),
        "{}",
        e.message
    );
    let only_txt = parallax::formats::zip::write(&[parallax::formats::zip::Entry {
        name: "a.txt".into(),
        data: b"x".to_vec(),
    }]);
    let e = import("t.zip", &only_txt).unwrap_err();
    assert!(
        e.message.contains("has no brat .ann files"),
        "{}",
        e.message
    );
    // A Word or OpenDocument file is a zip too: it is named for what it is (trial 44 F5).
    for (name, files, what) in [
        (
            "report.docx",
            &["[Content_Types].xml", "word/document.xml"][..],
            "a Word document (.docx)",
        ),
        (
            "notes.odt",
            &["mimetype", "content.xml"][..],
            "an OpenDocument file (.odt)",
        ),
    ] {
        let e = import(name, &zip_of(files)).unwrap_err();
        assert_eq!(
            e.message,
            format!(
                "{name} is {what}, not an article's text or a workspace file; copy the \
                 article's text out of it (or save it as plain text) and load that .txt, .md \
                 or .html file."
            )
        );
    }
}

/// A zip of `names`, each holding a little XML or text.
fn zip_of(names: &[&str]) -> Vec<u8> {
    let entries: Vec<Entry> = names
        .iter()
        .map(|n| Entry {
            name: n.to_string(),
            data: if n.ends_with(".ann") {
                b"T1\tClaim 0 1\tx\n".to_vec()
            } else {
                b"x".to_vec()
            },
        })
        .collect();
    parallax::formats::zip::write(&entries)
}

#[test]
fn a_word_processor_file_is_described_the_same_by_open_files_and_import() {
    // Trial 46, 8: one .docx was "a ZIP archive (a Word .docx ...)" through Open files…
    // and "a Word document (.docx)" through Import…: one message for both now.
    for (name, files, what) in [
        (
            "letter.docx",
            &["[Content_Types].xml", "word/document.xml"][..],
            "a Word document (.docx)",
        ),
        (
            "notes.odt",
            &["mimetype", "content.xml", "styles.xml"][..],
            "an OpenDocument file (.odt)",
        ),
    ] {
        let bytes = zip_of(files);
        let opened = read_article(name, &bytes).unwrap_err();
        let imported = import(name, &bytes).unwrap_err();
        assert_eq!(opened, imported, "{name}");
        assert_eq!(opened.kind, ErrorKind::Binary);
        assert!(
            opened.message.starts_with(&format!(
                "{name} is {what}, not an article's text or a workspace file;"
            )),
            "{}",
            opened.message
        );
        // Renamed, it is still told by what it holds.
        let e = read_article("letter.txt", &bytes).unwrap_err();
        assert!(
            e.message.starts_with(&format!("letter.txt is {what},")),
            "{}",
            e.message
        );
    }
    // Near cases keep their own messages: another zip, a zip cut off after its first
    // bytes (nothing in it can be read), a brat zip that happens to hold a content.xml.
    let other = zip_of(&["photo.jpg", "readme.md"]);
    let e = read_article("holiday.zip", &other).unwrap_err();
    assert!(
        e.message
            .starts_with("holiday.zip looks like a ZIP archive (a Word .docx or"),
        "{}",
        e.message
    );
    let e = import("holiday.zip", &other).unwrap_err();
    assert!(
        e.message.contains("has no brat .ann files"),
        "{}",
        e.message
    );
    let cut = b"PK\x03\x04\x14\0\x06\0word/document.xml";
    let e = read_article("story.docx", cut).unwrap_err();
    assert!(
        e.message.starts_with("story.docx looks like a ZIP archive"),
        "{}",
        e.message
    );
    let brat = zip_of(&["mimetype", "content.xml", "d.txt", "d.ann"]);
    assert!(import("brat.zip", &brat).is_ok());
}

#[test]
fn deflate_zips_from_other_tools_import() {
    // Made with Python's zipfile (ZIP_DEFLATED), as operating systems' "Compress" does.
    let hex = "504b03041400000008004bb1755df54b393720000000340000000a000000636f6c6c2f782e74787473cccb53284ecc4c5128c94855482a2d56482e4a2cce484dd15370c425c30500504b03041400000008004bb1755d0128e2b73d0000003b0000000a000000636f6c6c2f782e616e6e0b31e4742c2929ca4c2a2dc9cccf533050b0e074cccb53284ecc4ce10a31e274ce49cccc55b0543032e52cc94855482a2d56482e4a2cce484dd1e30200504b010214031400000008004bb1755df54b393720000000340000000a0000000000000000000000800100000000636f6c6c2f782e747874504b010214031400000008004bb1755d0128e2b73d0000003b0000000a0000000000000000000000800148000000636f6c6c2f782e616e6e504b0506000000000200020070000000ad0000000000";
    let bytes: Vec<u8> = (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap())
        .collect();
    let r = import("coll.zip", &bytes).unwrap();
    let ws = &r.workspace;
    assert_eq!(
        ws.documents[0].text.as_ref(),
        "Ann said the bus crashed. Ann said the bus crashed.\n"
    );
    assert_eq!(ws.span_text(&ws.spans[1]), Some("the bus crashed."));
    assert!(r.warnings.is_empty(), "{:?}", r.warnings);
}

#[test]
fn format_names_parse() {
    for f in Format::ALL {
        assert_eq!(Format::from_name(f.name()), Some(f));
    }
    assert_eq!(Format::from_name(" Doccano "), Some(Format::Jsonl));
    assert_eq!(Format::from_name("xml"), None);
}

/// A damaged autosave: what is still valid is recovered, and what is not is named.
#[test]
fn salvage_keeps_what_is_valid_and_names_what_is_not() {
    let raw = r#"{"format":"parallax","version":1,"next_id":5,
      "documents":[{"id":"d1","title":"A","source":"a.txt","text":"Carroll said the soldier was shot 4 times."}],
      "spans":[{"id":"s2","doc":"d1","start":13,"end":42,"label":"claim"},
               {"id":"s3","doc":"d1","start":0,"end":900,"label":"quote"},
               {"id":"s4","doc":"d1","start":0,"end":12,"label":"attribution"}],
      "relations":[{"id":"r5","kind":"attributes","from":"s4","to":"s3"}],
      "links":[],"rejections":[]}"#;
    assert!(parallax::formats::import("x", raw.as_bytes()).is_err());
    let (ws, dropped) = parallax::formats::salvage::salvage(raw).expect("recoverable");
    let ids: Vec<&str> = ws.spans.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["s2", "s4"]);
    assert!(ws.relations.is_empty());
    assert!(
        dropped
            .iter()
            .any(|d| d.contains("s3") && d.contains("end 900")),
        "{dropped:?}"
    );
    assert!(dropped.iter().any(|d| d.contains("r5")), "{dropped:?}");
    assert!(parallax::formats::salvage::salvage("{\"documents\": [").is_none());
}

/// A workspace file without articles is refused in every format (it would replace the open
/// workspace with an empty one), saying what was wrong and what to do, as an empty
/// article file is; a document whose text is empty is refused where it is.
#[test]
fn files_without_articles_and_empty_texts_are_refused_in_every_format() {
    use parallax::formats::{zip, ErrorKind};
    use parallax::model::Workspace;
    let empty = Workspace::new();
    let mut files: Vec<(String, Vec<u8>)> = [Format::Parallax, Format::W3c, Format::Jsonl]
        .into_iter()
        .chain([Format::Brat, Format::LabelStudio])
        .map(|f| {
            let out = export(&empty, f);
            (out.file_name, out.bytes)
        })
        .collect();
    files.push((
        "nodocs.json".into(),
        br#"{"format":"parallax","version":1,"documents":[]}"#.to_vec(),
    ));
    files.push((
        "conf.zip".into(),
        zip::write(&[zip::Entry {
            name: "annotation.conf".into(),
            data: b"[entities]\nClaim\n".to_vec(),
        }]),
    ));
    files.push(("tasks.json".into(), br#"{"tasks": []}"#.to_vec()));
    for (name, bytes) in &files {
        let e = import(name, bytes).expect_err(name);
        // (A brat zip without .ann files is told so: "has no brat .ann files; …".)
        assert!(
            matches!(e.kind, ErrorKind::Empty | ErrorKind::Unsupported),
            "{name}: {:?} {}",
            e.kind,
            e.message
        );
        assert!(
            e.message.starts_with(&format!("{name} ")),
            "names the file: {}",
            e.message
        );
    }
    let e = import("nodocs.json", &files[5].1).unwrap_err();
    assert_eq!(
        e.message,
        "nodocs.json holds no articles, so there is nothing to import; choose a workspace \
         file exported with its articles, or load the articles themselves (.txt, .md or \
         .html files)."
    );

    let texts = [
        (
            "emptytext.json",
            json!({"format": "parallax", "version": 1, "documents": [
                {"id": "d1", "title": "A", "text": "Some text."},
                {"id": "d2", "title": "B", "text": ""}]})
            .to_string(),
            "documents[1] (id \"d2\"): the text is empty",
        ),
        (
            "e.jsonl",
            "{\"text\": \"abc\"}\n{\"text\": \"\", \"label\": []}\n".to_string(),
            "line 2: the text is empty",
        ),
    ];
    for (name, text, start) in texts {
        let e = import(name, text.as_bytes()).expect_err(name);
        assert!(e.message.starts_with(start), "{}", e.message);
        assert!(
            e.message.ends_with(
                "every document needs its article's text (give it its text or remove the \
                 document from the file). Correct this in the program that wrote the file and \
                 export it again (or edit the file), then import it again."
            ),
            "{}",
            e.message
        );
    }
}

//! The command line and a file whose article text changed after its spans were made
//! (trial 24): every refusal says the command that re-anchors it, `parallax convert IN
//! --to parallax --reanchor`, not the page's button (E2); and `convert --reanchor` writes
//! every span it can place, names each item it left out on standard error and exits with
//! 2 (U4: it refused the whole file). A student's file `grade` refuses names `parallax grade
//! --reanchor KEY STUDENT`, which grades it on the key's text as the class view's
//! Re-anchor by quote does, and `convert --reanchor --onto KEY` writes that file (trial
//! 26, F6: the advised command graded the student on 1 of 2 articles).

mod cli_util;

use cli_util::*;

/// A workspace of one article whose text changed after export: "nine" -> "ten" moves the
/// second span by one; the third span's text was reworded away.
fn edited(name: &str) -> String {
    let text = "He was sentenced to nine years. The council said it reformed.";
    let cp = |needle: &str| {
        let b = text.find(needle).expect("needle");
        let s = text[..b].chars().count();
        (s, s + needle.chars().count())
    };
    let span = |id: &str, needle: &str| {
        let (start, end) = cp(needle);
        serde_json::json!({"id": id, "doc": "d1", "start": start, "end": end,
                           "label": "claim", "text": needle})
    };
    let v = serde_json::json!({"format": "parallax", "version": 1,
        "documents": [{"id": "d1", "title": "ITV", "source": "itv.txt",
            "text": "He was sentenced to ten years. The council said it changed."}],
        "spans": [span("s1", "He was sentenced"), span("s2", "The council said"),
                  span("s3", "it reformed.")],
        "links": [], "relations": [], "rejections": []});
    let p = temp(name);
    std::fs::write(&p, v.to_string()).expect("write");
    p.to_str().expect("path").to_string()
}

#[test]
fn grade_and_report_say_the_command_that_reanchors_a_changed_file() {
    let f = edited("changed.json");
    for args in [
        vec!["grade", &f, &f],
        vec!["report", &f],
        vec!["agree", &f, &f],
    ] {
        let o = run(&args);
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {err}");
        assert!(
            err.contains(&format!(
                "run: parallax convert {f} --to parallax --reanchor"
            )),
            "{args:?}: {err}"
        );
        assert!(
            !err.contains("Import again with re-anchoring"),
            "{args:?}: {err}"
        );
    }
}

#[test]
fn convert_reanchor_writes_what_it_can_place_and_exits_2_naming_the_rest() {
    let f = edited("partial.json");
    let out = temp("partial.out.json");
    let out = out.to_str().expect("path");
    let o = run(&["convert", &f, "--to", "parallax", "--reanchor", "-o", out]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(
        err.contains(
            "parallax: left out: spans[2] (id \"s3\"): its text “it reformed.” does not \
             occur anywhere in document \"d1\", so it could not be re-anchored and was left out"
        ),
        "{err}"
    );
    assert!(
        err.contains("1 item(s) could not be re-anchored and were left out"),
        "{err}"
    );
    assert!(
        err.contains("span \"s2\" was re-anchored from 32..48 to 31..47"),
        "{err}"
    );
    let back = parallax::formats::import("back.json", &std::fs::read(out).expect("written"))
        .expect("re-import");
    let ids: Vec<&str> = back.workspace.spans.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["s1", "s2"]);
}

#[test]
fn grade_reanchor_grades_a_changed_student_on_the_keys_text_as_the_class_view_does() {
    // Trial 26, F6: the advised `convert --reanchor` kept the student's changed copy of the
    // article, which is not the key's, so the student was graded on 1 of 2 articles.
    let (key, edited) = (class_file("key.json"), class_file("edited.json"));
    let o = run(&["grade", &key, &edited]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains(&format!("run: parallax grade --reanchor {key} {edited}")),
        "{}",
        stderr(&o)
    );
    assert!(stderr(&o).contains(&format!(
        "parallax convert {edited} --to parallax --reanchor --onto {key} -o FIXED.json"
    )));
    let o = run(&["grade", "--reanchor", &key, &edited]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("was loaded with the answer key's text of \"Ex-Northfield"),
        "{}",
        stderr(&o)
    );
    assert_eq!(graded(&o), [(2, 1.0)]);
    // A file that reads as it is is graded as without --reanchor.
    let maria = class_file("maria.json");
    let with = graded(&run(&["grade", "--reanchor", &key, &maria]));
    assert_eq!(with, graded(&run(&["grade", &key, &maria])));
    assert!(with[0].1 < 1.0, "{with:?}");
    // The class view's Re-anchor by quote (one core) gives the same grade.
    let key_ws = parallax::formats::import("key.json", &std::fs::read(&key).expect("key"))
        .expect("key")
        .workspace;
    let bytes: std::rc::Rc<[u8]> = std::fs::read(&edited).expect("edited").into();
    let (file, _) =
        parallax::exercise::class::read_class_file("edited.json", bytes, true, Some(&key_ws));
    let file = file.expect("loaded");
    let g = parallax::exercise::grade(
        parallax::exercise::Annotated::new("key.json", &key_ws),
        parallax::exercise::Annotated::new("edited.json", &file.workspace),
    )
    .expect("graded");
    assert_eq!(
        (g.graded_articles as u64, g.spans.overall.strict.f1),
        (2, 1.0)
    );
    // The file `convert --reanchor --onto KEY` writes is graded the same.
    let fixed = temp("edited_onto_key.json");
    let fixed = fixed.to_str().expect("path");
    let o = run(&[
        "convert",
        &edited,
        "--to",
        "parallax",
        "--reanchor",
        "--onto",
        &key,
        "-o",
        fixed,
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(graded(&run(&["grade", &key, fixed])), [(2, 1.0)]);
}

#[test]
fn agree_with_a_key_advises_reanchoring_a_changed_file_onto_the_key() {
    // Without the key the advice keeps the file's own texts (above); with `--key` it names
    // the command that puts the key's text back, as `grade` and the class view do.
    let (key, edited) = (class_file("key.json"), class_file("edited.json"));
    let (maria, tom) = (class_file("maria.json"), class_file("tom.json"));
    let o = run(&["agree", "--key", &key, &maria, &tom, &edited]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).contains(&format!(
            "run: parallax convert {edited} --to parallax --reanchor --onto {key} -o FIXED.json"
        )),
        "{}",
        stderr(&o)
    );
}

#[test]
fn grade_reanchor_names_what_it_could_not_place_and_grades_the_rest() {
    // A span of the changed article whose quote is not in the key's text either.
    let (key, edited) = (class_file("key.json"), class_file("edited.json"));
    let mut v: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&edited).expect("edited")).expect("JSON");
    v["spans"][10]["text"] = "Words no article holds.".into();
    let f = temp("edited_lost_span.json");
    std::fs::write(&f, v.to_string()).expect("write");
    let f = f.to_str().expect("path");
    let o = run(&["grade", "--reanchor", &key, f]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(err.contains("id \"s11\""), "{err}");
    assert!(
        err.contains("could not be placed in the changed text"),
        "{err}"
    );
    assert!(
        err.contains("could not be re-anchored and were left out of the grades"),
        "{err}"
    );
    // Graded on both articles, with the key's span there missed.
    let got = graded(&o);
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].0, 2);
    assert!(got[0].1 < 1.0, "{got:?}");
}

#[test]
fn offsets_in_utf16_units_are_named_by_convert_grade_and_the_class_view() {
    // Trial 42, F3: the text was the key's, unchanged; the offsets counted UTF-16 units
    // (an emoji in the title), and every message said the texts seemed to have changed.
    let text = "Ponte cai 😢 em Amarante\nDuas pessoas morreram.";
    let span = |id: &str, needle: &str| {
        let b = text.find(needle).expect("needle");
        let start = text[..b].encode_utf16().count();
        serde_json::json!({"id": id, "doc": "d1", "start": start,
            "end": start + needle.encode_utf16().count(), "label": "claim", "text": needle})
    };
    let ws = |spans: Vec<serde_json::Value>| {
        serde_json::json!({"format": "parallax", "version": 1,
            "documents": [{"id": "d1", "title": "Público", "source": "p.txt", "text": text}],
            "spans": spans, "links": [], "relations": [], "rejections": []})
        .to_string()
    };
    let (key, js) = (temp("utf16_key.json"), temp("utf16_student.json"));
    std::fs::write(&key, ws(vec![])).expect("key");
    std::fs::write(&js, ws(vec![span("s1", "Duas pessoas morreram.")])).expect("student");
    let (key, js) = (key.to_str().expect("key"), js.to_str().expect("js"));
    for args in [vec!["convert", js, "--to", "jsonl"], vec!["grade", key, js]] {
        let err = stderr(&run(&args));
        assert!(
            err.contains("UTF-16 code units (JavaScript string indices)"),
            "{err}"
        );
        assert!(!err.contains("seem to have changed"), "{err}");
        assert!(err.contains("--reanchor"), "{err}");
    }
    let (file, notices) = parallax::exercise::class::read_class_file(
        "utf16_student.json",
        std::rc::Rc::from(ws(vec![span("s1", "Duas pessoas morreram.")]).into_bytes()),
        false,
        None,
    );
    assert!(file.is_none());
    assert!(
        notices[0].summary.contains("UTF-16 code units"),
        "{:?}",
        notices[0]
    );
    assert!(notices[0].reanchor.is_some());
}

//! The command line and a file whose article text changed after its spans were made
//! (trial 24): every refusal says the command that re-anchors it, `parallax convert IN
//! --to parallax --reanchor`, not the page's button (E2); and `convert --reanchor` writes
//! every span it can place, names each item it left out on standard error and exits with
//! 2 (U4: it refused the whole file).

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
            "parallax: left out: spans[2] (id \"s3\"): its text \"it reformed.\" does not \
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

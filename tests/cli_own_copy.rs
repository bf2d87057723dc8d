//! A student's file that reads as it is but holds its own copy of a key article, one word
//! different and its spans made on that copy (trial 40 T7): `grade` says it in one
//! warning with where the texts part and the command that grades it on the key's text;
//! `grade --reanchor` does so (it only re-anchored files refused for changed text); the
//! class view offers Re-anchor by quote for it; and such a file does not hide a copied
//! pair of the rest of the class, which was compared only over the articles every file
//! holds. A file whose line ends alone changed (CRLF <-> LF, trial 42 F2) is said to be
//! one, with Re-anchor by quote, in every place: never "start again". The page says it in
//! full once, in the file's notice with Re-anchor by quote; its tabs point to that notice.

mod cli_util;

use cli_util::*;
use parallax::exercise::class::{
    left_out_sentence, own_copy_notice, read_class_file, Class, ClassFile, FileNotice, LeftOutOf,
};
use parallax::exercise::{grade, Annotated};
use std::rc::Rc;

/// tom.json with "Reportedly " written into article `doc` before its first span, every
/// span of it after that moved by as many code points: a file exported from the
/// student's own copy of that article. Written to a temporary file; its path.
fn own_copy(doc: &str) -> String {
    let mut v: serde_json::Value =
        serde_json::from_slice(&std::fs::read(class_file("tom.json")).expect("tom")).expect("json");
    let ins = "Reportedly ";
    let n = ins.chars().count() as u64;
    let spans = v["spans"].as_array_mut().expect("spans");
    let first = spans
        .iter()
        .filter(|s| s["doc"] == doc)
        .map(|s| s["start"].as_u64().expect("start"))
        .min()
        .expect("a span in the article");
    for s in spans.iter_mut().filter(|s| s["doc"] == doc) {
        for end in ["start", "end"] {
            let x = s[end].as_u64().expect("offset");
            if s["start"].as_u64().expect("start") >= first {
                s[end] = (x + n).into();
            }
        }
    }
    for d in v["documents"].as_array_mut().expect("documents") {
        if d["id"] == doc {
            let t: Vec<char> = d["text"].as_str().expect("text").chars().collect();
            let cut = first as usize;
            let text: String = t[..cut]
                .iter()
                .chain(ins.chars().collect::<Vec<_>>().iter())
                .chain(&t[cut..])
                .collect();
            d["text"] = text.into();
        }
    }
    v["annotator"] = "owen".into();
    let p = temp(&format!("own_copy_{doc}.json"));
    std::fs::write(&p, v.to_string()).expect("write");
    p.to_str().expect("path").to_string()
}

#[test]
fn grade_names_an_own_copy_once_and_reanchor_grades_it_on_the_keys_text() {
    let (key, own) = (class_file("key.json"), own_copy("d2"));
    let tom = graded(&run(&["grade", &key, &class_file("tom.json")]));
    let o = run(&["grade", &key, &own]);
    let err = stderr(&o);
    assert_eq!(graded(&o), [(1, graded(&o)[0].1)], "{err}");
    assert_eq!(err.matches("own copy of the article").count(), 1, "{err}");
    assert!(!err.contains("does not have the article"), "{err}");
    assert!(err.contains("first at code point"), "{err}");
    assert!(
        err.contains(&format!("parallax grade --reanchor {key} {own}")),
        "{err}"
    );
    let o = run(&["grade", "--reanchor", &key, &own]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("was loaded with the answer key's text of \"Ex-Northfield"));
    assert_eq!(graded(&o), tom, "graded on the key's text as tom is");
}

#[test]
fn the_class_view_offers_reanchor_for_an_own_copy() {
    let key = read(&class_file("key.json"));
    let file = |p: &str| ClassFile {
        name: "owen.json".into(),
        workspace: Rc::new(read(p)),
    };
    assert_eq!(own_copy_notice(&file(&class_file("tom.json")), &key), None);
    let notice = own_copy_notice(&file(&own_copy("d1")), &key).expect("a notice");
    assert!(
        notice
            .summary
            .contains("own copy of \"Former council leader"),
        "{}",
        notice.summary
    );
    let bytes = notice.reanchor.expect("bytes to re-anchor");
    let (loaded, _) = read_class_file("owen.json", bytes, true, Some(&key));
    let loaded = loaded.expect("loaded");
    let k = Annotated::new("key.json", &key);
    let g = grade(k, Annotated::new("owen.json", &loaded.workspace)).expect("graded");
    let t = grade(
        k,
        Annotated::new("tom.json", &read(&class_file("tom.json"))),
    )
    .expect("tom");
    assert_eq!(g.graded_articles, 2);
    assert_eq!(g.spans.overall.strict.f1, t.spans.overall.strict.f1);
}

#[test]
fn an_own_copy_does_not_hide_a_copied_pair() {
    let key = class_file("key.json");
    let (maria, copycat) = (class_file("maria.json"), class_file("copycat.json"));
    for doc in ["d1", "d2"] {
        let own = own_copy(doc);
        let err = stderr(&run(&["grade", &key, &maria, &copycat, &own]));
        assert!(
            err.contains(&format!("{maria} and {copycat} have the very same spans")),
            "{doc}: {err}"
        );
        assert!(
            !err.contains(&format!("{own} have the very same")),
            "{doc}: {err}"
        );
    }
}

#[test]
fn another_article_under_the_same_title_is_not_an_own_copy() {
    // Default titles ("Article 1") name different texts: two warnings, as before.
    let ws = |texts: [&str; 2]| {
        let docs: Vec<serde_json::Value> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| serde_json::json!({"id": format!("d{i}"), "title": format!("Article {i}"), "source": "", "text": t}))
            .collect();
        serde_json::json!({"format": "parallax", "version": 1, "documents": docs, "spans": [],
            "links": [], "relations": [], "rejections": []})
        .to_string()
    };
    let (k, h) = (temp("same_title_key.json"), temp("same_title_half.json"));
    std::fs::write(&k, ws(["One text here.", "The key's second article."])).expect("key");
    std::fs::write(&h, ws(["One text here.", "A third text."])).expect("half");
    let err = stderr(&run(&[
        "grade",
        k.to_str().expect("k"),
        h.to_str().expect("h"),
    ]));
    assert!(!err.contains("own copy"), "{err}");
    assert!(
        err.contains("does not have the article \"Article 1\""),
        "{err}"
    );
}

#[test]
fn agree_names_an_own_copy_once_with_what_to_do() {
    // Trial 41 F7: `agree` said both "owen.json does not have it" and "only owen.json has
    // it" of one article, and advised loading it from the exercise file.
    let own = own_copy("d1");
    for (args, err) in agree_with(&own) {
        assert_eq!(
            err.matches("Former council leader").count(),
            1,
            "{args:?}: {err}"
        );
        assert!(
            err.contains(&format!("{own} has its own copy of it")),
            "{args:?}: {err}"
        );
        assert!(err.contains("--reanchor --onto"), "{args:?}: {err}");
        assert!(!err.contains("does not have it"), "{args:?}: {err}");
    }
}

/// The workspace of the file at `p`.
fn read(p: &str) -> parallax::model::Workspace {
    let bytes = std::fs::read(p).expect("file");
    parallax::formats::import(p, &bytes)
        .expect("reads")
        .workspace
}

/// `agree` of tom.json, maria.json and `own`, with the key and without: the arguments
/// and standard error of each run.
fn agree_with(own: &str) -> Vec<(Vec<String>, String)> {
    let (key, tom, maria) = (
        class_file("key.json"),
        class_file("tom.json"),
        class_file("maria.json"),
    );
    let with_key = ["agree", "--key", &key, &tom, &maria, own];
    let without = ["agree", &tom, &maria, own];
    [&with_key[..], &without[..]]
        .iter()
        .map(|args| {
            let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
            let refs: Vec<&str> = args.iter().map(String::as_str).collect();
            let err = stderr(&run(&refs));
            (args, err)
        })
        .collect()
}

/// tom.json as an editor that writes CRLF line ends saves it: every article's text with
/// `\r\n` for `\n` (only in article `only`, when given), each span moved by the line ends
/// before it, as a student's file re-exported after such an edit is (trial 42, F2).
/// Written to a temporary file; its path.
fn crlf_copy(only: Option<&str>) -> String {
    let mut v: serde_json::Value =
        serde_json::from_slice(&std::fs::read(class_file("tom.json")).expect("tom")).expect("json");
    let mut texts = std::collections::HashMap::new();
    for d in v["documents"].as_array_mut().expect("documents") {
        if only.is_some_and(|o| d["id"] != o) {
            continue;
        }
        let t = d["text"].as_str().expect("text").to_string();
        texts.insert(d["id"].as_str().expect("id").to_string(), t.clone());
        d["text"] = t.replace('\n', "\r\n").into();
    }
    for s in v["spans"].as_array_mut().expect("spans") {
        let Some(t) = texts.get(s["doc"].as_str().expect("doc")) else {
            continue;
        };
        for end in ["start", "end"] {
            let x = s[end].as_u64().expect("offset") as usize;
            let breaks = t.chars().take(x).filter(|&c| c == '\n').count();
            s[end] = ((x + breaks) as u64).into();
        }
    }
    v["annotator"] = "caio".into();
    let p = temp(&format!("crlf_copy_{}.json", only.unwrap_or("all")));
    std::fs::write(&p, v.to_string()).expect("write");
    p.to_str().expect("path").to_string()
}

#[test]
fn a_file_whose_line_ends_alone_changed_is_never_sent_back_to_be_redone() {
    // Trial 42, F2: `grade` said only "start again from the exercise file" of a student
    // whose editor had turned the line ends around, and so did the class view's Grades,
    // Agreement and Curation tabs, while its notice offered Re-anchor by quote (1.00).
    let key = class_file("key.json");
    let (tom, crlf) = (class_file("tom.json"), crlf_copy(None));
    let o = run(&["grade", &key, &crlf]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(err.contains("only the line ends differ"), "{err}");
    assert!(
        err.contains("key.json's text, CRLF in the student's"),
        "{err}"
    );
    assert!(err.contains("Nothing needs to be redone"), "{err}");
    assert!(
        err.contains(&format!("parallax grade --reanchor {key} {crlf}")),
        "{err}"
    );
    assert!(err.contains("Re-anchor by quote"), "{err}");
    assert!(!err.contains("start again"), "{err}");
    let o = run(&["grade", "--reanchor", &key, &crlf]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(graded(&o), graded(&run(&["grade", &key, &tom])));
    // agree, with a key and without.
    for (args, err) in agree_with(&crlf) {
        assert!(err.contains("only the line ends differ"), "{args:?}: {err}");
        assert!(err.contains("--reanchor --onto"), "{args:?}: {err}");
        assert!(!err.contains("start again"), "{args:?}: {err}");
    }
    // One article's line ends changed, the other's not: one warning, saying so.
    let half = crlf_copy(Some("d2"));
    let err = stderr(&run(&["grade", &key, &half]));
    assert_eq!(err.matches("own copy of the article").count(), 1, "{err}");
    assert!(err.contains("only the line ends differ"), "{err}");
    assert!(!err.contains("first at code point"), "{err}");
}

/// The class of key.json with tom.json and caio.json (tom's file with CRLF line ends,
/// [`crlf_copy`]): the key's, tom's and caio's workspaces, and the class.
fn crlf_class() -> (
    parallax::model::Workspace,
    parallax::model::Workspace,
    parallax::model::Workspace,
    Class,
) {
    let key = read(&class_file("key.json"));
    let (tom, crlf) = (read(&class_file("tom.json")), read(&crlf_copy(None)));
    let files = [
        Annotated::new("tom.json", &tom),
        Annotated::new("caio.json", &crlf),
    ];
    let class = Class::with_key(Annotated::new("key.json", &key), &files);
    (key, tom, crlf, class)
}

#[test]
fn the_class_view_says_only_the_line_ends_differ_in_every_tab() {
    let (key, tom, crlf, class) = crlf_class();
    // Grades tab.
    let grades = class.grades();
    let e = grades[1].as_ref().expect_err("left out of the grades");
    assert!(e.contains("only the line ends differ"), "{e}");
    assert!(e.contains("Re-anchor by quote"), "{e}");
    assert!(!e.contains("start again"), "{e}");
    // Agreement and Curation tabs.
    let (_, left_out) = class.comparable_files();
    assert_eq!(left_out.len(), 1, "{left_out:?}");
    assert!(
        left_out[0].contains("only the line ends differ"),
        "{left_out:?}"
    );
    assert!(!left_out[0].contains("start again"), "{left_out:?}");
    // The notice on top.
    let file = ClassFile {
        name: "caio.json".into(),
        workspace: Rc::new(crlf.clone()),
    };
    let notice = own_copy_notice(&file, &key).expect("a notice");
    assert!(
        notice.summary.contains("only the line ends differ"),
        "{}",
        notice.summary
    );
    assert!(
        notice.summary.contains("Nothing needs to be redone"),
        "{}",
        notice.summary
    );
    // Its Re-anchor by quote grades it as tom is.
    let bytes = notice.reanchor.expect("bytes to re-anchor");
    let (loaded, said) = read_class_file("caio.json", bytes, true, Some(&key));
    let loaded = loaded.expect("loaded");
    assert!(
        said.iter().all(|n| !n.details.contains("SHA-256")),
        "{said:?}"
    );
    let k = Annotated::new("key.json", &key);
    let g = grade(k, Annotated::new("caio.json", &loaded.workspace)).expect("graded");
    let t = grade(k, Annotated::new("tom.json", &tom)).expect("tom");
    assert_eq!(g.graded_articles, 2);
    assert_eq!(g.spans.overall.strict.f1, t.spans.overall.strict.f1);
}

/// Trial 47: the page said the CRLF student's reason ("only the line ends differ …") in
/// full three times besides its notice: in the Grades tab and in the Agreement and
/// Curation tabs. The notice, which offers Re-anchor by quote, is where the trainer acts:
/// it says it whole, and each tab points to it in one short sentence; with that notice
/// dismissed, or when the only notice about the file offers no re-anchoring or is about
/// another file, the tab says the whole reason again.
#[test]
fn the_class_view_says_why_once_in_the_notice_that_offers_re_anchor_by_quote() {
    let (key, _, crlf, class) = crlf_class();
    let file = ClassFile {
        name: "caio.json".into(),
        workspace: Rc::new(crlf.clone()),
    };
    let notice = own_copy_notice(&file, &key).expect("a notice");
    assert!(notice.summary.contains("only the line ends differ"));
    let grades = class.grades();
    let graded = grades[1].as_ref().expect_err("left out of the grades");
    let left = class.agreement_with_notices().left_out_files;
    assert_eq!(left.len(), 1, "{left:?}");
    assert_eq!(left[0].file, "caio.json");
    let shown = [notice.clone()];
    let tabs = [
        (LeftOutOf::Grades, graded.as_str(), "is not graded"),
        (
            LeftOutOf::AgreementAndCuration,
            left[0].message.as_str(),
            "Left out of agreement and curation: caio.json",
        ),
    ];
    for (of, reason, says) in tabs {
        assert!(reason.contains("only the line ends differ"), "{reason}");
        let (said, brief) = left_out_sentence("caio.json", reason, of, &shown);
        assert!(brief, "{said}");
        assert!(said.contains("caio.json") && said.contains(says), "{said}");
        assert!(said.contains("notice about it above"), "{said}");
        assert!(said.contains("Re-anchor by quote"), "{said}");
        assert!(
            !said.contains("line ends") && said.chars().count() < 140,
            "{said}"
        );
        // The notice dismissed: the whole reason.
        let none: [FileNotice; 0] = [];
        let whole = (reason.to_string(), false);
        assert_eq!(left_out_sentence("caio.json", reason, of, &none), whole);
        // A notice about another file, or one with nothing to re-anchor.
        let other = FileNotice {
            file: "tom.json".into(),
            ..notice.clone()
        };
        let plain = FileNotice {
            reanchor: None,
            ..notice.clone()
        };
        for n in [other, plain] {
            assert_eq!(left_out_sentence("caio.json", reason, of, [&n]), whole);
        }
    }
}

/// The workspace of the file at `p` with article `doc`'s title changed to `title` (and
/// its text to `text`, when given): a student's copy found by its id alone.
fn retitled(p: &str, doc: &str, title: &str, text: Option<&str>) -> parallax::model::Workspace {
    let mut ws = read(p);
    for d in ws.documents.iter_mut().filter(|d| d.id == doc) {
        d.title = title.to_string();
        if let Some(t) = text {
            d.text = t.into();
        }
    }
    ws
}

#[test]
fn an_own_copy_found_by_its_id_alone_is_told_as_one_in_the_agreement_notes() {
    // REPORT39-trainer: the Agreement and Curation notes matched own copies by title
    // only, so a copy whose title was changed (found by its id, as `grade` finds it) got
    // "does not have it" and "start again" advice instead of "only the line ends differ".
    let key = read(&class_file("key.json"));
    let tom = read(&class_file("tom.json"));
    let caio = retitled(&crlf_copy(Some("d2")), "d2", "My copy", None);
    let files = [
        Annotated::new("tom.json", &tom),
        Annotated::new("caio.json", &caio),
    ];
    let class = Class::with_key(Annotated::new("key.json", &key), &files);
    let (compared, left_out) = class.comparable_files();
    assert_eq!(compared.len(), 2, "{left_out:?}");
    assert_eq!(left_out.len(), 1, "{left_out:?}");
    assert!(
        left_out[0].contains("caio.json has its own copy of it"),
        "{left_out:?}"
    );
    assert!(
        left_out[0].contains("only the line ends differ"),
        "{left_out:?}"
    );
    // Another text under the same id is no copy of it: the article is left out as one
    // the file does not have.
    let other = retitled(
        &class_file("tom.json"),
        "d2",
        "My copy",
        Some("A different article about another event altogether."),
    );
    let files = [
        Annotated::new("tom.json", &tom),
        Annotated::new("caio.json", &other),
    ];
    let class = Class::with_key(Annotated::new("key.json", &key), &files);
    let (_, left_out) = class.comparable_files();
    assert!(
        !left_out.iter().any(|n| n.contains("own copy")),
        "{left_out:?}"
    );
    assert!(
        left_out
            .iter()
            .any(|n| n.contains("caio.json does not have it")),
        "{left_out:?}"
    );
}

#[test]
fn agree_without_a_key_advises_reanchoring_onto_the_first_file_not_grading() {
    // REPORT39-trainer, "Not done": without a key the file is compared with the first
    // student's file, and the advice named `parallax grade --reanchor FIRST FILE` (grading
    // on a student's file) and the class view's Re-anchor by quote (which re-anchors onto
    // a key only). With the key, grading on it stays the advice.
    let (key, tom) = (class_file("key.json"), class_file("tom.json"));
    let crlf = crlf_copy(None);
    for (args, err) in agree_with(&crlf) {
        let keyed = args.iter().any(|a| a == "--key");
        let reference = if keyed { &key } else { &tom };
        assert!(
            err.contains(&format!(
                "parallax convert {crlf} --to parallax --reanchor --onto {reference}"
            )),
            "{args:?}: {err}"
        );
        assert_eq!(
            err.contains(&format!("parallax grade --reanchor {key} {crlf}")),
            keyed,
            "{args:?}: {err}"
        );
        assert_eq!(err.contains("Re-anchor by quote"), keyed, "{args:?}: {err}");
        if !keyed {
            assert!(!err.contains("parallax grade"), "{args:?}: {err}");
            assert!(err.contains("compare FIXED.json in its place"), "{err}");
        }
        assert!(
            err.contains("Nothing needs to be redone"),
            "{args:?}: {err}"
        );
    }
}

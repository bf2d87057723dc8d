//! A student's file that reads as it is but holds its own copy of a key article, one word
//! different and its spans made on that copy (trial 40 T7): `grade` says it in one
//! warning with where the texts part and the command that grades it on the key's text;
//! `grade --reanchor` does so (it only re-anchored files refused for changed text); the
//! class view offers Re-anchor by quote for it; and such a file does not hide a copied
//! pair of the rest of the class, which was compared only over the articles every file
//! holds.

mod cli_util;

use cli_util::*;
use parallax::exercise::class::{own_copy_notice, read_class_file, ClassFile};
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
    let read = |p: &str| {
        let bytes = std::fs::read(p).expect("file");
        parallax::formats::import(p, &bytes)
            .expect("reads")
            .workspace
    };
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
    let key = class_file("key.json");
    let (tom, maria, own) = (
        class_file("tom.json"),
        class_file("maria.json"),
        own_copy("d1"),
    );
    for args in [
        vec!["agree", "--key", &key, &tom, &maria, &own],
        vec!["agree", &tom, &maria, &own],
    ] {
        let err = stderr(&run(&args));
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

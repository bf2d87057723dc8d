//! The trainer's rough edges of trial 43 (F): `agree --key` names each article by the
//! key's id and title, not the first student's; a student's file with one link to a span
//! it does not have is graded without that link, which is named (in `grade` and the class
//! view); two students' files with one annotator name are said.

mod cli_util;

use cli_util::*;
use parallax::exercise::class::{read_class_file, Class};
use serde_json::Value;
use std::rc::Rc;

fn json_of(path: &str) -> Value {
    serde_json::from_slice(&std::fs::read(path).expect("read")).expect("json")
}

/// `v` written to a temporary file `name`; its path.
fn write(name: &str, v: &Value) -> String {
    let p = temp(name);
    std::fs::write(&p, v.to_string()).expect("write");
    p.to_str().expect("path").to_string()
}

/// maria.json with its documents listed in the other order and their ids swapped.
fn swapped() -> String {
    let mut v = json_of(&class_file("maria.json"));
    let swap = |id: &str| if id == "d1" { "d2" } else { "d1" }.to_string();
    let docs = v["documents"].as_array_mut().expect("documents");
    docs.reverse();
    for d in docs.iter_mut() {
        d["id"] = swap(d["id"].as_str().expect("id")).into();
    }
    for s in v["spans"].as_array_mut().expect("spans") {
        s["doc"] = swap(s["doc"].as_str().expect("doc")).into();
    }
    write("swapped.json", &v)
}

#[test]
fn agree_with_a_key_names_articles_by_the_keys_ids() {
    let key = class_file("key.json");
    let o = run(&["agree", "--key", &key, &swapped(), &class_file("tom.json")]);
    assert!(o.status.success(), "{}", stderr(&o));
    let a: Value = serde_json::from_slice(&o.stdout).expect("agree JSON");
    let k = json_of(&key);
    let kdocs = k["documents"].as_array().expect("documents");
    let entries = a["disagreement"].as_array().expect("disagreement");
    assert!(!entries.is_empty());
    for d in entries {
        let kd = kdocs
            .iter()
            .find(|x| x["id"] == d["doc"])
            .expect("a key article of that id");
        assert_eq!(kd["title"], d["title"], "{d}");
    }
}

/// tom.json with its first link's second span renamed to one the file does not have.
fn dangling() -> String {
    let mut v = json_of(&class_file("tom.json"));
    v["links"][0]["b"] = "s999".into();
    write("dangling.json", &v)
}

#[test]
fn one_dangling_link_leaves_that_link_out_not_the_student() {
    let key = class_file("key.json");
    let file = dangling();
    let o = run(&["grade", &key, &file]);
    let err = stderr(&o);
    // Graded, the link named as left out and why; exit 2 (not all of it was graded).
    assert_eq!(graded(&o).len(), 1, "{err}");
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(
        err.contains("span \"s999\" does not exist in the file, so the link was left out"),
        "{err}"
    );
    assert!(
        !err.contains("could not be placed in the changed text"),
        "{err}"
    );
    // The class view loads it with an error notice naming the link.
    let bytes: Rc<[u8]> = std::fs::read(&file).expect("read").into();
    let (loaded, notices) = read_class_file("dangling.json", bytes, false, None);
    assert!(loaded.is_some());
    assert!(notices.iter().any(|n| n.error
        && n.summary.contains("1 item was left out")
        && n.details.contains("\"s999\" does not exist")));
}

#[test]
fn two_files_with_one_annotator_name_are_said() {
    let key = class_file("key.json");
    let mut v = json_of(&class_file("tom.json"));
    v["annotator"] = json_of(&class_file("maria.json"))["annotator"].clone();
    let twin = write("twin.json", &v);
    let maria = class_file("maria.json");
    let o = run(&["grade", &key, &maria, &twin]);
    let err = stderr(&o);
    assert!(o.status.success(), "{err}");
    assert!(
        err.contains("give the same annotator name") && err.contains("twin.json"),
        "{err}"
    );
    let g: Value = serde_json::from_slice(&o.stdout).expect("grade JSON");
    let warned = |i: usize| {
        g["students"][i]["warnings"].as_array().is_some_and(|w| {
            w.iter().any(|x| {
                x.as_str()
                    .is_some_and(|x| x.contains("same annotator name"))
            })
        })
    };
    assert!(!warned(0) && warned(1), "{g}");
    // Near case: tom and maria as they are (two names) get no such warning.
    let o = run(&["grade", &key, &maria, &class_file("tom.json")]);
    assert!(!stderr(&o).contains("same annotator name"));
    // The class view's grades say it too.
    let read = |p: &str| {
        read_class_file(p, std::fs::read(p).expect("read").into(), false, None)
            .0
            .expect("file")
    };
    let mut class = Class::default();
    class.set_key(read(&key));
    class.add_students(vec![read(&maria), read(&twin)]);
    let grades = class.grades();
    let warned: Vec<bool> = grades
        .iter()
        .map(|g| {
            g.as_ref()
                .expect("graded")
                .warnings
                .iter()
                .any(|w| w.contains("same annotator name"))
        })
        .collect();
    assert_eq!(warned, [false, true]);
}

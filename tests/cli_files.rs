//! The `parallax` command-line tool, run as a program: `convert`, `grade`, `report`,
//! help and version, and how files and output streams are handled (`tests/cli.rs` has
//! `score` and `suggest`).

mod cli_util;

use cli_util::*;
use std::process::Stdio;

#[test]
fn convert_errors_are_messages() {
    let o = run(&["convert", "/nonexistent/work.json", "--to", "w3c"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("/nonexistent/work.json"));
    let o = run(&["convert", "x.json", "--to", "docx"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("unknown format"));
    let o = run(&["convert", "x.json", "--to", "brat"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("-o"));
    let o = run(&["convert", "--to", "w3c"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("input file"));
    let bad = temp("garbage.json");
    std::fs::write(&bad, b"\xff\xfe not a workspace").expect("write");
    let o = run(&["convert", bad.to_str().expect("path"), "--to", "jsonl"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(!stderr(&o).is_empty());
}

#[test]
fn a_bad_file_is_named_once_by_its_path() {
    let empty = temp("empty.txt");
    std::fs::write(&empty, b"").expect("write");
    let path = empty.to_str().expect("path");
    let o = run(&["suggest", path, &sample("afp-defector-footage.txt")]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        stderr(&o),
        format!(
            "parallax: {path} is empty, so there is nothing to read; choose the file that holds \
             the text, or save it again from the program it was written in.\n"
        )
    );
    let o = run(&["grade", path, path]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        stderr(&o),
        format!(
            "parallax: {path} is empty, so there is nothing to read; choose the file that holds \
             the text, or save it again from the program it was written in.\n"
        )
    );
    // A message that does not name the file gets the path in front. (A span in a document
    // that does not exist is refused; a dangling link alone is left out and named.)
    let bad = temp("bad-span.json");
    std::fs::write(&bad, r#"{"format":"parallax","version":1,"documents":[],"spans":[{"id":"s1","doc":"d9","start":0,"end":1,"label":"claim"}],"links":[],"relations":[],"rejections":[]}"#)
        .expect("write");
    let bad = bad.to_str().expect("path");
    let o = run(&["convert", bad, "--to", "jsonl"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).starts_with(&format!("parallax: {bad}: ")),
        "{}",
        stderr(&o)
    );
}

#[test]
fn convert_reanchors_when_asked_as_its_message_says() {
    // The text was edited after export (CRLF -> LF): the spans' offsets moved.
    let mut ws = parallax::model::Workspace::new();
    let d = ws.add_document(
        "AFP",
        "a.txt",
        "Title\r\nCarroll said the soldier was shot.",
    );
    ws.add_span(&d, 20, 41, parallax::model::Label::Claim)
        .expect("span");
    let mut v: serde_json::Value = serde_json::from_slice(
        &parallax::formats::export(&ws, parallax::formats::Format::Parallax).bytes,
    )
    .expect("json");
    v["documents"][0]["text"] = "Title\nCarroll said the soldier was shot.".into();
    let edited = temp("edited.json");
    std::fs::write(&edited, v.to_string()).expect("write");
    let edited = edited.to_str().expect("path");
    let o = run(&["convert", edited, "--to", "parallax"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains(&format!(
            "parallax convert {edited} --to parallax --reanchor"
        )),
        "{}",
        stderr(&o)
    );
    let o = run(&["convert", edited, "--to", "parallax", "--reanchor"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("re-anchored from 20..41 to 19..40"),
        "{}",
        stderr(&o)
    );
    let back = parallax::formats::import("back.json", &o.stdout).expect("re-import");
    assert_eq!(
        (back.workspace.spans[0].start, back.workspace.spans[0].end),
        (19, 40)
    );
}

#[test]
fn dash_as_output_is_standard_output() {
    let mut ws = parallax::model::Workspace::new();
    ws.add_document("AFP", "sample", "The soldier ran.");
    let input = temp("dash.json");
    std::fs::write(
        &input,
        parallax::formats::export(&ws, parallax::formats::Format::Parallax).bytes,
    )
    .expect("write");
    let dir = temp("dash-cwd");
    std::fs::create_dir_all(&dir).expect("dir");
    for args in [
        vec![
            "convert",
            input.to_str().expect("path"),
            "--to",
            "jsonl",
            "-o",
            "-",
        ],
        vec!["report", input.to_str().expect("path"), "-o", "-"],
    ] {
        let o = bin().args(&args).current_dir(&dir).output().expect("run");
        assert!(o.status.success(), "{args:?}: {}", stderr(&o));
        assert!(!o.stdout.is_empty(), "{args:?} writes to standard output");
        assert!(!dir.join("-").exists(), "{args:?} wrote a file named -");
    }
}

#[test]
fn convert_writes_a_parallax_workspace() {
    let mut ws = parallax::model::Workspace::new();
    ws.add_document("AFP", "sample", "The soldier ran. Ünïcode 😀 text.");
    let exported = parallax::formats::export(&ws, parallax::formats::Format::Parallax);
    let input = temp("work.json");
    std::fs::write(&input, &exported.bytes).expect("write");
    let out = temp("copy.json");
    let o = run(&[
        "convert",
        input.to_str().expect("path"),
        "--to",
        "parallax",
        "-o",
        out.to_str().expect("path"),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let bytes = std::fs::read(&out).expect("output written");
    let back = parallax::formats::import("copy.json", &bytes).expect("re-import");
    assert_eq!(back.workspace.documents.len(), 1);
    assert_eq!(
        &*back.workspace.documents[0].text,
        "The soldier ran. Ünïcode 😀 text."
    );
    // To standard output when no -o is given.
    let o = run(&["convert", input.to_str().expect("path"), "--to", "parallax"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(!o.stdout.is_empty());
}

#[test]
fn every_subcommand_has_help_and_the_tool_a_version() {
    for cmd in ["score", "suggest", "convert"] {
        let o = run(&[cmd, "--help"]);
        assert!(o.status.success(), "{cmd} --help: {}", stderr(&o));
        let text = String::from_utf8_lossy(&o.stdout);
        assert!(text.contains("Usage: parallax"), "{cmd} --help: {text}");
    }
    let o = run(&["--version"]);
    assert!(o.status.success());
    assert!(String::from_utf8_lossy(&o.stdout).contains(env!("CARGO_PKG_VERSION")));
    // An unknown option is a usage error (exit 2) naming the option.
    let o = run(&["suggest", "--frobnicate"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--frobnicate"), "{}", stderr(&o));
    assert!(o.stdout.is_empty());
}

#[test]
fn a_reader_that_stops_early_ends_the_output_quietly() {
    // `parallax suggest A B --min 0 | head -1`: the pipe closes after the first line.
    use std::io::{BufRead, BufReader};
    let mut child = bin()
        .args([
            "suggest",
            &sample("afp-defector-footage.txt"),
            &sample("latimes-defector-video.txt"),
            "--min",
            "0",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("parallax runs");
    let mut first = String::new();
    BufReader::new(child.stdout.take().expect("stdout"))
        .read_line(&mut first)
        .expect("a first line");
    assert_eq!(first.trim(), "{");
    // The reader is dropped here: every later write meets a closed pipe.
    let out = child.wait_with_output().expect("parallax ends");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stderr(&out), "");
}

/// `ws` written as Parallax JSON to the temporary file `name`; its path.
fn write_workspace(name: &str, ws: &parallax::model::Workspace) -> String {
    let p = temp(name);
    let bytes = parallax::formats::export(ws, parallax::formats::Format::Parallax).bytes;
    std::fs::write(&p, bytes).expect("write");
    p.to_str().expect("path").to_string()
}

#[test]
fn grade_leaves_out_a_bad_student_file_and_grades_the_rest() {
    let mut key = parallax::model::Workspace::new();
    let d = key.add_document("AFP", "afp.txt", "The soldier ran across the border.");
    key.add_span(&d, 4, 11, parallax::model::Label::Claim)
        .expect("span");
    let mut other = parallax::model::Workspace::new();
    other.add_document("BBC", "bbc.txt", "Something else entirely.");
    let (k, good, wrong) = (
        write_workspace("gkey.json", &key),
        write_workspace("gmaria.json", &key),
        write_workspace("gother.json", &other),
    );
    let cut = temp("gcut.json");
    std::fs::write(&cut, br#"{"format": "parall"#).expect("write");
    let cut = cut.to_str().expect("path").to_string();
    let o = run(&["grade", &k, &wrong, &good, &cut]);
    // The good file is graded; the other two are named on standard error; exit code 2.
    assert_eq!(o.status.code(), Some(2));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON of the graded file");
    let text = v.to_string();
    assert!(
        text.contains("gmaria.json") && !text.contains("gother.json"),
        "{text}"
    );
    let err = stderr(&o);
    assert!(
        err.contains(&format!("{wrong} does not have any of the articles")),
        "{err}"
    );
    assert!(err.contains(&format!("{cut} ends too early")), "{err}");
    assert!(
        err.contains(&format!("left out of the grades: {wrong} does not have")),
        "{err}"
    );
    assert!(!err.contains(".;"), "{err}");
    assert!(
        err.contains("2 student file(s) could not be graded"),
        "{err}"
    );
    // Only bad students: nothing to print.
    let o = run(&["grade", &k, &wrong]);
    assert_eq!(o.status.code(), Some(2));
    assert!(o.stdout.is_empty());
}

/// A key of two articles, AFP and Le Monde, with a claim over each: the key, the two
/// articles' ids and the two claims' ids.
fn two_article_key() -> (parallax::model::Workspace, [String; 2], [String; 2]) {
    use parallax::model::{Label, Workspace};
    let mut key = Workspace::new();
    let d1 = key.add_document(
        "AFP",
        "afp.txt",
        "The defector was shot at least four times.",
    );
    let d2 = key.add_document(
        "Le Monde",
        "lm.txt",
        "Le soldat a été touché au moins quatre fois.",
    );
    let a = key.add_span(&d1, 0, 42, Label::Claim).expect("span");
    let b = key.add_span(&d2, 0, 44, Label::Claim).expect("span");
    (key, [d1, d2], [a, b])
}

#[test]
fn grade_names_both_ends_of_a_missed_link_and_leaves_out_an_extra_article() {
    use parallax::model::{Label, Origin};
    let (mut key, _, [a, b]) = two_article_key();
    key.add_link(&a, &b, Origin::Manual, None, vec![])
        .expect("link");
    // The student marks both claims, links nothing, and has one more article.
    let mut student = key.clone();
    student.links.clear();
    let d3 = student.add_document("Spiegel", "sp.txt", "Nordkoreanischer Soldat flieht.");
    student.add_span(&d3, 0, 23, Label::Claim).expect("span");
    let (k, s) = (
        write_workspace("lkey.json", &key),
        write_workspace("lcleo.json", &student),
    );
    let o = run(&["grade", &k, &s]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(0), "{err}");
    assert!(
        err.contains("has the article \"Spiegel\"") && err.contains("left out of the grade"),
        "{err}"
    );
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    let g = &v["students"][0];
    assert_eq!(g["spans"]["overall"]["strict"]["spurious"], 0, "{g}");
    assert_eq!(g["left_out_articles"][0]["title"], "Spiegel");
    let fb = &g["feedback"][0];
    assert_eq!(fb["kind"], "missed_link");
    assert_eq!(fb["doc_title"], "AFP");
    assert_eq!(
        fb["key"]["text"],
        "The defector was shot at least four times."
    );
    assert_eq!(fb["other_end"]["doc_title"], "Le Monde");
    assert_eq!(
        fb["other_end"]["text"],
        "Le soldat a été touché au moins quatre fois."
    );
}

#[test]
fn grade_grades_a_student_lacking_an_article_on_the_shared_ones_and_the_csv_says_so() {
    // Trial 16: eve lacks one of the key's articles; she was not graded at all.
    let (key, [_, d2], _) = two_article_key();
    let mut eve = key.clone();
    eve.remove_document(&d2).expect("remove");
    let (k, e, a) = (
        write_workspace("mkey.json", &key),
        write_workspace("meve.json", &eve),
        write_workspace("mana.json", &key),
    );
    let o = run(&["grade", &k, &e]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(0), "{err}");
    assert!(
        err.contains("does not have the article \"Le Monde\"")
            && err.contains("not counted as missed")
            && err.contains("1 of the key's 2 articles is graded"),
        "{err}"
    );
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    let g = &v["students"][0];
    assert_eq!(g["spans"]["overall"]["strict"]["missed"], 0, "{g}");
    assert_eq!(g["spans"]["overall"]["strict"]["f1"], 1.0, "{g}");
    assert_eq!(g["missing_articles"][0]["title"], "Le Monde");
    assert_eq!(
        (g["graded_articles"].as_u64(), g["key_articles"].as_u64()),
        (Some(1), Some(2))
    );
    // The class table: each row says on how many and which of the key's articles.
    let o = run(&["grade", "--csv", &k, &a, &e]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = String::from_utf8(o.stdout).expect("UTF-8");
    let lines: Vec<&str> = out.lines().collect();
    assert!(
        lines[0].ends_with(
            ",graded_articles,key_articles,missing_articles,left_out_articles,\
             link_kinds_right,link_kinds_found,same_spans_as,nearly_same_as"
        ),
        "{out}"
    );
    // No link in the key: no link kind to check (empty, not 0). Over the article both
    // have, the two have the very same spans, the key's, and share no mistake: two
    // perfect students, not named as copies (trial 26).
    assert!(lines[1].ends_with(",2,2,,,,,,"), "{out}");
    assert!(lines[2].ends_with(",1,2,Le Monde,,,,,"), "{out}");
}

#[test]
fn a_negative_min_is_explained_and_report_names_a_bad_file_once() {
    let a = sample("afp-defector-footage.txt");
    let b = sample("latimes-defector-video.txt");
    let o = run(&["suggest", &a, &b, "--min", "-0.5"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("is not a number between 0 and 1"),
        "{}",
        stderr(&o)
    );
    let cut = temp("rcut.json");
    std::fs::write(&cut, br#"{"format": "parall"#).expect("write");
    let cut = cut.to_str().expect("path");
    let o = run(&["report", cut]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).starts_with(&format!("parallax: {cut} ends too early")),
        "{}",
        stderr(&o)
    );
}

/// The usage lines show the files each subcommand needs as required (`<…>`), not as
/// optional (`[…]`), though the checks that name what is missing are the tool's own.
#[test]
fn usage_lines_show_required_files_as_required() {
    for (cmd, usage) in [
        (
            "suggest",
            "parallax suggest [OPTIONS] <ARTICLE> <ARTICLE>...",
        ),
        ("grade", "parallax grade [OPTIONS] <KEY> <STUDENT>..."),
        (
            "agree",
            "parallax agree [OPTIONS] <ANNOTATOR> <ANNOTATOR>...",
        ),
        ("convert", "parallax convert <INPUT> --to <FORMAT>"),
        ("report", "parallax report <WORKSPACE>"),
    ] {
        let o = run(&[cmd, "--help"]);
        assert!(o.status.success());
        let text = String::from_utf8_lossy(&o.stdout);
        assert!(text.contains(&format!("Usage: {usage}")), "{cmd}: {text}");
    }
}

#[test]
fn agree_compares_over_the_articles_every_file_holds_as_the_page_does() {
    // Trial 17: `agree` refused files of different articles that the page compared.
    use parallax::exercise::{class::Class, Annotated};
    let (ana, [d1, d2], _) = two_article_key();
    let (mut eve, mut fay) = (ana.clone(), ana.clone());
    eve.remove_document(&d2).expect("remove");
    fay.remove_document(&d1).expect("remove");
    let (a, e, f) = (
        write_workspace("aana.json", &ana),
        write_workspace("aeve.json", &eve),
        write_workspace("afay.json", &fay),
    );
    let o = run(&["agree", &a, &e]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(0), "{err}");
    let note = "leave out the article \"Le Monde\": only";
    assert!(err.contains(note), "{err}");
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    assert!(
        v["warnings"][0].as_str().unwrap_or("").contains(note),
        "{v}"
    );
    assert_eq!(v["disagreement"].as_array().map(Vec::len), Some(1), "{v}");
    assert_eq!(v["disagreement"][0]["title"], "AFP");
    // The very figures and notices of the page's class view, and of the library's
    // `exercise::agree`: one path (session 16: the library refused these files).
    let files = [Annotated::new(&a, &ana), Annotated::new(&e, &eve)];
    let class = Class::of_students(&files).agreement_with_notices();
    let notices = class.notices();
    assert_eq!(notices.len(), 1);
    assert_eq!(v["warnings"][0], notices[0], "{v}");
    let page = class.agreement.expect("two files").expect("agreement");
    assert_eq!(
        v["alpha_u"],
        serde_json::to_value(&page.alpha_u).expect("JSON")
    );
    let lib = parallax::exercise::agree(&files).expect("agreement");
    assert_eq!(serde_json::to_value(&lib).expect("JSON"), v);
    // No article in every file: refused, saying who lacks which.
    let o = run(&["agree", &a, &e, &f]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(o.stdout.is_empty());
    assert!(
        err.contains("No article is held by every one of the 3")
            && err.contains(&format!("{e} does not have \"Le Monde\""))
            && err.contains(&format!("{f} does not have \"AFP\"")),
        "{err}"
    );
    // A file with no article in common with the first is left out; the others compared.
    let mut other = parallax::model::Workspace::new();
    other.add_document("BBC", "bbc.txt", "Something else entirely.");
    let x = write_workspace("aother.json", &other);
    let o = run(&["agree", &a, &x, &a]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(
        err.contains(&format!(
            "Left out of agreement and curation: {x} does not have"
        )),
        "{err}"
    );
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    assert_eq!(v["files"].as_array().map(Vec::len), Some(2), "{v}");
}

#[test]
fn agree_leaves_out_a_file_it_cannot_read_and_compares_the_rest() {
    // Trial 22: one invalid file refused the whole class (exit 2, nothing compared), while
    // `grade` and the page's class view leave it out with a warning.
    let mut ana = parallax::model::Workspace::new();
    let d = ana.add_document("AFP", "afp.txt", "The soldier ran across the border.");
    ana.add_span(&d, 4, 11, parallax::model::Label::Claim)
        .expect("span");
    let (a, b) = (
        write_workspace("uana.json", &ana),
        write_workspace("uben.json", &ana),
    );
    let cut = temp("ucut.json");
    std::fs::write(&cut, br#"{"format": "parall"#).expect("write");
    let cut = cut.to_str().expect("path").to_string();
    let o = run(&["agree", &a, &cut, &b]);
    let err = stderr(&o);
    // The two readable files are compared; the bad one is named with why; exit code 2.
    assert_eq!(o.status.code(), Some(2), "{err}");
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON of the rest");
    assert_eq!(v["files"].as_array().map(Vec::len), Some(2), "{v}");
    assert!(!v.to_string().contains("ucut.json"), "{v}");
    assert!(
        err.contains(&format!("left out of the agreement: {cut} ends too early")),
        "{err}"
    );
    assert!(err.contains("1 file(s) could not be read"), "{err}");
    // Fewer than two readable files: refused, nothing on standard output.
    let o = run(&["agree", &a, &cut]);
    assert_eq!(o.status.code(), Some(2));
    assert!(o.stdout.is_empty());
    assert!(stderr(&o).contains("at least two files that can be read"));
}

#[test]
fn grade_warns_of_two_students_with_the_very_same_spans() {
    // Trial 24, U3: copied homework was said only by `agree`.
    let (key, _, _) = two_article_key();
    let mut maria = key.clone();
    maria.spans.truncate(1);
    // A mistake the two share (trial 27: very same spans are named when they share one
    // rare mistake and are the same in everything).
    maria.spans[0].label = parallax::model::Label::Context;
    let (k, m, c) = (
        write_workspace("ckey.json", &key),
        write_workspace("cmaria.json", &maria),
        write_workspace("ccopy.json", &maria),
    );
    let o = run(&["grade", &k, &m, &c]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(0), "{err}");
    let said = format!("{m} and {c} have the very same spans");
    assert!(err.contains(&format!("parallax: warning: {said}")), "{err}");
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    let w = v["warnings"][0].as_str().expect("a warning");
    assert!(w.starts_with(&said), "{w}");
    // One student: nothing to compare, no warnings in the JSON.
    let o = run(&["grade", &k, &m]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    assert!(v.get("warnings").is_none(), "{v}");
}

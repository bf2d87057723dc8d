//! The `parallax` command-line tool, run as a program: `score` and `suggest`, their
//! output and their errors (`tests/cli_files.rs` has convert, grade, report and help).

mod cli_util;

use cli_util::*;
use std::io::Write;
use std::process::Stdio;

#[test]
fn help_and_usage_errors() {
    let o = run(&["--help"]);
    assert!(o.status.success());
    let text = String::from_utf8_lossy(&o.stdout);
    for cmd in ["score", "suggest", "convert"] {
        assert!(text.contains(cmd), "help lacks {cmd}");
    }
    let o = run(&[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no command"));
    let o = run(&["frobnicate"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("unknown command"));
}

#[test]
fn score_writes_one_line_per_pair_in_order() {
    let input = concat!(
        "{\"id\": \"p1\", \"a\": \"The soldier was shot four times.\", \"b\": \"The soldier was shot 4 times.\", \"label\": 1}\n",
        "\n",
        "{\"id\": 7, \"a\": \"Stocks fell in Tokyo.\", \"b\": \"The soldier was shot 4 times.\", \"group\": \"x\"}\n",
        "{\"id\": \"p3\", \"a\": \"\", \"b\": \"Ünïcode 😀\"}\n",
    );
    let o = run_with_stdin(&["score"], input);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = String::from_utf8(o.stdout).expect("utf-8");
    let lines: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).expect("json line"))
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["id"], "p1");
    assert_eq!(lines[1]["id"], 7);
    assert_eq!(lines[2]["id"], "p3");
    let scores: Vec<f64> = lines
        .iter()
        .map(|l| l["score"].as_f64().expect("score"))
        .collect();
    assert!(scores.iter().all(|s| (0.0..=1.0).contains(s)));
    assert!(scores[0] > 0.5 && scores[1] < 0.5, "{scores:?}");
    assert!(lines[0].get("label").is_none());
}

/// `parallax score` prepares and scores a batch on every core: the output must not depend
/// on the number of threads, and of several bad lines the first in the input is named.
#[test]
fn score_output_is_the_same_on_one_thread_and_on_many() {
    // 300 distinct texts (past `BATCH_MIN_TEXTS`, so IDF comes from the batch), CRLF ends.
    let words = [
        "police",
        "said",
        "the",
        "fire",
        "spread",
        "quickly",
        "through",
        "houses",
        "near",
        "river",
        "mayor",
        "told",
        "reporters",
        "on",
        "Tuesday",
        "two",
        "people",
        "died",
    ];
    let mut input = String::new();
    for i in 0..150 {
        let a: Vec<&str> = (0..9)
            .map(|k| words[(i * 7 + k * 5) % words.len()])
            .collect();
        let b: Vec<&str> = (0..8)
            .map(|k| words[(i * 3 + k * 11) % words.len()])
            .collect();
        input.push_str(&format!(
            "{{\"id\": {i}, \"a\": \"{} {i}a\", \"b\": \"{} {i}b\"}}\r\n",
            a.join(" "),
            b.join(" ")
        ));
    }
    let on = |threads: &str| {
        let o = run_with_stdin_env(&["score"], &input, &[("RAYON_NUM_THREADS", threads)]);
        assert!(o.status.success(), "{}", stderr(&o));
        o.stdout
    };
    let one = on("1");
    assert_eq!(String::from_utf8_lossy(&one).lines().count(), 150);
    assert_eq!(one, on("4"), "same bytes whatever the number of threads");

    let bad = "{\"id\": 1, \"a\": \"x\", \"b\": \"y\"}\n{\"id\": 2}\n[3]\n{nope\n";
    let o = run_with_stdin(&["score"], bad);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("line 2: missing"), "{}", stderr(&o));
    assert!(!stderr(&o).contains("line 3"), "{}", stderr(&o));
}

#[test]
fn score_reports_the_bad_line() {
    let input = "{\"id\": 1, \"a\": \"x\", \"b\": \"y\"}\n{not json\n";
    let o = run_with_stdin(&["score"], input);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("line 2"), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("each line must be an object like {\"id\""),
        "says what a line should be: {}",
        stderr(&o)
    );
    assert!(o.stdout.is_empty(), "no half-written output");
    let o = run_with_stdin(&["score"], "{\"id\": 1, \"a\": \"x\"}\n");
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("line 1: missing \"b\""),
        "{}",
        stderr(&o)
    );
    let o = run_with_stdin(&["score"], "[1, 2]\n");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("line 1"));
    let o = run_with_stdin(&["score"], "{\"id\": 1, \"a\": 5, \"b\": \"y\"}\n");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("\"a\" must be a string"));
}

/// A lone UTF-16 surrogate escape (`"\ud800"`, which Python's `json` writes and reads) is
/// named as what it is, on the line it is on, without serde's own "line 1" of that line.
#[test]
fn score_names_a_lone_surrogate_and_its_line() {
    let good = "{\"id\": 1, \"a\": \"\\ud83d\\ude00 a pair is fine\", \"b\": \"y\"}\n";
    for (input, line, column) in [
        (
            format!("{good}{{\"id\":2,\"a\":\"\\ud800 lone\",\"b\":\"y\"}}\n"),
            2,
            14,
        ),
        (
            format!("{good}{good}{{\"id\":3,\"a\":\"x\",\"b\":\"\\udc00\"}}\r\n"),
            3,
            22,
        ),
    ] {
        let o = run_with_stdin(&["score"], &input);
        assert_eq!(o.status.code(), Some(2));
        let err = stderr(&o);
        assert!(
            err.contains(&format!("line {line}, column {column}:")),
            "{err}"
        );
        assert!(err.contains("lone UTF-16 surrogate"), "{err}");
        assert!(err.contains("not a character"), "{err}");
        assert!(err.contains("remove it"), "says what to do: {err}");
        assert!(
            !err.contains("line 1 column"),
            "serde's own position: {err}"
        );
        assert!(o.stdout.is_empty(), "no half-written output");
    }
}

#[test]
fn score_names_the_line_that_is_not_utf8_and_reads_crlf_lines() {
    // Valid input is split as a string, other input byte by byte; the bad line is named.
    let good = "{\"id\": 1, \"a\": \"The soldier was shot.\", \"b\": \"He was shot.\"}\n\
                {\"id\": 2, \"a\": \"Stocks fell.\", \"b\": \"Shares rose.\"}\n";
    let lf = run_with_stdin(&["score"], good);
    assert_eq!(lf.status.code(), Some(0), "{}", stderr(&lf));
    assert_eq!(String::from_utf8_lossy(&lf.stdout).lines().count(), 2);
    let crlf = run_with_stdin(&["score"], &good.replace('\n', "\r\n"));
    assert_eq!(crlf.stdout, lf.stdout, "CRLF lines read as LF lines");
    // A file saved as "UTF-8 with BOM" (Notepad): the mark is not part of line 1.
    let bom = run_with_stdin(&["score"], &format!("\u{feff}{good}"));
    assert_eq!(bom.status.code(), Some(0), "{}", stderr(&bom));
    assert_eq!(bom.stdout, lf.stdout, "a byte order mark is skipped");
    // `parallax score pairs.jsonl` reads the file, as `< pairs.jsonl` does.
    let path = temp("pairs.jsonl");
    std::fs::write(&path, good).expect("write pairs");
    let from_file = run(&["score", path.to_str().expect("utf-8 path")]);
    assert_eq!(from_file.status.code(), Some(0), "{}", stderr(&from_file));
    assert_eq!(from_file.stdout, lf.stdout, "the same scores from a file");
    let missing = run(&["score", "no-such-pairs.jsonl"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(
        stderr(&missing).contains("cannot open no-such-pairs.jsonl"),
        "{}",
        stderr(&missing)
    );
    assert!(missing.stdout.is_empty());

    let mut child = bin()
        .arg("score")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start parallax");
    let mut input = good.as_bytes().to_vec();
    input.extend_from_slice(b"{\"id\": 3, \"a\": \"caf\xe9\", \"b\": \"x\"}\n");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(&input)
        .expect("write stdin");
    let o = child.wait_with_output().expect("wait");
    assert_eq!(o.status.code(), Some(2));
    let msg = stderr(&o);
    assert!(msg.contains("line 3: cannot read standard input") && msg.contains("UTF-8"));
    assert!(o.stdout.is_empty(), "no half-written output");
}

#[test]
fn suggest_links_the_sample_articles() {
    let a = sample("afp-defector-footage.txt");
    let b = sample("latimes-defector-video.txt");
    let o = run(&["suggest", &a, &b, "--min", "0.1"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON output");
    let links = v["links"].as_array().expect("links");
    assert!(links.len() >= 3, "{} links", links.len());
    let texts = [
        std::fs::read_to_string(&a).expect("a"),
        std::fs::read_to_string(&b).expect("b"),
    ];
    for l in links {
        assert!(l["score"].as_f64().expect("score") >= 0.1);
        for side in ["a", "b"] {
            let file = l[side]["file"].as_str().expect("file");
            let text = if file == a { &texts[0] } else { &texts[1] };
            let s = l[side]["start"].as_u64().expect("start") as usize;
            let e = l[side]["end"].as_u64().expect("end") as usize;
            let slice: String = text.chars().skip(s).take(e - s).collect();
            assert_eq!(slice, l[side]["text"].as_str().expect("text"));
        }
        assert!(l["reason"]["summary"].as_str().is_some());
        assert!(l["flags"].is_array());
    }
    assert!(links.iter().any(|l| l["a"]["text"]
        .as_str()
        .is_some_and(|t| t.starts_with("An investigation found"))));
    // A higher bar gives fewer links.
    let o = run(&["suggest", &a, &b, "--min", "0.45"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON output");
    assert!(v["links"].as_array().expect("links").len() < links.len());
}

#[test]
fn suggest_names_each_articles_language_and_notes_when_they_differ() {
    let a = sample("afp-defector-footage.txt");
    let b = sample("latimes-defector-video.txt");
    let fr = format!(
        "{}/tests/fixtures/languages/defector-fr.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    let o = run(&["suggest", &a, &b]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        !stderr(&o).contains("different languages"),
        "{}",
        stderr(&o)
    );
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON output");
    assert_eq!(v["articles"][0]["language"], "English");
    let o = run(&["suggest", &a, &fr]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON output");
    assert_eq!(v["articles"][1]["language"], "French");
    let msg = stderr(&o);
    assert!(
        msg.contains("Different languages (English, French): few links are found across them")
            && msg.contains("link such sentences by hand")
            && msg.contains(
                "English: \u{201c}afp-defector-footage.txt\u{201d}; French: \
                 \u{201c}defector-fr.txt\u{201d}. The matcher compares words"
            ),
        "{msg}"
    );
    // Trial 50, F8: a link across the two languages said "Same fact (75%)", a band the
    // score is not across languages. Each such link is marked and its summary says so.
    let o = run(&["suggest", &a, &fr, "--min", "0"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON output");
    let links = v["links"].as_array().expect("links");
    let across: Vec<_> = links
        .iter()
        .filter(|l| l.get("across_languages").is_some())
        .collect();
    assert!(
        across.len() * 10 >= links.len() * 9,
        "{} of {}",
        across.len(),
        links.len()
    );
    for l in &across {
        assert_eq!(
            l["across_languages"],
            serde_json::json!(["English", "French"])
        );
        let summary = l["reason"]["summary"].as_str().expect("summary");
        assert!(
            summary.starts_with("Across languages (") && summary.contains("%, no probability)"),
            "{summary}"
        );
        for band in ["Same fact", "Probably", "Related", "Unlikely"] {
            assert!(!summary.contains(band), "{summary}");
        }
    }
    // Near case: two English articles' links carry no mark and keep their bands.
    let o = run(&["suggest", &a, &b, "--min", "0"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON output");
    let links = v["links"].as_array().expect("links");
    assert!(links.iter().all(|l| l.get("across_languages").is_none()));
    assert!(links.iter().any(|l| l["reason"]["summary"]
        .as_str()
        .is_some_and(|s| s.starts_with("Same fact ("))));
}

#[test]
fn suggest_lists_articles_placed_apart_and_notes_them() {
    let events = |f: &str| format!("{}/tests/fixtures/events/{f}", env!("CARGO_MANIFEST_DIR"));
    let (chile, japan) = (events("quake-chile.txt"), events("quake-japan.txt"));
    let o = run(&["suggest", &chile, &japan, "--min", "0.2"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON output");
    assert_eq!(
        v["apart"],
        // As the articles write them (trial 39 N9: not "chile", "japan").
        serde_json::json!([{"a": chile, "a_place": "Chile", "b": japan, "b_place": "Japan"}])
    );
    let links = v["links"].as_array().expect("links");
    assert!(!links.is_empty());
    for l in links {
        assert!(l["score"].as_f64().is_some_and(|s| s < 0.5), "{l}");
    }
    let msg = stderr(&o);
    assert!(
        msg.contains("quake-chile.txt (Chile) and quake-japan.txt (Japan) tell their stories in other places"),
        "{msg}"
    );
    // Two reports of one strike: none.
    let o = run(&[
        "suggest",
        &events("strike-leeds.txt"),
        &events("strike-leeds-2.txt"),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON output");
    assert_eq!(v["apart"], serde_json::json!([]));
    assert!(!stderr(&o).contains("in other places"));
}

/// Trial 35, F10: two named storms are listed by their storms, in fields of their own and
/// as the articles write them ("Typhoon Fung-wong", not "typhoon fung" in `a_place`).
#[test]
fn suggest_lists_two_storms_apart_by_their_names_as_written() {
    let events = |f: &str| format!("{}/tests/fixtures/events/{f}", env!("CARGO_MANIFEST_DIR"));
    let (fung, odalys) = (
        events("typhoon-fungwong.txt"),
        events("hurricane-odalys-acapulco.txt"),
    );
    let o = run(&["suggest", &fung, &odalys, "--min", "0.2"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON output");
    assert_eq!(
        v["apart"],
        serde_json::json!([{"a": fung, "a_storm": "Typhoon Fung-wong", "b": odalys, "b_storm": "Hurricane Odalys"}])
    );
    let msg = stderr(&o);
    assert!(msg.contains("(Typhoon Fung-wong)"), "{msg}");
}

/// Trial 39, N1: two trials told in the same words, their places only in the datelines
/// and as adjectives ("LONDON, Dec 4 (Reuters) - A London court on Thursday sentenced
/// former mayor Daniel Whitford" / "MANCHESTER, Nov 20 (Reuters) - A Manchester court on
/// Wednesday sentenced former council leader Paul Brennan"), are listed apart by their
/// datelines' places; one trial told by two outlets is not.
#[test]
fn suggest_lists_two_trials_told_from_two_datelines_apart() {
    let events = |f: &str| format!("{}/tests/fixtures/events/{f}", env!("CARGO_MANIFEST_DIR"));
    let (london, manchester) = (
        events("verdict-whitford-reuters.txt"),
        events("verdict-brennan-reuters.txt"),
    );
    let o = run(&["suggest", &london, &manchester, "--min", "0"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON output");
    assert_eq!(
        v["apart"],
        serde_json::json!([{"a": london, "a_place": "London", "b": manchester, "b_place": "Manchester"}])
    );
    for l in v["links"].as_array().expect("links") {
        assert!(l["score"].as_f64().is_some_and(|s| s < 0.5), "{l}");
    }
    let o = run(&[
        "suggest",
        &london,
        &events("verdict-whitford-guardian.txt"),
        "--min",
        "0",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON output");
    assert_eq!(v["apart"], serde_json::json!([]));
}

#[test]
fn suggest_min_0_lists_every_sentence_pair_of_the_two_articles() {
    // Issue 8: a ranking of all cross-article sentence pairs can be read from the output.
    let a = sample("afp-defector-footage.txt");
    let b = sample("latimes-defector-video.txt");
    let o = run(&["suggest", &a, &b, "--min", "0"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON output");
    let links = v["links"].as_array().expect("links");
    let n =
        |p: &str| parallax::matcher::segment(&std::fs::read_to_string(p).expect("sample")).len();
    assert_eq!(links.len(), n(&a) * n(&b));
    let pairs: std::collections::HashSet<(u64, u64)> = links
        .iter()
        .map(|l| {
            (
                l["a"]["start"].as_u64().unwrap_or(0),
                l["b"]["start"].as_u64().unwrap_or(0),
            )
        })
        .collect();
    assert_eq!(pairs.len(), links.len(), "each pair once");
    let scores: Vec<f64> = links
        .iter()
        .map(|l| l["score"].as_f64().unwrap_or(-1.0))
        .collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "best first");
    assert!(scores.iter().all(|&s| (0.0..=1.0).contains(&s)));
}

/// An id comes back as the JSON text it was sent in: an integer beyond 64 bits is not
/// turned into a float, `1e2` stays `1e2`. "-" as the file is standard input.
#[test]
fn score_echoes_ids_exactly_and_reads_dash_as_standard_input() {
    let input = concat!(
        "{\"id\": 123456789012345678901234567890, \"a\": \"Police arrested a man.\", \"b\": \"A man was arrested.\"}\n",
        "{\"id\":1e2,\"a\":\"x\",\"b\":\"y\"}\n",
        "{\"id\":[\"t1\", 18446744073709551617],\"a\":\"x\",\"b\":\"y\"}\n",
        "{\"a\":\"x\",\"b\":\"y\",\"id\":\"caf\\u00e9\"}\n",
    );
    let dash = run_with_stdin(&["score", "-"], input);
    assert_eq!(dash.status.code(), Some(0), "{}", stderr(&dash));
    let out = String::from_utf8(dash.stdout.clone()).expect("utf-8");
    let ids: Vec<&str> = out
        .lines()
        .map(|l| {
            l.strip_prefix("{\"id\":")
                .and_then(|r| r.split(",\"score\":").next())
                .expect("an id first")
        })
        .collect();
    assert_eq!(
        ids,
        [
            "123456789012345678901234567890",
            "1e2",
            "[\"t1\", 18446744073709551617]",
            "\"caf\\u00e9\""
        ]
    );
    let plain = run_with_stdin(&["score"], input);
    assert_eq!(plain.stdout, dash.stdout, "\"-\" reads standard input");
}

/// The offsets of `suggest` index the article text it prints: a file with a byte order
/// mark and CRLF line ends is sliced right by `text[start:end]` on that text.
#[test]
fn suggest_prints_the_text_its_offsets_index() {
    let a = temp("bom-crlf-a.txt");
    let b = temp("bom-crlf-b.txt");
    std::fs::write(
        &a,
        "\u{feff}Caf\u{e9} fire\r\n\r\nFirefighters rescued 😀 two people on Monday.\r\n",
    )
    .expect("write a");
    std::fs::write(&b, "Two people were rescued by firefighters on Monday.\n").expect("write b");
    let (a, b) = (
        a.to_string_lossy().to_string(),
        b.to_string_lossy().to_string(),
    );
    let o = run(&["suggest", &a, &b, "--min", "0"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON output");
    let text = |i: usize| v["articles"][i]["text"].as_str().expect("text").to_string();
    assert!(!text(0).starts_with('\u{feff}'), "the mark is not text");
    assert!(text(0).contains("\r\n"), "line ends as in the file");
    let links = v["links"].as_array().expect("links");
    assert_eq!(links.len(), 2);
    for l in links {
        for (side, i) in [("a", 0), ("b", 1)] {
            let s = l[side]["start"].as_u64().expect("start") as usize;
            let e = l[side]["end"].as_u64().expect("end") as usize;
            let slice: String = text(i).chars().skip(s).take(e - s).collect();
            assert_eq!(slice, l[side]["text"].as_str().expect("span text"));
        }
    }
}

#[test]
fn suggest_errors_are_messages() {
    let a = sample("afp-defector-footage.txt");
    let o = run(&["suggest", &a]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("at least two"));
    let o = run(&["suggest", &a, "/nonexistent/b.txt"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("/nonexistent/b.txt"));
    let o = run(&["suggest", &a, &a, "--min", "high"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--min"));
}

#[test]
fn suggest_refuses_an_article_given_twice() {
    // Linked to itself, every sentence would be a 100 % "same fact".
    let afp = sample("afp-defector-footage.txt");
    let o = run(&["suggest", &afp, &afp]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        stderr(&o),
        format!("parallax: {afp} is the same article as {afp}; give each article once\n")
    );
    assert!(o.stdout.is_empty());
    // Another copy with CRLF line ends is the same article too.
    let text = std::fs::read_to_string(&afp).expect("sample");
    let crlf = temp("afp-crlf.txt");
    std::fs::write(&crlf, text.replace('\n', "\r\n")).expect("write");
    let crlf = crlf.to_str().expect("path");
    let o = run(&["suggest", &afp, &sample("latimes-defector-video.txt"), crlf]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains(&format!(
            "{crlf} is the same article as {afp} (they differ only in line ends"
        )),
        "{}",
        stderr(&o)
    );
}

#[test]
fn a_closed_standard_error_never_makes_the_tool_panic() {
    // Trial 22: `parallax convert bad.json 2>&1 | head -c1` exited 134 (a panic writing to
    // the closed stream, aborting) 2 times in 50. A pipe whose reader is closed before
    // the tool starts makes every write to standard error fail: the exit code must still
    // be the documented 2, and 0 for `--help` (which writes to standard output).
    let bad = temp("closed_stderr_bad.json");
    std::fs::write(&bad, b"{\"format\": ").expect("write");
    let bad = bad.to_str().expect("path").to_string();
    let closed = || {
        let (reader, writer) = std::io::pipe().expect("pipe");
        drop(reader);
        writer
    };
    for args in [
        vec!["convert", bad.as_str(), "--to", "jsonl"],
        vec!["convert", "no-such-file.json", "--to", "jsonl"],
        vec!["agree", bad.as_str(), bad.as_str()],
        vec!["no-such-command"],
    ] {
        let o = bin()
            .args(&args)
            .stdout(Stdio::null())
            .stderr(closed())
            .status()
            .expect("run parallax");
        assert_eq!(o.code(), Some(2), "{args:?}");
    }
}

#[test]
fn suggest_reads_the_articles_of_a_workspace_file_and_refuses_other_json() {
    // Trial 42, F4: a workspace JSON given where an article is expected was read as one
    // article titled "{", with no warning; the page's Open files… imports it.
    let (a, b) = (
        sample("afp-defector-footage.txt"),
        sample("latimes-defector-video.txt"),
    );
    let article = |p: &str| std::fs::read_to_string(p).expect("sample");
    let ws = serde_json::json!({"format": "parallax", "version": 1,
        "documents": [{"id": "d1", "title": "AFP", "source": "afp.txt", "text": article(&a)},
                      {"id": "d2", "title": "LA Times", "source": "lat.txt", "text": article(&b)}],
        "spans": [], "links": [], "relations": [], "rejections": []})
    .to_string();
    let direct = run(&["suggest", &a, &b, "--min", "0.3"]);
    for name in ["work.json", "work-json.txt"] {
        let p = temp(name);
        std::fs::write(&p, &ws).expect("write");
        let p = p.to_str().expect("path");
        // Alone: its two articles, named FILE#ID, linked as the two files are.
        let o = run(&["suggest", p, "--min", "0.3"]);
        assert!(o.status.success(), "{}", stderr(&o));
        assert!(stderr(&o).contains("is a workspace file: its 2 articles are read"));
        let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
        let titles: Vec<&str> = v["articles"]
            .as_array()
            .expect("articles")
            .iter()
            .map(|x| x["title"].as_str().expect("title"))
            .collect();
        assert_eq!(titles, ["AFP", "LA Times"]);
        assert_eq!(v["articles"][1]["file"], format!("{p}#d2"));
        let d: serde_json::Value = serde_json::from_slice(&direct.stdout).expect("json");
        assert_eq!(
            v["links"].as_array().map(Vec::len),
            d["links"].as_array().map(Vec::len)
        );
        // With one of its own articles again: the same article twice.
        let err = stderr(&run(&["suggest", p, &a]));
        assert!(
            err.contains(&format!("{a} is the same article as {p}#d1")),
            "{err}"
        );
    }
    // JSON that is no workspace: refused, saying what suggest reads.
    let other = temp("data.json");
    std::fs::write(&other, r#"{"rows": [1, 2, 3]}"#).expect("write");
    let other = other.to_str().expect("path");
    let o = run(&["suggest", other, &a]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains(".txt, .md or .html"), "{}", stderr(&o));
    assert!(o.stdout.is_empty());
    // An article that opens with a brace is still an article.
    let brace = temp("brace.txt");
    std::fs::write(&brace, format!("{{Update}} {}", article(&b))).expect("write");
    let o = run(&["suggest", brace.to_str().expect("path"), &a]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(!stderr(&o).contains("workspace"), "{}", stderr(&o));
}

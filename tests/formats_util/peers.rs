//! Helpers for the peer-format tests: the rules of brat's own reader, brat's
//! annotation.conf, span lists to compare, the shared case files.
#![allow(dead_code)]

use parallax::formats::{export, zip, Format};
use parallax::model::{Label, Workspace};
use std::collections::HashMap;

/// Text as brat reads it: universal newlines (`\r\n`, `\r` -> `\n`; brat issue #853).
pub fn universal_newlines(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// Characters at which Python's `str.splitlines` (which brat's `.ann` reader uses, line by
/// line) splits a line.
pub fn splits_python_line(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\u{0b}'
            | '\u{0c}'
            | '\u{1c}'
            | '\u{1d}'
            | '\u{1e}'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// brat's reader (server/src/annotation.py, `TextAnnotations._parse_textbound_annotation`)
/// on one `T` line of a `.ann` whose `.txt` is `txt`: `ID\tTYPE START END[;START END]*\tTEXT`,
/// each fragment `0 <= start <= end <= len(text)`, fragments not overlapping, and TEXT equal
/// to the fragments' texts joined by one space (`DISCONT_SEP`). The line itself must not be
/// split by the line-by-line reader, and has exactly three tab-separated fields.
pub fn brat_accepts_t_line(txt: &str, line: &str) -> Result<(String, Vec<(usize, usize)>), String> {
    if line.chars().any(splits_python_line) {
        return Err(format!("line contains a line break: {line:?}"));
    }
    let parts: Vec<&str> = line.split('\t').collect();
    if parts.len() != 3 {
        return Err(format!("expected 3 tab-separated fields: {line:?}"));
    }
    let id = parts[0];
    if !(id.starts_with('T') && id.len() > 1 && id[1..].bytes().all(|b| b.is_ascii_digit())) {
        return Err(format!("bad id {id:?}"));
    }
    let (ty, ranges) = parts[1]
        .split_once(' ')
        .ok_or_else(|| format!("no offsets: {line:?}"))?;
    let doc: Vec<char> = universal_newlines(txt).chars().collect();
    let mut frags: Vec<(usize, usize)> = Vec::new();
    for f in ranges.split(';') {
        let nums: Vec<usize> = f
            .split(' ')
            .map(|n| {
                n.parse::<usize>()
                    .map_err(|_| format!("bad offset {n:?} in {line:?}"))
            })
            .collect::<Result<_, _>>()?;
        let [s, e] = nums[..] else {
            return Err(format!("bad fragment {f:?}"));
        };
        if s > e || e > doc.len() {
            return Err(format!("fragment {s} {e} out of range ({})", doc.len()));
        }
        for (os, oe) in &frags {
            if e >= *os && s < *oe {
                return Err(format!("fragments overlap in {line:?}"));
            }
        }
        frags.push((s, e));
    }
    let reftext: Vec<String> = frags
        .iter()
        .map(|(s, e)| doc[*s..*e].iter().collect())
        .collect();
    if parts[2] != reftext.join(" ") {
        return Err(format!(
            "text {:?} does not match the document's {:?}",
            parts[2],
            reftext.join(" ")
        ));
    }
    Ok((ty.to_string(), frags))
}

/// brat's annotation.conf: the sections, every entity type used declared, and relation
/// lines `Name\tArg1:A|B, Arg2:C` naming declared types.
pub fn check_conf(conf: &str, used_types: &[String]) {
    let mut section = "";
    let mut entities = Vec::new();
    let mut seen = Vec::new();
    for line in conf
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        if line.starts_with('[') {
            section = line;
            seen.push(line.to_string());
            continue;
        }
        match section {
            "[entities]" => entities.push(line.to_string()),
            "[relations]" => {
                let (name, args) = line.split_once('\t').expect("relation: name TAB args");
                assert!(!name.contains(' '));
                for arg in args.split(", ") {
                    let (role, types) = arg.split_once(':').expect("Arg:Type");
                    assert!(role.starts_with("Arg"), "{role}");
                    for t in types.split('|') {
                        assert!(entities.contains(&t.to_string()), "{t} not declared");
                    }
                }
            }
            "[events]" | "[attributes]" => {}
            other => panic!("unknown section {other}"),
        }
    }
    for s in ["[entities]", "[relations]", "[events]", "[attributes]"] {
        assert!(seen.contains(&s.to_string()), "section {s} missing");
    }
    for t in used_types {
        assert!(entities.contains(t), "type {t} used but not declared");
    }
}

pub fn brat_entries(ws: &Workspace) -> (HashMap<String, Vec<u8>>, Vec<String>) {
    let out = export(ws, Format::Brat);
    let entries = zip::read("x.zip", &out.bytes).unwrap();
    (
        entries.into_iter().map(|e| (e.name, e.data)).collect(),
        out.warnings,
    )
}

/// Check every `.ann` of a brat export against brat's reader; returns the T lines' types.
pub fn check_brat_export(ws: &Workspace) -> Vec<String> {
    let (files, _) = brat_entries(ws);
    let mut types = Vec::new();
    let mut t_lines = 0;
    for (name, data) in &files {
        let Some(stem) = name.strip_suffix(".ann") else {
            continue;
        };
        let txt = String::from_utf8(files[&format!("{stem}.txt")].clone()).unwrap();
        assert!(!txt.contains('\r'), "brat's .txt has brat's own line ends");
        for line in String::from_utf8(data.clone()).unwrap().lines() {
            if line.starts_with('T') {
                let (ty, _) = brat_accepts_t_line(&txt, line).unwrap_or_else(|e| panic!("{e}"));
                types.push(ty);
                t_lines += 1;
            }
        }
    }
    assert_eq!(t_lines, ws.spans.len(), "every span reaches brat");
    check_conf(
        std::str::from_utf8(&files["annotation.conf"]).unwrap(),
        &types,
    );
    types
}

pub fn spans_of(ws: &Workspace) -> Vec<(usize, usize, Label, String)> {
    let mut v: Vec<_> = ws
        .spans
        .iter()
        .map(|s| {
            let d = ws.document(&s.doc).unwrap();
            (
                s.start,
                s.end,
                s.label,
                d.slice(s.start, s.end).unwrap().to_string(),
            )
        })
        .collect();
    v.sort_by_key(|x| (x.0, x.1));
    v
}

pub fn case(path: &str) -> Vec<u8> {
    let p = format!("{}/../shared/cases/{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&p).unwrap_or_else(|e| panic!("{p}: {e}"))
}

/// A workspace of one document with the given spans.
pub fn one_doc(text: &str, spans: &[(usize, usize, Label)]) -> Workspace {
    let mut ws = Workspace::new();
    let d = ws.add_document("t", "t.txt", text);
    for (s, e, l) in spans {
        ws.add_span(&d, *s, *e, *l).unwrap();
    }
    ws
}

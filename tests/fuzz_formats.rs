//! Fuzz-style property runs: the importers, article reading, decoding, HTML extraction and
//! the zip reader get arbitrary bytes and mutated valid files. None may panic; whatever
//! they accept must be a consistent workspace or a non-empty article.
//!
//! Cases per test: `PROPTEST_CASES` (default 256, so the debug run stays fast). TESTING.md
//! records the figures of a big run (`PROPTEST_CASES=20000`).

use parallax::formats::{self, export, import, import_with, read_article, Format, ImportOptions};
use parallax::model::offsets::cp_len;
use parallax::model::{Flag, Label, Origin, Workspace};
use proptest::prelude::*;
use serde_json::Value;

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(256)
}

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: cases(),
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

fn sample() -> Workspace {
    let mut ws = Workspace::new();
    let a = ws.add_document(
        "A 😀",
        "a.txt",
        "Carroll said the soldier was shot 4 times.\r\n\"We saw it,\" he said. שלום 𝔘.",
    );
    let b = ws.add_document("B", "b.txt", "Brooks said he was shot several times 👍🏽.");
    let c = ws.add_span(&a, 13, 42, Label::Claim).unwrap();
    let at = ws.add_span(&a, 0, 12, Label::Attribution).unwrap();
    let q = ws.add_span(&a, 44, 56, Label::Quote).unwrap();
    let d = ws.add_span(&b, 12, 40, Label::Claim).unwrap();
    ws.add_relation(&at, &c).unwrap();
    ws.add_link(
        &c,
        &d,
        Origin::Matcher,
        Some(0.75),
        vec![Flag {
            kind: "number".into(),
            a: "4".into(),
            b: "several".into(),
            vague: true,
        }],
    )
    .unwrap();
    ws.add_link(&q, &d, Origin::Manual, None, vec![]).unwrap();
    ws
}

/// What an accepted import must satisfy.
fn check_imported(r: &formats::Imported) -> Result<(), TestCaseError> {
    let ws = &r.workspace;
    prop_assert!(ws.validate().is_empty(), "{:?}", ws.validate());
    for s in &ws.spans {
        let len = cp_len(&ws.document(&s.doc).unwrap().text);
        prop_assert!(s.start < s.end && s.end <= len);
    }
    Ok(())
}

fn try_import(name: &str, bytes: &[u8]) -> Result<(), TestCaseError> {
    for reanchor in [false, true] {
        if let Ok(r) = import_with(name, bytes, &ImportOptions { reanchor }) {
            check_imported(&r)?;
        }
    }
    Ok(())
}

/// A random edit of a byte string: flip, insert, delete, truncate, duplicate a range.
#[derive(Debug, Clone)]
enum Edit {
    Set(usize, u8),
    Insert(usize, Vec<u8>),
    Delete(usize, usize),
    Truncate(usize),
    Duplicate(usize, usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    let interesting = prop::sample::select(vec![
        b"0".to_vec(),
        b"-1".to_vec(),
        b"99999999999999999999999".to_vec(),
        b"\"".to_vec(),
        b"{".to_vec(),
        b"}".to_vec(),
        b"[".to_vec(),
        b"]".to_vec(),
        b",".to_vec(),
        b"null".to_vec(),
        b"\\u0000".to_vec(),
        b"\\ud800".to_vec(),
        "😀".as_bytes().to_vec(),
        b"\xff\xfe".to_vec(),
        b"\t".to_vec(),
        b"\n".to_vec(),
        b";".to_vec(),
        b"T1\tClaim 0 3\tx\n".to_vec(),
        b"1e400".to_vec(),
        b"1.5".to_vec(),
    ]);
    prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(i, b)| Edit::Set(i, b)),
        (any::<usize>(), interesting).prop_map(|(i, b)| Edit::Insert(i, b)),
        (any::<usize>(), 1usize..40).prop_map(|(i, n)| Edit::Delete(i, n)),
        any::<usize>().prop_map(Edit::Truncate),
        (any::<usize>(), 1usize..200).prop_map(|(i, n)| Edit::Duplicate(i, n)),
    ]
}

fn apply(mut bytes: Vec<u8>, edits: &[Edit]) -> Vec<u8> {
    for e in edits {
        let n = bytes.len().max(1);
        match e {
            Edit::Set(i, b) => {
                if !bytes.is_empty() {
                    let i = i % bytes.len();
                    bytes[i] = *b;
                }
            }
            Edit::Insert(i, b) => {
                let i = i % (bytes.len() + 1);
                bytes.splice(i..i, b.iter().copied());
            }
            Edit::Delete(i, k) => {
                let i = i % n;
                let j = (i + k).min(bytes.len());
                if i < j {
                    bytes.drain(i..j);
                }
            }
            Edit::Truncate(i) => bytes.truncate(i % n),
            Edit::Duplicate(i, k) => {
                let i = i % n;
                let j = (i + k).min(bytes.len());
                if i < j {
                    let copy = bytes[i..j].to_vec();
                    bytes.splice(j..j, copy);
                }
            }
        }
    }
    bytes
}

/// A replacement for a JSON leaf or node: the values that break naive importers.
fn nasty_value() -> impl Strategy<Value = Value> {
    prop::sample::select(vec![
        serde_json::json!(null),
        serde_json::json!(-1),
        serde_json::json!(0),
        serde_json::json!(1.5),
        serde_json::json!(1e300),
        serde_json::json!(u64::MAX),
        serde_json::json!(i64::MIN),
        serde_json::json!(""),
        serde_json::json!("x"),
        serde_json::json!("😀"),
        serde_json::json!([]),
        serde_json::json!({}),
        serde_json::json!(true),
        serde_json::json!("s3"),
        serde_json::json!("d1"),
        serde_json::json!("CLAIM"),
        serde_json::json!("person"),
        serde_json::json!(2),
        serde_json::json!(42),
        serde_json::json!([[0, 3, "claim"]]),
        serde_json::json!({"id": "s3"}),
    ])
}

/// Replace the `k`-th node (in a depth-first walk) of `v` with `new`.
fn replace_nth(v: &mut Value, k: &mut usize, new: &Value) -> bool {
    if *k == 0 {
        *v = new.clone();
        return true;
    }
    *k -= 1;
    match v {
        Value::Array(items) => items.iter_mut().any(|x| replace_nth(x, k, new)),
        Value::Object(o) => o.values_mut().any(|x| replace_nth(x, k, new)),
        _ => false,
    }
}

fn count_nodes(v: &Value) -> usize {
    1 + match v {
        Value::Array(items) => items.iter().map(count_nodes).sum(),
        Value::Object(o) => o.values().map(count_nodes).sum(),
        _ => 0,
    }
}

/// HTML made of complete tokens, with scripts holding a marker inserted between them.
fn html_soup() -> impl Strategy<Value = (String, bool)> {
    let token = prop::sample::select(vec![
        "<p>",
        "</p>",
        "<b>",
        "</b>",
        "<br>",
        "<br/>",
        "words here",
        " ",
        "\n",
        "&amp;",
        "&#233;",
        "&#x1F600;",
        "&nbsp;",
        "&bogus;",
        "&",
        "<!-- c -->",
        "<div class=\"a>b\">",
        "</div>",
        "<li>",
        "</li>",
        "<nav>",
        "</nav>",
        "<header>",
        "</header>",
        "<style>p{}</style>",
        "<h1>",
        "</h1>",
        "<title>T</title>",
        "<img src=x alt='y'>",
        "a < b",
        "x > y",
        "<!doctype html>",
        "<svg>",
        "</svg>",
        "<table><tr><td>",
        "</td></tr></table>",
        "</unknown>",
        "<p/>",
        "«»",
        "😀",
        "e\u{301}",
    ]);
    let script = prop::sample::select(vec![
        "<script>zqx()</script>",
        "<SCRIPT type=\"text/javascript\">zqx</SCRIPT >",
        "<script>if (a<b) zqx('</p>')</script>",
        "<script src=\"x\">zqx</script>",
        "<style>.zqx{}</style>",
        "<noscript>zqx</noscript>",
        "<template>zqx</template>",
        "<iframe>zqx</iframe>",
        "<script>/*<!--*/zqx</script>",
    ]);
    (
        prop::collection::vec(token, 0..40),
        prop::collection::vec((any::<usize>(), script), 0..4),
        any::<bool>(),
    )
        .prop_map(|(tokens, scripts, unclosed)| {
            let mut parts: Vec<String> = tokens.into_iter().map(String::from).collect();
            for (at, s) in scripts {
                let i = at % (parts.len() + 1);
                parts.insert(i, s.to_string());
            }
            if unclosed {
                parts.push("<script>zqx".into());
            }
            (parts.concat(), unclosed)
        })
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn import_survives_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..600), ext in prop::sample::select(vec!["json", "jsonl", "zip", "ann", "jsonld", ""])) {
        try_import(&format!("f.{ext}"), &bytes)?;
    }

    #[test]
    fn import_survives_arbitrary_json_like_text(text in r#"[\[\]{}",:0-9a-z\-. \n]{0,300}"#) {
        try_import("f.json", text.as_bytes())?;
        try_import("f.jsonl", text.as_bytes())?;
    }

    #[test]
    fn import_survives_mutated_exports(format in prop::sample::select(Format::ALL.to_vec()), edits in prop::collection::vec(edit(), 1..6)) {
        let out = export(&sample(), format);
        let bytes = apply(out.bytes, &edits);
        try_import(&out.file_name, &bytes)?;
    }

    #[test]
    fn import_survives_nasty_json_values(format in prop::sample::select(vec![Format::Parallax, Format::W3c, Format::Jsonl]), picks in prop::collection::vec((any::<usize>(), nasty_value()), 1..4)) {
        let out = export(&sample(), format);
        let text = String::from_utf8(out.bytes).unwrap();
        let mut docs: Vec<Value> = text.lines().filter_map(|l| serde_json::from_str(l).ok()).collect();
        if format != Format::Jsonl {
            docs = vec![serde_json::from_str(&text).unwrap()];
        }
        for (k, new) in &picks {
            let i = k % docs.len();
            let mut at = k / docs.len() % count_nodes(&docs[i]);
            replace_nth(&mut docs[i], &mut at, new);
        }
        let bytes = if format == Format::Jsonl {
            docs.iter().map(|d| d.to_string()).collect::<Vec<_>>().join("\n")
        } else {
            docs[0].to_string()
        };
        try_import(&out.file_name, bytes.as_bytes())?;
    }

    #[test]
    fn brat_import_survives_mutated_ann_files(edits in prop::collection::vec(edit(), 1..6)) {
        use parallax::formats::zip::{read, write, Entry};
        let out = export(&sample(), Format::Brat);
        let mut entries = read("b.zip", &out.bytes).unwrap();
        let i = edits.len() % entries.len();
        entries[i] = Entry { name: entries[i].name.clone(), data: apply(entries[i].data.clone(), &edits) };
        try_import("b.zip", &write(&entries))?;
    }

    #[test]
    fn read_article_survives_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..600), ext in prop::sample::select(vec!["txt", "md", "html", "htm", "rtf", ""])) {
        if let Ok(a) = read_article(&format!("f.{ext}"), &bytes) {
            prop_assert!(!a.text.trim().is_empty());
            prop_assert!(!a.text.contains('\0'));
        }
    }

    #[test]
    fn decoding_survives_arbitrary_text_in_any_encoding(text in "\\PC{0,200}", enc in 0u8..4) {
        let bytes: Vec<u8> = match enc {
            0 => text.as_bytes().to_vec(),
            1 => [b"\xef\xbb\xbf".as_slice(), text.as_bytes()].concat(),
            2 => [vec![0xff, 0xfe], text.encode_utf16().flat_map(u16::to_le_bytes).collect()].concat(),
            _ => [vec![0xfe, 0xff], text.encode_utf16().flat_map(u16::to_be_bytes).collect()].concat(),
        };
        match parallax::formats::decode::decode("t.txt", &bytes) {
            Ok(d) => {
                prop_assert_eq!(&d.text, &text, "valid text in a declared encoding decodes exactly");
                // UTF-8 needs no word; UTF-16 is named, once (the user is told how it was read).
                if enc < 2 {
                    prop_assert!(d.notes.is_empty());
                } else {
                    prop_assert!(d.notes.len() == 1 && d.notes[0].contains("is UTF-16"), "{:?}", d.notes);
                }
            }
            Err(e) => prop_assert!(
                text.trim().is_empty() || parallax::formats::decode::sniff_binary(&bytes).is_some(),
                "{}", e.message
            ),
        }
    }

    #[test]
    fn html_extraction_survives_arbitrary_text(html in "[<>/!a-zA-Z\"'=&#;0-9 \\-\n]{0,400}|\\PC{0,200}") {
        let page = parallax::formats::html::extract(&html);
        prop_assert!(!page.text.starts_with(char::is_whitespace));
        prop_assert!(!page.text.ends_with(char::is_whitespace));
    }

    #[test]
    fn html_extraction_never_outputs_script_contents((html, _) in html_soup()) {
        let page = parallax::formats::html::extract(&html);
        prop_assert!(!page.text.contains("zqx"), "{:?} -> {:?}", html, page.text);
    }

    #[test]
    fn inflate_survives_arbitrary_bytes(data in prop::collection::vec(any::<u8>(), 0..300)) {
        if let Ok(out) = parallax::formats::zip::inflate::inflate(&data, 4096) {
            prop_assert!(out.len() <= 4096 + 258);
        }
    }

    #[test]
    fn zip_reader_survives_arbitrary_and_mutated_input(edits in prop::collection::vec(edit(), 0..6), junk in prop::collection::vec(any::<u8>(), 0..200)) {
        let mut z = export(&sample(), Format::Brat).bytes;
        z = apply(z, &edits);
        let _ = parallax::formats::zip::read("z.zip", &z);
        let mut j = b"PK\x03\x04".to_vec();
        j.extend(junk);
        let _ = parallax::formats::zip::read("j.zip", &j);
        let _ = import("j.zip", &j);
    }
}

#[test]
fn a_valid_export_survives_every_single_truncation() {
    // Exhaustive rather than random: every prefix of every format's export.
    for f in Format::ALL {
        let out = export(&sample(), f);
        for n in 0..out.bytes.len() {
            if let Ok(r) = import(&out.file_name, &out.bytes[..n]) {
                assert!(r.workspace.validate().is_empty());
            }
        }
    }
}

/// A case the property test above found: a JSONL span whose id number is u64::MAX
/// overflowed when choosing the next fresh id (`renumber_after_import`). Replayed exactly
/// as the property test builds it.
#[test]
fn jsonl_id_number_of_u64_max_is_imported_not_a_panic() {
    let out = export(&sample(), Format::Jsonl);
    let text = String::from_utf8(out.bytes).unwrap();
    let mut docs: Vec<Value> = text
        .lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect();
    let k: usize = 10830566198608047751;
    let i = k % docs.len();
    let mut at = k / docs.len() % count_nodes(&docs[i]);
    replace_nth(&mut docs[i], &mut at, &serde_json::json!(u64::MAX));
    let bytes = docs
        .iter()
        .map(|d| d.to_string())
        .collect::<Vec<_>>()
        .join("\n");
    try_import(&out.file_name, bytes.as_bytes()).unwrap();
}

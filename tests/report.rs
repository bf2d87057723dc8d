//! The coverage report end to end, natively: five articles (the two samples and the three
//! HTML fixtures of the browser test, with a different figure, speaker and date), facts
//! linked, attributions made; the matrix, the report HTML, the Parallax JSON round trip of
//! outlet metadata, and `parallax report` writing the same report from a workspace file.

use parallax::formats::{self, read_article, Format};
use parallax::model::{DocMeta, Flag, Label, Origin, Workspace};
use parallax::report::{self, matrix::CellState, matrix::SortBy};
use std::path::Path;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn load(ws: &mut Workspace, path: &str) -> String {
    let bytes = std::fs::read(Path::new(ROOT).join(path)).expect("fixture");
    let a = read_article(path, &bytes).expect("article");
    let id = ws.add_document(&a.title, path, &a.text);
    ws.set_document_meta(&id, a.meta).expect("doc");
    id
}

/// A span over the first occurrence of `needle` (code points).
fn span(ws: &mut Workspace, doc: &str, needle: &str, label: Label) -> String {
    let text = ws.document(doc).unwrap().text.clone();
    let byte = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} in {doc}"));
    let start = text[..byte].chars().count();
    let end = start + needle.chars().count();
    ws.add_span(doc, start, end, label).expect("span")
}

fn flag(kind: &str, a: &str, b: &str) -> Vec<Flag> {
    vec![Flag {
        kind: kind.into(),
        a: a.into(),
        b: b.into(),
        vague: false,
    }]
}

/// The five-outlet workspace of the browser test, built through the library.
fn five_outlets() -> Workspace {
    let mut ws = Workspace::new();
    let afp = load(&mut ws, "samples/afp-defector-footage.txt");
    let lat = load(&mut ws, "samples/latimes-defector-video.txt");
    let her = load(&mut ws, "tests/e2e/fixtures/seoul-herald.html");
    let wire = load(&mut ws, "tests/e2e/fixtures/pacific-wire.html");
    let cou = load(&mut ws, "tests/e2e/fixtures/evening-courier.html");
    let mut m = DocMeta::default();
    m.set("outlet", "AFP");
    ws.set_document_meta(&afp, m).unwrap();
    let mut m = DocMeta::default();
    m.set("outlet", "Los Angeles Times");
    m.set("published", "2017-11-22");
    ws.set_document_meta(&lat, m).unwrap();

    let shot = "The defector was shot at least four times in his desperate escape bid";
    let s_afp = span(&mut ws, &afp, shot, Label::Claim);
    let s_her = span(
        &mut ws,
        &her,
        "The defector was shot five times in his desperate escape bid",
        Label::Claim,
    );
    let s_wire = span(&mut ws, &wire, "The defector was shot at least four times in his desperate escape bid at the Panmunjom truce village on November 14", Label::Claim);
    let s_cou = span(&mut ws, &cou, shot, Label::Claim);
    ws.add_link(
        &s_afp,
        &s_her,
        Origin::Matcher,
        Some(0.86),
        flag("number", "at least four times", "five times"),
    )
    .unwrap();
    ws.add_link(
        &s_afp,
        &s_wire,
        Origin::Matcher,
        Some(0.91),
        flag("date", "November 13", "November 14"),
    )
    .unwrap();
    ws.add_link(&s_afp, &s_cou, Origin::Manual, None, Vec::new())
        .unwrap();

    let meet = "requested a meeting";
    let q_afp = span(&mut ws, &afp, "The UNC has \"requested a meeting (with North Korea) to discuss our investigation and measures to prevent future such violations,\"", Label::Quote);
    let q_wire = span(&mut ws, &wire, "The UNC has requested a meeting with North Korea to discuss the investigation and measures to prevent future violations", Label::Quote);
    let q_her = span(&mut ws, &her, "The UNC has requested a meeting with North Korea to discuss the investigation and measures to prevent future violations", Label::Quote);
    assert!(ws
        .span_text(ws.span(&q_afp).unwrap())
        .unwrap()
        .contains(meet));
    ws.add_link(
        &q_afp,
        &q_wire,
        Origin::Manual,
        None,
        flag("speaker", "Carroll", "Song Young-moo"),
    )
    .unwrap();
    ws.add_link(&q_afp, &q_her, Origin::Manual, None, Vec::new())
        .unwrap();
    let a_afp = span(&mut ws, &afp, "Carroll said", Label::Attribution);
    ws.add_relation(&a_afp, &q_afp).unwrap();
    let a_wire = span(
        &mut ws,
        &wire,
        "Defense Minister Song Young-moo said",
        Label::Attribution,
    );
    ws.add_relation(&a_wire, &q_wire).unwrap();

    let restraint = span(
        &mut ws,
        &her,
        "\"The soldiers on duty showed remarkable restraint that day,\"",
        Label::Quote,
    );
    let official = span(&mut ws, &her, "an official said", Label::Attribution);
    ws.add_relation(&official, &restraint).unwrap();
    // A quote nobody is credited with.
    span(
        &mut ws,
        &wire,
        "\"The armistice was violated, and we will respond firmly,\"",
        Label::Quote,
    );
    ws
}

#[test]
fn saved_pages_give_outlet_author_date_and_address() {
    let ws = five_outlets();
    let her = &ws.documents[2].meta;
    assert_eq!(her.outlet.as_deref(), Some("Seoul Herald"));
    assert_eq!(her.author.as_deref(), Some("Park Min-ji"));
    assert_eq!(her.published.as_deref(), Some("2017-11-22T18:00:00+09:00"));
    assert_eq!(
        her.url.as_deref(),
        Some("https://seoul-herald.example/2017/11/22/defector-video")
    );
    let wire = &ws.documents[3].meta;
    assert_eq!(
        wire.outlet.as_deref(),
        Some("Pacific Wire"),
        "JSON-LD publisher"
    );
    assert_eq!(wire.author.as_deref(), Some("Tom Reyes"));
    assert_eq!(wire.published.as_deref(), Some("2017-11-23T02:15:00Z"));
    assert_eq!(
        wire.url.as_deref(),
        Some("https://pacific-wire.example/news/dmz-escape-footage")
    );
    let cou = &ws.documents[4].meta;
    assert_eq!(
        cou.url.as_deref(),
        Some("https://courier.example/world/defector-recovering"),
        "og:url"
    );
    assert!(ws.documents[0].meta.outlet.is_some(), "set by hand");
}

#[test]
fn outlet_metadata_survives_parallax_json_and_old_files_still_load() {
    let ws = five_outlets();
    let json = formats::export(&ws, Format::Parallax);
    let text = String::from_utf8(json.bytes).unwrap();
    assert!(text.contains("\"outlet\": \"Pacific Wire\""));
    let back = formats::import("w.json", text.as_bytes()).unwrap();
    assert!(back.warnings.is_empty(), "{:?}", back.warnings);
    assert_eq!(
        back.workspace.documents, ws.documents,
        "metadata round-trips"
    );
    // A document without the optional fields, and one with a wrong type.
    let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
    v["documents"][0].as_object_mut().unwrap().remove("outlet");
    let back = formats::import("w.json", v.to_string().as_bytes()).unwrap();
    assert_eq!(back.workspace.documents[0].meta.outlet, None);
    // A field of the wrong type is left out with a warning naming it: optional details
    // never stop a workspace from loading.
    v["documents"][1]["published"] = serde_json::json!(2017);
    let back = formats::import("w.json", v.to_string().as_bytes()).unwrap();
    assert_eq!(back.workspace.documents[1].meta.published, None);
    assert_eq!(
        back.workspace.documents[1].meta.outlet.as_deref(),
        Some("Los Angeles Times")
    );
    let w = back.warnings.join("\n");
    assert!(
        w.contains("documents[1]")
            && w.contains("\"published\" should be text")
            && w.contains("left out"),
        "{w}"
    );
}

#[test]
fn matrix_rows_are_linked_groups_and_unlinked_claims_columns_are_outlets() {
    let ws = five_outlets();
    let mut m = report::matrix::build(&ws);
    let names: Vec<&str> = m.outlets.iter().map(|o| o.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "AFP",
            "Los Angeles Times",
            "Seoul Herald",
            "Pacific Wire",
            "Evening Courier"
        ]
    );
    // Facts: the shots (4 outlets), the meeting (3), the restraint quote (1), the
    // uncredited quote (1). Attribution spans are not facts.
    assert_eq!(
        m.facts.len(),
        4,
        "{:#?}",
        m.facts.iter().map(|f| &f.text).collect::<Vec<_>>()
    );
    let shots = &m.facts[0];
    assert!(shots
        .text
        .starts_with("The defector was shot at least four times"));
    let states: Vec<CellState> = shots.cells.iter().map(|c| c.state).collect();
    use CellState::*;
    assert_eq!(states, [Differs, NotReported, Differs, Differs, Stated]);
    assert_eq!(shots.reach(), 4);
    let herald = &shots.cells[2].flags;
    assert_eq!(herald.len(), 1);
    assert_eq!(
        herald[0].text(),
        "five times \u{2260} at least four times",
        "seen from the Herald"
    );
    let afp: Vec<String> = shots.cells[0].flags.iter().map(|f| f.text()).collect();
    assert_eq!(
        afp,
        [
            "at least four times \u{2260} five times",
            "November 13 \u{2260} November 14"
        ]
    );

    let meeting = &m.facts[1];
    assert_eq!(meeting.reach(), 3);
    let afp_credit = &meeting.cells[0].mentions[0].credits[0].who;
    assert_eq!(
        (afp_credit.name.as_str(), afp_credit.anonymous),
        ("Carroll", false)
    );
    let wire_credit = &meeting.cells[3].mentions[0].credits[0].who;
    assert_eq!(wire_credit.name, "Song Young-moo");
    assert!(
        meeting.cells[2].mentions[0].credits.is_empty(),
        "the Herald credits nobody here"
    );
    let restraint = &m.facts[2];
    assert!(
        restraint.cells[2].mentions[0].credits[0].who.anonymous,
        "an official said"
    );
    assert_eq!(m.discrepancies.len(), 3);

    // Sorted by reach: 4, 3, then the single-outlet facts in reading order.
    m.facts.reverse();
    m.sort(SortBy::Reach);
    let reach: Vec<usize> = m.facts.iter().map(|f| f.reach()).collect();
    assert_eq!(reach, [4, 3, 1, 1]);
    m.sort(SortBy::Reading);
    assert!(m.facts[0].text.starts_with("The defector was shot"));
}

#[test]
fn links_and_relations_to_missing_spans_are_skipped_not_fatal() {
    let mut ws = five_outlets();
    ws.links[0].b = "nope".into();
    ws.relations[0].from = "gone".into();
    let m = report::matrix::build(&ws);
    assert_eq!(m.facts[0].reach(), 3, "the dangling link is skipped");
    assert_eq!(
        m.facts.len(),
        5,
        "the Herald's claim is now a fact of its own"
    );
    assert!(
        m.facts[1].cells[0].mentions[0].credits.is_empty(),
        "the dangling relation is skipped"
    );
    let _ = report::report_html(&ws);
    let empty = report::report_html(&Workspace::new());
    assert!(empty.contains("0 outlets"));
}

/// What a self-contained report must not contain: script or outside references. Every
/// real tag is checked (escaped text has no raw `<`), and the style sheet.
pub fn assert_self_contained(html: &str) {
    let lower = html.to_ascii_lowercase();
    let mut rest = lower.as_str();
    while let Some(i) = rest.find('<') {
        let end = rest[i..].find('>').map_or(rest.len(), |j| i + j + 1);
        let tag = &rest[i..end];
        for bad in [
            "<script", "<link", "<img", "<iframe", "<object", "<embed", "<base", " src=", " href=",
            " style=", " on",
        ] {
            assert!(!tag.contains(bad), "the report has the tag {tag:?}");
        }
        rest = &rest[end..];
    }
    let style = lower
        .split("<style>")
        .nth(1)
        .and_then(|s| s.split("</style>").next())
        .expect("a style sheet");
    assert!(
        !style.contains("url(") && !style.contains("@import"),
        "the CSS loads nothing"
    );
    // Article addresses appear as text only, inside <span class="url">.
    for (i, _) in lower.match_indices("http") {
        let before = &lower[..i];
        let open = before.rfind("<span class=\"url\">");
        let close = before.rfind("</span>");
        assert!(
            open > close,
            "an address outside the outlets table at byte {i}"
        );
    }
}

#[test]
fn the_report_names_every_outlet_flag_and_anonymous_source_and_is_self_contained() {
    let ws = five_outlets();
    let html = report::report_html(&ws);
    assert_self_contained(&html);
    for o in [
        "AFP",
        "Los Angeles Times",
        "Seoul Herald",
        "Pacific Wire",
        "Evening Courier",
    ] {
        assert!(html.contains(o), "{o}");
    }
    for date in [
        "2017-11-22T18:00:00+09:00",
        "2017-11-23T02:15:00Z",
        "2017-11-24",
    ] {
        assert!(html.contains(date), "{date}");
    }
    for side in [
        "at least four times",
        "five times",
        "November 13",
        "November 14",
        "Carroll",
        "Song Young-moo",
    ] {
        assert!(html.contains(side), "{side}");
    }
    assert!(html.contains("number: at least four times \u{2260} five times"));
    assert!(html.contains("anonymous: \u{201c}an official said\u{201d}"));
    assert!(
        html.contains("1 credits an anonymous source"),
        "the count of anonymous sources"
    );
    assert!(
        html.contains("we will respond firmly"),
        "the unattributed quote"
    );
    assert!(
        html.contains("break-inside: avoid"),
        "rows are not cut by page breaks"
    );
    assert_eq!(html, report::report_html(&ws), "deterministic");
}

#[test]
fn parallax_report_writes_the_same_report_from_a_workspace_file() {
    let ws = five_outlets();
    let dir = std::env::temp_dir().join(format!("parallax-report-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let json = dir.join("work.json");
    std::fs::write(&json, formats::export(&ws, Format::Parallax).bytes).unwrap();
    let out = dir.join("report.html");
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_parallax"))
        .args([
            "report",
            json.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let written = std::fs::read_to_string(&out).unwrap();
    assert_eq!(written, report::report_html(&ws));

    // Bad input: a clear message and exit code 2, no panic.
    std::fs::write(dir.join("bad.json"), "{\"format\": \"parallax\"").unwrap();
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_parallax"))
        .args(["report", dir.join("bad.json").to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(2));
    let err = String::from_utf8_lossy(&run.stderr);
    assert!(
        err.contains("bad.json") && err.contains("ends too early"),
        "{err}"
    );
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_parallax"))
        .args(["report"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&run.stderr).contains("report needs a workspace file"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn outlet_metadata_survives_w3c_and_jsonl() {
    let ws = five_outlets();
    for format in [Format::W3c, Format::Jsonl] {
        let out = formats::export(&ws, format);
        let back = formats::import(&out.file_name, &out.bytes).unwrap();
        let metas: Vec<&DocMeta> = back.workspace.documents.iter().map(|d| &d.meta).collect();
        let want: Vec<&DocMeta> = ws.documents.iter().map(|d| &d.meta).collect();
        assert_eq!(metas, want, "{format:?}");
    }
    // A doccano line with a "meta" object of another shape is read, not refused.
    let line = r#"{"text": "Some text.", "label": [], "meta": {"outlet": 5}}"#;
    let back = formats::import("d.jsonl", line.as_bytes()).unwrap();
    assert!(back.workspace.documents[0].meta.is_empty());
    assert!(
        back.warnings
            .iter()
            .any(|w| w.contains("\"outlet\" should be text")),
        "{:?}",
        back.warnings
    );
}

#[test]
fn markup_in_titles_texts_and_metadata_stays_text_in_the_report() {
    let mut ws = Workspace::new();
    let text = "<script>alert(1)</script> said \"<img src=x onerror=alert(2)>\" & more";
    let d = ws.add_document("<script>t</script>", "x.txt", text);
    let mut meta = DocMeta::default();
    meta.set("outlet", "<b onclick=x>Out</b>");
    meta.set("url", "javascript:alert(3)");
    ws.set_document_meta(&d, meta).unwrap();
    ws.add_span(&d, 0, text.chars().count(), Label::Quote)
        .unwrap();
    let html = report::report_html(&ws);
    assert_self_contained(&html);
    assert!(!html.contains("<b onclick"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("&lt;b onclick=x&gt;Out&lt;/b&gt;"));
}

#[test]
fn exports_name_what_only_parallax_json_keeps() {
    let mut ws = five_outlets();
    // No annotator, exercise or notes yet: W3C and JSONL say nothing more; brat and Label
    // Studio name the outlet metadata they drop.
    assert!(formats::left_out(&ws, Format::W3c).is_empty());
    assert!(formats::left_out(&ws, Format::Jsonl).is_empty());
    let brat = formats::left_out(&ws, Format::Brat);
    assert!(
        brat.len() == 1 && brat[0].contains("outlet, author, date and address of 5 article(s)"),
        "{brat:?}"
    );
    ws.identity.annotator = "maria".into();
    ws.identity.title = "Defector exercise".into();
    ws.spans[0].note = Some("checked".into());
    for format in [
        Format::Jsonl,
        Format::W3c,
        Format::Brat,
        Format::LabelStudio,
    ] {
        let out = formats::export(&ws, format);
        let said = out.warnings.join(" | ");
        assert!(
            said.contains("the annotator name, the exercise title and instructions, 1 note(s)")
                && said.contains("export Parallax JSON to keep everything"),
            "{format:?}: {said}"
        );
        // And it is true: the import does not bring them back.
        if format != Format::LabelStudio && format != Format::Brat {
            let back = formats::import(&out.file_name, &out.bytes)
                .unwrap()
                .workspace;
            assert!(
                back.identity.annotator.is_empty() && back.spans.iter().all(|s| s.note.is_none())
            );
        }
    }
    assert!(formats::left_out(&ws, Format::Parallax).is_empty());
    let back = formats::import("p.json", &formats::export(&ws, Format::Parallax).bytes).unwrap();
    assert_eq!(back.workspace.identity.annotator, "maria");
}

#[test]
fn the_report_file_is_named_like_the_other_exports() {
    let mut ws = five_outlets();
    assert_eq!(report::file_name(&ws), "parallax-report.html");
    ws.identity.title = "Defector exercise".into();
    ws.identity.annotator = "Maria".into();
    assert_eq!(
        report::file_name(&ws),
        parallax::exercise::export_file_name(&ws, "parallax.json")
            .replace("parallax.json", "parallax-report.html"),
        "the same stem as the JSON export"
    );
    assert_eq!(
        report::file_name(&ws),
        "defector-exercise.maria.parallax-report.html"
    );
}

#[test]
fn the_report_is_titled_by_the_exercise_when_there_is_one() {
    let mut ws = five_outlets();
    let html = report::report_html(&ws);
    assert!(
        !html.contains("Defector exercise"),
        "no exercise: the first article's title"
    );
    ws.identity.title = "Defector exercise".into();
    let html = report::report_html(&ws);
    assert!(html.contains("<title>Coverage report: Defector exercise</title>"));
    assert!(html.contains("<h1>Defector exercise</h1>"));
}

/// A flag of the softer, vague kind keeps its kind in the matrix cells (both ways) and
/// says so in the printable report.
#[test]
fn a_vague_flag_is_told_apart_in_the_matrix_and_the_report() {
    let mut ws = Workspace::new();
    let afp = load(&mut ws, "samples/afp-defector-footage.txt");
    let lat = load(&mut ws, "samples/latimes-defector-video.txt");
    let a = span(
        &mut ws,
        &afp,
        "The defector was shot at least four times",
        Label::Claim,
    );
    let b = span(
        &mut ws,
        &lat,
        "The soldier, shot several times",
        Label::Claim,
    );
    let mut flags = flag("number", "at least four times", "several times");
    flags[0].vague = true;
    ws.add_link(&a, &b, Origin::Matcher, Some(0.6), flags)
        .unwrap();
    let m = report::matrix::build(&ws);
    let cells: Vec<_> = m.facts[0].cells.iter().flat_map(|c| &c.flags).collect();
    assert_eq!(cells.len(), 2);
    assert!(cells.iter().all(|f| f.vague));
    let html = report::html::render(&ws);
    assert!(
        html.contains(&format!(
            ", {}</span>",
            parallax::model::types::SOFTER_FLAG_SHORT
        )),
        "the matrix cell names the kind"
    );
    assert!(
        html.contains(&format!(
            "several times ({})",
            parallax::model::types::SOFTER_FLAG_NOTE
        )),
        "the list of differences names it"
    );
}

/// A generic source is anonymous however it is written: "Doctors said" at a sentence's
/// start is no more a name than "doctors said" (the credit list's generic words are
/// compared without case).
#[test]
fn a_generic_source_is_anonymous_with_or_without_a_capital() {
    use parallax::report::credit::credit;
    for word in [
        "doctors",
        "witnesses",
        "residents",
        "analysts",
        "diplomats",
        "officials",
        "experts",
        "a doctor",
        "an analyst",
    ] {
        let mut capital = word.chars();
        let first = capital.next().expect("a word").to_uppercase().to_string();
        let capitalised = first + capital.as_str();
        for text in [format!("{word} said"), format!("{capitalised} said")] {
            let c = credit(&text);
            assert!(c.anonymous, "{text}: {c:?}");
            assert_eq!(c.name.to_lowercase(), word, "{text}");
        }
    }
    // A name after a generic word is still found, and makes the source named.
    let c = credit("Doctors Without Borders said");
    assert!(!c.anonymous, "{c:?}");
    let c = credit("Witness Jane Park said");
    assert_eq!((c.name.as_str(), c.anonymous), ("Jane Park", false));
}

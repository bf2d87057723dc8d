//! Re-anchoring by quote keeps every span it can place (trial 24, U4): a span whose text
//! occurs nowhere in the changed article is left out with the links and relations
//! touching it, each named in `Imported::left_out`, and everything else is imported. A
//! file whose spans all fit is not touched. Without re-anchoring the file is refused as
//! before, ending with the page's advice, which the command line replaces with its own
//! command (E2).

use parallax::formats::{import_with, ImportOptions, REANCHOR_ADVICE};
use serde_json::{json, Value};

const BBC: &str = "He was jailed for eight years. The council said it had reformed.";
const ITV: &str = "He was sentenced to nine years. Northfield council said it reformed.";

fn cp(text: &str, needle: &str) -> (usize, usize) {
    let byte = text.find(needle).expect("needle");
    let start = text[..byte].chars().count();
    (start, start + needle.chars().count())
}

fn span(id: &str, doc: &str, text: &str, needle: &str, label: &str) -> Value {
    let (start, end) = cp(text, needle);
    json!({"id": id, "doc": doc, "start": start, "end": end, "label": label, "text": needle})
}

/// Two articles, a span over each sentence and an attribution, two links and a relation;
/// then ITV's text changed: "nine" -> "ten" (every later ITV span moved by one) and its
/// second sentence reworded, so span s4's text occurs nowhere.
fn edited() -> Value {
    let mut v = json!({"format": "parallax", "version": 1,
        "documents": [
            {"id": "d1", "title": "BBC", "source": "bbc.txt", "text": BBC},
            {"id": "d2", "title": "ITV", "source": "itv.txt", "text": ITV}],
        "spans": [
            span("s1", "d1", BBC, "He was jailed for eight years.", "claim"),
            span("s2", "d1", BBC, "The council said it had reformed.", "claim"),
            span("s3", "d2", ITV, "He was sentenced", "claim"),
            span("s4", "d2", ITV, "it reformed.", "claim"),
            span("s5", "d2", ITV, "Northfield council said", "attribution")],
        "links": [
            {"id": "l1", "a": "s1", "b": "s3", "kind": "differs", "origin": "manual"},
            {"id": "l2", "a": "s2", "b": "s4", "kind": "same", "origin": "manual"}],
        "relations": [{"id": "r1", "kind": "attributes", "from": "s5", "to": "s4"}],
        "rejections": []});
    v["documents"][1]["text"] =
        json!("He was sentenced to ten years. Northfield council said it had changed.");
    v
}

#[test]
fn reanchoring_keeps_what_it_can_place_and_names_what_it_left_out() {
    let v = edited();
    let bytes = v.to_string();
    // Without re-anchoring: refused, ending with the page's advice.
    let e = import_with("edited.json", bytes.as_bytes(), &ImportOptions::default()).unwrap_err();
    assert!(e.can_reanchor, "{}", e.message);
    assert!(e.message.ends_with(REANCHOR_ADVICE), "{}", e.message);
    let cli = e
        .clone()
        .with_reanchor_advice("Run: parallax convert edited.json --to parallax --reanchor");
    assert!(
        cli.message
            .ends_with("\nRun: parallax convert edited.json --to parallax --reanchor"),
        "{}",
        cli.message
    );
    assert!(!cli.message.contains("Import again"), "{}", cli.message);
    // With it: s4 cannot be placed; everything else is imported.
    let r = import_with(
        "edited.json",
        bytes.as_bytes(),
        &ImportOptions { reanchor: true },
    )
    .expect("imported");
    let ws = &r.workspace;
    let ids: Vec<&str> = ws.spans.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["s1", "s2", "s3", "s5"]);
    let s5 = ws.span("s5").expect("s5");
    assert_eq!(ws.span_text(s5), Some("Northfield council said"));
    let links: Vec<&str> = ws.links.iter().map(|l| l.id.as_str()).collect();
    assert_eq!(links, ["l1"]);
    assert!(ws.relations.is_empty());
    assert_eq!(
        r.left_out,
        [
            "spans[3] (id \"s4\"): its text “it reformed.” does not occur anywhere in \
             document \"d2\", so it could not be re-anchored and was left out",
            "links[1] (id \"l2\"): it joins span \"s4\", which could not be re-anchored, so \
             the link was left out too",
            "relations[0] (id \"r1\"): span \"s4\" could not be re-anchored, so the relation \
             was left out too",
        ]
    );
    // The moves are warnings as before; nothing left out is among them.
    assert!(
        r.warnings
            .iter()
            .any(|w| w.starts_with("span \"s5\" was re-anchored")),
        "{:?}",
        r.warnings
    );
    assert!(
        r.warnings.iter().all(|w| !w.contains("left out")),
        "{:?}",
        r.warnings
    );
}

#[test]
fn a_file_whose_spans_all_fit_leaves_nothing_out() {
    let mut v = edited();
    v["documents"][1]["text"] = json!(ITV);
    let r = import_with(
        "ok.json",
        v.to_string().as_bytes(),
        &ImportOptions { reanchor: true },
    )
    .expect("imported");
    assert!(r.left_out.is_empty(), "{:?}", r.left_out);
    assert_eq!(
        (
            r.workspace.spans.len(),
            r.workspace.links.len(),
            r.workspace.relations.len()
        ),
        (5, 2, 1)
    );
}

/// A workspace of one article with an emoji in its first line and spans whose offsets
/// count UTF-16 code units (as JavaScript's string indices do) when `utf16`, as a script
/// writing Parallax JSON in JavaScript makes it (trial 42, F3), else code points; with
/// `edit`, the text changed after the spans were made ("hoje " written before the last
/// span).
fn emoji_article(utf16: bool, edit: bool) -> String {
    let text = "Tragédia no Tâmega 😢 ponte cai\nDuas pessoas morreram e nove ficaram feridas.";
    let span = |id: &str, needle: &str| {
        let b = text.find(needle).expect("needle");
        let (start, len) = if utf16 {
            (
                text[..b].encode_utf16().count(),
                needle.encode_utf16().count(),
            )
        } else {
            (text[..b].chars().count(), needle.chars().count())
        };
        json!({"id": id, "doc": "d1", "start": start, "end": start + len, "label": "claim",
               "text": needle})
    };
    let spans = vec![
        span("s1", "Tragédia no Tâmega"),
        span("s2", "Tragédia no Tâmega 😢"),
        span("s3", "Duas pessoas morreram"),
    ];
    let text = if edit {
        text.replace("Duas", "hoje Duas")
    } else {
        text.to_string()
    };
    json!({"format": "parallax", "version": 1,
        "documents": [{"id": "d1", "title": "Público", "source": "p.txt", "text": text}],
        "spans": spans, "links": [], "relations": [], "rejections": []})
    .to_string()
}

#[test]
fn offsets_in_utf16_units_are_said_to_be_so_not_a_changed_text() {
    let plain = ImportOptions::default();
    let e = import_with("js.json", emoji_article(true, false).as_bytes(), &plain).unwrap_err();
    assert!(e.can_reanchor && e.utf16_offsets, "{}", e.message);
    assert!(
        e.message
            .contains("offsets look like UTF-16 code units (JavaScript string indices)"),
        "{}",
        e.message
    );
    assert!(
        e.message.contains("Parallax counts code points"),
        "{}",
        e.message
    );
    assert!(!e.message.contains("seem to have changed"), "{}", e.message);
    assert!(e.message.ends_with("Import again with re-anchoring to move each span to the nearest place where its text occurs."), "{}", e.message);
    // The command line's own advice keeps the cause.
    let cause = e.reanchor_cause();
    let cli = e
        .clone()
        .with_reanchor_advice(&format!("{cause} Run: parallax convert js.json --reanchor"));
    assert!(cli.message.contains("UTF-16 code units"), "{}", cli.message);
    assert!(!cli.message.contains("Import again"), "{}", cli.message);
    // Re-anchoring places every span on its text.
    let options = ImportOptions { reanchor: true };
    let r =
        import_with("js.json", emoji_article(true, false).as_bytes(), &options).expect("imported");
    assert!(r.left_out.is_empty());
    let texts: Vec<&str> = r
        .workspace
        .spans
        .iter()
        .filter_map(|s| r.workspace.span_text(s))
        .collect();
    assert_eq!(texts.len(), 3);
    // Near cases: code points into a changed text after an emoji, and UTF-16 units into a
    // changed text, are a changed text.
    for utf16 in [false, true] {
        let e = import_with("ed.json", emoji_article(utf16, true).as_bytes(), &plain).unwrap_err();
        assert!(e.can_reanchor && !e.utf16_offsets, "{utf16}: {}", e.message);
        assert!(
            e.message.ends_with(REANCHOR_ADVICE),
            "{utf16}: {}",
            e.message
        );
    }
    // Code points into the text as it is: read as it is.
    assert!(import_with("ok.json", emoji_article(false, false).as_bytes(), &plain).is_ok());
}

/// Trial 43, F: one span's offsets moved by three with the articles' texts unchanged
/// (each matches its recorded SHA-256) is said to be so, not "the texts seem to have
/// changed"; re-anchoring stays the remedy. Near case: the same file whose text was
/// edited after its SHA-256 was recorded keeps the changed-text cause.
#[test]
fn misplaced_offsets_in_an_unchanged_text_are_said_to_be_so() {
    let sha = |t: &str| parallax::model::text_sha256(t);
    let file = |text: &str, recorded: &str| {
        let (start, end) = cp(BBC, "The council said");
        json!({"format": "parallax", "version": 1,
            "documents": [{"id": "d1", "title": "BBC", "source": "b.txt", "sha256": recorded,
                           "text": text}],
            "spans": [{"id": "s1", "doc": "d1", "start": start + 3, "end": end + 3,
                       "label": "claim", "text": "The council said"}],
            "links": [], "relations": [], "rejections": []})
        .to_string()
    };
    let plain = ImportOptions::default();
    let e = import_with("off.json", file(BBC, &sha(BBC)).as_bytes(), &plain).unwrap_err();
    assert!(e.can_reanchor && e.offsets_misplaced, "{}", e.message);
    assert!(
        e.message.contains("texts have not changed"),
        "{}",
        e.message
    );
    assert!(!e.message.contains("seem to have changed"), "{}", e.message);
    assert_eq!(e.reanchor_cause(), parallax::formats::OFFSETS_MISPLACED);
    let fixed = import_with(
        "off.json",
        file(BBC, &sha(BBC)).as_bytes(),
        &ImportOptions { reanchor: true },
    )
    .expect("re-anchored");
    assert_eq!(fixed.workspace.spans.len(), 1);
    // The text edited since its SHA-256 was recorded: a changed text.
    let edited = BBC.replace("He was", "Yes, he was");
    let e = import_with("ed.json", file(&edited, &sha(BBC)).as_bytes(), &plain).unwrap_err();
    assert!(e.can_reanchor && !e.offsets_misplaced, "{}", e.message);
    assert!(e.message.ends_with(REANCHOR_ADVICE), "{}", e.message);
}

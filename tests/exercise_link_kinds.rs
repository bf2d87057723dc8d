//! Grading a link's kind (trial 24, E1): a student link that matches a key link still
//! counts as found (the links' F1 is as before) whatever its kind, but one whose kind
//! (`same` / `differs`) is not the key's is counted wrong in `link_kinds` and becomes a
//! `wrong_link_kind` feedback item with both kinds and the key link's flags and note, in
//! the JSON, the CSV, the class table and the feedback file.

mod exercise_util;

use exercise_util::{graded, label_studio_copy};
use parallax::exercise::class::Column;
use parallax::exercise::grade::{feedback_html, grade_csv, Feedback, ShownSpan, StudentGrade};
use parallax::model::{Flag, Label, LinkKind, Origin, Workspace};

const BBC: &str = "He was jailed for eight years. The council said it had reformed.";
const ITV: &str = "He was sentenced to nine years. Northfield council said it reformed.";

fn at(text: &str, needle: &str) -> (usize, usize) {
    let byte = text.find(needle).expect("needle in text");
    let start = text[..byte].chars().count();
    (start, start + needle.chars().count())
}

/// The two articles, a claim over each sentence, and two links: the sentences first
/// (`first` kind, with a number flag when `differs`), the second sentences (`second`).
fn ws(first: LinkKind, second: LinkKind) -> Workspace {
    let mut ws = Workspace::new();
    let d = [
        ws.add_document("BBC", "bbc.txt", BBC),
        ws.add_document("ITV", "itv.txt", ITV),
    ];
    let mut claim = |doc: usize, text: &str, needle: &str| {
        let (s, e) = at(text, needle);
        ws.add_span(&d[doc], s, e, Label::Claim).expect("span")
    };
    let a1 = claim(0, BBC, "He was jailed for eight years.");
    let a2 = claim(0, BBC, "The council said it had reformed.");
    let b1 = claim(1, ITV, "He was sentenced to nine years.");
    let b2 = claim(1, ITV, "Northfield council said it reformed.");
    for (a, b, kind) in [(&a1, &b1, first), (&a2, &b2, second)] {
        let flags = match kind {
            LinkKind::Differs => vec![Flag {
                kind: "number".into(),
                a: "eight years".into(),
                b: "nine years".into(),
                vague: false,
            }],
            LinkKind::Same => vec![],
        };
        let id = ws
            .add_link(a, b, Origin::Manual, None, flags)
            .expect("link");
        ws.set_link_kind(&id, kind).expect("kind");
    }
    ws
}

/// The texts of a feedback item's key span and student span.
fn both_texts(f: &Feedback) -> (&str, &str) {
    fn text(s: &Option<ShownSpan>) -> &str {
        s.as_ref().map(|s| s.text.as_str()).unwrap_or_default()
    }
    (text(&f.key), text(&f.student))
}

#[test]
fn a_link_found_with_the_other_kind_counts_as_found_but_its_kind_as_wrong() {
    let mut key = ws(LinkKind::Differs, LinkKind::Same);
    let first = key.links[0].id.clone();
    key.set_note(
        &first,
        Some("eight and nine years: told differently".into()),
    )
    .expect("note");
    // Maria calls the first link the same fact.
    let maria = ws(LinkKind::Same, LinkKind::Same);
    let g = graded(&key, &maria);
    assert_eq!(
        (g.links.correct, g.links.possible, g.links.actual),
        (2, 2, 2)
    );
    assert_eq!(g.links.f1, 1.0);
    assert_eq!((g.link_kinds.right, g.link_kinds.found), (1, 2));
    assert_eq!(g.link_kinds.accuracy, 0.5);
    assert_eq!(g.link_kinds.summary(), "1 of 2 right");
    let kinds: Vec<&str> = g.feedback.iter().map(|f| f.kind).collect();
    assert_eq!(kinds, ["wrong_link_kind"]);
    let f = &g.feedback[0];
    assert_eq!(f.key_kind, Some(LinkKind::Differs));
    assert_eq!(f.student_kind, Some(LinkKind::Same));
    assert_eq!(
        both_texts(f),
        (
            "He was jailed for eight years.",
            "He was jailed for eight years."
        )
    );
    let other = f.other_end.as_ref().expect("other end");
    assert_eq!(
        (other.doc_title.as_str(), other.span.text.as_str()),
        ("ITV", "He was sentenced to nine years.")
    );
    assert_eq!(f.key_flags.len(), 1);
    assert_eq!(
        f.note.as_deref(),
        Some("eight and nine years: told differently")
    );
    assert_eq!(
        parallax::exercise::grade::link_kind_line(f, "you").as_deref(),
        Some("The key says \u{201c}told differently\u{201d}; you said \u{201c}same fact\u{201d}.")
    );
    assert_eq!(
        parallax::exercise::grade::key_flags_line(f).as_deref(),
        Some("The key\u{2019}s flags: number: eight years \u{2260} nine years.")
    );
    // In the JSON: the figure and the item with both kinds and the flags.
    let v = serde_json::to_value(&g).expect("json");
    assert_eq!(v["link_kinds"]["right"], 1);
    assert_eq!(v["link_kinds"]["found"], 2);
    assert_eq!(v["feedback"][0]["key_kind"], "differs");
    assert_eq!(v["feedback"][0]["student_kind"], "same");
    assert_eq!(v["feedback"][0]["key_flags"][0]["a"], "eight years");
    // The reverse mistake (differs for the key's same) is one too.
    let reverse = ws(LinkKind::Differs, LinkKind::Differs);
    let g = graded(&key, &reverse);
    assert_eq!((g.link_kinds.right, g.link_kinds.found), (1, 2));
    let f = &g.feedback[0];
    assert_eq!(
        (f.kind, f.key_kind, f.student_kind),
        (
            "wrong_link_kind",
            Some(LinkKind::Same),
            Some(LinkKind::Differs)
        )
    );
    assert_eq!(
        f.key.as_ref().expect("key end").text,
        "The council said it had reformed."
    );
    // Every kind right: no item, all right.
    let g = graded(&key, &key);
    assert!(g.feedback.is_empty(), "{:?}", g.feedback);
    assert_eq!(g.link_kinds.summary(), "2 of 2 right");
}

#[test]
fn a_link_drawn_the_other_way_round_is_still_checked_for_its_kind() {
    let key = ws(LinkKind::Differs, LinkKind::Same);
    let mut maria = ws(LinkKind::Same, LinkKind::Same);
    for l in &mut maria.links {
        std::mem::swap(&mut l.a, &mut l.b);
    }
    let g = graded(&key, &maria);
    assert_eq!((g.links.correct, g.link_kinds.right), (2, 1));
    let f = &g.feedback[0];
    // The key's end `a` and the student's span there (her end `b`).
    assert_eq!(
        both_texts(f),
        (
            "He was jailed for eight years.",
            "He was jailed for eight years."
        )
    );
}

#[test]
fn missed_and_extra_links_say_their_kind_and_no_link_found_is_not_scored() {
    let key = ws(LinkKind::Differs, LinkKind::Same);
    let mut tom = ws(LinkKind::Same, LinkKind::Same);
    tom.links.clear();
    let g = graded(&key, &tom);
    assert!(g.link_kinds.is_empty());
    assert_eq!(g.link_kinds.summary(), "");
    let missed: Vec<_> = g
        .feedback
        .iter()
        .filter(|f| f.kind == "missed_link")
        .collect();
    assert_eq!(missed.len(), 2);
    assert_eq!(missed[0].key_kind, Some(LinkKind::Differs));
    assert_eq!(missed[0].key_flags.len(), 1);
    assert_eq!(
        parallax::exercise::grade::link_kind_line(missed[0], "you").as_deref(),
        Some("The key\u{2019}s link: \u{201c}told differently\u{201d}.")
    );
    // The class table and the CSV show no figure (not 0) when no link was found.
    assert_eq!(Column::LinkKinds.text(&g), None);
    let csv = grade_csv(std::slice::from_ref(&g));
    let row = csv.lines().nth(1).expect("row");
    assert!(row.ends_with(",,"), "{row}");
}

#[test]
fn the_class_table_the_csv_and_the_feedback_file_show_the_link_kinds() {
    let key = ws(LinkKind::Differs, LinkKind::Same);
    let g = graded(&key, &ws(LinkKind::Same, LinkKind::Same));
    assert_eq!(Column::LinkKinds.title(), "Link kinds");
    assert_eq!(Column::LinkKinds.text(&g).as_deref(), Some("1/2"));
    assert_eq!(Column::LinkKinds.value(&g), Some(0.5));
    assert_eq!(Column::Links.text(&g).as_deref(), Some("1.00"));
    let csv = grade_csv(std::slice::from_ref(&g));
    let mut lines = csv.lines();
    let head: Vec<&str> = lines.next().expect("head").split(',').collect();
    let row: Vec<&str> = lines.next().expect("row").split(',').collect();
    assert_eq!(
        &head[head.len() - 2..],
        ["link_kinds_right", "link_kinds_found"]
    );
    assert_eq!(&row[row.len() - 2..], ["1", "2"]);
    let html = feedback_html(&g, "Bribery");
    assert!(
        html.contains("<span class=\"kind\">Wrong link kind</span>"),
        "{html}"
    );
    assert!(html.contains("Link kinds: 1 of 2 right"), "{html}");
    assert!(html.contains(
        "<div class=\"link-kind\">The key says \u{201c}told differently\u{201d}; you said \u{201c}same fact\u{201d}.</div>"
    ));
    assert!(html.contains("number: eight years \u{2260} nine years"));
    assert!(html.contains("the key links it to, in ITV:"));
}

#[test]
fn a_student_link_matching_two_key_links_takes_the_one_of_its_kind() {
    // The key links one BBC claim to two ITV claims that overlap the student's end: one
    // `differs`, one `same`. The student's `same` link is the `same` one, rightly.
    let mut key = Workspace::new();
    let d1 = key.add_document("BBC", "bbc.txt", BBC);
    let d2 = key.add_document("ITV", "itv.txt", ITV);
    let (s, e) = at(BBC, "He was jailed for eight years.");
    let a = key.add_span(&d1, s, e, Label::Claim).expect("span");
    let (s, e) = at(ITV, "He was sentenced");
    let b1 = key.add_span(&d2, s, e, Label::Claim).expect("span");
    let (s, e) = at(ITV, "sentenced to nine years.");
    let b2 = key.add_span(&d2, s, e, Label::Quote).expect("span");
    let l1 = key
        .add_link(&a, &b1, Origin::Manual, None, vec![])
        .expect("link");
    key.set_link_kind(&l1, LinkKind::Differs).expect("kind");
    let l2 = key
        .add_link(&a, &b2, Origin::Manual, None, vec![])
        .expect("link");
    key.set_link_kind(&l2, LinkKind::Same).expect("kind");
    let mut student = key.clone();
    student.links.retain(|l| l.id == l1);
    student.links[0].kind = LinkKind::Same;
    let g = graded(&key, &student);
    assert_eq!((g.links.correct, g.link_kinds.right), (1, 1));
    let kinds: Vec<&str> = g.feedback.iter().map(|f| f.kind).collect();
    assert_eq!(kinds, ["missed_link"]);
    assert_eq!(g.feedback[0].key_kind, Some(LinkKind::Differs));
}

/// Trial 44, F4: a class copy imported from Label Studio (whose export keeps spans and
/// relations within one text) has no cross-source links, and its links F1 read 0.00 with
/// no word why. The spans are graded as ever, the links still read 0 (a student who linked
/// nothing in Parallax found none of the key's), and a warning says why and what to do.
#[test]
fn a_copy_with_no_link_says_why_its_links_read_zero() {
    let key = ws(LinkKind::Same, LinkKind::Same);
    let student = label_studio_copy(&key);
    assert!(student.links.is_empty() && !student.spans.is_empty());
    let g = graded(&key, &student);
    assert!(g.spans.overall.strict.f1 > 0.99, "{:?}", g.spans.overall);
    assert_eq!(Column::Links.value(&g), Some(0.0));
    let why = no_link_warning(&g);
    assert!(
        why.contains("maria.json has no cross-source links while the key has 2")
            && why.contains("Label Studio")
            && why.contains("grade links from the student's Parallax JSON file"),
        "{why}"
    );
}

/// Near cases of the one above: links that match none of the key's are graded 0 with no
/// such warning; neither file with a link is nothing to score and says nothing; the key's
/// own links score 1.
#[test]
fn links_that_match_none_of_the_keys_are_graded_zero_without_a_word_of_formats() {
    let key = ws(LinkKind::Same, LinkKind::Same);
    let mut crossed = ws(LinkKind::Same, LinkKind::Same);
    let (b0, b1) = (crossed.links[0].b.clone(), crossed.links[1].b.clone());
    (crossed.links[0].b, crossed.links[1].b) = (b1, b0);
    let g = graded(&key, &crossed);
    assert_eq!(Column::Links.value(&g), Some(0.0));
    assert!(g.warnings.is_empty(), "{:?}", g.warnings);
    let (mut k, mut s) = (key.clone(), key.clone());
    k.links.clear();
    s.links.clear();
    let g = graded(&k, &s);
    assert_eq!(Column::Links.value(&g), None);
    assert!(g.warnings.is_empty(), "{:?}", g.warnings);
    let g = graded(&key, &key);
    assert_eq!(Column::Links.value(&g), Some(1.0));
    assert!(g.warnings.is_empty(), "{:?}", g.warnings);
}

/// The warning of a student's file with no link against the key's (`why`), the one sentence
/// saying its links read 0.
fn no_link_warning(g: &StudentGrade) -> String {
    let why: Vec<&String> = g
        .warnings
        .iter()
        .filter(|w| w.contains("no cross-source links"))
        .collect();
    assert_eq!(why.len(), 1, "{:?}", g.warnings);
    why[0].clone()
}

/// Session 45 (trial 44 F4 followed up): the workspace records what each article came in
/// through, so a real Label Studio export, imported, is said plainly to be a Label Studio
/// copy; the record survives the student's Parallax JSON (imported from Label Studio, then
/// saved). One article of two from Label Studio is said of that one.
#[test]
fn a_label_studio_copy_is_said_to_come_from_label_studio() {
    use parallax::formats::{export, import, Format};
    use parallax::model::ImportedFrom;
    let key = ws(LinkKind::Same, LinkKind::Same);
    let student = label_studio_copy(&key);
    assert!(student
        .documents
        .iter()
        .all(|d| d.imported_from == ImportedFrom::LabelStudio));
    let g = graded(&key, &student);
    assert_eq!(Column::Links.value(&g), Some(0.0));
    assert_eq!(
        no_link_warning(&g),
        "maria.json has no cross-source links while the key has 2 links, so its links figure \
         is 0. This copy came from Label Studio, which cannot carry cross-source links: grade \
         links from the student's Parallax JSON file instead."
    );
    // Saved as Parallax JSON and read back: still a Label Studio copy.
    let saved = import("maria.json", &export(&student, Format::Parallax).bytes)
        .expect("Parallax import")
        .workspace;
    assert!(saved
        .documents
        .iter()
        .all(|d| d.imported_from == ImportedFrom::LabelStudio));
    assert!(no_link_warning(&graded(&key, &saved)).contains("This copy came from Label Studio"));
    // One article of two from Label Studio: said of that one.
    let mut mixed = saved.clone();
    mixed.documents[1].imported_from = ImportedFrom::Text;
    let w = no_link_warning(&graded(&key, &mixed));
    assert!(
        w.contains("1 of its 2 graded articles came from Label Studio, which cannot carry"),
        "{w}"
    );
}

/// Near cases: a Parallax file with no link (its articles loaded as text, or saved before
/// the record was kept), and copies from formats that carry links (W3C, JSONL, brat),
/// read 0 as before and say nothing of formats.
#[test]
fn a_parallax_file_with_no_link_says_nothing_of_formats() {
    use parallax::formats::{export, import, Format};
    use parallax::model::ImportedFrom;
    let key = ws(LinkKind::Same, LinkKind::Same);
    let mut plain = key.clone();
    plain.links.clear();
    for from in [ImportedFrom::Unknown, ImportedFrom::Text] {
        for d in &mut plain.documents {
            d.imported_from = from;
        }
        let back = import("maria.json", &export(&plain, Format::Parallax).bytes)
            .expect("Parallax import")
            .workspace;
        assert!(back.documents.iter().all(|d| d.imported_from == from));
        let g = graded(&key, &back);
        assert_eq!(Column::Links.value(&g), Some(0.0));
        assert_eq!(
            no_link_warning(&g),
            "maria.json has no cross-source links while the key has 2 links, so its links \
             figure is 0.",
            "{from:?}"
        );
    }
    for (format, from, name) in [
        (Format::W3c, ImportedFrom::W3c, "maria.jsonld"),
        (Format::Jsonl, ImportedFrom::Jsonl, "maria.jsonl"),
        (Format::Brat, ImportedFrom::Brat, "maria.zip"),
    ] {
        let copy = import(name, &export(&plain, format).bytes)
            .unwrap_or_else(|e| panic!("{format:?}: {e}"))
            .workspace;
        assert!(
            copy.documents.iter().all(|d| d.imported_from == from),
            "{format:?}"
        );
        let w = no_link_warning(&graded(&key, &copy));
        assert!(!w.contains("came from"), "{format:?}: {w}");
    }
}

//! Links a student's file cannot carry are not graded (trial 44, F4): a class copy
//! imported from Label Studio (whose export keeps spans and relations within one text)
//! has no cross-source links, and its links F1 read 0.00 with no word why. The grade now
//! says why (a warning, `links_not_graded`), and the class table, the CSV and the
//! feedback file show no figure. A file with links that match none of the key's is still
//! graded 0.

use parallax::exercise::class::Column;
use parallax::exercise::grade::{feedback_html, grade, grade_csv};
use parallax::exercise::Annotated;
use parallax::formats::{export, import, Format};
use parallax::model::{Label, Origin, Workspace};

const BBC: &str = "He was jailed for eight years. The council said it had reformed.";
const ITV: &str = "He was sentenced to eight years. Northfield council said it reformed.";

fn at(text: &str, needle: &str) -> (usize, usize) {
    let byte = text.find(needle).expect("needle in text");
    let start = text[..byte].chars().count();
    (start, start + needle.chars().count())
}

/// Two articles, a claim over each sentence; links between the first sentences and the
/// second ones, or (`crossed`) the first of one with the second of the other.
fn ws(crossed: bool) -> Workspace {
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
    let b1 = claim(1, ITV, "He was sentenced to eight years.");
    let b2 = claim(1, ITV, "Northfield council said it reformed.");
    let pairs = match crossed {
        false => [(&a1, &b1), (&a2, &b2)],
        true => [(&a1, &b2), (&a2, &b1)],
    };
    for (a, b) in pairs {
        ws.add_link(a, b, Origin::Manual, None, vec![])
            .expect("link");
    }
    ws
}

#[test]
fn a_label_studio_copy_has_its_links_not_graded_and_says_why() {
    let key = ws(false);
    let exported = export(&key, Format::LabelStudio);
    let copy = import("ann.json", &exported.bytes).expect("Label Studio import");
    let student = copy.workspace;
    assert!(student.links.is_empty() && !student.spans.is_empty());
    let g = grade(
        Annotated::new("key.json", &key),
        Annotated::new("ann.json", &student),
    )
    .expect("graded");
    // The spans are graded as ever.
    assert!(g.spans.overall.strict.f1 > 0.99, "{:?}", g.spans.overall);
    let why = g.links_not_graded.clone().expect("links not graded");
    assert!(why.contains("Label Studio") && why.contains("2"), "{why}");
    assert!(g.warnings.contains(&why), "{:?}", g.warnings);
    // No 0.00 in the class table, the CSV or the feedback file.
    assert_eq!(Column::Links.value(&g), None);
    assert_eq!(Column::Links.text(&g), None);
    let csv = grade_csv(std::slice::from_ref(&g));
    let mut lines = csv.lines();
    let head: Vec<&str> = lines.next().expect("a header").split(',').collect();
    let row: Vec<&str> = lines.next().expect("a row").split(',').collect();
    let f1 = head
        .iter()
        .position(|h| *h == "links_f1")
        .expect("links_f1");
    assert_eq!(row[f1], "", "{row:?}");
    let html = feedback_html(&g, "Exercise");
    assert!(html.contains("not graded"), "{html}");
}

#[test]
fn links_that_match_none_of_the_keys_are_still_graded_zero() {
    let key = ws(false);
    // Near case: the student's links are all wrong: 0, with no word of a format.
    let wrong = ws(true);
    let g = grade(
        Annotated::new("key.json", &key),
        Annotated::new("s.json", &wrong),
    )
    .expect("graded");
    assert_eq!(g.links_not_graded, None);
    assert_eq!(Column::Links.value(&g), Some(0.0));
    assert!(g.warnings.is_empty(), "{:?}", g.warnings);
    // Neither file has a link: nothing to score, nothing to explain.
    let (mut k, mut s) = (ws(false), ws(false));
    k.links.clear();
    s.links.clear();
    let g = grade(Annotated::new("key.json", &k), Annotated::new("s.json", &s)).expect("graded");
    assert_eq!(g.links_not_graded, None);
    assert_eq!(Column::Links.value(&g), None);
    // The same file with its links: graded in full.
    let g = grade(
        Annotated::new("key.json", &key),
        Annotated::new("s.json", &ws(false)),
    )
    .expect("graded");
    assert_eq!(g.links_not_graded, None);
    assert_eq!(Column::Links.value(&g), Some(1.0));
}

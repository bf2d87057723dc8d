//! Trial 48: a class copy from Label Studio read "Relations F1 0.00" with no word why.
//! Label Studio carries attribution relations (`relation` results), so a relation drawn in
//! Parallax, exported to Label Studio by the app's own exporter and imported back as a
//! student's copy, is graded as found.

mod exercise_util;

use exercise_util::{graded, label_studio_copy};
use parallax::exercise::class::Column;
use parallax::formats::{export, import, Format};
use parallax::model::{Label, Workspace};

const BBC: &str =
    "Police said the bridge would reopen on Monday. The council said it had reformed.";
const ITV: &str = "The bridge reopens Monday, police said. Northfield council said it reformed.";

fn at(text: &str, needle: &str) -> (usize, usize) {
    let byte = text.find(needle).expect("needle in text");
    let start = text[..byte].chars().count();
    (start, start + needle.chars().count())
}

/// Two articles, an attribution and a claim in each, the attribution attributing the claim.
fn key() -> Workspace {
    let mut ws = Workspace::new();
    for (title, text, who, what) in [
        (
            "BBC",
            BBC,
            "Police said",
            "the bridge would reopen on Monday.",
        ),
        ("ITV", ITV, "police said", "The bridge reopens Monday,"),
    ] {
        let d = ws.add_document(title, &format!("{title}.txt"), text);
        let span = |ws: &mut Workspace, needle: &str, label: Label| {
            let (s, e) = at(text, needle);
            ws.add_span(&d, s, e, label).expect("span")
        };
        let a = span(&mut ws, who, Label::Attribution);
        let c = span(&mut ws, what, Label::Claim);
        ws.add_relation(&a, &c).expect("relation");
    }
    ws
}

#[test]
fn relations_survive_a_label_studio_copy_and_are_graded_as_found() {
    let key = key();
    let student = label_studio_copy(&key);
    assert_eq!(student.relations.len(), 2, "{:?}", student.relations);
    let g = graded(&key, &student);
    assert_eq!(
        (
            g.relations.correct,
            g.relations.possible,
            g.relations.actual
        ),
        (2, 2, 2)
    );
    assert_eq!(Column::Relations.value(&g), Some(1.0));
}

/// Trial 48 (t5-ben): the student drew no attribution, so the Label Studio copy had no
/// relation and the class table read a bare "0.00". It reads "0.00 (none drawn)" and a
/// warning says the student drew none.
#[test]
fn a_copy_with_no_relation_says_none_were_drawn() {
    let key = key();
    let mut drew_none = key.clone();
    drew_none.relations.clear();
    let student = label_studio_copy(&drew_none);
    let g = graded(&key, &student);
    assert_eq!(Column::Relations.value(&g), Some(0.0));
    assert_eq!(
        Column::Relations.text(&g).as_deref(),
        Some("0.00 (none drawn)")
    );
    let said: Vec<&String> = g
        .warnings
        .iter()
        .filter(|w| w.contains("no relations drawn"))
        .collect();
    assert_eq!(
        said,
        [
            "maria.json has no attribution relations while the key has 2 relations, so its \
          relations figure is 0: no relations drawn (no attribution was tied to its claim or \
          quote)."
        ],
        "{:?}",
        g.warnings
    );
}

/// Near cases: relations that match none of the key's read a plain 0.00 with no such
/// warning; with neither file holding a relation there is nothing to score (n/a) and
/// nothing said; the key's own relations read 1.00.
#[test]
fn relations_drawn_wrong_or_none_to_draw_say_nothing_of_drawing() {
    let key = key();
    // The BBC attribution tied to the article's other sentence, the ITV one not at all.
    let mut crossed = key.clone();
    let bbc = crossed.documents[0].id.clone();
    let (s, e) = at(BBC, "The council said it had reformed.");
    let other = crossed.add_span(&bbc, s, e, Label::Claim).expect("span");
    crossed.relations[0].to = other;
    crossed.relations.truncate(1);
    let g = graded(&key, &crossed);
    assert_eq!(Column::Relations.text(&g).as_deref(), Some("0.00"));
    assert!(
        g.warnings.iter().all(|w| !w.contains("relations drawn")),
        "{:?}",
        g.warnings
    );
    let (mut k, mut s) = (key.clone(), key.clone());
    k.relations.clear();
    s.relations.clear();
    let g = graded(&k, &s);
    assert_eq!(Column::Relations.text(&g), None);
    assert!(g.warnings.is_empty(), "{:?}", g.warnings);
    let g = graded(&key, &label_studio_copy(&key));
    assert_eq!(Column::Relations.text(&g).as_deref(), Some("1.00"));
    assert!(
        g.warnings.iter().all(|w| !w.contains("relations")),
        "{:?}",
        g.warnings
    );
}

/// A relation drawn in Label Studio from the claim to its attribution (the claim clicked
/// first: Label Studio's arrow then runs "right" from it) was left out at import, so such
/// a student's relations read 0 though drawn. It is read as the attribution attributing
/// the claim, counted in a warning, and graded as found.
#[test]
fn a_relation_drawn_from_the_claim_to_its_attribution_is_read_the_other_way_round() {
    let key = key();
    let exported = export(&key, Format::LabelStudio);
    let mut tasks: serde_json::Value = serde_json::from_slice(&exported.bytes).expect("JSON");
    let mut turned = 0;
    for task in tasks.as_array_mut().expect("tasks") {
        let result = task["annotations"][0]["result"]
            .as_array_mut()
            .expect("result");
        for r in result.iter_mut().filter(|r| r["type"] == "relation") {
            let (from, to) = (r["from_id"].clone(), r["to_id"].clone());
            (r["from_id"], r["to_id"]) = (to, from);
            turned += 1;
        }
    }
    assert_eq!(turned, 2);
    let imported = import("maria.json", tasks.to_string().as_bytes()).expect("import");
    assert!(
        imported
            .warnings
            .iter()
            .any(|w| w
                .starts_with("2 relation(s) were drawn from a claim or quote to its attribution")),
        "{:?}",
        imported.warnings
    );
    let student = imported.workspace;
    for r in &student.relations {
        assert_eq!(
            student.span(&r.from).map(|s| s.label),
            Some(Label::Attribution)
        );
    }
    let g = graded(&key, &student);
    assert_eq!((g.relations.correct, g.relations.actual), (2, 2));
}

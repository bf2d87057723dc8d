//! Exercises, whole files: grading a student against a key, agreement of several
//! annotators, curation, identity and notes in Parallax JSON, export names and the class
//! view. Span-by-span grading and alpha_U are in `exercise.rs`.

#[allow(clippy::type_complexity)]
mod formats_util;

use parallax::exercise::grade::Scheme;
use parallax::exercise::{self, Annotated, Curation};
use parallax::formats::{self, json, ImportOptions};
use parallax::model::{Flag, Label, LinkKind, Workspace};

// ----- whole files -----

const A: &str = "Carroll said the soldier was shot 4 times. Officials denied it.";
const B: &str = "The soldier, shot several times, survived, a surgeon said.";

fn key() -> Workspace {
    let mut ws = Workspace::new();
    let d1 = ws.add_document("AFP", "afp.txt", A);
    let d2 = ws.add_document("Reuters", "reuters.txt", B);
    let at = ws.add_span(&d1, 0, 12, Label::Attribution).unwrap();
    let cl = ws.add_span(&d1, 13, 42, Label::Claim).unwrap();
    ws.set_note(&cl, Some("a claim: it asserts a checkable fact".into()))
        .unwrap();
    ws.add_relation(&at, &cl).unwrap();
    let c2 = ws.add_span(&d2, 0, 31, Label::Claim).unwrap();
    ws.add_link(&cl, &c2, parallax::model::Origin::Manual, None, vec![])
        .unwrap();
    ws.identity.annotator = "trainer".into();
    ws.identity.title = "Defector exercise".into();
    ws
}

/// A student with the articles in the other order.
fn student() -> Workspace {
    let mut ws = Workspace::new();
    let d2 = ws.add_document("Reuters", "reuters.txt", B);
    let d1 = ws.add_document("AFP", "afp.txt", A);
    let at = ws.add_span(&d1, 0, 12, Label::Attribution).unwrap();
    let cl = ws.add_span(&d1, 13, 40, Label::Claim).unwrap(); // wrong boundary
    ws.add_relation(&at, &cl).unwrap();
    ws.add_span(&d2, 0, 31, Label::Quote).unwrap(); // wrong label
    ws.add_span(&d2, 45, 58, Label::Attribution).unwrap(); // spurious
    ws.identity.annotator = "maria".into();
    ws
}

#[test]
fn grading_a_student_with_articles_in_another_order() {
    let (k, s) = (key(), student());
    let g = exercise::grade(Annotated::new("key.json", &k), Annotated::new("m.json", &s)).unwrap();
    assert_eq!(g.annotator, "maria");
    let strict = &g.spans.overall.strict;
    assert_eq!(
        (
            strict.correct,
            strict.incorrect,
            strict.missed,
            strict.spurious
        ),
        (1, 2, 0, 1)
    );
    let partial = &g.spans.overall.partial;
    assert_eq!((partial.correct, partial.partial), (2, 1));
    // The relation's ends overlap the key's: it counts. The link is missed.
    assert_eq!((g.relations.correct, g.relations.precision), (1, 1.0));
    assert_eq!(
        (g.links.correct, g.links.possible, g.links.recall),
        (0, 1, 0.0)
    );
    let kinds: Vec<&str> = g.feedback.iter().map(|f| f.kind).collect();
    assert_eq!(
        kinds,
        // In reading order: the link is shown at its end in AFP.
        ["wrong_boundary", "missed_link", "wrong_label", "spurious"]
    );
    let wb = &g.feedback[0];
    assert_eq!(wb.doc_title, "AFP");
    let key_span = wb.key.as_ref().unwrap();
    assert_eq!(key_span.text, "the soldier was shot 4 times.");
    assert_eq!(
        key_span.note.as_deref(),
        Some("a claim: it asserts a checkable fact")
    );
    assert_eq!(wb.student.as_ref().unwrap().end, 40);
    // The missed link names both its ends, each with its article.
    let ml = &g.feedback[1];
    assert_eq!(ml.doc_title, "AFP");
    assert_eq!(
        ml.key.as_ref().unwrap().text,
        "the soldier was shot 4 times."
    );
    let other = ml.other_end.as_ref().expect("the link's other end");
    assert_eq!(
        (other.doc_title.as_str(), other.span.text.as_str()),
        ("Reuters", "The soldier, shot several times")
    );
    // by label: the quote appears only in the student's file, the context nowhere.
    assert!(g.spans.by_label.contains_key("quote"));
    assert!(!g.spans.by_label.contains_key("context"));
    // The class table.
    let csv = exercise::grade_csv(&[g]);
    let mut lines = csv.lines();
    assert!(lines
        .next()
        .unwrap()
        .starts_with("file,annotator,strict_precision"));
    assert!(lines
        .next()
        .unwrap()
        .starts_with("m.json,maria,0.2500,0.3333"));
}

#[test]
fn link_and_relation_feedback_names_both_ends_in_the_json() {
    let k = key();
    // The student links the AFP claim to the Reuters attribution (not the key's claim)
    // and gives no attribution.
    let mut s = Workspace::new();
    let d1 = s.add_document("AFP", "afp.txt", A);
    let d2 = s.add_document("Reuters", "reuters.txt", B);
    s.add_span(&d1, 0, 12, Label::Attribution).unwrap();
    let cl = s.add_span(&d1, 13, 42, Label::Claim).unwrap();
    s.add_span(&d2, 0, 31, Label::Claim).unwrap();
    let re_attr = s.add_span(&d2, 45, 58, Label::Attribution).unwrap(); // "surgeon said."
    s.add_link(&cl, &re_attr, parallax::model::Origin::Manual, None, vec![])
        .unwrap();
    let (ka, sa) = (Annotated::new("key.json", &k), Annotated::new("s.json", &s));
    let g = exercise::grade(ka, sa).unwrap();
    let kinds: Vec<&str> = g.feedback.iter().map(|f| f.kind).collect();
    assert_eq!(
        kinds,
        [
            "missed_relation",
            "spurious_link",
            "missed_link",
            "spurious"
        ]
    );
    let v = exercise::grade_json(ka, &[sa]).unwrap();
    let fb = &v["students"][0]["feedback"];
    // A missed attribution: the attributed claim and, as the other end, its source.
    assert_eq!(fb[0]["key"]["text"], "the soldier was shot 4 times.");
    assert_eq!(fb[0]["other_end"]["text"], "Carroll said");
    assert_eq!(fb[0]["other_end"]["doc_title"], "AFP");
    assert_eq!(fb[0]["other_end"]["label"], "attribution");
    // The student's link not in the key: both of the student's ends.
    assert_eq!(fb[1]["student"]["text"], "the soldier was shot 4 times.");
    assert_eq!(fb[1]["other_end"]["doc_title"], "Reuters");
    assert_eq!(fb[1]["other_end"]["text"], "surgeon said.");
    assert!(fb[1].get("key").is_none());
    // The key's link: both ends, each with its article.
    assert_eq!(fb[2]["doc_title"], "AFP");
    assert_eq!(fb[2]["key"]["text"], "the soldier was shot 4 times.");
    assert_eq!(fb[2]["other_end"]["doc"], "d2");
    assert_eq!(fb[2]["other_end"]["doc_title"], "Reuters");
    assert_eq!(
        fb[2]["other_end"]["text"],
        "The soldier, shot several times"
    );
    assert_eq!(fb[2]["other_end"]["start"], 0);
    assert_eq!(fb[2]["other_end"]["end"], 31);
    // Span items have no other end.
    assert!(fb[3].get("other_end").is_none());
}

#[test]
fn an_article_only_the_student_has_is_left_out_of_the_grade_and_said_so() {
    let k = key();
    let mut s = student();
    let extra = s.add_document(
        "BBC",
        "bbc.txt",
        "The soldier was shot five times, BBC said.",
    );
    let x = s.add_span(&extra, 0, 32, Label::Claim).unwrap();
    s.add_span(&extra, 33, 41, Label::Attribution).unwrap();
    // A link from a graded article into the extra one is left out too.
    let afp_claim = s.spans.iter().find(|sp| sp.end == 40).unwrap().id.clone();
    s.add_link(
        &afp_claim,
        &x,
        parallax::model::Origin::Manual,
        None,
        vec![],
    )
    .unwrap();
    let (ka, sa) = (
        Annotated::new("key.json", &k),
        Annotated::new("cleo.json", &s),
    );
    let g = exercise::grade(ka, sa).unwrap();
    let plain = exercise::grade(
        Annotated::new("key.json", &k),
        Annotated::new("cleo.json", &student()),
    )
    .unwrap();
    // The same figures and feedback as without the extra article.
    assert_eq!(g.spans, plain.spans);
    assert_eq!((g.relations, g.links), (plain.relations, plain.links));
    assert_eq!(g.feedback, plain.feedback);
    assert_eq!(g.left_out_articles.len(), 1);
    assert_eq!(g.left_out_articles[0].title, "BBC");
    assert_eq!(g.warnings.len(), 1);
    let w = &g.warnings[0];
    assert!(
        w.contains("cleo.json has the article \"BBC\" that key.json does not have")
            && w.contains("left out of the grade")
            && w.contains("remove it from their workspace and export it again")
            && w.contains("in the key and in every student's file"),
        "{w}"
    );
    let v = exercise::grade_json(ka, &[sa]).unwrap();
    assert_eq!(v["students"][0]["left_out_articles"][0]["title"], "BBC");
    assert!(v["students"][0]["warnings"][0]
        .as_str()
        .unwrap()
        .contains("left out of the grade"));
    // Without the extra article nothing is left out; the one warning is that the file has
    // no link of the key's (its links figure 0 explained, trial 44 F4).
    assert!(plain.left_out_articles.is_empty());
    assert_eq!(plain.warnings.len(), 1, "{:?}", plain.warnings);
    assert!(plain.warnings[0].contains("has no cross-source links while the key has"));
    // Curation still needs the same articles, and says what to do.
    let e = Curation::new(&[ka, sa]).unwrap_err().to_string();
    assert!(
        e.contains("cleo.json has the article \"BBC\"")
            && e.contains("remove that article from the workspace cleo.json was exported from")
            && e.contains("add the article to key.json"),
        "{e}"
    );
    // Agreement, as `parallax agree` and the class view (one path), compares the articles
    // both hold and says which it left out, first among its warnings.
    let a = exercise::agree(&[ka, sa]).unwrap();
    assert_eq!(a.disagreement.len(), 2);
    assert!(
        a.warnings[0].contains("leave out the article \"BBC\""),
        "{:?}",
        a.warnings
    );
}

#[test]
fn files_of_different_articles_are_refused_naming_the_article() {
    // Grading takes them (on the shared articles: `exercise_articles.rs`), and agreement
    // (over the articles all hold, saying which it left out); curation does not.
    let k = key();
    let mut other = Workspace::new();
    other.add_document("AFP", "afp.txt", A);
    other.add_document("BBC", "bbc.txt", "Something else entirely.");
    let a = exercise::agree(&[
        Annotated::new("key.json", &k),
        Annotated::new("x.json", &other),
    ])
    .unwrap();
    assert_eq!(a.disagreement.len(), 1);
    assert_eq!(a.disagreement[0].title, "AFP");
    let notices = a.warnings.join(" ");
    assert!(
        notices.contains("\"Reuters\"") && notices.contains("\"BBC\""),
        "{notices}"
    );
    let e = Curation::new(&[
        Annotated::new("key.json", &k),
        Annotated::new("x.json", &other),
    ])
    .unwrap_err()
    .to_string();
    assert!(e.contains("x.json") && e.contains("\"Reuters\""), "{e}");
    // It says what to do.
    assert!(
        e.contains("load that article into the workspace x.json was exported from"),
        "{e}"
    );
    let e = Curation::new(&[
        Annotated::new("x.json", &other),
        Annotated::new("key.json", &k),
    ])
    .unwrap_err()
    .to_string();
    assert!(e.contains("\"BBC\"") && e.contains("SHA-256"), "{e}");
}

#[test]
fn two_files_with_one_annotator_name_get_distinct_headings() {
    let (k, s) = (key(), student());
    let files = [
        Annotated::new("key.json", &k),
        Annotated::new("maria-1.json", &s),
        Annotated::new("maria-2.json", &s),
    ];
    let a = exercise::agree(&files).unwrap();
    assert_eq!(
        a.pairwise.annotators,
        ["trainer", "maria (maria-1.json)", "maria (maria-2.json)"]
    );
    let c = Curation::new(&files).unwrap();
    assert_eq!(c.annotators[..], a.pairwise.annotators[..]);
}

#[test]
fn agreement_does_not_depend_on_the_order_of_the_articles() {
    // The key lists AFP then Reuters, the student Reuters then AFP. Whichever file comes
    // first sets the order the articles are laid end to end in; a gap must not run from
    // one article into the next, or alpha_U would change with that order.
    let (k, s) = (key(), student());
    let ks =
        exercise::agree(&[Annotated::new("key.json", &k), Annotated::new("s.json", &s)]).unwrap();
    let sk =
        exercise::agree(&[Annotated::new("s.json", &s), Annotated::new("key.json", &k)]).unwrap();
    let (x, y) = (ks.alpha_u.overall.unwrap(), sk.alpha_u.overall.unwrap());
    assert!((x - y).abs() < 1e-12, "{x} vs {y}");
    assert_eq!(ks.alpha_u.by_label.len(), sk.alpha_u.by_label.len());
    for (label, v) in &ks.alpha_u.by_label {
        let w = sk.alpha_u.by_label[label];
        assert!(
            (v.unwrap() - w.unwrap()).abs() < 1e-12,
            "{label}: {v:?} vs {w:?}"
        );
    }
}

/// Trial 10b: the same file given twice (or a copy) raised alpha_U from 0.49 to 0.93
/// without a word.
#[test]
fn the_same_spans_in_two_files_are_warned_of() {
    let (k, s) = (key(), student());
    let mut copy = s.clone();
    copy.identity.annotator = "maria again".into();
    let plain = exercise::agree(&[
        Annotated::new("key.json", &k),
        Annotated::new("maria.json", &s),
    ])
    .unwrap();
    assert!(plain.warnings.is_empty(), "{:?}", plain.warnings);
    let twice = exercise::agree(&[
        Annotated::new("key.json", &k),
        Annotated::new("maria.json", &s),
        Annotated::new("maria-copy.json", &copy),
    ])
    .unwrap();
    assert_eq!(twice.warnings.len(), 1, "{:?}", twice.warnings);
    assert!(
        twice.warnings[0].starts_with("maria.json and maria-copy.json have the very same spans")
    );
    let json = |files: &[Annotated]| serde_json::to_value(exercise::agree(files).unwrap()).unwrap();
    let v = json(&[
        Annotated::new("a.json", &s),
        Annotated::new("b.json", &copy),
    ]);
    assert_eq!(v["warnings"].as_array().map(Vec::len), Some(1));
    let v = json(&[Annotated::new("key.json", &k), Annotated::new("m.json", &s)]);
    assert!(
        v.get("warnings").is_none(),
        "no warnings field when there is none"
    );
}

#[test]
fn agreement_of_three_annotators() {
    let (k, s) = (key(), student());
    let mut t = k.clone();
    t.identity.annotator = "tom".into();
    let files = [
        Annotated::new("key.json", &k),
        Annotated::new("maria.json", &s),
        Annotated::new("tom.json", &t),
    ];
    let a = exercise::agree(&files).unwrap();
    assert_eq!(a.pairwise.annotators, ["trainer", "maria", "tom"]);
    assert_eq!(a.pairwise.strict_f1[0][2], Some(1.0));
    assert_eq!(a.pairwise.strict_f1[0][0], None);
    let km = a.pairwise.strict_f1[0][1].unwrap();
    assert!((km - 2.0 * 1.0 / (3.0 + 4.0)).abs() < 1e-12, "{km}");
    let overall = a.alpha_u.overall.unwrap();
    assert!(overall > 0.0 && overall < 1.0, "{overall}");
    // The trainer, maria and tom agree on the attribution in AFP; maria adds one in
    // Reuters: less than perfect.
    assert!(a.alpha_u.by_label["attribution"].unwrap() < 1.0);
    assert!(!a.alpha_u.by_label.contains_key("context"));
    // Disagreement: in AFP only where maria's claim stops short (40..42): one of three
    // annotators differs, so 2 of the 3 pairs disagree.
    let afp = &a.disagreement[0];
    assert_eq!(afp.title, "AFP");
    assert_eq!(afp.stretches.len(), 1);
    let st = afp.stretches[0];
    assert_eq!((st.start, st.end), (40, 42));
    assert!((st.value - 2.0 / 3.0).abs() < 1e-12);
}

#[test]
fn curation_sorts_items_and_builds_a_workspace_recording_who_had_each_span() {
    let (k, s) = (key(), student());
    let mut t = k.clone();
    t.identity.annotator = "tom".into();
    let files = [
        Annotated::new("key.json", &k),
        Annotated::new("maria.json", &s),
        Annotated::new("tom.json", &t),
    ];
    let mut c = Curation::new(&files).unwrap();
    let counts = c.counts();
    // AFP attribution: all; AFP claim: 2 of 3 on 13..42 (majority); Reuters 0..31:
    // claim by 2, quote by 1 (majority); Reuters attribution: maria only (single).
    assert_eq!(counts.get("all"), Some(&1));
    assert_eq!(counts.get("majority"), Some(&2));
    assert_eq!(counts.get("single"), Some(&1));
    assert_eq!(c.accept_agreed(), 1);
    assert_eq!(c.accept_majority(), 2, "the agreed item is decided already");
    let single = c.items.iter().position(|i| i.versions[0].annotators == [1]);
    c.choose(single.unwrap(), Some(0)).unwrap();
    assert!(c.choose(99, Some(0)).is_err());
    let ws = c.build("trainer");
    assert_eq!(ws.spans.len(), 4);
    let claim = ws
        .spans
        .iter()
        .find(|s| s.label == Label::Claim && s.end == 42)
        .unwrap();
    assert_eq!(claim.annotators, ["trainer", "tom"]);
    assert_eq!(
        claim.note.as_deref(),
        Some("a claim: it asserts a checkable fact")
    );
    assert_eq!(ws.relations.len(), 1, "the agreed relation is kept");
    assert_eq!(ws.links.len(), 1, "the link joins two accepted spans");
    // The curated workspace survives Parallax JSON with who had each span.
    let back = formats::import_with(
        "x.json",
        json::export(&ws).as_bytes(),
        &ImportOptions::default(),
    )
    .unwrap()
    .workspace;
    assert_eq!(back.spans, ws.spans);
    assert_eq!(back.identity.annotator, "trainer");
}

#[test]
fn identity_and_notes_round_trip_through_parallax_json() {
    let mut ws = key();
    ws.identity.instructions = "Mark every checkable claim.".into();
    let rel = ws.relations[0].id.clone();
    ws.set_note(&rel, Some("Carroll is the source".into()))
        .unwrap();
    let link = ws.links[0].id.clone();
    ws.set_note(&link, Some("same fact, different number".into()))
        .unwrap();
    let text = json::export(&ws);
    let back = formats::import_with("x.json", text.as_bytes(), &ImportOptions::default()).unwrap();
    assert!(back.warnings.is_empty(), "{:?}", back.warnings);
    assert_eq!(back.workspace, ws);
    // A blank note clears it; an unknown id is an error.
    ws.set_note(&rel, Some("  ".into())).unwrap();
    assert_eq!(ws.note(&rel), None);
    assert!(ws.set_note("nope", Some("x".into())).is_err());
    // A note of the wrong type is left out with a warning naming it.
    let bad = text.replacen("\"note\": \"a claim", "\"note\": 5, \"x\": \"a claim", 1);
    let back = formats::import_with("x.json", bad.as_bytes(), &ImportOptions::default()).unwrap();
    assert!(
        back.warnings
            .iter()
            .any(|w| w.contains("note should be a text")),
        "{:?}",
        back.warnings
    );
    // Files without identity and notes are unchanged by this addition.
    let plain = json::export(&Workspace::new());
    assert!(!plain.contains("annotator") && !plain.contains("exercise"));
}

#[test]
fn export_names_and_exercise_files() {
    let k = key();
    let mut named = k.clone();
    named.identity.annotator = "Maria".into();
    assert_eq!(
        exercise::export_file_name(&named, "parallax.json"),
        "defector-exercise.maria.parallax.json"
    );
    assert_eq!(
        exercise::export_file_name(&Workspace::new(), "parallax.json"),
        "parallax.json"
    );
    let ex = exercise::exercise_from(&k, false);
    assert!(ex.spans.is_empty() && ex.links.is_empty() && ex.relations.is_empty());
    assert_eq!(ex.identity.annotator, "");
    assert_eq!(ex.identity.title, "Defector exercise");
    assert_eq!(ex.documents, k.documents);
    let ex = exercise::exercise_from(&k, true);
    assert_eq!(ex.spans.len(), 3);
    assert!(ex.spans.iter().all(|s| s.note.is_none()), "no answers");
    assert!(ex.relations.is_empty());
}

#[test]
fn identity_notes_and_annotators_fit_the_schema() {
    let (k, s) = (key(), student());
    let files = [
        Annotated::new("key.json", &k),
        Annotated::new("maria.json", &s),
    ];
    let mut c = Curation::new(&files).unwrap();
    // Take the trainer's version wherever there is one.
    for i in 0..c.items.len() {
        let v = c.items[i]
            .versions
            .iter()
            .position(|v| v.annotators.contains(&0));
        c.choose(i, v).unwrap();
    }
    let mut ws = c.build("trainer");
    ws.identity.instructions = "Mark every claim.".into();
    let link = ws.links[0].id.clone();
    ws.set_note(&link, Some("same fact".into())).unwrap();
    assert!(ws
        .spans
        .iter()
        .any(|s| !s.annotators.is_empty() && s.note.is_some()));
    let v = json::to_value(&ws);
    let schema = formats_util::schema();
    assert_eq!(formats_util::validate(&schema, &v), Vec::<String>::new());
    let mut bad = v.clone();
    bad["spans"][0]["annotators"] = serde_json::json!("maria");
    assert!(!formats_util::validate(&schema, &bad).is_empty());
}

#[test]
fn the_class_grades_sorts_and_reports_files_it_cannot_compare() {
    use parallax::exercise::class::{sorted_rows, Class, ClassFile, Column};
    use std::rc::Rc;
    let file = |name: &str, ws: Workspace| ClassFile {
        name: name.into(),
        workspace: Rc::new(ws),
    };
    let (k, s) = (key(), student());
    let mut perfect = k.clone();
    perfect.identity.annotator = "ana".into();
    let mut other = Workspace::new();
    other.add_document("BBC", "bbc.txt", "Something else.");
    let mut class = Class::default();
    assert!(class.grades().is_empty() && class.agreement().is_none());
    class.set_key(file("key.json", k));
    class.add_students(vec![
        file("maria.json", s),
        file("ana.json", perfect.clone()),
    ]);
    let g0 = class.generation;
    // The same name again replaces the file.
    class.add_students(vec![file("ana.json", perfect)]);
    assert_eq!(class.students.len(), 2);
    assert!(class.generation > g0);
    let grades: Vec<_> = class.grades().into_iter().map(Result::unwrap).collect();
    let strict = Column::Spans(Scheme::Strict);
    let names = |rows: Vec<usize>| -> Vec<String> {
        rows.into_iter()
            .map(|i| grades[i].annotator.clone())
            .collect()
    };
    assert_eq!(names(sorted_rows(&grades, strict, true)), ["ana", "maria"]);
    assert_eq!(names(sorted_rows(&grades, strict, false)), ["maria", "ana"]);
    assert_eq!(
        names(sorted_rows(&grades, Column::Annotator, false)),
        ["ana", "maria"]
    );
    assert_eq!(strict.value(&grades[1]), Some(1.0));
    // Agreement and curation compare the students only: the key is the reference.
    let a = class.agreement().unwrap().unwrap();
    assert_eq!(a.pairwise.annotators, ["maria", "ana"]);
    assert!(class.curation().unwrap().is_ok());
    // A file of other articles: its row says why, the others are still graded.
    class.add_students(vec![file("bbc.json", other)]);
    let grades = class.grades();
    assert!(grades[0].is_ok() && grades[1].is_ok());
    let e = grades[2].as_ref().unwrap_err();
    assert!(e.contains("bbc.json") && e.contains("\"AFP\""), "{e}");
    // Agreement and curation leave that file out and say why, instead of failing whole.
    let a = class.agreement().unwrap().unwrap();
    assert_eq!(a.pairwise.annotators, ["maria", "ana"]);
    assert!(class.curation().unwrap().is_ok());
    let (kept, left_out) = class.comparable();
    assert_eq!(kept.len(), 2);
    assert_eq!(left_out.len(), 1);
    assert!(
        left_out[0].starts_with("Left out of agreement and curation: bbc.json does not have")
            && left_out[0].contains("\"AFP\""),
        "{left_out:?}"
    );
    class.remove_student(2);
    assert!(class.agreement().unwrap().is_ok());
    assert!(class.comparable().1.is_empty());
}

#[test]
fn the_key_is_not_an_annotator_in_the_class_agreement_or_curation() {
    use parallax::exercise::class::{Class, ClassFile};
    use std::rc::Rc;
    let file = |name: &str, ws: &Workspace| ClassFile {
        name: name.into(),
        workspace: Rc::new(ws.clone()),
    };
    // Three students; tom copied the key, maria has the articles in the other order.
    let (k, maria) = (key(), student());
    let mut tom = k.clone();
    tom.identity.annotator = "tom".into();
    let mut lena = student();
    lena.identity.annotator = "lena".into();
    lena.spans.retain(|s| s.label != Label::Quote);
    let students = [
        ("tom.json", &tom),
        ("maria.json", &maria),
        ("lena.json", &lena),
    ];
    let annotated: Vec<Annotated> = students.iter().map(|(n, w)| Annotated::new(n, w)).collect();
    // What `parallax agree` on the students' files gives.
    let alone = exercise::agree(&annotated).unwrap();
    let mut class = Class::default();
    class.set_key(file("key.json", &k));
    assert!(class.agreement().is_none() && class.curation().is_none());
    let note = class.compared_note();
    assert!(
        note.starts_with("Load at least two students' files of the same articles")
            && note.contains("the answer key is not counted"),
        "{note}"
    );
    class.add_students(vec![file("tom.json", &tom)]);
    assert!(class.agreement().is_none() && class.curation().is_none());
    assert!(class
        .compared_note()
        .starts_with("Load at least one more student's file"));
    class.add_students(vec![file("maria.json", &maria), file("lena.json", &lena)]);
    // tom's file has the key's very spans: said, as it may be the key loaded as a student
    // (trial 10b: that raised alpha_U unsaid).
    assert_eq!(
        class.compared_note(),
        "Between the 3 students' files; the answer key is not counted. tom.json has the \
         very same spans as the answer key: a perfect score, or the key loaded as a student \
         (then remove it: it raises the agreement)."
    );
    let a = class.agreement().unwrap().unwrap();
    assert_eq!(a.pairwise.annotators, ["tom", "maria", "lena"]);
    assert_eq!(a.alpha_u.overall, alone.alpha_u.overall);
    assert_eq!(a.alpha_u.by_label, alone.alpha_u.by_label);
    // With the key counted, tom's copy would raise the figure: it is not.
    let with_key: Vec<Annotated> = std::iter::once(Annotated::new("key.json", &k))
        .chain(annotated.iter().copied())
        .collect();
    let inflated = exercise::agree(&with_key).unwrap().alpha_u.overall;
    assert_ne!(a.alpha_u.overall, inflated);
    // Curation: the students are the annotators, never the trainer; majority is two of three.
    let mut c = class.curation().unwrap().unwrap();
    assert_eq!(&c.annotators[..], ["tom", "maria", "lena"]);
    assert!(c.accept_majority() > 0);
    let built = c.build("curated");
    assert!(!built.spans.is_empty());
    assert!(built
        .spans
        .iter()
        .all(|s| !s.annotators.contains(&"trainer".to_string())));
    // A first student with the articles in another order: the results still list them
    // in the key's order (the order the curation view titles them by).
    class.remove_student(0);
    let a = class.agreement().unwrap().unwrap();
    assert_eq!(a.pairwise.annotators, ["maria", "lena"]);
    let titles: Vec<&str> = a.disagreement.iter().map(|d| d.title.as_str()).collect();
    assert_eq!(titles, ["AFP", "Reuters"]);
    let curated = class.curation().unwrap().unwrap().build("curated");
    let titles: Vec<&str> = curated.documents.iter().map(|d| d.title.as_str()).collect();
    assert_eq!(titles, ["AFP", "Reuters"]);
    // Without a key, the students are still compared, and the note says nothing of a key.
    let mut no_key = Class::default();
    no_key.add_students(vec![file("maria.json", &maria), file("tom.json", &tom)]);
    assert_eq!(no_key.compared_note(), "Between the 2 students' files.");
    assert_eq!(
        no_key.agreement().unwrap().unwrap().pairwise.annotators,
        ["maria", "tom"]
    );
}

#[test]
fn export_names_keep_names_in_every_script() {
    // A class of Zoë, Ångström, Мария and 王芳: names are recognisable in their file names,
    // accents on Latin letters dropped, other scripts kept, never an empty part.
    let cases = [
        ("Défector Exercise!", "defector-exercise"),
        ("Zoë Ångström", "zoe-angstrom"),
        ("Мария Иванова", "мария-иванова"),
        ("王芳", "王芳"),
        ("मारिया", "मारिया"),
        ("Søren / Łukasz", "søren-łukasz"),
        ("maria", "maria"),
        ("  ?? ", ""),
    ];
    for (name, want) in cases {
        assert_eq!(exercise::slug(name), want, "{name}");
    }
    let mut ws = Workspace::new();
    ws.identity.title = "Défector exercise: week 1/2".into();
    ws.identity.annotator = "Zoë".into();
    assert_eq!(
        exercise::export_file_name(&ws, "parallax.json"),
        "defector-exercise-week-1-2.zoe.parallax.json"
    );
}

#[test]
fn two_students_files_of_the_same_name_are_both_kept() {
    use parallax::exercise::class::{Class, ClassFile};
    use std::rc::Rc;
    let file = |name: &str, ws: &Workspace| ClassFile {
        name: name.into(),
        workspace: Rc::new(ws.clone()),
    };
    let (mut tom, mut ana) = (student(), key());
    tom.identity.annotator = "tom".into();
    ana.identity.annotator = "ana".into();
    let mut class = Class::default();
    class.set_key(file("key.json", &key()));
    // Two folders, one file name each: two students.
    class.add_students(vec![
        file("exercise.parallax.json", &tom),
        file("exercise.parallax.json", &ana),
    ]);
    assert_eq!(class.students.len(), 2);
    let names: Vec<String> = class
        .grades()
        .into_iter()
        .map(|g| g.unwrap().annotator)
        .collect();
    assert_eq!(names, ["tom", "ana"]);
    // Students who gave no name: different work under one file name is kept too.
    let (mut a, mut b) = (student(), key());
    a.identity.annotator.clear();
    b.identity.annotator.clear();
    class.add_students(vec![file("x.json", &a), file("x.json", &b)]);
    assert_eq!(class.students.len(), 4);
    // The same file loaded again, or tom's corrected file, replaces it.
    class.add_students(vec![file("x.json", &a)]);
    assert_eq!(class.students.len(), 4);
    let mut tom2 = tom.clone();
    tom2.spans.clear();
    class.add_students(vec![file("exercise.parallax.json", &tom2)]);
    assert_eq!(class.students.len(), 4);
    assert!(class.students[0].workspace.spans.is_empty());
}

#[test]
fn csv_fields_a_spreadsheet_would_run_are_kept_as_text() {
    use parallax::exercise::grade::csv_field;
    assert_eq!(csv_field("maria"), "maria");
    assert_eq!(csv_field("Smith, \"Jo\""), "\"Smith, \"\"Jo\"\"\"");
    assert_eq!(
        csv_field("=HYPERLINK(\"http://x\",\"click\")"),
        "\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\""
    );
    for bad in ["+1", "-2+3", "@SUM(A1)", "\tx", "\r=1"] {
        let f = csv_field(bad);
        assert!(
            f.starts_with('\'') || f.starts_with("\"'"),
            "{bad:?} -> {f:?}"
        );
    }
}

/// The curated workspace of copies of the key by annotators whose link (the key's one
/// link) is of the kinds given, with `flags` on the links marked `differs`.
fn curated_link_of(kinds: &[LinkKind], flags: &[Flag]) -> parallax::model::Link {
    let files: Vec<Workspace> = kinds
        .iter()
        .enumerate()
        .map(|(i, &kind)| {
            let mut ws = key();
            ws.identity.annotator = format!("annotator {i}");
            ws.links[0].kind = kind;
            if kind == LinkKind::Differs {
                ws.links[0].flags = flags.to_vec();
            }
            ws
        })
        .collect();
    let annotated: Vec<Annotated> = files
        .iter()
        .enumerate()
        .map(|(i, ws)| Annotated::new(["a.json", "b.json", "c.json"][i], ws))
        .collect();
    let mut c = Curation::new(&annotated).unwrap();
    assert_eq!(c.accept_agreed(), 3);
    let ws = c.build("trainer");
    assert_eq!(ws.links.len(), 1, "one link for the pair");
    ws.links[0].clone()
}

#[test]
fn a_curated_link_keeps_the_kind_the_annotators_gave_it() {
    use LinkKind::{Differs, Same};
    let count = vec![Flag {
        kind: "number".into(),
        a: "4 times".into(),
        b: "several times".into(),
        vague: true,
    }];
    // Marked "told differently" without a flag: it stays so (it was rebuilt as "same").
    let l = curated_link_of(&[Differs, Differs], &[]);
    assert_eq!((l.kind, l.flags.len()), (Differs, 0));
    // A tie keeps "differs": a difference someone saw does not vanish.
    let l = curated_link_of(&[Same, Differs], &count);
    assert_eq!((l.kind, &l.flags), (Differs, &count));
    // The majority's kind, with the flags of the first link of that kind.
    let l = curated_link_of(&[Differs, Same, Same], &count);
    assert_eq!((l.kind, l.flags.len()), (Same, 0));
    let l = curated_link_of(&[Same, Differs, Differs], &count);
    assert_eq!((l.kind, &l.flags), (Differs, &count));
    let l = curated_link_of(&[Same, Same], &[]);
    assert_eq!(l.kind, Same);
}

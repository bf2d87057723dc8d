//! Files read into the class view (trial 25, U2): a student's file whose article text
//! changed after its spans were made (tests/fixtures/class/edited.json: the key with one
//! article edited) gives one short notice naming the file and what is wrong, the whole
//! reason folded in its details, and can be loaded again with its spans re-anchored by
//! quote, as the page's Import does: what re-anchoring moved is said, and what it could
//! not place is named as an error. Re-anchoring says when it had to choose between equal
//! sentences (U5).

use parallax::exercise::class::{read_class_file, Class};
use parallax::formats::{import_with, ImportOptions};
use std::rc::Rc;

fn bytes(name: &str) -> Rc<[u8]> {
    let p = format!("{}/tests/fixtures/class/{name}", env!("CARGO_MANIFEST_DIR"));
    Rc::from(std::fs::read(p).expect("fixture"))
}

#[test]
fn a_changed_students_file_is_refused_in_a_short_notice_that_offers_to_reanchor() {
    let (file, notices) = read_class_file("edited.json", bytes("edited.json"), false, None);
    assert!(file.is_none());
    assert_eq!(notices.len(), 1);
    let n = &notices[0];
    assert!(n.error);
    assert!(
        n.summary.starts_with(
            "edited.json was not loaded: the text of its articles changed after its spans \
             were made, so 9 of its spans no longer sit on their text."
        ),
        "{}",
        n.summary
    );
    // Short: the list of problems is in the details only.
    assert!(n.summary.len() < 400, "{}", n.summary);
    assert!(!n.summary.contains("spans[9]"));
    assert!(n
        .details
        .starts_with("Could not read edited.json: 9 problems were found:"));
    assert!(n.details.contains("spans[9] (id \"s10\")"), "{}", n.details);
    assert!(n.reanchor.is_some());
}

#[test]
fn reanchoring_without_the_key_loads_the_student_and_names_what_it_left_out() {
    // As the page's Import: the spans onto the file's own (changed) text.
    let (file, notices) = read_class_file("edited.json", bytes("edited.json"), true, None);
    let file = file.expect("loaded with re-anchoring");
    assert_eq!(file.workspace.spans.len(), 19, "one span's text is gone");
    let info: Vec<_> = notices.iter().filter(|n| !n.error).collect();
    let errors: Vec<_> = notices.iter().filter(|n| n.error).collect();
    assert_eq!((info.len(), errors.len()), (1, 1), "{notices:?}");
    assert!(info[0]
        .summary
        .starts_with("edited.json was loaded with re-anchoring: 8 notes"));
    assert!(info[0]
        .details
        .contains("span \"s11\" was re-anchored from 204..317"));
    // The Import's words for what was left out, the list folded.
    assert_eq!(
        errors[0].summary,
        "edited.json: 2 items could not be placed in the changed text and were left out; \
         everything else was imported."
    );
    assert!(errors[0].details.contains("spans[9] (id \"s10\")"));
    assert!(errors[0].details.contains("links[0] (id \"l1\")"));
    assert!(notices.iter().all(|n| n.reanchor.is_none()));
}

#[test]
fn reanchoring_with_the_key_places_the_spans_on_the_keys_text_and_grades_them() {
    let (key, _) = read_class_file("key.json", bytes("key.json"), false, None);
    let key = key.expect("key");
    let (file, notices) = read_class_file(
        "edited.json",
        bytes("edited.json"),
        true,
        Some(&key.workspace),
    );
    let file = file.expect("loaded");
    // The spans were made on the exercise's text: every one fits it, nothing left out.
    assert_eq!(file.workspace.spans.len(), 20);
    assert_eq!(file.workspace.links.len(), 9);
    assert_eq!(notices.len(), 1, "{notices:?}");
    assert!(!notices[0].error);
    assert_eq!(
        notices[0].summary,
        "edited.json was loaded with the answer key's text of \"Ex-Northfield council leader \
         Martin Hale sentenced to nine years for bribery\" in place of its own changed copy, \
         so it is graded on it: every span sits on its quoted text there."
    );
    let mut class = Class::default();
    class.set_key(key);
    class.add_students(vec![file]);
    let g = class.grades().remove(0).expect("graded");
    assert_eq!((g.graded_articles, g.key_articles), (2, 2));
    assert_eq!(
        g.spans.overall.strict.f1, 1.0,
        "{:?}",
        g.spans.overall.strict
    );
}

#[test]
fn other_refusals_are_short_too() {
    let (file, notices) =
        read_class_file("notes.json", Rc::from(&b"{\"format\": 3"[..]), false, None);
    assert!(file.is_none());
    assert!(notices[0]
        .summary
        .starts_with("Could not read notes.json: "));
    assert!(notices[0].reanchor.is_none());
}

#[test]
fn reanchoring_says_when_the_quote_occurs_twice() {
    // An attribution made on the second "Police said." (after "Two people died."); a
    // sentence then inserted, so the nearest occurrence is the first one.
    let text = "The fire started at night. Police said. Two people died. Firefighters \
                from three towns fought the blaze. Police said. The road was closed.";
    let v = serde_json::json!({"format": "parallax", "version": 1,
        "documents": [{"id": "d1", "title": "t", "source": "t.txt", "text": text}],
        "spans": [{"id": "s1", "doc": "d1", "start": 57, "end": 69,
                   "label": "attribution", "text": "Police said."}],
        "links": [], "relations": [], "rejections": []});
    let got = import_with(
        "twice.json",
        v.to_string().as_bytes(),
        &ImportOptions { reanchor: true },
    )
    .expect("re-anchored");
    assert_eq!(got.warnings.len(), 1, "{:?}", got.warnings);
    let w = &got.warnings[0];
    assert!(
        w.starts_with("span \"s1\" was re-anchored from 57..69 to 27..39"),
        "{w}"
    );
    assert!(
        w.ends_with(
            "; the text occurs 2 times there, so this place (the nearest to where the span \
             was) is a guess: check it"
        ),
        "{w}"
    );
    // Once only: no such words.
    let once = v
        .to_string()
        .replacen("Police said. Two", "Officials said. Two", 1);
    let got = import_with(
        "once.json",
        once.as_bytes(),
        &ImportOptions { reanchor: true },
    )
    .expect("re-anchored");
    assert!(!got.warnings[0].contains("a guess"), "{:?}", got.warnings);
}

#[test]
fn the_reanchor_summary_does_not_say_every_span_fits_when_some_were_left_out() {
    use parallax::exercise::class::onto_key_summary;
    let titles = vec!["Fire".to_string()];
    // Trial 27: nothing moved but 2 items left out was told as "every span sits on its
    // quoted text there", then "2 items could not be placed".
    let s = onto_key_summary("ed.json", &titles, 0, 2, "each named below");
    assert!(!s.contains("every span sits"), "{s}");
    assert!(
        s.ends_with(
            "no span had to be moved, but 2 items could not be placed and are left out \
             (each named below)."
        ),
        "{s}"
    );
    let s = onto_key_summary("ed.json", &titles, 1, 1, "see the details");
    assert!(
        s.ends_with(
            "1 span was moved to where its text occurs (see the details); 1 item could not \
             be placed and is left out."
        ),
        "{s}"
    );
    let s = onto_key_summary("ed.json", &titles, 0, 0, "see the details");
    assert!(
        s.ends_with("every span sits on its quoted text there."),
        "{s}"
    );
}

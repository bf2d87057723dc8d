//! A student's feedback as one self-contained HTML file (trial 22, F14): its figures are
//! the grade's, it lists every feedback item with both texts and the key's notes, every
//! text from the files is escaped, and it loads nothing from outside the file.

use parallax::exercise::grade::{feedback_file_name, feedback_html, grade};
use parallax::exercise::Annotated;
use parallax::model::{Label, Workspace};

const AFP: &str = "Carroll said the soldier was shot 4 times. Officials denied it.";
const REUTERS: &str = "The soldier, shot several times, survived, a surgeon said.";
const NOTE: &str = "a claim: it asserts a <checkable> fact & \"more\"";

fn at(text: &str, needle: &str) -> (usize, usize) {
    let byte = text.find(needle).expect("needle in text");
    let start = text[..byte].chars().count();
    (start, start + needle.chars().count())
}

/// The two articles with `spans` (document 0 or 1, needle, label); the first span of the
/// key carries `NOTE`.
fn ws(annotator: &str, spans: &[(usize, &str, Label)]) -> Workspace {
    let mut ws = Workspace::new();
    let docs = [
        ws.add_document("AFP <wire>", "afp.txt", AFP),
        ws.add_document("Reuters", "reuters.txt", REUTERS),
    ];
    let texts = [AFP, REUTERS];
    for &(d, needle, label) in spans {
        let (s, e) = at(texts[d], needle);
        ws.add_span(&docs[d], s, e, label).unwrap();
    }
    ws.identity.annotator = annotator.into();
    ws
}

#[test]
fn the_feedback_file_carries_the_grade_its_items_and_the_keys_notes() {
    let mut key = ws(
        "trainer",
        &[
            (0, "the soldier was shot 4 times.", Label::Claim),
            (0, "Officials denied it.", Label::Claim),
            (1, "The soldier, shot several times", Label::Claim),
        ],
    );
    let first = key.spans[0].id.clone();
    key.set_note(&first, Some(NOTE.into())).unwrap();
    // Wrong boundary on the first, the second missed, a wrong label on the third, and one
    // span not in the key.
    let student = ws(
        "Zo\u{eb} <b>&amp;</b>",
        &[
            (0, "the soldier was shot", Label::Claim),
            (1, "The soldier, shot several times", Label::Quote),
            (1, "a surgeon said", Label::Attribution),
        ],
    );
    let g = grade(
        Annotated::new("key.json", &key),
        Annotated::new("zoe.json", &student),
    )
    .unwrap();
    let html = feedback_html(&g, "Defector <exercise>");
    let s = &g.spans.overall.strict;
    // The figures are the grade's: strict correct 0, incorrect 2, missed 1, not in the key 1.
    assert_eq!((s.correct, s.incorrect, s.missed, s.spurious), (0, 2, 1, 1));
    let row = format!(
        "<tr><th>all labels</th><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{:.2}</td><td class=\"n\">{:.2}</td><td class=\"n\">{:.2}</td></tr>",
        s.correct, s.incorrect, s.missed, s.spurious, s.precision, s.recall, s.f1
    );
    assert!(html.contains(&row), "overall row {row} in {html}");
    for label in g.spans.by_label.keys() {
        assert!(
            html.contains(&format!("<tr><th>{label}</th>")),
            "{label} row"
        );
    }
    // Every item, with its kind and both texts.
    assert_eq!(g.feedback.len(), 4);
    assert_eq!(
        html.matches("<li class=\"item fb-").count(),
        g.feedback.len()
    );
    for kind in ["Wrong boundary", "Missed", "Wrong label", "Not in the key"] {
        assert!(
            html.contains(&format!("<span class=\"kind\">{kind}</span>")),
            "{kind}"
        );
    }
    assert!(html.contains("key:</span> \u{201c}the soldier was shot 4 times.\u{201d}"));
    assert!(html.contains("you:</span> \u{201c}the soldier was shot\u{201d}"));
    assert!(html.contains("\u{201c}Officials denied it.\u{201d}"));
    // The key's note, escaped; the student's name, the exercise and the titles escaped.
    assert!(html.contains(
        "Key\u{2019}s note: a claim: it asserts a &lt;checkable&gt; fact &amp; &quot;more&quot;"
    ));
    assert!(html
        .contains("Feedback for Zo\u{eb} &lt;b&gt;&amp;amp;&lt;/b&gt;: Defector &lt;exercise&gt;"));
    assert!(html.contains("AFP &lt;wire&gt;"));
    assert!(!html.contains("<b>") && !html.contains("<checkable>") && !html.contains("<wire>"));
    // Self-contained: no script, no external resource, no link.
    for bad in [
        "<script", "src=", "href=", "http:", "https:", "@import", "url(",
    ] {
        assert!(!html.contains(bad), "{bad}");
    }
    assert!(html.starts_with("<!DOCTYPE html>") && html.trim_end().ends_with("</html>"));
    assert_eq!(
        feedback_file_name(&g, "Defector <exercise>"),
        format!(
            "defector-exercise.feedback-{}.html",
            parallax::exercise::slug("Zo\u{eb} <b>&amp;</b>")
        )
    );
}

#[test]
fn a_student_with_nothing_to_correct_is_told_so() {
    let key = ws("trainer", &[(0, "Officials denied it.", Label::Claim)]);
    let student = ws("tom", &[(0, "Officials denied it.", Label::Claim)]);
    let g = grade(
        Annotated::new("key.json", &key),
        Annotated::new("tom.json", &student),
    )
    .unwrap();
    let html = feedback_html(&g, "");
    assert!(html.contains("Nothing to correct"));
    assert!(html.contains("<title>Feedback for tom</title>"));
    assert_eq!(feedback_file_name(&g, ""), "feedback-tom.html");
}

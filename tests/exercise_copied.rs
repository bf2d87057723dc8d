//! Copied homework in the grades (trial 24, U3): two students' files with the very same
//! spans are said in the class view's Grades tab and by `parallax grade` (the same core,
//! [`Class::copied_work`]), not only under Agreement.

use parallax::exercise::class::{Class, ClassFile};
use parallax::exercise::Annotated;
use parallax::model::{Label, Workspace};
use std::rc::Rc;

const AFP: &str = "Carroll said the soldier was shot 4 times. Officials denied it.";
const REUTERS: &str = "The soldier, shot several times, survived, a surgeon said.";

/// Both articles (in `order`) with a claim over each of `claims` (needles in AFP).
fn ws(annotator: &str, claims: &[&str], order: [usize; 2]) -> Workspace {
    let mut ws = Workspace::new();
    let texts = [("AFP", AFP), ("Reuters", REUTERS)];
    let ids: Vec<String> = order
        .iter()
        .map(|&i| ws.add_document(texts[i].0, "a.txt", texts[i].1))
        .collect();
    let afp = &ids[order.iter().position(|&i| i == 0).expect("AFP")];
    for needle in claims {
        let byte = AFP.find(needle).expect("needle");
        let start = AFP[..byte].chars().count();
        ws.add_span(afp, start, start + needle.chars().count(), Label::Claim)
            .expect("span");
    }
    ws.identity.annotator = annotator.into();
    ws
}

fn file(name: &str, ws: &Workspace) -> ClassFile {
    ClassFile {
        name: name.into(),
        workspace: Rc::new(ws.clone()),
    }
}

#[test]
fn two_students_with_the_very_same_spans_are_named_in_the_grades() {
    let key = ws(
        "trainer",
        &["the soldier was shot 4 times.", "Officials denied it."],
        [0, 1],
    );
    // Maria's two mistakes (a spurious span, a wrong boundary): with a key, the very same
    // spans are named only when they share mistakes rare in the class (trial 27).
    let maria = ws("maria", &["Carroll said", "the soldier was shot"], [0, 1]);
    // Copycat's file: Maria's spans, her own name, the articles in another order.
    let copycat = ws("copycat", &["Carroll said", "the soldier was shot"], [1, 0]);
    let tom = ws("tom", &["Officials denied it."], [0, 1]);
    let mut class = Class::default();
    class.set_key(file("key.json", &key));
    class.add_students(vec![file("maria.json", &maria), file("tom.json", &tom)]);
    assert_eq!(class.copied_work(), Vec::<String>::new());
    class.add_students(vec![file("copycat.json", &copycat)]);
    let warnings = class.copied_work();
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(
        warnings[0].starts_with("maria.json and copycat.json have the very same spans"),
        "{}",
        warnings[0]
    );
    assert!(warnings[0].contains("copied"), "{}", warnings[0]);
    // The grades are identical, which is why it is said.
    let grades: Vec<_> = class
        .grades()
        .into_iter()
        .map(|g| g.expect("graded"))
        .collect();
    assert_eq!(grades[0].spans, grades[2].spans);
    // `parallax grade`'s class: the same warning.
    let students = [
        Annotated::new("maria.json", &maria),
        Annotated::new("tom.json", &tom),
        Annotated::new("copycat.json", &copycat),
    ];
    let cli = Class::with_key(Annotated::new("key.json", &key), &students);
    assert_eq!(cli.copied_work(), warnings);
}

#[test]
fn students_with_no_spans_or_one_student_are_not_warned_of() {
    let key = ws("trainer", &["Officials denied it."], [0, 1]);
    let empty = ws("a", &[], [0, 1]);
    let mut class = Class::default();
    class.set_key(file("key.json", &key));
    class.add_students(vec![file("a.json", &empty)]);
    assert!(class.copied_work().is_empty());
    // Two blank files are not copied work (nothing done yet).
    let mut other = empty.clone();
    other.identity.annotator = "b".into();
    class.add_students(vec![file("b.json", &other)]);
    assert!(class.copied_work().is_empty());
}

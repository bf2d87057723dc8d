//! Curation at class size and taking choices back: a class of many students' files of many
//! spans is curated click by click as cheaply as a class of three (a `Curation` shares its
//! gathered parts, so the page's copy per click costs only the choices), and a choice can
//! be withdrawn (a second click on "Accepted", or "Undo choice").

use parallax::exercise::curate::Status;
use parallax::exercise::{Annotated, Curation};
use parallax::model::{Label, Origin, Workspace};
use std::rc::Rc;

/// One annotator's file: `docs` articles of `sentences` sentences each, a claim on every
/// sentence (student `s` sometimes a bit longer or an attribution instead) and a link
/// between the first claims of neighbouring articles.
fn student(s: usize, docs: usize, sentences: usize) -> Workspace {
    let mut ws = Workspace::new();
    let sentence = "The minister said the bridge would reopen in May. ";
    let n = sentence.chars().count();
    for d in 0..docs {
        let text = sentence.repeat(sentences);
        let id = ws.add_document(&format!("Outlet {d}"), &format!("o{d}.txt"), &text);
        for k in 0..sentences {
            let start = k * n;
            let (end, label) = match (s + k) % 7 {
                0 => (start + n - 2, Label::Claim),
                1 if s % 3 == 0 => (start + 16, Label::Attribution),
                _ => (start + n - 1, Label::Claim),
            };
            ws.add_span(&id, start, end, label).unwrap();
        }
    }
    let firsts: Vec<String> = ws
        .documents
        .iter()
        .map(|d| ws.spans.iter().find(|x| x.doc == d.id).unwrap().id.clone())
        .collect();
    for w in firsts.windows(2) {
        ws.add_link(&w[0], &w[1], Origin::Manual, None, vec![])
            .unwrap();
    }
    ws.identity.annotator = format!("student{s:02}");
    ws
}

#[test]
fn a_class_of_thirty_files_of_four_hundred_spans_curates_click_by_click_cheaply() {
    let files: Vec<Workspace> = (0..30).map(|s| student(s, 20, 20)).collect();
    let annotated: Vec<Annotated> = files
        .iter()
        .enumerate()
        .map(|(i, w)| Annotated::new(if i == 0 { "key.json" } else { "st.json" }, w))
        .collect();
    let c = Curation::new(&annotated).unwrap();
    assert_eq!(c.items.len(), 400);
    // The page keeps one Curation and makes a new one per click: a copy shares the items.
    let copy = c.clone();
    assert!(Rc::ptr_eq(&c.items, &copy.items));
    let mut now = c.clone();
    for i in 0..c.items.len() {
        let mut next = now.clone();
        next.choose(i, Some(0)).unwrap();
        // 400 copies of 30 whole workspaces took seconds and gigabytes (the page trapped):
        // every copy shares the gathered items (the figures are in BENCHMARKS.md).
        assert!(Rc::ptr_eq(&next.items, &c.items));
        now = next;
    }
    assert_eq!(now.counts().get("accepted"), Some(&400));
    assert_eq!(
        c.counts().get("accepted"),
        None,
        "the copy made before is untouched"
    );
    let ws = now.build("trainer");
    assert_eq!(ws.spans.len(), 400);
    assert_eq!(ws.links.len(), 19);
    // The first sentence's full claim: all but students 0, 7, 14, 21, 28 (shorter) and 15
    // (an attribution).
    assert_eq!(ws.spans[0].annotators.len(), 24);
}

#[test]
fn a_second_click_on_the_accepted_version_withdraws_the_choice() {
    let files: Vec<Workspace> = (0..3).map(|s| student(s, 1, 3)).collect();
    let annotated: Vec<Annotated> = files.iter().map(|w| Annotated::new("f.json", w)).collect();
    let mut c = Curation::new(&annotated).unwrap();
    let item = c
        .items
        .iter()
        .position(|i| i.versions.len() > 1)
        .expect("a disputed or majority item");
    c.toggle(item, 1).unwrap();
    assert_eq!(c.choice(item), Some(1));
    c.toggle(item, 0).unwrap();
    assert_eq!(
        c.choice(item),
        Some(0),
        "another version replaces the choice"
    );
    c.toggle(item, 0).unwrap();
    assert_eq!(c.choice(item), None, "clicking Accepted again withdraws it");
    assert_eq!(c.counts().get("accepted"), None);
    assert!(c.build("trainer").spans.is_empty());
    assert!(c.toggle(item, 9).is_err());
    assert!(c.toggle(99, 0).is_err());
    // Accept all majority, then withdraw all.
    assert!(c.accept_majority() > 0);
    assert!(c.items.iter().any(|i| i.status == Status::Majority));
    c.clear();
    assert_eq!(c.counts().get("accepted"), None);
}

/// Trial 10b: loading the key, reading a student's file again or adding a late student
/// threw every choice away; "Accept all majority" replaced choices made by hand.
#[test]
fn choices_outlive_a_change_of_files_and_accept_all_keeps_hand_choices() {
    let files: Vec<Workspace> = (0..4).map(|s| student(s, 2, 7)).collect();
    let three: Vec<Annotated> = files[..3]
        .iter()
        .map(|w| Annotated::new("f.json", w))
        .collect();
    let mut c = Curation::new(&three).unwrap();
    let disputed = c
        .items
        .iter()
        .position(|i| i.versions.len() > 1)
        .expect("an item with two versions");
    // A hand choice of the minority version survives "Accept all majority".
    let minority = c.items[disputed].versions.len() - 1;
    c.choose(disputed, Some(minority)).unwrap();
    let accepted = c.accept_majority();
    assert!(accepted > 0);
    assert_eq!(
        c.choice(disputed),
        Some(minority),
        "the hand choice is kept"
    );
    let chosen = |c: &Curation| -> Vec<(usize, usize, usize)> {
        let mut v: Vec<_> = (0..c.items.len())
            .filter_map(|i| {
                let ver = &c.items[i].versions[c.choice(i)?];
                Some((c.items[i].doc, ver.start, ver.end))
            })
            .collect();
        v.sort();
        v
    };
    // The same files read again: every choice comes back.
    let again: Vec<Annotated> = files[..3]
        .iter()
        .map(|w| Annotated::new("g.json", w))
        .collect();
    let mut d = Curation::new(&again).unwrap();
    assert_eq!(d.carry_choices_from(&c), chosen(&c).len());
    assert_eq!(chosen(&d), chosen(&c));
    // A fourth student: the versions that still exist keep their choice.
    let four: Vec<Annotated> = files.iter().map(|w| Annotated::new("h.json", w)).collect();
    let mut e = Curation::new(&four).unwrap();
    let carried = e.carry_choices_from(&c);
    assert!(carried > 0 && carried <= chosen(&c).len());
    for x in chosen(&e) {
        assert!(chosen(&c).contains(&x), "{x:?} was chosen before");
    }
    // A choice made in the new curation is not overwritten by the old one.
    let mut f = Curation::new(&again).unwrap();
    f.choose(disputed, Some(0)).unwrap();
    f.carry_choices_from(&c);
    assert_eq!(f.choice(disputed), Some(0));
}

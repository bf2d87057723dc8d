//! The class view's curation state (`parallax::app::state::curation`), natively: choices
//! made, undone and redone; saved (no question before closing) or not (a question, and a
//! notice when saving failed); saved choices taken up for the same or changed files with
//! the notice the tab shows; a new set of files carrying over the choices that still apply
//! when it shares a file, and nothing from another class's files.

use parallax::app::state::curation::{
    records_to_drop, CurationAction as A, CurationState, Files, SavedEntry, Write, SAVED_CAP,
};
use parallax::exercise::class::{Class, ClassFile};
use parallax::exercise::curate::SavedCuration;
use parallax::model::{Label, Workspace};
use std::rc::Rc;

const TEXT: &str =
    "The minister said the bridge would reopen in May. Critics doubt it. Work began in 2023. ";

/// Student `s`'s file: a claim on each sentence; student 2's second claim is shorter, and
/// student 1 has no third. `annotator` names it.
fn student(s: usize, annotator: &str) -> ClassFile {
    let mut ws = Workspace::new();
    let d = ws.add_document("Outlet", "o.txt", TEXT);
    ws.add_span(&d, 0, 48, Label::Claim).unwrap();
    ws.add_span(&d, 51, if s == 2 { 66 } else { 67 }, Label::Claim)
        .unwrap();
    if s != 1 {
        ws.add_span(&d, 69, 87, Label::Context).unwrap();
    }
    ws.identity.annotator = annotator.into();
    ClassFile {
        name: format!("{annotator}.json"),
        workspace: Rc::new(ws),
    }
}

fn class(students: Vec<ClassFile>, generation: u64) -> Class {
    Class {
        key: None,
        students,
        generation,
    }
}

/// The Reset the page sends for `class`.
fn reset(c: &Class) -> A {
    A::Reset(c.generation, c.curation(), Some(Files::of(c)))
}

fn run(s: Rc<CurationState>, actions: Vec<A>) -> Rc<CurationState> {
    actions.into_iter().fold(s, |s, a| s.apply(a))
}

fn accepted(s: &CurationState) -> Vec<(usize, usize)> {
    let Some(Ok(c)) = &s.curation else {
        return Vec::new();
    };
    let mut v: Vec<_> = (0..c.items.len())
        .filter_map(|i| {
            let ver = &c.items[i].versions[c.choice(i)?];
            Some((ver.start, ver.end))
        })
        .collect();
    v.sort();
    v
}

/// Save as the page does: the record and its revision, then the outcome.
fn save(s: Rc<CurationState>, outcome: Result<(), String>) -> (Rc<CurationState>, SavedCuration) {
    let (revision, write) = s.record_to_save(1.0).expect("something to save");
    let files = write.files();
    let Write::Put(record) = write else {
        panic!("a record to store, not a deletion")
    };
    let outcome = outcome.map(|()| Some(SavedEntry::of(&record)));
    (s.apply(A::Saved(revision, files, outcome)), record)
}

#[test]
fn choices_are_steps_to_undo_and_the_page_asks_only_while_they_are_neither_saved_nor_exported() {
    let c = class(
        vec![student(0, "ana"), student(1, "ben"), student(2, "cleo")],
        1,
    );
    let s = run(Rc::default(), vec![reset(&c)]);
    assert!(
        s.record_to_save(0.0).is_none(),
        "nothing chosen, nothing to save"
    );
    assert!(!s.unsafe_to_close() && !s.can_undo());
    let s = run(s, vec![A::Toggle(0, 0), A::AcceptMajority]);
    let all = accepted(&s);
    assert!(all.len() > 1);
    assert!(s.unsafe_to_close(), "not saved yet");
    // Undo takes "Accept all majority" back whole, then the click; redo both.
    let s = run(s, vec![A::Undo]);
    assert_eq!(accepted(&s).len(), 1);
    assert_eq!(
        s.changed_item,
        Some(1),
        "the list shows the first item the undo changed"
    );
    let s = run(s, vec![A::Undo]);
    assert!(accepted(&s).is_empty() && !s.can_undo());
    assert_eq!(s.changed_item, Some(0));
    let s = run(s, vec![A::Redo, A::Redo]);
    assert_eq!(accepted(&s), all);
    // Nothing left to redo: the same state, unchanged.
    let same = s.clone().apply(A::Redo);
    assert!(Rc::ptr_eq(&same, &s));
    // Saved: no question; another change, a question until it is saved or exported.
    let (s, record) = save(s, Ok(()));
    assert_eq!(record.choices.len(), all.len());
    assert!(!s.unsafe_to_close() && s.saved_now());
    let s = run(s, vec![A::Choose(0, None)]);
    assert!(s.unsafe_to_close() && !s.saved_now());
    assert_eq!(s.changed_item, None, "only an undo or redo moves the list");
    let s = run(s, vec![A::Exported]);
    assert!(!s.unsafe_to_close());
    // Saving fails: the tab says so, and the page asks.
    let s = run(s, vec![A::AcceptMajority]);
    let (s, _) = save(
        s,
        Err("the browser's database (IndexedDB) cannot be used".into()),
    );
    assert!(s.unsafe_to_close());
    assert_eq!(
        s.storage_error.as_deref(),
        Some("Your curation choices could not be saved: the browser refused to store them (the browser's database (IndexedDB) cannot be used). They stay in this page until it is closed: export the curated workspace to keep them (the page asks before it closes until you do).")
    );
    // Start over: one step, undone like any other.
    let s = run(s, vec![A::StartOver]);
    assert!(accepted(&s).is_empty());
    let s = run(s, vec![A::Undo]);
    assert_eq!(accepted(&s), all);
}

#[test]
fn saved_choices_come_back_with_a_notice_for_the_same_files_and_what_applies_of_changed_ones() {
    let files = vec![student(0, "ana"), student(1, "ben"), student(2, "cleo")];
    let c = class(files.clone(), 1);
    let s = run(Rc::default(), vec![reset(&c)]);
    // Every item decided, the second sentence in favour of cleo's shorter claim.
    let short = match &s.curation {
        Some(Ok(cur)) => (0..cur.items.len())
            .find_map(|i| {
                let v = cur.items[i].versions.iter().position(|v| v.end == 66)?;
                Some((i, v))
            })
            .unwrap(),
        _ => panic!("a curation"),
    };
    let s = run(
        s,
        vec![A::AcceptMajority, A::Choose(short.0, Some(short.1))],
    );
    let (_, record) = save(s.clone(), Ok(()));
    let n = record.choices.len();
    let fp = Files::of(&c).set;
    // A reload: the same files, read again (another generation), another order.
    let again = class(
        vec![files[2].clone(), files[0].clone(), files[1].clone()],
        1,
    );
    let fresh = run(Rc::default(), vec![reset(&again)]);
    assert_eq!(Files::of(&again).set, fp, "the same files, the same key");
    let back = run(
        fresh.clone(),
        vec![A::Restore(fp.clone(), vec![record.clone()])],
    );
    assert_eq!(accepted(&back), accepted(&s));
    assert_eq!(
        back.notice.as_deref(),
        Some(format!("Your {n} curation choices for these files are back.").as_str())
    );
    assert!(back.record_to_save(2.0).is_some(), "taken up: saved again");
    // Undo takes the restored choices back; dismissing leaves them.
    assert!(accepted(&run(back.clone(), vec![A::Undo])).is_empty());
    assert_eq!(
        accepted(&run(back.clone(), vec![A::DismissNotice])),
        accepted(&s)
    );
    assert!(run(back, vec![A::DismissNotice]).notice.is_none());
    // cleo's file corrected: her short claim is gone, the rest comes back.
    let fixed = class(
        vec![files[0].clone(), files[1].clone(), student(3, "cleo")],
        1,
    );
    let s2 = run(Rc::default(), vec![reset(&fixed)]);
    let fp2 = Files::of(&fixed).set;
    assert_ne!(fp2, fp);
    let s2 = run(s2, vec![A::Restore(fp2, vec![record.clone()])]);
    assert_eq!(accepted(&s2).len(), n - 1);
    assert_eq!(
        s2.notice.as_deref(),
        Some(format!("These files changed since your curation choices were saved: {} choices still apply and are back; 1 no longer applies and was dropped.", n - 1).as_str())
    );
    // A choice already made (newer than any saved), or files changed since the lookup
    // began: nothing is taken up.
    let chosen = run(fresh.clone(), vec![A::Toggle(0, 0)]);
    let after = run(
        chosen.clone(),
        vec![A::Restore(fp.clone(), vec![record.clone()])],
    );
    assert_eq!(accepted(&after), accepted(&chosen));
    assert!(after.notice.is_none());
    let stale = run(fresh, vec![A::Restore("another".into(), vec![record])]);
    assert!(accepted(&stale).is_empty());
}

#[test]
fn new_files_carry_the_choices_over_only_when_they_share_a_file() {
    let (ana, ben, cleo) = (student(0, "ana"), student(1, "ben"), student(2, "cleo"));
    let abc = class(vec![ana.clone(), ben.clone(), cleo.clone()], 1);
    let s = run(Rc::default(), vec![reset(&abc)]);
    let short = match &s.curation {
        Some(Ok(cur)) => (0..cur.items.len())
            .find_map(|i| Some((i, cur.items[i].versions.iter().position(|v| v.end == 66)?)))
            .unwrap(),
        _ => panic!("a curation"),
    };
    let s = run(
        s,
        vec![A::AcceptMajority, A::Choose(short.0, Some(short.1))],
    );
    let all = accepted(&s);
    // cleo's file removed: her short claim no longer applies; loaded again, it is back.
    let ab = class(vec![ana.clone(), ben.clone()], 2);
    let s = run(s, vec![reset(&ab)]);
    assert_eq!(accepted(&s).len(), all.len() - 1);
    // Undo goes on where it still applies: the choice of cleo's claim went with her file,
    // "Accept all majority" is taken back as far as it still applies.
    assert!(s.can_undo(), "the history is kept");
    let undone = run(s.clone(), vec![A::Undo]);
    assert!(accepted(&undone).is_empty());
    assert!(!undone.can_undo());
    let abc2 = class(vec![ana.clone(), ben.clone(), cleo.clone()], 3);
    let s = run(s, vec![reset(&abc2)]);
    assert_eq!(accepted(&s), all);
    // Down to one file (no curation) and back: the choices wait.
    let s = run(
        s,
        vec![
            reset(&class(vec![ana.clone()], 4)),
            reset(&class(vec![ana.clone(), ben.clone(), cleo.clone()], 5)),
        ],
    );
    assert_eq!(accepted(&s), all);
    // Another section: other students' files of the same article carry nothing over.
    let other = class(vec![student(0, "dan"), student(2, "eve")], 6);
    let s = run(s, vec![reset(&other)]);
    assert!(accepted(&s).is_empty());
}

#[test]
fn undo_and_redo_go_on_after_the_files_change_where_they_still_apply() {
    let (ana, ben, cleo) = (student(0, "ana"), student(1, "ben"), student(2, "cleo"));
    let ab = class(vec![ana.clone(), ben.clone()], 1);
    // Two steps: every majority version, then the first item's choice withdrawn; the
    // second undone (to redo).
    let s = run(Rc::default(), vec![reset(&ab), A::AcceptMajority]);
    let all = accepted(&s);
    assert!(all.len() > 1);
    let s = run(s, vec![A::Choose(0, None), A::Undo]);
    assert_eq!(accepted(&s), all);
    assert!(s.can_redo());
    // cleo's file added: the items and their versions are numbered anew (her shorter
    // claim is a version of the second item), the choices and both steps are kept.
    let abc = class(vec![ana.clone(), ben.clone(), cleo.clone()], 2);
    let s = run(s, vec![reset(&abc)]);
    assert_eq!(accepted(&s), all);
    assert!(s.can_undo() && s.can_redo());
    let redone = run(s.clone(), vec![A::Redo]);
    assert_eq!(
        accepted(&redone).len(),
        all.len() - 1,
        "the withdrawal redone"
    );
    let undone = run(s.clone(), vec![A::Undo]);
    assert!(accepted(&undone).is_empty(), "Accept all majority undone");
    assert!(!undone.can_undo());
    // Down to one file (no curation) and back: the history waits with the choices.
    let s = run(
        s,
        vec![
            reset(&class(vec![ana.clone()], 3)),
            reset(&class(vec![ana.clone(), ben.clone(), cleo.clone()], 4)),
        ],
    );
    assert!(s.can_undo() && s.can_redo());
    assert!(accepted(&run(s.clone(), vec![A::Undo])).is_empty());
    // Another class's files: nothing carried over, nothing to undo.
    let other = class(vec![student(0, "dan"), student(2, "eve")], 5);
    let s = run(s, vec![reset(&other)]);
    assert!(!s.can_undo() && !s.can_redo());
}

/// The write the page would make now.
fn write(s: &CurationState) -> Write {
    s.record_to_save(5.0).expect("something to write").1
}

#[test]
fn start_over_deletes_the_files_saved_record_and_undo_saves_it_again() {
    let c = class(
        vec![student(0, "ana"), student(1, "ben"), student(2, "cleo")],
        1,
    );
    let fp = Files::of(&c).set;
    // The page read the saved curations: another class's only.
    let s = run(
        Rc::default(),
        vec![reset(&c), A::Restore(fp.clone(), vec![])],
    );
    assert_eq!(s.saved_list.as_deref(), Some(&[][..]));
    let (s, record) = save(run(s, vec![A::AcceptMajority]), Ok(()));
    assert_eq!(
        s.saved_list.as_deref().map(|l| l.len()),
        Some(1),
        "listed once saved"
    );
    // Start over: no choice left, the record is deleted (not saved empty).
    let s = run(s, vec![A::StartOver]);
    let (revision, w) = s.record_to_save(5.0).unwrap();
    assert_eq!(w, Write::Delete(fp.clone()));
    let s = s.apply(A::Saved(revision, fp.clone(), Ok(None)));
    assert!(!s.unsafe_to_close());
    assert_eq!(s.saved_list.as_deref().map(|l| l.len()), Some(0));
    // Undo: saved again.
    let s = run(s, vec![A::Undo]);
    assert!(matches!(write(&s), Write::Put(r) if r.choices == record.choices));

    // Files that changed, whose choices came back from the record of the files before:
    // starting over keeps an empty record, or that record would come back in its place.
    let fixed = class(
        vec![student(0, "ana"), student(1, "ben"), student(3, "cleo")],
        2,
    );
    let fp2 = Files::of(&fixed).set;
    let s2 = run(
        Rc::default(),
        vec![reset(&fixed), A::Restore(fp2.clone(), vec![record.clone()])],
    );
    assert!(!accepted(&s2).is_empty());
    let s2 = run(s2, vec![A::StartOver]);
    assert!(matches!(write(&s2), Write::Put(r) if r.choices.is_empty() && *r.files == *fp2));
}

/// The files' fingerprints of the saved curations listed, in order.
fn listed(s: &CurationState) -> Vec<&str> {
    s.saved_list
        .as_deref()
        .unwrap_or_default()
        .iter()
        .map(|e| &*e.files)
        .collect()
}

#[test]
fn saved_curations_are_listed_newest_first_forgotten_and_capped_never_dropping_the_files_curated_now(
) {
    let c = class(vec![student(0, "ana"), student(1, "ben")], 1);
    let fp = Files::of(&c).set;
    let old = |files: &str, at: f64| SavedCuration {
        files: files.into(),
        saved_at: at,
        ..SavedCuration::of(
            match &run(Rc::default(), vec![reset(&c)]).curation {
                Some(Ok(cur)) => cur,
                _ => panic!("a curation"),
            },
            files,
            at,
        )
    };
    let records = vec![old("a", 1.0), old("b", 3.0), old("c", 2.0)];
    let s = run(
        Rc::default(),
        vec![reset(&c), A::Restore(fp.clone(), records.clone())],
    );
    assert_eq!(listed(&s), ["b", "c", "a"], "newest first");
    let e = &s.saved_list.as_deref().unwrap()[0];
    assert_eq!(
        e.about, "\u{201c}Outlet\u{201d}; ana, ben",
        "what the files are"
    );
    // Saved: these files' entry comes first.
    let (s, _) = save(run(s, vec![A::AcceptMajority]), Ok(()));
    assert_eq!(&*s.saved_list.as_deref().unwrap()[0].files, &*fp);
    // Forgotten: gone from the list; a failure says so and what to do.
    let s = run(s, vec![A::Forgotten("c".into(), Ok(()))]);
    assert_eq!(listed(&s), [&*fp, "b", "a"]);
    let s = run(s, vec![A::Forgotten("b".into(), Err("no".into()))]);
    assert!(s
        .storage_error
        .as_deref()
        .unwrap()
        .contains("could not be forgotten"));
    assert_eq!(s.saved_list.as_deref().unwrap().len(), 3);

    // The cap: the oldest go first, never the files curated now, even the oldest.
    let mut many: Vec<SavedCuration> = (0..SAVED_CAP + 3)
        .map(|i| old(&format!("k{i}"), 100.0 + i as f64))
        .collect();
    many.push(old(&fp, 0.0));
    let mut drop = records_to_drop(&many, &fp, SAVED_CAP);
    drop.sort();
    assert_eq!(
        drop,
        ["k0", "k1", "k2", "k3"],
        "room for the current files' record"
    );
    assert!(records_to_drop(&many[..10], &fp, SAVED_CAP).is_empty());
}

#[test]
fn when_the_browser_cannot_save_the_notice_says_why_in_plain_words_and_to_export() {
    let c = class(vec![student(0, "ana"), student(1, "ben")], 1);
    let s = run(Rc::default(), vec![reset(&c), A::AcceptMajority]);
    let (full, _) = save(
        s.clone(),
        Err("the browser refused to store the curation choices (3 KB, IndexedDB): The quota has been exceeded. (QuotaExceededError)".into()),
    );
    let text = full.storage_error.as_deref().unwrap();
    assert!(text.starts_with("Your curation choices could not be saved: the browser's storage for this page is full ("), "{text}");
    assert!(text.contains("export the curated workspace"), "{text}");
    assert!(full.unsafe_to_close(), "the page asks before it closes");
    let (private, _) = save(
        s,
        Err("this browser does not offer IndexedDB to this page".into()),
    );
    assert!(private
        .storage_error
        .as_deref()
        .unwrap()
        .contains("a private window"));
    // Saved at the next change: the notice goes.
    let (s, _) = save(run(private, vec![A::Choose(0, None)]), Ok(()));
    assert!(s.storage_error.is_none() && !s.unsafe_to_close());
}

//! Curation choices kept between visits of the page and undone step by step: the files'
//! fingerprint, the stored record read back (and refused clearly when it is not one), the
//! saved choices taken up by the same files or by files that changed (those that no
//! longer apply counted), and the undo history of choices.

use parallax::exercise::curate::{
    file_fingerprints, files_fingerprint, set_fingerprint, History, SavedChoice, SavedCuration,
};
use parallax::exercise::{Annotated, Curation};
use parallax::model::{Label, Workspace};

const TEXT: &str =
    "The minister said the bridge would reopen in May. Critics doubt it. Work began in 2023. ";

/// Student `s`'s file of one article (two, the second another text, with `two`): a claim
/// on each sentence, the second sentence's claim a bit shorter for student 2.
fn student(s: usize, two: bool) -> Workspace {
    let mut ws = Workspace::new();
    let d = ws.add_document("Outlet", "o.txt", TEXT);
    ws.add_span(&d, 0, 48, Label::Claim).unwrap();
    let end = if s == 2 { 66 } else { 67 };
    ws.add_span(&d, 51, end, Label::Claim).unwrap();
    if s != 1 {
        ws.add_span(&d, 69, 87, Label::Context).unwrap();
    }
    if two {
        let e = ws.add_document("Other", "p.txt", "Another article entirely. It rained.");
        ws.add_span(&e, 0, 25, Label::Claim).unwrap();
    }
    ws.identity.annotator = format!("student{s}");
    ws
}

fn curation(files: &[Workspace]) -> Curation {
    let a: Vec<Annotated> = files.iter().map(|w| Annotated::new("s.json", w)).collect();
    Curation::new(&a).unwrap()
}

fn choices(c: &Curation) -> Vec<Option<usize>> {
    (0..c.items.len()).map(|i| c.choice(i)).collect()
}

#[test]
fn the_fingerprint_is_the_files_contents_in_any_order() {
    let files: Vec<Workspace> = (0..3).map(|s| student(s, false)).collect();
    let refs: Vec<&Workspace> = files.iter().collect();
    let f = files_fingerprint(&refs);
    assert_eq!(f.len(), 64);
    assert!(f.chars().all(|c| c.is_ascii_hexdigit()));
    // Read again (new allocations), in another order: the same fingerprint.
    let again: Vec<Workspace> = files.to_vec();
    assert_eq!(files_fingerprint(&[&again[2], &again[0], &again[1]]), f);
    // One span changed, or a file fewer: another fingerprint.
    let mut changed = files.clone();
    changed[1].spans[0].end = 47;
    assert_ne!(files_fingerprint(&changed.iter().collect::<Vec<_>>()), f);
    assert_ne!(files_fingerprint(&refs[..2]), f);
    // Each file's own: the set's is made of them, and two sets share a file's.
    let each = file_fingerprints(&refs);
    assert_eq!(set_fingerprint(&each), f);
    let other = file_fingerprints(&[&files[0], &student(3, false)]);
    assert_eq!(each.iter().filter(|e| other.contains(e)).count(), 1);
}

#[test]
fn a_saved_curation_reads_back_and_anything_else_is_refused_with_a_reason() {
    let files: Vec<Workspace> = (0..3).map(|s| student(s, true)).collect();
    let mut c = curation(&files);
    c.accept_majority();
    c.toggle(1, 1).unwrap();
    let rec = SavedCuration::of(&c, "abc", 1_700_000_000_000.0);
    assert_eq!(
        rec.choices.len(),
        (0..c.items.len())
            .filter(|&i| c.choice(i).is_some())
            .count()
    );
    let json = rec.to_json();
    assert_eq!(SavedCuration::parse(&json).unwrap(), rec);
    // Small: per choice an article hash, offsets and a label.
    assert!(json.len() < 150 * (rec.choices.len() + 1), "{json}");
    for (bad, why) in [
        ("", "not valid JSON"),
        ("{\"format\":\"parallax\"}", "not a curation"),
        ("[1,2]", "not a curation"),
        (
            "{\"format\":\"parallax-curation\",\"version\":9,\"files\":\"x\",\"saved_at\":0,\"choices\":[]}",
            "newer than this Parallax reads",
        ),
        (
            "{\"format\":\"parallax-curation\",\"version\":1,\"files\":\"x\",\"saved_at\":0,\"choices\":[{\"article\":\"a\"}]}",
            "damaged",
        ),
    ] {
        let e = SavedCuration::parse(bad).unwrap_err();
        assert!(e.contains(why), "{bad}: {e}");
    }
}

#[test]
fn saved_choices_come_back_for_the_same_files_and_carry_over_where_files_changed() {
    let files: Vec<Workspace> = (0..3).map(|s| student(s, true)).collect();
    let mut c = curation(&files);
    // Every item decided; the disputed second sentence in favour of student 2's version.
    c.accept_majority();
    let second = c.items.iter().position(|i| i.versions.len() > 1).unwrap();
    let short = c.items[second]
        .versions
        .iter()
        .position(|v| v.end == 66)
        .unwrap();
    c.choose(second, Some(short)).unwrap();
    let saved = c.saved_choices();
    // The same files read again, in another order: every choice is back.
    let again = curation(&[files[2].clone(), files[0].clone(), files[1].clone()]);
    let mut d = again.clone();
    let r = d.restore_choices(&saved);
    assert_eq!((r.applied, r.dropped), (saved.len(), 0));
    assert_eq!(d.saved_choices().len(), saved.len());
    let mut back = d.saved_choices();
    let mut want = saved.clone();
    back.sort_by_key(|s| (s.article.clone(), s.start));
    want.sort_by_key(|s| (s.article.clone(), s.start));
    assert_eq!(back, want);
    // Student 2 corrected the short span: that choice no longer applies and is counted;
    // the others are carried over.
    let mut fixed = files.clone();
    if let Some(s) = fixed[2].spans.iter_mut().find(|s| s.end == 66) {
        s.end = 67;
    }
    let mut e = curation(&fixed);
    let r = e.restore_choices(&saved);
    assert_eq!((r.applied, r.dropped), (saved.len() - 1, 1));
    // A choice already made is kept, and counted as dropped when the saved one differs.
    let mut f = again.clone();
    let other = (short + 1)
        % f.items[f.items.iter().position(|i| i.versions.len() > 1).unwrap()]
            .versions
            .len();
    let it = f.items.iter().position(|i| i.versions.len() > 1).unwrap();
    f.choose(it, Some(other)).unwrap();
    let r = f.restore_choices(&saved);
    assert_eq!(f.choice(it), Some(other));
    assert_eq!(r.dropped, 1);
    // Another class's articles: nothing applied, nothing dropped.
    let mut g = curation(&[student(0, false), student(1, false)]);
    let elsewhere = vec![SavedChoice {
        article: "0".repeat(64),
        nth: 0,
        start: 0,
        end: 5,
        label: Label::Claim,
    }];
    assert_eq!(g.restore_choices(&elsewhere), Default::default());
    // The choices that do not apply are kept aside, to apply when the file comes back:
    // student 2's short span, gone with student 2's file, is accepted again once the file
    // is read again.
    let mut without = curation(&files[..2]);
    let (r, aside) = without.restore_choices_keeping(&saved);
    assert_eq!((r.applied, r.dropped, aside.len()), (saved.len() - 1, 1, 1));
    assert_eq!(aside[0].end, 66);
    let mut back = curation(&files);
    let mut wanted = without.saved_choices();
    wanted.extend(aside);
    let (r, aside) = back.restore_choices_keeping(&wanted);
    assert_eq!((r.applied, aside.len()), (saved.len(), 0));
    assert_eq!(
        back.choice(second)
            .map(|v| back.items[second].versions[v].end),
        Some(66)
    );
}

#[test]
fn the_record_of_the_same_files_wins_else_the_one_with_most_choices_that_apply() {
    let files: Vec<Workspace> = (0..3).map(|s| student(s, true)).collect();
    let refs: Vec<&Workspace> = files.iter().collect();
    let fp = files_fingerprint(&refs);
    let mut c = curation(&files);
    c.accept_majority();
    let full = SavedCuration::of(&c, "older-files", 2.0);
    let mut one = curation(&files);
    one.choose(0, Some(0)).unwrap();
    let newer_small = SavedCuration::of(&one, "other-files", 3.0);
    let empty_here = SavedCuration::of(&curation(&files), &fp, 1.0);
    let fresh = curation(&files);
    // No record of these files: the one with most choices that apply, though older.
    let recs = vec![newer_small.clone(), full.clone()];
    let (r, exact) = fresh.best_saved(&fp, &recs).unwrap();
    assert_eq!((r.files.as_str(), exact), ("older-files", false));
    // The record of these very files wins, even empty (the trainer started over).
    let recs = vec![newer_small, full, empty_here];
    let (r, exact) = fresh.best_saved(&fp, &recs).unwrap();
    assert_eq!((r.files.as_str(), exact), (fp.as_str(), true));
    // Records of other articles only: none.
    let other = curation(&[student(0, false), student(1, false)]);
    let stranger = SavedCuration {
        choices: vec![SavedChoice {
            article: "f".repeat(64),
            nth: 0,
            start: 0,
            end: 4,
            label: Label::Quote,
        }],
        ..SavedCuration::of(&other, "x", 0.0)
    };
    assert!(other.best_saved("y", &[stranger]).is_none());
}

#[test]
fn another_class_with_the_same_key_and_articles_starts_afresh() {
    // Session 12's re-trial: a class of other students opened with the first class's
    // choices ("6 choices still apply and are back"), one of them accepting an item only
    // one of the new students had.
    let first: Vec<Workspace> = (0..3).map(|s| student(s, false)).collect();
    let mut c = curation(&first);
    c.accept_majority();
    let record = SavedCuration::of(&c, "first-class", 1.0);
    assert!(!record.annotators.is_empty());
    let others: Vec<Workspace> = (0..3)
        .map(|s| {
            let mut w = student(s, false);
            w.identity.annotator = format!("other{s}");
            w
        })
        .collect();
    let fresh = curation(&others);
    assert!(fresh
        .best_saved("second-class", std::slice::from_ref(&record))
        .is_none());
    // The same students' files, changed or re-submitted, still take them up.
    let again = curation(&first);
    let recs = [record.clone()];
    let (r, exact) = again.best_saved("changed-files", &recs).unwrap();
    assert_eq!((r.files.as_str(), exact), ("first-class", false));
    // A record of an older version names no students: taken up as before.
    let old = SavedCuration {
        annotators: Vec::new(),
        ..record
    };
    assert!(fresh.best_saved("second-class", &[old]).is_some());
    // The students are stored and read back.
    let back = SavedCuration::parse(&SavedCuration::of(&c, "f", 2.0).to_json()).unwrap();
    assert_eq!(back.annotators, c.annotators.to_vec());
}

#[test]
fn each_change_of_choices_is_one_step_to_undo_and_redo() {
    let files: Vec<Workspace> = (0..3).map(|s| student(s, true)).collect();
    let start = curation(&files);
    let mut h = History::default();
    assert!(!h.can_undo() && !h.can_redo());
    // A click.
    let mut c = start.clone();
    let before = c.clone();
    c.toggle(0, 0).unwrap();
    assert!(h.record(&before, &c));
    let after_click = choices(&c);
    // "Accept all majority": many items, one step.
    let before = c.clone();
    assert!(c.accept_majority() > 1);
    assert!(h.record(&before, &c));
    let after_all = choices(&c);
    // Nothing changed: no step.
    assert!(!h.record(&c.clone(), &c));
    assert!(h.undo(&mut c));
    assert_eq!(choices(&c), after_click);
    assert!(h.undo(&mut c));
    assert_eq!(choices(&c), choices(&start));
    assert!(!h.undo(&mut c), "nothing more to undo");
    assert!(h.redo(&mut c));
    assert!(h.redo(&mut c));
    assert_eq!(choices(&c), after_all);
    assert!(!h.redo(&mut c));
    // A new step after an undo: nothing to redo.
    h.undo(&mut c);
    let before = c.clone();
    c.clear();
    h.record(&before, &c);
    assert!(!h.can_redo());
    // Old steps are forgotten beyond the limit, the newest kept.
    let mut h = History::default();
    let mut c = start.clone();
    for _ in 0..History::LIMIT + 10 {
        let before = c.clone();
        c.toggle(0, 0).unwrap();
        h.record(&before, &c);
    }
    let mut n = 0;
    while h.undo(&mut c) {
        n += 1;
    }
    assert_eq!(n, History::LIMIT);
}

/// A file of one article by `who` with claims at `spans` (code points).
fn claims(who: &str, spans: &[(usize, usize)]) -> Workspace {
    let mut ws = Workspace::new();
    let d = ws.add_document("Outlet", "o.txt", TEXT);
    for &(start, end) in spans {
        ws.add_span(&d, start, end, Label::Claim).unwrap();
    }
    ws.identity.annotator = who.into();
    ws
}

#[test]
fn the_history_carried_over_to_changed_files_keeps_only_what_still_applies() {
    // Two items (the first and the second sentence), each chosen in its own step.
    let (ana, ben) = (
        claims("ana", &[(0, 48), (51, 67)]),
        claims("ben", &[(0, 48)]),
    );
    let old_files = [ana.clone(), ben.clone()];
    let mut old = curation(&old_files);
    assert_eq!(old.items.len(), 2);
    let mut h = History::default();
    for i in 0..2 {
        let before = old.clone();
        old.choose(i, Some(0)).unwrap();
        h.record(&before, &old);
    }
    // cleo's claim runs over both sentences: one item of three versions now. The first
    // choice carries over; the second is of the same item, decided otherwise, dropped.
    let new_files = [ana, ben, claims("cleo", &[(20, 60)])];
    let mut new = curation(&new_files);
    assert_eq!(new.items.len(), 1);
    let got = new.restore_choices(&old.saved_choices());
    assert_eq!((got.applied, got.dropped), (1, 1));
    let mut carried = h.carried_over(&old, &new);
    // Undo: the one step that applies (the first choice) is taken back; the second, which
    // would set the item from a version it does not have, is gone.
    assert!(carried.undo(&mut new));
    assert_eq!(choices(&new), [None]);
    assert!(!carried.undo(&mut new), "one step only");
    assert!(carried.redo(&mut new));
    assert_eq!(
        new.choice(0).map(|v| new.items[0].versions[v].end),
        Some(48)
    );
}

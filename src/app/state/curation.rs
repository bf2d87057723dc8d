//! The class view's curation state (plain Rust, tested natively): the curation of the
//! class's files, the undo history of its choices, which of them are saved in the browser
//! or exported, and what the Curation tab says of choices saved before and taken up again.
//! One reducer ([`CurationState::apply`]); the page's glue (making the curation when the
//! tab is shown, saving, reading saved choices, keys) is
//! `crate::app::components::curation_state`.
//!
//! - A new set of files ([`CurationAction::Reset`]) keeps the choices that still apply if
//!   it shares a file with the last (a student's file added, removed or read again, the
//!   key loaded), and the undo history where it still applies; choices of versions only
//!   a removed file had are kept aside and accepted again when it comes back. Another
//!   class's files carry nothing over.
//! - When no choice came over, the choices saved for these files come back
//!   ([`CurationAction::Restore`]), or those that still apply of changed files, with a
//!   notice counting those dropped.
//! - Every change of the choices is one undoable step and a new revision to save; the page
//!   asks before it is closed only while the choices are neither saved nor exported
//!   ([`CurationState::unsafe_to_close`]). With no choice left ("Start over") the files'
//!   record is deleted, not saved empty ([`Write::Delete`]), unless another record would
//!   then come back in its place.
//! - The saved curations are listed ([`CurationState::saved_list`]) and can be forgotten;
//!   beyond [`SAVED_CAP`] sets of files the oldest are dropped ([`records_to_drop`]),
//!   never the files curated now.

use crate::exercise::class::Class;
use crate::exercise::curate::{
    file_fingerprints, set_fingerprint, Curation, History, SavedChoice, SavedCuration,
};
use std::rc::Rc;

/// The curation of the class's files, its undo history and whether its choices are saved.
#[derive(Clone, PartialEq, Default)]
pub struct CurationState {
    /// The generation of the class's files it was made of (`None`: not made yet).
    pub generation: Option<u64>,
    /// The curation (`None`: fewer than two files), or why there is none.
    pub curation: Option<Result<Curation, String>>,
    /// The last curation and its files, while the files are too few for one: its choices
    /// are carried over to the next if it shares a file.
    kept: Option<(Curation, Files)>,
    /// The files curated (their fingerprint is the key the choices are saved under).
    files: Option<Files>,
    /// Choices carried over from the last files that are no version here (a student's
    /// file removed): taken up again if that version comes back (the file read again).
    aside: Rc<[SavedChoice]>,
    history: History,
    /// Counts the changes of the choices (0: none in this page yet).
    revision: u64,
    /// The last revision known to be saved, and the last exported.
    saved: u64,
    exported: u64,
    /// Why the choices could not be saved or read back, if they could not.
    pub storage_error: Option<String>,
    /// The curations saved in this browser, newest first, as last read and kept up with
    /// each save and forgetting (`None`: not read yet).
    pub saved_list: Option<Rc<[SavedEntry]>>,
    /// Whether another set of files' record would be taken up for these files if theirs
    /// were deleted: then "no choice" is saved as an empty record, not by deleting it.
    fallback: bool,
    /// What was taken up from the choices saved before (said until dismissed).
    pub notice: Option<String>,
    /// The first item the last undo or redo changed (the list shows its page); `None`
    /// after any other change.
    pub changed_item: Option<usize>,
}

/// The fingerprints of a set of files curated: the set's (the key its choices are saved
/// under) and each file's (to tell whether two sets share a file).
#[derive(Clone, PartialEq)]
pub struct Files {
    /// The set's fingerprint.
    pub set: Rc<str>,
    each: Rc<[String]>,
}

impl Files {
    /// The fingerprints of the files `class` curates.
    pub fn of(class: &Class) -> Files {
        let (files, _) = class.comparable_files();
        let files: Vec<&crate::model::Workspace> = files.iter().map(|f| &*f.workspace).collect();
        let each = file_fingerprints(&files);
        Files {
            set: set_fingerprint(&each).into(),
            each: each.into(),
        }
    }

    /// Whether the two sets have a file in common.
    fn share_a_file(&self, other: &Files) -> bool {
        self.each.iter().any(|f| other.each.contains(f))
    }
}

/// How many sets of files' curations are kept in the browser: beyond it the oldest saved
/// are dropped (never the files curated now).
pub const SAVED_CAP: usize = 50;

/// One curation saved in the browser, as the list of saved curations shows it.
#[derive(Clone, PartialEq, Debug)]
pub struct SavedEntry {
    /// The fingerprint of its files (the key it is saved under).
    pub files: Rc<str>,
    /// When it was last saved (ms since 1970).
    pub saved_at: f64,
    /// How many choices it holds.
    pub choices: usize,
    /// What the files are (see [`crate::exercise::Curation::about`]).
    pub about: String,
}

impl SavedEntry {
    /// The entry of a saved record.
    pub fn of(r: &SavedCuration) -> SavedEntry {
        SavedEntry {
            files: r.files.as_str().into(),
            saved_at: r.saved_at,
            choices: r.choices.len(),
            about: r.about.clone(),
        }
    }
}

/// What to write to the browser for the choices as they are.
#[derive(Clone, PartialEq, Debug)]
pub enum Write {
    /// Store this record (under its files' fingerprint).
    Put(SavedCuration),
    /// Delete the record of these files (no choice left).
    Delete(Rc<str>),
}

impl Write {
    /// The fingerprint of the files it is for.
    pub fn files(&self) -> Rc<str> {
        match self {
            Write::Put(r) => r.files.as_str().into(),
            Write::Delete(f) => f.clone(),
        }
    }
}

/// Of the saved `records`, the keys (files' fingerprints) to drop so that at most `cap`
/// sets of files stay saved once `current`'s is: the oldest first, never `current`'s.
pub fn records_to_drop(records: &[SavedCuration], current: &str, cap: usize) -> Vec<String> {
    let mut others: Vec<&SavedCuration> = records.iter().filter(|r| r.files != current).collect();
    // Newest first; room is kept for the current files' record.
    others.sort_by(|a, b| b.saved_at.total_cmp(&a.saved_at));
    others
        .iter()
        .skip(cap.saturating_sub(1))
        .map(|r| r.files.clone())
        .collect()
}

/// What the tab says when the choices could not be saved (`e`: the browser's reason):
/// what happened, in plain words, and what to do.
fn cannot_save(e: &str) -> String {
    let what = if e.contains("QuotaExceeded") {
        "the browser's storage for this page is full"
    } else if e.contains("does not offer") || e.contains(" open ") {
        "this browser does not let the page keep them (a private window, or site data turned off)"
    } else {
        "the browser refused to store them"
    };
    format!(
        "Your curation choices could not be saved: {what} ({e}). They stay in this page until it is closed: export the curated workspace to keep them (the page asks before it closes until you do)."
    )
}

/// Whether a change of choices is an undo or redo (the list then shows what changed).
enum Step {
    UndoRedo,
    Choice,
}

/// What changes the curation.
pub enum CurationAction {
    /// Accept version `.1` of item `.0`, or withdraw its choice (`None`).
    Choose(usize, Option<usize>),
    /// Accept version `.1` of item `.0`, or withdraw it if it is the accepted one.
    Toggle(usize, usize),
    /// Accept every item all agree on.
    AcceptAgreed,
    /// Accept the majority version of every item that has one.
    AcceptMajority,
    /// Withdraw every choice (one step, undone like any other).
    StartOver,
    /// Undo the last step of choices.
    Undo,
    /// Redo the last undone step.
    Redo,
    /// A new set of files: generation, curation and the files' fingerprints.
    Reset(u64, Option<Result<Curation, String>>, Option<Files>),
    /// The curation records saved in this browser, read for the files of this fingerprint.
    Restore(Rc<str>, Vec<SavedCuration>),
    /// The outcome of writing revision `.0` for the files of fingerprint `.1`: the entry
    /// stored, or their record deleted (`None`).
    Saved(u64, Rc<str>, Result<Option<SavedEntry>, String>),
    /// The saved curation of the files of this fingerprint was forgotten (deleted), or why
    /// not.
    Forgotten(Rc<str>, Result<(), String>),
    /// The saved choices could not be read (why).
    LookupFailed(String),
    /// The curated workspace was downloaded.
    Exported,
    /// Hide the notice of choices taken up.
    DismissNotice,
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// What the notice says of saved choices taken up: `applied` back, `dropped` no longer
/// applying, `exact` for the very files they were saved for.
fn restore_notice(applied: usize, dropped: usize, exact: bool) -> Option<String> {
    if exact {
        return (applied > 0).then(|| {
            format!(
                "Your {} for these files {} back.",
                plural(applied, "curation choice", "curation choices"),
                if applied == 1 { "is" } else { "are" }
            )
        });
    }
    let dropped_text = match dropped {
        0 => String::new(),
        n => format!(
            "; {} no longer {} and {} dropped",
            n,
            if n == 1 { "applies" } else { "apply" },
            if n == 1 { "was" } else { "were" }
        ),
    };
    Some(format!(
        "These files changed since your curation choices were saved: {} still {} and {} back{dropped_text}.",
        plural(applied, "choice", "choices"),
        if applied == 1 { "applies" } else { "apply" },
        if applied == 1 { "is" } else { "are" },
    ))
}

impl CurationState {
    /// Whether any version is accepted.
    pub fn has_choices(&self) -> bool {
        match &self.curation {
            Some(Ok(c)) => (0..c.items.len()).any(|i| c.choice(i).is_some()),
            _ => false,
        }
    }

    /// Whether a choice would be lost if the page were closed now: made, neither saved
    /// (yet, or saving failed) nor exported.
    pub fn unsafe_to_close(&self) -> bool {
        self.revision != self.saved && self.revision != self.exported && self.has_choices()
    }

    /// Counts the changes of the choices (0: none yet).
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// What to write, with its revision, when the choices as they are now are not known
    /// to be saved (`now`: the time to record, ms since 1970): the record, or with no
    /// choice left its deletion (unless another record would then be taken up instead).
    pub fn record_to_save(&self, now: f64) -> Option<(u64, Write)> {
        let (Some(files), Some(Ok(c))) = (&self.files, &self.curation) else {
            return None;
        };
        if self.revision == self.saved {
            return None;
        }
        let write = if self.has_choices() || self.fallback {
            Write::Put(SavedCuration::of(c, &files.set, now))
        } else {
            Write::Delete(files.set.clone())
        };
        Some((self.revision, write))
    }

    /// The fingerprint of the files curated now.
    pub fn files(&self) -> Option<&str> {
        self.files.as_ref().map(|f| &*f.set)
    }

    /// Whether the choices as they are now are saved in this browser (after a change).
    pub fn saved_now(&self) -> bool {
        self.revision > 0 && self.saved == self.revision
    }

    /// Whether a step can be undone.
    pub fn can_undo(&self) -> bool {
        self.history.can_undo()
    }

    /// Whether an undone step can be redone.
    pub fn can_redo(&self) -> bool {
        self.history.can_redo()
    }

    /// A new set of files: the choices of the last curation that still apply, and its undo
    /// history where it still applies, are kept if the two share a file (a student's file
    /// added, removed or read again, the key loaded). Another class's files, even of the same articles, carry nothing over:
    /// their own saved choices come back instead (see [`CurationState::restore`]).
    fn reset(
        &mut self,
        generation: u64,
        mut curation: Option<Result<Curation, String>>,
        files: Option<Files>,
    ) {
        let old = match (&self.curation, &self.files) {
            (Some(Ok(c)), Some(f)) => Some((c.clone(), f.clone())),
            _ => self.kept.take(),
        };
        let history = std::mem::take(&mut self.history);
        match (&mut curation, &files, old) {
            (Some(Ok(new)), Some(now), Some((old, was))) if now.share_a_file(&was) => {
                let mut wanted = old.saved_choices();
                wanted.extend(self.aside.iter().cloned());
                let (got, aside) = new.restore_choices_keeping(&wanted);
                self.aside = aside.into();
                if got.applied > 0 {
                    self.revision += 1;
                }
                // Undo goes on where it still applies.
                self.history = history.carried_over(&old, new);
            }
            (Some(Ok(_)), _, _) => self.aside = Rc::from([]),
            (_, _, old) => {
                // Too few files: the history waits with the last curation.
                self.kept = old;
                self.history = history;
            }
        }
        self.files = files;
        self.fallback = false;
        self.generation = Some(generation);
        self.curation = curation;
        self.notice = None;
    }

    /// Take up the best of the saved `records` for the files `files`, if they are still
    /// the files curated and no choice is made: none carried over from the last curation
    /// of this page (there is none after a reload, or it was of other articles) and none
    /// made since, which are newer than any saved.
    fn restore(&mut self, files: &str, records: &[SavedCuration]) {
        let mut list: Vec<SavedEntry> = records.iter().map(SavedEntry::of).collect();
        list.sort_by(|a, b| b.saved_at.total_cmp(&a.saved_at));
        self.saved_list = Some(list.into());
        let Some(Ok(c)) = &self.curation else {
            return;
        };
        if self.files() != Some(files) {
            return;
        }
        let others: Vec<SavedCuration> = records
            .iter()
            .filter(|r| r.files != files)
            .cloned()
            .collect();
        self.fallback = c.best_saved(files, &others).is_some();
        if self.has_choices() {
            return;
        }
        let Some((record, exact)) = c.best_saved(files, records) else {
            return;
        };
        let mut next = c.clone();
        let got = next.restore_choices(&record.choices);
        if self.history.record(c, &next) {
            self.revision += 1;
        }
        self.notice = restore_notice(got.applied, got.dropped, exact);
        self.curation = Some(Ok(next));
    }
}

impl CurationState {
    /// The state after `action`, as `use_reducer` takes it (the same `Rc` when nothing
    /// changed, so nothing is drawn again).
    pub fn apply(self: Rc<Self>, action: CurationAction) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            CurationAction::Reset(generation, curation, files) => {
                s.reset(generation, curation, files)
            }
            CurationAction::Restore(files, records) => s.restore(&files, &records),
            CurationAction::Saved(revision, files, Ok(entry)) => {
                s.saved = s.saved.max(revision);
                s.storage_error = None;
                if let Some(list) = &s.saved_list {
                    let mut list: Vec<SavedEntry> =
                        list.iter().filter(|e| e.files != files).cloned().collect();
                    list.splice(0..0, entry);
                    s.saved_list = Some(list.into());
                }
            }
            CurationAction::Saved(_, _, Err(e)) => s.storage_error = Some(cannot_save(&e)),
            CurationAction::Forgotten(files, Ok(())) => {
                if let Some(list) = &s.saved_list {
                    s.saved_list = Some(list.iter().filter(|e| e.files != files).cloned().collect());
                }
            }
            CurationAction::Forgotten(_, Err(e)) => {
                s.storage_error = Some(format!(
                    "The saved curation could not be forgotten ({e}); it is still saved. Try again, or clear this page's site data in the browser's settings."
                ))
            }
            CurationAction::LookupFailed(e) => {
                s.storage_error = Some(format!(
                    "Saved curation choices could not be read ({e}), so none came back. Choices you make now are kept in this page; export the curated workspace to keep them."
                ))
            }
            CurationAction::Exported => s.exported = s.revision,
            CurationAction::DismissNotice => s.notice = None,
            step => {
                if matches!(step, CurationAction::StartOver) {
                    s.notice = None;
                    s.aside = Rc::from([]);
                }
                let Some(Ok(c)) = &s.curation else {
                    return self;
                };
                // Cheap: the items and files are shared, only the choices are copied.
                let mut next = c.clone();
                let step_kind = match step {
                    CurationAction::Undo | CurationAction::Redo => Step::UndoRedo,
                    _ => Step::Choice,
                };
                let changed = match step {
                    CurationAction::Undo => s.history.undo(&mut next),
                    CurationAction::Redo => s.history.redo(&mut next),
                    step => {
                        // An action for an item that no longer exists (a stale click)
                        // changes nothing.
                        match step {
                            CurationAction::Choose(i, v) => {
                                let _ = next.choose(i, v);
                            }
                            CurationAction::Toggle(i, v) => {
                                let _ = next.toggle(i, v);
                            }
                            CurationAction::AcceptAgreed => {
                                next.accept_agreed();
                            }
                            CurationAction::AcceptMajority => {
                                next.accept_majority();
                            }
                            _ => next.clear(),
                        }
                        s.history.record(c, &next)
                    }
                };
                if !changed {
                    return if s.notice == self.notice {
                        self
                    } else {
                        Rc::new(s)
                    };
                }
                s.changed_item = if matches!(step_kind, Step::UndoRedo) {
                    (0..next.items.len()).find(|&i| next.choice(i) != c.choice(i))
                } else {
                    None
                };
                s.revision += 1;
                s.curation = Some(Ok(next));
            }
        }
        Rc::new(s)
    }
}

//! Curation choices kept between visits of the page: what is stored for a set of files
//! (a [`SavedCuration`], keyed by [`files_fingerprint`]) and how saved choices are taken up
//! again by a curation of the same or changed files ([`Curation::restore_choices`]).
//!
//! A saved choice names the accepted version by what identifies it whatever the files:
//! its article (the SHA-256 of the text, and which of the articles with that text it is),
//! its offsets and its label; not by item number, which changes when a file does. So the
//! choices of files that changed are carried over where they still apply, and the others
//! are counted as dropped.

use super::Curation;
use crate::model::{text_sha256, Label, Workspace};
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};

/// The `format` of a stored curation record.
pub const FORMAT: &str = "parallax-curation";
/// The version of the stored curation record this Parallax writes and reads.
pub const VERSION: u32 = 1;

/// One accepted version, by its article's text, its offsets and its label.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct SavedChoice {
    /// SHA-256 (hex) of the article's text.
    pub article: String,
    /// Which of the articles with that very text it is (0: the first).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub nth: usize,
    /// Start of the accepted span (code points, inclusive).
    pub start: usize,
    /// End of the accepted span (code points, exclusive).
    pub end: usize,
    /// The accepted span's label.
    pub label: Label,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// The choices of one curation as stored in the browser for its set of files.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SavedCuration {
    /// Always `FORMAT` ("parallax-curation").
    pub format: String,
    /// The record's version (`VERSION`, 1 today).
    pub version: u32,
    /// The [`files_fingerprint`] of the files curated.
    pub files: String,
    /// When it was saved (milliseconds since 1970, as the browser's clock gives them).
    pub saved_at: f64,
    /// What the files are, for a person (the first article's title, the annotators), so a
    /// list of saved curations can be told apart; empty in records of older versions.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub about: String,
    /// The students (annotators) of the files curated, so that another class's files with
    /// the same articles and key do not take up these choices; empty in records of older
    /// versions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub annotators: Vec<String>,
    /// The accepted versions.
    pub choices: Vec<SavedChoice>,
}

impl SavedCuration {
    /// The record of `curation`'s choices for the files of fingerprint `files`.
    pub fn of(curation: &Curation, files: &str, saved_at: f64) -> SavedCuration {
        SavedCuration {
            format: FORMAT.into(),
            version: VERSION,
            files: files.into(),
            saved_at,
            about: curation.about(),
            annotators: curation.annotators.to_vec(),
            choices: curation.saved_choices(),
        }
    }

    /// The record as stored (JSON).
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Read a stored record. Errors: not JSON, not a curation record, or a newer version
    /// (the message says which).
    pub fn parse(text: &str) -> Result<SavedCuration, String> {
        let v: serde_json::Value = serde_json::from_str(text)
            .map_err(|e| format!("the saved curation is not valid JSON ({e})"))?;
        if v.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
            return Err("the saved record is not a curation".into());
        }
        match v.get("version").and_then(|n| n.as_u64()) {
            Some(n) if n > VERSION as u64 => {
                return Err(format!(
                    "the saved curation is version {n}, newer than this Parallax reads ({VERSION})"
                ))
            }
            _ => {}
        }
        serde_json::from_value(v).map_err(|e| format!("the saved curation is damaged ({e})"))
    }
}

/// A fingerprint of a set of files by their contents (the SHA-256 of each file's Parallax
/// JSON, sorted, hashed again): the same files give the same fingerprint in any order and
/// after a reload; a file changed in any way gives another.
pub fn files_fingerprint(files: &[&Workspace]) -> String {
    set_fingerprint(&file_fingerprints(files))
}

/// The fingerprint of each file (the SHA-256 of its Parallax JSON), sorted: two sets of
/// files share a file when they share one of these.
pub fn file_fingerprints(files: &[&Workspace]) -> Vec<String> {
    let mut each: Vec<String> = files
        .iter()
        .map(|ws| text_sha256(&crate::formats::json::export(ws)))
        .collect();
    each.sort_unstable();
    each
}

/// The fingerprint of a set of files from [`file_fingerprints`] (as [`files_fingerprint`]).
pub fn set_fingerprint(each: &[String]) -> String {
    text_sha256(&each.join("\n"))
}

/// What taking up saved choices did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Restored {
    /// Saved choices accepted here (or already accepted here).
    pub applied: usize,
    /// Saved choices of these articles that no longer apply: the version is no longer
    /// anyone's, or its item was decided otherwise here.
    pub dropped: usize,
}

impl Curation {
    /// Each article of the first file by its text's SHA-256 and which of the articles with
    /// that text it is.
    fn article_keys(&self) -> Vec<(String, usize)> {
        let mut seen: HashMap<String, usize> = HashMap::new();
        self.base
            .documents
            .iter()
            .map(|d| {
                let sha = text_sha256(&d.text);
                let n = seen.entry(sha.clone()).or_insert(0);
                *n += 1;
                (sha, *n - 1)
            })
            .collect()
    }

    /// Each version's identity whatever the files (`[item][version]`): as a saved choice
    /// names it (see [`SavedChoice`]).
    pub(super) fn version_ids(&self) -> Vec<Vec<SavedChoice>> {
        let docs = self.article_keys();
        self.items
            .iter()
            .map(|it| {
                let Some((article, nth)) = docs.get(it.doc) else {
                    return Vec::new();
                };
                it.versions
                    .iter()
                    .map(|v| SavedChoice {
                        article: article.clone(),
                        nth: *nth,
                        start: v.start,
                        end: v.end,
                        label: v.label,
                    })
                    .collect()
            })
            .collect()
    }

    /// What the files curated are, for a person: the first article's title (and how many
    /// more), and the annotators.
    pub fn about(&self) -> String {
        let docs = &self.base.documents;
        let title = docs.first().map(|d| d.title.trim()).unwrap_or_default();
        let title = match (title, docs.len()) {
            ("", n) => format!("{n} article{}", if n == 1 { "" } else { "s" }),
            (t, 1) => format!("\u{201c}{t}\u{201d}"),
            (t, n) => format!("\u{201c}{t}\u{201d} and {} more", n - 1),
        };
        format!("{title}; {}", self.annotators.join(", "))
    }

    /// The accepted versions, as they are stored.
    pub fn saved_choices(&self) -> Vec<SavedChoice> {
        let docs = self.article_keys();
        self.items
            .iter()
            .enumerate()
            .filter_map(|(i, it)| {
                let v = it.versions.get(self.choice(i)?)?;
                let (article, nth) = docs.get(it.doc)?.clone();
                Some(SavedChoice {
                    article,
                    nth,
                    start: v.start,
                    end: v.end,
                    label: v.label,
                })
            })
            .collect()
    }

    /// Accept each saved choice that is a version of an item here and whose item is
    /// undecided; choices already made here are kept. Saved choices of other articles
    /// (another class's) are neither applied nor dropped.
    pub fn restore_choices(&mut self, saved: &[SavedChoice]) -> Restored {
        self.restore_choices_keeping(saved).0
    }

    /// As [`restore_choices`](Curation::restore_choices), and the saved choices whose
    /// version is not one here (its annotator's file removed, or of other articles), to be
    /// tried again when the files change once more (the file read again).
    pub fn restore_choices_keeping(
        &mut self,
        saved: &[SavedChoice],
    ) -> (Restored, Vec<SavedChoice>) {
        let docs = self.article_keys();
        let here: HashSet<(&str, usize)> = docs.iter().map(|(s, n)| (s.as_str(), *n)).collect();
        // (article, nth, start, end, label) -> (item, version)
        type Place<'a> = (&'a str, usize, usize, usize, Label);
        let mut at: HashMap<Place, (usize, usize)> = HashMap::new();
        for (i, it) in self.items.iter().enumerate() {
            let Some((sha, nth)) = docs.get(it.doc) else {
                continue;
            };
            for (v, ver) in it.versions.iter().enumerate() {
                at.insert((sha, *nth, ver.start, ver.end, ver.label), (i, v));
            }
        }
        let mut r = Restored::default();
        let mut missing = Vec::new();
        for s in saved {
            let found = at.get(&(s.article.as_str(), s.nth, s.start, s.end, s.label));
            match found {
                Some(&(i, v)) if self.choices[i].is_none() || self.choices[i] == Some(v) => {
                    self.choices[i] = Some(v);
                    r.applied += 1;
                }
                Some(_) => r.dropped += 1,
                None => {
                    if here.contains(&(s.article.as_str(), s.nth)) {
                        r.dropped += 1;
                    }
                    missing.push(s.clone());
                }
            }
        }
        (r, missing)
    }

    /// Of the saved records, the one to take up for these files (fingerprint `files`):
    /// the record of these very files if there is one (`true`), else, of the records that
    /// share a student with these files (files re-submitted or changed, not another class
    /// with the same key), the one with the most choices that still apply here, the newest
    /// on a tie (`false`); `None` when no record qualifies.
    pub fn best_saved<'a>(
        &self,
        files: &str,
        records: &'a [SavedCuration],
    ) -> Option<(&'a SavedCuration, bool)> {
        if let Some(r) = records.iter().find(|r| r.files == files) {
            return Some((r, true));
        }
        let mut best: Option<(&SavedCuration, Restored)> = None;
        let shares_a_student = |r: &SavedCuration| {
            r.annotators.is_empty() || r.annotators.iter().any(|a| self.annotators.contains(a))
        };
        for r in records.iter().filter(|r| shares_a_student(r)) {
            let got = self.clone().restore_choices(&r.choices);
            if got.applied + got.dropped == 0 {
                continue;
            }
            let better = match &best {
                None => true,
                Some((b, bg)) => {
                    got.applied > bg.applied
                        || (got.applied == bg.applied && r.saved_at > b.saved_at)
                }
            };
            if better {
                best = Some((r, got));
            }
        }
        best.map(|(r, _)| (r, false))
    }
}

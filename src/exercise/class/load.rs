//! Reading a file into the class view: a workspace file becomes a [`ClassFile`]; one that
//! cannot be read gives a short [`FileNotice`] naming the file and what is wrong, with the
//! whole reason as details. A file whose articles' text changed after its spans were made
//! keeps its bytes in the notice, so the trainer can load it again with its spans
//! re-anchored by quote, as the page's Import does (trial 25, U2: the student was simply
//! dropped), onto the answer key's text of the articles it changed when the key is loaded
//! (so the student is graded on them). What re-anchoring cannot place is named
//! ([`crate::formats::left_out_notice`], the Import's words).

use super::ClassFile;
use crate::exercise::grade::{the_article, FoundBy, Names};
use crate::formats::{self, FormatError, ImportOptions};
use crate::model::Workspace;
use std::rc::Rc;

/// Something to tell about a file loaded into the class (or not).
#[derive(Debug, Clone, PartialEq)]
pub struct FileNotice {
    /// The file's name.
    pub file: String,
    /// An error (the file, or part of it, was not loaded) or information.
    pub error: bool,
    /// One or two sentences: the file and what is wrong or was done.
    pub summary: String,
    /// Everything, one item a line, shown folded; empty when the summary says it all.
    pub details: String,
    /// The file's bytes when re-anchoring by quote can load it ([`read_class_file`] with
    /// `reanchor`); `None` otherwise.
    pub reanchor: Option<Rc<[u8]>>,
}

/// How many problems a refusal lists: `N` of "N problems were found:", else 1.
fn problem_count(e: &FormatError) -> usize {
    let first = e.message.lines().next().unwrap_or("");
    first
        .strip_suffix(" problems were found:")
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or(1)
}

/// The notice for a file that could not be read.
fn refused(name: &str, bytes: Rc<[u8]>, e: FormatError) -> FileNotice {
    let full = formats::naming("Could not read", name, name, &e.message);
    if e.can_reanchor {
        let n = problem_count(&e);
        let spans = if n == 1 {
            "one of its spans no longer sits".to_string()
        } else {
            format!("{n} of its spans no longer sit")
        };
        // Offsets in UTF-16 units (trial 42, F3): the text is the same, the counting is not.
        let why = if e.utf16_offsets {
            format!(
                "its spans' offsets look like UTF-16 code units (JavaScript string indices) \
                 while Parallax counts code points, so after an emoji {spans} on their text \
                 (the articles' text did not change)"
            )
        } else if e.offsets_misplaced {
            // The text is the same (its recorded SHA-256 matches): the spans moved.
            format!(
                "{spans} on its quoted text, though the articles' text did not change (it \
                 matches the SHA-256 the file records): the offsets were misplaced"
            )
        } else {
            format!(
                "the text of its articles changed after its spans were made, so {spans} on \
                 their text"
            )
        };
        return FileNotice {
            file: name.to_string(),
            error: true,
            summary: format!(
                "{name} was not loaded: {why}. Re-anchor by quote loads it with each \
                 span placed by its quoted text (on the answer key's text of a changed \
                 article, when the key is loaded); what cannot be placed is left out and \
                 named."
            ),
            details: full,
            reanchor: Some(bytes),
        };
    }
    // Other refusals: the first line of the reason, the rest folded.
    let first = e.message.lines().next().unwrap_or("");
    let summary = formats::naming(
        "Could not read",
        name,
        name,
        &crate::model::text::ellipsize(first, 200),
    );
    let details = if summary == full { String::new() } else { full };
    FileNotice {
        file: name.to_string(),
        error: true,
        summary,
        details,
        reanchor: None,
    }
}

/// A Parallax JSON file's `bytes` with the text of each article the answer key `key` does
/// not hold replaced by the key's text of the same article (the one key article of that
/// title, else of that id, that the file does not hold), and the titles replaced; `None`
/// when there is none (or the file is not Parallax JSON). The students' spans were made on
/// the exercise's text: placed by their quotes on the key's text, they are graded with the
/// rest of the class, where the file's own changed copy of the article would not be.
fn onto_key_texts(bytes: &[u8], key: &Workspace) -> Option<(Vec<u8>, Vec<String>)> {
    let mut v: serde_json::Value = serde_json::from_slice(bytes).ok()?;
    let docs = v.get_mut("documents")?.as_array_mut()?;
    let field = |d: &serde_json::Value, f: &str| {
        d.get(f)
            .and_then(|x| x.as_str())
            .unwrap_or_default()
            .to_string()
    };
    let own: Vec<String> = docs.iter().map(|d| field(d, "text")).collect();
    // A key article another of the file's articles holds by its text is no one's copy.
    let free = |k: &crate::model::Document| !own.iter().any(|t| **t == *k.text);
    let mut replaced = Vec::new();
    for d in docs.iter_mut() {
        let (title, id) = (field(d, "title"), field(d, "id"));
        let names = Names {
            title: &title,
            id: &id,
        };
        let text = match the_article(&field(d, "text"), names, key.documents.iter(), free) {
            Some((k, FoundBy::Copy)) => Some(k.text.clone()),
            Some((_, FoundBy::Text)) | None => None,
        };
        if let Some(text) = text {
            d["text"] = serde_json::Value::String(text.to_string());
            // The file's checksum was of its own copy: not a sign of the key's text changed.
            if let Some(o) = d.as_object_mut() {
                o.remove("sha256");
            }
            replaced.push(title);
        }
    }
    if replaced.is_empty() {
        return None;
    }
    Some((serde_json::to_vec(&v).ok()?, replaced))
}

/// Import a student's file `name` (`bytes`, any importable format) with its spans
/// re-anchored by their quotes, on the answer key `key`'s text of each article the file
/// changed ([`onto_key_texts`]: the key's article of the same title, else id) so that it
/// is graded on the exercise's text; on its own text when no article matches (or the
/// file is not Parallax JSON). Returns what was imported (what could not be placed is in
/// [`formats::Imported::left_out`]) and the titles of the articles whose text was the
/// key's, empty when none. The class view's *Re-anchor by quote*, `parallax grade
/// --reanchor` and `parallax convert --reanchor --onto KEY` share it (trial 26, F6).
///
/// Errors: the file cannot be read even with re-anchoring (the import's error).
pub fn import_onto_key(
    name: &str,
    bytes: &[u8],
    key: &Workspace,
) -> Result<(formats::Imported, Vec<String>), FormatError> {
    let onto = onto_key_texts(bytes, key);
    let read = onto.as_ref().map_or(bytes, |(b, _)| &b[..]);
    let imported = formats::import_with(name, read, &ImportOptions { reanchor: true })?;
    Ok((imported, onto.map(|(_, t)| t).unwrap_or_default()))
}

/// A notice for a student's file `file` that holds its own changed copy of an article of
/// the answer key `key` (the same title, else id; trial 40 T7: one word changed, spans
/// made on that copy): that article is left out of its grade, so the notice offers
/// *Re-anchor by quote* onto the key's text (the file's workspace as Parallax JSON in
/// [`FileNotice::reanchor`]); `None` when every article of the file is the key's or has
/// no key article to go onto.
pub fn own_copy_notice(file: &ClassFile, key: &Workspace) -> Option<FileNotice> {
    // Most files hold only the key's articles: nothing to write out then.
    let in_key = |d: &crate::model::Document| key.documents.iter().any(|k| k.text == d.text);
    if file.workspace.documents.iter().all(in_key) {
        return None;
    }
    let bytes = formats::json::export(&file.workspace).into_bytes();
    let (_, titles) = onto_key_texts(&bytes, key)?;
    // How the copies differ, when only in form (trial 42, F2: CRLF -> LF).
    let pairs = file.workspace.documents.iter().filter_map(|d| {
        let k = key
            .documents
            .iter()
            .find(|k| k.title == d.title && k.text != d.text)?;
        titles.contains(&d.title).then(|| (&*k.text, &*d.text))
    });
    let how = super::super::same_text::only_form_differs(pairs, "the key's", "the student's");
    let titles: Vec<String> = titles.iter().map(|t| format!("{t:?}")).collect();
    let (copy, article) = if titles.len() == 1 {
        ("copy", "that article is")
    } else {
        ("copies", "those articles are")
    };
    let name = &file.name;
    let redo = if how.is_empty() {
        ""
    } else {
        " Nothing needs to be redone."
    };
    Some(FileNotice {
        file: name.clone(),
        error: false,
        summary: format!(
            "{name} has its own {copy} of {} with a text that differs from the answer \
             key's{how}, so {article} left out of its grade.{redo} Re-anchor by quote grades \
             its spans on the key's text, each placed by its quoted text.",
            titles.join(", ")
        ),
        details: String::new(),
        reanchor: Some(Rc::from(bytes)),
    })
}

/// Where the class view says that a student's file is left out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LeftOutOf {
    /// The Grades tab: the file is not graded.
    Grades,
    /// The Agreement and Curation tabs: the file is not compared.
    AgreementAndCuration,
}

/// What a tab of the class view says of the student's file `file` left out of `of`, whose
/// whole reason is `reason`; with whether it is the short form. When one of `notices`
/// (the file notices shown above the tabs) is about that file and offers *Re-anchor by
/// quote* ([`FileNotice::reanchor`]), that notice already says why and is where the
/// trainer acts: the tab says so in one short sentence (trial 47: the message of a
/// student's file whose line ends were changed, "only the line ends differ …", was shown
/// in full in its notice, the Grades tab and the Agreement and Curation tabs). Otherwise,
/// or once that notice is dismissed, the tab says the whole `reason`.
pub fn left_out_sentence<'a>(
    file: &str,
    reason: &str,
    of: LeftOutOf,
    notices: impl IntoIterator<Item = &'a FileNotice>,
) -> (String, bool) {
    let told = notices
        .into_iter()
        .any(|n| n.file == file && n.reanchor.is_some());
    if !told {
        return (reason.to_string(), false);
    }
    let said = match of {
        LeftOutOf::Grades => format!(
            "{file} is not graded: the notice about it above says why; its Re-anchor by \
             quote grades it."
        ),
        LeftOutOf::AgreementAndCuration => format!(
            "Left out of agreement and curation: {file}. The notice about it above says \
             why; its Re-anchor by quote brings it in."
        ),
    };
    (said, true)
}

/// What was done to file `name` re-anchored onto the key's text of the articles `titles`,
/// `moved` spans moved (named where `see` says) and `left_out` items that could not be
/// placed (named where `see` says; trial 27: "every span sits on its quoted text" was
/// said even when some could not be placed): one sentence for the class view's notice
/// and `parallax grade --reanchor`.
pub fn onto_key_summary(
    name: &str,
    titles: &[String],
    moved: usize,
    left_out: usize,
    see: &str,
) -> String {
    let titles: Vec<String> = titles.iter().map(|t| format!("{t:?}")).collect();
    let items = |n: usize| if n == 1 { "item" } else { "items" };
    let moved = match (moved, left_out) {
        (0, 0) => "every span sits on its quoted text there".to_string(),
        (0, l) => format!(
            "no span had to be moved, but {l} {} could not be placed and {} left out ({see})",
            items(l),
            if l == 1 { "is" } else { "are" }
        ),
        (1, _) => format!("1 span was moved to where its text occurs ({see})"),
        (n, _) => format!("{n} spans were moved to where their text occurs ({see})"),
    };
    let also = match (moved.starts_with("no span"), left_out) {
        (false, l) if l > 0 => format!(
            "; {l} {} could not be placed and {} left out",
            items(l),
            if l == 1 { "is" } else { "are" }
        ),
        _ => String::new(),
    };
    format!(
        "{name} was loaded with the answer key's text of {} in place of its own changed \
         copy, so it is graded on it: {moved}{also}.",
        titles.join(", ")
    )
}

/// Read file `name` (`bytes`, any importable format) for the class, re-anchoring spans
/// whose text moved when `reanchor`: the file, if it could be read, and what to tell about
/// it: why it was refused (with the bytes to re-anchor when that can help); after
/// re-anchoring, how many spans were moved (each named in the details) and, as an error,
/// what could not be placed and was left out.
///
/// Re-anchoring a student's file with the answer key `key` loaded first puts the key's text
/// in place of each article the file changed ([`onto_key_texts`]: the same title, or id),
/// so the spans are placed by their quotes on the exercise's text and graded on it; it
/// says so. Otherwise (the key's own file, or no article to match) they are placed on the
/// file's own text, as the page's *Import…* does.
pub fn read_class_file(
    name: &str,
    bytes: Rc<[u8]>,
    reanchor: bool,
    key: Option<&Workspace>,
) -> (Option<ClassFile>, Vec<FileNotice>) {
    let (imported, onto) = match key.filter(|_| reanchor) {
        Some(k) => match import_onto_key(name, &bytes, k) {
            Ok(x) => x,
            Err(e) => return (None, vec![refused(name, bytes, e)]),
        },
        None => match formats::import_with(name, &bytes, &ImportOptions { reanchor }) {
            Ok(i) => (i, Vec::new()),
            Err(e) => return (None, vec![refused(name, bytes, e)]),
        },
    };
    let mut notices = Vec::new();
    if !onto.is_empty() {
        notices.push(FileNotice {
            file: name.to_string(),
            error: false,
            summary: onto_key_summary(
                name,
                &onto,
                imported.warnings.len(),
                imported.left_out.len(),
                "see the details",
            ),
            details: imported.warnings.join("\n"),
            reanchor: None,
        });
    } else if reanchor && !imported.warnings.is_empty() {
        let n = imported.warnings.len();
        notices.push(FileNotice {
            file: name.to_string(),
            error: false,
            summary: format!(
                "{name} was loaded with re-anchoring: {n} note{} on spans moved to where \
                 their text occurs now (see the details); check them in its feedback.",
                if n == 1 { "" } else { "s" }
            ),
            details: imported.warnings.join("\n"),
            reanchor: None,
        });
    }
    if !imported.left_out.is_empty() {
        let text = formats::left_out_notice(name, &imported.left_out);
        let (first, rest) = text.split_once('\n').unwrap_or((&text, ""));
        notices.push(FileNotice {
            file: name.to_string(),
            error: true,
            summary: first.trim_end_matches(':').to_string() + ".",
            details: rest.to_string(),
            reanchor: None,
        });
    }
    let file = ClassFile {
        name: name.to_string(),
        workspace: Rc::new(imported.workspace),
    };
    (Some(file), notices)
}

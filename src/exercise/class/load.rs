//! Reading a file into the class view: a workspace file becomes a [`ClassFile`]; one that
//! cannot be read gives a short [`FileNotice`] naming the file and what is wrong, with the
//! whole reason as details. A file whose articles' text changed after its spans were made
//! keeps its bytes in the notice, so the trainer can load it again with its spans
//! re-anchored by quote, as the page's Import does (trial 25, U2: the student was simply
//! dropped). What re-anchoring cannot place is named
//! ([`crate::formats::left_out_notice`], the Import's words).

use super::ClassFile;
use crate::formats::{self, FormatError, ImportOptions};
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
    let full = format!("Could not read {name}: {e}");
    if e.can_reanchor {
        let n = problem_count(&e);
        let spans = if n == 1 {
            "one of its spans no longer sits".to_string()
        } else {
            format!("{n} of its spans no longer sit")
        };
        return FileNotice {
            file: name.to_string(),
            error: true,
            summary: format!(
                "{name} was not loaded: the text of its articles changed after its spans \
                 were made, so {spans} on their text. Re-anchor by quote loads it with each \
                 span moved to where its text occurs now; what cannot be placed is left \
                 out and named."
            ),
            details: full,
            reanchor: Some(bytes),
        };
    }
    // Other refusals: the first line of the reason, the rest folded.
    let first = e.message.lines().next().unwrap_or("");
    let summary = format!(
        "Could not read {name}: {}",
        crate::model::text::ellipsize(first, 200)
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

/// Read file `name` (`bytes`, any importable format) for the class, re-anchoring spans
/// whose text moved when `reanchor`: the file, if it could be read, and what to tell about
/// it: why it was refused (with the bytes to re-anchor when that can help); after
/// re-anchoring, how many spans were moved (each named in the details) and, as an error,
/// what could not be placed and was left out.
pub fn read_class_file(
    name: &str,
    bytes: Rc<[u8]>,
    reanchor: bool,
) -> (Option<ClassFile>, Vec<FileNotice>) {
    let imported = match formats::import_with(name, &bytes, &ImportOptions { reanchor }) {
        Ok(i) => i,
        Err(e) => return (None, vec![refused(name, bytes, e)]),
    };
    let mut notices = Vec::new();
    if reanchor && !imported.warnings.is_empty() {
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

//! Reading articles and importing/exporting workspaces.
//!
//! - [`read_article`]: bytes of a .txt/.md/.html file -> title and plain text.
//! - [`export`] / [`import`]: a whole workspace to and from a file in one of the
//!   [`Format`]s. `import` detects the format from the content.
//!
//! (Skeleton: only Parallax JSON and UTF-8 plain text so far.)

pub mod json;

use crate::model::Workspace;
use std::fmt;

/// The export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Parallax JSON: the whole workspace, lossless.
    Parallax,
    /// One document a line: `{"text", "spans": [...]}` (doccano / spaCy).
    Jsonl,
    /// W3C Web Annotation JSON-LD.
    W3c,
    /// brat standoff, `.txt` + `.ann` per document, zipped.
    Brat,
}

/// A file ready to download or write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exported {
    pub file_name: String,
    pub mime: String,
    pub bytes: Vec<u8>,
}

/// A workspace read from a file, with anything the user should know (labels not
/// recognised, spans re-anchored, ...).
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    pub workspace: Workspace,
    pub warnings: Vec<String>,
}

/// An article read from a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    pub title: String,
    pub text: String,
    /// Things the user should be told, e.g. "decoded as Windows-1252".
    pub notes: Vec<String>,
}

/// Why a file could not be read. The message names what was wrong and what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatError {
    pub message: String,
}

impl FormatError {
    pub fn new(message: impl Into<String>) -> Self {
        FormatError {
            message: message.into(),
        }
    }
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for FormatError {}

/// Export the workspace in `format`.
pub fn export(ws: &Workspace, format: Format) -> Exported {
    match format {
        _ => Exported {
            file_name: "parallax.json".into(),
            mime: "application/json".into(),
            bytes: json::export(ws).into_bytes(),
        },
    }
}

/// Import a workspace from a file of any importable format.
pub fn import(file_name: &str, bytes: &[u8]) -> Result<Imported, FormatError> {
    let text = std::str::from_utf8(bytes)
        .map_err(|_| FormatError::new(format!("{file_name} is not UTF-8 text")))?;
    Ok(Imported {
        workspace: json::import(text)?,
        warnings: Vec::new(),
    })
}

/// Read an article from a text, Markdown or HTML file.
pub fn read_article(file_name: &str, bytes: &[u8]) -> Result<Article, FormatError> {
    let text = std::str::from_utf8(bytes)
        .map_err(|_| FormatError::new(format!("{file_name} is not UTF-8 text")))?;
    let title = text
        .lines()
        .find(|l| !l.trim().is_empty())
        .unwrap_or(file_name)
        .trim();
    Ok(Article {
        title: title.to_string(),
        text: text.to_string(),
        notes: Vec::new(),
    })
}

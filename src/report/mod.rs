//! Coverage at a glance: the fact-by-outlet [`matrix`], the [`attribution`] summary and
//! the self-contained printable report ([`html`]). Plain Rust over the workspace; the
//! page's "More… → Coverage report" and `parallax report` both call [`report_html`].

pub mod attribution;
pub mod credit;
pub mod html;
pub mod matrix;

use crate::formats;
use crate::model::Workspace;

/// The report of a workspace as one self-contained HTML document (see [`html`]).
pub fn report_html(ws: &Workspace) -> String {
    html::render(ws)
}

/// The report of a workspace file (any format [`formats::import`] reads): the HTML, and
/// the import's warnings. Errors: the import's message, naming the file.
pub fn report_from_file(
    file_name: &str,
    bytes: &[u8],
) -> Result<(String, Vec<String>), formats::FormatError> {
    let imported = formats::import(file_name, bytes)?;
    // What was left out (a link to a span the file does not have) is said with the rest.
    let mut warnings = imported.warnings;
    warnings.extend(imported.left_out);
    Ok((report_html(&imported.workspace), warnings))
}

/// The suggested file name of a downloaded report when the workspace names no exercise
/// and no annotator.
pub const FILE_NAME: &str = "parallax-report.html";

/// The suggested file name of workspace `ws`'s report, named like every other export
/// (`defector-exercise.maria.parallax-report.html`, see
/// [`crate::exercise::export_file_name`]); [`FILE_NAME`] when both names are empty.
pub fn file_name(ws: &Workspace) -> String {
    crate::exercise::export_file_name(ws, FILE_NAME)
}

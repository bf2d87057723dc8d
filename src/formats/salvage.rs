//! Partial recovery of a saved workspace that no longer imports as a whole: keep every
//! article, span, link and relation that is still valid, and say what was left out.
//!
//! The app's restore code calls it when the autosaved workspace is damaged. It imports the
//! file with the same checks as any import, in their lenient mode: each bad item is left
//! out and named, with what depended on it (see [`super::json`]).

use super::{json, ImportOptions};
use crate::model::Workspace;
use serde_json::Value;

/// Try to recover what is valid from `raw` (Parallax JSON that failed to import).
/// Returns the workspace and one message per item left out (and the import's other
/// warnings), or `None` if the text is not even a JSON object with a list of documents,
/// or not Parallax JSON of a version this Parallax reads (then nothing can be recovered).
pub fn salvage(raw: &str) -> Option<(Workspace, Vec<String>)> {
    let v: Value = serde_json::from_str(raw).ok()?;
    v.get("documents")?.as_array()?;
    let options = ImportOptions { reanchor: true };
    let imported = json::import_value_lenient(v, &options).ok()?;
    Some((imported.workspace, imported.warnings))
}

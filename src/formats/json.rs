//! Parallax JSON: the lossless workspace format.
//! (Skeleton: the real implementation replaces this.)

use super::FormatError;
use crate::model::Workspace;

/// Serialise the workspace.
pub fn export(ws: &Workspace) -> String {
    let mut v = serde_json::to_value(ws).unwrap_or_default();
    if let Some(o) = v.as_object_mut() {
        o.insert("format".into(), "parallax".into());
        o.insert("version".into(), 1.into());
    }
    serde_json::to_string_pretty(&v).unwrap_or_default()
}

/// Parse and validate a workspace.
pub fn import(text: &str) -> Result<Workspace, FormatError> {
    let mut ws: Workspace = serde_json::from_str(text)
        .map_err(|e| FormatError::new(format!("not a Parallax workspace: {e}")))?;
    if let Some(p) = ws.validate().first() {
        return Err(FormatError::new(p.to_string()));
    }
    ws.renumber_after_import();
    Ok(ws)
}

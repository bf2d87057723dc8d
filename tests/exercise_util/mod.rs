//! Shared helpers for the exercise tests: grading a student's file against a key under
//! fixed file names, and a student's copy made through Label Studio.
#![allow(dead_code)]

use parallax::exercise::grade::{grade, StudentGrade};
use parallax::exercise::Annotated;
use parallax::formats::{export, import, Format};
use parallax::model::Workspace;

/// `student` (file `maria.json`) graded against `key` (file `key.json`).
pub fn graded(key: &Workspace, student: &Workspace) -> StudentGrade {
    grade(
        Annotated::new("key.json", key),
        Annotated::new("maria.json", student),
    )
    .expect("graded")
}

/// `ws` exported to Label Studio by the app's own exporter and imported again: a student's
/// copy from Label Studio.
pub fn label_studio_copy(ws: &Workspace) -> Workspace {
    let exported = export(ws, Format::LabelStudio);
    import("ann.json", &exported.bytes)
        .expect("Label Studio import")
        .workspace
}

//! Parallax: annotate news coverage side by side and link claims across sources.
//!
//! The core is plain Rust with no web dependencies:
//! - [`model`]: documents, spans, links, relations, the workspace, undo, offsets.
//! - [`matcher`]: sentence segmentation, normalisation, pair scores with reasons and
//!   discrepancy flags, candidate index. Works on plain strings; depends on nothing of ours.
//! - [`formats`]: reading articles (txt/md/html, any encoding) and importing/exporting
//!   workspaces (Parallax JSON, JSONL, W3C Web Annotation, brat).
//! - [`exercise`]: newsroom exercises: grading students against an answer key (the
//!   SemEval-2013 schemes as nervaluate defines them), agreement (Krippendorff's alpha_U,
//!   pairwise F1) and adjudication into a curated workspace.
//! - [`linking`]: the matcher applied to a workspace: suggestions for the user's claim and
//!   quote spans, unlabelled matches, accepting a suggestion as a span plus link.
//! - [`report`]: the fact-by-outlet matrix, the attribution summary and the printable,
//!   self-contained HTML coverage report.
//!
//! The browser app (`app`: its state and reducer are plain Rust, compiled and tested
//! natively; the Yew layer is wasm32 only) and the `parallax` CLI are built on top.

#![warn(missing_docs)]

pub mod exercise;
pub mod formats;
pub mod linking;
pub mod matcher;
pub mod model;
pub mod report;

// The app is the thin UI layer over the core, not the documented library API. Its
// state (`app::state`, `app::coverage`) builds everywhere; the Yew layer only for wasm32.
#[allow(missing_docs)]
pub mod app;

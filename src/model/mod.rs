//! The document model: articles, labelled spans, cross-source links, attribution
//! relations, the workspace that holds them, undo history, and offset conversion.
//!
//! Plain Rust with no web dependencies; the app, the CLI and the formats build on it.

pub mod change;
pub mod history;
pub mod names;
pub mod offsets;
pub mod rules;
pub mod text;
pub mod types;
pub mod workspace;

pub use history::History;
pub use rules::Builder;
pub use types::*;
pub use workspace::{text_sha256, ModelError, Workspace};

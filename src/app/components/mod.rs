//! The app's components, one per file. Each takes cheap-to-compare props so Yew skips
//! re-rendering what did not change.

pub mod article_column;
pub mod help;
pub mod import_dialog;
pub mod inspector;
pub mod links;
pub mod loader;
pub mod modal;
pub mod notices;
pub mod paragraph;
pub mod suggestions;
pub mod toolbar;
pub mod workspaces;

//! The app's components, one per file. Each takes cheap-to-compare props so Yew skips
//! re-rendering what did not change.

pub mod agreement_view;
pub mod article_column;
pub mod class_notices;
pub mod class_table;
pub mod classroom;
pub mod curation_state;
pub mod curation_view;
pub mod deferred;
pub mod feedback_list;
pub mod flag_chip;
pub mod help;
pub mod identity_bar;
pub mod import_dialog;
pub mod inspector;
pub mod kept_text;
pub mod left_out;
pub mod links;
pub mod loader;
pub mod matrix_view;
pub mod modal;
pub mod note_editor;
pub mod notices;
pub mod outlet_meta;
pub mod overview;
pub mod para_block;
pub mod paragraph;
pub mod suggestion_group;
pub mod suggestions;
pub mod switcher;
pub mod toolbar;
pub mod unlabelled;
pub mod workspaces;

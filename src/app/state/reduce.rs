//! The reducer: one [`Action`] applied to an [`AppState`], giving the next state.
//!
//! Plain Rust: the browser wraps it in `yew::Reducible` (a few lines in the wasm-only
//! glue); native tests call [`reduce`] directly.

use super::coverage;
use super::Action;
use super::{AppState, Autosave, NoticeAction, NoticeKind, SAMPLES};
use crate::formats;
use std::rc::Rc;

/// What Undo says with no change to take back in a workspace that has work in it: the
/// history holds this page's changes since the workspace was opened, and a reload starts
/// it empty (trial 36, F15), while the work itself is saved.
pub const NOTHING_TO_UNDO: &str = "Nothing to undo: the undo history holds the changes made \
    since this page opened the workspace, and it starts empty after a reload. Your work \
    itself is saved.";

/// What a paste of nothing visible (white space or invisible characters only: zero-width
/// spaces, joiners, direction marks, a BOM) is refused with: named once, with what to do.
pub const BLANK_PASTE: &str = "Pasted text contains only white space or invisible characters \
                               (such as zero-width spaces): paste the article's own text.";

/// Apply `action` to `state`. Actions that change the workspace are refused with a notice
/// (nothing else changes) while the tab is read-only or no workspace is open yet. A
/// successful autosave that changes nothing returns the same `Rc`, so nothing re-renders.
/// Cheap to call: the history holds `Rc` snapshots.
pub fn reduce(state: Rc<AppState>, action: Action) -> Rc<AppState> {
    if matches!(action, Action::Saved(Ok(()))) && state.autosave == Autosave::Working {
        return state;
    }
    if matches!(action, Action::PickSelected)
        && (state.selected.is_none() || (state.connecting.is_none() && state.linking.is_none()))
    {
        return state;
    }
    let mut s = Rc::unwrap_or_clone(state);
    // Enter in attribution or manual-link mode: a click on the selected span.
    let action = match action {
        Action::PickSelected => Action::ClickSpan(s.selected.clone().unwrap_or_default()),
        action => action,
    };
    // In manual-link mode a click on a span completes (or explains) the link instead.
    let action = match (action, s.linking.clone()) {
        (Action::ClickSpan(to), Some(from)) => match s.link_click(&from, &to) {
            Some(link) => Action::Linking(link),
            None => return Rc::new(s),
        },
        (action, _) => action,
    };
    if action.changes_workspace() {
        let choosing = s.chooser.is_some() && s.workspace_id.is_none();
        let why = match &s.read_only {
            Some(why) => Some((why.clone(), Some(NoticeAction::TakeOver))),
            None if choosing => Some((
                "Choose a saved workspace to continue, or start a new one.".to_string(),
                None,
            )),
            None => None,
        };
        if let Some((why, notice_action)) = why {
            // The read-only notice still shown says this already: the refusal takes its
            // place instead of repeating it below it (trial 36, F11.1).
            s.notices
                .retain(|n| !(n.text == why && n.action == notice_action));
            // Name the files that were not opened, and say to open them again.
            let names = action.file_names();
            let mut text = format!("Nothing was changed: {why}");
            if !names.is_empty() {
                let one = names.len() == 1;
                text.push_str(if why.ends_with('.') { " " } else { ". " });
                text.push_str(&format!(
                    "{} {} not opened: open {} again after that.",
                    names.join(", "),
                    if one { "was" } else { "were" },
                    if one { "it" } else { "them" },
                ));
            }
            // A pasted text is not lost: the paste box keeps it as its draft until the
            // workspace holds it (`components/loader.rs`).
            if matches!(action, Action::AddPasted { .. }) {
                text.push_str(if text.ends_with('.') { " " } else { ". " });
                text.push_str("The pasted text is kept in the paste box: add it again after that.");
            }
            s.notify_with(NoticeKind::Error, text, notice_action);
            return Rc::new(s);
        }
    }
    match action {
        Action::LoadArticles(files) => {
            let items = files
                .into_iter()
                .map(|f| {
                    let article = f.bytes.and_then(|b| {
                        formats::read_article(&f.name, &b).map_err(|e| e.to_string())
                    });
                    (f.name, article)
                })
                .collect();
            s.add_articles(items);
        }
        Action::LoadSample => {
            let items = SAMPLES
                .iter()
                .map(|(name, outlet, bytes)| {
                    let a = formats::read_article(name, bytes)
                        .map(|mut a| {
                            a.meta.outlet = Some(outlet.to_string());
                            a
                        })
                        .map_err(|e| e.to_string());
                    (name.to_string(), a)
                })
                .collect();
            s.add_articles(items);
        }
        Action::AddPasted { title, text } => {
            // Through read_article like a file: the same size limit and title rules
            // (a pasted text is plain text, kept exactly). A paste of nothing visible is
            // refused here, saying what to do.
            let result = if formats::decode::is_blank(&text) {
                Err(BLANK_PASTE.to_string())
            } else {
                formats::read_article("pasted text", text.as_bytes())
                    .map(|mut a| {
                        // A title of only invisible characters would be a heading no
                        // one can see: the text's own title is kept instead.
                        let title = title.trim();
                        if !formats::decode::is_blank(title) {
                            a.title = title.to_string();
                        }
                        a
                    })
                    .map_err(|e| e.to_string())
            };
            s.add_articles(vec![("Pasted text".to_string(), result)]);
        }
        Action::Label { picked, label } => s.label(picked, label),
        Action::AddSpan {
            doc,
            start,
            end,
            label,
        } => {
            if let Some(id) = s.edit("add the span", |w| w.add_span(&doc, start, end, label)) {
                s.selected = Some(id);
            }
        }
        Action::SetLabel { span, label } => s.relabel(&span, label),
        Action::DeleteSpan(id) => {
            s.edit("delete the span", |w| w.remove_span(&id));
            s.tidy();
        }
        Action::DeleteSelected => {
            if let Some(id) = s.selected.clone() {
                s.edit("delete the span", |w| w.remove_span(&id));
                s.tidy();
            }
        }
        Action::SelectSpan(id) => {
            s.selected = id;
            s.connecting = None;
        }
        Action::ClickSpan(id) => s.click_span(id),
        Action::SelectAdjacent(step) => s.select_adjacent(step),
        Action::RemoveDocument(id) => {
            let title = s.workspace().document(&id).map(|d| d.title.clone());
            let ws = s.workspace();
            let spans = ws.spans_of(&id).count();
            let links = ws
                .links
                .iter()
                .filter(|l| {
                    [&l.a, &l.b]
                        .iter()
                        .any(|e| ws.span(e).is_some_and(|sp| sp.doc == id))
                })
                .count();
            if s.edit("remove the article", |w| w.remove_document(&id)).is_some() {
                let title = title.unwrap_or_default();
                let count = |n: usize, one: &str, many: &str| {
                    format!("{n} {}", if n == 1 { one } else { many })
                };
                let what = match (spans, links) {
                    (0, _) => String::new(),
                    (_, 0) => format!(" and its {}", count(spans, "span", "spans")),
                    _ => format!(
                        " and its {} with their {}",
                        count(spans, "span", "spans"),
                        count(links, "link", "links")
                    ),
                };
                let text =
                    format!("Removed \u{201c}{title}\u{201d}{what}. Undo with Ctrl+Z.");
                s.notify_with(NoticeKind::Info, text, Some(NoticeAction::Undo));
                s.tidy();
            }
        }
        Action::MoveDocument { doc, delta } => {
            let pos = s.workspace().documents.iter().position(|d| d.id == doc);
            if let Some(pos) = pos {
                let to = pos as isize + delta;
                let len = s.workspace().documents.len() as isize;
                if (0..len).contains(&to) {
                    s.edit("move the article", |w| w.move_document(&doc, to as usize));
                }
            }
        }
        Action::Undo => {
            let before = s.workspace().clone();
            if s.history.undo() {
                let what = crate::model::change::describe(s.workspace(), &before).summary();
                s.notify_history(format!("Undid: {what}."));
                s.tidy();
            } else if s.workspace().is_empty() {
                s.notify(NoticeKind::Info, "Nothing to undo.");
            } else {
                // Undo goes back through this page's changes only (trial 36, F15).
                s.notify(NoticeKind::Info, NOTHING_TO_UNDO);
            }
        }
        Action::Redo => {
            let before = s.workspace().clone();
            if s.history.redo() {
                let what = crate::model::change::describe(&before, s.workspace()).summary();
                s.notify_history(format!("Redid: {what}."));
                s.tidy();
            } else {
                s.notify(NoticeKind::Info, "Nothing to redo.");
            }
        }
        Action::SetSnap(on) => s.snap = on,
        Action::Import {
            name,
            bytes,
            reanchor,
        } => s.import(name, bytes, reanchor),
        Action::Imported {
            name,
            bytes,
            result,
        } => s.import_parsed(name, bytes, Rc::unwrap_or_clone(result)),
        Action::ResolveImport(mode) => {
            if let Some(pending) = s.pending_import.take() {
                if let Some(mode) = mode {
                    s.finish_import(pending, mode);
                }
            }
        }
        Action::StartConnect => match s.selected.clone() {
            Some(id)
                if s.workspace().span(&id).map(|x| x.label)
                    == Some(crate::model::Label::Attribution) =>
            {
                s.connecting = Some(id);
            }
            _ => s.notify(
                NoticeKind::Info,
                "Select an attribution span first (click it), then press A and click the quote or claim it attributes.",
            ),
        },
        Action::CancelConnect => s.connecting = None,
        Action::StartLink => s.start_link(),
        Action::CancelLink => s.linking = None,
        Action::PickSelected => {} // turned into ClickSpan above
        Action::RemoveRelation(id) => {
            s.edit("remove the attribution", |w| w.remove_relation(&id));
        }
        Action::SetOnlyUnattributed(on) => s.only_unattributed = on,
        Action::Notify(kind, text) => s.notify(kind, text),
        Action::NotifyExport(texts) => s.notify_export(texts),
        Action::DismissNotice(id) => s.notices.retain(|n| n.id != id),
        Action::Saved(result) => match result {
            Ok(()) => {
                if matches!(s.autosave, Autosave::Failed(_)) {
                    s.autosave = Autosave::Working;
                }
            }
            Err(msg) => {
                if !matches!(s.autosave, Autosave::Paused(_)) {
                    s.autosave = Autosave::Failed(msg);
                }
            }
        },
        Action::PauseAutosave(msg) => s.autosave = Autosave::Paused(msg),
        Action::SetHelp(open) => s.help_open = open,
        Action::Linking(a) => s.apply_link(a),
        Action::SetIdentity(identity) => {
            if s.workspace().identity != identity {
                let mut next = (**s.workspace()).clone();
                next.identity = identity;
                s.history.push(Rc::new(next));
            }
        }
        Action::SetNote { id, note } => {
            let note = note.filter(|n| !n.trim().is_empty());
            if s.workspace().note(&id) != note.as_deref() {
                // Saves of one note in a row (typing in pauses) are one undo step.
                s.edit_merging(&format!("note {id}"), "save the note", |w| {
                    w.set_note(&id, note)
                });
            }
        }
        Action::SetClassroom(open) => s.classroom_open = open,
        Action::Coverage(a) => coverage::apply(&mut s, a),
        Action::Open(next) => {
            // Keep what the user was told, then add what opening says.
            let mut next = *next;
            s.carry_notices_into(&mut next);
            s = next;
        }
        Action::ReadOnly(why) => {
            if s.read_only.is_none() {
                s.notify_with(NoticeKind::Error, why.clone(), Some(NoticeAction::TakeOver));
            }
            s.read_only = Some(why);
            s.connecting = None;
            s.pending_import = None;
        }
        Action::SetChooser(list) => s.chooser = list,
    }
    coverage::tidy(&mut s);
    Rc::new(s)
}

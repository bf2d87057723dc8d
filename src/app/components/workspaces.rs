//! The list of workspaces saved in this browser (shared by every tab and every copy of
//! the file): shown at start when there are any, and from the toolbar's "Workspaces…".
//! Each row says its title, annotator, articles, spans and last change; "Continue" opens
//! it in this tab (a tab that has it open becomes read-only), "Start a new workspace"
//! opens an empty one under a new id. A workspace saved by an older version of Parallax
//! says so; continuing it makes a new workspace in this version's format and leaves the
//! older version's copy as it was. "Delete…" (not for the workspace open in this tab, nor
//! for an older version's) asks once more in the row, then deletes it for good. A
//! workspace another tab holds (its claim not given up on closing) says "may be open in
//! another tab", and asking to delete it says what that tab then does.

use super::modal::Modal;
use crate::app::state::Action;
use crate::app::{delete_workspace, new_workspace, open_older_workspace, open_workspace, Dispatch};
use crate::formats::registry::Entry;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WorkspaceChooserProps {
    pub entries: Rc<Vec<Entry>>,
    /// The workspace open in this tab, if any (then the dialog can just be closed).
    pub current: Option<AttrValue>,
    pub dispatch: Dispatch,
}

/// "2026-11-30 10:02" in the browser's time zone, or "" for an unknown time.
fn when(ms: f64) -> String {
    if ms <= 0.0 {
        return String::new();
    }
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms));
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date(),
        d.get_hours(),
        d.get_minutes()
    )
}

fn plural(n: usize, what: &str) -> String {
    format!("{n} {what}{}", if n == 1 { "" } else { "s" })
}

#[function_component(WorkspaceChooser)]
pub fn workspace_chooser(props: &WorkspaceChooserProps) -> Html {
    let close = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::SetChooser(None)))
    };
    let start_new = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| new_workspace(&dispatch))
    };
    let has_current = props.current.is_some();
    // The row whose "Delete…" was pressed: it asks once more before anything is deleted.
    let confirming = use_state(|| None::<String>);
    // Asking moves the focus to "Keep" (the pressed "Delete…" is gone from the row).
    use_effect_with((*confirming).clone(), |asking| {
        if asking.is_some() {
            crate::app::keys::focus_selector(".workspace-chooser .delete-keep");
        }
    });
    let rows = props.entries.iter().enumerate().map(|(i, e)| {
        let open = {
            let dispatch = props.dispatch.clone();
            let id = e.id.clone();
            let older = e.older;
            Callback::from(move |_: MouseEvent| {
                if older {
                    open_older_workspace(&id, &dispatch)
                } else {
                    open_workspace(&id, &dispatch)
                }
            })
        };
        let here = !e.older && props.current.as_deref() == Some(e.id.as_str());
        // Claimed by another tab that has not let it go (trial 48, F9): deleting it there
        // is allowed, and the user is told what the other tab then does.
        let elsewhere = !e.older && !here && crate::app::storage::claimed_elsewhere(&e.id);
        let asking = !e.older && confirming.as_deref() == Some(e.id.as_str());
        let ask = {
            let (confirming, id) = (confirming.clone(), e.id.clone());
            Callback::from(move |_: MouseEvent| confirming.set(Some(id.clone())))
        };
        let keep = {
            let confirming = confirming.clone();
            Callback::from(move |_: MouseEvent| confirming.set(None))
        };
        let delete = {
            let (confirming, dispatch) = (confirming.clone(), props.dispatch.clone());
            let (id, title) = (e.id.clone(), e.title.clone());
            Callback::from(move |_: MouseEvent| {
                confirming.set(None);
                delete_workspace(&id, &title, &dispatch);
            })
        };
        let mut facts = vec![plural(e.articles, "article"), plural(e.spans, "span")];
        if let Some(a) = &e.annotator {
            facts.insert(0, format!("annotator {a}"));
        }
        let changed = when(e.changed_ms);
        if !changed.is_empty() {
            facts.push(format!("last change {changed}"));
        }
        if e.older {
            facts.push(
                "saved by an older version of Parallax: continuing it here makes a copy in \
                 the new format, and leaves the older version's as it was"
                    .into(),
            );
        }
        let key = format!("{}{}", if e.older { "older-" } else { "" }, e.id);
        html! {
            <li class="workspace-entry" key={key} data-workspace-id={e.id.clone()}
                data-older={e.older.then_some("")}>
                <div class="workspace-info">
                    <strong class="workspace-title">{ e.title.clone() }</strong>
                    <span class="workspace-facts">{ facts.join(" \u{b7} ") }</span>
                    if elsewhere {
                        <span class="workspace-elsewhere">{ "may be open in another tab" }</span>
                    }
                </div>
                if here {
                    <span class="workspace-here">{ "open in this tab" }</span>
                } else if asking {
                    <span class="workspace-confirm" role="alert">
                        { "Delete it for good? This cannot be undone. To keep a copy, choose Keep, then Continue it and use Export JSON first." }
                        if elsewhere {
                            { " It may be open in another tab: that tab keeps what it shows, and its next change saves it again." }
                        }
                    </span>
                    <button class="delete-confirm" onclick={delete}
                            aria-label={format!("Delete {} for good", e.title)}>{ "Delete for good" }</button>
                    <button class="delete-keep" data-autofocus="" onclick={keep}>{ "Keep" }</button>
                } else {
                    <button class={classes!("continue", (i == 0).then_some("primary"))}
                            data-autofocus={(i == 0 && !has_current).then_some("")}
                            aria-label={format!("Continue {}", e.title)} onclick={open}>
                        { "Continue" }
                    </button>
                    if !e.older {
                        <button class="delete-workspace" onclick={ask}
                                aria-label={format!("Delete {}", e.title)}>{ "Delete\u{2026}" }</button>
                    }
                }
            </li>
        }
    });
    html! {
        <Modal label="Saved workspaces" class="workspace-chooser"
               on_outside={has_current.then(|| { let d = props.dispatch.clone(); Callback::from(move |_| d.dispatch(Action::SetChooser(None))) })}>
            <h2>{ "Saved workspaces" }</h2>
            <p>{ "Work is saved in this browser after every change, each workspace on its own. \
                  Continue one, start a new one, or delete one you no longer need. A workspace \
                  open in another tab becomes read-only there, so no tab overwrites another." }</p>
            <ul class="workspace-list">{ for rows }</ul>
            <div class="actions">
                <button id="workspace-new" onclick={start_new.clone()}
                        data-close={(!has_current).then_some("")}>{ "Start a new workspace" }</button>
                if has_current {
                    <button id="workspace-close" data-close="" data-autofocus="" onclick={close}>{ "Close" }</button>
                }
            </div>
        </Modal>
    }
}

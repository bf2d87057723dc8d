//! The class view's curation in the page: its state is one reducer ([`CurationState`], in
//! plain Rust, held by the class view, so it outlives the Curation tab's view), kept by
//! [`use_curation`]: the curation is made when the tab is first shown and again for
//! each new set of files (the choices that still apply are carried over); every change of
//! the choices is saved in the browser (see [`crate::app::storage::curation`]) and is one
//! step of an undo history (Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y while the tab is shown, the
//! class view is the one dialog open and the focus is not in a text field); when
//! no choice comes over from the page's last curation (after a reload or a crash, or
//! after another class's files) the choices saved for the same files come back, or those
//! that still apply of changed files, with a notice. Saved curations beyond
//! [`SAVED_CAP`] sets of files are dropped, oldest first, when the saved ones are read.
//! The page asks before it is closed only while choices are neither saved nor exported.

use crate::app::state::curation::{
    records_to_drop, CurationAction, CurationState, Files, SavedEntry, Write, SAVED_CAP,
};
use crate::app::storage::curation as store;
use crate::exercise::class::Class;
use std::rc::Rc;
use yew::prelude::*;

impl Reducible for CurationState {
    type Action = CurationAction;

    fn reduce(self: Rc<Self>, action: CurationAction) -> Rc<Self> {
        CurationState::apply(self, action)
    }
}

/// The class view's curation of `class` (made once `shown`, the Curation tab being shown
/// in the open class view, and kept up with the files while shown), with its saving, the
/// choices saved before taken up, the undo keys and the question before the page closes.
#[hook]
pub fn use_curation(class: &Rc<Class>, shown: bool) -> UseReducerHandle<CurationState> {
    let state = use_reducer(CurationState::default);
    {
        let state = state.clone();
        let class = class.clone();
        use_effect_with((class.generation, shown), move |&(g, shown)| {
            if shown && state.generation != Some(g) {
                let curation = class.curation();
                let files = matches!(curation, Some(Ok(_))).then(|| Files::of(&class));
                // The choices saved before come back if none were carried over (see
                // `CurationState::restore`).
                let look_up = files.as_ref().map(|f| f.set.clone());
                state.dispatch(CurationAction::Reset(g, curation, files));
                if let Some(files) = look_up {
                    let dispatcher = state.dispatcher();
                    wasm_bindgen_futures::spawn_local(async move {
                        dispatcher.dispatch(match store::saved_curations().await {
                            Ok(records) => {
                                CurationAction::Restore(files.clone(), keep(records, &files).await)
                            }
                            Err(e) => CurationAction::LookupFailed(e),
                        })
                    });
                }
            }
        });
    }
    // Every change of the choices is saved (in order: the writes are made in the order of
    // the changes, and IndexedDB commits them in that order).
    {
        let state = state.clone();
        use_effect_with(state.revision(), move |_| {
            if let Some((revision, write)) = state.record_to_save(js_sys::Date::now()) {
                let dispatcher = state.dispatcher();
                wasm_bindgen_futures::spawn_local(async move {
                    let files = write.files();
                    let outcome = match &write {
                        Write::Put(record) => store::save(record)
                            .await
                            .map(|()| Some(SavedEntry::of(record))),
                        Write::Delete(files) => store::forget(files).await.map(|()| None),
                    };
                    dispatcher.dispatch(CurationAction::Saved(revision, files, outcome));
                });
            }
        });
    }
    // Closing or reloading the page while choices are neither saved nor exported asks
    // first (the browser's own "Leave site?" question).
    use_effect_with(state.unsafe_to_close(), |&ask| {
        let listener = ask.then(crate::app::browser::ask_before_leaving);
        move || drop(listener)
    });
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let listener = undo_keys(dispatcher);
            move || drop(listener)
        });
    }
    state
}

/// The saved `records` kept: beyond [`SAVED_CAP`] sets of files the oldest are deleted,
/// never those of `files` (the files curated now). A deletion that fails is tried again
/// the next time the records are read.
async fn keep(
    records: Vec<crate::exercise::curate::SavedCuration>,
    files: &str,
) -> Vec<crate::exercise::curate::SavedCuration> {
    let drop = records_to_drop(&records, files, SAVED_CAP);
    let mut gone = Vec::new();
    for key in drop {
        if store::forget(&key).await.is_ok() {
            gone.push(key);
        }
    }
    records
        .into_iter()
        .filter(|r| !gone.contains(&r.files))
        .collect()
}

/// Whether Ctrl+Z and the like are the curation's now: the Curation tab is shown in the
/// class view, the class view is the one dialog open (not one opened over it), and the
/// focus is in it but not in a field with an undo of its own (text fields, a list box,
/// anything editable), which keeps its own Ctrl+Z.
fn curation_keys_apply(e: &web_sys::KeyboardEvent) -> bool {
    use wasm_bindgen::JsCast;
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    let Ok(Some(class_view)) = doc.query_selector("#classroom[aria-modal=\"true\"]") else {
        return false;
    };
    let shown = class_view
        .query_selector("#panel-curation:not([hidden])")
        .ok()
        .flatten()
        .is_some();
    let dialogs = doc
        .query_selector_all("[role=dialog][aria-modal=\"true\"], [role=alertdialog], dialog[open]")
        .map(|l| l.length())
        .unwrap_or(0);
    let focus = doc.active_element();
    let focus_here = focus
        .as_ref()
        .is_none_or(|f| f.tag_name() == "BODY" || class_view.contains(Some(f.as_ref())));
    let editable = |el: Option<web_sys::Element>| {
        el.and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
            .is_some_and(|el| el.is_content_editable())
    };
    shown
        && dialogs == 1
        && focus_here
        && !e.is_composing()
        && !crate::app::browser::is_typing_target(e.target())
        && !crate::app::browser::is_typing_target(focus.clone().map(Into::into))
        && !editable(focus)
}

/// Ctrl+Z (undo), Ctrl+Shift+Z and Ctrl+Y (redo) while the curation has them (see
/// [`curation_keys_apply`]). A capture listener on the window: the class view is a modal
/// dialog, which stops every key there (see [`crate::app::keys::on_dialog_key`]) but not
/// the window's other listeners.
fn undo_keys(
    dispatcher: UseReducerDispatcher<CurationState>,
) -> Option<gloo::events::EventListener> {
    let w = web_sys::window()?;
    let options = gloo::events::EventListenerOptions {
        phase: gloo::events::EventListenerPhase::Capture,
        passive: false,
    };
    Some(gloo::events::EventListener::new_with_options(
        &w,
        "keydown",
        options,
        move |e| {
            let Some(e) = wasm_bindgen::JsCast::dyn_ref::<web_sys::KeyboardEvent>(e) else {
                return;
            };
            if !(e.ctrl_key() || e.meta_key()) || e.alt_key() {
                return;
            }
            let action = match e.key().as_str() {
                "z" | "Z" if e.shift_key() => CurationAction::Redo,
                "z" | "Z" => CurationAction::Undo,
                "y" | "Y" => CurationAction::Redo,
                _ => return,
            };
            if curation_keys_apply(e) {
                e.prevent_default();
                dispatcher.dispatch(action);
            }
        },
    ))
}

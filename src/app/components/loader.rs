//! Ways to load articles: the file inputs (articles and workspace files), the paste box
//! (its text kept as a draft until added), and the empty-state screen that explains what to do. Drag and drop is handled by the
//! whole page (see `App`).

use crate::app::state::Action;
use crate::app::storage;
use crate::app::view::WsRef;
use crate::app::{browser, import_files, load_files, Dispatch};
use crate::formats::paste_draft::PasteDraft;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DispatchProps {
    pub dispatch: Dispatch,
}

/// Enter or Space on a focusable label opens its file input (the input itself is hidden
/// and out of the Tab order, so focus is always visible on the label).
fn open_input_on_key(input: &'static str) -> Callback<KeyboardEvent> {
    Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Enter" || e.key() == " " {
            e.prevent_default();
            crate::app::keys::click_by_id(input);
        }
    })
}

/// "Open files…" and "Import…": labels for hidden file inputs.
#[function_component(FileInputs)]
pub fn file_inputs(props: &DispatchProps) -> Html {
    let onchange = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: Event| load_files(browser::take_input_files(&e), dispatch.clone()))
    };
    // Import… reads every file as a workspace file (an article file is still added, with a
    // notice saying so).
    let onimport = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: Event| {
            import_files(browser::take_input_files(&e), dispatch.clone())
        })
    };
    html! {
        <>
            <label class="button" for="file-input" tabindex="0" role="button"
                   onkeydown={open_input_on_key("file-input")}
                   title="Open article files (.txt .md .html) or a workspace (.json); or drop files on the page">
                { "Open files\u{2026}" }
            </label>
            <input id="file-input" class="visually-hidden" type="file" multiple=true tabindex="-1"
                   accept=".txt,.md,.markdown,.html,.htm,.xhtml,.json,.jsonl,.jsonld,.zip,text/plain,text/html"
                   {onchange} />
            <label class="button" for="import-file" tabindex="0" role="button"
                   onkeydown={open_input_on_key("import-file")}
                   title="Import a workspace exported from Parallax (.json), JSONL, W3C or brat">
                { "Import\u{2026}" }
            </label>
            <input id="import-file" class="visually-hidden" type="file" tabindex="-1"
                   accept=".json,.jsonl,.jsonld,.zip,application/json" onchange={onimport} />
        </>
    }
}

/// How long the paste box waits after the last key before keeping its draft (ms); leaving a
/// field (also the page being left, see `session::leaving`) keeps it at once.
const DRAFT_DELAY_MS: u32 = 400;

/// What the paste box says about its draft.
#[derive(Clone, PartialEq)]
enum DraftNote {
    /// The box opened with a draft kept from before (this page or one reloaded).
    Restored,
    /// The browser would not keep the draft: why.
    NotKept(String),
    /// No draft now, but a new workspace's draft is held by a tab that stopped answering
    /// (a killed browser's, or a hidden tab's): it is offered in this many seconds.
    Waiting(u64),
}

#[derive(Properties, PartialEq)]
pub struct PasteBoxProps {
    pub dispatch: Dispatch,
    /// The workspace now: once it holds the text added, the draft is forgotten.
    pub ws: WsRef,
    /// The id of the workspace open (`None` while none is): the draft is this workspace's.
    pub workspace_id: Option<String>,
}

/// The title and text in the box, `None` when the box is not shown.
fn box_fields(title: &NodeRef, text: &NodeRef) -> Option<PasteDraft> {
    let text = text.cast::<web_sys::HtmlTextAreaElement>()?.value();
    let title = title
        .cast::<web_sys::HtmlInputElement>()
        .map(|i| i.value())
        .unwrap_or_default();
    Some(PasteDraft { title, text })
}

/// The "Paste text" button and its box (title + text). What the box holds is a draft kept
/// in this browser for the workspace open ([`storage::write_draft`]: [`DRAFT_DELAY_MS`]
/// after the last key, at once when a field is left or the box closed), so neither a
/// reload nor closing the box loses it (trial 47: a half-typed text was gone after a
/// reload, with nothing said), and another workspace does not show it. Opening the box
/// brings the workspace's draft back and says so, and the button is marked while one
/// waits; it is forgotten once the workspace holds the text added, or when the box is
/// cleared. A draft the browser will not keep is said in the box. When another workspace
/// is opened, the box's text is kept for the one it was typed in and the box closes.
#[function_component(PasteBox)]
pub fn paste_box(props: &PasteBoxProps) -> Html {
    let open = use_state(|| false);
    let title = use_node_ref();
    let text = use_node_ref();
    // The workspace whose draft the box holds: the one open when the box opened.
    let box_ws = use_mut_ref(|| props.workspace_id.clone());
    // A draft waits to be added (the button says so).
    let has_draft = use_state_eq(|| storage::read_draft(props.workspace_id.as_deref()).is_some());
    let note = use_state_eq(|| None::<DraftNote>);
    let timer = use_mut_ref(|| None::<gloo::timers::callback::Timeout>);
    // The text handed to the workspace by "Add article" (with the id of the workspace whose
    // draft it is), until the workspace holds it.
    let handed = use_mut_ref(|| None::<(Option<String>, String)>);
    // Keep what the box holds now (nothing when it is not shown). The waiting timer is
    // not touched here: this also runs inside that timer's own callback.
    let keep: Rc<dyn Fn()> = {
        let (title, text, box_ws) = (title.clone(), text.clone(), box_ws.clone());
        let (has_draft, note) = (has_draft.clone(), note.clone());
        Rc::new(move || {
            let Some(draft) = box_fields(&title, &text) else {
                return;
            };
            let id = box_ws.borrow().clone();
            match storage::write_draft(id.as_deref(), &draft) {
                Ok(()) => {
                    has_draft.set(!draft.is_empty());
                    // Typed text is this workspace's own draft: a waiting one no longer comes.
                    if matches!(*note, Some(DraftNote::NotKept(_) | DraftNote::Waiting(_))) {
                        note.set(None);
                    }
                }
                Err(why) => {
                    has_draft.set(storage::read_draft(id.as_deref()).is_some());
                    note.set(Some(DraftNote::NotKept(why)));
                }
            }
        })
    };
    // Open: the draft comes back, and the text box takes focus (the box is modal for
    // keys, see `keys::open_dialog`).
    {
        let (title, text, note) = (title.clone(), text.clone(), note.clone());
        let (box_ws, id) = (box_ws.clone(), props.workspace_id.clone());
        use_effect_with(*open, move |open| {
            if *open {
                *box_ws.borrow_mut() = id;
                let draft = storage::read_draft(box_ws.borrow().as_deref());
                if let (Some(d), Some(t), Some(x)) = (
                    &draft,
                    title.cast::<web_sys::HtmlInputElement>(),
                    text.cast::<web_sys::HtmlTextAreaElement>(),
                ) {
                    t.set_value(&d.title);
                    x.set_value(&d.text);
                }
                note.set(match draft {
                    Some(_) => Some(DraftNote::Restored),
                    None => {
                        storage::draft_wait_secs(box_ws.borrow().as_deref()).map(DraftNote::Waiting)
                    }
                });
                if let Some(t) = text.cast::<web_sys::HtmlElement>() {
                    let _ = t.focus();
                }
            }
        });
    }
    // The workspace holds the text added: the draft is done with.
    {
        let (handed, has_draft) = (handed.clone(), has_draft.clone());
        use_effect_with(props.ws.clone(), move |ws| {
            let done = handed
                .borrow()
                .as_ref()
                .is_some_and(|(_, t)| ws.0.find_same_article(t).is_some());
            if done {
                if let Some((id, _)) = handed.borrow_mut().take() {
                    storage::clear_draft(id.as_deref());
                }
                has_draft.set(false);
            }
        });
    }
    let on_input = {
        let (keep, timer) = (keep.clone(), timer.clone());
        Callback::from(move |_: InputEvent| {
            let keep = keep.clone();
            *timer.borrow_mut() = Some(gloo::timers::callback::Timeout::new(
                DRAFT_DELAY_MS,
                move || keep(),
            ));
        })
    };
    // Keep it at once, dropping the timer waiting to keep it.
    let keep_now: Rc<dyn Fn()> = {
        let (keep, timer) = (keep.clone(), timer.clone());
        Rc::new(move || {
            timer.borrow_mut().take();
            keep()
        })
    };
    // Another workspace opened: the box's text is kept for the one it was typed in, the box
    // closes, and the button says whether the workspace now open has a draft.
    {
        let (keep_now, open, has_draft, note) = (
            keep_now.clone(),
            open.clone(),
            has_draft.clone(),
            note.clone(),
        );
        use_effect_with(props.workspace_id.clone(), move |id| {
            keep_now();
            open.set(false);
            note.set(None);
            has_draft.set(storage::read_draft(id.as_deref()).is_some());
        });
    }
    let on_change = {
        let keep_now = keep_now.clone();
        Callback::from(move |_: Event| keep_now())
    };
    let toggle = {
        let (open, keep_now) = (open.clone(), keep_now.clone());
        Callback::from(move |_: MouseEvent| {
            keep_now();
            open.set(!*open)
        })
    };
    let clear = {
        let (title, text, note, has_draft) =
            (title.clone(), text.clone(), note.clone(), has_draft.clone());
        let (timer, box_ws) = (timer.clone(), box_ws.clone());
        Callback::from(move |_: MouseEvent| {
            timer.borrow_mut().take();
            if let Some(t) = title.cast::<web_sys::HtmlInputElement>() {
                t.set_value("");
            }
            if let Some(x) = text.cast::<web_sys::HtmlTextAreaElement>() {
                x.set_value("");
                let _ = x.focus();
            }
            storage::clear_draft(box_ws.borrow().as_deref());
            has_draft.set(false);
            note.set(None);
        })
    };
    let add = {
        let (open, title, text) = (open.clone(), title.clone(), text.clone());
        let (keep_now, handed, has_draft) = (keep_now.clone(), handed.clone(), has_draft.clone());
        let box_ws = box_ws.clone();
        let dispatch = props.dispatch.clone();
        let ws = props.ws.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(PasteDraft {
                title: t,
                text: body,
            }) = box_fields(&title, &text)
            else {
                return;
            };
            if body.trim().is_empty() {
                dispatch.dispatch(Action::Notify(
                    crate::app::state::NoticeKind::Info,
                    "Paste the article's text into the box first.".into(),
                ));
                return;
            }
            // Only invisible characters (zero-width spaces, joiners): refused here in the
            // reducer's words, with the box left open (the reducer would refuse it after the
            // box closed, and the draft of nothing was kept to be greeted on reopening).
            if crate::formats::decode::is_blank(&body) {
                dispatch.dispatch(Action::Notify(
                    crate::app::state::NoticeKind::Error,
                    crate::app::state::BLANK_PASTE.into(),
                ));
                return;
            }
            // Too long: say so and keep the box open with the text, so nothing pasted or
            // typed is lost (the reducer would refuse it after the box closed).
            let size = crate::formats::check_size(
                "The pasted text",
                body.len() as u64,
                crate::formats::SizeLimit::Article,
            );
            if let Err(e) = size {
                dispatch.dispatch(Action::Notify(
                    crate::app::state::NoticeKind::Error,
                    e.to_string(),
                ));
                return;
            }
            // The draft stays until the workspace holds the text: an add refused (a
            // read-only tab) loses nothing. Text the workspace has already is not added
            // again (the reducer says so), and needs no draft.
            keep_now();
            let id = box_ws.borrow().clone();
            if ws.0.find_same_article(&body).is_some() {
                storage::clear_draft(id.as_deref());
                has_draft.set(false);
            } else {
                *handed.borrow_mut() = Some((id, body.clone()));
            }
            dispatch.dispatch(Action::AddPasted {
                title: t,
                text: body,
            });
            open.set(false);
        })
    };
    let note_html = match &*note {
        Some(DraftNote::Restored) => html! {
            <p class="hint paste-draft-note" role="status">{
                "Your text from before is back: it is kept in this browser until you add it \
                 or clear it."
            }</p>
        },
        Some(DraftNote::NotKept(why)) => html! {
            <p class="error paste-draft-note" role="alert">{ format!(
                "This text is not kept if the page is closed or reloaded: {why}. Add it \
                 now, or keep a copy of it elsewhere."
            ) }</p>
        },
        Some(DraftNote::Waiting(secs)) => html! {
            <p class="hint paste-draft-note" role="status">{ format!(
                "Text typed into this box in another tab waits there, and that tab has \
                 stopped answering. If its browser was closed without warning, the text is \
                 offered here in about {secs} s: close this box and open it again then."
            ) }</p>
        },
        None => html! {},
    };
    let (button_title, mark) = if *has_draft && !*open {
        (
            "Paste an article's text (the text you had not added yet is kept)",
            html! { <span class="draft-mark" aria-hidden="true">{ " \u{2022}" }</span> },
        )
    } else {
        ("Paste an article's text", html! {})
    };
    html! {
        <>
            <button id="paste-open" onclick={toggle.clone()} aria-expanded={open.to_string()}
                    title={button_title}>{ "Paste text" }{ mark }</button>
            if *open {
                <div class="paste-box" role="dialog" aria-modal="true" aria-label="Paste an article">
                    <label>{ "Title" }
                        <input id="paste-title" type="text" ref={title}
                               oninput={on_input.clone()} onchange={on_change.clone()}
                               placeholder="Optional: the headline or outlet" />
                    </label>
                    <label>{ "Text" }
                        <textarea id="paste-text" ref={text} rows="12"
                                  oninput={on_input} onchange={on_change}
                                  placeholder="Paste the article's text here" />
                    </label>
                    { note_html }
                    <div class="actions">
                        <button id="paste-add" class="primary" onclick={add}>{ "Add article" }</button>
                        <button id="paste-clear" onclick={clear}
                                title="Empty the box and forget its text">{ "Clear" }</button>
                        <button class="paste-cancel" data-close="" onclick={toggle}
                                title="Close the box; its text is kept until you add it or clear it">{ "Close" }</button>
                    </div>
                </div>
            }
        </>
    }
}

/// Shown when no article is loaded: what Parallax is for and how to start.
#[function_component(EmptyState)]
pub fn empty_state(props: &DispatchProps) -> Html {
    let sample = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::LoadSample))
    };
    html! {
        <div class="empty-state">
            <h1>{ "Compare how outlets tell the same story" }</h1>
            <p>{ "Load two or more articles about one event. They appear side by side; select \
                  text and label it claim, quote, attribution or context. Everything stays on \
                  this computer and is saved in this browser as you work." }</p>
            <ol>
                <li><button class="primary empty-sample" onclick={sample}>{ "Load the sample articles" }</button>
                    { " to try it out," }</li>
                <li>{ "or " }<label class="button" for="file-input">{ "open article files" }</label>
                    { " (.txt, .md, .html), or drop them anywhere on this page," }</li>
                <li>{ "or use \u{201c}Paste text\u{201d} in the toolbar." }</li>
            </ol>
            <p class="hint">{ "Press ? at any time for the keyboard shortcuts." }</p>
        </div>
    }
}

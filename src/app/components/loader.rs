//! Ways to load articles: the file inputs (articles and workspace files), the paste box,
//! and the empty-state screen that explains what to do. Drag and drop is handled by the
//! whole page (see `App`).

use crate::app::state::Action;
use crate::app::{browser, import_files, load_files, Dispatch};
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

/// The "Paste text" button and its box (title + text).
#[function_component(PasteBox)]
pub fn paste_box(props: &DispatchProps) -> Html {
    let open = use_state(|| false);
    let title = use_node_ref();
    let text = use_node_ref();
    // Open: the text box takes focus (the box is modal for keys, see `keys::open_dialog`).
    {
        let text = text.clone();
        use_effect_with(*open, move |open| {
            if *open {
                if let Some(t) = text.cast::<web_sys::HtmlElement>() {
                    let _ = t.focus();
                }
            }
        });
    }
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let add = {
        let (open, title, text) = (open.clone(), title.clone(), text.clone());
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            let t = title
                .cast::<web_sys::HtmlInputElement>()
                .map(|i| i.value())
                .unwrap_or_default();
            let body = text
                .cast::<web_sys::HtmlTextAreaElement>()
                .map(|i| i.value())
                .unwrap_or_default();
            if body.trim().is_empty() {
                dispatch.dispatch(Action::Notify(
                    crate::app::state::NoticeKind::Info,
                    "Paste the article's text into the box first.".into(),
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
            dispatch.dispatch(Action::AddPasted {
                title: t,
                text: body,
            });
            open.set(false);
        })
    };
    html! {
        <>
            <button id="paste-open" onclick={toggle.clone()} aria-expanded={open.to_string()}
                    title="Paste an article's text">{ "Paste text" }</button>
            if *open {
                <div class="paste-box" role="dialog" aria-modal="true" aria-label="Paste an article">
                    <label>{ "Title" }
                        <input id="paste-title" type="text" ref={title}
                               placeholder="Optional: the headline or outlet" />
                    </label>
                    <label>{ "Text" }
                        <textarea id="paste-text" ref={text} rows="12"
                                  placeholder="Paste the article's text here" />
                    </label>
                    <div class="actions">
                        <button id="paste-add" class="primary" onclick={add}>{ "Add article" }</button>
                        <button class="paste-cancel" data-close="" onclick={toggle}>{ "Cancel" }</button>
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

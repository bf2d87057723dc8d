//! The identity bar under the toolbar: who annotates (asked once: highlighted while
//! empty), the exercise's title, and its instructions (shown to the student, editable by
//! the trainer). Export file names are made from the name and title.

use super::kept_text::use_kept_text;
use crate::model::Identity;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct IdentityBarProps {
    pub identity: Identity,
    /// Articles are loaded (the name is asked only then).
    pub has_docs: bool,
    pub on_change: Callback<Identity>,
}

#[function_component(IdentityBar)]
pub fn identity_bar(props: &IdentityBarProps) -> Html {
    // Typed text stays until it is saved, whatever re-renders the bar first.
    let name = use_kept_text(&props.identity.annotator, "");
    let title = use_kept_text(&props.identity.title, "");
    let instructions = use_kept_text(&props.identity.instructions, "");
    if !props.has_docs && props.identity == Identity::default() {
        return html! {};
    }
    // A field is saved when it changes and when it is left: leaving a field fires no
    // change when the focus went away and came back in between (an import dialog that
    // hands the focus back), and what was typed would show but never be saved.
    let saving = |node: &NodeRef, set: fn(&mut Identity, String)| {
        let (on_change, current, node) = (
            props.on_change.clone(),
            props.identity.clone(),
            node.clone(),
        );
        let save = Rc::new(move || {
            let typed = node
                .cast::<web_sys::HtmlInputElement>()
                .map(|i| i.value())
                .or_else(|| {
                    node.cast::<web_sys::HtmlTextAreaElement>()
                        .map(|t| t.value())
                });
            if let Some(v) = typed {
                let mut next = current.clone();
                set(&mut next, v.trim().to_string());
                if next != current {
                    on_change.emit(next);
                }
            }
        });
        let on_blur = save.clone();
        (
            Callback::from(move |_: Event| save()),
            Callback::from(move |_: FocusEvent| on_blur()),
        )
    };
    let (name_change, name_blur) = saving(&name, |i, v| i.annotator = v);
    let (title_change, title_blur) = saving(&title, |i, v| i.title = v);
    let (text_change, text_blur) = saving(&instructions, |i, v| i.instructions = v);
    let id = &props.identity;
    let asking = id.annotator.is_empty();

    html! {
        <div class={classes!("identity-bar", asking.then_some("asking"))}>
            <label>
                // One label whether asking or not: a label that got shorter when the name
                // was saved moved the bar under the pointer between a press and its release,
                // and the click (on "Instructions") was lost.
                { "Your name (for exports and grading): " }
                <input id="identity-name" type="text" placeholder="e.g. maria" ref={name}
                       onchange={name_change} onblur={name_blur} />
            </label>
            <label>
                { "Exercise: " }
                <input id="identity-title" type="text" placeholder="title (optional)" ref={title}
                       onchange={title_change} onblur={title_blur} />
            </label>
            <details class="instructions" open={!id.instructions.is_empty()}>
                <summary>{ "Instructions" }</summary>
                <textarea id="identity-instructions" rows="3"
                          placeholder="What the class should do (shown to every student)"
                          ref={instructions}
                          onchange={text_change} onblur={text_blur} />
            </details>
        </div>
    }
}

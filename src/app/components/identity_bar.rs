//! The identity bar under the toolbar: who annotates (asked once: highlighted while
//! empty), the exercise's title, and its instructions (shown to the student, editable by
//! the trainer). Export file names are made from the name and title.

use super::kept_text::use_kept_text;
use crate::model::Identity;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct IdentityBarProps {
    pub identity: Identity,
    /// Articles are loaded (the name is asked only then).
    pub has_docs: bool,
    pub on_change: Callback<Identity>,
}

fn value_of(e: &Event) -> Option<String> {
    if let Some(i) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
        return Some(i.value());
    }
    e.target_dyn_into::<web_sys::HtmlTextAreaElement>()
        .map(|t| t.value())
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
    let field = |set: fn(&mut Identity, String)| {
        let on_change = props.on_change.clone();
        let current = props.identity.clone();
        Callback::from(move |e: Event| {
            if let Some(v) = value_of(&e) {
                let mut next = current.clone();
                set(&mut next, v.trim().to_string());
                on_change.emit(next);
            }
        })
    };
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
                       onchange={field(|i, v| i.annotator = v)} />
            </label>
            <label>
                { "Exercise: " }
                <input id="identity-title" type="text" placeholder="title (optional)" ref={title}
                       onchange={field(|i, v| i.title = v)} />
            </label>
            <details class="instructions" open={!id.instructions.is_empty()}>
                <summary>{ "Instructions" }</summary>
                <textarea id="identity-instructions" rows="3"
                          placeholder="What the class should do (shown to every student)"
                          ref={instructions}
                          onchange={field(|i, v| i.instructions = v)} />
            </details>
        </div>
    }
}

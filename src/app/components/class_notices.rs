//! The class view's notices about the files read (trial 25, U2): each short, naming the
//! file and what is wrong, with the whole reason folded in *Details* (so a long refusal
//! stays within the window), *Re-anchor by quote* when re-anchoring can load the file,
//! and a dismiss button. They sit in the panel, above the tabs, not in the page's notices.

use crate::exercise::class::FileNotice;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ClassNoticesProps {
    /// The notices, oldest first, each with whether it came from the key's picker.
    pub notices: Vec<(FileNotice, bool)>,
    /// Dismiss the notice at this index.
    pub on_dismiss: Callback<usize>,
    /// Load the file of the notice at this index again, re-anchoring its spans by quote.
    pub on_reanchor: Callback<usize>,
}

#[function_component(ClassNotices)]
pub fn class_notices(props: &ClassNoticesProps) -> Html {
    if props.notices.is_empty() {
        return html! { <div class="class-notices" hidden=true /> };
    }
    let items = props.notices.iter().enumerate().map(|(i, (n, _))| {
        let class = if n.error {
            "notice notice-error class-notice"
        } else {
            "notice notice-info class-notice"
        };
        let dismiss = props.on_dismiss.reform(move |_: MouseEvent| i);
        let reanchor = props.on_reanchor.reform(move |_: MouseEvent| i);
        html! {
            <div class={class} role={if n.error { "alert" } else { "status" }} data-file={n.file.clone()}>
                <div class="notice-body">
                    <span class="notice-text">{ n.summary.clone() }</span>
                    if !n.details.is_empty() {
                        <details class="notice-details">
                            <summary>{ "Details" }</summary>
                            <div class="notice-details-text">{ n.details.clone() }</div>
                        </details>
                    }
                </div>
                if n.reanchor.is_some() {
                    <button class="notice-action class-reanchor" onclick={reanchor}>{ "Re-anchor by quote" }</button>
                }
                <button class="notice-dismiss" aria-label={format!("Dismiss the notice about {}", n.file)}
                        title="Dismiss" onclick={dismiss}>{ "\u{00d7}" }</button>
            </div>
        }
    });
    html! { <div class="class-notices" aria-live="polite">{ for items }</div> }
}

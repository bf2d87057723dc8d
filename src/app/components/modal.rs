//! The frame every dialog uses: an overlay, a `role="dialog"` box marked `aria-modal`, and
//! focus moved into it on open and given back on close. The page-wide key handler sees
//! the open dialog (see [`crate::app::keys::open_dialog`]): keys go to the dialog only,
//! Esc presses its `data-close` button, Tab cycles inside it. A dialog kept mounted while
//! closed (the class view) moves the focus the same way with [`use_dialog_focus`].

use crate::app::keys;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ModalProps {
    /// The dialog's accessible name.
    pub label: AttrValue,
    /// Extra classes for the dialog box.
    #[prop_or_default]
    pub class: Classes,
    /// Called on a click on the overlay outside the box (none: such clicks do nothing).
    #[prop_or_default]
    pub on_outside: Option<Callback<()>>,
    #[prop_or_default]
    pub children: Children,
}

/// Move the focus into the dialog at `node` (its `data-autofocus` control, else its first)
/// when `open` becomes true, and give it back to the element that had it when `open`
/// becomes false or the dialog goes, so a keyboard or screen-reader user is taken into the
/// dialog and back to where they opened it.
#[hook]
pub fn use_dialog_focus(node: NodeRef, open: bool) {
    use_effect_with(open, move |&open| {
        let before = if open {
            node.cast::<web_sys::Element>()
                .and_then(|d| keys::focus_into(&d))
        } else {
            None
        };
        move || {
            if let Some(b) = before {
                let _ = b.focus();
            }
        }
    });
}

#[function_component(Modal)]
pub fn modal(props: &ModalProps) -> Html {
    let node = use_node_ref();
    use_dialog_focus(node.clone(), true);
    let outside = props.on_outside.clone().map(|cb| {
        Callback::from(move |e: MouseEvent| {
            // Only clicks on the overlay itself, not inside the box.
            if e.target() == e.current_target() {
                cb.emit(())
            }
        })
    });
    html! {
        <div class="help-overlay" onclick={outside}>
            <div ref={node} class={classes!("help", props.class.clone())} role="dialog"
                 aria-modal="true" aria-label={props.label.clone()}>
                { for props.children.iter() }
            </div>
        </div>
    }
}

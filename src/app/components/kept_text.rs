//! Text fields that keep what is being typed when the page re-renders.
//!
//! A Yew `value={…}` on an `<input>` or `<textarea>` is written back into the field on
//! every render of its component, so text typed but not yet saved (a name saved when the
//! field loses focus, a note saved after a pause) was wiped when something else re-rendered
//! the component first: an article file dropped on the page while the caret was still in
//! the field. [`use_kept_text`] leaves the field's text to the browser while the field has
//! the focus, and otherwise shows the saved value (as a plain `value` would): what is typed
//! is in a field with the focus until leaving the field saves it. A field that starts
//! showing another item shows that item's text at once.

use yew::prelude::*;

/// A `NodeRef` for an `<input>` or `<textarea>` that has no `value` attribute: after each
/// render the hook writes `value` (the saved text) into the field when the field is newly
/// drawn, when `owner` (what the field edits: a span id, "" for one fixed field) changes,
/// and whenever the field does not have the focus. While it has the focus, the typing is
/// left alone (it is saved when the field is left, or after a pause).
#[hook]
pub fn use_kept_text(value: &str, owner: &str) -> NodeRef {
    let node = use_node_ref();
    // The field and owner last seen.
    let seen = use_mut_ref(|| None::<(web_sys::Element, String)>);
    {
        let node = node.clone();
        let (value, owner) = (value.to_string(), owner.to_string());
        use_effect(move || {
            let Some(el) = node.cast::<web_sys::Element>() else {
                return;
            };
            let (new_field, other_item) = match &*seen.borrow() {
                Some((e, o)) => (*e != el, *o != owner),
                None => (true, true),
            };
            let focused = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.active_element())
                .is_some_and(|a| a == el);
            // Text still being typed is only in a field that has the focus (leaving the
            // field saves it): a field without the focus shows what is saved.
            if new_field || other_item || !focused {
                set_text(&node, &value);
            }
            if new_field || other_item {
                *seen.borrow_mut() = Some((el, owner));
            }
        });
    }
    node
}

/// Writes `value` into the input or text area behind `node`, when it differs.
fn set_text(node: &NodeRef, value: &str) {
    if let Some(i) = node.cast::<web_sys::HtmlInputElement>() {
        if i.value() != value {
            i.set_value(value);
        }
    } else if let Some(t) = node.cast::<web_sys::HtmlTextAreaElement>() {
        if t.value() != value {
            t.set_value(value);
        }
    }
}

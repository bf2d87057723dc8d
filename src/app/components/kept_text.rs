//! Text fields that keep what is being typed when the page re-renders.
//!
//! A Yew `value={…}` on an `<input>` or `<textarea>` is written back into the field on
//! every render of its component, so text typed but not yet saved (a name saved when the
//! field loses focus, a note saved after a pause) was wiped when something else re-rendered
//! the component first: an article file dropped on the page while the caret was still in
//! the field. [`use_kept_text`] leaves the field's text to the browser and writes the
//! saved value into it only when that value changes (or the field starts showing another
//! item), and never while the field has the focus and the user is typing, unless it is
//! another item's.

use yew::prelude::*;

/// A `NodeRef` for an `<input>` or `<textarea>` that has no `value` attribute: after each
/// render the hook writes `value` (the saved text) into the field when the field is newly
/// drawn, when `owner` (what the field edits: a span id, "" for one fixed field) changes,
/// and when `value` changes while the field does not have the focus. While it has the
/// focus, a new `value` (the field's own save) leaves the typing alone.
#[hook]
pub fn use_kept_text(value: &str, owner: &str) -> NodeRef {
    let node = use_node_ref();
    // The field, owner and value last seen.
    let seen = use_mut_ref(|| None::<(web_sys::Element, String, String)>);
    {
        let node = node.clone();
        let (value, owner) = (value.to_string(), owner.to_string());
        use_effect(move || {
            let Some(el) = node.cast::<web_sys::Element>() else {
                return;
            };
            let (new_field, other_item, changed) = match &*seen.borrow() {
                Some((e, o, v)) => (*e != el, *o != owner, *v != value),
                None => (true, true, true),
            };
            let focused = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.active_element())
                .is_some_and(|a| a == el);
            if new_field || other_item || (changed && !focused) {
                set_text(&node, &value);
            }
            if new_field || other_item || changed {
                *seen.borrow_mut() = Some((el, owner, value));
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

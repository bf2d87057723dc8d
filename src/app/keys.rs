//! The keyboard (web-sys): the one listener for the page's shortcuts ([`on_key`], the
//! table in the README), the focus trap and Esc of modal dialogs ([`on_dialog_key`]), the
//! skip link's target, the reading caret (a collapsed selection drawn by the page,
//! moved with the arrow keys), and keeping a keyboard user's place when the list item of
//! the button they pressed goes ([`focus_neighbour_control`]). The DOM helpers are
//! re-exported by [`crate::app::browser`].

use super::browser::{self, article_of, node_element};
use super::coverage::CoverageAction;
use super::state::Action;
use super::Dispatch;
use crate::model::Label;
use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent, Node};

// ----- shortcuts -----

/// Label the current text selection (or relabel the selected span) and clear the
/// browser selection. When the focus is in an article (a keyboard user: Tab or the skip
/// link, arrows, Shift+arrows, then `1`-`4`), the reading caret is put back right after
/// the new span once it is drawn ([`place_caret`]), so the next arrow or Shift+arrow goes
/// on from there instead of from the article's first line.
pub fn label_now(label: Label, dispatch: &Dispatch) {
    let picked = browser::selection_offsets();
    let end = match &picked {
        Some(Ok((doc, _, end))) => Some((doc.clone(), *end)),
        _ => None,
    };
    dispatch.dispatch(Action::Label { picked, label });
    let Some((doc, end)) = end else {
        return;
    };
    browser::clear_selection();
    if focus_in_article() {
        // After the render that draws the span (its text nodes are new ones); not when
        // another key came first (a browser runs input before timers: an Esc or an arrow
        // pressed meanwhile has the last word) or the selection was set again (a click).
        let generation = KEY_GENERATION.with(|g| g.get());
        gloo::timers::callback::Timeout::new(0, move || {
            let later_key = KEY_GENERATION.with(|g| g.get()) != generation;
            let selected = web_sys::window()
                .and_then(|w| w.get_selection().ok().flatten())
                .is_some_and(|s| s.range_count() > 0);
            if !later_key && !selected {
                place_caret(&doc, end);
            }
        })
        .forget();
    }
}

thread_local! {
    /// Counts the key presses [`on_key`] has seen: a caret put back after a label
    /// ([`label_now`]) is dropped when another key came before it could be drawn.
    static KEY_GENERATION: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// Whether the focused element is an article's body (or inside one).
fn focus_in_article() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .and_then(|a| a.closest(".article-body").ok().flatten())
        .is_some()
}

/// While a modal dialog is open it takes every key (this runs in the capture phase, before
/// any shortcut listener, and stops the event there): Esc closes it, Tab stays inside it,
/// and nothing behind it changes. Keys still do their default inside the dialog (typing,
/// Enter on a button).
pub fn on_dialog_key(e: &KeyboardEvent) {
    let Some(dialog) = open_dialog() else {
        return;
    };
    e.stop_propagation();
    match e.key().as_str() {
        "Escape" => {
            e.prevent_default();
            close_dialog(&dialog);
        }
        "Tab" => {
            e.prevent_default();
            cycle_focus(&dialog, e.shift_key());
        }
        _ => {}
    }
}

pub fn on_key(e: KeyboardEvent, dispatch: &Dispatch) {
    if browser::is_typing_target(e.target()) || e.alt_key() {
        return;
    }
    KEY_GENERATION.with(|g| g.set(g.get().wrapping_add(1)));
    let ctrl = e.ctrl_key() || e.meta_key();
    let key = e.key();
    if e.shift_key() && extend_selection(e.target(), &key, ctrl) {
        e.prevent_default();
        draw_caret();
        return;
    }
    if !e.shift_key() && move_caret(e.target(), &key, ctrl) {
        e.prevent_default();
        return;
    }
    if ctrl {
        let action = match key.as_str() {
            "z" | "Z" if e.shift_key() => Some(Action::Redo),
            "z" | "Z" => Some(Action::Undo),
            "y" | "Y" => Some(Action::Redo),
            _ => None,
        };
        if let Some(a) = action {
            e.prevent_default();
            dispatch.dispatch(a);
        }
        return;
    }
    match key.as_str() {
        "1" | "2" | "3" | "4" => {
            let label = Label::ALL.into_iter().find(|l| key.starts_with(l.key()));
            if let Some(label) = label {
                e.prevent_default();
                label_now(label, dispatch);
            }
        }
        "Delete" | "Backspace" => {
            e.prevent_default();
            dispatch.dispatch(Action::DeleteSelected);
        }
        "Escape" => {
            dispatch.dispatch(Action::SetHelp(false));
            dispatch.dispatch(Action::SetClassroom(false));
            dispatch.dispatch(Action::SelectSpan(None));
            dispatch.dispatch(Action::CancelLink);
            // Esc also clears a text selection and the reading caret.
            browser::clear_selection();
            draw_caret();
        }
        // Enter on a button or link keeps its own meaning (the browser clicks it).
        "Enter" if !browser::is_control_target(e.target()) => {
            dispatch.dispatch(Action::PickSelected)
        }
        "a" | "A" => dispatch.dispatch(Action::StartConnect),
        "l" | "L" => dispatch.dispatch(Action::StartLink),
        "]" => dispatch.dispatch(Action::SelectAdjacent(1)),
        "[" => dispatch.dispatch(Action::SelectAdjacent(-1)),
        "?" => dispatch.dispatch(Action::SetHelp(true)),
        "m" | "M" => dispatch.dispatch(Action::Coverage(CoverageAction::ToggleMatrix)),
        "," => dispatch.dispatch(Action::Coverage(CoverageAction::Shift(-1))),
        "." => dispatch.dispatch(Action::Coverage(CoverageAction::Shift(1))),
        _ => {}
    }
}

// ----- dialogs -----

/// The open modal dialog (`[aria-modal="true"]`), if any: it takes every key.
pub fn open_dialog() -> Option<Element> {
    let doc = web_sys::window()?.document()?;
    doc.query_selector("[role=dialog][aria-modal=\"true\"]")
        .ok()
        .flatten()
}

/// Close a dialog as its own close button does (the button marked `data-close`).
pub fn close_dialog(dialog: &Element) {
    if let Ok(Some(b)) = dialog.query_selector("[data-close]") {
        if let Some(b) = b.dyn_ref::<web_sys::HtmlElement>() {
            b.click();
        }
    }
}

/// The controls of `dialog` Tab stops on, in document order: none taken out of the Tab
/// order (`tabindex="-1"`, such as a hidden file input opened by its button) and none
/// not drawn (inside a hidden tab panel), since focusing those does nothing.
fn focusables(dialog: &Element) -> Vec<web_sys::HtmlElement> {
    let Ok(list) = dialog.query_selector_all(
        "button:not([disabled]), a[href], input:not([disabled]):not([type=hidden]), \
         select, textarea, [tabindex]",
    ) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        .filter(|e| e.get_attribute("tabindex").as_deref() != Some("-1"))
        .filter(|e| e.get_client_rects().length() > 0)
        .collect()
}

/// Move focus to the next (or previous, `back`) control inside `dialog`, wrapping
/// around, so Tab never leaves an open dialog.
pub fn cycle_focus(dialog: &Element, back: bool) {
    let items = focusables(dialog);
    if items.is_empty() {
        return;
    }
    let active = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element());
    let at = active.and_then(|a| items.iter().position(|i| a.is_same_node(Some(i))));
    let n = items.len();
    let next = match (at, back) {
        (None, false) => 0,
        (None, true) => n - 1,
        (Some(i), false) => (i + 1) % n,
        (Some(i), true) => (i + n - 1) % n,
    };
    let _ = items[next].focus();
}

/// Focus the first control of `dialog` (its `[autofocus]` one if marked) and return the
/// element that had focus, to give it back when the dialog closes.
pub fn focus_into(dialog: &Element) -> Option<web_sys::HtmlElement> {
    let before = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    let first = dialog
        .query_selector("[data-autofocus]")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        .or_else(|| focusables(dialog).into_iter().next());
    if let Some(f) = first {
        let _ = f.focus();
    }
    before
}

/// Focus the first article's body (for the skip link); the columns if there is none.
pub fn focus_first_article() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let target = doc
        .query_selector(".article-body")
        .ok()
        .flatten()
        .or_else(|| doc.query_selector("#load-sample").ok().flatten());
    if let Some(el) = target.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

/// Focus the element with this `id` (one with `tabindex`, such as the suggestions panel),
/// scrolling it into view; nothing when it is not on the page.
pub fn focus_by_id(id: &str) {
    focus_selector(&format!("#{id}"));
}

/// Click the element with this `id` (a hidden file input, from the button or label that
/// stands for it); nothing when it is not on the page.
pub fn click_by_id(id: &str) {
    let el = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(el) = el {
        el.click();
    }
}

/// Focus the first element matching the CSS selector `sel`; nothing when there is none.
pub fn focus_selector(sel: &str) {
    let el = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(sel).ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(el) = el {
        let _ = el.focus();
    }
}

// ----- the reading caret -----

/// The id of the element that draws the reading caret (a collapsed selection is not
/// painted in read-only text, so the page draws it).
const CARET_ID: &str = "reading-caret";

/// The first text leaf of `body` whose box is in view (where a new caret starts).
fn first_visible_leaf(body: &Element) -> Option<Node> {
    let top = body.get_bounding_client_rect().top();
    let leaves = body.query_selector_all("[data-start]").ok()?;
    let mut fallback = None;
    for i in 0..leaves.length() {
        let leaf = leaves.item(i)?.dyn_into::<Element>().ok()?;
        let Some(text) = leaf.first_child() else {
            continue;
        };
        if fallback.is_none() {
            fallback = Some(text.clone());
        }
        if leaf.get_bounding_client_rect().bottom() > top {
            return Some(text);
        }
    }
    fallback
}

/// Draw the caret at the collapsed selection's position, or hide it.
pub fn draw_caret() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let sel = web_sys::window().and_then(|w| w.get_selection().ok().flatten());
    let rect = sel
        .filter(|s| s.range_count() > 0 && s.is_collapsed())
        .filter(|s| s.anchor_node().and_then(|n| article_of(&n)).is_some())
        .and_then(|s| s.get_range_at(0).ok())
        .and_then(|r| {
            let rects = r.get_client_rects()?;
            rects.get(0).or_else(|| Some(r.get_bounding_client_rect()))
        });
    let caret = match doc.get_element_by_id(CARET_ID) {
        Some(c) => c,
        None => {
            let Ok(c) = doc.create_element("div") else {
                return;
            };
            c.set_id(CARET_ID);
            let _ = c.set_attribute("aria-hidden", "true");
            if let Some(b) = doc.body() {
                let _ = b.append_child(&c);
            }
            c
        }
    };
    let Some(caret) = caret.dyn_ref::<web_sys::HtmlElement>() else {
        return;
    };
    let style = caret.style();
    match rect {
        Some(r) if r.height() > 0.0 => {
            let _ = style.set_property("display", "block");
            let _ = style.set_property("left", &format!("{}px", r.left()));
            let _ = style.set_property("top", &format!("{}px", r.top()));
            let _ = style.set_property("height", &format!("{}px", r.height()));
        }
        _ => {
            let _ = style.set_property("display", "none");
        }
    }
}

/// Put the reading caret (a collapsed selection, drawn by [`draw_caret`]) at code point
/// `at` of article `doc`: in the drawn text piece (`[data-start]`) holding it, or at the
/// end of the last piece before it. Returns false when the article or its text is not
/// drawn (a chunk of a long article not yet rendered): the caret is then left alone.
pub fn place_caret(doc: &str, at: usize) -> bool {
    let Some(d) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    let query = format!("section.article[data-doc-id=\"{doc}\"] .article-body [data-start]");
    let Ok(leaves) = d.query_selector_all(&query) else {
        return false;
    };
    // The last piece starting at or before `at` (pieces are in text order).
    let mut found: Option<(Node, usize)> = None;
    for i in 0..leaves.length() {
        let Some(leaf) = leaves.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
            continue;
        };
        let start = leaf
            .get_attribute("data-start")
            .and_then(|v| v.parse::<usize>().ok());
        match (start, leaf.first_child()) {
            (Some(s), Some(text)) if s <= at && text.node_type() == Node::TEXT_NODE => {
                found = Some((text, s))
            }
            (Some(s), _) if s > at => break,
            _ => {}
        }
    }
    let Some((text, start)) = found else {
        return false;
    };
    let data = text.text_content().unwrap_or_default();
    // DOM offsets count UTF-16 units; past the piece's end, its end.
    let units = crate::model::offsets::cp_to_utf16(&data, at - start)
        .unwrap_or_else(|| data.encode_utf16().count());
    let Some(sel) = web_sys::window().and_then(|w| w.get_selection().ok().flatten()) else {
        return false;
    };
    if sel.collapse_with_offset(Some(&text), units as u32).is_err() {
        return false;
    }
    draw_caret();
    true
}

/// Move the reading caret with an arrow key (no Shift) inside the focused article body:
/// the first press puts it at the first line in view, later ones move it by character,
/// word (`word`: Ctrl held), line or to the line's ends (Home/End). Shift+arrows then
/// extend a selection from it ([`extend_selection`]). Returns true if the key was used.
pub fn move_caret(target: Option<web_sys::EventTarget>, key: &str, word: bool) -> bool {
    let Some((direction, granularity)) = arrow_motion(key, word) else {
        return false;
    };
    let Some(body) = target
        .and_then(|t| t.dyn_into::<Element>().ok())
        .and_then(|el| el.closest(".article-body").ok().flatten())
    else {
        return false;
    };
    let Some(sel) = web_sys::window().and_then(|w| w.get_selection().ok().flatten()) else {
        return false;
    };
    let here = sel
        .anchor_node()
        .and_then(|n| article_of(&n))
        .is_some_and(|(_, b)| b.is_same_node(Some(&body)));
    if !here {
        let Some(text) = first_visible_leaf(&body) else {
            return false;
        };
        if sel.collapse_with_offset(Some(&text), 0).is_err() {
            return false;
        }
    } else {
        // A selection collapses to its end in the arrow's direction first.
        if !sel.is_collapsed() {
            let _ = if direction == "forward" {
                sel.collapse_to_end()
            } else {
                sel.collapse_to_start()
            };
        }
        let _ = sel.modify("move", direction, granularity);
    }
    if let Some(leaf) = sel.focus_node().and_then(|n| node_element(&n)) {
        let opts = web_sys::ScrollIntoViewOptions::new();
        opts.set_block(web_sys::ScrollLogicalPosition::Nearest);
        leaf.scroll_into_view_with_scroll_into_view_options(&opts);
    }
    draw_caret();
    true
}

// ----- keyboard selection (Shift+arrows) -----

/// `Selection.modify` arguments for an arrow key (or Home/End): direction and granularity;
/// `word` moves by words (Ctrl held). `None` for any other key.
fn arrow_motion(key: &str, word: bool) -> Option<(&'static str, &'static str)> {
    Some(match key {
        "ArrowLeft" => ("backward", if word { "word" } else { "character" }),
        "ArrowRight" => ("forward", if word { "word" } else { "character" }),
        "ArrowUp" => ("backward", "line"),
        "ArrowDown" => ("forward", "line"),
        "Home" => ("backward", "lineboundary"),
        "End" => ("forward", "lineboundary"),
        _ => return None,
    })
}

/// Extend the text selection with Shift+arrow keys inside an article body (browsers do
/// not do this in read-only text without caret browsing). `key` is the arrow key name;
/// `word` extends by words (Ctrl held). Returns true if the key was handled.
pub fn extend_selection(target: Option<web_sys::EventTarget>, key: &str, word: bool) -> bool {
    let Some((direction, granularity)) = arrow_motion(key, word) else {
        return false;
    };
    let Some(sel) = web_sys::window().and_then(|w| w.get_selection().ok().flatten()) else {
        return false;
    };
    // The article: where the selection is, or the focused article body.
    let focused = target
        .and_then(|t| t.dyn_into::<Element>().ok())
        .and_then(|el| el.closest(".article-body").ok().flatten());
    let in_article = sel
        .anchor_node()
        .and_then(|n| article_of(&n))
        .map(|(_, body)| body);
    match (in_article, focused) {
        (Some(_), _) => {}
        (None, Some(b)) => {
            // Start at the beginning of the focused article.
            let Ok(Some(first)) = b.query_selector("[data-start]") else {
                return false;
            };
            let Some(text) = first.first_child() else {
                return false;
            };
            if sel.collapse_with_offset(Some(&text), 0).is_err() {
                return false;
            }
        }
        (None, None) => return false,
    }
    sel.modify("extend", direction, granularity).is_ok()
}

/// Before the list item holding `control` (a button that removes its item, such as a
/// suggestion's Link or Reject) goes away: move the focus to the control of the same
/// `class` in the next item of the list, else the previous one, else the nearest enclosing
/// element with a `tabindex` (the suggestions panel), so a keyboard user keeps their place
/// instead of falling back to the start of the page.
///
/// `pointer`: the button was clicked with a mouse or touch (a click event's `detail` > 0),
/// not pressed with Enter or Space. Then the focus moves without scrolling, so the panel
/// stays where the user was looking (the new link and the remaining suggestions), instead
/// of jumping to the next card.
pub fn focus_neighbour_control(control: Option<web_sys::EventTarget>, class: &str, pointer: bool) {
    let Some(el) = control.and_then(|t| t.dyn_into::<Element>().ok()) else {
        return;
    };
    let Some(item) = el.closest("li").ok().flatten() else {
        return;
    };
    let selector = format!("button.{class}");
    let find = |next: bool| {
        let step = |e: &Element| {
            if next {
                e.next_element_sibling()
            } else {
                e.previous_element_sibling()
            }
        };
        let mut sib = step(&item);
        while let Some(s) = sib {
            if let Ok(Some(c)) = s.query_selector(&selector) {
                return Some(c);
            }
            sib = step(&s);
        }
        None
    };
    let fallback = || item.closest("[tabindex]").ok().flatten();
    if let Some(c) = find(true).or_else(|| find(false)).or_else(fallback) {
        if let Ok(h) = c.dyn_into::<web_sys::HtmlElement>() {
            let opts = web_sys::FocusOptions::new();
            opts.set_prevent_scroll(pointer);
            let _ = h.focus_with_options(&opts);
        }
    }
}

//! Scrolling the page to what the user asked to see (web-sys): a span (one function for
//! every caller: keep the selection in view, reveal a link's ends, jump from the
//! inspector), a position in an article, an article's column, the side panel's top.
//! Re-exported by [`crate::app::browser`].

use wasm_bindgen::JsCast;

/// How [`scroll_to_span`] brings a span into view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reveal {
    /// Only as far as needed to make it visible (the selection following the keyboard).
    Nearest,
    /// To the middle of its column (a jump from the inspector).
    Center,
    /// To the middle, smoothly, then flash it for a moment (a link's ends, a suggestion).
    Flash,
}

/// The mark holding the start of span `id` (its first mark in the page).
fn mark_of(id: &str) -> Option<web_sys::HtmlElement> {
    let doc = web_sys::window()?.document()?;
    let sel = format!(
        "mark.span-mark.first[data-span-id=\"{id}\"], mark.span-mark[data-span-id=\"{id}\"]"
    );
    doc.query_selector(&sel).ok()??.dyn_into().ok()
}

fn scroll_to(el: &web_sys::Element, block: web_sys::ScrollLogicalPosition, smooth: bool) {
    let opts = web_sys::ScrollIntoViewOptions::new();
    opts.set_block(block);
    if smooth {
        opts.set_behavior(web_sys::ScrollBehavior::Smooth);
    }
    el.scroll_into_view_with_scroll_into_view_options(&opts);
}

/// Scroll span `id`'s first mark into view, as `how` says; nothing if it is not shown.
pub fn scroll_to_span(id: &str, how: Reveal) {
    let Some(el) = mark_of(id) else { return };
    match how {
        Reveal::Nearest => scroll_to(&el, web_sys::ScrollLogicalPosition::Nearest, false),
        Reveal::Center => scroll_to(&el, web_sys::ScrollLogicalPosition::Center, false),
        Reveal::Flash => {
            scroll_to(&el, web_sys::ScrollLogicalPosition::Center, true);
            flash(&el);
        }
    }
}

/// Flash an element (class `link-flash` for 1.6 s).
fn flash(el: &web_sys::Element) {
    let list = el.class_list();
    let _ = list.remove_1("link-flash");
    let _ = list.add_1("link-flash");
    let el = el.clone();
    gloo::timers::callback::Timeout::new(1600, move || {
        let _ = el.class_list().remove_1("link-flash");
    })
    .forget();
}

/// Scroll an article to code point `start` (a sentence without a span) and flash the
/// text piece holding it.
pub fn reveal_offset(doc: &str, start: usize) {
    let Some(d) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let sel = format!("section.article[data-doc-id=\"{doc}\"] [data-start]");
    let Ok(nodes) = d.query_selector_all(&sel) else {
        return;
    };
    let mut best: Option<web_sys::Element> = None;
    for i in 0..nodes.length() {
        let Some(el) = nodes
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        let at = el
            .get_attribute("data-start")
            .and_then(|v| v.parse::<usize>().ok());
        match at {
            Some(a) if a <= start => best = Some(el),
            Some(_) => break,
            None => {}
        }
    }
    if let Some(el) = best {
        scroll_to(&el, web_sys::ScrollLogicalPosition::Center, true);
        flash(&el);
    }
}

/// Scroll the column of article `doc` into view (the article switcher's jump).
pub fn reveal_article(doc: &str) {
    let el = web_sys::window().and_then(|w| w.document()).and_then(|d| {
        d.query_selector(&format!("section.article[data-doc-id=\"{doc}\"]"))
            .ok()
            .flatten()
    });
    if let Some(el) = el {
        let opts = web_sys::ScrollIntoViewOptions::new();
        opts.set_block(web_sys::ScrollLogicalPosition::Nearest);
        opts.set_inline(web_sys::ScrollLogicalPosition::Nearest);
        el.scroll_into_view_with_scroll_into_view_options(&opts);
    }
}

/// Scroll the side panel (inspector and suggestions) back to its top, where the selected
/// span and its suggestions are shown.
pub fn scroll_sidebar_top() {
    let el = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(".sidebar").ok().flatten());
    if let Some(el) = el {
        el.set_scroll_top(0);
    }
}

//! All the web-sys glue but saving ([`super::storage`]): DOM selection -> code point
//! offsets, reading files, downloads, and keyboard-target checks.
//!
//! Every function returns a value or a `Result` with a message for the user; nothing
//! here panics on a browser or I/O failure.

use crate::formats::{self, Format, SizeLimit};
use crate::model::{offsets, Workspace};
use wasm_bindgen::JsCast;
use web_sys::{Element, Node};

// ----- selection -----

fn leaf_start(el: &Element) -> Option<usize> {
    el.get_attribute("data-start")?.parse().ok()
}

pub(crate) fn node_element(node: &Node) -> Option<Element> {
    match node.dyn_ref::<Element>() {
        Some(e) => Some(e.clone()),
        None => node.parent_element(),
    }
}

/// The code point offset of the document position at the start of `node`'s first leaf
/// (or of the next leaf after it).
fn offset_before(node: &Node, body: &Element) -> Option<usize> {
    let mut cur = Some(node.clone());
    while let Some(n) = cur {
        if let Some(el) = n.dyn_ref::<Element>() {
            if let Some(s) = leaf_start(el) {
                return Some(s);
            }
            if let Ok(Some(first)) = el.query_selector("[data-start]") {
                return leaf_start(&first);
            }
        }
        if n.is_same_node(Some(body)) {
            break;
        }
        // Next sibling, or the parent's next sibling, and so on.
        let mut up = n;
        cur = loop {
            if let Some(next) = up.next_sibling() {
                break Some(next);
            }
            match up.parent_node() {
                Some(p) if !p.is_same_node(Some(body)) => up = p,
                _ => break None,
            }
        };
    }
    // Nothing after: the end of the last leaf.
    offset_after(body)
}

/// The code point offset just after the last leaf inside `el`.
fn offset_after(el: &Element) -> Option<usize> {
    let last = if leaf_start(el).is_some() {
        el.clone()
    } else {
        let all = el.query_selector_all("[data-start]").ok()?;
        let n = all.length();
        if n == 0 {
            return None;
        }
        all.item(n - 1)?.dyn_into::<Element>().ok()?
    };
    let text = last.text_content().unwrap_or_default();
    Some(leaf_start(&last)? + offsets::cp_len(&text))
}

/// Convert one DOM boundary point (as in a `Range`) inside an article body to a code
/// point offset in the document.
pub fn point_offset(container: &Node, offset: u32, body: &Element) -> Option<usize> {
    if container.node_type() == Node::TEXT_NODE {
        let data = container.text_content().unwrap_or_default();
        let leaf = container.parent_element()?.closest("[data-start]").ok()??;
        let start = leaf_start(&leaf)?;
        // DOM offsets in a text node count UTF-16 units.
        return Some(start + offsets::utf16_to_cp(&data, offset as usize)?);
    }
    let el = container.dyn_ref::<Element>()?;
    if leaf_start(el).is_some() {
        // Inside a leaf element: offset counts child nodes (0 = start, else end).
        return if offset == 0 {
            leaf_start(el)
        } else {
            offset_after(el)
        };
    }
    let children = container.child_nodes();
    if offset < children.length() {
        offset_before(&children.item(offset)?, body)
    } else {
        match offset_after(el) {
            Some(x) => Some(x),
            // An empty element: the next leaf after it.
            None => {
                let next = container.next_sibling()?;
                offset_before(&next, body)
            }
        }
    }
}

/// The article (document id) and body element containing a node.
pub(crate) fn article_of(node: &Node) -> Option<(String, Element)> {
    let el = node_element(node)?;
    let body = el.closest(".article-body").ok()??;
    let section = body.closest("section.article").ok()??;
    Some((section.get_attribute("data-doc-id")?, body))
}

/// The document id and code point range `start..end` of a DOM range, or `None` if the
/// range is collapsed or outside every article; an error if it spans two articles.
pub fn range_offsets(range: &web_sys::Range) -> Option<Result<(String, usize, usize), String>> {
    if range.collapsed() {
        return None;
    }
    let (sc, so) = (range.start_container().ok()?, range.start_offset().ok()?);
    let (ec, eo) = (range.end_container().ok()?, range.end_offset().ok()?);
    let start_art = article_of(&sc);
    let end_art = article_of(&ec);
    let (doc, body) = match (start_art, end_art) {
        (Some(a), Some(b)) if a.0 == b.0 => a,
        (None, None) => return None,
        _ => {
            return Some(Err(
                "The selection reaches outside one article; select text within one article."
                    .to_string(),
            ))
        }
    };
    let start = point_offset(&sc, so, &body)?;
    let end = point_offset(&ec, eo, &body)?;
    if start >= end {
        return None;
    }
    Some(Ok((doc, start, end)))
}

/// The current text selection in an article, converted to code points. A selection that
/// reaches out of the article where it started is clipped to that article
/// ([`clip_to_article`]), so it is never refused for the layout: at narrow widths the next
/// article is a few pixels to the right, and a drag to a line's end went into it (trial 47).
pub fn selection_offsets() -> Option<Result<(String, usize, usize), String>> {
    let sel = web_sys::window()?.get_selection().ok()??;
    if sel.range_count() == 0 || sel.is_collapsed() {
        return None;
    }
    let range = sel.get_range_at(0).ok()?;
    let range = clip_to_article(&range, sel.anchor_node().as_ref()).unwrap_or(range);
    range_offsets(&range)
}

/// The body of the article a selection belongs to: the one holding its anchor (where the
/// selection started), else, for a selection started outside every article (a heading, a
/// margin), the one holding the end it was dragged to. `None` when neither end is in one.
fn home_body(range: &web_sys::Range, anchor: Option<&Node>) -> Option<Element> {
    let in_article = |n: Option<Node>| n.as_ref().and_then(article_of).map(|(_, body)| body);
    in_article(anchor.cloned())
        .or_else(|| in_article(range.start_container().ok()))
        .or_else(|| in_article(range.end_container().ok()))
}

/// `range` cut to the article where it started ([`home_body`]): an end outside that
/// article's body is moved to the body's start or end. `None` when the range is already
/// within one body, or touches no article.
pub fn clip_to_article(range: &web_sys::Range, anchor: Option<&Node>) -> Option<web_sys::Range> {
    let body = home_body(range, anchor)?;
    let inside = |n: Option<Node>| n.is_some_and(|n| body.contains(Some(&n)));
    let start_in = inside(range.start_container().ok());
    let end_in = inside(range.end_container().ok());
    if start_in && end_in {
        return None;
    }
    let clipped = range.clone_range();
    if !start_in {
        clipped.set_start(&body, 0).ok()?;
    }
    if !end_in {
        clipped.set_end(&body, body.child_nodes().length()).ok()?;
    }
    Some(clipped)
}

/// After a drag (mouse up at client point `x`, `y` in CSS px): a selection whose far end
/// left the article where it started is drawn again up to the point of that article
/// nearest the pointer (the end of the line beside it when the drag went sideways into
/// the next article), so what is seen selected is what a label key takes. When the pointer
/// is still on the article (a triple click on its last paragraph), the selection is cut at
/// the article's edge instead. Nothing changes for a selection within one article, or one
/// started outside every article.
pub fn keep_selection_in_article(x: f64, y: f64) {
    let Some(sel) = web_sys::window().and_then(|w| w.get_selection().ok().flatten()) else {
        return;
    };
    if sel.range_count() == 0 || sel.is_collapsed() {
        return;
    }
    let (Some(anchor), Some(focus)) = (sel.anchor_node(), sel.focus_node()) else {
        return;
    };
    let Some((_, body)) = article_of(&anchor) else {
        return;
    };
    if body.contains(Some(&focus)) {
        return;
    }
    let after = anchor.compare_document_position(&focus) & Node::DOCUMENT_POSITION_FOLLOWING != 0;
    let edge = || -> (Node, u32) {
        if after {
            (body.clone().into(), body.child_nodes().length())
        } else {
            (body.clone().into(), 0)
        }
    };
    let r = body.get_bounding_client_rect();
    // The pointer still on the article: the browser took the selection past it itself (a
    // triple click selects a paragraph up to the next block, outside the body after the
    // last paragraph): cut at the body's edge, not at the pointer, which would keep only
    // the words before it ("In" of "In 2018, …", the last pass of session 48).
    let on_body = (r.left()..=r.right()).contains(&x) && (r.top()..=r.bottom()).contains(&y);
    let (node, offset) = if on_body {
        edge()
    } else {
        // Inside the body's box, a little in from its edges (its padding: the nearest line).
        let cx = x.clamp(r.left() + 2.0, (r.right() - 4.0).max(r.left() + 2.0));
        let cy = y.clamp(r.top() + 2.0, (r.bottom() - 4.0).max(r.top() + 2.0));
        caret_at(cx, cy)
            .filter(|(n, _)| body.contains(Some(n)))
            .unwrap_or_else(edge)
    };
    let _ = sel.set_base_and_extent(&anchor, sel.anchor_offset(), &node, offset);
}

/// The DOM point (node, offset) of the text at client point `x`, `y`: Chromium's and
/// WebKit's `caretRangeFromPoint`, else the standard `caretPositionFromPoint` (Firefox),
/// called only when the browser has it.
fn caret_at(x: f64, y: f64) -> Option<(Node, u32)> {
    let doc = web_sys::window()?.document()?;
    let call = |name: &str| -> Option<wasm_bindgen::JsValue> {
        let f = js_sys::Reflect::get(&doc, &name.into()).ok()?;
        let f = f.dyn_into::<js_sys::Function>().ok()?;
        f.call2(&doc, &x.into(), &y.into()).ok()
    };
    if let Some(range) =
        call("caretRangeFromPoint").and_then(|v| v.dyn_into::<web_sys::Range>().ok())
    {
        return Some((range.start_container().ok()?, range.start_offset().ok()?));
    }
    let pos = call("caretPositionFromPoint")?;
    let node = js_sys::Reflect::get(&pos, &"offsetNode".into())
        .ok()?
        .dyn_into::<Node>()
        .ok()?;
    let offset = js_sys::Reflect::get(&pos, &"offset".into())
        .ok()?
        .as_f64()?;
    Some((node, offset as u32))
}

/// Whether the user has text selected (a non-collapsed selection anywhere).
pub fn has_text_selection() -> bool {
    web_sys::window()
        .and_then(|w| w.get_selection().ok().flatten())
        .map(|s| !s.is_collapsed())
        .unwrap_or(false)
}

pub fn clear_selection() {
    if let Some(sel) = web_sys::window().and_then(|w| w.get_selection().ok().flatten()) {
        let _ = sel.remove_all_ranges();
    }
}

/// Whether a key event comes from a field the user types into (then shortcuts are off).
pub fn is_typing_target(target: Option<web_sys::EventTarget>) -> bool {
    let Some(el) = target.and_then(|t| t.dyn_into::<Element>().ok()) else {
        return false;
    };
    let tag = el.tag_name().to_ascii_lowercase();
    if tag == "textarea" || tag == "select" {
        return true;
    }
    if tag == "input" {
        let kind = el
            .get_attribute("type")
            .unwrap_or_default()
            .to_ascii_lowercase();
        return !matches!(kind.as_str(), "checkbox" | "radio" | "button" | "file");
    }
    el.closest("[contenteditable]").ok().flatten().is_some()
}

/// Whether a key event's target is (inside) a button, link or disclosure summary, where
/// Enter already means "press this".
pub fn is_control_target(target: Option<web_sys::EventTarget>) -> bool {
    target
        .and_then(|t| t.dyn_into::<Element>().ok())
        .and_then(|el| {
            el.closest("button, a[href], summary, [role=button]")
                .ok()
                .flatten()
        })
        .is_some()
}

// ----- files -----

/// The files of a `FileList`.
pub fn file_list(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    let Some(list) = list else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// Read a file's bytes after checking its size against `limit`, so an oversized file is
/// never read into memory.
pub async fn read_file(file: &web_sys::File, limit: SizeLimit) -> Result<Vec<u8>, String> {
    formats::check_size(&file.name(), file.size() as u64, limit).map_err(|e| e.to_string())?;
    let promise = file.array_buffer();
    let buf = wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map_err(|_| {
            "the browser could not read the file; try again or choose another file".to_string()
        })?;
    Ok(js_sys::Uint8Array::new(&buf).to_vec())
}

// ----- leaving the page -----

/// While the returned listener lives, closing or reloading the page asks first (the
/// browser's own "Leave site?" question): for work that is neither saved nor exported.
pub fn ask_before_leaving() -> Option<gloo::events::EventListener> {
    let w = web_sys::window()?;
    let options = gloo::events::EventListenerOptions::enable_prevent_default();
    Some(gloo::events::EventListener::new_with_options(
        &w,
        "beforeunload",
        options,
        |e| {
            e.prevent_default();
            // Older browsers ask only when `returnValue` is set too.
            let _ = js_sys::Reflect::set(e, &"returnValue".into(), &"".into());
        },
    ))
}

// ----- downloads -----

/// Offer `bytes` as a download named `name`.
pub fn download(name: &str, mime: &str, bytes: &[u8]) -> Result<(), String> {
    let fail = |what: &str| format!("Could not start the download of {name} ({what}).");
    let array = js_sys::Uint8Array::from(bytes);
    let parts = js_sys::Array::of1(&array);
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &opts)
        .map_err(|_| fail("blob"))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| fail("object URL"))?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| fail("no document"))?;
    let a = document
        .create_element("a")
        .map_err(|_| fail("link"))?
        .dyn_into::<web_sys::HtmlAnchorElement>()
        .map_err(|_| fail("link"))?;
    a.set_href(&url);
    a.set_download(name);
    a.click();
    // Give the browser time to start the download before releasing the URL.
    gloo::timers::callback::Timeout::new(30_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

/// Export the workspace in `format` and download it, named from the workspace's identity
/// (`defector-exercise.maria.parallax.json`). Returns the exporter's warnings (what the
/// format leaves out, and that spans were exported without an annotator name), for a
/// notice.
pub fn export_download(ws: &Workspace, format: Format) -> Result<Vec<String>, String> {
    let mut out = formats::export(ws, format);
    if ws.identity.annotator.trim().is_empty() && !ws.spans.is_empty() {
        out.warnings.push(
            "Exported without an annotator name, so the file does not say who made these \
             spans: type your name in \u{201c}Your name\u{201d} under the toolbar and export \
             again if it is for grading, agreement or a dataset."
                .into(),
        );
    }
    let name = crate::exercise::export_file_name(ws, &out.file_name);
    download(&name, &out.mime, &out.bytes).map(|()| out.warnings)
}

/// The files chosen in the `<input type=file>` an event came from, emptying the input so
/// the same file can be chosen again.
pub fn take_input_files(e: &web_sys::Event) -> Vec<web_sys::File> {
    let Some(input) = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return Vec::new();
    };
    let files = file_list(input.files());
    input.set_value("");
    files
}

// ----- clicks -----

/// The id of the span whose mark (`mark.span-mark`) holds the target of a click, if any:
/// the one place that turns a click into a span.
pub fn span_at(target: Option<web_sys::EventTarget>) -> Option<String> {
    target
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest("mark.span-mark").ok().flatten())
        .and_then(|m| m.get_attribute("data-span-id"))
}

/// While manual-link mode is on: a capture-phase click listener on the window that turns
/// a click on a span ([`span_at`]) into `on_span(id)` and stops the click there (so the
/// article does not select the span instead). Dropping the listener removes it.
pub fn capture_span_clicks(
    on_span: impl Fn(String) + 'static,
) -> Option<gloo::events::EventListener> {
    let win = web_sys::window()?;
    let opts = gloo::events::EventListenerOptions {
        phase: gloo::events::EventListenerPhase::Capture,
        passive: false,
    };
    Some(gloo::events::EventListener::new_with_options(
        &win,
        "click",
        opts,
        move |e| {
            let Some(id) = span_at(e.target()) else {
                return;
            };
            e.stop_immediate_propagation();
            e.prevent_default();
            on_span(id);
        },
    ))
}

/// Run `f` in a task of its own right after the next frame is drawn (a timeout queued
/// from the frame's animation callback), so its work (a save, a scroll that needs the
/// layout) does not delay that frame. Dropping the handle before the frame cancels it.
pub fn after_frame(f: impl FnOnce() + 'static) -> gloo::render::AnimationFrame {
    gloo::render::request_animation_frame(move |_| {
        gloo::timers::callback::Timeout::new(0, f).forget();
    })
}

/// Resolve in a later task (a zero timeout), so that the work before and after the
/// `await` are separate tasks and the page can draw in between.
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        gloo::timers::callback::Timeout::new(0, move || {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        })
        .forget();
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Leave the focused text field, if one has the focus, so that its `change` event commits
/// what was typed (a note, the annotator's name, the instructions: those are saved when
/// the field is left). Called when the page is being left, so typing is never lost.
pub fn commit_focused_field() {
    let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
    else {
        return;
    };
    if matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA") {
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.blur();
        }
    }
}

/// Whether the page is hidden (another tab in front, or the page being left).
pub fn page_hidden() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .is_some_and(|d| d.hidden())
}

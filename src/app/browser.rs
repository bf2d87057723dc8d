//! All the web-sys glue: DOM selection -> code point offsets, reading files, local
//! storage autosave/restore, downloads, and keyboard-target checks.
//!
//! Every function returns a value or a `Result` with a message for the user; nothing
//! here panics on a browser or I/O failure.

use crate::formats::{self, Format, SizeLimit};
use crate::model::{offsets, Workspace};
use wasm_bindgen::JsCast;
use web_sys::{Element, Node};

/// The localStorage key of the autosaved workspace.
pub const STORAGE_KEY: &str = "parallax.workspace";

// ----- selection -----

fn leaf_start(el: &Element) -> Option<usize> {
    el.get_attribute("data-start")?.parse().ok()
}

fn node_element(node: &Node) -> Option<Element> {
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
fn article_of(node: &Node) -> Option<(String, Element)> {
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

/// The current text selection in an article, converted to code points.
pub fn selection_offsets() -> Option<Result<(String, usize, usize), String>> {
    let sel = web_sys::window()?.get_selection().ok()??;
    if sel.range_count() == 0 || sel.is_collapsed() {
        return None;
    }
    range_offsets(&sel.get_range_at(0).ok()?)
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

// ----- autosave -----

fn storage() -> Result<web_sys::Storage, String> {
    let unavailable = || "this browser does not allow local storage for this page".to_string();
    web_sys::window()
        .ok_or_else(unavailable)?
        .local_storage()
        .map_err(|_| unavailable())?
        .ok_or_else(unavailable)
}

/// The workspace as compact Parallax JSON without the derived fields (span texts,
/// checksums), which cost a scan of the text per span: autosave runs after every change.
/// `formats::import` reads it back (those fields are optional).
pub fn autosave_json(ws: &Workspace) -> Result<String, String> {
    let mut v = serde_json::to_value(ws)
        .map_err(|e| format!("could not prepare the workspace for saving: {e}"))?;
    if let Some(o) = v.as_object_mut() {
        o.insert("format".into(), "parallax".into());
        o.insert("version".into(), formats::json::VERSION.into());
    }
    Ok(v.to_string())
}

/// Save the workspace under [`STORAGE_KEY`].
pub fn save_workspace(ws: &Workspace) -> Result<(), String> {
    let store = storage()?;
    if ws.is_empty() && ws.spans.is_empty() {
        return store
            .remove_item(STORAGE_KEY)
            .map_err(|_| "could not clear the saved workspace".to_string());
    }
    let text = autosave_json(ws)?;
    store.set_item(STORAGE_KEY, &text).map_err(|e| {
        let detail = e
            .dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.message()))
            .unwrap_or_default();
        format!(
            "the browser refused to store the workspace ({} KB){}",
            text.len() / 1024,
            if detail.is_empty() {
                String::new()
            } else {
                format!(": {detail}")
            }
        )
    })
}

/// What was found in local storage at start.
pub enum Restored {
    Nothing,
    Workspace(Workspace, Vec<String>),
    /// The stored data could not be read. `kept` is the key it was copied to, or `None`
    /// if copying failed (then autosave must not overwrite it).
    Corrupt {
        error: String,
        kept: Option<String>,
        /// The stored text, so the user can download it.
        raw: std::rc::Rc<str>,
        /// What could be recovered, with what was left out.
        salvaged: Option<(Workspace, Vec<String>)>,
    },
    Unavailable(String),
}

/// Read the autosaved workspace. Corrupt data is copied to another key, never wiped.
pub fn restore_workspace() -> Restored {
    let store = match storage() {
        Ok(s) => s,
        Err(e) => return Restored::Unavailable(e),
    };
    let raw = match store.get_item(STORAGE_KEY) {
        Ok(Some(raw)) => raw,
        Ok(None) => return Restored::Nothing,
        Err(_) => return Restored::Unavailable("could not read local storage".into()),
    };
    match formats::import("the saved workspace", raw.as_bytes()) {
        Ok(imp) => Restored::Workspace(imp.workspace, imp.warnings),
        Err(e) => {
            let key = format!("{STORAGE_KEY}.corrupt-{}", js_sys::Date::now() as u64);
            let kept = store.set_item(&key, &raw).ok().map(|_| key);
            Restored::Corrupt {
                error: e.to_string(),
                kept,
                salvaged: crate::formats::salvage::salvage(&raw),
                raw: raw.into(),
            }
        }
    }
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
/// format leaves out), for a notice.
pub fn export_download(ws: &Workspace, format: Format) -> Result<Vec<String>, String> {
    let out = formats::export(ws, format);
    let name = crate::exercise::export_file_name(ws, &out.file_name);
    download(&name, &out.mime, &out.bytes).map(|()| out.warnings)
}

// ----- keyboard selection -----

/// Extend the text selection with Shift+arrow keys inside an article body (browsers do
/// not do this in read-only text without caret browsing). `key` is the arrow key name;
/// `word` extends by words (Ctrl held). Returns true if the key was handled.
pub fn extend_selection(target: Option<web_sys::EventTarget>, key: &str, word: bool) -> bool {
    let (direction, granularity) = match key {
        "ArrowLeft" => ("backward", if word { "word" } else { "character" }),
        "ArrowRight" => ("forward", if word { "word" } else { "character" }),
        "ArrowUp" => ("backward", "line"),
        "ArrowDown" => ("forward", "line"),
        "Home" => ("backward", "lineboundary"),
        "End" => ("forward", "lineboundary"),
        _ => return false,
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

/// Scroll the first mark of span `id` into view if it is not visible.
pub fn reveal_span(id: &str) {
    let el = web_sys::window().and_then(|w| w.document()).and_then(|d| {
        d.query_selector(&format!("mark[data-span-id=\"{id}\"]"))
            .ok()
            .flatten()
    });
    if let Some(el) = el {
        let opts = web_sys::ScrollIntoViewOptions::new();
        opts.set_block(web_sys::ScrollLogicalPosition::Nearest);
        el.scroll_into_view_with_scroll_into_view_options(&opts);
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

//! All the web-sys glue: DOM selection -> code point offsets, reading files, local
//! storage autosave/restore, downloads, and keyboard-target checks.
//!
//! Every function returns a value or a `Result` with a message for the user; nothing
//! here panics on a browser or I/O failure.

use crate::formats::registry::{self, Entry, Registry};
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

thread_local! {
    static DOC_JSON: std::cell::RefCell<formats::autosave::DocCache> = Default::default();
}

/// The workspace as compact Parallax JSON without the derived fields (span texts,
/// checksums), which cost a scan of the text per span: autosave runs after every change.
/// Each article's JSON is built once ([`formats::autosave`]). `formats::import` reads it
/// back (those fields are optional).
pub fn autosave_json(ws: &Workspace) -> Result<String, String> {
    DOC_JSON.with(|c| formats::autosave::autosave_json(ws, &mut c.borrow_mut()))
}

fn autosave_with_annotator(ws: &Workspace) -> Result<(String, Option<String>), String> {
    DOC_JSON.with(|c| formats::autosave::autosave_with_annotator(ws, &mut c.borrow_mut()))
}

fn quota_message(e: &wasm_bindgen::JsValue, len: usize) -> String {
    let detail = e
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .unwrap_or_default();
    format!(
        "the browser refused to store the workspace ({} KB){}",
        len / 1024,
        if detail.is_empty() {
            String::new()
        } else {
            format!(": {detail}")
        }
    )
}

thread_local! {
    static TAB_ID: String = format!(
        "tab-{}-{}",
        js_sys::Date::now() as u64,
        (js_sys::Math::random() * 1e9) as u64
    );
}

/// This tab's id (random, per page load): written to a workspace's owner key.
pub fn tab_id() -> String {
    TAB_ID.with(|t| t.clone())
}

/// A fresh workspace id.
pub fn new_workspace_id() -> String {
    registry::new_id(js_sys::Date::now(), js_sys::Math::random())
}

fn read_registry(store: &web_sys::Storage) -> Registry {
    Registry::parse(
        store
            .get_item(registry::INDEX_KEY)
            .ok()
            .flatten()
            .as_deref(),
    )
}

fn write_registry(store: &web_sys::Storage, r: &Registry) {
    // The index is only a summary (rebuilt from the keys), so failing to write it loses nothing.
    let _ = store.set_item(registry::INDEX_KEY, &r.to_json());
}

/// Move the save of the one-slot era ([`registry::LEGACY_KEY`]) under a fresh id,
/// unchanged (a damaged one too: opening it salvages what it can). The old key is removed
/// only once the copy is stored.
fn migrate_legacy(store: &web_sys::Storage) {
    let Ok(Some(raw)) = store.get_item(registry::LEGACY_KEY) else {
        return;
    };
    let id = new_workspace_id();
    if store.set_item(&registry::data_key(&id), &raw).is_err() {
        return; // no room: keep the old slot; it is tried again next time
    }
    let entry = match formats::import("the saved workspace", raw.as_bytes()) {
        Ok(imp) => Entry::describe(&id, &imp.workspace, None, js_sys::Date::now()),
        Err(_) => Entry {
            id: id.clone(),
            title: "Saved workspace (damaged)".into(),
            annotator: None,
            articles: 0,
            spans: 0,
            changed_ms: js_sys::Date::now(),
        },
    };
    let mut r = read_registry(store);
    r.upsert(entry);
    write_registry(store, &r);
    let _ = store.remove_item(registry::LEGACY_KEY);
}

/// The workspaces saved in this browser (every copy of the file shares them), most
/// recently changed first. Moves an old one-slot save into the list first.
pub fn list_workspaces() -> Result<Vec<Entry>, String> {
    let store = storage()?;
    migrate_legacy(&store);
    let n = store
        .length()
        .map_err(|_| "could not read local storage".to_string())?;
    let ids: Vec<String> = (0..n)
        .filter_map(|i| store.key(i).ok().flatten())
        .filter_map(|k| registry::id_of_data_key(&k).map(str::to_string))
        .collect();
    let mut r = read_registry(&store);
    let before = r.clone();
    r.reconcile(&ids);
    if r != before {
        write_registry(&store, &r);
    }
    Ok(r.recent())
}

/// Make this tab the one that writes workspace `id`; a tab that had it open sees the
/// change (a `storage` event) and becomes read-only.
pub fn claim_workspace(id: &str) -> Result<(), String> {
    storage()?
        .set_item(&registry::owner_key(id), &tab_id())
        .map_err(|e| quota_message(&e, 0))
}

/// The outcome of an autosave.
pub enum SaveOutcome {
    Saved,
    /// Another tab (or copy of the file) opened this workspace since: nothing was written.
    /// This tab's version, if it differs from the stored one, was saved as a new workspace
    /// (`Some((id, title))`), or could not be (`Err`).
    Taken(Result<Option<(String, String)>, String>),
    Failed(String),
}

/// Save workspace `ws` under id `id` if this tab still owns it (see
/// [`registry::may_write`]). An empty workspace removes its save.
pub fn save_workspace(id: &str, ws: &Workspace) -> SaveOutcome {
    let store = match storage() {
        Ok(s) => s,
        Err(e) => return SaveOutcome::Failed(e),
    };
    let owner = store.get_item(&registry::owner_key(id)).ok().flatten();
    if !registry::may_write(owner.as_deref(), &tab_id()) {
        return SaveOutcome::Taken(save_copy(&store, id, ws));
    }
    if owner.is_none() {
        let _ = store.set_item(&registry::owner_key(id), &tab_id());
    }
    let key = registry::data_key(id);
    if ws.is_empty() && ws.spans.is_empty() {
        let _ = store.remove_item(&registry::owner_key(id));
        let mut r = read_registry(&store);
        r.remove(id);
        write_registry(&store, &r);
        return match store.remove_item(&key) {
            Ok(()) => SaveOutcome::Saved,
            Err(_) => SaveOutcome::Failed("could not clear the saved workspace".into()),
        };
    }
    let (text, annotator) = match autosave_with_annotator(ws) {
        Ok(t) => t,
        Err(e) => return SaveOutcome::Failed(e),
    };
    if let Err(e) = store.set_item(&key, &text) {
        return SaveOutcome::Failed(quota_message(&e, text.len()));
    }
    let mut r = read_registry(&store);
    r.upsert(Entry::describe(id, ws, annotator, js_sys::Date::now()));
    write_registry(&store, &r);
    SaveOutcome::Saved
}

/// Save `ws` as a new workspace when it differs from what is stored under `id`.
fn save_copy(
    store: &web_sys::Storage,
    id: &str,
    ws: &Workspace,
) -> Result<Option<(String, String)>, String> {
    let text = autosave_json(ws)?;
    let stored = store.get_item(&registry::data_key(id)).ok().flatten();
    if stored.as_deref() == Some(text.as_str()) || ws.is_empty() {
        return Ok(None);
    }
    let new = new_workspace_id();
    store
        .set_item(&registry::data_key(&new), &text)
        .map_err(|e| quota_message(&e, text.len()))?;
    let mut entry = Entry::describe(&new, ws, None, js_sys::Date::now());
    entry.title = format!("{} (copy from another tab)", entry.title);
    let title = entry.title.clone();
    let mut r = read_registry(store);
    r.upsert(entry);
    write_registry(store, &r);
    Ok(Some((new, title)))
}

/// What was found in local storage for a workspace.
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

/// Read saved workspace `id`. Corrupt data is copied to another key, never wiped.
pub fn restore_workspace(id: &str) -> Restored {
    let store = match storage() {
        Ok(s) => s,
        Err(e) => return Restored::Unavailable(e),
    };
    let key = registry::data_key(id);
    let raw = match store.get_item(&key) {
        Ok(Some(raw)) => raw,
        Ok(None) => return Restored::Nothing,
        Err(_) => return Restored::Unavailable("could not read local storage".into()),
    };
    match formats::import("the saved workspace", raw.as_bytes()) {
        Ok(imp) => Restored::Workspace(imp.workspace, imp.warnings),
        Err(e) => {
            // One kept copy per damaged text: reopening does not copy it again.
            let existing = (0..store.length().unwrap_or(0))
                .filter_map(|i| store.key(i).ok().flatten())
                .find(|k| {
                    k.starts_with(&format!("{key}.corrupt-"))
                        && store.get_item(k).ok().flatten().as_deref() == Some(raw.as_str())
                });
            let kept = existing.or_else(|| {
                let copy = format!("{key}.corrupt-{}", js_sys::Date::now() as u64);
                store.set_item(&copy, &raw).ok().map(|_| copy)
            });
            Restored::Corrupt {
                error: e.to_string(),
                kept,
                salvaged: crate::formats::salvage::salvage(&raw),
                raw: raw.into(),
            }
        }
    }
}

/// Call `f` when another tab (or copy of the file) claims workspace `id` or changes its
/// save: `f` gets the new owner's tab id (`None` when only the data changed).
pub fn on_workspace_taken(
    id: String,
    f: impl Fn(Option<String>) + 'static,
) -> Option<gloo::events::EventListener> {
    let window = web_sys::window()?;
    let me = tab_id();
    Some(gloo::events::EventListener::new(
        &window,
        "storage",
        move |e| {
            let Some(e) = e.dyn_ref::<web_sys::StorageEvent>() else {
                return;
            };
            let Some(key) = e.key() else { return };
            if key == registry::owner_key(&id) {
                if let Some(owner) = e.new_value() {
                    if owner != me {
                        f(Some(owner));
                    }
                }
            }
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
/// format leaves out), for a notice.
pub fn export_download(ws: &Workspace, format: Format) -> Result<Vec<String>, String> {
    let out = formats::export(ws, format);
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

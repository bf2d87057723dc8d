//! Which tab writes a workspace (wasm only): this tab's id, claiming a workspace (its
//! owner key in local storage), this tab's heartbeat (so that a claim left by a browser
//! that was killed is not taken for an open tab's), and hearing through `storage` events
//! that another tab (or copy of the file) took or deleted the workspace open in this one.

use super::{quota_message, storage, STORED};
use crate::formats::registry;
use std::cell::RefCell;
use wasm_bindgen::JsCast;

thread_local! {
    /// The timer writing this tab's heartbeat, kept while the page lives.
    static HEARTBEAT: RefCell<Option<gloo::timers::callback::Interval>> = const { RefCell::new(None) };
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

/// The session storage key naming the workspace this tab has open. A tab's session
/// storage outlives a reload of the page, so the page knows its own workspace after one
/// (`registry::reopen_at_start`); a new tab starts without it.
const TAB_WORKSPACE_KEY: &str = "parallax.v2.tab-workspace";

/// This tab's session storage, if the browser gives it.
fn session() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok()?
}

/// The workspace this tab had open before the page was reloaded (or has open now), if
/// its session storage says so.
pub fn had_in_tab() -> Option<String> {
    session()?.get_item(TAB_WORKSPACE_KEY).ok()?
}

/// Make this tab the one that writes workspace `id`; a tab that had it open sees the
/// change (a `storage` event) and becomes read-only. This tab's session storage names it
/// ([`had_in_tab`]; a failure there is ignored: a reload then shows the list).
pub fn claim_workspace(id: &str) -> Result<(), String> {
    if let Some(s) = session() {
        let _ = s.set_item(TAB_WORKSPACE_KEY, id);
    }
    storage()?
        .set_item(&registry::owner_key(id), &tab_id())
        .map_err(|e| quota_message(&e, 0))
}

/// Give up this tab's claim on workspace `id` when the page goes away (`pagehide`): its
/// owner key is removed if it still names this tab, so the list can tell a workspace
/// open in another tab ([`claimed_elsewhere`]) from one whose tab was closed. Nothing
/// else changes; a storage failure is ignored (the claim then stays, as before).
pub fn release_workspace(id: &str) {
    let Ok(store) = storage() else { return };
    let key = registry::owner_key(id);
    if store.get_item(&key).ok().flatten().as_deref() == Some(tab_id().as_str()) {
        let _ = store.remove_item(&key);
    }
}

/// Start this tab's heartbeat: its time under [`registry::alive_key`] now and every
/// [`registry::HEARTBEAT_MS`], removed when the page is left for good; and forget the
/// heartbeats of tabs gone without a word (older than [`registry::CLAIM_STALE_MS`]). A storage failure is ignored: other tabs then take
/// this tab's claims for a killed browser's, which only lets them offer a new
/// workspace's paste draft that this tab also shows.
pub fn start_heartbeat() {
    let Ok(store) = storage() else { return };
    let now = js_sys::Date::now();
    let gone: Vec<String> = (0..store.length().unwrap_or(0))
        .filter_map(|i| store.key(i).ok().flatten())
        .filter(|k| k.starts_with(registry::ALIVE_PREFIX))
        .filter(|k| !registry::claim_is_live(store.get_item(k).ok().flatten().as_deref(), now))
        .collect();
    for key in gone {
        let _ = store.remove_item(&key);
    }
    beat();
    let timer = gloo::timers::callback::Interval::new(registry::HEARTBEAT_MS, beat);
    HEARTBEAT.with(|h| *h.borrow_mut() = Some(timer));
    // Leaving the page for good (not into the back-forward cache) removes the heartbeat:
    // a reload leaves no beat behind for a tab that no longer exists.
    if let Some(window) = web_sys::window() {
        gloo::events::EventListener::new(&window, "pagehide", |e| {
            if left_for_good(e) {
                if let Ok(store) = storage() {
                    let _ = store.remove_item(&registry::alive_key(&tab_id()));
                }
            }
        })
        .forget();
    }
}

/// Whether a `pagehide` event `e` leaves the page for good: not into the back-forward
/// cache (its `persisted` is not `true`).
pub fn left_for_good(e: &web_sys::Event) -> bool {
    !js_sys::Reflect::get(e, &"persisted".into())
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}

fn beat() {
    if let Ok(store) = storage() {
        let now = js_sys::Date::now().to_string();
        let _ = store.set_item(&registry::alive_key(&tab_id()), &now);
    }
}

/// Whether workspace `id` is claimed by another tab (or copy of the file) that has not
/// released it and is still open: its heartbeat is recent ([`registry::claim_is_live`]).
/// A claim left by a browser that was killed stands for [`registry::CLAIM_STALE_MS`]
/// after its last beat, then no longer, and its owner key is removed when found so
/// (session 48: it stayed for good). `false` when local storage cannot be read.
pub fn claimed_elsewhere(id: &str) -> bool {
    matches!(
        claim_on(id),
        registry::Claim::Live | registry::Claim::Silent { .. }
    )
}

/// How long (ms) the claim of another tab on workspace `id` still stands when that tab
/// has stopped answering ([`registry::Claim::Silent`]: no beat for
/// [`registry::SILENT_MS`]); `None` when it beats, or there is no such claim.
pub fn silent_claim_ms(id: &str) -> Option<f64> {
    match claim_on(id) {
        registry::Claim::Silent { stale_in_ms } => Some(stale_in_ms),
        _ => None,
    }
}

/// The claim on workspace `id` now ([`registry::claim_state`]); a dead claim's owner key
/// is removed (nothing else of the workspace). [`registry::Claim::Free`] when local
/// storage cannot be read.
fn claim_on(id: &str) -> registry::Claim {
    let Ok(store) = storage() else {
        return registry::Claim::Free;
    };
    let key = registry::owner_key(id);
    let owner = store.get_item(&key).ok().flatten();
    let beat = owner
        .as_ref()
        .and_then(|o| store.get_item(&registry::alive_key(o)).ok().flatten());
    let claim = registry::claim_state(
        owner.as_deref(),
        &tab_id(),
        beat.as_deref(),
        js_sys::Date::now(),
    );
    if claim == registry::Claim::Dead {
        let _ = store.remove_item(&key);
    }
    claim
}

/// What another tab (or copy of the file) did to the workspace open in this one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Elsewhere {
    /// It opened the workspace: that tab now saves it, this one is read-only.
    Taken,
    /// It deleted the workspace's save (from the list, or by emptying it). This tab still
    /// holds everything; its article texts count as unsaved again, so its next save
    /// writes them back with the record.
    Deleted,
}

/// Call `f` when another tab (or copy of the file) claims workspace `id` or deletes its
/// save (a `storage` event: only other tabs get one).
pub fn on_workspace_taken(
    id: String,
    f: impl Fn(Elsewhere) + 'static,
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
                        f(Elsewhere::Taken);
                    }
                }
            } else if key == registry::data_key(&id) && e.new_value().is_none() {
                // The other tab also deletes the texts from IndexedDB: this tab must not
                // take them for stored, or its next save would keep a record without them.
                let prefix = format!("{id}/");
                STORED.with(|s| s.borrow_mut().retain(|k| !k.starts_with(&prefix)));
                f(Elsewhere::Deleted);
            }
        },
    ))
}

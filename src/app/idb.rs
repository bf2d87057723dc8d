//! IndexedDB glue (wasm only): the one object store that holds the article texts of saved
//! workspaces, each a string under a key `<workspace id>/<sha256 of the text>` (see
//! [`super::storage`]), and each workspace's mirror (its record and list entry, under
//! `record:<workspace id>`, see [`crate::formats::registry::mirror`]). The mirrors share
//! the store (and the database's version 1) on purpose: a new store needs a version
//! upgrade, and an older copy of the page, which opens version 1, would then be refused
//! the database (a `VersionError`) and with it every article text. IndexedDB has room for many megabytes where local storage holds
//! about 5 MB in all, and its writes do not block the page while they are stored.
//!
//! Plain web-sys: each request or transaction becomes a `Promise` whose `resolve` and
//! `reject` are the request's own event handlers, awaited with `JsFuture`. Every function
//! returns a `Result` with a message for the user; nothing here panics.

use std::cell::RefCell;
use std::sync::Arc;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbTransaction, IdbTransactionMode};

/// The database's name (one per origin: every copy of the file opened from file:// shares
/// it, like local storage).
const DB_NAME: &str = "parallax";
/// The object store of article texts.
const STORE: &str = "texts";
/// How long opening the database may take before saves go to local storage instead (ms).
const OPEN_WAIT_MS: i32 = 10_000;

thread_local! {
    /// The open database, or why it could not be opened; `None` until the first open ends.
    static DB: RefCell<Option<Result<IdbDatabase, String>>> = const { RefCell::new(None) };
}

/// Whether the database could be opened: `None` while that is not known yet.
pub fn availability() -> Option<Result<(), String>> {
    DB.with(|d| {
        d.borrow()
            .as_ref()
            .map(|r| r.as_ref().map(|_| ()).map_err(Clone::clone))
    })
}

fn message(e: Option<web_sys::DomException>, what: &str) -> String {
    match e {
        Some(e) if !e.message().is_empty() => format!("{what}: {} ({})", e.message(), e.name()),
        Some(e) => format!("{what}: {}", e.name()),
        None => what.to_string(),
    }
}

/// Wait until a transaction is committed (`complete`), or fails (`abort`, e.g. with a
/// `QuotaExceededError` when the disk or the browser's quota is full).
async fn commit(tx: &IdbTransaction, what: &str) -> Result<(), String> {
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        tx.set_oncomplete(Some(&resolve));
        tx.set_onabort(Some(&reject));
    });
    JsFuture::from(promise)
        .await
        .map(|_| ())
        .map_err(|_| message(tx.error(), what))
}

async fn open_db() -> Result<IdbDatabase, String> {
    let none = || "this browser does not offer IndexedDB to this page".to_string();
    let factory = web_sys::window()
        .ok_or_else(none)?
        .indexed_db()
        .map_err(|_| none())?
        .ok_or_else(none)?;
    let req = factory
        .open_with_u32(DB_NAME, 1)
        .map_err(|_| "the browser refused to open its database (IndexedDB)".to_string())?;
    // First open: create the store of texts.
    let upgrade = {
        let req = req.clone();
        wasm_bindgen::closure::Closure::once_into_js(move |_: web_sys::Event| {
            if let Some(db) = req
                .result()
                .ok()
                .and_then(|r| r.dyn_into::<IdbDatabase>().ok())
            {
                if !db.object_store_names().contains(STORE) {
                    let _ = db.create_object_store(STORE);
                }
            }
        })
    };
    req.set_onupgradeneeded(upgrade.dyn_ref::<js_sys::Function>());
    let opened = js_sys::Promise::new(&mut |resolve, reject| {
        req.set_onsuccess(Some(&resolve));
        req.set_onerror(Some(&reject));
    });
    // An open that neither succeeds nor fails (blocked) must not hold saves back for ever.
    let late = js_sys::Promise::new(&mut |_, reject| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&reject, OPEN_WAIT_MS);
        }
    });
    let raced = JsFuture::from(js_sys::Promise::race(&js_sys::Array::of2(&opened, &late))).await;
    req.set_onupgradeneeded(None);
    req.set_onsuccess(None);
    req.set_onerror(None);
    let what = "could not open the browser's database (IndexedDB)";
    match raced {
        Ok(_) => req
            .result()
            .ok()
            .and_then(|db| db.dyn_into::<IdbDatabase>().ok())
            .ok_or_else(|| what.to_string()),
        Err(_) => match req.error().ok().flatten() {
            Some(e) => Err(message(Some(e), what)),
            None => Err(format!("{what} within {} s", OPEN_WAIT_MS / 1000)),
        },
    }
}

/// The database, opened on first use (the outcome is kept: see [`availability`]).
pub async fn open() -> Result<IdbDatabase, String> {
    if let Some(known) = DB.with(|d| d.borrow().clone()) {
        return known;
    }
    let got = open_db().await;
    DB.with(|d| *d.borrow_mut() = Some(got.clone()));
    got
}

fn transaction(
    db: &IdbDatabase,
    mode: IdbTransactionMode,
) -> Result<(IdbTransaction, web_sys::IdbObjectStore), String> {
    let fail = || "could not use the browser's database (IndexedDB)".to_string();
    let tx = db
        .transaction_with_str_and_mode(STORE, mode)
        .map_err(|_| fail())?;
    let store = tx.object_store(STORE).map_err(|_| fail())?;
    Ok((tx, store))
}

/// Put `value` under `key` in `store` of transaction `tx`; when the browser refuses, the
/// transaction is aborted and the error says `refused` (with the browser's reason).
fn put(
    tx: &web_sys::IdbTransaction,
    store: &web_sys::IdbObjectStore,
    key: &str,
    value: &str,
    refused: &str,
) -> Result<(), String> {
    store
        .put_with_key(&JsValue::from_str(value), &JsValue::from_str(key))
        .map(|_| ())
        .map_err(|e| {
            let _ = tx.abort();
            message(e.dyn_into::<web_sys::DomException>().ok(), refused)
        })
}

/// Store `texts` (key, text) in one transaction: all are stored, or none.
pub async fn put_texts(texts: &[(String, Arc<str>)]) -> Result<(), String> {
    let db = open().await?;
    let (tx, store) = transaction(&db, IdbTransactionMode::Readwrite)?;
    for (key, text) in texts {
        put(
            &tx,
            &store,
            key,
            text,
            "the browser refused to store an article's text (IndexedDB)",
        )?;
    }
    let bytes: usize = texts.iter().map(|(_, t)| t.len()).sum();
    commit(
        &tx,
        &format!(
            "the browser refused to store the article texts ({} KB)",
            bytes / 1024
        ),
    )
    .await
}

/// The texts under `keys`, in order (`None` for a key with nothing stored).
pub async fn get_texts(keys: &[String]) -> Result<Vec<Option<String>>, String> {
    let db = open().await?;
    let (tx, store) = transaction(&db, IdbTransactionMode::Readonly)?;
    let mut requests = Vec::with_capacity(keys.len());
    for key in keys {
        requests.push(
            store
                .get(&JsValue::from_str(key))
                .map_err(|_| "could not read an article's text (IndexedDB)".to_string())?,
        );
    }
    commit(&tx, "could not read the article texts (IndexedDB)").await?;
    Ok(requests
        .iter()
        .map(|r| r.result().ok().and_then(|v| v.as_string()))
        .collect())
}

/// The keys that start with `prefix` (up to `prefix` + U+FFFF).
fn prefix_range(prefix: &str) -> Result<web_sys::IdbKeyRange, JsValue> {
    web_sys::IdbKeyRange::bound(
        &JsValue::from_str(prefix),
        &JsValue::from_str(&format!("{prefix}\u{ffff}")),
    )
}

/// Delete every text whose key starts with `prefix` and that `keep` does not keep.
/// `keep` is asked when the deleting transaction is made, after the listing: a text
/// stored again in between (an undone removal) can be kept then.
pub async fn delete_unused(prefix: &str, keep: impl Fn(&str) -> bool) -> Result<(), String> {
    let db = open().await?;
    let fail = || "could not tidy the browser's database (IndexedDB)".to_string();
    let range = prefix_range(prefix).map_err(|_| fail())?;
    // Listing, then deleting in a transaction of its own (a transaction is not kept open
    // across an await).
    let (tx, store) = transaction(&db, IdbTransactionMode::Readonly)?;
    let req = store.get_all_keys_with_key(&range).map_err(|_| fail())?;
    commit(&tx, "could not list the stored texts (IndexedDB)").await?;
    let keys = req.result().map_err(|_| fail())?;
    let unused: Vec<JsValue> = js_sys::Array::from(&keys)
        .iter()
        .filter(|k| k.as_string().is_some_and(|k| !keep(&k)))
        .collect();
    if unused.is_empty() {
        return Ok(());
    }
    let (tx, store) = transaction(&db, IdbTransactionMode::Readwrite)?;
    for key in &unused {
        store.delete(key).map_err(|_| fail())?;
    }
    commit(&tx, "could not tidy the browser's database (IndexedDB)").await
}

/// A read-write transaction committed with `durability: "strict"` (the browser flushes
/// it to disk before `complete`, so a power cut or an OS crash keeps it too, with every
/// write committed before it), or a plain one where the browser does not take the option.
/// web-sys has the option behind `web_sys_unstable_apis` only, so it is passed by hand.
fn strict_transaction(
    db: &IdbDatabase,
) -> Result<(IdbTransaction, web_sys::IdbObjectStore), String> {
    let strict = || -> Option<IdbTransaction> {
        let f = js_sys::Reflect::get(db, &JsValue::from_str("transaction"))
            .ok()?
            .dyn_into::<js_sys::Function>()
            .ok()?;
        let options = js_sys::Object::new();
        js_sys::Reflect::set(&options, &"durability".into(), &"strict".into()).ok()?;
        f.call3(db, &STORE.into(), &"readwrite".into(), &options)
            .ok()?
            .dyn_into::<IdbTransaction>()
            .ok()
    };
    match strict() {
        Some(tx) => {
            let store = tx
                .object_store(STORE)
                .map_err(|_| "could not use the browser's database (IndexedDB)".to_string())?;
            Ok((tx, store))
        }
        None => transaction(db, IdbTransactionMode::Readwrite),
    }
}

/// Store `value` under `key` (one transaction, flushed to disk: see
/// [`strict_transaction`]), e.g. a workspace's mirror.
pub async fn put_value(key: &str, value: &str) -> Result<(), String> {
    let db = open().await?;
    let (tx, store) = strict_transaction(&db)?;
    put(
        &tx,
        &store,
        key,
        value,
        "the browser refused to store the workspace's copy (IndexedDB)",
    )?;
    commit(
        &tx,
        &format!(
            "the browser refused to store the workspace's copy ({} KB, IndexedDB)",
            value.len() / 1024
        ),
    )
    .await
}

/// Delete what is stored under `key` (nothing if there is nothing).
pub async fn delete_value(key: &str) -> Result<(), String> {
    let db = open().await?;
    let (tx, store) = transaction(&db, IdbTransactionMode::Readwrite)?;
    store
        .delete(&JsValue::from_str(key))
        .map_err(|_| "could not delete from the browser's database (IndexedDB)".to_string())?;
    commit(
        &tx,
        "could not delete from the browser's database (IndexedDB)",
    )
    .await
}

/// Every string stored under a key that starts with `prefix` (not the texts: a prefix
/// that no text key has, like the mirrors'), in key order.
pub async fn values_with_prefix(prefix: &str) -> Result<Vec<String>, String> {
    let db = open().await?;
    let fail = || "could not read the browser's database (IndexedDB)".to_string();
    let range = prefix_range(prefix).map_err(|_| fail())?;
    let (tx, store) = transaction(&db, IdbTransactionMode::Readonly)?;
    let req = store.get_all_with_key(&range).map_err(|_| fail())?;
    commit(&tx, "could not read the saved workspaces (IndexedDB)").await?;
    let values = req.result().map_err(|_| fail())?;
    Ok(js_sys::Array::from(&values)
        .iter()
        .filter_map(|v| v.as_string())
        .collect())
}

//! What a panic leaves behind: the browser build aborts on a panic (wasm has no
//! unwinding), so nothing after it runs and the caller in JavaScript gets a bare
//! `RuntimeError: unreachable`. [`install_panic_hook`] keeps the panic's own message where
//! the page can still read it after the abort: `globalThis.parallaxPanic` (a string, in the
//! page and in the matcher's worker alike), and writes it to the console. The worker's
//! message loop sends it with the error (`{id, error, panic}`), and the page's watchdog
//! (`schedule.rs`) reads it with [`take_panic_message`] to tell the user what failed.

use wasm_bindgen::JsValue;

/// The global the panic hook writes to.
const PANIC_KEY: &str = "parallaxPanic";

/// Record every panic's message in `globalThis.parallaxPanic` and on the console. Once, at
/// start, in the page and in the worker.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let msg = info.to_string().replace('\n', " ");
        gloo::console::error!(format!("parallax: {msg}"));
        let _ = js_sys::Reflect::set(
            &js_sys::global(),
            &PANIC_KEY.into(),
            &JsValue::from_str(&msg),
        );
    }));
}

/// The message of the last panic recorded by [`install_panic_hook`], cleared so that a
/// later failure is not told with an old message; `None` when none was recorded.
pub fn take_panic_message() -> Option<String> {
    let global = js_sys::global();
    let msg = js_sys::Reflect::get(&global, &PANIC_KEY.into())
        .ok()?
        .as_string();
    let _ = js_sys::Reflect::set(&global, &PANIC_KEY.into(), &JsValue::UNDEFINED);
    msg
}

//! What a panic leaves behind: the browser build aborts on a panic (wasm has no
//! unwinding), so nothing after it runs and the caller in JavaScript gets a bare
//! `RuntimeError: unreachable`. [`install_panic_hook`] keeps the panic's own message where
//! the page can still read it after the abort: `globalThis.parallaxPanic` (a string, in the
//! page and in the matcher's worker alike), and writes it to the console. The worker's
//! message loop sends it with the error (`{id, error, panic}`), and the page's watchdog
//! (`schedule.rs`) reads it with [`take_panic_message`] to tell the user what failed.
//!
//! With the cargo feature `test-failures` (only the browser tests have it: a wasm
//! dev-dependency of the package on itself), [`fail_next_run`] makes the page's next
//! matcher run panic, so the failure panel can be tested; the page never has it.

use wasm_bindgen::JsValue;

/// The global the panic hook writes to.
const PANIC_KEY: &str = "parallaxPanic";

/// Record every panic's message in `globalThis.parallaxPanic` and on the console, then
/// run the hook that was there before (the browser tests' own). At start, in the page and
/// in the worker; later calls do nothing (after a panic the hook cannot be changed any
/// more: wasm does not unwind, so std counts the thread as panicking for good). Set
/// through Yew (`yew::set_custom_panic_hook`): rendering the app replaces any other hook
/// with Yew's own, which records nothing, so the page's failures were told without their
/// message ("Details: the matcher stopped").
pub fn install_panic_hook() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(set_panic_hook);
}

fn set_panic_hook() {
    let earlier = std::panic::take_hook();
    yew::set_custom_panic_hook(Box::new(move |info| {
        let msg = info.to_string().replace('\n', " ");
        gloo::console::error!(format!("parallax: {msg}"));
        let _ = js_sys::Reflect::set(
            &js_sys::global(),
            &PANIC_KEY.into(),
            &JsValue::from_str(&msg),
        );
        earlier(info);
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

#[cfg(feature = "test-failures")]
thread_local! {
    /// The message the page's next matcher run panics with ([`fail_next_run`]).
    static FAIL_NEXT: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Tests only (feature `test-failures`): the page's next matcher run panics with `why`.
#[cfg(feature = "test-failures")]
pub fn fail_next_run(why: &str) {
    FAIL_NEXT.with(|f| *f.borrow_mut() = Some(why.to_string()));
}

/// Panic if a test asked for it ([`fail_next_run`]); nothing without the feature.
pub(super) fn fail_if_asked() {
    #[cfg(feature = "test-failures")]
    if let Some(why) = FAIL_NEXT.with(|f| f.borrow_mut().take()) {
        panic!("{why}");
    }
}

//! A matcher failure in the page (a panic: wasm aborts the call) is told in the
//! suggestions panel with the panic's own message, every time, also after the app has been
//! rendered (Yew installs its own panic hook on render unless one was set through it).
//! The failure is made with the test-only `fail_next_run` (cargo feature
//! `test-failures`, which only these tests have).

use super::*;
use parallax::app::state::matching::ViewAction;
use parallax::app::worker::{self, Engine, Reports};
use parallax::model::Workspace;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsValue;

#[yew::function_component(Blank)]
fn blank() -> yew::Html {
    yew::Html::default()
}

/// As the page starts (`app::start`): the panic hook first, then the app is rendered.
fn start_like_the_page() {
    worker::install_panic_hook();
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let _ = yew::Renderer::<Blank>::with_root(root).render();
}

/// Run `f` from JavaScript, as a timer or an event runs the page's code: a panic in it
/// aborts `f` only, and comes back here as the JavaScript error it throws.
fn run_from_js(f: impl FnOnce() + 'static) -> Result<JsValue, JsValue> {
    let f: js_sys::Function = Closure::once_into_js(f).unchecked_into();
    f.call0(&JsValue::NULL)
}

#[wasm_bindgen_test]
fn every_panic_leaves_its_own_message_also_after_the_app_is_rendered() {
    start_like_the_page();
    let _ = worker::take_panic_message();
    for k in 1..=3 {
        let thrown = run_from_js(move || panic!("failure number {k}"));
        assert!(thrown.is_err(), "the panic aborted the call");
        let msg = worker::take_panic_message().unwrap_or_default();
        assert!(
            msg.contains(&format!("failure number {k}")),
            "panic {k}: {msg:?}"
        );
        assert_eq!(worker::take_panic_message(), None, "taken once");
    }
}

#[wasm_bindgen_test]
async fn a_matcher_failure_in_the_page_is_told_in_the_panel_with_its_message() {
    start_like_the_page();
    let mut ws = Workspace::new();
    let a = ws.add_document(
        "A",
        "a.txt",
        "The soldier was shot five times, officials said.",
    );
    ws.add_document("B", "b.txt", "The soldier was shot at least four times.");
    ws.add_span(&a, 0, 31, Label::Claim).unwrap();
    let ws = Rc::new(ws);
    let told: Rc<RefCell<Vec<String>>> = Rc::default();
    let results = Rc::new(RefCell::new(0));
    let reports = {
        let (told, results) = (told.clone(), results.clone());
        Reports {
            view: Rc::new(move |a| match a {
                ViewAction::Failed(msg) => told.borrow_mut().push(msg),
                ViewAction::Done(..) => *results.borrow_mut() += 1,
                _ => {}
            }),
            notice: Rc::new(|_| {}),
        }
    };
    let engine = Rc::new(RefCell::new(Engine::default()));
    // A first run matches in the page and gives results.
    let (e, w, r) = (engine.clone(), ws.clone(), reports.clone());
    assert!(run_from_js(move || worker::schedule(&e, w, &r)).is_ok());
    tick().await;
    assert_eq!((*results.borrow(), told.borrow().len()), (1, 0));
    // The next run fails: the panel says so, with the panic's message.
    worker::fail_next_run("index out of bounds in a test");
    let (e, w, r) = (engine.clone(), ws.clone(), reports.clone());
    let thrown = run_from_js(move || worker::schedule(&e, w, &r));
    assert!(thrown.is_err(), "the matcher's panic aborted the run");
    tick().await;
    let msg = told.borrow().last().cloned().unwrap_or_default();
    assert!(msg.contains("Nothing of your work was lost"), "{msg}");
    assert!(msg.contains("Details: panicked at"), "{msg}");
    assert!(msg.ends_with("index out of bounds in a test"), "{msg}");
    // The engine is not left borrowed: a later run is scheduled and told (without a worker
    // in the tests, that the page's matcher failed before).
    let (e, w, r) = (engine.clone(), ws.clone(), reports.clone());
    assert!(run_from_js(move || worker::schedule(&e, w, &r)).is_ok());
    tick().await;
    assert_eq!(told.borrow().len(), 2, "{:?}", told.borrow());
    assert!(told.borrow()[1].contains("failed in this page before"));
}

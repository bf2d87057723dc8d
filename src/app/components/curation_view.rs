//! Curation: every place where someone put a span, sorted into all agree / majority /
//! disputed / single. Accept one version per item (a second click on "Accepted" withdraws
//! it), or all agreed or majority items at once, then export the curated workspace (each
//! span records who had it).
//!
//! Built to stay quick for a class of 30 files of 400 spans (700 items, thousands of
//! versions): the curation lives in a reducer (the buttons send actions and hold no copy
//! of it, and a copy of a `Curation` shares everything but the choices), the items are
//! shown a page of [`PAGE`] at a time, and each item is a component of its own that
//! renders again only when its choice changes.
//!
//! The curation, its undo history and its saving live in the class view's state (see
//! [`crate::app::state::curation`] and [`super::curation_state`]); this view shows them: the notice of choices saved before and
//! taken up again (with "Start over"), a notice when the choices cannot be saved, the
//! Undo and Redo buttons (Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y), the items, and the list of
//! curations saved in this browser, each but the one of these files with "Forget".

use crate::app::browser;
use crate::app::state::curation::{CurationAction, CurationState, SavedEntry, SAVED_CAP};
use crate::app::storage::curation as store;
use crate::exercise::class::Class;
use crate::exercise::curate::{Item, Status};
use crate::exercise::export_file_name;
use crate::formats;
use std::rc::Rc;
use yew::prelude::*;

/// How many items one page of the list shows.
pub const PAGE: usize = 100;

/// Props of [`CurationView`].
#[derive(Properties, PartialEq)]
pub struct CurationViewProps {
    /// The class whose files are curated.
    pub class: Rc<Class>,
    /// The curation, held by the class view.
    pub state: UseReducerHandle<CurationState>,
    /// Where a failed download is reported.
    pub on_error: Callback<String>,
}

fn status_text(s: Status) -> &'static str {
    match s {
        Status::All => "all agree",
        Status::Majority => "majority",
        Status::Disputed => "disputed",
        Status::Single => "single",
    }
}

/// The curation tab of the class view.
#[function_component(CurationView)]
pub fn curation_view(props: &CurationViewProps) -> Html {
    let state = props.state.clone();
    let page = use_state(|| 0usize);
    let list = use_node_ref();
    // A new set of files starts on the first page.
    {
        let page = page.clone();
        use_effect_with(state.generation, move |_| page.set(0));
    }
    // An undo or redo shows the page of what it changed.
    {
        let page = page.clone();
        use_effect_with((state.revision(), state.changed_item), move |&(_, item)| {
            if let Some(to) = item.map(|i| i / PAGE).filter(|&p| p != *page) {
                page.set(to);
            }
        });
    }
    let c = match &state.curation {
        None => {
            return html! { <p class="hint">{ "Load at least two files of the same articles." }</p> }
        }
        Some(Err(e)) => return html! { <p class="error class-error">{ e.clone() }</p> },
        Some(Ok(c)) => c,
    };
    let send = |action: fn() -> CurationAction| {
        let dispatcher = state.dispatcher();
        Callback::from(move |_: MouseEvent| dispatcher.dispatch(action()))
    };
    // Undo and Redo: a button that goes disabled with its last step would drop the focus
    // to the page's body; it moves to the other button instead.
    let step = |action: fn() -> CurationAction, own: &'static str, other: &'static str| {
        let dispatcher = state.dispatcher();
        Callback::from(move |_: MouseEvent| {
            dispatcher.dispatch(action());
            gloo::timers::callback::Timeout::new(0, move || {
                let doc = web_sys::window().and_then(|w| w.document());
                let lost = doc.and_then(|d| d.active_element()).is_none_or(|e| {
                    e.tag_name() == "BODY" || (e.id() == own && e.has_attribute("disabled"))
                });
                if lost {
                    crate::app::keys::focus_by_id(other);
                }
            })
            .forget();
        })
    };
    let export = {
        let state = state.clone();
        let on_error = props.on_error.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(Ok(c)) = &state.curation else {
                return;
            };
            let ws = c.build("curated");
            let text = formats::json::export(&ws);
            let name = export_file_name(&ws, "parallax.json");
            match browser::download(&name, "application/json", text.as_bytes()) {
                Ok(()) => state.dispatch(CurationAction::Exported),
                Err(e) => on_error.emit(e),
            }
        })
    };
    let counts = c.counts();
    let count = |k: &str| counts.get(k).copied().unwrap_or(0);
    // The curated articles (those every compared file holds), as the curation lists them.
    let title = |doc: usize| AttrValue::from(c.article_title(doc).unwrap_or_default().to_string());
    let total = c.items.len();
    let pages = total.div_ceil(PAGE).max(1);
    let shown = (*page).min(pages - 1);
    let first = shown * PAGE;
    let last = (first + PAGE).min(total);
    let dispatcher = state.dispatcher();
    let items = (first..last).map(|i| {
        html! {
            <CurationItem key={i} items={c.items.clone()} index={i} choice={c.choice(i)}
                annotators={c.annotators.clone()}
                title={title(c.items[i].doc)}
                dispatcher={dispatcher.clone()} />
        }
    });
    // The pager above the list, and (`end`) the one below it, whose buttons also bring the
    // list's top into view and focus it, so the new page is read from its first item.
    let pager = |end: bool| {
        let go = |to: usize| {
            let page = page.clone();
            let list = list.clone();
            Callback::from(move |_: MouseEvent| {
                page.set(to);
                if let (true, Some(ol)) = (end, list.cast::<web_sys::HtmlElement>()) {
                    ol.scroll_into_view();
                    let _ = ol.focus();
                }
            })
        };
        let id = |name: &str| {
            if end {
                format!("{name}-end")
            } else {
                name.to_string()
            }
        };
        let where_ = format!(
            "Items {}\u{2013}{} of {} (page {} of {})",
            first + 1,
            last,
            total,
            shown + 1,
            pages
        );
        (pages > 1).then(|| html! {
            <nav class="curation-pager" aria-label={if end { "Curation pages, end of list" } else { "Curation pages" }}>
                <button id={id("curation-prev")} class="minor" disabled={shown == 0}
                        onclick={go(shown.saturating_sub(1))}>{ "\u{2190} Previous" }</button>
                if end {
                    <span class="curation-page-end">{ where_ }</span>
                } else {
                    <span class="curation-page" aria-live="polite">{ where_ }</span>
                }
                <button id={id("curation-next")} class="minor" disabled={shown + 1 >= pages}
                        onclick={go(shown + 1)}>{ "Next \u{2192}" }</button>
            </nav>
        })
    };
    html! {
        <section id="curation" class="curation">
            <p class="counts">{ format!(
                "{} items: {} all agree, {} majority, {} disputed, {} single; {} accepted.",
                total, count("all"), count("majority"), count("disputed"), count("single"), count("accepted")
            ) }</p>
            if let Some(text) = state.notice.clone() {
                <p class="hint curation-restored" role="status">{ text }
                    <button id="curation-start-over" class="minor" onclick={send(|| CurationAction::StartOver)}
                            title="Withdraw every choice and delete the saved ones (Undo takes this back)">{ "Start over" }</button>
                    <button id="curation-notice-close" class="minor" aria-label="Dismiss this notice"
                            onclick={send(|| CurationAction::DismissNotice)}>{ "\u{00d7}" }</button>
                </p>
            }
            if let Some(text) = state.storage_error.clone() {
                <p class="error class-error curation-save-error" role="alert">{ text }</p>
            }
            <div class="curation-actions">
                <button id="curation-undo" class="minor" disabled={!state.can_undo()}
                        onclick={step(|| CurationAction::Undo, "curation-undo", "curation-redo")}
                        title="Undo the last change of choices (Ctrl+Z)">{ "Undo" }</button>
                <button id="curation-redo" class="minor" disabled={!state.can_redo()}
                        onclick={step(|| CurationAction::Redo, "curation-redo", "curation-undo")}
                        title="Redo the change undone (Ctrl+Shift+Z or Ctrl+Y)">{ "Redo" }</button>
                <button id="accept-agreed" onclick={send(|| CurationAction::AcceptAgreed)}>{ "Accept all agreed" }</button>
                <button id="accept-majority" onclick={send(|| CurationAction::AcceptMajority)}>{ "Accept all majority" }</button>
                <button id="export-curated" onclick={export}>{ "Export curated workspace" }</button>
                <span class="curation-saved" role="status">{
                    if state.saved_now() && state.has_choices() { "Choices saved." } else { "" }
                }</span>
            </div>
            <p class="hint curation-hint">{
                "Accept one version of each item. Click \u{201c}Accepted\u{201d} again (or \u{201c}Undo choice\u{201d}) to withdraw a choice; Undo (Ctrl+Z) takes back the last change, \u{201c}Accept all\u{201d} included. Your choices are saved in this browser as you make them: load these files again, even after a reload, and they come back."
            }</p>
            { pager(false) }
            <ol class="curation-items" start={(first + 1).to_string()} ref={list.clone()} tabindex="-1"
                aria-label="Curation items">{ for items }</ol>
            { pager(true) }
            if let Some(list) = state.saved_list.clone().filter(|l| !l.is_empty()) {
                <SavedList {list} current={state.files().map(AttrValue::from)}
                           dispatcher={state.dispatcher()} />
            }
        </section>
    }
}

/// Props of [`SavedList`].
#[derive(Properties, PartialEq)]
struct SavedListProps {
    list: Rc<[SavedEntry]>,
    /// The fingerprint of the files curated now (their row has no "Forget").
    current: Option<AttrValue>,
    dispatcher: UseReducerDispatcher<CurationState>,
}

/// A time saved (ms since 1970) as the local date and time, "2026-12-01 18:40".
fn local_time(ms: f64) -> String {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms));
    format!(
        "{}-{:02}-{:02} {:02}:{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date(),
        d.get_hours(),
        d.get_minutes()
    )
}

/// The curations saved in this browser, newest first: what the files are, when saved,
/// how many choices, and "Forget" (not for the files curated now: "Start over" is theirs).
/// Forget asks first, in its row ("Forget N choices for good?", Forget / Keep): what it
/// deletes cannot be undone.
#[function_component(SavedList)]
fn saved_list(props: &SavedListProps) -> Html {
    // The files whose row asks "for good?".
    let asking = use_state(|| None::<Rc<str>>);
    let rows = props.list.iter().map(|e| {
        let here = props.current.as_deref() == Some(&*e.files);
        let short: String = e.files.chars().take(8).collect();
        let when = local_time(e.saved_at);
        let forget = (!here).then(|| {
            let files = e.files.clone();
            if asking.as_deref() == Some(&*files) {
                let dispatcher = props.dispatcher.clone();
                let yes = {
                    let (files, asking) = (files.clone(), asking.clone());
                    Callback::from(move |_: MouseEvent| {
                        asking.set(None);
                        let (files, dispatcher) = (files.clone(), dispatcher.clone());
                        wasm_bindgen_futures::spawn_local(async move {
                            let outcome = store::forget(&files).await;
                            dispatcher.dispatch(CurationAction::Forgotten(files, outcome));
                            // The row goes with its button: the focus stays in the list.
                            crate::app::keys::focus_by_id("curation-saved-summary");
                        });
                    })
                };
                let no = {
                    let asking = asking.clone();
                    Callback::from(move |_: MouseEvent| asking.set(None))
                };
                html! {
                    <span class="curation-forget-ask" role="group" aria-label="Forget for good?">
                        { format!("Forget {} choice{} for good? ", e.choices, if e.choices == 1 { "" } else { "s" }) }
                        <button class="minor curation-forget-yes" onclick={yes}
                                aria-label={format!("Forget for good the saved curation of {}, saved {when}", e.about)}>{ "Forget" }</button>
                        { " " }
                        <button class="minor curation-forget-no" onclick={no}>{ "Keep" }</button>
                    </span>
                }
            } else {
                let asking = asking.clone();
                let onclick = Callback::from(move |_: MouseEvent| asking.set(Some(files.clone())));
                html! {
                    <button class="minor curation-forget" {onclick}
                            aria-label={format!("Forget the saved curation of {}, saved {when}", e.about)}
                            title="Delete these saved choices from this browser (asks first)">{ "Forget" }</button>
                }
            }
        });
        html! {
            <tr class={classes!("curation-saved-row", here.then_some("current"))} key={&*e.files}>
                <td>{ if e.about.is_empty() { "(saved by an older version)".to_string() } else { e.about.clone() } }
                    { " " }<code title={e.files.to_string()}>{ short }</code>
                    if here { <span class="hint">{ " (these files)" }</span> }</td>
                <td>{ local_time(e.saved_at) }</td>
                <td class="num">{ e.choices }</td>
                <td>{ forget }</td>
            </tr>
        }
    });
    html! {
        <details class="curation-saved-list">
            <summary id="curation-saved-summary">{ format!("Saved curations ({})", props.list.len()) }</summary>
            <p class="hint">{ format!(
                "Kept for the {SAVED_CAP} sets of files saved last; older ones are forgotten first. The files open now lose theirs when no choice is left (\u{201c}Start over\u{201d})."
            ) }</p>
            <table>
                <thead><tr><th>{ "Files" }</th><th>{ "Saved" }</th><th>{ "Choices" }</th><th></th></tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
        </details>
    }
}

/// Props of one item of the list. Compared by what makes it look different: the shared
/// items by pointer, the item's position and its choice.
#[derive(Properties)]
struct CurationItemProps {
    items: Rc<[Item]>,
    index: usize,
    choice: Option<usize>,
    annotators: Rc<[String]>,
    title: AttrValue,
    dispatcher: UseReducerDispatcher<CurationState>,
}

impl PartialEq for CurationItemProps {
    fn eq(&self, o: &Self) -> bool {
        Rc::ptr_eq(&self.items, &o.items)
            && self.index == o.index
            && self.choice == o.choice
            && Rc::ptr_eq(&self.annotators, &o.annotators)
            && self.title == o.title
            && self.dispatcher == o.dispatcher
    }
}

/// At most `max` characters of `text`, with "…" when cut.
fn shorten(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((at, _)) => format!("{}\u{2026}", text[..at].trim_end()),
        None => text.to_string(),
    }
}

/// One item: its status and article, and each version with its Accept toggle.
#[function_component(CurationItem)]
fn curation_item(props: &CurationItemProps) -> Html {
    let Some(item) = props.items.get(props.index) else {
        return html! {};
    };
    let i = props.index;
    let versions = item.versions.iter().enumerate().map(|(v, ver)| {
        let chosen = props.choice == Some(v);
        let who: Vec<&str> = ver
            .annotators
            .iter()
            .filter_map(|&r| props.annotators.get(r).map(String::as_str))
            .collect();
        let who = who.join(", ");
        let label = ver.label.as_str();
        let quoted = crate::app::view::quoted(&shorten(&ver.text, 80));
        let name = format!("Accept {label} {quoted} by {who}");
        let title = if chosen {
            "Accepted: click again to withdraw the choice"
        } else {
            "Accept this version for the curated workspace"
        };
        let dispatcher = props.dispatcher.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            dispatcher.dispatch(CurationAction::Toggle(i, v));
        });
        html! {
            <li class={classes!("version", chosen.then_some("chosen"))}>
                <button class="accept" aria-pressed={chosen.to_string()} aria-label={name}
                        {title} {onclick}>
                    { if chosen { "Accepted" } else { "Accept" } }
                </button>
                <span class={classes!("fb-label", format!("label-{label}"))}>{ label }</span>
                { format!(" {} \u{2014} {}", crate::app::view::quoted(&ver.text), who) }
            </li>
        }
    });
    let undo = props.choice.map(|_| {
        let dispatcher = props.dispatcher.clone();
        let onclick = Callback::from(move |e: MouseEvent| {
            // The button goes with the choice: the focus moves to the item's first Accept
            // button, not to the page's body.
            let first_accept = e
                .target()
                .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
                .and_then(|el| el.closest(".curation-item").ok().flatten())
                .and_then(|item| item.query_selector("button.accept").ok().flatten())
                .and_then(|b| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(b).ok());
            dispatcher.dispatch(CurationAction::Choose(i, None));
            if let Some(b) = first_accept {
                let _ = b.focus();
            }
        });
        let what = item
            .versions
            .first()
            .map(|v| format!(" at {}", crate::app::view::quoted(&shorten(&v.text, 80))))
            .unwrap_or_default();
        html! {
            <button class="reject minor undo-choice" {onclick}
                    aria-label={format!("Undo choice{what}")}
                    title="Withdraw the accepted version: the item is left undecided">{ "Undo choice" }</button>
        }
    });
    html! {
        <li class={classes!("curation-item", format!("status-{}", status_text(item.status).replace(' ', "-")))}
            data-status={status_text(item.status)}>
            <div class="item-head">
                <span class="status">{ status_text(item.status) }</span>
                { format!(" \u{00b7} {}", props.title) }
                { undo }
            </div>
            <ul class="versions">{ for versions }</ul>
        </li>
    }
}

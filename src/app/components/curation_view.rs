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
//! The choices outlive the view: the last curation is kept (see `KEPT`) with the files it
//! was made of, and taken up again when the view comes back with the same files (another
//! tab and back, or the dialog closed and opened again while the class keeps its files).

use crate::app::browser;
use crate::exercise::class::Class;
use crate::exercise::curate::{Curation, Item, Status};
use crate::exercise::export_file_name;
use crate::formats;
use crate::model::Workspace;
use std::cell::RefCell;
use std::rc::{Rc, Weak};
use yew::prelude::*;

/// How many items one page of the list shows.
pub const PAGE: usize = 100;

/// Props of [`CurationView`].
#[derive(Properties, PartialEq)]
pub struct CurationViewProps {
    /// The class whose files are curated; a new `generation` starts a new curation.
    pub class: Rc<Class>,
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

/// The curation of one generation of the class's files (`None`: fewer than two files).
#[derive(Clone, PartialEq)]
pub struct CurationState {
    generation: u64,
    curation: Option<Result<Curation, String>>,
}

/// What the curation buttons ask for.
pub enum CurationAction {
    /// Accept version `.1` of item `.0`, or withdraw its choice (`None`).
    Choose(usize, Option<usize>),
    /// Accept version `.1` of item `.0`, or withdraw it if it is the accepted one.
    Toggle(usize, usize),
    /// Accept every item all agree on.
    AcceptAgreed,
    /// Accept the majority version of every item that has one.
    AcceptMajority,
    /// Start again from a new set of files (generation, curation).
    Reset(u64, Option<Result<Curation, String>>),
}

impl Reducible for CurationState {
    type Action = CurationAction;

    fn reduce(self: Rc<Self>, action: CurationAction) -> Rc<Self> {
        if let CurationAction::Reset(generation, mut curation) = action {
            // Another set of files: the choices that still apply are kept.
            if let (Some(Ok(old)), Some(Ok(new))) = (&self.curation, &mut curation) {
                new.carry_choices_from(old);
            }
            return Rc::new(CurationState {
                generation,
                curation,
            });
        }
        let Some(Ok(c)) = &self.curation else {
            return self;
        };
        // Cheap: the items and files are shared, only the choices are copied.
        let mut c = c.clone();
        // An action for an item that no longer exists (a stale click) changes nothing.
        let _ = match action {
            CurationAction::Choose(i, v) => c.choose(i, v),
            CurationAction::Toggle(i, v) => c.toggle(i, v),
            CurationAction::AcceptAgreed => {
                c.accept_agreed();
                Ok(())
            }
            CurationAction::AcceptMajority => {
                c.accept_majority();
                Ok(())
            }
            CurationAction::Reset(..) => Ok(()),
        };
        // Choices not exported yet: the page asks before it is closed or reloaded.
        UNEXPORTED.with(|u| u.set((0..c.items.len()).any(|i| c.choice(i).is_some())));
        Rc::new(CurationState {
            generation: self.generation,
            curation: Some(Ok(c)),
        })
    }
}

/// The files a curation was made of, by identity (a `Weak` keeps its allocation, so no
/// later file can take its address).
type FilesKey = Vec<Weak<Workspace>>;

thread_local! {
    /// Whether curation choices were made since the last export (the curation lives only
    /// in this page: closing or reloading it would lose them).
    static UNEXPORTED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// The last curation shown and the files it was made of.
    static KEPT: RefCell<Option<(FilesKey, CurationState)>> = const { RefCell::new(None) };
}

fn files_key(class: &Class) -> FilesKey {
    class
        .key
        .iter()
        .chain(&class.students)
        .map(|f| Rc::downgrade(&f.workspace))
        .collect()
}

/// The curation of `class`'s files: the kept one if it was made of exactly these files,
/// else a new one that takes over the kept one's choices that still apply.
fn curation_for(class: &Class) -> CurationState {
    if let Some(kept) = kept_for(class) {
        return kept;
    }
    let mut curation = class.curation();
    if let Some(Ok(new)) = &mut curation {
        KEPT.with(|k| {
            if let Some((
                _,
                CurationState {
                    curation: Some(Ok(old)),
                    ..
                },
            )) = &*k.borrow()
            {
                new.carry_choices_from(old);
            }
        });
    }
    CurationState {
        generation: class.generation,
        curation,
    }
}

/// The kept curation if it was made of exactly `class`'s files (now at `class.generation`).
fn kept_for(class: &Class) -> Option<CurationState> {
    let files = files_key(class);
    KEPT.with(|k| {
        let k = k.borrow();
        let (was, state) = k.as_ref()?;
        let same = was.len() == files.len() && was.iter().zip(&files).all(|(a, b)| a.ptr_eq(b));
        same.then(|| CurationState {
            generation: class.generation,
            curation: state.curation.clone(),
        })
    })
}

/// The curation tab of the class view.
#[function_component(CurationView)]
pub fn curation_view(props: &CurationViewProps) -> Html {
    let generation = props.class.generation;
    let state = {
        let class = props.class.clone();
        use_reducer(move || curation_for(&class))
    };
    // Keep the choices for the next time the view is shown (cheap: only they are copied).
    if state.generation == generation {
        let files = files_key(&props.class);
        KEPT.with(|k| *k.borrow_mut() = Some((files, (*state).clone())));
    }
    let page = use_state(|| 0usize);
    let list = use_node_ref();
    // Closing or reloading the page with choices not exported asks first (the browser's
    // own "Leave site?" question): the curation is not saved with the workspace.
    use_effect_with((), |_| {
        let listener = web_sys::window().map(|w| {
            let options = gloo::events::EventListenerOptions::enable_prevent_default();
            gloo::events::EventListener::new_with_options(&w, "beforeunload", options, |e| {
                if UNEXPORTED.with(|u| u.get()) {
                    e.prevent_default();
                    // Older browsers ask only when `returnValue` is set too.
                    let _ = js_sys::Reflect::set(e, &"returnValue".into(), &"".into());
                }
            })
        });
        move || drop(listener)
    });
    // A new set of files starts a new curation, with the choices that still apply.
    {
        let state = state.clone();
        let page = page.clone();
        let class = props.class.clone();
        use_effect_with(generation, move |&g| {
            if state.generation != g {
                state.dispatch(CurationAction::Reset(g, class.curation()));
                page.set(0);
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
                Ok(()) => UNEXPORTED.with(|u| u.set(false)),
                Err(e) => on_error.emit(e),
            }
        })
    };
    let counts = c.counts();
    let count = |k: &str| counts.get(k).copied().unwrap_or(0);
    let titles: Vec<AttrValue> = props
        .class
        .key
        .as_ref()
        .or(props.class.students.first())
        .map(|f| {
            f.workspace
                .documents
                .iter()
                .map(|d| AttrValue::from(d.title.clone()))
                .collect()
        })
        .unwrap_or_default();
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
                title={titles.get(c.items[i].doc).cloned().unwrap_or_default()}
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
            <div class="curation-actions">
                <button id="accept-agreed" onclick={send(|| CurationAction::AcceptAgreed)}>{ "Accept all agreed" }</button>
                <button id="accept-majority" onclick={send(|| CurationAction::AcceptMajority)}>{ "Accept all majority" }</button>
                <button id="export-curated" onclick={export}>{ "Export curated workspace" }</button>
            </div>
            <p class="hint curation-hint">{
                "Accept one version of each item. Click \u{201c}Accepted\u{201d} again (or \u{201c}Undo choice\u{201d}) to withdraw a choice."
            }</p>
            { pager(false) }
            <ol class="curation-items" start={(first + 1).to_string()} ref={list.clone()} tabindex="-1"
                aria-label="Curation items">{ for items }</ol>
            { pager(true) }
        </section>
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
        let quoted = format!("\u{201c}{}\u{201d}", shorten(&ver.text, 80));
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
                { format!(" \u{201c}{}\u{201d} \u{2014} {}", ver.text, who) }
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
            .map(|v| format!(" at \u{201c}{}\u{201d}", shorten(&v.text, 80)))
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
